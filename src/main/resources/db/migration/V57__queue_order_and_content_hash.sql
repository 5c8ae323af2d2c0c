-- The course managers' queue is read oldest first in keyset pages (EnrolmentQueue): each index below lets a page
-- start where the last stopped and read no row it does not show. With a status and a country the order comes from
-- ix_application_country (country_code, status, submitted_at); with a status alone from
-- ix_application_status_submitted; InnoDB appends the id to every secondary index, the order's tie-break.
-- One offering's applications in a status, by submission (the queue filtered on an offering).
CREATE INDEX ix_application_offering_submitted ON application (offering_id, status, submitted_at);
-- Every application by submission (the queue of any status, from the API without a status).
CREATE INDEX ix_application_submitted ON application (submitted_at);

-- What the content directory was (SHA-256 of its files' paths and bytes) when an import at start-up read it: a
-- node that starts with the same content imports nothing (ContentStartup).
ALTER TABLE content_import ADD COLUMN content_hash VARCHAR(64) NULL;
