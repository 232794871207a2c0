-- The queue is read a keyset page at a time: open cases by (opened_at, id). Replaces the (status, opened_at) index.
CREATE INDEX moderation_case_open_idx ON moderation_case (status, opened_at, id);
DROP INDEX moderation_case_status_idx;
