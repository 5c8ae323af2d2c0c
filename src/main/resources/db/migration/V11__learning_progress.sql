-- Learning: where each person is in each online module, lesson by lesson, and the xAPI statements of what
-- they did. Progress keeps the module version the person started (versions never change).

CREATE TABLE module_progress (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    registration         CHAR(36)     NOT NULL COMMENT 'xAPI registration: ties the statements of this attempt at the module',
    person_id            BIGINT       NOT NULL,
    module_code          VARCHAR(80)  NOT NULL,
    version              INT          NOT NULL COMMENT 'the module version started, kept to the end',
    lessons              SMALLINT     NOT NULL COMMENT 'how many lessons that version has',
    current_lesson       SMALLINT     NOT NULL COMMENT 'where to resume',
    started_at           TIMESTAMP(3) NOT NULL,
    updated_at           TIMESTAMP(3) NOT NULL,
    lessons_completed_at TIMESTAMP(3) NULL,
    CONSTRAINT uq_module_progress UNIQUE (person_id, module_code),
    CONSTRAINT uq_module_progress_registration UNIQUE (registration),
    CONSTRAINT fk_module_progress_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_module_progress_module ON module_progress (module_code, lessons_completed_at);
CREATE INDEX ix_module_progress_person ON module_progress (person_id, updated_at);

CREATE TABLE lesson_progress (
    progress_id    BIGINT       NOT NULL,
    position       SMALLINT     NOT NULL,
    experienced_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (progress_id, position),
    CONSTRAINT fk_lesson_progress_progress FOREIGN KEY (progress_id) REFERENCES module_progress (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The statement store, shaped to serve an LRS later: whole statements as JSON, with the columns a
-- statement query filters on (agent, verb, activity, registration, stored) beside them.
CREATE TABLE xapi_statement (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    person_id    BIGINT       NOT NULL COMMENT 'the actor',
    verb         VARCHAR(200) NOT NULL,
    activity     VARCHAR(500) NOT NULL COMMENT 'object id',
    registration CHAR(36)     NULL,
    timestamp    TIMESTAMP(3) NOT NULL,
    stored       TIMESTAMP(3) NOT NULL,
    statement    JSON         NOT NULL,
    CONSTRAINT fk_xapi_statement_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_xapi_statement_person ON xapi_statement (person_id, stored);
CREATE INDEX ix_xapi_statement_activity ON xapi_statement (activity(191), stored);
CREATE INDEX ix_xapi_statement_registration ON xapi_statement (registration, stored);
CREATE INDEX ix_xapi_statement_verb ON xapi_statement (verb(191), stored);
