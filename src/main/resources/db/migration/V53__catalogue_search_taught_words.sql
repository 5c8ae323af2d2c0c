-- Catalogue search over what is taught (issue 16): the words of the lessons and the learning outcomes, in every
-- language they are written in, and the names of the curricula's crime priorities in all seven languages (the only
-- Georgian, Armenian and Azerbaijani text a curriculum may have). Titles, bodies and outcomes are JSON per language,
-- which a FULLTEXT index cannot read: each table gets its words in a stored column the database derives itself,
-- with the markup, JSON escapes and HTML entities turned into spaces, so no writer can forget to fill it and rows
-- imported before this migration have it too.
ALTER TABLE lesson
    ADD COLUMN search_text LONGTEXT
        AS (REGEXP_REPLACE(CONCAT_WS(' ', title, body_html), '<[^>]*>|\\\\[nrt"/]|&[#a-zA-Z0-9]+;', ' ')) PERSISTENT
        COMMENT 'the lesson''s title and text in every language, for full-text search';
CREATE FULLTEXT INDEX ft_lesson_search ON lesson (search_text);

ALTER TABLE learning_outcome
    ADD COLUMN search_text TEXT
        AS (REGEXP_REPLACE(text, '\\\\[nrt"/]', ' ')) PERSISTENT
        COMMENT 'the outcome in every language, for full-text search';
CREATE FULLTEXT INDEX ft_learning_outcome_search ON learning_outcome (search_text);

CREATE FULLTEXT INDEX ft_crime_priority_translation_name ON crime_priority_translation (name);
