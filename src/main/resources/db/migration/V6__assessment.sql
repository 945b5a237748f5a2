-- Quiz attempts: the questions drawn and their order are stored with the attempt, so a reload shows the
-- same attempt; each answer is stored as soon as it is given, so nothing is lost.
CREATE TABLE quiz_attempt (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    user_id         BIGINT        NOT NULL,
    course_slug     VARCHAR(100)  NOT NULL,
    quiz_slug       VARCHAR(100)  NOT NULL,
    quiz_kind       VARCHAR(20)   NOT NULL,
    content_version VARCHAR(64)   NOT NULL,
    attempt_number  INT           NOT NULL,
    started_at      DATETIME(6)   NOT NULL,
    deadline_at     DATETIME(6)   NULL,
    submitted_at    DATETIME(6)   NULL,
    status          VARCHAR(12)   NOT NULL,
    auto_submitted  BOOLEAN       NOT NULL DEFAULT FALSE,
    score_percent   DECIMAL(5, 2) NULL,
    passed          BOOLEAN       NULL,
    layout          VARCHAR(4000) NOT NULL,
    competencies    VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_quiz_attempt_number UNIQUE (user_id, course_slug, quiz_slug, attempt_number),
    CONSTRAINT fk_quiz_attempt_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_quiz_attempt_open ON quiz_attempt (status, deadline_at);
CREATE INDEX ix_quiz_attempt_quiz ON quiz_attempt (course_slug, quiz_slug, quiz_kind, status);

CREATE TABLE attempt_answer (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    attempt_id  BIGINT        NOT NULL,
    question_id VARCHAR(100)  NOT NULL,
    answer      VARCHAR(2000) NOT NULL,
    answered_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_attempt_answer UNIQUE (attempt_id, question_id),
    CONSTRAINT fk_attempt_answer_attempt FOREIGN KEY (attempt_id) REFERENCES quiz_attempt (id)
);
