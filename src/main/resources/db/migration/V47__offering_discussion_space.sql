-- An offering's own discussion space (issue 15): a network of kind OFFERING_SPACE whose people are not its members
-- but the offering's approved participants and trainers (networks.NetworkAccess derives them from the offering), so
-- that threads, replies, files and moderation are the networks' discussions, not a second system. The space is made
-- the first time someone who may read it opens it; the unique key keeps it one per offering when two open it at once.

ALTER TABLE network
    ADD COLUMN offering_id BIGINT NULL COMMENT 'the offering whose discussion space it is, when kind is OFFERING_SPACE',
    ADD CONSTRAINT uq_network_offering UNIQUE (offering_id),
    ADD CONSTRAINT fk_network_offering FOREIGN KEY (offering_id) REFERENCES offering (id);

-- An offering's space is named offering-<offering code>, and an offering's code has up to 100 characters.
ALTER TABLE network MODIFY code VARCHAR(120) NOT NULL;
ALTER TABLE network MODIFY kind VARCHAR(20) NOT NULL
    COMMENT 'STRATEGIC_FORUM, SUPPORT_NETWORK, EXPERT_NETWORK, CONTACT_POINTS or OFFERING_SPACE';
ALTER TABLE network MODIFY joining VARCHAR(12) NOT NULL
    COMMENT 'INVITATION (a moderator invites), REQUEST (a moderator approves), ROLE (holders of open_to_role join at once) or OFFERING (the offering''s participants and trainers, never joined)';

ALTER TABLE network DROP CONSTRAINT ck_network_kind;
ALTER TABLE network DROP CONSTRAINT ck_network_joining;
ALTER TABLE network
    ADD CONSTRAINT ck_network_kind CHECK (kind IN ('STRATEGIC_FORUM', 'SUPPORT_NETWORK', 'EXPERT_NETWORK', 'CONTACT_POINTS',
        'OFFERING_SPACE')),
    ADD CONSTRAINT ck_network_joining CHECK (joining IN ('INVITATION', 'REQUEST', 'ROLE', 'OFFERING')),
    ADD CONSTRAINT ck_network_offering CHECK ((kind = 'OFFERING_SPACE') = (offering_id IS NOT NULL)
        AND (kind = 'OFFERING_SPACE') = (joining = 'OFFERING'));
