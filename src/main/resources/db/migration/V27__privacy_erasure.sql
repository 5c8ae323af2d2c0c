-- Erasure of a person (the EU's GDPR, article 17). What the portfolio's figures count stays on the person's record,
-- which becomes a pseudonymous tombstone (country and agency type only, named by a random pseudonym); everything
-- that says who they were goes (platform.privacy and each feature's PersonalData bean say what, table by table).
-- This is the one case where append-only records (application_event) are changed: their actor and texts lose the
-- person's name.

-- The audit trail: when, which administrator, why, and how many records each feature changed. The reference is the
-- pseudonym the kept records carry; the erased identity itself is never written here.
CREATE TABLE privacy_erasure (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference VARCHAR(40)   NOT NULL COMMENT 'the pseudonym of the erased person''s kept records',
    erased_at TIMESTAMP(3)  NOT NULL,
    erased_by VARCHAR(100)  NOT NULL COMMENT 'username of the administrator',
    reason    VARCHAR(1000) NOT NULL,
    records   JSON          NOT NULL COMMENT 'rows deleted or changed, per feature',
    account   VARCHAR(12)   NOT NULL COMMENT 'NONE (had no account), QUEUED (the outbox deletes it), BY_HAND',
    CONSTRAINT uq_privacy_erasure_reference UNIQUE (reference),
    CONSTRAINT ck_privacy_erasure_account CHECK (account IN ('NONE', 'QUEUED', 'BY_HAND'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_privacy_erasure_at ON privacy_erasure (erased_at);

ALTER TABLE person ADD COLUMN erased_at TIMESTAMP(3) NULL
    COMMENT 'set when the person was erased: the row is a pseudonymous tombstone kept for the figures';

-- A certificate whose holder was erased stays counted, but verifies as nobody's.
ALTER TABLE certificate ADD COLUMN erased_at TIMESTAMP(3) NULL
    COMMENT 'set when the holder was erased: the holder is gone and verification says so';
