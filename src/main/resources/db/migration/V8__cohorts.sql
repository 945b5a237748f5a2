-- Cohorts of learners run by trainers, with live or in-person sessions and an attendance register.
CREATE TABLE cohort (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL DEFAULT 0,
    name                VARCHAR(200) NOT NULL,
    start_date          DATE         NOT NULL,
    end_date            DATE         NOT NULL,
    capacity            INT          NOT NULL,
    attendance_required INT          NOT NULL DEFAULT 0,
    invite_code         VARCHAR(24)  NULL,
    invite_expires_at   DATETIME(6)  NULL,
    invite_seats        INT          NULL,
    created_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cohort_invite UNIQUE (invite_code)
);

CREATE TABLE cohort_course (
    cohort_id   BIGINT       NOT NULL,
    course_slug VARCHAR(100) NOT NULL,
    PRIMARY KEY (cohort_id, course_slug),
    CONSTRAINT fk_cohort_course_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);

CREATE TABLE cohort_trainer (
    cohort_id BIGINT NOT NULL,
    user_id   BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, user_id),
    CONSTRAINT fk_cohort_trainer_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_trainer_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_cohort_trainer_user ON cohort_trainer (user_id);

CREATE TABLE cohort_member (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    cohort_id BIGINT      NOT NULL,
    user_id   BIGINT      NOT NULL,
    joined_at DATETIME(6) NOT NULL,
    source    VARCHAR(12) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cohort_member UNIQUE (cohort_id, user_id),
    CONSTRAINT fk_cohort_member_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_member_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_cohort_member_user ON cohort_member (user_id);

-- Sessions: times are stored in UTC and shown in Europe/Bucharest; a cancelled session is kept.
CREATE TABLE cohort_session (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL DEFAULT 0,
    cohort_id    BIGINT        NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    mode         VARCHAR(10)   NOT NULL,
    meeting_link VARCHAR(500)  NULL,
    place        VARCHAR(200)  NULL,
    address      VARCHAR(300)  NULL,
    starts_at    DATETIME(6)   NOT NULL,
    ends_at      DATETIME(6)   NOT NULL,
    capacity     INT           NULL,
    notes        VARCHAR(2000) NULL,
    status       VARCHAR(10)   NOT NULL,
    sequence     INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_cohort_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);
CREATE INDEX ix_cohort_session_cohort ON cohort_session (cohort_id, starts_at);

CREATE TABLE attendance (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    session_id  BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    note        VARCHAR(500) NULL,
    recorded_by VARCHAR(254) NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attendance UNIQUE (session_id, user_id),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES cohort_session (id),
    CONSTRAINT fk_attendance_user FOREIGN KEY (user_id) REFERENCES users (id)
);

-- A personal calendar feed: secret, revocable.
CREATE TABLE calendar_feed (
    user_id    BIGINT      NOT NULL,
    token      VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token),
    CONSTRAINT fk_calendar_feed_user FOREIGN KEY (user_id) REFERENCES users (id)
);

-- Single-use links to set a password (accounts created by a CSV import); only a hash of the token is kept.
CREATE TABLE password_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    user_id    BIGINT      NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_password_token UNIQUE (token_hash),
    CONSTRAINT fk_password_token_user FOREIGN KEY (user_id) REFERENCES users (id)
);

-- Failed notifications are retried with back-off.
ALTER TABLE notification ADD COLUMN next_attempt_at DATETIME(6) NULL;
