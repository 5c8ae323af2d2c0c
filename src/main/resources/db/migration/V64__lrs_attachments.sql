-- xAPI attachments received as parts of multipart/mixed statement requests: kept in the database, never on a node's
-- disk, once per content (keyed by its SHA-2, as statements name it). A statement names its attachments by sha2 in
-- its JSON; the link table says which statements hold which content, so that erasing a statement's attachments
-- can delete content no other statement refers to.
CREATE TABLE xapi_attachment (
    sha2         VARCHAR(128) NOT NULL PRIMARY KEY COMMENT 'lower-case hex SHA-2 (224, 256, 384 or 512) of content',
    content_type VARCHAR(255) NOT NULL,
    length       BIGINT       NOT NULL COMMENT 'octets of content',
    content      LONGBLOB     NOT NULL,
    received_at  TIMESTAMP(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE xapi_statement_attachment (
    statement_id CHAR(36)     NOT NULL,
    sha2         VARCHAR(128) NOT NULL,
    PRIMARY KEY (statement_id, sha2),
    -- Is this content still held by a statement? (Erasure deletes content no statement holds any more.)
    INDEX ix_xapi_statement_attachment_sha2 (sha2),
    CONSTRAINT fk_xapi_statement_attachment_statement
        FOREIGN KEY (statement_id) REFERENCES xapi_statement (id) ON DELETE CASCADE,
    CONSTRAINT fk_xapi_statement_attachment_content FOREIGN KEY (sha2) REFERENCES xapi_attachment (sha2)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

