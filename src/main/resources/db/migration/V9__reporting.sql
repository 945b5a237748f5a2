-- Programme reporting (issue #8): summary tables ("facts") that the reporting feature keeps up to date from
-- the learning, assessment, certificate and cohort tables, so that every dashboard figure is one scan of
-- one covering index, never a join or a sort of the source tables. Months are yyyymm integers in
-- Europe/Bucharest time, so period boundaries follow the Romanian calendar, not UTC.

-- One row per learner and course enrolment.
CREATE TABLE report_enrolment (
    user_id          BIGINT        NOT NULL,
    course_slug      VARCHAR(100)  NOT NULL,
    profession       VARCHAR(32)   NOT NULL,
    county           VARCHAR(2)    NOT NULL,
    institution      VARCHAR(200)  NOT NULL,
    cohort_id        BIGINT        NOT NULL DEFAULT 0,   -- 0: not in a cohort of this course
    enrolled_month   INT           NOT NULL,
    started          SMALLINT      NOT NULL DEFAULT 0,
    furthest_module  SMALLINT      NOT NULL DEFAULT 0,   -- 1-based module reached; 0 none
    completed_month  INT           NOT NULL DEFAULT 0,   -- 0: not completed
    certified_month  INT           NOT NULL DEFAULT 0,   -- month of the first certificate; 0: none valid now
    pre_score        DECIMAL(5, 2) NULL,                 -- first submitted pre-test
    post_score       DECIMAL(5, 2) NULL,                 -- first submitted post-test
    post_month       INT           NOT NULL DEFAULT 0,
    attitude_before  DECIMAL(5, 2) NULL,                 -- attitude index 0-100, first survey of the course
    attitude_after   DECIMAL(5, 2) NULL,                 -- last survey of the course
    attitude_month   INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, course_slug)
);
-- Trained specialists: distinct people (user_id right after the grouped column), every filter column inside.
CREATE INDEX ix_re_trained_profession ON report_enrolment (profession, user_id, certified_month, course_slug, county, cohort_id, institution);
CREATE INDEX ix_re_trained_county ON report_enrolment (county, user_id, certified_month, course_slug, profession, cohort_id, institution);
CREATE INDEX ix_re_trained_institution ON report_enrolment (institution, user_id, certified_month, course_slug, profession, county, cohort_id);
CREATE INDEX ix_re_trained_course ON report_enrolment (course_slug, user_id, certified_month, profession, county, cohort_id, institution);
CREATE INDEX ix_re_user ON report_enrolment (user_id, certified_month, course_slug, profession, county, cohort_id, institution, enrolled_month, started, completed_month);
CREATE INDEX ix_re_modules ON report_enrolment (course_slug, furthest_module, enrolled_month, profession, county, cohort_id, institution);
CREATE INDEX ix_re_knowledge ON report_enrolment (course_slug, profession, post_month, pre_score, post_score, county, cohort_id, institution);
CREATE INDEX ix_re_attitude ON report_enrolment (course_slug, profession, attitude_month, attitude_before, attitude_after, county, cohort_id, institution);
CREATE INDEX ix_re_cohort ON report_enrolment (cohort_id);

-- One row per registered learner.
CREATE TABLE report_learner (
    user_id          BIGINT        NOT NULL,
    profession       VARCHAR(32)   NOT NULL,
    county           VARCHAR(2)    NOT NULL,
    institution      VARCHAR(200)  NOT NULL,
    registered_month INT           NOT NULL,
    PRIMARY KEY (user_id)
);
CREATE INDEX ix_rl_registered ON report_learner (registered_month, profession, county, institution);

-- Points per competency of the case scenarios, per learner and course (latest submitted attempt).
CREATE TABLE report_competency (
    user_id      BIGINT        NOT NULL,
    course_slug  VARCHAR(100)  NOT NULL,
    competency   VARCHAR(100)  NOT NULL,
    profession   VARCHAR(32)   NOT NULL,
    county       VARCHAR(2)    NOT NULL,
    institution  VARCHAR(200)  NOT NULL,
    cohort_id    BIGINT        NOT NULL DEFAULT 0,
    activity_month INT         NOT NULL,
    earned       DECIMAL(9, 3) NOT NULL,
    possible     DECIMAL(9, 3) NOT NULL,
    PRIMARY KEY (user_id, course_slug, competency)
);
-- user_id right after the competency: learners are counted distinct per competency.
CREATE INDEX ix_rc_competency ON report_competency (competency, user_id, activity_month, course_slug, profession, county, cohort_id, earned, possible, institution);
-- A filter on one cohort or one institution (a trainer's view) reads only its few rows.
CREATE INDEX ix_rc_cohort ON report_competency (cohort_id);
CREATE INDEX ix_rc_institution ON report_competency (institution);

-- One row per cohort member and session that took place (not cancelled, ended).
CREATE TABLE report_attendance (
    session_id   BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    cohort_id    BIGINT        NOT NULL,
    session_month INT          NOT NULL,
    profession   VARCHAR(32)   NOT NULL,
    county       VARCHAR(2)    NOT NULL,
    institution  VARCHAR(200)  NOT NULL,
    present      SMALLINT      NOT NULL,
    PRIMARY KEY (session_id, user_id)
);
CREATE INDEX ix_ra_month_county ON report_attendance (session_month, county, session_id, present, profession, cohort_id, institution);
CREATE INDEX ix_ra_cohort ON report_attendance (cohort_id, session_month, county, session_id, present);

-- Targets set by coordinators: e.g. 600 specialists trained by a deadline, optionally per profession,
-- county or course.
CREATE TABLE report_target (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    version      BIGINT        NOT NULL DEFAULT 0,
    name         VARCHAR(200)  NOT NULL,
    target_count INT           NOT NULL,
    starts_on    DATE          NOT NULL,
    deadline     DATE          NOT NULL,
    profession   VARCHAR(32)   NULL,
    county       VARCHAR(2)    NULL,
    course_slug  VARCHAR(100)  NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
);

-- When the facts were last brought up to date (one row).
CREATE TABLE report_state (
    id           INT           NOT NULL,
    refreshed_to DATETIME(6)   NULL,
    rebuilt_at   DATETIME(6)   NULL,
    PRIMARY KEY (id)
);
INSERT INTO report_state (id, refreshed_to, rebuilt_at) VALUES (1, NULL, NULL);

-- What the incremental refresh looks for: source rows changed since the last refresh.
CREATE INDEX ix_enrollment_activity ON enrollment (last_activity_at);
CREATE INDEX ix_enrollment_completed ON enrollment (completed_at);
CREATE INDEX ix_quiz_attempt_submitted ON quiz_attempt (submitted_at);
CREATE INDEX ix_certificate_revoked ON certificate (revoked_at);
CREATE INDEX ix_certificate_user_course ON certificate (user_id, course_slug, status);
CREATE INDEX ix_cohort_member_joined ON cohort_member (joined_at);
CREATE INDEX ix_attendance_recorded ON attendance (recorded_at);
CREATE INDEX ix_cohort_session_ends ON cohort_session (ends_at);
CREATE INDEX ix_users_created ON users (created_at);
CREATE INDEX ix_quiz_attempt_user_course ON quiz_attempt (user_id, course_slug, quiz_kind, status, attempt_number);
