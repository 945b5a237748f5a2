-- Certificates keep a snapshot of what they certify at issue time; a re-issue adds a row with the next
-- issue number and marks the old one superseded. The unique key makes automatic issue idempotent.
CREATE TABLE certificate (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    version          BIGINT        NOT NULL DEFAULT 0,
    code             VARCHAR(24)   NOT NULL,
    user_id          BIGINT        NOT NULL,
    course_slug      VARCHAR(100)  NOT NULL,
    issue_number     INT           NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    holder_name      VARCHAR(200)  NOT NULL,
    profession       VARCHAR(32)   NOT NULL,
    county           VARCHAR(2)    NOT NULL,
    institution      VARCHAR(200)  NOT NULL,
    language         VARCHAR(2)    NOT NULL,
    course_title_ro  VARCHAR(300)  NOT NULL,
    course_title_en  VARCHAR(300)  NOT NULL,
    hours            DECIMAL(7, 2) NOT NULL,
    completed_on     DATE          NOT NULL,
    expires_on       DATE          NULL,
    refresher_course VARCHAR(100)  NULL,
    content_version  VARCHAR(64)   NOT NULL,
    issuer_name      VARCHAR(200)  NOT NULL,
    issuer_role      VARCHAR(200)  NOT NULL,
    issued_at        DATETIME(6)   NOT NULL,
    revoked_at       DATETIME(6)   NULL,
    revoke_reason    VARCHAR(500)  NULL,
    superseded_by    VARCHAR(24)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_issue UNIQUE (user_id, course_slug, issue_number),
    CONSTRAINT fk_certificate_user FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE INDEX ix_certificate_status_expiry ON certificate (status, expires_on);
CREATE INDEX ix_certificate_course ON certificate (course_slug, status);
CREATE INDEX ix_certificate_issued ON certificate (issued_at);

-- Who issued, revoked or re-issued which certificate, when and why.
CREATE TABLE certificate_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    certificate_id BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    actor          VARCHAR(254) NOT NULL,
    happened_at    DATETIME(6)  NOT NULL,
    reason         VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_certificate_event_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);
CREATE INDEX ix_certificate_event_certificate ON certificate_event (certificate_id);

-- Every notification sent or kept in the outbox, once: the unique key (recipient, kind, subject,
-- occurrence) makes a double fire, a retry or a second node send nothing twice.
CREATE TABLE notification (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    recipient_user_id BIGINT         NULL,
    recipient_email   VARCHAR(254)   NOT NULL,
    kind              VARCHAR(40)    NOT NULL,
    subject_key       VARCHAR(100)   NOT NULL,
    occurrence        VARCHAR(60)    NOT NULL,
    subject           VARCHAR(300)   NOT NULL,
    body              VARCHAR(10000) NOT NULL,
    status            VARCHAR(12)    NOT NULL,
    attempts          INT            NOT NULL DEFAULT 0,
    last_error        VARCHAR(1000)  NULL,
    created_at        DATETIME(6)    NOT NULL,
    sent_at           DATETIME(6)    NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_notification UNIQUE (recipient_email, kind, subject_key, occurrence)
);
CREATE INDEX ix_notification_status ON notification (status, created_at);
