-- The pre-test is attempt number 0 of a module's quiz, taken before the first lesson; the quiz's attempts
-- are numbered from 1, and attempt 1 is the post-test that the knowledge gain compares with it. The unique
-- (progress_id, number) key already makes a double click start one pre-test.
ALTER TABLE quiz_attempt
    MODIFY number SMALLINT NOT NULL COMMENT '0: the pre-test before the lessons; 1, 2, ...: quiz attempts (1 is the post-test)',
    ADD CONSTRAINT ck_quiz_attempt_number CHECK (number >= 0),
    ADD CONSTRAINT ck_quiz_attempt_pre_test_not_passed CHECK (number > 0 OR passed IS NULL);
