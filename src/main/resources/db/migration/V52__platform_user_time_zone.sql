-- A person's own time zone (issue 16); null keeps the zone of their country. A person may choose a zone without
-- ever choosing a language, so the language becomes optional too.
ALTER TABLE user_preference
    ADD COLUMN time_zone VARCHAR(64) NULL,
    MODIFY language VARCHAR(8) NULL;
