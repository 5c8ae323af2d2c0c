-- Network discussions (issue 15): threads and replies in Markdown, each post in a recorded language, every version
-- of a post kept, and a reply's quote of another post of its thread by reference (so a quote is never a copy that
-- an edit or an erasure would miss, and it cannot nest).

CREATE TABLE discussion_thread (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    network_id       BIGINT       NOT NULL,
    title            VARCHAR(200) NOT NULL,
    author_id        BIGINT       NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    last_activity_at TIMESTAMP(3) NOT NULL COMMENT 'the latest post, for the order of the list',
    post_count       INT          NOT NULL DEFAULT 0 COMMENT 'the opening post and its replies',
    pinned           BOOLEAN      NOT NULL DEFAULT FALSE,
    locked           BOOLEAN      NOT NULL DEFAULT FALSE,
    revision         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_discussion_thread_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_discussion_thread_author FOREIGN KEY (author_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A network's list: pinned first, then the latest activity; keyset pagination walks this index.
CREATE INDEX ix_discussion_thread_list ON discussion_thread (network_id, pinned, last_activity_at, id);
CREATE INDEX ix_discussion_thread_author ON discussion_thread (author_id);

CREATE TABLE discussion_post (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    thread_id      BIGINT       NOT NULL,
    author_id      BIGINT       NOT NULL,
    language       VARCHAR(5)   NOT NULL COMMENT 'the language it is written in, one of the seven',
    body           TEXT         NOT NULL COMMENT 'Markdown; rendered by the lessons'' safe renderer',
    quoted_post_id BIGINT       NULL COMMENT 'the post of the same thread it quotes (its own text only: one level)',
    created_at     TIMESTAMP(3) NOT NULL,
    edited_at      TIMESTAMP(3) NULL,
    edits          INT          NOT NULL DEFAULT 0 COMMENT 'how many times it was edited; its revisions are one more',
    revision       INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_discussion_post_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id),
    CONSTRAINT fk_discussion_post_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_discussion_post_quoted FOREIGN KEY (quoted_post_id) REFERENCES discussion_post (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A thread's page (keyset on id), a person's posts (export, erasure), what quotes a post.
CREATE INDEX ix_discussion_post_thread ON discussion_post (thread_id, id);
CREATE INDEX ix_discussion_post_author ON discussion_post (author_id);
CREATE INDEX ix_discussion_post_quoted ON discussion_post (quoted_post_id);

-- Every version of a post, the first included: number 1 is what was posted, the highest is the current text.
CREATE TABLE discussion_post_revision (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id   BIGINT       NOT NULL,
    number    INT          NOT NULL,
    language  VARCHAR(5)   NOT NULL,
    body      TEXT         NOT NULL,
    edited_by BIGINT       NOT NULL,
    edited_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_discussion_post_revision UNIQUE (post_id, number),
    CONSTRAINT fk_discussion_post_revision_post FOREIGN KEY (post_id) REFERENCES discussion_post (id),
    CONSTRAINT fk_discussion_post_revision_by FOREIGN KEY (edited_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_discussion_post_revision_by ON discussion_post_revision (edited_by);

-- Files attached to a post, in the database (never on a node's disk, so every node serves them). The media type is
-- the one detected from the bytes when uploaded; the name is the uploader's, cleaned of paths and control characters.
CREATE TABLE discussion_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id      BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(120) NOT NULL COMMENT 'detected from the content, not from the name',
    size_bytes   BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  BIGINT       NOT NULL,
    uploaded_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_discussion_attachment_post FOREIGN KEY (post_id) REFERENCES discussion_post (id),
    CONSTRAINT fk_discussion_attachment_by FOREIGN KEY (uploaded_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_discussion_attachment_post ON discussion_attachment (post_id, id);
CREATE INDEX ix_discussion_attachment_by ON discussion_attachment (uploaded_by);
