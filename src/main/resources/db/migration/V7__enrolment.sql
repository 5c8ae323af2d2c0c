-- Enrolment: the people who take part, who may apply to an offering, applications and nominations with their
-- append-only history, and in-app notifications.

-- Everyone who applies, is nominated or decides. An officer nominated without an account has no subject
-- until Keycloak gives them one; e-mail then identifies them, so one e-mail is one person.
CREATE TABLE person (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject      VARCHAR(64)  NULL COMMENT 'Keycloak subject (sub claim), once they have an account',
    username     VARCHAR(100) NULL COMMENT 'Keycloak username, once they have an account',
    email        VARCHAR(200) NULL,
    name         VARCHAR(200) NOT NULL,
    country_code CHAR(2)      NULL,
    agency       VARCHAR(200) NULL,
    position     VARCHAR(200) NULL,
    agency_type  VARCHAR(30)  NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    updated_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_person_subject UNIQUE (subject),
    CONSTRAINT uq_person_username UNIQUE (username),
    CONSTRAINT uq_person_email UNIQUE (email),
    CONSTRAINT fk_person_country FOREIGN KEY (country_code) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_person_country ON person (country_code, name);

-- Who may take part in an offering. Quotas: seats per country; an offering with quotas takes only those
-- countries. Without quotas, officers of every partner country may apply.
CREATE TABLE offering_quota (
    offering_id  BIGINT   NOT NULL,
    country_code CHAR(2)  NOT NULL,
    seats        SMALLINT NOT NULL,
    PRIMARY KEY (offering_id, country_code),
    CONSTRAINT fk_offering_quota_offering FOREIGN KEY (offering_id) REFERENCES offering (id) ON DELETE CASCADE,
    CONSTRAINT fk_offering_quota_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT ck_offering_quota_seats CHECK (seats BETWEEN 0 AND 1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE offering
    ADD COLUMN agency_types VARCHAR(200) NULL COMMENT 'comma-separated agency types that may apply; NULL: all',
    ADD COLUMN gate_deadline DATE NULL COMMENT 'online phase to complete by this day, or the seat is released';

-- Modules an applicant must have completed before applying (prerequisites).
CREATE TABLE offering_prerequisite (
    offering_id BIGINT      NOT NULL,
    module_code VARCHAR(80) NOT NULL,
    PRIMARY KEY (offering_id, module_code),
    CONSTRAINT fk_offering_prerequisite_offering FOREIGN KEY (offering_id) REFERENCES offering (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Completion of online modules, as the learning feature will record it; enrolment reads it through
-- CompletionRecords for prerequisites and the online-phase gate.
CREATE TABLE module_completion (
    person_id    BIGINT       NOT NULL,
    module_code  VARCHAR(80)  NOT NULL,
    completed_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (person_id, module_code),
    CONSTRAINT fk_module_completion_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    offering_id      BIGINT        NOT NULL,
    person_id        BIGINT        NOT NULL,
    country_code     CHAR(2)       NULL COMMENT 'the person''s country when they applied: quotas count it',
    kind             VARCHAR(20)   NOT NULL COMMENT 'APPLICATION (by the officer) or NOMINATION (by a coordinator)',
    status           VARCHAR(20)   NOT NULL,
    motivation       VARCHAR(2000) NULL,
    nominated_by     BIGINT        NULL,
    submitted_at     TIMESTAMP(3)  NOT NULL,
    waiting_since    TIMESTAMP(3)  NULL COMMENT 'place on the waiting list: earliest first',
    offer_expires_at TIMESTAMP(3)  NULL COMMENT 'a seat offered from the waiting list lapses then',
    reason           VARCHAR(1000) NULL COMMENT 'why it was rejected, declined or released; the applicant reads it',
    updated_at       TIMESTAMP(3)  NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT uq_application_offering_person UNIQUE (offering_id, person_id),
    CONSTRAINT fk_application_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_application_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_application_nominated_by FOREIGN KEY (nominated_by) REFERENCES person (id),
    CONSTRAINT fk_application_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT ck_application_kind CHECK (kind IN ('APPLICATION', 'NOMINATION')),
    CONSTRAINT ck_application_status CHECK (status IN ('SUBMITTED', 'ENDORSED', 'DECLINED', 'APPROVED', 'WAITING',
        'OFFERED', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'RELEASED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The queue (offering, status), seat counting per country, the waiting list in order, a person's own list,
-- a country's list, lapsing offers.
CREATE INDEX ix_application_offering_status ON application (offering_id, status, country_code);
CREATE INDEX ix_application_waiting ON application (offering_id, status, waiting_since, id);
CREATE INDEX ix_application_person ON application (person_id, submitted_at);
CREATE INDEX ix_application_country ON application (country_code, status, submitted_at);
CREATE INDEX ix_application_status_submitted ON application (status, submitted_at);
CREATE INDEX ix_application_offer_expiry ON application (status, offer_expires_at);

-- Append-only: rows are inserted, never updated or deleted (the application feature has no such statement).
CREATE TABLE application_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    application_id BIGINT        NOT NULL,
    at             TIMESTAMP(3)  NOT NULL,
    actor          VARCHAR(100)  NOT NULL COMMENT 'username, or system for scheduled jobs',
    from_status    VARCHAR(20)   NULL,
    to_status      VARCHAR(20)   NOT NULL,
    reason         VARCHAR(1000) NULL,
    CONSTRAINT fk_application_event_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_application_event_application ON application_event (application_id, at, id);

-- In-app notifications, written in the recipient's language when they are created.
CREATE TABLE notification (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT        NOT NULL,
    application_id BIGINT        NULL,
    kind           VARCHAR(30)   NOT NULL,
    language       VARCHAR(8)    NOT NULL,
    subject        VARCHAR(300)  NOT NULL,
    body           VARCHAR(2000) NOT NULL,
    created_at     TIMESTAMP(3)  NOT NULL,
    read_at        TIMESTAMP(3)  NULL,
    CONSTRAINT fk_notification_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_notification_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_person ON notification (person_id, created_at);
