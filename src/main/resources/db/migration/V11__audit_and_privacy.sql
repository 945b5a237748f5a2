-- The audit trail of privileged actions: written once, never changed by the application. People are
-- referred to by account id; the actor also by the e-mail they acted under at the time.
CREATE TABLE audit_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at     DATETIME(6)   NOT NULL,
    actor_id        BIGINT        NULL,
    actor_email     VARCHAR(254)  NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    object_type     VARCHAR(40)   NOT NULL,
    object_id       VARCHAR(100)  NULL,
    subject_user_id BIGINT        NULL,
    summary         VARCHAR(1000) NOT NULL,
    client_address  VARCHAR(64)   NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
CREATE INDEX ix_audit_entry_object ON audit_entry (object_type, object_id);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_id);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_user_id);

-- When each account last signed in, for the retention of inactive accounts.
CREATE TABLE sign_in_activity (
    user_id        BIGINT      NOT NULL,
    last_sign_in_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_sign_in_activity_user FOREIGN KEY (user_id) REFERENCES users (id)
);
