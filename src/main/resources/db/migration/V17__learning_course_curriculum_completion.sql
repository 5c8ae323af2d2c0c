-- Completed courses and curricula, what the transcript, the certificates (and later the cascade) read.
-- An online course is completed with its modules; a face-to-face course by completing one of its offerings
-- (present every day, online phase complete); a curriculum by its online courses and one face-to-face
-- training for participants (see CompletionService). The first completion counts.
CREATE TABLE course_completion (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id    BIGINT       NOT NULL,
    course_id    BIGINT       NOT NULL,
    offering_id  BIGINT       NULL COMMENT 'the face-to-face offering completed; NULL for an online course',
    started_on   DATE         NOT NULL,
    completed_on DATE         NOT NULL,
    recorded_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_course_completion UNIQUE (person_id, course_id),
    CONSTRAINT ck_course_completion_dates CHECK (started_on <= completed_on),
    CONSTRAINT fk_course_completion_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_course_completion_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_course_completion_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_completion_course ON course_completion (course_id, completed_on);

CREATE TABLE curriculum_completion (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id     BIGINT       NOT NULL,
    curriculum_id BIGINT       NOT NULL,
    started_on    DATE         NOT NULL,
    completed_on  DATE         NOT NULL,
    recorded_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_curriculum_completion UNIQUE (person_id, curriculum_id),
    CONSTRAINT ck_curriculum_completion_dates CHECK (started_on <= completed_on),
    CONSTRAINT fk_curriculum_completion_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_curriculum_completion_curriculum FOREIGN KEY (curriculum_id) REFERENCES curriculum (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_curriculum_completion_curriculum ON curriculum_completion (curriculum_id, completed_on);

-- A certificate is of a course or of a whole curriculum; course_code then holds the curriculum's code.
ALTER TABLE certificate
    ADD COLUMN kind VARCHAR(12) NOT NULL DEFAULT 'COURSE' COMMENT 'COURSE or CURRICULUM' AFTER person_id,
    ADD CONSTRAINT ck_certificate_kind CHECK (kind IN ('COURSE', 'CURRICULUM')),
    ADD CONSTRAINT uq_certificate_person_subject UNIQUE (person_id, kind, course_code),
    DROP INDEX uq_certificate_person_course;
