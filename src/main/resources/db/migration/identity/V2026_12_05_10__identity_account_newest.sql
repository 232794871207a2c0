-- God Mode lists accounts newest first and walks on from the last one shown: (created_at, id) is the seek key.
CREATE INDEX identity_account_created_idx ON identity_account (created_at, id);
