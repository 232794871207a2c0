-- The cluster's single checkpoint writer: the node named in holder may sign scheduled
-- checkpoints until expires_at (it renews on every run); signed_size is how many entries the
-- last checkpoint covered, so "has the log grown?" is one cheap query.
CREATE TABLE audit_checkpoint_lease (
    id          INT                      NOT NULL PRIMARY KEY,
    holder      VARCHAR(64)              NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_size BIGINT                   NOT NULL,
    CONSTRAINT audit_checkpoint_lease_single_row CHECK (id = 1)
);
INSERT INTO audit_checkpoint_lease (id, holder, expires_at, signed_size)
VALUES (1, 'nobody', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', 0);
