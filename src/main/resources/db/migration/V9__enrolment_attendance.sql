-- Attendance per participant and session day, recorded by the offering's course manager or its trainers.
CREATE TABLE attendance (
    application_id BIGINT       NOT NULL,
    day            DATE         NOT NULL,
    present        BOOLEAN      NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (application_id, day),
    CONSTRAINT fk_attendance_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Trainers who run an offering: they record its attendance and see its participants.
CREATE TABLE offering_trainer (
    offering_id BIGINT       NOT NULL,
    username    VARCHAR(100) NOT NULL,
    PRIMARY KEY (offering_id, username),
    CONSTRAINT fk_offering_trainer_offering FOREIGN KEY (offering_id) REFERENCES offering (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_offering_trainer_username ON offering_trainer (username);
