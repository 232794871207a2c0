-- God Mode searches addresses by their start; a trigram index answers LIKE 'prefix%' (and any later
-- "contains" search) without reading every account. pg_trgm is a trusted extension since PostgreSQL 13,
-- so the database owner may create it without being a superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The extension may live in another schema than the tables (installed by an administrator into public while
-- the platform's schema is another one): name its operator class by the schema it is really in.
DO $$
DECLARE
    trgm_schema text;
BEGIN
    SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX identity_account_email_trgm_idx ON identity_account USING gin (email %I.gin_trgm_ops)',
            trgm_schema);
END
$$;
