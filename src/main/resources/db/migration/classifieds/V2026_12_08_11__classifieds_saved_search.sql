-- A member's saved ad search. A newly published ad is checked against the searches of its category
-- (and those of every category) only: the index serves that prefilter, Java matches the rest.
CREATE TABLE classifieds_saved_search (
    id          UUID          NOT NULL PRIMARY KEY,
    owner       UUID          NOT NULL,
    words       VARCHAR(100),
    category    VARCHAR(32),
    instrument  VARCHAR(100),
    genre       VARCHAR(100),
    place_id    BIGINT,
    city        VARCHAR(100),
    country     VARCHAR(2),
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    radius_km   INT           NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX classifieds_saved_search_owner_idx ON classifieds_saved_search (owner, created_at, id);
CREATE INDEX classifieds_saved_search_category_idx ON classifieds_saved_search (category, id);
