-- God Mode searches addresses by their start: H2 answers LIKE 'prefix%' on the lower-cased email
-- from this B-tree (the unique constraint's index is not always chosen for a range).
CREATE INDEX identity_account_email_prefix_idx ON identity_account (email, created_at);
