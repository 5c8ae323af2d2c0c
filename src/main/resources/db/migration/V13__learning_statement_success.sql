-- Whether the statement's result was a success (NULL without a result): what the cohort view's "questions
-- most often answered wrong" counts, without parsing every statement.
ALTER TABLE xapi_statement ADD COLUMN success BOOLEAN NULL;
CREATE INDEX ix_xapi_statement_verb_success ON xapi_statement (verb(100), success, activity(150));
