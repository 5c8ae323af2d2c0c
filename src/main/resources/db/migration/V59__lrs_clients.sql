-- LRS clients: the systems (partner content, simulations, mobile apps) that speak xAPI to /xapi with HTTP Basic.
-- Only a salted PBKDF2 hash of the secret is kept: the secret is shown once, when the client is created.
CREATE TABLE lrs_client (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    client_key  VARCHAR(64)  NOT NULL COMMENT 'the Basic user name',
    secret_hash VARCHAR(200) NOT NULL COMMENT 'pbkdf2-sha512$iterations$salt$hash, Base64',
    scopes      VARCHAR(300) NOT NULL COMMENT 'xAPI scopes, comma-separated (statements/write, all/read, ...)',
    created_by  BIGINT       NOT NULL COMMENT 'the administrator (person), bound to their token''s subject',
    created_at  TIMESTAMP(3) NOT NULL,
    revoked_at  TIMESTAMP(3) NULL,
    CONSTRAINT uq_lrs_client_key UNIQUE (client_key),
    CONSTRAINT fk_lrs_client_created_by FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
