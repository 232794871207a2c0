-- Each member's row carries the conversation's last activity, so a member's conversation list is
-- read newest first by keyset along (account_id, last_activity_at, conversation_id) without
-- joining and sorting every conversation of the member. It replaces the (account_id) index.
ALTER TABLE messaging_member ADD COLUMN last_activity_at TIMESTAMP WITH TIME ZONE;
UPDATE messaging_member SET last_activity_at =
    (SELECT c.last_activity_at FROM messaging_conversation c WHERE c.id = messaging_member.conversation_id);
ALTER TABLE messaging_member ALTER COLUMN last_activity_at SET NOT NULL;
CREATE INDEX messaging_member_activity_idx ON messaging_member (account_id, last_activity_at, conversation_id);
DROP INDEX messaging_member_account;
