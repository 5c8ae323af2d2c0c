-- The transactional outbox: every side effect outside the database (mail, Keycloak changes) is written as a
-- message in the same transaction as the change that causes it, then delivered after the commit and retried
-- with growing waits until it succeeds or is marked failed for an administrator to see and retry.
CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind            VARCHAR(60)   NOT NULL COMMENT 'which handler delivers it, e.g. mail',
    summary         VARCHAR(300)  NOT NULL COMMENT 'what an administrator sees, e.g. the subject and recipient',
    payload         MEDIUMTEXT    NULL COMMENT 'JSON for the handler; cleared once delivered (it may hold secrets)',
    person_id       BIGINT        NULL COMMENT 'whose personal data the message carries, so that erasure finds it',
    status          VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3)  NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    delivered_at    TIMESTAMP(3)  NULL,
    CONSTRAINT ck_outbox_message_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The delivery job takes what is due; the administrators' page lists failures first; erasure finds a person's.
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_message_person ON outbox_message (person_id);
