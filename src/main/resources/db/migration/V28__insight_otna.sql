-- Insight I (issue 13), first step: OTNA rounds, the capabilities they ask about, the questionnaire answers
-- imported from agencies' files, and the capability gaps consolidated from them.
--
-- Scales (proficiency, urgency) and target groups differ between rounds: they are data of the round (ordered
-- JSON lists of {code, labels}), never an enum. The LMS keeps no personal data of respondents: a questionnaire
-- row carries the questionnaire tool's respondent reference, not a name.

CREATE TABLE otna_round (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL,
    year              SMALLINT     NOT NULL,
    title             JSON         NOT NULL COMMENT 'language code to title',
    status            VARCHAR(20)  NOT NULL COMMENT 'COLLECTING, CONSOLIDATED, VALIDATED, CLOSED',
    proficiency_scale JSON         NOT NULL COMMENT 'ordered [{code, labels}], lowest level first',
    urgency_scale     JSON         NOT NULL COMMENT 'ordered [{code, labels}], least urgent first',
    target_groups     JSON         NOT NULL COMMENT '[{code, labels}]',
    fictitious        BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'demo data, marked as such wherever shown',
    created_by        BIGINT       NULL COMMENT 'person who defined the round',
    created_at        TIMESTAMP(3) NOT NULL,
    updated_at        TIMESTAMP(3) NOT NULL,
    revision          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_otna_round_code UNIQUE (code),
    CONSTRAINT fk_otna_round_created_by FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE otna_round_priority (
    round_id          BIGINT NOT NULL,
    crime_priority_id BIGINT NOT NULL,
    PRIMARY KEY (round_id, crime_priority_id),
    CONSTRAINT fk_otna_round_priority_round FOREIGN KEY (round_id) REFERENCES otna_round (id),
    CONSTRAINT fk_otna_round_priority_priority FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE otna_round_country (
    round_id     BIGINT  NOT NULL,
    country_code CHAR(2) NOT NULL,
    PRIMARY KEY (round_id, country_code),
    CONSTRAINT fk_otna_round_country_round FOREIGN KEY (round_id) REFERENCES otna_round (id),
    CONSTRAINT fk_otna_round_country_country FOREIGN KEY (country_code) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE capability (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id          BIGINT      NOT NULL,
    code              VARCHAR(40) NOT NULL,
    crime_priority_id BIGINT      NOT NULL,
    position          SMALLINT    NOT NULL,
    title             JSON        NOT NULL,
    description       JSON        NOT NULL,
    target_groups     JSON        NOT NULL COMMENT 'codes of the round''s target groups it concerns',
    CONSTRAINT uq_capability_code UNIQUE (round_id, code),
    CONSTRAINT fk_capability_round FOREIGN KEY (round_id) REFERENCES otna_round (id),
    CONSTRAINT fk_capability_priority FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_capability_priority ON capability (crime_priority_id);

-- One uploaded questionnaire file: refused (with every problem as file:row:column) or imported whole.
CREATE TABLE otna_import (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    sha256      CHAR(64)     NOT NULL COMMENT 'of the file''s bytes: the same file again changes nothing',
    status      VARCHAR(20)  NOT NULL COMMENT 'REFUSED, IMPORTED, UNCHANGED',
    data_rows   INT          NOT NULL,
    problems    JSON         NOT NULL COMMENT '["file:row:column: what is wrong", ...]',
    agencies    JSON         NOT NULL COMMENT '[{country, agency}] whose answers the file replaced',
    imported_by BIGINT       NULL,
    created_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_otna_import_round FOREIGN KEY (round_id) REFERENCES otna_round (id),
    CONSTRAINT fk_otna_import_person FOREIGN KEY (imported_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_otna_import_round ON otna_import (round_id, created_at);
CREATE INDEX ix_otna_import_hash ON otna_import (round_id, sha256, status);
CREATE INDEX ix_otna_import_person ON otna_import (imported_by);

-- An answer: one respondent about one capability for one target group. An agency's answers are replaced as a
-- whole by its next file.
CREATE TABLE otna_answer (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT       NOT NULL,
    import_id     BIGINT       NOT NULL,
    country_code  CHAR(2)      NOT NULL,
    agency        VARCHAR(200) NOT NULL,
    respondent    VARCHAR(40)  NOT NULL COMMENT 'the questionnaire tool''s reference, not a name',
    capability_id BIGINT       NOT NULL,
    target_group  VARCHAR(40)  NOT NULL,
    relevance     TINYINT      NOT NULL COMMENT '1 (not relevant) to 5 (essential)',
    urgency       VARCHAR(40)  NOT NULL COMMENT 'a code of the round''s urgency scale',
    officers      JSON         NOT NULL COMMENT 'proficiency level code to officers to train',
    source_row    INT          NOT NULL COMMENT 'row of the file, for tracing a figure to its source',
    CONSTRAINT uq_otna_answer UNIQUE (round_id, country_code, agency, respondent, capability_id, target_group),
    CONSTRAINT fk_otna_answer_round FOREIGN KEY (round_id) REFERENCES otna_round (id),
    CONSTRAINT fk_otna_answer_import FOREIGN KEY (import_id) REFERENCES otna_import (id),
    CONSTRAINT fk_otna_answer_capability FOREIGN KEY (capability_id) REFERENCES capability (id),
    CONSTRAINT fk_otna_answer_country FOREIGN KEY (country_code) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_otna_answer_import ON otna_answer (import_id);
CREATE INDEX ix_otna_answer_capability ON otna_answer (capability_id);

-- A capability gap: a country's need for one capability and target group, consolidated from a round's answers
-- (or raised outside a round as an emerging need), then validated, changed with a reason, or discarded.
CREATE TABLE capability_gap (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT       NOT NULL,
    country_code  CHAR(2)      NOT NULL,
    capability_id BIGINT       NOT NULL,
    target_group  VARCHAR(40)  NOT NULL,
    officers      JSON         NOT NULL COMMENT 'proficiency level code to officers to train',
    urgency       VARCHAR(40)  NOT NULL,
    relevance     DECIMAL(3,1) NOT NULL,
    respondents   INT          NOT NULL,
    agencies      INT          NOT NULL,
    status        VARCHAR(20)  NOT NULL COMMENT 'PROPOSED, VALIDATED, DISCARDED',
    origin        VARCHAR(20)  NOT NULL COMMENT 'ROUND (consolidated) or EMERGING (raised outside the questionnaire)',
    consolidated_at TIMESTAMP(3) NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL,
    revision      INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_capability_gap UNIQUE (round_id, country_code, capability_id, target_group),
    CONSTRAINT fk_capability_gap_round FOREIGN KEY (round_id) REFERENCES otna_round (id),
    CONSTRAINT fk_capability_gap_capability FOREIGN KEY (capability_id) REFERENCES capability (id),
    CONSTRAINT fk_capability_gap_country FOREIGN KEY (country_code) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_capability_gap_country ON capability_gap (country_code, status);
CREATE INDEX ix_capability_gap_capability ON capability_gap (capability_id);
