-- Learning integrity (issue 12).
--
-- A progress row carries a revision: every writer (a lesson read, a quiz start or submission) locks the row
-- and Hibernate checks the revision, so two writers at the same time can no longer overwrite each other's
-- facts (the quiz passed, the lessons completed) and leave a module that never completes.
ALTER TABLE module_progress
    ADD COLUMN revision INT NOT NULL DEFAULT 0 COMMENT 'optimistic version, raised by every change';

-- The lessons the player has shown to the learner, in the version they started. A lesson is recorded read
-- (lesson_progress) only after it was served here, and only once the lessons before it are read.
CREATE TABLE lesson_served (
    progress_id BIGINT       NOT NULL,
    position    SMALLINT     NOT NULL,
    served_at   TIMESTAMP(3) NOT NULL COMMENT 'first time the player showed the lesson',
    PRIMARY KEY (progress_id, position),
    CONSTRAINT fk_lesson_served_progress FOREIGN KEY (progress_id) REFERENCES module_progress (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Lessons already read were shown when they were read.
INSERT INTO lesson_served (progress_id, position, served_at)
SELECT progress_id, position, experienced_at FROM lesson_progress;

-- Papers drawn before this version showed the bank's option ids and positions, which give the answers away
-- (matching: row k's answer was k; ordering: the field names carried the right order). An attempt still open
-- is withdrawn: it was never submitted, so it does not count against the attempt limit, and the next start
-- draws a paper of opaque choice ids. Submitted attempts keep their answers and scores.
DELETE FROM quiz_attempt WHERE submitted_at IS NULL;
