-- cmi5 launch (cmi5.Cmi5Launches): a learner's registration per course (they keep the version they started), what
-- each AU of it has reached (completed, passed, failed, satisfied), the blocks satisfied, and every launch as a
-- session (cmi5 9.6.x: a session runs from launched to terminated or abandoned) with its one-time fetch URL.
CREATE TABLE cmi5_registration (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    registration CHAR(36)     NOT NULL COMMENT 'the xAPI registration of every statement of the attempt',
    person_id    BIGINT       NOT NULL,
    course_id    BIGINT       NOT NULL,
    version_id   BIGINT       NOT NULL COMMENT 'the version the learner started, kept to the end',
    started_at   TIMESTAMP(3) NOT NULL,
    satisfied_at TIMESTAMP(3) NULL COMMENT 'when the course''s moveOn rules were all met',
    CONSTRAINT uq_cmi5_registration UNIQUE (registration),
    CONSTRAINT uq_cmi5_registration_person UNIQUE (person_id, course_id),
    CONSTRAINT fk_cmi5_registration_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_cmi5_registration_course FOREIGN KEY (course_id) REFERENCES cmi5_course (id),
    CONSTRAINT fk_cmi5_registration_version FOREIGN KEY (version_id) REFERENCES cmi5_course_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cmi5_au_state (
    registration_id BIGINT       NOT NULL,
    au_id           BIGINT       NOT NULL,
    completed_at    TIMESTAMP(3) NULL,
    passed_at       TIMESTAMP(3) NULL,
    failed_at       TIMESTAMP(3) NULL,
    satisfied_at    TIMESTAMP(3) NULL,
    PRIMARY KEY (registration_id, au_id),
    CONSTRAINT fk_cmi5_au_state_registration FOREIGN KEY (registration_id) REFERENCES cmi5_registration (id),
    CONSTRAINT fk_cmi5_au_state_au FOREIGN KEY (au_id) REFERENCES cmi5_au (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cmi5_block_state (
    registration_id BIGINT       NOT NULL,
    block_id        BIGINT       NOT NULL,
    satisfied_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (registration_id, block_id),
    CONSTRAINT fk_cmi5_block_state_registration FOREIGN KEY (registration_id) REFERENCES cmi5_registration (id),
    CONSTRAINT fk_cmi5_block_state_block FOREIGN KEY (block_id) REFERENCES cmi5_block (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cmi5_session (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_id       CHAR(36)     NOT NULL COMMENT 'the cmi5 session id extension of the session''s statements',
    registration_id  BIGINT       NOT NULL,
    au_id            BIGINT       NOT NULL,
    launch_mode      VARCHAR(10)  NOT NULL COMMENT 'Normal, Browse or Review',
    fetch_hash       CHAR(64)     NOT NULL COMMENT 'SHA-256 of the fetch URL''s token, hex',
    fetch_expires_at TIMESTAMP(3) NOT NULL,
    fetched_at       TIMESTAMP(3) NULL COMMENT 'the fetch URL is one-time: set at its first POST',
    launched_at      TIMESTAMP(3) NOT NULL,
    initialized_at   TIMESTAMP(3) NULL,
    last_at          TIMESTAMP(3) NOT NULL COMMENT 'the launch or the session''s last statement',
    ended_at         TIMESTAMP(3) NULL,
    ended_by         VARCHAR(10)  NULL COMMENT 'terminated (by the AU) or abandoned (found by the LMS)',
    CONSTRAINT uq_cmi5_session UNIQUE (session_id),
    CONSTRAINT uq_cmi5_session_fetch UNIQUE (fetch_hash),
    CONSTRAINT fk_cmi5_session_registration FOREIGN KEY (registration_id) REFERENCES cmi5_registration (id),
    CONSTRAINT fk_cmi5_session_au FOREIGN KEY (au_id) REFERENCES cmi5_au (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The open sessions of an attempt at an AU (abandoned by the next launch), and the open sessions idle too long
-- (abandoned by the job): Cmi5LaunchIndexTest holds both to these indexes.
CREATE INDEX ix_cmi5_session_open ON cmi5_session (registration_id, au_id, ended_at);
CREATE INDEX ix_cmi5_session_idle ON cmi5_session (ended_at, last_at);
