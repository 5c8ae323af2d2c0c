-- Regional curricula and their courses, imported from content/<priority>/curriculum.yaml. Texts are JSON
-- objects from language code to text ({"en": "...", "ru": "..."}); English is always present.

CREATE TABLE curriculum (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(80) NOT NULL,
    title           JSON        NOT NULL,
    aims            JSON        NOT NULL,
    target_audience JSON        NOT NULL,
    duration_months SMALLINT    NOT NULL,
    languages       VARCHAR(60) NOT NULL COMMENT 'comma-separated language codes',
    content_hash    CHAR(64)    NOT NULL COMMENT 'of the curriculum file: an unchanged file is not written again',
    source_file     VARCHAR(300) NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_curriculum_code UNIQUE (code),
    CONSTRAINT ck_curriculum_duration CHECK (duration_months BETWEEN 1 AND 24)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE curriculum_priority (
    curriculum_id     BIGINT NOT NULL,
    crime_priority_id BIGINT NOT NULL,
    PRIMARY KEY (curriculum_id, crime_priority_id),
    CONSTRAINT fk_curriculum_priority_curriculum FOREIGN KEY (curriculum_id) REFERENCES curriculum (id) ON DELETE CASCADE,
    CONSTRAINT fk_curriculum_priority_priority FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_curriculum_priority_priority ON curriculum_priority (crime_priority_id);

-- Learning outcomes are first-class: training-needs gaps (OTNA) are mapped to them later.
CREATE TABLE learning_outcome (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(80) NOT NULL,
    curriculum_id BIGINT      NOT NULL,
    position      SMALLINT    NOT NULL,
    text          JSON        NOT NULL,
    CONSTRAINT uq_learning_outcome_code UNIQUE (code),
    CONSTRAINT fk_learning_outcome_curriculum FOREIGN KEY (curriculum_id) REFERENCES curriculum (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_learning_outcome_curriculum ON learning_outcome (curriculum_id, position);

CREATE TABLE course (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(80) NOT NULL,
    curriculum_id      BIGINT      NOT NULL,
    position           SMALLINT    NOT NULL COMMENT 'place in the curriculum''s path',
    activity_type_code VARCHAR(40) NOT NULL,
    title              JSON        NOT NULL,
    description        JSON        NOT NULL,
    hours              SMALLINT    NOT NULL,
    CONSTRAINT uq_course_code UNIQUE (code),
    CONSTRAINT fk_course_curriculum FOREIGN KEY (curriculum_id) REFERENCES curriculum (id),
    CONSTRAINT fk_course_activity_type FOREIGN KEY (activity_type_code) REFERENCES activity_type (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_curriculum ON course (curriculum_id, position);
CREATE INDEX ix_course_activity_type ON course (activity_type_code);

CREATE TABLE course_outcome (
    course_id  BIGINT NOT NULL,
    outcome_id BIGINT NOT NULL,
    PRIMARY KEY (course_id, outcome_id),
    CONSTRAINT fk_course_outcome_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_course_outcome_outcome FOREIGN KEY (outcome_id) REFERENCES learning_outcome (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_outcome_outcome ON course_outcome (outcome_id);

-- Modules are referenced by code: the content feature owns them, and a module may be published after
-- (or refused while) its curriculum is imported.
CREATE TABLE course_module (
    course_id   BIGINT      NOT NULL,
    position    INT         NOT NULL,
    module_code VARCHAR(80) NOT NULL,
    PRIMARY KEY (course_id, position),
    CONSTRAINT fk_course_module_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_module_module ON course_module (module_code);
