-- Reference data of the catalogue: countries, EMPACT cycles and their crime priorities, the portfolio's own
-- priorities, activity types. Priorities change with each EMPACT cycle, so they are rows, never an enum.

CREATE TABLE country (
    code        CHAR(2)      NOT NULL PRIMARY KEY COMMENT 'ISO 3166-1 alpha-2',
    name        VARCHAR(100) NOT NULL COMMENT 'English name; pages show the name in the reader''s language',
    eap_partner BOOLEAN      NOT NULL DEFAULT FALSE,
    eu_member   BOOLEAN      NOT NULL DEFAULT FALSE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE empact_cycle (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(20)  NOT NULL,
    first_year        SMALLINT     NOT NULL,
    last_year         SMALLINT     NOT NULL,
    adopted_on        DATE         NOT NULL COMMENT 'date of the Council conclusions that set the priorities',
    threat_assessment VARCHAR(100) NOT NULL COMMENT 'the EU SOCTA the priorities are based on',
    CONSTRAINT uq_empact_cycle_code UNIQUE (code),
    CONSTRAINT ck_empact_cycle_years CHECK (last_year >= first_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_empact_cycle_years ON empact_cycle (first_year, last_year);

-- A crime priority is either an EU EMPACT priority of one cycle (cycle_id set) or one of the training
-- portfolio's own priorities (portfolio = TRUE, no cycle): the two lists need not match.
CREATE TABLE crime_priority (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(80) NOT NULL,
    cycle_id        BIGINT      NULL,
    portfolio       BOOLEAN     NOT NULL DEFAULT FALSE,
    horizontal_goal BOOLEAN     NOT NULL DEFAULT FALSE,
    position        SMALLINT    NOT NULL,
    CONSTRAINT uq_crime_priority_code UNIQUE (code),
    CONSTRAINT fk_crime_priority_cycle FOREIGN KEY (cycle_id) REFERENCES empact_cycle (id),
    CONSTRAINT ck_crime_priority_list CHECK ((portfolio AND cycle_id IS NULL) OR (NOT portfolio AND cycle_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_crime_priority_cycle ON crime_priority (cycle_id, position);
CREATE INDEX ix_crime_priority_portfolio ON crime_priority (portfolio, position);

CREATE TABLE crime_priority_translation (
    crime_priority_id BIGINT       NOT NULL,
    language          VARCHAR(8)   NOT NULL,
    name              VARCHAR(300) NOT NULL,
    PRIMARY KEY (crime_priority_id, language),
    CONSTRAINT fk_crime_priority_translation FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which EU priorities of a cycle a portfolio priority serves (organised property crime has none in 2026-2029).
CREATE TABLE crime_priority_link (
    portfolio_priority_id BIGINT NOT NULL,
    empact_priority_id    BIGINT NOT NULL,
    PRIMARY KEY (portfolio_priority_id, empact_priority_id),
    CONSTRAINT fk_crime_priority_link_portfolio FOREIGN KEY (portfolio_priority_id) REFERENCES crime_priority (id),
    CONSTRAINT fk_crime_priority_link_empact FOREIGN KEY (empact_priority_id) REFERENCES crime_priority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_crime_priority_link_empact ON crime_priority_link (empact_priority_id);

CREATE TABLE activity_type (
    code         VARCHAR(40) NOT NULL PRIMARY KEY,
    position     SMALLINT    NOT NULL,
    online       BOOLEAN     NOT NULL COMMENT 'delivered online (modules, webinars) rather than face to face',
    CONSTRAINT uq_activity_type_position UNIQUE (position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_type_translation (
    activity_type_code VARCHAR(40)  NOT NULL,
    language           VARCHAR(8)   NOT NULL,
    name               VARCHAR(200) NOT NULL,
    PRIMARY KEY (activity_type_code, language),
    CONSTRAINT fk_activity_type_translation FOREIGN KEY (activity_type_code) REFERENCES activity_type (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
