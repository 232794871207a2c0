-- God Mode searches addresses by their start; a trigram index answers LIKE 'prefix%' (and any later
-- "contains" search) without reading every account. pg_trgm is a trusted extension since PostgreSQL 13,
-- so the database owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX identity_account_email_trgm_idx ON identity_account USING gin (email gin_trgm_ops);
