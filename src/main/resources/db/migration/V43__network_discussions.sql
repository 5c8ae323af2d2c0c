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
    hidden_at      TIMESTAMP(3) NULL COMMENT 'hidden by a moderator: its author and the moderators still see it',
    hidden_by      BIGINT       NULL,
    hidden_reason  VARCHAR(500) NULL COMMENT 'shown to its author',
    revision       INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_discussion_post_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id),
    CONSTRAINT fk_discussion_post_author FOREIGN KEY (author_id) REFERENCES person (id),
    CONSTRAINT fk_discussion_post_quoted FOREIGN KEY (quoted_post_id) REFERENCES discussion_post (id),
    CONSTRAINT fk_discussion_post_hidden_by FOREIGN KEY (hidden_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A thread's page (keyset on id), a person's posts (export, erasure), what quotes a post.
CREATE INDEX ix_discussion_post_thread ON discussion_post (thread_id, id);
CREATE INDEX ix_discussion_post_author ON discussion_post (author_id);
CREATE INDEX ix_discussion_post_quoted ON discussion_post (quoted_post_id);
CREATE INDEX ix_discussion_post_hidden_by ON discussion_post (hidden_by);

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

-- A member's report of a post to the network's moderators, with a reason. It stays open until a moderator hides the
-- post or dismisses the report; a person has at most one open report per post (open_reporter is null once closed).
CREATE TABLE discussion_report (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    post_id       BIGINT       NOT NULL,
    reporter_id   BIGINT       NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    closed_at     TIMESTAMP(3) NULL,
    closed_by     BIGINT       NULL,
    open_reporter BIGINT AS (IF(closed_at IS NULL, reporter_id, NULL)) PERSISTENT,
    CONSTRAINT uq_discussion_report_open UNIQUE (post_id, open_reporter),
    CONSTRAINT fk_discussion_report_post FOREIGN KEY (post_id) REFERENCES discussion_post (id),
    CONSTRAINT fk_discussion_report_reporter FOREIGN KEY (reporter_id) REFERENCES person (id),
    CONSTRAINT fk_discussion_report_closed_by FOREIGN KEY (closed_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_discussion_report_reporter ON discussion_report (reporter_id);
CREATE INDEX ix_discussion_report_closed_by ON discussion_report (closed_by);
CREATE INDEX ix_discussion_report_open ON discussion_report (closed_at, post_id);

-- Every moderation action: who did what, on which thread, post or member, when and why. Its network's moderators
-- read it; a move is written in both networks.
CREATE TABLE discussion_moderation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    network_id   BIGINT       NOT NULL,
    moderator_id BIGINT       NOT NULL,
    action       VARCHAR(20)  NOT NULL COMMENT 'HIDE, UNHIDE, LOCK, UNLOCK, PIN, UNPIN, MOVE, MUTE, UNMUTE, DISMISS',
    thread_id    BIGINT       NULL,
    post_id      BIGINT       NULL,
    member_id    BIGINT       NULL COMMENT 'the member muted or unmuted',
    detail       VARCHAR(100) NULL COMMENT 'the other network of a move, the end of a mute',
    reason       VARCHAR(500) NULL,
    at           TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_discussion_moderation_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_discussion_moderation_moderator FOREIGN KEY (moderator_id) REFERENCES person (id),
    CONSTRAINT fk_discussion_moderation_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id),
    CONSTRAINT fk_discussion_moderation_post FOREIGN KEY (post_id) REFERENCES discussion_post (id),
    CONSTRAINT fk_discussion_moderation_member FOREIGN KEY (member_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_discussion_moderation_log ON discussion_moderation (network_id, id);
CREATE INDEX ix_discussion_moderation_moderator ON discussion_moderation (moderator_id);
CREATE INDEX ix_discussion_moderation_member ON discussion_moderation (member_id);
