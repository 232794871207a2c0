-- Second factors. The authenticator secret is stored sealed (AES-256-GCM, bound to the
-- account); recovery codes only as hashes. last_used_step makes each TOTP code single-use.
CREATE TABLE identity_totp (
    account_id     UUID         NOT NULL PRIMARY KEY REFERENCES identity_account (id) ON DELETE CASCADE,
    sealed_secret  VARCHAR(512) NOT NULL,
    enrolled_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_step BIGINT       NOT NULL
);

CREATE TABLE identity_recovery_code (
    id         UUID        NOT NULL PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_recovery_code_account_idx ON identity_recovery_code (account_id);
