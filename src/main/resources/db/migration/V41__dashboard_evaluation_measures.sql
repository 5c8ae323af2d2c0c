-- Evaluation (issue 14) on the dashboards (issue 13): the reaction score (level 1), the face-to-face knowledge test
-- gain (level 2) and the follow-up "applied" share (level 3) per country, portfolio priority, year and quarter,
-- rebuilt with the other facts by DashboardFacts.
--
-- A survey response counts once in each portfolio priority of its course (or of its exchange offer or network
-- event), like every other fact. So that a figure over several priorities still counts a respondent once, each
-- response also carries a weight of 1 / (its number of portfolio priorities): summed over every priority of the
-- response, the weights make 1. DashboardService reads the weights whenever a figure spans several priorities, and
-- hides survey figures of fewer than lms.evaluation.smallest-cell respondents.
ALTER TABLE insight_dashboard_fact
    ADD COLUMN reaction_responses       INT            NOT NULL DEFAULT 0
        COMMENT 'reaction survey responses answering the scored question, by the date they were submitted',
    ADD COLUMN reaction_points          DECIMAL(16, 4) NOT NULL DEFAULT 0
        COMMENT 'sum of their scores, each 0 to 100',
    ADD COLUMN reaction_weight          DECIMAL(20, 10) NOT NULL DEFAULT 0
        COMMENT 'sum of 1 / the response''s number of portfolio priorities',
    ADD COLUMN reaction_weighted_points DECIMAL(24, 10) NOT NULL DEFAULT 0
        COMMENT 'sum of score / the response''s number of portfolio priorities',
    ADD COLUMN applied_respondents      INT            NOT NULL DEFAULT 0
        COMMENT 'follow-up responses answering the applied question',
    ADD COLUMN applied_yes              INT            NOT NULL DEFAULT 0
        COMMENT 'of those, the ones whose answer counts as applying the learning',
    ADD COLUMN applied_weight           DECIMAL(20, 10) NOT NULL DEFAULT 0
        COMMENT 'sum of 1 / the response''s number of portfolio priorities',
    ADD COLUMN applied_weighted_yes     DECIMAL(20, 10) NOT NULL DEFAULT 0
        COMMENT 'the same, over the responses that applied',
    ADD COLUMN test_pairs               INT            NOT NULL DEFAULT 0
        COMMENT 'face-to-face knowledge test pairs that count (KnowledgeTests), by the post-test''s submission',
    ADD COLUMN test_gain_points         DECIMAL(14, 2) NOT NULL DEFAULT 0
        COMMENT 'sum of post-test minus pre-test, in percentage points';

-- No index is added: the reaction and applied statements start from the few rows of survey_instrument_measure, reach
-- the surveys through fk_survey_instrument, their measured answers only through ix_survey_answer_survey (survey_id,
-- question_code) and the responses by their key; the knowledge test pairs reach the post-test through
-- uq_knowledge_test_attempt (offering_id, person_id, phase). Checked with EXPLAIN on the test database.
