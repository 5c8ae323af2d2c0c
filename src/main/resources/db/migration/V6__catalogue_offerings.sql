-- Offerings: dated instances of a course that course managers publish (start and end, online or a venue in
-- a country, capacity, working language, application window). Courses get a search text for the
-- catalogue's full-text search.

-- Titles and descriptions are JSON per language, which a FULLTEXT index cannot read: the catalogue keeps
-- their words, in every language, in one plain column written with the course.
ALTER TABLE course ADD COLUMN search_text TEXT NOT NULL DEFAULT ''
    COMMENT 'curriculum and course titles and description in every language, for full-text search';
CREATE FULLTEXT INDEX ft_course_search ON course (search_text);

CREATE TABLE offering (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                   VARCHAR(100) NOT NULL COMMENT 'course code and start date, stable in addresses',
    course_id              BIGINT       NOT NULL,
    status                 VARCHAR(20)  NOT NULL COMMENT 'SCHEDULED or CANCELLED',
    starts_on              DATE         NOT NULL,
    ends_on                DATE         NOT NULL,
    online                 BOOLEAN      NOT NULL,
    venue                  VARCHAR(200) NULL COMMENT 'face to face: the place, for example the academy and city',
    country_code           CHAR(2)      NULL,
    capacity               SMALLINT     NOT NULL,
    working_language       VARCHAR(8)   NOT NULL,
    applications_open_on   DATE         NOT NULL,
    applications_close_on  DATE         NOT NULL,
    course_manager         VARCHAR(100) NOT NULL COMMENT 'Keycloak username of the course manager in charge',
    course_manager_name    VARCHAR(200) NOT NULL COMMENT 'as the manager''s account named them when assigned',
    cancellation_reason    VARCHAR(500) NULL,
    created_at             TIMESTAMP(3) NOT NULL,
    updated_at             TIMESTAMP(3) NOT NULL,
    version                INT          NOT NULL DEFAULT 0 COMMENT 'optimistic lock: two managers editing at once',
    CONSTRAINT uq_offering_code UNIQUE (code),
    CONSTRAINT fk_offering_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_offering_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT ck_offering_status CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    CONSTRAINT ck_offering_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_offering_window CHECK (applications_close_on >= applications_open_on
                                         AND applications_close_on <= starts_on),
    CONSTRAINT ck_offering_capacity CHECK (capacity BETWEEN 1 AND 1000),
    CONSTRAINT ck_offering_place CHECK (online OR (venue IS NOT NULL AND country_code IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The catalogue lists scheduled offerings by date, filtered by course (priority, activity type), country
-- or language; managers list their own.
CREATE INDEX ix_offering_status_dates ON offering (status, ends_on, starts_on);
CREATE INDEX ix_offering_course ON offering (course_id, starts_on);
CREATE INDEX ix_offering_country ON offering (country_code, starts_on);
CREATE INDEX ix_offering_language ON offering (working_language, starts_on);
CREATE INDEX ix_offering_manager ON offering (course_manager, starts_on);
CREATE INDEX ix_offering_updated ON offering (updated_at);
CREATE FULLTEXT INDEX ft_offering_venue ON offering (venue);

-- Last-Modified of the catalogue API reads the newest change.
CREATE INDEX ix_curriculum_updated ON curriculum (updated_at);

-- Curricula imported before this migration have no search text yet: the next import writes them again.
UPDATE curriculum SET content_hash = REPEAT('0', 64);
