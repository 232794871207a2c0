-- Hibernate Search's outbox-polling coordination, used when the index is an OpenSearch cluster
-- (MEDIAPATCH_SEARCH_OPENSEARCH_URL): each change to an indexed entity is written here in the transaction
-- that makes it, and one node's agent passes it on to the cluster. Unused with the embedded index.
CREATE TABLE hsearch_outbox_event (
    id             UUID          NOT NULL PRIMARY KEY,
    entity_name    VARCHAR(256)  NOT NULL,
    entity_id      VARCHAR(256)  NOT NULL,
    entity_id_hash INTEGER       NOT NULL,
    payload        BINARY LARGE OBJECT NOT NULL,
    retries        INTEGER       NOT NULL,
    process_after  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status         VARCHAR(255)  NOT NULL CHECK (status IN ('PENDING', 'ABORTED')),
    tenant_id      VARCHAR(255)
);
CREATE INDEX search_outbox_process_after ON hsearch_outbox_event (process_after);

-- The nodes taking part, each with the share of events it processes (or a mass indexing under way).
CREATE TABLE hsearch_agent (
    id                   UUID          NOT NULL PRIMARY KEY,
    type                 VARCHAR(255)  NOT NULL
        CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                 VARCHAR(255)  NOT NULL,
    expiration           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state                VARCHAR(255)  NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    INTEGER,
    assigned_shard_index INTEGER,
    payload              BINARY LARGE OBJECT,
    tenant_id            VARCHAR(255)
);
