-- Knowledge tests (Kirkpatrick level 2 for face-to-face offerings, issue 14): a question bank per curriculum,
-- content/evaluation/knowledge-tests/<code>.yaml, published like a module as immutable versions; and the pre-test
-- and post-test each participant of a face-to-face offering of that curriculum takes from it, once each.

-- The test's code and current version; its content lives in knowledge_test_version.
CREATE TABLE knowledge_test (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(80)  NOT NULL,
    curriculum_code VARCHAR(80)  NOT NULL COMMENT 'the curriculum its current version is for',
    current_version INT          NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_knowledge_test_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_knowledge_test_curriculum ON knowledge_test (curriculum_code, updated_at);

-- One version: never changed, so a participant's post-test draws from the bank their pre-test drew from.
CREATE TABLE knowledge_test_version (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    test_id            BIGINT       NOT NULL,
    version            INT          NOT NULL,
    content_hash       CHAR(64)     NOT NULL COMMENT 'of the file: an unchanged file makes no new version',
    title              JSON         NOT NULL,
    curriculum_code    VARCHAR(80)  NOT NULL,
    draw               SMALLINT     NOT NULL COMMENT 'questions drawn for each paper',
    time_limit_minutes SMALLINT     NULL,
    published_at       TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_knowledge_test_version UNIQUE (test_id, version),
    CONSTRAINT fk_knowledge_test_version_test FOREIGN KEY (test_id) REFERENCES knowledge_test (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_knowledge_test_version_curriculum ON knowledge_test_version (curriculum_code);

-- The questions of a version, written and stored exactly as a module's quiz questions (quiz_question).
CREATE TABLE knowledge_test_question (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id   BIGINT      NOT NULL,
    position     SMALLINT    NOT NULL,
    question_key VARCHAR(80) NOT NULL,
    type         VARCHAR(20) NOT NULL,
    definition   JSON        NOT NULL COMMENT 'texts, options or pairs or items, the answer and feedback',
    CONSTRAINT uq_knowledge_test_question_key UNIQUE (version_id, question_key),
    CONSTRAINT fk_knowledge_test_question_version FOREIGN KEY (version_id) REFERENCES knowledge_test_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A participant's pre-test or post-test in an offering: the paper drawn (opaque choice ids, see QuizPapers), the
-- server-side deadline (the time limit, and at the latest the end of the test's day), the answers in the bank's
-- terms and the exact score. One per offering, person and phase: each test is taken once.
CREATE TABLE knowledge_test_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    offering_id  BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    phase        VARCHAR(4)    NOT NULL COMMENT 'PRE: at the start of the offering; POST: at its end',
    version_id   BIGINT        NOT NULL COMMENT 'the bank drawn from',
    paper        JSON          NOT NULL COMMENT 'the questions drawn, in order, with their choices under drawn ids',
    started_at   TIMESTAMP(3)  NOT NULL,
    deadline_at  TIMESTAMP(3)  NOT NULL COMMENT 'checked on the server',
    submitted_at TIMESTAMP(3)  NULL,
    answers      JSON          NULL,
    score        DECIMAL(5, 2) NULL COMMENT 'percent',
    late         BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'closed unanswered after its deadline: not counted in the gain',
    CONSTRAINT uq_knowledge_test_attempt UNIQUE (offering_id, person_id, phase),
    CONSTRAINT ck_knowledge_test_attempt_phase CHECK (phase IN ('PRE', 'POST')),
    CONSTRAINT fk_knowledge_test_attempt_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_knowledge_test_attempt_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_knowledge_test_attempt_version FOREIGN KEY (version_id) REFERENCES knowledge_test_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
