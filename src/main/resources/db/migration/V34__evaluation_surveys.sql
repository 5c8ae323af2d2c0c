-- Evaluation (issue 14): survey instruments as content, and the surveys sent with them on Kirkpatrick's levels.

-- An instrument from content/evaluation/surveys/; like a module, its content lives in immutable versions, so a
-- survey already sent keeps the wording its respondents saw.
CREATE TABLE survey_instrument (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(80)  NOT NULL,
    current_version INT          NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_survey_instrument_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE survey_instrument_version (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    instrument_id BIGINT       NOT NULL,
    version       INT          NOT NULL,
    content_hash  CHAR(64)     NOT NULL COMMENT 'of the file: an unchanged file makes no new version',
    definition    JSON         NOT NULL COMMENT 'the checked instrument (SurveyInstrument) as JSON',
    published_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_survey_instrument_version UNIQUE (instrument_id, version),
    CONSTRAINT fk_survey_instrument_version_head FOREIGN KEY (instrument_id) REFERENCES survey_instrument (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One survey per thing evaluated and trigger (an offering that ended, an online course in a quarter, ...).
-- trigger_key makes a trigger fire once, whichever node and however often the job runs.
CREATE TABLE survey (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    trigger_key           VARCHAR(160) NOT NULL,
    instrument_version_id BIGINT       NOT NULL,
    level                 VARCHAR(20)  NOT NULL COMMENT 'reaction, learning or behaviour',
    subject_kind          VARCHAR(30)  NOT NULL COMMENT 'OFFERING, ONLINE_COURSE, ...',
    subject_id            BIGINT       NOT NULL,
    subject_title         JSON         NOT NULL COMMENT 'what is evaluated, per language, as it was when sent',
    subject_period        VARCHAR(60)  NOT NULL COMMENT 'its dates, or the quarter of an online course',
    course_id             BIGINT       NULL COMMENT 'the catalogue course, for reports per course and curriculum',
    offering_id           BIGINT       NULL,
    organiser             VARCHAR(100) NULL COMMENT 'username of the offering''s course manager',
    anonymous             BOOLEAN      NOT NULL,
    created_at            TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_survey_trigger UNIQUE (trigger_key),
    CONSTRAINT fk_survey_instrument FOREIGN KEY (instrument_version_id)
        REFERENCES survey_instrument_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_survey_created ON survey (created_at, id);
CREATE INDEX ix_survey_offering ON survey (offering_id);
CREATE INDEX ix_survey_course ON survey (course_id, created_at);

-- Who is asked. invitee_key ('person:12', 'supervisor:12') keeps one invitation per respondent and survey.
-- answered_on is a date, not a time: in an anonymous survey a time would pair an invitation with its response.
CREATE TABLE survey_invitation (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    survey_id        BIGINT       NOT NULL,
    invitee_key      VARCHAR(40)  NOT NULL,
    role             VARCHAR(20)  NOT NULL COMMENT 'PARTICIPANT, SUPERVISOR, GUEST or HOST',
    person_id        BIGINT       NULL COMMENT 'the respondent, when they have an account',
    about_person_id  BIGINT       NULL COMMENT 'a supervisor''s officer',
    country_code     CHAR(2)      NULL COMMENT 'the respondent''s country, for coordinators and reports',
    language         VARCHAR(8)   NOT NULL,
    invited_at       TIMESTAMP(3) NOT NULL,
    closes_at        TIMESTAMP(3) NOT NULL,
    reminders_sent   INT          NOT NULL DEFAULT 0,
    next_reminder_at TIMESTAMP(3) NULL COMMENT 'NULL once answered, closed or reminded enough',
    answered_on      DATE         NULL,
    CONSTRAINT uq_survey_invitation UNIQUE (survey_id, invitee_key),
    CONSTRAINT fk_survey_invitation_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_invitation_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_survey_invitation_about FOREIGN KEY (about_person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_survey_invitation_person ON survey_invitation (person_id, closes_at);
CREATE INDEX ix_survey_invitation_reminder ON survey_invitation (next_reminder_at);
CREATE INDEX ix_survey_invitation_answered ON survey_invitation (survey_id, answered_on);

-- A response. Its id is random so that neither its key nor its order tells who answered an anonymous survey;
-- invitation_id is kept only when the survey is not anonymous.
CREATE TABLE survey_response (
    id            CHAR(36)     NOT NULL PRIMARY KEY,
    survey_id     BIGINT       NOT NULL,
    invitation_id BIGINT       NULL,
    country_code  CHAR(2)      NULL COMMENT 'the respondent''s country, for reports per country (cells under 5 hidden)',
    language      VARCHAR(8)   NOT NULL,
    submitted_on  DATE         NOT NULL,
    CONSTRAINT uq_survey_response_invitation UNIQUE (invitation_id),
    CONSTRAINT fk_survey_response_survey FOREIGN KEY (survey_id) REFERENCES survey (id),
    CONSTRAINT fk_survey_response_invitation FOREIGN KEY (invitation_id) REFERENCES survey_invitation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_survey_response_survey ON survey_response (survey_id, country_code);

-- One row per answered question; a multiple-choice question has one row per chosen option.
CREATE TABLE survey_answer (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    response_id   CHAR(36)      NOT NULL,
    survey_id     BIGINT        NOT NULL,
    question_code VARCHAR(80)   NOT NULL,
    option_code   VARCHAR(80)   NULL,
    number        INT           NULL COMMENT 'a rating 0-10 or a Likert point 1-n',
    text          VARCHAR(2000) NULL,
    CONSTRAINT fk_survey_answer_response FOREIGN KEY (response_id) REFERENCES survey_response (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_survey_answer_survey ON survey_answer (survey_id, question_code, option_code);
CREATE INDEX ix_survey_answer_response ON survey_answer (response_id);
