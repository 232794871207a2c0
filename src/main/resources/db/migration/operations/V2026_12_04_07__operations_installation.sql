-- Which installation this database belongs to: one id, made by the first node that migrates the
-- database and read by every node to name what it shares outside the database (Redis channels
-- and keys), so two installations on one Redis never hear each other.
CREATE TABLE operations_installation (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    created_at TIMESTAMP   NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO operations_installation (id) VALUES (CAST(gen_random_uuid() AS VARCHAR(64)));
