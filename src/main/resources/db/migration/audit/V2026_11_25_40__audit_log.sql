-- The tamper-evident audit log. Entries are only ever inserted (the vendor migration
-- V2026_11_25_41 makes the database refuse UPDATE and DELETE). Each row carries the
-- canonical JSON body of all its fields and the hashes that chain it to the row before:
-- leaf_hash = SHA-256(0x00 || body), chain_hash = SHA-256(previous chain_hash || leaf_hash),
-- both as lower-case hex.
CREATE TABLE audit_entry (
    seq             BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(200)             NOT NULL,
    effective_actor VARCHAR(200),
    action          VARCHAR(100)             NOT NULL,
    target          VARCHAR(500),
    reason          VARCHAR(500),
    ip              VARCHAR(64),
    user_agent      VARCHAR(500),
    details         VARCHAR(60000)           NOT NULL,
    body            VARCHAR(100000)          NOT NULL,
    leaf_hash       VARCHAR(64)              NOT NULL,
    chain_hash      VARCHAR(64)              NOT NULL
);
CREATE INDEX audit_entry_action_idx ON audit_entry (action, seq);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, seq);
CREATE INDEX audit_entry_effective_actor_idx ON audit_entry (effective_actor, seq);
CREATE INDEX audit_entry_target_idx ON audit_entry (target, seq);
CREATE INDEX audit_entry_time_idx ON audit_entry (occurred_at);

-- Where the log ends. Every append locks this one row (SELECT ... FOR UPDATE), so writers
-- in any number of threads and nodes take turns and sequence numbers never skip or repeat.
CREATE TABLE audit_head (
    id         INT         NOT NULL PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_chain VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_single_row CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_chain)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
