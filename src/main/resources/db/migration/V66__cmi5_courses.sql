-- cmi5 course packages (cmi5.Cmi5Importer): a course by its IRI, immutable versions of it, their blocks and AUs with
-- the launch data the LMS gives each AU, and the package's files by path (served later to the AU, never from a node's
-- disk). Nobody is named: who imported a package is in the log only.
CREATE TABLE cmi5_course (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)   NOT NULL COMMENT 'cmi5-<hash>: the catalogue course and module code',
    iri             VARCHAR(2000) NOT NULL COMMENT 'the course id of cmi5.xml',
    iri_hash        CHAR(64)      NOT NULL COMMENT 'SHA-256 of the IRI: the key an IRI is too long to be',
    current_version INT           NOT NULL COMMENT 'what a learner who starts now gets; others keep theirs',
    curriculum_code VARCHAR(80)   NOT NULL COMMENT 'the curriculum the course was placed in',
    updated_at      TIMESTAMP(3)  NOT NULL,
    CONSTRAINT uq_cmi5_course_code UNIQUE (code),
    CONSTRAINT uq_cmi5_course_iri UNIQUE (iri_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cmi5_course_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    course_id    BIGINT       NOT NULL,
    version      INT          NOT NULL,
    content_hash CHAR(64)     NOT NULL COMMENT 'SHA-256 over cmi5.xml and every file: equal means unchanged',
    zipped       BOOLEAN      NOT NULL COMMENT 'a zip package; false for a bare cmi5.xml of remote AUs',
    title        JSON         NOT NULL COMMENT 'language -> text',
    description  JSON         NOT NULL,
    imported_at  TIMESTAMP(3) NOT NULL,
    CONSTRAINT uq_cmi5_course_version UNIQUE (course_id, version),
    CONSTRAINT fk_cmi5_course_version_course FOREIGN KEY (course_id) REFERENCES cmi5_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cmi5_block (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id  BIGINT        NOT NULL,
    parent_id   BIGINT        NULL COMMENT 'the enclosing block; none at the course level',
    position    INT           NOT NULL COMMENT 'document order within the version',
    iri         VARCHAR(2000) NOT NULL,
    title       JSON          NOT NULL,
    description JSON          NOT NULL,
    CONSTRAINT fk_cmi5_block_version FOREIGN KEY (version_id) REFERENCES cmi5_course_version (id),
    CONSTRAINT fk_cmi5_block_parent FOREIGN KEY (parent_id) REFERENCES cmi5_block (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cmi5_block_version ON cmi5_block (version_id, position);

CREATE TABLE cmi5_au (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id        BIGINT        NOT NULL,
    block_id          BIGINT        NULL,
    position          INT           NOT NULL COMMENT 'document order within the version',
    iri               VARCHAR(2000) NOT NULL COMMENT 'the activity id of the AU',
    title             JSON          NOT NULL,
    description       JSON          NOT NULL,
    url               VARCHAR(2000) NOT NULL COMMENT 'as written in cmi5.xml',
    package_path      VARCHAR(512)  NULL COMMENT 'the package file the url names; none for a remote AU',
    move_on           VARCHAR(20)   NOT NULL,
    mastery_score     DECIMAL(5, 4) NULL,
    launch_method     VARCHAR(10)   NOT NULL,
    launch_parameters TEXT          NULL,
    entitlement_key   TEXT          NULL,
    activity_type     VARCHAR(2000) NULL,
    CONSTRAINT fk_cmi5_au_version FOREIGN KEY (version_id) REFERENCES cmi5_course_version (id),
    CONSTRAINT fk_cmi5_au_block FOREIGN KEY (block_id) REFERENCES cmi5_block (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_cmi5_au_version ON cmi5_au (version_id, position);

CREATE TABLE cmi5_package_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id   BIGINT       NOT NULL,
    path         VARCHAR(512) NOT NULL COMMENT 'the zip entry name, relative to the package root',
    content_type VARCHAR(120) NOT NULL,
    size         BIGINT       NOT NULL,
    content      LONGBLOB     NOT NULL,
    CONSTRAINT uq_cmi5_package_file UNIQUE (version_id, path),
    CONSTRAINT fk_cmi5_package_file_version FOREIGN KEY (version_id) REFERENCES cmi5_course_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Courses placed in a curriculum by another feature (a cmi5 import) rather than by the curriculum's file: a
-- re-import of the file keeps them.
ALTER TABLE course ADD COLUMN placed_by VARCHAR(20) NULL COMMENT 'cmi5 for a course placed by a cmi5 import';
