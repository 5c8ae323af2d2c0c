-- Online modules imported from content/: each change of a module's files is a new version; versions are
-- never changed or deleted, so a learner keeps the version they started.

CREATE TABLE content_module (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(80) NOT NULL,
    current_version INT         NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_content_module_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE module_version (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_id         BIGINT       NOT NULL,
    version           INT          NOT NULL,
    content_hash      CHAR(64)     NOT NULL COMMENT 'of all the module''s files: unchanged files make no new version',
    title             JSON         NOT NULL,
    summary           JSON         NOT NULL,
    estimated_minutes SMALLINT     NOT NULL,
    languages         VARCHAR(60)  NOT NULL COMMENT 'languages with every lesson translated, comma-separated',
    crime_priorities  VARCHAR(400) NOT NULL COMMENT 'portfolio priority codes, comma-separated',
    outcomes          VARCHAR(800) NOT NULL COMMENT 'learning outcome codes, comma-separated',
    material          JSON         NOT NULL COMMENT 'list of {title, url} or {title, file}',
    published_at      TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_module_version UNIQUE (module_id, version),
    CONSTRAINT fk_module_version_module FOREIGN KEY (module_id) REFERENCES content_module (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lesson (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_version_id BIGINT      NOT NULL,
    position          SMALLINT    NOT NULL,
    slug              VARCHAR(80) NOT NULL,
    title             JSON        NOT NULL,
    body_html         JSON        NOT NULL COMMENT 'sanitised HTML per language',
    CONSTRAINT uq_lesson_position UNIQUE (module_version_id, position),
    CONSTRAINT fk_lesson_module_version FOREIGN KEY (module_version_id) REFERENCES module_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quiz (
    id                 BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_version_id  BIGINT   NOT NULL,
    pass_mark          SMALLINT NOT NULL,
    draw               SMALLINT NOT NULL,
    time_limit_minutes SMALLINT NULL,
    max_attempts       SMALLINT NULL,
    CONSTRAINT uq_quiz_module_version UNIQUE (module_version_id),
    CONSTRAINT fk_quiz_module_version FOREIGN KEY (module_version_id) REFERENCES module_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE quiz_question (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    quiz_id      BIGINT      NOT NULL,
    position     SMALLINT    NOT NULL,
    question_key VARCHAR(80) NOT NULL,
    type         VARCHAR(20) NOT NULL,
    definition   JSON        NOT NULL COMMENT 'texts, options or pairs or items, the answer and feedback',
    CONSTRAINT uq_quiz_question_key UNIQUE (quiz_id, question_key),
    CONSTRAINT fk_quiz_question_quiz FOREIGN KEY (quiz_id) REFERENCES quiz (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_quiz_question_quiz ON quiz_question (quiz_id, position);

-- Training material shipped as files with a module version (links need no table).
CREATE TABLE module_material_file (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    module_version_id BIGINT       NOT NULL,
    path              VARCHAR(200) NOT NULL,
    media_type        VARCHAR(100) NOT NULL,
    content           LONGBLOB     NOT NULL,
    CONSTRAINT uq_module_material_file UNIQUE (module_version_id, path),
    CONSTRAINT fk_module_material_file_version FOREIGN KEY (module_version_id) REFERENCES module_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The report of every import, for content authors.
CREATE TABLE content_import (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at   TIMESTAMP(3) NOT NULL,
    finished_at  TIMESTAMP(3) NULL,
    requested_by VARCHAR(255) NOT NULL,
    status       VARCHAR(20)  NOT NULL COMMENT 'RUNNING, FINISHED or FAILED',
    total        INT          NOT NULL DEFAULT 0 COMMENT 'modules and curricula found',
    published    INT          NOT NULL DEFAULT 0,
    unchanged    INT          NOT NULL DEFAULT 0,
    refused      INT          NOT NULL DEFAULT 0,
    report       JSON         NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_content_import_started ON content_import (started_at);
