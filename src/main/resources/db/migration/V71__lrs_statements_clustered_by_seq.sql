-- The statement store clustered in the order statements are stored (issues 17 and 18, P5 at 10M statements).
--
-- Measured at size L: ingest fell from 1,602 statements/s at 5.8M statements to 576-884 at 10M, with about six
-- buffer-pool misses per statement. The primary key was the statement's id, which a client chooses (random version 4
-- UUIDs): each statement went to a random page of the clustered rows (about 12 GB at 10M), and its query rows to a
-- random page of their foreign-key index on that id. Clustered by seq, a statement and its query rows' foreign key
-- are appended; the id stays unique through a secondary index a few times smaller than the rows, which the buffer
-- pool holds. The query rows name their statement by seq, and statement queries page by (stored, seq).

-- The query rows again, naming their statement by seq (a new table: its primary key changes).
CREATE TABLE xapi_statement_ref_by_seq (
    ref           BINARY(20)   NOT NULL COMMENT 'SHA-1 of kind|identifier (agent|mbox:..., activity|iri, verb|iri, registration|uuid)',
    related       BOOLEAN      NOT NULL COMMENT 'FALSE: the plain filter matches it; TRUE: related_agents/related_activities do',
    stored        TIMESTAMP(3) NOT NULL COMMENT 'the statement''s stored, for paging in order',
    statement_seq BIGINT       NOT NULL COMMENT 'the statement (xapi_statement.seq)',
    PRIMARY KEY (ref, related, stored, statement_seq),
    -- The foreign key's, and a statement's rows (a StatementRef takes its target's; erasure)
    INDEX ix_xapi_statement_ref_statement (statement_seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO xapi_statement_ref_by_seq (ref, related, stored, statement_seq)
SELECT r.ref, r.related, r.stored, s.seq FROM xapi_statement_ref r JOIN xapi_statement s ON s.id = r.statement_id;

DROP TABLE xapi_statement_ref;
RENAME TABLE xapi_statement_ref_by_seq TO xapi_statement_ref;

-- seq leads; the id (what clients and attachments name) is a unique secondary key.
ALTER TABLE xapi_statement
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (seq),
    DROP INDEX seq,
    ADD CONSTRAINT uq_xapi_statement_id UNIQUE (id);

ALTER TABLE xapi_statement_ref
    ADD CONSTRAINT fk_xapi_statement_ref_statement FOREIGN KEY (statement_seq) REFERENCES xapi_statement (seq);
