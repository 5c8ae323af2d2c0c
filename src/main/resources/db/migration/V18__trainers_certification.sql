-- Train-the-trainer certification. The lead trainer of a train-the-trainer offering assesses each participant
-- (an assessment and a practice session); with the attendance complete, that certifies the participant as a
-- trainer for the curriculum's crime priorities, for a period. Certification grants the trainer role in
-- Keycloak; expiry or withdrawal of the last one removes it.

-- The lead trainer of an offering (the first one its course manager names) assesses practice sessions.
ALTER TABLE offering_trainer ADD COLUMN lead BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE trainer_assessment (
    application_id    BIGINT        NOT NULL PRIMARY KEY,
    assessment_passed BOOLEAN       NULL,
    assessment_score  DECIMAL(5, 2) NULL COMMENT 'percent, if the assessment is scored',
    practice_on       DATE          NULL COMMENT 'the day of the supervised practice session',
    practice_passed   BOOLEAN       NULL,
    notes             VARCHAR(2000) NULL,
    assessed_by       VARCHAR(100)  NOT NULL,
    assessed_at       TIMESTAMP(3)  NOT NULL,
    CONSTRAINT ck_trainer_assessment_score CHECK (assessment_score IS NULL OR assessment_score BETWEEN 0 AND 100),
    CONSTRAINT fk_trainer_assessment_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE trainer_certification (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id         BIGINT        NOT NULL,
    crime_priority_id BIGINT        NOT NULL,
    offering_id       BIGINT        NOT NULL COMMENT 'the train-the-trainer offering that certified',
    certified_on      DATE          NOT NULL,
    expires_on        DATE          NOT NULL,
    withdrawn_at      TIMESTAMP(3)  NULL,
    withdrawn_by      VARCHAR(100)  NULL,
    withdrawal_reason VARCHAR(500)  NULL,
    CONSTRAINT uq_trainer_certification UNIQUE (person_id, crime_priority_id, offering_id),
    CONSTRAINT ck_trainer_certification_period CHECK (expires_on > certified_on),
    CONSTRAINT ck_trainer_certification_withdrawal CHECK (withdrawn_at IS NULL OR withdrawal_reason IS NOT NULL),
    CONSTRAINT fk_trainer_certification_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_trainer_certification_priority FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id),
    CONSTRAINT fk_trainer_certification_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The pool: active certifications by priority; a trainer's own; the expiry sweep.
CREATE INDEX ix_trainer_certification_priority ON trainer_certification (crime_priority_id, expires_on);
CREATE INDEX ix_trainer_certification_expiry ON trainer_certification (expires_on, withdrawn_at);
CREATE INDEX ix_trainer_certification_offering ON trainer_certification (offering_id);

-- Whether a person should hold the trainer role because of certifications, and whether Keycloak has been
-- told: a row with synced_at NULL is waiting for Keycloak (down, or the person has no account yet).
CREATE TABLE trainer_role_grant (
    person_id  BIGINT        NOT NULL PRIMARY KEY,
    granted    BOOLEAN       NOT NULL,
    synced_at  TIMESTAMP(3)  NULL,
    failure    VARCHAR(500)  NULL,
    updated_at TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_trainer_role_grant_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_trainer_role_grant_pending ON trainer_role_grant (synced_at);
