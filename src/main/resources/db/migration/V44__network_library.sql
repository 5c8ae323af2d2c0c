-- The library of a network (issue 15): guidelines, methodologies, good practices, legal summaries, case studies and
-- training material, written and reviewed by the network's members and published by its moderators.

-- A document: what it is, whose network it belongs to, who may read it, and where its workflow stands. Its text lives
-- in its versions; the document points at the version readers see (published_version_id, NULL until a moderator
-- publishes one and again once withdrawn) and keeps search_text, the latest version's words for the FULLTEXT index.
CREATE TABLE library_document (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    network_id           BIGINT       NOT NULL,
    kind                 VARCHAR(20)  NOT NULL COMMENT 'GUIDELINE, METHODOLOGY, GOOD_PRACTICE, LEGAL_SUMMARY, CASE_STUDY or TRAINING_MATERIAL',
    access               VARCHAR(12)  NOT NULL COMMENT 'SIGNED_IN (every signed-in user), MEMBERS (the network''s members) or RESTRICTED (named members)',
    status               VARCHAR(12)  NOT NULL COMMENT 'of the latest version: DRAFT, IN_REVIEW, PUBLISHED or WITHDRAWN',
    language             VARCHAR(8)   NOT NULL,
    translation_group    BIGINT       NULL COMMENT 'the first document of a set of translations of one text; NULL for the first itself',
    title                VARCHAR(300) NOT NULL COMMENT 'the latest version''s title',
    latest_version       INT          NOT NULL,
    published_version_id BIGINT       NULL,
    created_by           BIGINT       NOT NULL,
    created_at           TIMESTAMP(3) NOT NULL,
    updated_at           TIMESTAMP(3) NOT NULL,
    published_at         TIMESTAMP(3) NULL,
    downloads            BIGINT       NOT NULL DEFAULT 0 COMMENT 'files downloaded, counted without recording who',
    useful               INT          NOT NULL DEFAULT 0 COMMENT 'how many people marked it useful (library_useful), kept with the marks',
    search_text          MEDIUMTEXT   NOT NULL COMMENT 'title, summary and body of the latest version, kept by the service',
    revision             INT          NOT NULL DEFAULT 0,
    CONSTRAINT ck_library_document_kind CHECK (kind IN ('GUIDELINE', 'METHODOLOGY', 'GOOD_PRACTICE', 'LEGAL_SUMMARY',
        'CASE_STUDY', 'TRAINING_MATERIAL')),
    CONSTRAINT ck_library_document_access CHECK (access IN ('SIGNED_IN', 'MEMBERS', 'RESTRICTED')),
    CONSTRAINT ck_library_document_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'WITHDRAWN')),
    CONSTRAINT fk_library_document_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_library_document_group FOREIGN KEY (translation_group) REFERENCES library_document (id),
    CONSTRAINT fk_library_document_creator FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A network's library (newest first, keyset on id), the library across networks by kind and by language, a
-- translation's siblings, one's own documents, and the words.
CREATE INDEX ix_library_document_network ON library_document (network_id, id);
CREATE INDEX ix_library_document_kind ON library_document (kind, id);
CREATE INDEX ix_library_document_language ON library_document (language, id);
CREATE INDEX ix_library_document_group ON library_document (translation_group);
CREATE INDEX ix_library_document_creator ON library_document (created_by);
CREATE FULLTEXT INDEX ft_library_document_search ON library_document (search_text);

-- Each upload or edit is a new version; none is ever changed or deleted, so old versions stay readable.
CREATE TABLE library_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT       NOT NULL,
    number       INT          NOT NULL,
    title        VARCHAR(300) NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    body         MEDIUMTEXT   NOT NULL COMMENT 'Markdown (at most 60,000 characters), shown through the lessons'' safe renderer',
    note         VARCHAR(500) NULL COMMENT 'what changed',
    created_by   BIGINT       NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    published_at TIMESTAMP(3) NULL COMMENT 'when a moderator published it; readers read the versions once published',
    CONSTRAINT uq_library_version UNIQUE (document_id, number),
    CONSTRAINT fk_library_version_document FOREIGN KEY (document_id) REFERENCES library_document (id),
    CONSTRAINT fk_library_version_creator FOREIGN KEY (created_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_library_version_creator ON library_version (created_by);

ALTER TABLE library_document ADD CONSTRAINT fk_library_document_published
    FOREIGN KEY (published_version_id) REFERENCES library_version (id);

-- The crime priorities and EMPACT priorities (both rows of crime_priority) and the countries a document is about.
CREATE TABLE library_document_priority (
    document_id       BIGINT NOT NULL,
    crime_priority_id BIGINT NOT NULL,
    PRIMARY KEY (document_id, crime_priority_id),
    CONSTRAINT fk_library_priority_document FOREIGN KEY (document_id) REFERENCES library_document (id),
    CONSTRAINT fk_library_priority_priority FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_library_priority_priority ON library_document_priority (crime_priority_id, document_id);

CREATE TABLE library_document_country (
    document_id  BIGINT  NOT NULL,
    country_code CHAR(2) NOT NULL,
    PRIMARY KEY (document_id, country_code),
    CONSTRAINT fk_library_country_document FOREIGN KEY (document_id) REFERENCES library_document (id),
    CONSTRAINT fk_library_country_country FOREIGN KEY (country_code) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_library_country_country ON library_document_country (country_code, document_id);

-- Its authors: the creator and the co-authors they named among the network's members.
CREATE TABLE library_author (
    document_id BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    added_at    TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (document_id, person_id),
    CONSTRAINT fk_library_author_document FOREIGN KEY (document_id) REFERENCES library_document (id),
    CONSTRAINT fk_library_author_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_library_author_person ON library_author (person_id, document_id);

-- The named members who read a RESTRICTED document (besides its authors and the network's moderators).
CREATE TABLE library_reader (
    document_id BIGINT NOT NULL,
    person_id   BIGINT NOT NULL,
    PRIMARY KEY (document_id, person_id),
    CONSTRAINT fk_library_reader_document FOREIGN KEY (document_id) REFERENCES library_document (id),
    CONSTRAINT fk_library_reader_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_library_reader_person ON library_reader (person_id, document_id);

-- A version's file, in the database (never on a node's disk); its type is the one its content shows.
CREATE TABLE library_file (
    version_id BIGINT       NOT NULL PRIMARY KEY,
    name       VARCHAR(255) NOT NULL,
    media_type VARCHAR(120) NOT NULL,
    size       BIGINT       NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    content    LONGBLOB     NOT NULL,
    CONSTRAINT fk_library_file_version FOREIGN KEY (version_id) REFERENCES library_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Useful" marks: one per person and document, toggled; the lists count them.
CREATE TABLE library_useful (
    document_id BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    marked_at   TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (document_id, person_id),
    CONSTRAINT fk_library_useful_document FOREIGN KEY (document_id) REFERENCES library_document (id),
    CONSTRAINT fk_library_useful_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_library_useful_person ON library_useful (person_id);

-- Review: comments of the authors and the network's moderators on a draft or in-review version, threaded (a reply
-- names its parent in the same version), kept with that version.
CREATE TABLE library_comment (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id BIGINT       NOT NULL,
    parent_id  BIGINT       NULL,
    depth      TINYINT      NOT NULL DEFAULT 0 COMMENT '0 for a comment, its parent''s depth + 1 for a reply (at most 4)',
    person_id  BIGINT       NOT NULL,
    body       TEXT         NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_library_comment_version FOREIGN KEY (version_id) REFERENCES library_version (id),
    CONSTRAINT fk_library_comment_parent FOREIGN KEY (parent_id) REFERENCES library_comment (id),
    CONSTRAINT fk_library_comment_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_library_comment_version ON library_comment (version_id, id);
CREATE INDEX ix_library_comment_parent ON library_comment (parent_id);
CREATE INDEX ix_library_comment_person ON library_comment (person_id);

-- A network conclusion or good practice proposed as an emerging training need: recorded for course managers to see
-- (a link to the OTNA capability gaps of the insight work is for later).
CREATE TABLE library_proposal (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id       BIGINT        NOT NULL,
    proposed_by       BIGINT        NOT NULL,
    need              VARCHAR(2000) NOT NULL COMMENT 'the training need described',
    crime_priority_id BIGINT        NULL,
    country_code      CHAR(2)       NULL,
    created_at        TIMESTAMP(3)  NOT NULL,
    CONSTRAINT fk_library_proposal_document FOREIGN KEY (document_id) REFERENCES library_document (id),
    CONSTRAINT fk_library_proposal_person FOREIGN KEY (proposed_by) REFERENCES person (id),
    CONSTRAINT fk_library_proposal_priority FOREIGN KEY (crime_priority_id) REFERENCES crime_priority (id),
    CONSTRAINT fk_library_proposal_country FOREIGN KEY (country_code) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_library_proposal_document ON library_proposal (document_id);
CREATE INDEX ix_library_proposal_person ON library_proposal (proposed_by);
CREATE INDEX ix_library_proposal_priority ON library_proposal (crime_priority_id);
CREATE INDEX ix_library_proposal_country ON library_proposal (country_code);
