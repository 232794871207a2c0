-- Conversations: direct (one per pair, enforced by the unique pair key) and groups.
create table messaging_conversation (
    id uuid primary key,
    kind varchar(10) not null,
    name varchar(80),
    pair_key varchar(80) unique,
    created_at timestamp with time zone not null,
    last_activity_at timestamp with time zone not null
);

create table messaging_member (
    conversation_id uuid not null references messaging_conversation (id),
    account_id uuid not null,
    role varchar(10) not null,
    joined_at timestamp with time zone not null,
    last_read_seq bigint not null default 0,
    primary key (conversation_id, account_id)
);
create index messaging_member_account on messaging_member (account_id);

create sequence messaging_message_seq;

-- Bodies are vault ciphertext bound to seal_ref = conversation id / message id.
create table messaging_message (
    id uuid primary key,
    seq bigint not null unique,
    conversation_id uuid not null references messaging_conversation (id),
    author_id uuid not null,
    seal_ref varchar(80) not null unique,
    body varchar(40000),
    sent_at timestamp with time zone not null,
    edited_at timestamp with time zone,
    deleted_at timestamp with time zone,
    hidden_at timestamp with time zone,
    hidden_by uuid,
    hidden_reason varchar(500)
);
create index messaging_message_conversation_seq on messaging_message (conversation_id, seq);

-- Every earlier version of an edited or deleted message, for moderators.
create table messaging_message_version (
    seal_ref varchar(120) primary key,
    message_id uuid not null references messaging_message (id),
    version int not null,
    body varchar(40000) not null,
    replaced_at timestamp with time zone not null,
    unique (message_id, version)
);

create table messaging_preference (
    account_id uuid primary key,
    who_may_message varchar(10) not null,
    read_receipts boolean not null
);
