-- "Like-minded" suggestions match tags and cities case-blind: lower-case copies kept by the database,
-- indexed, so a member's tags and city are looked up along an index instead of lower-casing every row.
ALTER TABLE profiles_profile_tag ADD COLUMN tag_key VARCHAR(40) GENERATED ALWAYS AS (LOWER(tag));
CREATE INDEX profiles_profile_tag_key_idx ON profiles_profile_tag (kind, tag_key, account_id);
ALTER TABLE profiles_profile ADD COLUMN city_key VARCHAR(80) GENERATED ALWAYS AS (LOWER(city));
CREATE INDEX profiles_profile_city_key_idx ON profiles_profile (city_key, account_id);
