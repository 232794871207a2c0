-- H2 answers LIKE 'prefix%' from the primary key's B-tree; this mirrors PostgreSQL's pattern index.
CREATE INDEX profiles_search_term_prefix_idx ON profiles_search_term (term, account_id);
