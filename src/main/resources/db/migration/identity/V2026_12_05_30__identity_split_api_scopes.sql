-- Messaging, notifications and reports get their own API scopes instead of riding on the
-- profile ones. Rule for tokens made before the split: each keeps exactly what it could do
-- before, so no script of a member breaks silently on upgrade. A token with profile:read
-- gains messages:read and notifications:read; one with profile:write gains messages:write,
-- notifications:write and reports:write. The token list shows every scope, so owners can
-- see the widened set and replace a token with a narrower one; tokens made from now on get
-- only the scopes ticked. Scopes are space separated, so a padded LIKE matches whole names.
ALTER TABLE identity_personal_token ALTER COLUMN scopes SET DATA TYPE VARCHAR(1000);

UPDATE identity_personal_token SET scopes = scopes || ' messages:read notifications:read'
    WHERE ' ' || scopes || ' ' LIKE '% profile:read %';

UPDATE identity_personal_token SET scopes = scopes || ' messages:write notifications:write reports:write'
    WHERE ' ' || scopes || ' ' LIKE '% profile:write %';
