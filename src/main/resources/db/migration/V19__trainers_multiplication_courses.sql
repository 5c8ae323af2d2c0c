-- National multiplication courses: a certified trainer plans one from a portfolio course, the national
-- coordinator of the trainer's country approves it, the trainer registers participants (existing users, or
-- officers recorded with minimal personal data), records the delivery and submits a report that the
-- coordinator validates. Participants of a validated course are the officers the cascade counts.
CREATE TABLE multiplication_course (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                  VARCHAR(120)  NOT NULL,
    trainer_id            BIGINT        NOT NULL COMMENT 'the certified trainer (person) who runs it',
    course_id             BIGINT        NOT NULL COMMENT 'the portfolio course it multiplies',
    country_code          CHAR(2)       NOT NULL COMMENT 'the trainer''s country, whose coordinator decides',
    starts_on             DATE          NOT NULL,
    ends_on               DATE          NOT NULL,
    place                 VARCHAR(200)  NOT NULL,
    language              VARCHAR(8)    NOT NULL,
    expected_participants SMALLINT      NOT NULL,
    material              VARCHAR(2000) NOT NULL COMMENT 'the curriculum material planned',
    status                VARCHAR(12)   NOT NULL,
    decided_by            VARCHAR(100)  NULL,
    decided_at            TIMESTAMP(3)  NULL,
    decision_reason       VARCHAR(1000) NULL COMMENT 'why rejected, or why the report was returned',
    material_used         VARCHAR(2000) NULL,
    evaluation_summary    VARCHAR(4000) NULL COMMENT 'what the participants said in their evaluation',
    evaluation_score      DECIMAL(3, 2) NULL COMMENT 'their average rating, 1 to 5',
    report                VARCHAR(4000) NULL,
    reported_at           TIMESTAMP(3)  NULL,
    validated_by          VARCHAR(100)  NULL,
    validated_at          TIMESTAMP(3)  NULL,
    created_at            TIMESTAMP(3)  NOT NULL,
    updated_at            TIMESTAMP(3)  NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_multiplication_course_code UNIQUE (code),
    CONSTRAINT ck_multiplication_course_status
        CHECK (status IN ('PLANNED', 'APPROVED', 'REJECTED', 'REPORTED', 'VALIDATED', 'CANCELLED')),
    CONSTRAINT ck_multiplication_course_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_multiplication_course_expected CHECK (expected_participants BETWEEN 1 AND 1000),
    CONSTRAINT ck_multiplication_course_score CHECK (evaluation_score IS NULL OR evaluation_score BETWEEN 1 AND 5),
    CONSTRAINT fk_multiplication_course_trainer FOREIGN KEY (trainer_id) REFERENCES person (id),
    CONSTRAINT fk_multiplication_course_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_multiplication_course_country FOREIGN KEY (country_code) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A trainer's courses; a coordinator's queue; the cascade by country and year.
CREATE INDEX ix_multiplication_course_trainer ON multiplication_course (trainer_id, starts_on);
CREATE INDEX ix_multiplication_course_country ON multiplication_course (country_code, status, starts_on);
CREATE INDEX ix_multiplication_course_status ON multiplication_course (status, course_id);

CREATE TABLE multiplication_participant (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id  BIGINT       NOT NULL COMMENT 'the multiplication course',
    person_id  BIGINT       NULL COMMENT 'an existing user; NULL for an officer recorded by name only',
    name       VARCHAR(200) NOT NULL,
    agency     VARCHAR(200) NOT NULL,
    email      VARCHAR(254) NULL,
    attended   BOOLEAN      NULL COMMENT 'recorded with the delivery',
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_multiplication_participant_person UNIQUE (course_id, person_id),
    CONSTRAINT fk_multiplication_participant_course FOREIGN KEY (course_id) REFERENCES multiplication_course (id),
    CONSTRAINT fk_multiplication_participant_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_multiplication_participant_course ON multiplication_participant (course_id, attended);
CREATE INDEX ix_multiplication_participant_person ON multiplication_participant (person_id);
