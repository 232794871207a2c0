-- Vimeo joins the linked players; photo and banner are image files in the data dir, named by
-- a random id that is all the profile remembers (never the uploaded file's name).
-- "Available for" choices are tags of kind AVAILABLE in profiles_profile_tag, so the directory
-- can filter on them through profiles_profile_tag_member_idx (kind, tag, account_id).
ALTER TABLE profiles_profile ADD COLUMN vimeo VARCHAR(300);
ALTER TABLE profiles_profile ADD COLUMN photo_id UUID;
ALTER TABLE profiles_profile ADD COLUMN banner_id UUID;
