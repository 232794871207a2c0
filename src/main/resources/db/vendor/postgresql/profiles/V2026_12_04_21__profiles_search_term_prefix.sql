-- LIKE 'prefix%' uses a B-tree only with pattern operators unless the database collation is C.
CREATE INDEX profiles_search_term_prefix_idx ON profiles_search_term (term varchar_pattern_ops, account_id);
