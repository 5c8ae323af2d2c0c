-- Evaluation (issue 14), reports: the question of each instrument version that feeds a figure, as rows, so that the
-- four-level reports and the dashboards' facts compute the reaction score and the "applied" share in SQL, grouped
-- per offering, course, country and priority, without reading every instrument's JSON for every answer.
-- The content importer writes them with each version it publishes (content.SurveyInstruments); the rows of the
-- versions published before this migration are read here from their JSON once.
CREATE TABLE survey_instrument_measure (
    instrument_version_id BIGINT      NOT NULL,
    question_code         VARCHAR(80) NOT NULL,
    option_code           VARCHAR(80) NOT NULL DEFAULT '' COMMENT '''''  for a scored question; an applied question has a row per option',
    measure               VARCHAR(20) NOT NULL COMMENT 'reaction or applied',
    lowest                INT         NULL COMMENT 'a reaction question''s lowest answer (0 for a rating, 1 for Likert): scores 0',
    highest               INT         NULL COMMENT 'its highest (10, or the Likert scale''s length): scores 100',
    applied               BOOLEAN     NULL COMMENT 'an applied question''s option: does choosing it count as applying the learning',
    PRIMARY KEY (instrument_version_id, question_code, option_code),
    CONSTRAINT ck_survey_instrument_measure CHECK (measure IN ('reaction', 'applied')),
    CONSTRAINT ck_survey_instrument_measure_scale CHECK (measure <> 'reaction' OR highest > lowest),
    CONSTRAINT fk_survey_instrument_measure_version FOREIGN KEY (instrument_version_id)
        REFERENCES survey_instrument_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO survey_instrument_measure (instrument_version_id, question_code, option_code, measure, lowest, highest,
                                       applied)
SELECT v.id, j.code, '', 'reaction', IF(j.type = 'rating', 0, 1), IF(j.type = 'rating', 10, MAX(j.point)), NULL
FROM survey_instrument_version v,
     JSON_TABLE(v.definition, '$.sections[*].questions[*]' COLUMNS (
         code VARCHAR(80) PATH '$.code',
         type VARCHAR(20) PATH '$.type',
         measure VARCHAR(20) PATH '$.measure',
         NESTED PATH '$.points[*]' COLUMNS (point FOR ORDINALITY))) j
WHERE j.measure = 'reaction'
GROUP BY v.id, j.code, j.type;

INSERT INTO survey_instrument_measure (instrument_version_id, question_code, option_code, measure, lowest, highest,
                                       applied)
SELECT v.id, j.code, j.option_code, 'applied', NULL, NULL, j.applied = 'true'
FROM survey_instrument_version v,
     JSON_TABLE(v.definition, '$.sections[*].questions[*]' COLUMNS (
         code VARCHAR(80) PATH '$.code',
         measure VARCHAR(20) PATH '$.measure',
         NESTED PATH '$.options[*]' COLUMNS (
             option_code VARCHAR(80) PATH '$.code',
             applied VARCHAR(5) PATH '$.applied'))) j
WHERE j.measure = 'applied' AND j.option_code IS NOT NULL;

-- The survey of a subject (a multiplication course's reaction survey on its page, ReactionSummaries).
CREATE INDEX ix_survey_subject ON survey (subject_kind, subject_id);
