-- Evaluation (issue 14), level 3: a follow-up invitation still unanswered after its reminders is reported to the
-- country's national coordinator once; escalated_at records that it was.
ALTER TABLE survey_invitation
    ADD COLUMN escalated_at TIMESTAMP(3) NULL COMMENT 'when the country''s coordinator was told it is unanswered';

CREATE INDEX ix_survey_invitation_escalation ON survey_invitation (escalated_at, answered_on, closes_at);
