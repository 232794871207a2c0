-- When a member last signed in (sessions last at most a day, so anyone using the site signs in at
-- least daily): the home page counts members active this week through this index.
ALTER TABLE identity_account ADD COLUMN last_active_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX identity_account_last_active_idx ON identity_account (last_active_at);
