-- The mentoring and exchange programme. Host institutions publish exchange offers (short term up to two weeks,
-- long term, or group study visits); officers apply; the coordinator of the guest's country endorses; course
-- managers match host and guest (the LMS suggests pairs by crime priority, language and reciprocity between
-- two agencies), assign a mentor and record the learning agreement; after the visit the guest reports and
-- commits to share what they learned, and later records how it was shared (counted in the cascade).
CREATE TABLE exchange_offer (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(120)  NOT NULL,
    kind              VARCHAR(12)   NOT NULL COMMENT 'SHORT_TERM (up to 14 days), LONG_TERM or STUDY_VISIT (a group)',
    host_country      CHAR(2)       NOT NULL,
    host_agency       VARCHAR(200)  NOT NULL,
    topic             VARCHAR(300)  NOT NULL,
    crime_priority_id BIGINT        NOT NULL,
    places            SMALLINT      NOT NULL,
    starts_on         DATE          NOT NULL,
    ends_on           DATE          NOT NULL,
    language          VARCHAR(8)    NOT NULL,
    description       TEXT NOT NULL,
    status            VARCHAR(12)   NOT NULL COMMENT 'OPEN or CANCELLED',
    published_by      VARCHAR(100)  NOT NULL,
    created_at        TIMESTAMP(3)  NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_exchange_offer_code UNIQUE (code),
    CONSTRAINT ck_exchange_offer_kind CHECK (kind IN ('SHORT_TERM', 'LONG_TERM', 'STUDY_VISIT')),
    CONSTRAINT ck_exchange_offer_status CHECK (status IN ('OPEN', 'CANCELLED')),
    CONSTRAINT ck_exchange_offer_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_exchange_offer_short CHECK (kind <> 'SHORT_TERM' OR DATEDIFF(ends_on, starts_on) < 14),
    CONSTRAINT ck_exchange_offer_places CHECK (places BETWEEN 1 AND 100),
    CONSTRAINT fk_exchange_offer_country FOREIGN KEY (host_country) REFERENCES country (code),
    CONSTRAINT fk_exchange_offer_priority FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_exchange_offer_open ON exchange_offer (status, starts_on);
CREATE INDEX ix_exchange_offer_priority ON exchange_offer (crime_priority_id, starts_on);

CREATE TABLE exchange_application (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    offer_id         BIGINT        NOT NULL,
    person_id        BIGINT        NOT NULL,
    guest_country    CHAR(2)       NOT NULL,
    guest_agency     VARCHAR(200)  NOT NULL,
    languages        VARCHAR(100)  NOT NULL COMMENT 'comma-separated language codes the guest works in',
    motivation       TEXT NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    reason           VARCHAR(1000) NULL COMMENT 'why declined',
    endorsed_by      VARCHAR(100)  NULL,
    endorsed_at      TIMESTAMP(3)  NULL,
    mentor           VARCHAR(200)  NULL COMMENT 'the host-side mentor assigned at matching',
    mentor_email     VARCHAR(254)  NULL,
    learning_agreement TEXT NULL,
    matched_by       VARCHAR(100)  NULL,
    matched_at       TIMESTAMP(3)  NULL,
    report           TEXT NULL,
    commitment       TEXT NULL COMMENT 'how the guest will share what they learned',
    share_by         DATE          NULL COMMENT 'when they committed to have shared it',
    reported_at      TIMESTAMP(3)  NULL,
    shared_on        DATE          NULL,
    shared_with      INT           NULL COMMENT 'officers the guest shared it with: counted in the cascade',
    shared_how       TEXT NULL,
    submitted_at     TIMESTAMP(3)  NOT NULL,
    updated_at       TIMESTAMP(3)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_exchange_application UNIQUE (offer_id, person_id),
    CONSTRAINT ck_exchange_application_status
        CHECK (status IN ('SUBMITTED', 'ENDORSED', 'DECLINED', 'MATCHED', 'REPORTED', 'WITHDRAWN')),
    CONSTRAINT ck_exchange_application_shared CHECK (shared_with IS NULL OR shared_with BETWEEN 0 AND 100000),
    CONSTRAINT fk_exchange_application_offer FOREIGN KEY (offer_id) REFERENCES exchange_offer (id),
    CONSTRAINT fk_exchange_application_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_exchange_application_country FOREIGN KEY (guest_country) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_exchange_application_offer ON exchange_application (offer_id, status);
CREATE INDEX ix_exchange_application_country ON exchange_application (guest_country, status);
CREATE INDEX ix_exchange_application_person ON exchange_application (person_id, submitted_at);
CREATE INDEX ix_exchange_application_agency ON exchange_application (guest_agency(100), status);

-- Long texts are TEXT: their lengths are checked by the services, and InnoDB rows stay under 64 KB.

-- Thematic workshops and webinars of the support network.
CREATE TABLE network_event (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(120)  NOT NULL,
    kind              VARCHAR(12)   NOT NULL COMMENT 'WORKSHOP or WEBINAR',
    title             VARCHAR(300)  NOT NULL,
    crime_priority_id BIGINT        NULL,
    starts_at         TIMESTAMP(3)  NOT NULL,
    ends_at           TIMESTAMP(3)  NOT NULL,
    place             VARCHAR(200)  NULL COMMENT 'a workshop''s venue; NULL online',
    link              VARCHAR(500)  NULL COMMENT 'a webinar''s address, shown to those registered',
    language          VARCHAR(8)    NOT NULL,
    capacity          SMALLINT      NOT NULL,
    agenda            TEXT NOT NULL,
    outcomes          TEXT NULL,
    organiser         VARCHAR(100)  NOT NULL,
    status            VARCHAR(12)   NOT NULL COMMENT 'SCHEDULED or CANCELLED',
    created_at        TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uq_network_event_code UNIQUE (code),
    CONSTRAINT ck_network_event_kind CHECK (kind IN ('WORKSHOP', 'WEBINAR')),
    CONSTRAINT ck_network_event_time CHECK (ends_at > starts_at),
    CONSTRAINT ck_network_event_capacity CHECK (capacity BETWEEN 1 AND 10000),
    CONSTRAINT fk_network_event_priority FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_network_event_start ON network_event (status, starts_at);

CREATE TABLE network_event_registration (
    event_id      BIGINT       NOT NULL,
    person_id     BIGINT       NOT NULL,
    registered_at TIMESTAMP(3) NOT NULL,
    attended      BOOLEAN      NULL,
    PRIMARY KEY (event_id, person_id),
    CONSTRAINT fk_network_event_registration_event FOREIGN KEY (event_id) REFERENCES network_event (id),
    CONSTRAINT fk_network_event_registration_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_network_event_registration_person ON network_event_registration (person_id);

CREATE TABLE network_event_material (
    id       BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id BIGINT       NOT NULL,
    title    VARCHAR(300) NOT NULL,
    url      VARCHAR(500) NOT NULL,
    added_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_network_event_material_event FOREIGN KEY (event_id) REFERENCES network_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_network_event_material_event ON network_event_material (event_id);
