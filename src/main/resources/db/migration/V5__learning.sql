-- Who is enrolled in which course, and what each learner has done; items are referred to by slug, so
-- edited or reordered content keeps everyone's progress.
CREATE TABLE enrollment (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    version           BIGINT       NOT NULL DEFAULT 0,
    user_id           BIGINT       NOT NULL,
    course_slug       VARCHAR(100) NOT NULL,
    enrolled_at       DATETIME(6)  NOT NULL,
    last_item_slug    VARCHAR(100) NULL,
    last_activity_at  DATETIME(6)  NOT NULL,
    completed_at      DATETIME(6)  NULL,
    completed_version VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_enrollment UNIQUE (user_id, course_slug),
    CONSTRAINT fk_enrollment_user FOREIGN KEY (user_id) REFERENCES users (id),
    CONSTRAINT fk_enrollment_course FOREIGN KEY (course_slug) REFERENCES course (slug)
);
CREATE INDEX ix_enrollment_course ON enrollment (course_slug, completed_at);

CREATE TABLE item_progress (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    user_id         BIGINT       NOT NULL,
    course_slug     VARCHAR(100) NOT NULL,
    item_slug       VARCHAR(100) NOT NULL,
    first_viewed_at DATETIME(6)  NOT NULL,
    completed_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_item_progress UNIQUE (user_id, course_slug, item_slug),
    CONSTRAINT fk_item_progress_user FOREIGN KEY (user_id) REFERENCES users (id)
);
