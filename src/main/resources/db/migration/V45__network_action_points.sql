-- Networks (issue 15): action points, the conclusions of a meeting or a discussion as things to do, with an owner, a
-- due day and a status, reminded once shortly before they are due.
CREATE TABLE network_action_point (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    network_id    BIGINT        NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    details       VARCHAR(4000) NULL,
    source        VARCHAR(300)  NULL COMMENT 'where it was concluded: a meeting''s code, a thread''s address, or free text',
    owner_id      BIGINT        NOT NULL COMMENT 'a member of the network who does it',
    due_on        DATE          NOT NULL,
    status        VARCHAR(12)   NOT NULL DEFAULT 'OPEN' COMMENT 'OPEN, DONE or DROPPED',
    created_by    BIGINT        NOT NULL,
    created_at    TIMESTAMP(3)  NOT NULL,
    updated_at    TIMESTAMP(3)  NOT NULL,
    closed_at     TIMESTAMP(3)  NULL,
    reminded_at   TIMESTAMP(3)  NULL COMMENT 'when its owner was reminded that it is due: once',
    revision      INT           NOT NULL DEFAULT 0,
    CONSTRAINT ck_network_action_point_status CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
    CONSTRAINT fk_network_action_point_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_network_action_point_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    CONSTRAINT fk_network_action_point_created_by FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A network's list (open ones first by due day, then the closed, paged by (due_on, id)); the reminder job's due
-- points; a person's own points.
CREATE INDEX ix_network_action_point_list ON network_action_point (network_id, status, due_on, id);
CREATE INDEX ix_network_action_point_reminder ON network_action_point (status, reminded_at, due_on);
CREATE INDEX ix_network_action_point_owner ON network_action_point (owner_id, status, due_on);
CREATE INDEX ix_network_action_point_created_by ON network_action_point (created_by);
