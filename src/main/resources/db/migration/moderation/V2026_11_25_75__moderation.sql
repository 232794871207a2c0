-- Reports gathered into cases, one case per reported target at a time. open_target is
-- "TYPE:id" while the case is open and NULL once closed, so a unique constraint keeps a
-- target to one open case on H2 and PostgreSQL alike (both allow many NULLs).
CREATE TABLE moderation_case (
    id            UUID          NOT NULL PRIMARY KEY,
    target_type   VARCHAR(16)   NOT NULL,
    target_id     UUID          NOT NULL,
    open_target   VARCHAR(60),
    status        VARCHAR(16)   NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by    UUID,
    claimed_at    TIMESTAMP WITH TIME ZONE,
    resolved_by   UUID,
    resolved_at   TIMESTAMP WITH TIME ZONE,
    action        VARCHAR(16),
    reason        VARCHAR(1000),
    version       BIGINT        NOT NULL,
    CONSTRAINT moderation_case_open_target_uq UNIQUE (open_target)
);
CREATE INDEX moderation_case_target_idx ON moderation_case (target_type, target_id, opened_at);
CREATE INDEX moderation_case_status_idx ON moderation_case (status, opened_at);

-- One member's report; after_close marks reports folded into an already dismissed case.
CREATE TABLE moderation_report (
    id          UUID          NOT NULL PRIMARY KEY,
    case_id     UUID          NOT NULL REFERENCES moderation_case (id),
    reporter    UUID          NOT NULL,
    category    VARCHAR(24)   NOT NULL,
    comment     VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    after_close BOOLEAN       NOT NULL
);
CREATE INDEX moderation_report_case_idx ON moderation_report (case_id, created_at);

-- Moderators' working notes on a case.
CREATE TABLE moderation_note (
    id          UUID          NOT NULL PRIMARY KEY,
    case_id     UUID          NOT NULL REFERENCES moderation_case (id),
    author      UUID          NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX moderation_note_case_idx ON moderation_note (case_id, created_at);
