-- The directory walks profiles in name order, a page after a given (name, handle): keyset pages.
DROP INDEX profiles_profile_display_name_idx;
CREATE INDEX profiles_profile_directory_idx ON profiles_profile (display_name, handle);
CREATE INDEX profiles_profile_tag_member_idx ON profiles_profile_tag (kind, tag, account_id);

-- Words of each member's name and handle, lower case, so a search starts from the members
-- whose words begin with what was typed instead of reading every profile.
CREATE TABLE profiles_search_term (
    term       VARCHAR(80) NOT NULL,
    account_id UUID        NOT NULL REFERENCES profiles_profile (account_id) ON DELETE CASCADE,
    CONSTRAINT profiles_search_term_pk PRIMARY KEY (term, account_id)
);
CREATE INDEX profiles_search_term_account_idx ON profiles_search_term (account_id, term);
