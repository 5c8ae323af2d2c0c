-- xapi_statement is the busiest insert table: every index is one more B-tree write per statement. Only the
-- indexes a statement query uses stay (StatementIndexTest holds each query to one):
--   ix_xapi_statement_person_seq    a learner's statements newest first, their export and erasure, the FK;
--   ix_xapi_statement_activity_seq  statements about an activity newest first;
--   ix_xapi_statement_verb_success  the cohort view's questions most often answered wrong.
-- The statement queries of the LRS (agent, verb, registration, since/until on stored) add what they need then.
DROP INDEX ix_xapi_statement_person ON xapi_statement;
DROP INDEX ix_xapi_statement_activity ON xapi_statement;
DROP INDEX ix_xapi_statement_registration ON xapi_statement;
DROP INDEX ix_xapi_statement_verb ON xapi_statement;
