-- What each ad means, as a sentence-embedding vector (384 little-endian floats from the in-process model) for
-- the semantic part of the search. Kept beside the ad, not in its row, so listings never read it; a missing row
-- means "not worked out yet" (a new or edited ad, or embeddings switched off) and the sweep fills it in.
CREATE TABLE classifieds_ad_vector (
    ad_id       UUID         NOT NULL PRIMARY KEY REFERENCES classifieds_ad (id) ON DELETE CASCADE,
    vector      BYTEA        NOT NULL,
    model       VARCHAR(64)  NOT NULL,
    computed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
