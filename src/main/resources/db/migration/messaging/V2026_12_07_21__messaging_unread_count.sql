-- Each member's row keeps how many messages by others after their read mark are visible (neither
-- deleted nor hidden), so the conversation list and the header badge read a number instead of
-- walking up to a hundred messages per conversation on every page. A send adds one to the others'
-- rows, a read mark recounts what lies after it, and a delete or hide takes one away from those who
-- had not read it. The (account_id, unread_count) index finds a member's conversations with unread
-- messages without visiting the others.
ALTER TABLE messaging_member ADD COLUMN unread_count BIGINT DEFAULT 0 NOT NULL;
UPDATE messaging_member SET unread_count = (SELECT count(*) FROM messaging_message m
    WHERE m.conversation_id = messaging_member.conversation_id AND m.seq > messaging_member.last_read_seq
      AND m.author_id <> messaging_member.account_id AND m.deleted_at IS NULL AND m.hidden_at IS NULL);
CREATE INDEX messaging_member_unread_idx ON messaging_member (account_id, unread_count);
