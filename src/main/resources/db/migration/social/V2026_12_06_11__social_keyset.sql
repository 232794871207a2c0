-- Every list of the friends page and the API is read newest first by keyset: (owner, time, other) per list.
-- Each new index starts with the column an older one held alone, which it replaces.
CREATE INDEX social_friendship_low_since_idx ON social_friendship (member_low, since, member_high);
CREATE INDEX social_friendship_high_since_idx ON social_friendship (member_high, since, member_low);
DROP INDEX social_friendship_high_idx;

CREATE INDEX social_friend_request_recipient_sent_idx ON social_friend_request (recipient, sent_at, id);
CREATE INDEX social_friend_request_requester_sent_idx ON social_friend_request (requester, sent_at, id);
DROP INDEX social_friend_request_recipient_idx;
DROP INDEX social_friend_request_requester_idx;

CREATE INDEX social_block_blocker_at_idx ON social_block (blocker, blocked_at, blocked);
CREATE INDEX social_mute_muter_at_idx ON social_mute (muter, muted_at, muted);
