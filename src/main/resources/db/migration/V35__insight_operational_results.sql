-- Insight II (issue 14), evaluation level 4: operational results linked to the officers who took part. Coordinators
-- record their country's results (validated as they record them); officers propose their own, which wait for their
-- coordinator's validation or rejection. Every edit and decision stays in the result's audit trail. The figures
-- (insight.results.ResultFigures) read validated results against the officers' course completions.

CREATE TABLE operational_result (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind               VARCHAR(30)   NOT NULL COMMENT 'OPERATIONAL_ACTION, JOINT_ACTION_DAY, JOINT_INVESTIGATION_TEAM, CROSS_BORDER_CASE, ASSETS, ARRESTS',
    occurred_on        DATE          NOT NULL COMMENT 'the day of the action, arrest or seizure; the day a team or case began',
    country_code       CHAR(2)       NOT NULL,
    crime_priority_id  BIGINT        NOT NULL COMMENT 'a portfolio priority',
    empact_priority_id BIGINT        NULL COMMENT 'the EMPACT priority whose Operational Action Plan holds the action',
    oap_action_code    VARCHAR(20)   NULL COMMENT 'the action''s code in that plan, for example OA 2.3',
    description        VARCHAR(500)  NOT NULL,
    evidence_reference VARCHAR(200)  NOT NULL COMMENT 'a case number or report reference, never the evidence itself',
    quantity           INT           NULL COMMENT 'the count of arrests or of cases opened (COUNT is an SQL function)',
    amount_eur         DECIMAL(15,2) NULL COMMENT 'assets frozen or seized, in euros, when known',
    restricted         BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'listed only to course managers and the country''s coordinators (and the officers involved, in part)',
    status             VARCHAR(12)   NOT NULL DEFAULT 'PROPOSED' COMMENT 'PROPOSED, VALIDATED, REJECTED',
    recorded_by        BIGINT        NOT NULL,
    recorded_at        TIMESTAMP(3)  NOT NULL,
    decided_by         BIGINT        NULL COMMENT 'who validated or rejected it',
    decided_at         TIMESTAMP(3)  NULL,
    rejection_reason   VARCHAR(1000) NULL,
    updated_at         TIMESTAMP(3)  NOT NULL,
    revision           INT           NOT NULL DEFAULT 0,
    CONSTRAINT ck_operational_result_kind CHECK (kind IN ('OPERATIONAL_ACTION', 'JOINT_ACTION_DAY',
        'JOINT_INVESTIGATION_TEAM', 'CROSS_BORDER_CASE', 'ASSETS', 'ARRESTS')),
    CONSTRAINT ck_operational_result_status CHECK (status IN ('PROPOSED', 'VALIDATED', 'REJECTED')),
    CONSTRAINT ck_operational_result_day CHECK (occurred_on >= '2000-01-01'),
    CONSTRAINT ck_operational_result_quantity CHECK (quantity IS NULL OR quantity >= 0),
    CONSTRAINT ck_operational_result_amount CHECK (amount_eur IS NULL OR amount_eur >= 0),
    CONSTRAINT ck_operational_result_action CHECK (kind <> 'OPERATIONAL_ACTION'
        OR (oap_action_code IS NOT NULL AND empact_priority_id IS NOT NULL)),
    CONSTRAINT fk_operational_result_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_operational_result_priority FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id),
    CONSTRAINT fk_operational_result_empact FOREIGN KEY (empact_priority_id) REFERENCES crime_priority (id),
    CONSTRAINT fk_operational_result_recorded_by FOREIGN KEY (recorded_by) REFERENCES person (id),
    CONSTRAINT fk_operational_result_decided_by FOREIGN KEY (decided_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The lists, newest day first, paged by (occurred_on, id): every country (managers), one country (coordinators),
-- and each filter a page offers.
CREATE INDEX ix_operational_result_day ON operational_result (occurred_on, id);
CREATE INDEX ix_operational_result_country ON operational_result (country_code, occurred_on, id);
CREATE INDEX ix_operational_result_priority ON operational_result (crime_priority_id, occurred_on, id);
CREATE INDEX ix_operational_result_kind ON operational_result (kind, occurred_on, id);
-- The coordinator's queue of proposals, and the figures: validated results per country, priority and kind, and a
-- country's first validated day (where its data begins).
CREATE INDEX ix_operational_result_state ON operational_result (status, country_code, occurred_on);
CREATE INDEX ix_operational_result_figures ON operational_result (status, country_code, crime_priority_id, kind);
CREATE INDEX ix_operational_result_empact ON operational_result (empact_priority_id);
CREATE INDEX ix_operational_result_recorded_by ON operational_result (recorded_by);
CREATE INDEX ix_operational_result_decided_by ON operational_result (decided_by);

-- The officers who took part: persons of the result's country.
CREATE TABLE operational_result_officer (
    result_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (result_id, person_id),
    CONSTRAINT fk_operational_result_officer_result FOREIGN KEY (result_id) REFERENCES operational_result (id),
    CONSTRAINT fk_operational_result_officer_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An officer's own results ("My results"), and each trained officer's results in the figures.
CREATE INDEX ix_operational_result_officer_person ON operational_result_officer (person_id, result_id);

-- The audit trail: who recorded, edited, validated or rejected a result, when, why, and for an edit what changed.
CREATE TABLE operational_result_change (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    result_id BIGINT        NOT NULL,
    action    VARCHAR(12)   NOT NULL COMMENT 'RECORDED, EDITED, VALIDATED, REJECTED',
    reason    VARCHAR(1000) NULL,
    changes   JSON          NULL COMMENT 'an edit: {field: {before, after}}; officers as person ids',
    by_person BIGINT        NOT NULL,
    at        TIMESTAMP(3)  NOT NULL,
    CONSTRAINT ck_operational_result_change_action CHECK (action IN ('RECORDED', 'EDITED', 'VALIDATED', 'REJECTED')),
    CONSTRAINT fk_operational_result_change_result FOREIGN KEY (result_id) REFERENCES operational_result (id),
    CONSTRAINT fk_operational_result_change_person FOREIGN KEY (by_person) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_operational_result_change_result ON operational_result_change (result_id, at, id);
CREATE INDEX ix_operational_result_change_person ON operational_result_change (by_person);

-- Trained officers per portfolio priority: the first day each person completed a course of a curriculum of that
-- priority (course completions of the learning feature, through the catalogue's curricula). Insight reads it and
-- never writes it; MariaDB pushes a query's conditions on country and priority down into the grouping.
CREATE VIEW insight_priority_training AS
SELECT cc.person_id, p.country_code, cp.crime_priority_id, MIN(cc.completed_on) AS first_completed_on
FROM course_completion cc
JOIN person p ON p.id = cc.person_id
JOIN course k ON k.id = cc.course_id
JOIN curriculum_priority cp ON cp.curriculum_id = k.curriculum_id
JOIN crime_priority cr ON cr.id = cp.crime_priority_id AND cr.portfolio
WHERE p.country_code IS NOT NULL
GROUP BY cc.person_id, p.country_code, cp.crime_priority_id;
