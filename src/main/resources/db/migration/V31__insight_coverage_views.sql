-- Insight I (issue 13): reporting views that insight owns over the other features' records, so that coverage
-- reads them in one aggregate query each and never writes them.

-- The courses whose learning outcomes address a capability (by capability code, as the content declares it).
CREATE VIEW insight_capability_course AS
SELECT DISTINCT lc.capability_code, k.id AS course_id, k.code AS course_code, cu.code AS curriculum_code
FROM learning_outcome_capability lc
JOIN course_outcome co ON co.outcome_id = lc.outcome_id
JOIN course k ON k.id = co.course_id
JOIN curriculum cu ON cu.id = k.curriculum_id;

-- Every completion of such a course, with the country of the officer who completed it.
CREATE VIEW insight_capability_completion AS
SELECT lc.capability_code, p.country_code, cc.person_id, cc.course_id, cc.completed_on
FROM learning_outcome_capability lc
JOIN course_outcome co ON co.outcome_id = lc.outcome_id
JOIN course_completion cc ON cc.course_id = co.course_id
JOIN person p ON p.id = cc.person_id;
