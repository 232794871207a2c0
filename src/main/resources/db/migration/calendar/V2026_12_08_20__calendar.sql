-- Events members organise. starts_at/ends_at are the first occurrence in UTC; zone is the IANA zone the
-- organiser chose, so recurrence keeps the local time across daylight-saving changes.
CREATE TABLE calendar_event (
    id            UUID          NOT NULL PRIMARY KEY,
    organiser     UUID          NOT NULL,
    type          VARCHAR(16)   NOT NULL,
    title         VARCHAR(120)  NOT NULL,
    description   VARCHAR(5000) NOT NULL,
    venue         VARCHAR(120),
    address       VARCHAR(200),
    place_id      BIGINT,
    city          VARCHAR(120),
    country       VARCHAR(2),
    latitude      DOUBLE PRECISION,
    longitude     DOUBLE PRECISION,
    online_link   VARCHAR(500),
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    zone          VARCHAR(64)   NOT NULL,
    rrule         VARCHAR(200),
    genres        VARCHAR(300)  NOT NULL,
    free          BOOLEAN       NOT NULL,
    price         VARCHAR(40),
    ticket_link   VARCHAR(500),
    age_limit     INTEGER,
    capacity      INTEGER,
    horizon       TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at  TIMESTAMP WITH TIME ZONE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX calendar_event_organiser_idx ON calendar_event (organiser, starts_at, id);
-- The horizon job reads recurring events whose occurrences end soon.
CREATE INDEX calendar_event_horizon_idx ON calendar_event (horizon, id);

-- One genre per row, lower case, for the genre filter.
CREATE TABLE calendar_event_genre (
    event_id  UUID        NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    genre     VARCHAR(40) NOT NULL,
    PRIMARY KEY (event_id, genre)
);
CREATE INDEX calendar_event_genre_idx ON calendar_event_genre (genre, event_id);

-- Occurrences materialised for a rolling horizon, so listings are plain keyset reads. The event's
-- type, place and price are copied here so every filter is answered from this table and its indexes.
CREATE TABLE calendar_occurrence (
    id           UUID        NOT NULL PRIMARY KEY,
    event_id     UUID        NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    starts_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    type         VARCHAR(16) NOT NULL,
    place_id     BIGINT,
    latitude     DOUBLE PRECISION,
    longitude    DOUBLE PRECISION,
    free         BOOLEAN     NOT NULL,
    cancelled    BOOLEAN     NOT NULL,
    going        INTEGER     NOT NULL,
    interested   INTEGER     NOT NULL,
    waitlisted   INTEGER     NOT NULL,
    reminded_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT calendar_occurrence_event_start_uq UNIQUE (event_id, starts_at)
);
CREATE INDEX calendar_occurrence_start_idx ON calendar_occurrence (starts_at, id);
CREATE INDEX calendar_occurrence_type_idx ON calendar_occurrence (type, starts_at, id);
CREATE INDEX calendar_occurrence_place_idx ON calendar_occurrence (place_id, starts_at, id);
CREATE INDEX calendar_occurrence_lat_idx ON calendar_occurrence (latitude, starts_at);

-- Who answers each occurrence: GOING, INTERESTED or WAITLISTED (going, but over capacity).
CREATE TABLE calendar_rsvp (
    occurrence_id UUID        NOT NULL REFERENCES calendar_occurrence (id) ON DELETE CASCADE,
    member        UUID        NOT NULL,
    status        VARCHAR(12) NOT NULL,
    responded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (occurrence_id, member)
);
CREATE INDEX calendar_rsvp_queue_idx ON calendar_rsvp (occurrence_id, status, responded_at, member);
CREATE INDEX calendar_rsvp_member_idx ON calendar_rsvp (member, occurrence_id);

-- Members named in the lineup; shown only once they confirm.
CREATE TABLE calendar_lineup (
    event_id      UUID    NOT NULL REFERENCES calendar_event (id) ON DELETE CASCADE,
    member        UUID    NOT NULL,
    position      INTEGER NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (event_id, member)
);
CREATE INDEX calendar_lineup_member_idx ON calendar_lineup (member, event_id);

-- Subscribable feeds: the member's own events, or a saved /events filter. Only the token's SHA-256 is kept.
CREATE TABLE calendar_feed (
    id          UUID         NOT NULL PRIMARY KEY,
    owner       UUID         NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    filter      VARCHAR(500),
    label       VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT calendar_feed_token_uq UNIQUE (token_hash)
);
CREATE INDEX calendar_feed_owner_idx ON calendar_feed (owner, created_at, id);
