-- Launch credentials: when the system launches content for a signed-in learner, the content reports to /xapi with
-- a short-lived HTTP Basic credential limited to that learner (their agent as the system writes it) and one
-- registration. Only a SHA-256 of the secret is kept: the secret is 256 random bits, so a slow hash would add no
-- protection and would cost every statement the content sends. Expired credentials are purged by a job.
CREATE TABLE lrs_launch_credential (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    credential_key VARCHAR(64)  NOT NULL COMMENT 'the Basic user name',
    secret_hash    CHAR(64)     NOT NULL COMMENT 'SHA-256 of the secret, hex',
    person_id      BIGINT       NOT NULL COMMENT 'the learner the content was launched for',
    actor          VARCHAR(500) NOT NULL COMMENT 'the learner''s agent identifier, as the system writes statements',
    registration   CHAR(36)     NOT NULL,
    activity       VARCHAR(500) NOT NULL COMMENT 'the activity launched',
    issued_at      TIMESTAMP(3) NOT NULL,
    expires_at     TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_lrs_launch_credential_key UNIQUE (credential_key),
    CONSTRAINT fk_lrs_launch_credential_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The purge deletes by expiry (LaunchCredentialIndexTest holds it to this index).
CREATE INDEX ix_lrs_launch_credential_expires ON lrs_launch_credential (expires_at);
