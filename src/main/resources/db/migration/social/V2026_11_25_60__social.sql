-- Friend requests waiting for an answer: at most one per pair of members, whichever way it goes.
-- Pairs are stored canonically ordered (member_low, member_high, as the application orders them).
CREATE TABLE social_friend_request (
    id          UUID NOT NULL PRIMARY KEY,
    requester   UUID NOT NULL,
    recipient   UUID NOT NULL,
    member_low  UUID NOT NULL,
    member_high UUID NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT social_friend_request_pair_uq UNIQUE (member_low, member_high),
    CONSTRAINT social_friend_request_not_self CHECK (requester <> recipient)
);
CREATE INDEX social_friend_request_recipient_idx ON social_friend_request (recipient);
CREATE INDEX social_friend_request_requester_idx ON social_friend_request (requester);

-- Friendships, one row per pair, canonically ordered.
CREATE TABLE social_friendship (
    member_low  UUID NOT NULL,
    member_high UUID NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT social_friendship_pk PRIMARY KEY (member_low, member_high),
    CONSTRAINT social_friendship_not_self CHECK (member_low <> member_high)
);
CREATE INDEX social_friendship_high_idx ON social_friendship (member_high, member_low);

-- Blocks are directed (who blocked whom) but act both ways.
CREATE TABLE social_block (
    blocker    UUID NOT NULL,
    blocked    UUID NOT NULL,
    blocked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT social_block_pk PRIMARY KEY (blocker, blocked),
    CONSTRAINT social_block_not_self CHECK (blocker <> blocked)
);
CREATE INDEX social_block_blocked_idx ON social_block (blocked, blocker);

-- Mutes hide a member from one viewer without blocking.
CREATE TABLE social_mute (
    muter    UUID NOT NULL,
    muted    UUID NOT NULL,
    muted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT social_mute_pk PRIMARY KEY (muter, muted),
    CONSTRAINT social_mute_not_self CHECK (muter <> muted)
);
