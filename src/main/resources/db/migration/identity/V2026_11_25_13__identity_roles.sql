-- Roles, permissions and who holds which role. Every account is a member without a row;
-- rows are for the roles above that. Privileged roles only take effect with two-step sign-in.
CREATE TABLE identity_role (
    name        VARCHAR(32)  NOT NULL PRIMARY KEY,
    description VARCHAR(200) NOT NULL,
    privileged  BOOLEAN      NOT NULL,
    seniority   INT          NOT NULL
);

CREATE TABLE identity_permission (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    description VARCHAR(200) NOT NULL
);

CREATE TABLE identity_role_permission (
    role_name       VARCHAR(32) NOT NULL REFERENCES identity_role (name),
    permission_name VARCHAR(64) NOT NULL REFERENCES identity_permission (name),
    CONSTRAINT identity_role_permission_pk PRIMARY KEY (role_name, permission_name)
);

CREATE TABLE identity_role_assignment (
    account_id  UUID        NOT NULL REFERENCES identity_account (id) ON DELETE CASCADE,
    role_name   VARCHAR(32) NOT NULL REFERENCES identity_role (name),
    assigned_by UUID        NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT identity_role_assignment_pk PRIMARY KEY (account_id, role_name)
);
CREATE INDEX identity_role_assignment_role_idx ON identity_role_assignment (role_name);

INSERT INTO identity_role (name, description, privileged, seniority) VALUES
    ('member', 'Everyone with an account', FALSE, 0),
    ('moderator', 'Reviews reports and keeps the community safe', TRUE, 10),
    ('admin', 'Runs the site day to day and assigns moderators', TRUE, 20),
    ('god', 'Super-admin; granted only by the operator''s configuration', TRUE, 30);

INSERT INTO identity_permission (name, description) VALUES
    ('profile.edit-own', 'Edit one''s own profile'),
    ('moderation.review', 'See and act on reports'),
    ('members.view-all', 'See every member''s account details'),
    ('roles.assign', 'Give and take the moderator role'),
    ('roles.assign-admin', 'Give and take the admin role'),
    ('godmode.access', 'Use God Mode');

INSERT INTO identity_role_permission (role_name, permission_name) VALUES
    ('member', 'profile.edit-own'),
    ('moderator', 'profile.edit-own'), ('moderator', 'moderation.review'),
    ('admin', 'profile.edit-own'), ('admin', 'moderation.review'), ('admin', 'members.view-all'),
    ('admin', 'roles.assign'),
    ('god', 'profile.edit-own'), ('god', 'moderation.review'), ('god', 'members.view-all'),
    ('god', 'roles.assign'), ('god', 'roles.assign-admin'), ('god', 'godmode.access');
