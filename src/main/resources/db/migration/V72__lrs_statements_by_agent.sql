-- Each statement again, beside the agents the plain agent filter matches (issue 18: a query by agent answers in
-- <= 50 ms at 10M statements).
--
-- At size L (10M statements, 12 GB of rows, a 4 GB buffer pool) a query by agent missed it: its rows of
-- xapi_statement_ref are one range, but the 25 newest statements of a learner were stored months apart, between
-- other learners' statements: 25 pages at random in the store clustered by seq (V71). Here a
-- learner's statements sit together, clustered by (agent, stored, seq): a page of them is one or two page reads.
-- The copy costs the statements' bytes once more for each plain agent (the actor, usually alone); an ingest batch
-- is one learner's, so it adds about one page write per batch.
--
-- Kept in step by lrs.StatementWriter, the one writer of statements: it writes the rows with the statement (a
-- StatementRef takes its target's, as the query rows do), marks them voided with it, and copies the text again after
-- erasure rewrote it (learning.LearningPersonalData); the foreign key removes the rows with their statement; erasure
-- renames the agent (lrs.LrsPersonalData). Not a trigger: with binary logging on (Galera, replicas), creating one
-- needs SUPER or log_bin_trust_function_creators, more than the migrations' account should need.
CREATE TABLE xapi_statement_by_agent (
    ref           BINARY(20)   NOT NULL COMMENT 'an agent the plain filter matches: xapi_statement_ref.ref',
    stored        TIMESTAMP(3) NOT NULL COMMENT 'the statement''s stored, for paging in order',
    statement_seq BIGINT       NOT NULL COMMENT 'the statement (xapi_statement.seq)',
    voided        BOOLEAN      NOT NULL COMMENT 'xapi_statement.voided, kept equal (lrs.StatementWriter)',
    -- LONGTEXT, not JSON: the text was checked when the statement was stored, and is copied as it is.
    statement     LONGTEXT     NOT NULL COMMENT 'xapi_statement.statement, kept equal (lrs.StatementWriter)',
    PRIMARY KEY (ref, stored, statement_seq),
    -- The foreign key's, and a statement's copies (voiding, erasure)
    INDEX ix_xapi_statement_by_agent_statement (statement_seq),
    CONSTRAINT fk_xapi_statement_by_agent_statement FOREIGN KEY (statement_seq) REFERENCES xapi_statement (seq)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The statements already stored: their plain agents as lrs.StatementRefs names them (the actor and its members; an
-- Agent or Group object and its members; JSON_EXTRACT of several paths answers every match in one array), each by
-- AgentRules.identifier's order of identifiers.
INSERT IGNORE INTO xapi_statement_by_agent (ref, stored, statement_seq, voided, statement)
SELECT UNHEX(SHA1(CONCAT('agent|', CASE
           WHEN a.mbox IS NOT NULL THEN CONCAT('mbox:', a.mbox)
           WHEN a.mbox_sha1sum IS NOT NULL THEN CONCAT('mbox_sha1sum:', LOWER(a.mbox_sha1sum))
           WHEN a.openid IS NOT NULL THEN CONCAT('openid:', a.openid)
           ELSE CONCAT('account:', COALESCE(a.home, ''), '|', COALESCE(a.name, '')) END))),
       s.stored, s.seq, s.voided, s.statement
FROM xapi_statement s,
     JSON_TABLE(IF(JSON_VALUE(s.statement, '$.object.objectType') IN ('Agent', 'Group'),
                   JSON_EXTRACT(s.statement, '$.actor', '$.actor.member[*]', '$.object', '$.object.member[*]'),
                   JSON_EXTRACT(s.statement, '$.actor', '$.actor.member[*]')),
                '$[*]' COLUMNS (
                    mbox         VARCHAR(500) PATH '$.mbox',
                    mbox_sha1sum VARCHAR(40)  PATH '$.mbox_sha1sum',
                    openid       VARCHAR(500) PATH '$.openid',
                    home         VARCHAR(500) PATH '$.account.homePage',
                    name         VARCHAR(500) PATH '$.account.name',
                    has_account  INT EXISTS   PATH '$.account')) a
WHERE a.mbox IS NOT NULL OR a.mbox_sha1sum IS NOT NULL OR a.openid IS NOT NULL OR a.has_account = 1;

-- A StatementRef takes its target's rows (one step: a StatementRef naming a StatementRef stored before this
-- migration does not follow its target's target).
INSERT IGNORE INTO xapi_statement_by_agent (ref, stored, statement_seq, voided, statement)
SELECT t.ref, s.stored, s.seq, s.voided, s.statement
FROM xapi_statement s
JOIN xapi_statement target ON target.id = LOWER(JSON_VALUE(s.statement, '$.object.id')) AND target.seq < s.seq
JOIN xapi_statement_by_agent t ON t.statement_seq = target.seq
WHERE JSON_VALUE(s.statement, '$.object.objectType') = 'StatementRef';
