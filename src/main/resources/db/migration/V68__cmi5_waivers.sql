-- cmi5 waivers (cmi5.Cmi5Waivers, cmi5 9.3.7 Waived): a course manager may decide that a learner need not take an AU
-- (recognition of prior learning). The waiver is a fact of the AU's state in the learner's registration, like
-- completed or passed: it meets the AU's moveOn (9.3.9), and the spec allows one per AU and registration.
ALTER TABLE cmi5_au_state
    ADD COLUMN waived_at     TIMESTAMP(3) NULL
        COMMENT 'when the LMS stated waived; set once: cmi5 allows one waived statement per AU and registration',
    ADD COLUMN waived_reason VARCHAR(40)  NULL
        COMMENT 'the reason extension of the waived statement: Tested Out, Equivalent AU, Equivalent Outside Activity or Administrative',
    ADD COLUMN waived_by     VARCHAR(100) NULL
        COMMENT 'username of who decided the waiver; the learner did not earn it, so who vouched for it is kept';
