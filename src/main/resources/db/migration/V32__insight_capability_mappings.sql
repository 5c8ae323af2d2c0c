-- Insight II: coverage in depth. Which proficiency level an outcome trains to, mappings course managers add in
-- the app next to the content's, and reporting views over offerings, applications, certificates, trainers and
-- multiplication courses so that coverage reads every figure in one aggregate query each.

-- The proficiency level the content says an outcome trains to (curriculum.yaml "DT-PREC@practitioner"), a level
-- code of the rounds' proficiency scales; NULL when the content names none.
ALTER TABLE learning_outcome_capability
    ADD COLUMN level_code VARCHAR(40) NULL COMMENT 'proficiency level code the outcome trains to; NULL: none named';

-- A course manager's mapping of an outcome or a whole course to a capability code, with a reason. Removing one
-- keeps the row (removed_by, removed_at, removal_reason) so that the audit shows who mapped and unmapped what;
-- only mappings not removed count. One live mapping per target and capability code (level included or not).
-- A mapping goes with its outcome or course when the content removes that (the content is the source of both).
CREATE TABLE capability_mapping (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    outcome_id      BIGINT        NULL COMMENT 'the learning outcome mapped, or NULL when a whole course is',
    course_id       BIGINT        NULL COMMENT 'the course mapped, or NULL when an outcome is',
    capability_code VARCHAR(40)   NOT NULL,
    level_code      VARCHAR(40)   NULL COMMENT 'proficiency level code it trains to; NULL: none named',
    reason          VARCHAR(1000) NOT NULL,
    added_by        BIGINT        NOT NULL,
    added_at        TIMESTAMP(3)  NOT NULL,
    removed_by      BIGINT        NULL,
    removed_at      TIMESTAMP(3)  NULL,
    removal_reason  VARCHAR(1000) NULL,
    target          VARCHAR(24)   AS (IF(outcome_id IS NOT NULL, CONCAT('o', outcome_id), CONCAT('c', course_id)))
                                  PERSISTENT COMMENT 'o<outcome id> or c<course id>, for the uniqueness below',
    live            TINYINT       AS (IF(removed_at IS NULL, 1, NULL)) PERSISTENT COMMENT '1 until removed',
    CONSTRAINT uq_capability_mapping_live UNIQUE (target, capability_code, live),
    CONSTRAINT ck_capability_mapping_target CHECK ((outcome_id IS NULL) <> (course_id IS NULL)),
    CONSTRAINT fk_capability_mapping_outcome FOREIGN KEY (outcome_id) REFERENCES learning_outcome (id) ON DELETE CASCADE,
    CONSTRAINT fk_capability_mapping_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
    CONSTRAINT fk_capability_mapping_added_by FOREIGN KEY (added_by) REFERENCES person (id),
    CONSTRAINT fk_capability_mapping_removed_by FOREIGN KEY (removed_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_capability_mapping_code ON capability_mapping (capability_code, removed_at);

-- Every live mapping of a course to a capability, from the content (through the course's outcomes) and from
-- course managers (an outcome's courses, or a course itself).
CREATE OR REPLACE VIEW insight_capability_mapping AS
SELECT lc.capability_code, lc.level_code, co.course_id, lc.outcome_id, 'CONTENT' AS source, CAST(NULL AS SIGNED) AS mapping_id
FROM learning_outcome_capability lc
JOIN course_outcome co ON co.outcome_id = lc.outcome_id
UNION ALL
SELECT m.capability_code, m.level_code, co.course_id, m.outcome_id, 'MANAGER', m.id
FROM capability_mapping m
JOIN course_outcome co ON co.outcome_id = m.outcome_id
WHERE m.removed_at IS NULL
UNION ALL
SELECT m.capability_code, m.level_code, m.course_id, NULL, 'MANAGER', m.id
FROM capability_mapping m
WHERE m.course_id IS NOT NULL AND m.removed_at IS NULL;

-- The courses that address a capability, once per level they train it to (level_code NULL: none named).
CREATE OR REPLACE VIEW insight_capability_course AS
SELECT DISTINCT x.capability_code, x.level_code, k.id AS course_id, k.code AS course_code,
       cu.code AS curriculum_code, k.title AS course_title
FROM insight_capability_mapping x
JOIN course k ON k.id = x.course_id
JOIN curriculum cu ON cu.id = k.curriculum_id;

-- Every completion of such a course, once per level, with the officer's country and the offering (NULL: online).
CREATE OR REPLACE VIEW insight_capability_completion AS
SELECT DISTINCT x.capability_code, x.level_code, p.country_code, cc.person_id, cc.course_id, cc.completed_on,
       cc.id AS completion_id, cc.offering_id, p.name AS person_name, k.code AS course_code, o.code AS offering_code
FROM insight_capability_mapping x
JOIN course_completion cc ON cc.course_id = x.course_id
JOIN person p ON p.id = cc.person_id
JOIN course k ON k.id = cc.course_id
LEFT JOIN offering o ON o.id = cc.offering_id;

-- The seats an offering gives each country.
CREATE OR REPLACE VIEW insight_offering_seats AS
SELECT o.id AS offering_id, o.code AS offering_code, o.course_id, o.status, o.starts_on, o.ends_on, o.online,
       o.country_code AS venue_country, q.country_code, q.seats
FROM offering o
JOIN offering_quota q ON q.offering_id = o.id;

-- The approved applications to an offering, with the applicant's country when they applied.
CREATE OR REPLACE VIEW insight_offering_approved AS
SELECT o.id AS offering_id, o.code AS offering_code, o.course_id, o.status AS offering_status, o.starts_on,
       o.ends_on, o.online, o.country_code AS venue_country, a.country_code, a.person_id
FROM application a
JOIN offering o ON o.id = a.offering_id
WHERE a.status = 'APPROVED';

-- Course certificates not revoked, by course, with the holder's country.
CREATE OR REPLACE VIEW insight_valid_certificate AS
SELECT c.id AS certificate_id, c.person_id, p.country_code, k.id AS course_id, c.completed_on
FROM certificate c
JOIN person p ON p.id = c.person_id
JOIN course k ON k.code = c.course_code
WHERE c.kind = 'COURSE' AND c.revoked_at IS NULL;

-- Trainer certifications not withdrawn, with the trainer's country (expiry is checked against the day asked).
CREATE OR REPLACE VIEW insight_trainer_certification AS
SELECT t.person_id, p.country_code, t.crime_priority_id, t.certified_on, t.expires_on
FROM trainer_certification t
JOIN person p ON p.id = t.person_id
WHERE t.withdrawn_at IS NULL;

-- Officers who attended a multiplication course whose report the coordinator validated: the cascade's own rule
-- (trainers.CascadeService, the dashboards), so that a gap's figure and the cascade never disagree.
CREATE OR REPLACE VIEW insight_multiplication_reach AS
SELECT m.id AS multiplication_id, m.course_id, m.country_code, m.starts_on, mp.id AS participant_id, mp.person_id
FROM multiplication_course m
JOIN multiplication_participant mp ON mp.course_id = m.id
WHERE m.status = 'VALIDATED' AND mp.attended = TRUE;
