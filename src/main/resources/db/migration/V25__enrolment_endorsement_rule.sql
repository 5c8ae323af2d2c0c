-- The endorsement rule: an officer's own application from a country with a national coordinator is decided by a
-- course manager only once that coordinator has endorsed it. Whether it holds is settled when the application is
-- received and kept with it. Applications received before the rule keep the one they were decided under: none.
ALTER TABLE application ADD COLUMN endorsement_required BOOLEAN NOT NULL DEFAULT FALSE
    COMMENT 'the coordinator of the applicant''s country must endorse it before a course manager decides';
