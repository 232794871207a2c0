-- Site-wide switches God Mode sets: read-only, maintenance, the announcement banner.
CREATE TABLE godmode_site_setting (
    name       VARCHAR(32)   NOT NULL PRIMARY KEY,
    setting    VARCHAR(1000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID          NOT NULL
);

INSERT INTO godmode_site_setting (name, setting, updated_at, updated_by) VALUES
    ('read-only', 'false', CURRENT_TIMESTAMP, '00000000-0000-0000-0000-000000000000'),
    ('maintenance', 'false', CURRENT_TIMESTAMP, '00000000-0000-0000-0000-000000000000'),
    ('announcement', '', CURRENT_TIMESTAMP, '00000000-0000-0000-0000-000000000000');
