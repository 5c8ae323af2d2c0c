-- Networks (issue 15): the Strategic Cooperation Forum, the EMPACT Support Network, expert networks per crime
-- priority and national contact points, as places where people work together between meetings. This is the core
-- every part of a network's space reads: the network, the priorities it serves, and who belongs to it as what.

CREATE TABLE network (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code         VARCHAR(80)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL COMMENT 'STRATEGIC_FORUM, SUPPORT_NETWORK, EXPERT_NETWORK or CONTACT_POINTS',
    name         JSON         NOT NULL COMMENT 'per language, English always',
    purpose      JSON         NOT NULL COMMENT 'per language, English always',
    joining      VARCHAR(12)  NOT NULL COMMENT 'INVITATION (a moderator invites), REQUEST (a moderator approves) or ROLE (holders of open_to_role join at once)',
    open_to_role VARCHAR(40)  NULL COMMENT 'the realm role whose holders join at once, when joining is ROLE',
    created_at   TIMESTAMP(3) NOT NULL,
    updated_at   TIMESTAMP(3) NOT NULL,
    revision     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_network_code UNIQUE (code),
    CONSTRAINT ck_network_kind CHECK (kind IN ('STRATEGIC_FORUM', 'SUPPORT_NETWORK', 'EXPERT_NETWORK', 'CONTACT_POINTS')),
    CONSTRAINT ck_network_joining CHECK (joining IN ('INVITATION', 'REQUEST', 'ROLE')),
    CONSTRAINT ck_network_role CHECK ((joining = 'ROLE') = (open_to_role IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The portfolio and EMPACT priorities a network serves (both are rows of crime_priority).
CREATE TABLE network_priority (
    network_id        BIGINT NOT NULL,
    crime_priority_id BIGINT NOT NULL,
    PRIMARY KEY (network_id, crime_priority_id),
    CONSTRAINT fk_network_priority_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_network_priority_priority FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_network_priority_priority ON network_priority (crime_priority_id);

-- Who belongs, as what, from where. One row per network and person, whatever happened: an invitation, a request,
-- a membership, its end. Members come from partner countries, EU Member States, EU agencies and international
-- organisations: the organisation and its country are on the membership, not on the person.
CREATE TABLE network_member (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    network_id        BIGINT       NOT NULL,
    person_id         BIGINT       NOT NULL,
    role              VARCHAR(12)  NOT NULL DEFAULT 'MEMBER' COMMENT 'MEMBER or MODERATOR',
    status            VARCHAR(12)  NOT NULL COMMENT 'INVITED, REQUESTED, ACTIVE, REFUSED or LEFT',
    organisation      VARCHAR(200) NULL,
    organisation_kind VARCHAR(20)  NULL COMMENT 'PARTNER_COUNTRY, EU_MEMBER_STATE, EU_AGENCY or INTERNATIONAL',
    country_code      CHAR(2)      NULL COMMENT 'the organisation''s country; NULL for an EU agency or international organisation',
    invited_by        BIGINT       NULL,
    decided_by        BIGINT       NULL COMMENT 'the moderator who approved or refused a request',
    reason            VARCHAR(500) NULL COMMENT 'a request''s motivation, or why it was refused',
    asked_at          TIMESTAMP(3) NOT NULL COMMENT 'when invited, requested or joined, whichever came first',
    joined_at         TIMESTAMP(3) NULL,
    left_at           TIMESTAMP(3) NULL,
    muted_until       TIMESTAMP(3) NULL COMMENT 'a moderator''s mute: reads, cannot post until then',
    revision          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_network_member UNIQUE (network_id, person_id),
    CONSTRAINT ck_network_member_role CHECK (role IN ('MEMBER', 'MODERATOR')),
    CONSTRAINT ck_network_member_status CHECK (status IN ('INVITED', 'REQUESTED', 'ACTIVE', 'REFUSED', 'LEFT')),
    CONSTRAINT ck_network_member_kind CHECK (organisation_kind IS NULL
        OR organisation_kind IN ('PARTNER_COUNTRY', 'EU_MEMBER_STATE', 'EU_AGENCY', 'INTERNATIONAL')),
    CONSTRAINT fk_network_member_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_network_member_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_network_member_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_network_member_invited_by FOREIGN KEY (invited_by) REFERENCES person (id),
    CONSTRAINT fk_network_member_decided_by FOREIGN KEY (decided_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's networks ("My networks", every access check), and a network's members by status (its member list,
-- a moderator's queue of requests).
CREATE INDEX ix_network_member_person ON network_member (person_id, status, network_id);
CREATE INDEX ix_network_member_status ON network_member (network_id, status, role);
CREATE INDEX ix_network_member_invited_by ON network_member (invited_by);
CREATE INDEX ix_network_member_decided_by ON network_member (decided_by);

-- Meetings belong to a network: the existing workshops and webinars (exchange.NetworkEvent) become the network's
-- meetings; an event of no network stays as it was.
ALTER TABLE network_event ADD COLUMN network_id BIGINT NULL COMMENT 'the network whose meeting it is',
    ADD CONSTRAINT fk_network_event_network FOREIGN KEY (network_id) REFERENCES network (id);
CREATE INDEX ix_network_event_network ON network_event (network_id, starts_at);
