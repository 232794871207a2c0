-- An email change waits for the new address to be proven; the link carries the new address.
ALTER TABLE identity_account_token ADD COLUMN new_email VARCHAR(254);
