-- A passkey ceremony between its two requests (the options, then the signed answer), so the
-- answer may reach any app node. The key is a SHA-256 of the ceremony kind and the session id,
-- never the session id itself; options are the JSON Spring Security sends the browser (a
-- challenge and public ids, nothing secret). Expired rows are swept by every node.
CREATE TABLE identity_passkey_ceremony (
    ceremony_key VARCHAR(64) NOT NULL PRIMARY KEY,
    options      TEXT        NOT NULL,
    expires_at   BIGINT      NOT NULL
);
CREATE INDEX identity_passkey_ceremony_expiry_idx ON identity_passkey_ceremony (expires_at);
