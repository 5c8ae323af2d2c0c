-- Statements stored in the same millisecond still have an order: the order they were stored in.
ALTER TABLE xapi_statement ADD COLUMN seq BIGINT NOT NULL AUTO_INCREMENT UNIQUE;
CREATE INDEX ix_xapi_statement_person_seq ON xapi_statement (person_id, seq);
CREATE INDEX ix_xapi_statement_activity_seq ON xapi_statement (activity(191), seq);
