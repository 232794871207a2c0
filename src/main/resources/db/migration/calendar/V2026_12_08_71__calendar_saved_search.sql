-- Saved /events searches that raise an alert when a newly posted event matches. filter is the page's query
-- string; zone is the member's time zone when saving, so "today" and "this weekend" mean their days.
CREATE TABLE calendar_saved_search (
    id          UUID         NOT NULL PRIMARY KEY,
    owner       UUID         NOT NULL,
    label       VARCHAR(120) NOT NULL,
    filter      VARCHAR(500) NOT NULL,
    zone        VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX calendar_saved_search_owner_idx ON calendar_saved_search (owner, created_at, id);
