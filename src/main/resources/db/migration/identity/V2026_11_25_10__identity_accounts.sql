-- Accounts: who can sign in. Emails are stored lower-cased so uniqueness is case-blind.
CREATE TABLE identity_account (
    id                UUID         NOT NULL PRIMARY KEY,
    email             VARCHAR(254) NOT NULL,
    password_hash     VARCHAR(255) NOT NULL,
    email_verified_at TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT identity_account_email_uq UNIQUE (email)
);

-- Single-use links sent by mail (email verification, password reset). Only a SHA-256 of
-- the token is stored, so a database leak does not hand out working links.
CREATE TABLE identity_account_token (
    id          UUID        NOT NULL PRIMARY KEY,
    account_id  UUID        NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    purpose     VARCHAR(32) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT identity_account_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX identity_account_token_account_idx ON identity_account_token (account_id, purpose);

-- Every sign-in attempt, kept for brute-force decisions across all nodes.
CREATE TABLE identity_sign_in_attempt (
    id           UUID         NOT NULL PRIMARY KEY,
    email        VARCHAR(254) NOT NULL,
    ip           VARCHAR(64)  NOT NULL,
    succeeded    BOOLEAN      NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_sign_in_attempt_email_idx ON identity_sign_in_attempt (email, attempted_at);
CREATE INDEX identity_sign_in_attempt_ip_idx ON identity_sign_in_attempt (ip, attempted_at);
