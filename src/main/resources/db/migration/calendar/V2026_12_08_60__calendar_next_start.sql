-- Each event's next occurrence that is on, for the events search index (sorting, "upcoming only") and for the
-- job that moves it on once it has begun. NULL when no occurrence is left: cancelled or over.
ALTER TABLE calendar_event ADD COLUMN next_starts_at TIMESTAMP WITH TIME ZONE;

UPDATE calendar_event SET next_starts_at = (
    SELECT MIN(o.starts_at) FROM calendar_occurrence o
     WHERE o.event_id = calendar_event.id AND o.cancelled = FALSE AND o.starts_at >= CURRENT_TIMESTAMP);

-- The job reads events whose next occurrence has begun, oldest first.
CREATE INDEX calendar_event_next_start_idx ON calendar_event (next_starts_at, id);
