-- Network discussions (issue 15): people follow a network (its new threads) or a thread (its replies), and choose
-- how they are told: an e-mail as it happens, a daily digest, or in the application only.

-- A follow of a whole network: its new threads. Roles are not in the database: by_role records that the follower
-- read the network as one who runs every network (a course manager, an administrator), so that the notices know
-- that they read it without a membership; anyone else must be an active member to be told.
CREATE TABLE discussion_network_follow (
    person_id   BIGINT       NOT NULL,
    network_id  BIGINT       NOT NULL,
    by_role     BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'followed as one who runs every network, not as a member',
    followed_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (person_id, network_id),
    CONSTRAINT fk_discussion_network_follow_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_discussion_network_follow_network FOREIGN KEY (network_id) REFERENCES network (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_discussion_network_follow_network ON discussion_network_follow (network_id);

-- A follow of one thread: its replies. Its author and every replier follow it by themselves; an unfollow stays
-- recorded (following = 0), so that the next reply of theirs does not follow it again behind their back.
CREATE TABLE discussion_thread_follow (
    person_id   BIGINT       NOT NULL,
    thread_id   BIGINT       NOT NULL,
    following   BOOLEAN      NOT NULL DEFAULT TRUE,
    by_role     BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'followed as one who runs every network, not as a member',
    followed_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (person_id, thread_id),
    CONSTRAINT fk_discussion_thread_follow_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_discussion_thread_follow_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_discussion_thread_follow_thread ON discussion_thread_follow (thread_id, following);

-- How a person is told of what they follow; no row is the default, a daily digest.
CREATE TABLE discussion_delivery (
    person_id  BIGINT       NOT NULL PRIMARY KEY,
    delivery   VARCHAR(10)  NOT NULL COMMENT 'IMMEDIATE, DAILY or IN_APP',
    chosen_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT ck_discussion_delivery CHECK (delivery IN ('IMMEDIATE', 'DAILY', 'IN_APP')),
    CONSTRAINT fk_discussion_delivery_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The digests sent: one per person and day (UTC), inserted in the transaction that queues its mail, so that a
-- second node or a rerun of the job cannot send another. covered_until is where the next digest starts.
CREATE TABLE discussion_digest (
    person_id     BIGINT       NOT NULL,
    digest_day    DATE         NOT NULL,
    covered_until TIMESTAMP(3) NOT NULL,
    posts         INT          NOT NULL,
    sent_at       TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (person_id, digest_day),
    CONSTRAINT fk_discussion_digest_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The digest job reads posts of the last day.
CREATE INDEX ix_discussion_post_created ON discussion_post (created_at);
