-- Refresh tokens rotate: each use marks the token used and issues the next one in the same
-- family. Presenting a used token again revokes the whole family (it was stolen or leaked).
CREATE TABLE identity_refresh_token (
    id         UUID        NOT NULL PRIMARY KEY,
    family_id  UUID        NOT NULL,
    account_id UUID        NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT identity_refresh_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX identity_refresh_token_family_idx ON identity_refresh_token (family_id);

-- Personal access tokens, made and revoked by members in settings; only hashes are kept.
CREATE TABLE identity_personal_token (
    id           UUID         NOT NULL PRIMARY KEY,
    account_id   UUID         NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    name         VARCHAR(80)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    scopes       VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT identity_personal_token_hash_uq UNIQUE (token_hash)
);
CREATE INDEX identity_personal_token_account_idx ON identity_personal_token (account_id);
