-- The bell's bounded unread count and "mark all read" find a member's unread rows without reading the others.
CREATE INDEX notifications_notification_unread_idx ON notifications_notification (recipient, read_at);
