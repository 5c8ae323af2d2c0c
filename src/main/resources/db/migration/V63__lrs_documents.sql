-- The xAPI document resources (state, activity profile, agent profile): documents of any content type that LRS
-- clients keep per activity, per agent, or per activity, agent and registration. The IRIs and identifiers are too
-- long for one unique index within InnoDB's 3072 bytes, so each document is found by SHA-1 keys of its address:
--   owner_key    SHA-1 of kind, activity and agent: whose documents (the ids list, "delete all" of the state);
--   document_key SHA-1 of the owner, registration and document id: one document (unique).
-- An agent is kept by its inverse functional identifier (mbox:..., account:homePage|name, ...); when it is one of
-- our people, person_id names them, so that export and erasure find their documents.
CREATE TABLE xapi_document (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(20)  NOT NULL COMMENT 'STATE, ACTIVITY_PROFILE or AGENT_PROFILE',
    activity_id   VARCHAR(500) NULL COMMENT 'the activity IRI (state, activity profile)',
    agent         VARCHAR(500) NULL COMMENT 'the agent''s inverse functional identifier (state, agent profile)',
    agent_key     VARCHAR(40)  NULL COMMENT 'SHA-1 of agent, for export and erasure by identifier',
    person_id     BIGINT       NULL COMMENT 'the agent, when it is one of our people',
    registration  VARCHAR(36)  NULL COMMENT 'the registration UUID (state only)',
    document_id   VARCHAR(255) NOT NULL COMMENT 'stateId or profileId',
    owner_key     VARCHAR(40)  NOT NULL,
    document_key  VARCHAR(40)  NOT NULL,
    content_type  VARCHAR(255) NOT NULL,
    contents      LONGBLOB     NOT NULL,
    etag          VARCHAR(40)  NOT NULL COMMENT 'SHA-1 hex of contents',
    updated       TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_xapi_document_key UNIQUE (document_key),
    CONSTRAINT fk_xapi_document_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ids of an owner's documents (with a registration, and "since"), and deleting all of them.
CREATE INDEX ix_xapi_document_owner ON xapi_document (owner_key, registration, updated);
-- Export and erasure of a person's documents, by their person record or an identifier they were stored under.
CREATE INDEX ix_xapi_document_person ON xapi_document (person_id);
CREATE INDEX ix_xapi_document_agent ON xapi_document (agent_key);
