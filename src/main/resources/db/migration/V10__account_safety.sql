-- Account safety: verified e-mail addresses, e-mail changes through a confirmed link.
-- Accounts that exist before this migration were created by administrators, imports or the first start
-- and count as verified; self-registered accounts are created unverified by the application.
ALTER TABLE users ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT TRUE;

-- A link token may carry the new address of an e-mail change (purpose CHANGE_EMAIL).
ALTER TABLE password_token ADD COLUMN new_email VARCHAR(254) NULL;
ALTER TABLE password_token ADD COLUMN created_at DATETIME(6) NULL;
CREATE INDEX ix_password_token_user_purpose ON password_token (user_id, purpose);
