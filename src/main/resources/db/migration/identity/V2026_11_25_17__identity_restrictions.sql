-- Suspensions (until a time) and bans (until lifted), with the reason the member is shown.
ALTER TABLE identity_account ADD COLUMN suspended_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE identity_account ADD COLUMN banned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE identity_account ADD COLUMN restriction_reason VARCHAR(500);
