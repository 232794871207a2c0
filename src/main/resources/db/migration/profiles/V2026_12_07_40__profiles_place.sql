-- The place a member picked from the bundled gazetteer (its GeoNames id), beside the city and
-- country they show; profiles from before the city picker keep their typed coordinates and no id.
ALTER TABLE profiles_profile ADD COLUMN place_id BIGINT;
