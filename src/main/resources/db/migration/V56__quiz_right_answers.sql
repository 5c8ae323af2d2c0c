-- Whether a quiz's result shows the right answers beside the learner's: the module's author decides in quiz.yaml
-- (show_right_answers); hidden by default, since the next attempt draws from the same bank.
ALTER TABLE quiz ADD COLUMN show_right_answers BOOLEAN NOT NULL DEFAULT FALSE;
