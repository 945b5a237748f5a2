-- Courses imported from the courses/ folder. Each imported version is kept whole (a zip of its files),
-- so the courses served never depend on what is on disk right now, and every node serves the same.
CREATE TABLE course (
    slug            VARCHAR(100) NOT NULL,
    content_version VARCHAR(64)  NOT NULL,
    title_ro        VARCHAR(300) NOT NULL,
    title_en        VARCHAR(300) NOT NULL,
    hours           DECIMAL(7, 2) NOT NULL,
    professions     VARCHAR(300) NOT NULL,
    imported_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (slug)
);

CREATE TABLE course_version (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    course_slug     VARCHAR(100) NOT NULL,
    content_version VARCHAR(64)  NOT NULL,
    imported_at     DATETIME(6)  NOT NULL,
    imported_by     VARCHAR(254) NULL,
    package         LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_course_version UNIQUE (course_slug, content_version),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_slug) REFERENCES course (slug)
);

-- The items of each course as last imported; an item removed from the content stays, marked removed,
-- so the progress recorded on it keeps its meaning.
CREATE TABLE course_item (
    course_slug VARCHAR(100) NOT NULL,
    item_slug   VARCHAR(100) NOT NULL,
    kind        VARCHAR(10)  NOT NULL,
    module_slug VARCHAR(100) NOT NULL,
    position    INT          NOT NULL,
    required    BOOLEAN      NOT NULL,
    removed     BOOLEAN      NOT NULL,
    PRIMARY KEY (course_slug, item_slug),
    CONSTRAINT fk_course_item_course FOREIGN KEY (course_slug) REFERENCES course (slug)
);
