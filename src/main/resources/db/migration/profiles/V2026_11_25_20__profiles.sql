-- A member's public face: one profile per account (referenced by id, never joined).
CREATE TABLE profiles_profile (
    account_id   UUID         NOT NULL PRIMARY KEY,
    handle       VARCHAR(30)  NOT NULL,
    display_name VARCHAR(80)  NOT NULL,
    bio          VARCHAR(4000) NOT NULL DEFAULT '',
    city         VARCHAR(80),
    country      VARCHAR(2),
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    website      VARCHAR(300),
    youtube      VARCHAR(300),
    spotify      VARCHAR(300),
    soundcloud   VARCHAR(300),
    bandcamp     VARCHAR(300),
    instagram    VARCHAR(300),
    visibility   VARCHAR(16)  NOT NULL,
    theme        VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT profiles_profile_handle_uq UNIQUE (handle)
);
CREATE INDEX profiles_profile_display_name_idx ON profiles_profile (display_name);

-- Disciplines (musician, filmmaker...), skills/instruments and genres as tags.
CREATE TABLE profiles_profile_tag (
    account_id UUID        NOT NULL REFERENCES profiles_profile (account_id) ON DELETE CASCADE,
    kind       VARCHAR(16) NOT NULL,
    tag        VARCHAR(40) NOT NULL,
    CONSTRAINT profiles_profile_tag_pk PRIMARY KEY (account_id, kind, tag)
);
CREATE INDEX profiles_profile_tag_lookup_idx ON profiles_profile_tag (kind, tag);
