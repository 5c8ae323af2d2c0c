-- Statement queries of the LRS (GET /xapi/statements by agent, verb, activity, registration, related_agents,
-- related_activities, since/until, newest or oldest first, paged by keyset on (stored, id)).
--
-- What a statement is about, one row per (thing, breadth): the agents (actor, object, authority, instructor, team,
-- context agents and groups, group members, a sub-statement's), activities (object, context activities, a
-- sub-statement's), its verb and registration, each as the SHA-1 of 'kind|identifier'. related = FALSE rows are
-- what the plain filter matches (actor or object; object activity), related = TRUE rows what the related_* filter
-- matches (a superset: every thing has a TRUE row). Written at store time by lrs.StatementRefs, for the statements
-- of clients and those the learning feature writes, so that a query reads one range of this primary key in stored
-- order instead of scanning JSON: a query by agent or activity stays a few page reads at 10M statements.
CREATE TABLE xapi_statement_ref (
    ref          BINARY(20)   NOT NULL COMMENT 'SHA-1 of kind|identifier (agent|mbox:..., activity|iri, verb|iri, registration|uuid)',
    related      BOOLEAN      NOT NULL COMMENT 'FALSE: the plain filter matches it; TRUE: related_agents/related_activities do',
    stored       TIMESTAMP(3) NOT NULL COMMENT 'the statement''s stored, for paging in order',
    statement_id CHAR(36)     NOT NULL,
    PRIMARY KEY (ref, related, stored, statement_id),
    CONSTRAINT fk_xapi_statement_ref_statement FOREIGN KEY (statement_id) REFERENCES xapi_statement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A query without agent, verb, activity or registration reads the store in stored order (InnoDB appends the
-- primary key, id, to the index: the keyset (stored, id) is its order); a client with statements/read/mine reads
-- its own statements in stored order. The latter also serves the foreign key: InnoDB drops its own index for it.
CREATE INDEX ix_xapi_statement_stored ON xapi_statement (stored);
CREATE INDEX ix_xapi_statement_client_stored ON xapi_statement (authority_client_id, stored);

-- The statements already stored: the system's (an account actor, an activity, a parent activity, its own
-- authority) and the clients' of V60 by their columns (actor, object activity, verb, registration). Deeper parts of
-- a client's statement stored before this migration (instructor, team, context activities, sub-statements) are not
-- back-filled: the LRS took statements for one release only before queries existed.
INSERT IGNORE INTO xapi_statement_ref (ref, related, stored, statement_id)
SELECT UNHEX(SHA1(CONCAT('agent|account:', JSON_VALUE(statement, '$.actor.account.homePage'), '|',
                         JSON_VALUE(statement, '$.actor.account.name')))), b.related, stored, id
FROM xapi_statement JOIN (SELECT FALSE AS related UNION ALL SELECT TRUE) b
WHERE person_id IS NOT NULL AND JSON_VALUE(statement, '$.actor.account.name') IS NOT NULL;
INSERT IGNORE INTO xapi_statement_ref (ref, related, stored, statement_id)
SELECT UNHEX(SHA1(CONCAT('agent|', actor))), b.related, stored, id
FROM xapi_statement JOIN (SELECT FALSE AS related UNION ALL SELECT TRUE) b
WHERE actor IS NOT NULL;
INSERT IGNORE INTO xapi_statement_ref (ref, related, stored, statement_id)
SELECT UNHEX(SHA1(CONCAT('agent|account:', JSON_VALUE(statement, '$.authority.account.homePage'), '|',
                         JSON_VALUE(statement, '$.authority.account.name')))), TRUE, stored, id
FROM xapi_statement WHERE JSON_VALUE(statement, '$.authority.account.name') IS NOT NULL;
INSERT IGNORE INTO xapi_statement_ref (ref, related, stored, statement_id)
SELECT UNHEX(SHA1(CONCAT('activity|', activity))), b.related, stored, id
FROM xapi_statement JOIN (SELECT FALSE AS related UNION ALL SELECT TRUE) b
WHERE activity IS NOT NULL;
INSERT IGNORE INTO xapi_statement_ref (ref, related, stored, statement_id)
SELECT UNHEX(SHA1(CONCAT('activity|', JSON_VALUE(statement, '$.context.contextActivities.parent[0].id')))), TRUE,
       stored, id
FROM xapi_statement
WHERE person_id IS NOT NULL AND JSON_VALUE(statement, '$.context.contextActivities.parent[0].id') IS NOT NULL;
INSERT IGNORE INTO xapi_statement_ref (ref, related, stored, statement_id)
SELECT UNHEX(SHA1(CONCAT('verb|', verb))), FALSE, stored, id FROM xapi_statement;
INSERT IGNORE INTO xapi_statement_ref (ref, related, stored, statement_id)
SELECT UNHEX(SHA1(CONCAT('registration|', LOWER(registration)))), FALSE, stored, id
FROM xapi_statement WHERE registration IS NOT NULL;
