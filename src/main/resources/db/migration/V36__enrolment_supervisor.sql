-- Evaluation at level 3 (behaviour, issue 14): the participant's supervisor is named when applying or nominating,
-- so that they can be asked 3 and 6 months after the training whether the learning is applied. A third party's
-- personal data kept with the applicant's application: exported and erased with the applicant, and blanked when
-- the supervisor is a person of the LMS who is erased (enrolment.EnrolmentPersonalData). Either no supervisor at
-- all, or a name, an e-mail and the language to write to them in; the position is optional.
ALTER TABLE application
    ADD COLUMN supervisor_name VARCHAR(200) NULL COMMENT 'the participant''s supervisor, for the follow-up',
    ADD COLUMN supervisor_email VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL
        COMMENT 'normalised as person.email (NFC, lower case), and compared the same way: in binary',
    ADD COLUMN supervisor_position VARCHAR(200) NULL,
    ADD COLUMN supervisor_language VARCHAR(8) NULL
        COMMENT 'interface language the supervisor is written to; the applicant''s when none was chosen',
    ADD CONSTRAINT ck_application_supervisor CHECK (
        (supervisor_name IS NULL AND supervisor_email IS NULL AND supervisor_position IS NULL
            AND supervisor_language IS NULL)
        OR (supervisor_name IS NOT NULL AND supervisor_email IS NOT NULL AND supervisor_language IS NOT NULL)),
    ADD CONSTRAINT ck_application_supervisor_language
        CHECK (supervisor_language IN ('en', 'ru', 'uk', 'ka', 'hy', 'az', 'ro'));

-- Erasing a person blanks the supervisor wherever they are named as one: found by the address, not by a scan.
CREATE INDEX ix_application_supervisor_email ON application (supervisor_email);

-- The history says when the supervisor was named, changed or removed, and by whom; it copies none of their details
-- (the application holds the current ones). The status stays as it was: from_status = to_status.
ALTER TABLE application_event
    ADD COLUMN change_kind VARCHAR(30) NULL COMMENT 'what changed when the status did not; NULL: a change of status',
    ADD CONSTRAINT ck_application_event_change
        CHECK (change_kind IN ('SUPERVISOR_NAMED', 'SUPERVISOR_CHANGED', 'SUPERVISOR_REMOVED'));
