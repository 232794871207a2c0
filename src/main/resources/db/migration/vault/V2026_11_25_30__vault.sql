-- The field keyset, wrapped by the master keyset that lives outside the database.
CREATE TABLE vault_keyset (
    name             VARCHAR(32)     NOT NULL PRIMARY KEY,
    version          BIGINT          NOT NULL,
    encrypted_keyset VARCHAR(100000) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- When each key of the field keyset was made and retired (Tink keysets carry no dates).
CREATE TABLE vault_key (
    key_id     BIGINT NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at TIMESTAMP WITH TIME ZONE
);

-- Named secrets (MAC and signing keys) shared by every node, sealed with the field keyset.
CREATE TABLE vault_secret (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    material   VARCHAR(512) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
