-- Emerging training needs proposed by the networks (issue 15): a library document's good practice or a discussion's
-- conclusion, proposed by a member, is decided by a course manager: linked to the OTNA capability gap it adds to
-- (the insight work's gaps, V28), or declined with a note the proposer reads. The table was the library's alone.

RENAME TABLE library_proposal TO need_proposal;

ALTER TABLE need_proposal
    DROP FOREIGN KEY fk_library_proposal_document,
    DROP FOREIGN KEY fk_library_proposal_person,
    DROP FOREIGN KEY fk_library_proposal_priority,
    DROP FOREIGN KEY fk_library_proposal_country;

ALTER TABLE need_proposal
    MODIFY document_id BIGINT NULL COMMENT 'the library document it comes from, or',
    ADD COLUMN thread_id BIGINT NULL COMMENT 'the discussion thread whose conclusion it is' AFTER document_id,
    ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'NEW' COMMENT 'NEW, LINKED (to a capability gap) or DECLINED',
    ADD COLUMN capability_gap_id BIGINT NULL COMMENT 'the gap it was linked to',
    ADD COLUMN decided_by BIGINT NULL,
    ADD COLUMN decided_at TIMESTAMP(3) NULL,
    ADD COLUMN decision_note VARCHAR(1000) NULL COMMENT 'why, shown to the proposer',
    ADD COLUMN revision INT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_need_proposal_source CHECK ((document_id IS NULL) <> (thread_id IS NULL)),
    ADD CONSTRAINT ck_need_proposal_status CHECK (status IN ('NEW', 'LINKED', 'DECLINED')),
    ADD CONSTRAINT ck_need_proposal_link CHECK ((status = 'LINKED') = (capability_gap_id IS NOT NULL)),
    ADD CONSTRAINT fk_need_proposal_document FOREIGN KEY (document_id) REFERENCES library_document (id),
    ADD CONSTRAINT fk_need_proposal_thread FOREIGN KEY (thread_id) REFERENCES discussion_thread (id),
    ADD CONSTRAINT fk_need_proposal_person FOREIGN KEY (proposed_by) REFERENCES person (id),
    ADD CONSTRAINT fk_need_proposal_priority FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id),
    ADD CONSTRAINT fk_need_proposal_country FOREIGN KEY (country_code) REFERENCES country (code),
    ADD CONSTRAINT fk_need_proposal_gap FOREIGN KEY (capability_gap_id) REFERENCES capability_gap (id),
    ADD CONSTRAINT fk_need_proposal_decided_by FOREIGN KEY (decided_by) REFERENCES person (id);

-- The managers' list per status, newest first (keyset on id); a gap's proposals; a thread's; who decided.
CREATE INDEX ix_need_proposal_status ON need_proposal (status, id);
CREATE INDEX ix_need_proposal_gap ON need_proposal (capability_gap_id);
CREATE INDEX ix_need_proposal_thread ON need_proposal (thread_id);
CREATE INDEX ix_need_proposal_decided_by ON need_proposal (decided_by);

ALTER TABLE need_proposal
    RENAME INDEX ix_library_proposal_document TO ix_need_proposal_document,
    RENAME INDEX ix_library_proposal_person TO ix_need_proposal_person,
    RENAME INDEX ix_library_proposal_priority TO ix_need_proposal_priority,
    RENAME INDEX ix_library_proposal_country TO ix_need_proposal_country;
