-- Accounts: people who learn, train, coordinate or administer.
CREATE TABLE users (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    version         BIGINT       NOT NULL DEFAULT 0,
    email           VARCHAR(254) NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    profession      VARCHAR(32)  NOT NULL,
    institution     VARCHAR(200) NOT NULL,
    county          VARCHAR(2)   NOT NULL,
    language        VARCHAR(2)   NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    -- e-mails are stored lower-cased, so this key is case-insensitive
    CONSTRAINT uk_users_email UNIQUE (email)
);
CREATE INDEX ix_users_full_name ON users (full_name);
CREATE INDEX ix_users_profession_county ON users (profession, county);

CREATE TABLE user_roles (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
