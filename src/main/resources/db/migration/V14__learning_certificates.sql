-- Certificates of completed courses. The signature is an HMAC of the certificate's content with a secret of
-- the server: the public verification page recomputes it, so an edited record or a guessed code does not
-- verify.
CREATE TABLE certificate (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(20)   NOT NULL COMMENT 'random, printed and in the QR code',
    person_id         BIGINT        NOT NULL,
    holder            VARCHAR(200)  NOT NULL,
    course_code       VARCHAR(80)   NOT NULL,
    course_title      JSON          NOT NULL,
    crime_priorities  VARCHAR(400)  NOT NULL,
    hours             SMALLINT      NOT NULL,
    started_on        DATE          NOT NULL,
    completed_on      DATE          NOT NULL,
    issued_at         TIMESTAMP(3)  NOT NULL,
    signature         CHAR(64)      NOT NULL,
    revoked_at        TIMESTAMP(3)  NULL,
    revoked_by        VARCHAR(100)  NULL,
    revocation_reason VARCHAR(500)  NULL,
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate_person_course UNIQUE (person_id, course_code),
    CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_certificate_course ON certificate (course_code, issued_at);
