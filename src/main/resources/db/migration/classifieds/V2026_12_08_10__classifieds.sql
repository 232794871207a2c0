-- Classified ads. Tags (instruments or roles, genres) are kept lower-case and comma-separated
-- with a comma at each end (",bass,double bass,") so one tag is matched with LIKE '%,bass,%'.
-- expires_at is set when the ad is published or renewed; reminded_for holds the expires_at the
-- "expiring soon" notification was sent for, so a renewal earns a new reminder and every node
-- may run the job (the UPDATE that claims a row is the lock).
CREATE TABLE classifieds_ad (
    id            UUID          NOT NULL PRIMARY KEY,
    owner         UUID          NOT NULL,
    title         VARCHAR(120)  NOT NULL,
    description   VARCHAR(5000) NOT NULL,
    category      VARCHAR(32)   NOT NULL,
    instruments   VARCHAR(420)  NOT NULL,
    genres        VARCHAR(420)  NOT NULL,
    level         VARCHAR(16)   NOT NULL,
    commitment    VARCHAR(16)   NOT NULL,
    paid          BOOLEAN       NOT NULL,
    remote        BOOLEAN       NOT NULL,
    place_id      BIGINT,
    city          VARCHAR(100),
    country       VARCHAR(2),
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    media_links   VARCHAR(2100) NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    hidden        BOOLEAN       NOT NULL,
    fingerprint   VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE,
    expires_at    TIMESTAMP WITH TIME ZONE,
    closed_at     TIMESTAMP WITH TIME ZONE,
    reminded_for  TIMESTAMP WITH TIME ZONE,
    reminder_claim UUID
);
-- Listings: live ads newest first, overall and per category.
CREATE INDEX classifieds_ad_live_idx ON classifieds_ad (status, published_at, id);
CREATE INDEX classifieds_ad_category_idx ON classifieds_ad (category, status, published_at, id);
-- "My ads" newest first; active-ad counts and the duplicate check per owner.
CREATE INDEX classifieds_ad_owner_idx ON classifieds_ad (owner, created_at, id);
CREATE INDEX classifieds_ad_fingerprint_idx ON classifieds_ad (owner, fingerprint, created_at);
-- The expiry reminder job.
CREATE INDEX classifieds_ad_expiry_idx ON classifieds_ad (status, expires_at);
CREATE INDEX classifieds_ad_claim_idx ON classifieds_ad (reminder_claim);

-- Every edit keeps the version it replaced; moderators read them, newest first.
CREATE TABLE classifieds_ad_version (
    id            UUID          NOT NULL PRIMARY KEY,
    ad_id         UUID          NOT NULL REFERENCES classifieds_ad (id) ON DELETE CASCADE,
    replaced_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    title         VARCHAR(120)  NOT NULL,
    description   VARCHAR(5000) NOT NULL,
    category      VARCHAR(32)   NOT NULL,
    instruments   VARCHAR(420)  NOT NULL,
    genres        VARCHAR(420)  NOT NULL,
    media_links   VARCHAR(2100) NOT NULL
);
CREATE INDEX classifieds_ad_version_ad_idx ON classifieds_ad_version (ad_id, replaced_at, id);
