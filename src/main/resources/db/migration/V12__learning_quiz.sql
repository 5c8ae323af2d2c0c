-- Quiz attempts: the questions drawn (and the order of their options) fixed when the attempt starts, the
-- server-side deadline, the answers and the exact score once submitted. Module completion is kept on the
-- progress and, for enrolment's gate, in module_completion.

CREATE TABLE quiz_attempt (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    progress_id  BIGINT        NOT NULL,
    number       SMALLINT      NOT NULL,
    paper        JSON          NOT NULL COMMENT 'the questions drawn, in order, with the order of their choices',
    started_at   TIMESTAMP(3)  NOT NULL,
    deadline_at  TIMESTAMP(3)  NULL COMMENT 'time limit, checked on the server',
    submitted_at TIMESTAMP(3)  NULL,
    answers      JSON          NULL,
    score        DECIMAL(5, 2) NULL COMMENT 'percent',
    passed       BOOLEAN       NULL,
    late         BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_quiz_attempt UNIQUE (progress_id, number),
    CONSTRAINT fk_quiz_attempt_progress FOREIGN KEY (progress_id) REFERENCES module_progress (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE module_progress
    ADD COLUMN quiz_passed_at TIMESTAMP(3) NULL,
    ADD COLUMN completed_at TIMESTAMP(3) NULL;
