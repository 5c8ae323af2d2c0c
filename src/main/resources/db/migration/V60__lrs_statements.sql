-- Statements from outside share the store the system writes: their actor need not be one of our people (then
-- person_id is NULL and actor names its inverse functional identifier), their object need not be an activity,
-- the client that sent them is their authority, and a voiding statement marks its target voided.
ALTER TABLE xapi_statement MODIFY person_id BIGINT NULL COMMENT 'the actor, when it is one of our people';
ALTER TABLE xapi_statement MODIFY activity VARCHAR(500) NULL COMMENT 'object id, when the object is an activity';
ALTER TABLE xapi_statement ADD COLUMN actor VARCHAR(500) NULL
    COMMENT 'the actor''s identifier (mbox, mbox_sha1sum, openid or account) when it is not one of our people';
ALTER TABLE xapi_statement ADD COLUMN voided BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE xapi_statement ADD COLUMN authority_client_id BIGINT NULL COMMENT 'the LRS client that sent it';
ALTER TABLE xapi_statement ADD CONSTRAINT fk_xapi_statement_client
    FOREIGN KEY (authority_client_id) REFERENCES lrs_client (id);
-- No index on actor yet: no query reads by it until the statement queries come (they add the index they use).
