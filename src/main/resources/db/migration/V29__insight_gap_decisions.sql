-- Insight I (issue 13): course managers decide on capability gaps (validate, change the figures with a reason,
-- discard with a reason), coordinators and course managers raise emerging needs outside the questionnaire, and
-- every such act is kept: the audit trail of a gap.

CREATE TABLE capability_gap_change (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    gap_id    BIGINT        NOT NULL,
    action    VARCHAR(20)   NOT NULL COMMENT 'RAISED, VALIDATED, CHANGED, DISCARDED',
    reason    VARCHAR(1000) NULL,
    before_figures JSON     NULL COMMENT '{officers, urgency} before the change',
    after_figures  JSON     NULL COMMENT '{officers, urgency} after it',
    by_person BIGINT        NOT NULL,
    at        TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_capability_gap_change_gap FOREIGN KEY (gap_id) REFERENCES capability_gap (id),
    CONSTRAINT fk_capability_gap_change_person FOREIGN KEY (by_person) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_capability_gap_change_gap ON capability_gap_change (gap_id, at);
CREATE INDEX ix_capability_gap_change_person ON capability_gap_change (by_person);
