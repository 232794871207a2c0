#!/bin/sh
# List query shapes at scale on PostgreSQL, before and after: bench/lists/run.sh [rounds]
# Needs psql and a PostgreSQL server it may create a scratch database on (PGHOST/PGUSER as usual,
# default 127.0.0.1 and postgres). The scratch database lists_bench is dropped at the end. See README.md.
set -eu
ROUNDS=${1:-50}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
DB=lists_bench
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
trap 'psql -q -d postgres -c "drop database if exists $DB"' EXIT
run() { psql -q -X -v ON_ERROR_STOP=1 -d $DB "$@"; }

echo "seeding 100,000 accounts and a conversation of 10,000 messages among 2,000 conversations..."
run <<'SQL'
create table identity_account (id uuid primary key, email varchar(254) not null unique,
    created_at timestamp with time zone not null);
create table identity_role_assignment (account_id uuid not null, role_name varchar(32) not null,
    primary key (account_id, role_name));
insert into identity_account select md5('a' || i)::uuid, 'member' || lpad(i::text, 6, '0') || '@example.org',
    timestamp '2026-01-01' + (i / 7) * interval '1 minute' from generate_series(1, 100000) i;
insert into identity_role_assignment select id, 'moderator' from identity_account where email like 'member00%';
create table messaging_conversation (id uuid primary key, last_activity_at timestamp with time zone not null);
create table messaging_message (id uuid primary key, seq bigint not null unique, conversation_id uuid not null,
    body varchar(400), sent_at timestamp with time zone not null);
create index messaging_message_conversation_seq on messaging_message (conversation_id, seq);
insert into messaging_conversation select md5('c' || i)::uuid, now() from generate_series(1, 2000) i;
insert into messaging_message select md5('m' || i)::uuid, i, md5('c' || case when i <= 10000 then 1 else i % 2000 + 1 end)::uuid,
    'text', now() from generate_series(1, 50000) i;
analyze;
SQL

# Median execution time (ms) of a statement over the rounds, as EXPLAIN ANALYZE reports it.
time_of() {
    i=0; : > /tmp/lists_bench_times
    while [ $i -lt "$ROUNDS" ]; do
        run -At -c "explain (analyze, format json) $1" | grep -o '"Execution Time": [0-9.]*' | cut -d' ' -f3 >> /tmp/lists_bench_times
        i=$((i + 1))
    done
    sort -n /tmp/lists_bench_times | awk '{a[NR]=$1} END {printf "%8.2f ms p50  %8.2f ms p99\n", a[int(NR/2)+1], a[int(NR*0.99)+1]}'
}

ROLES="select account_id, role_name from identity_role_assignment where account_id in (select id from identity_account order by created_at desc, id desc limit 26)"
echo "== before (unique email index only; contains search, offset pages, roles one query per row)"
printf 'members, first page            '; time_of "select id from identity_account where email like '%%' order by created_at desc, id limit 26 offset 0"
printf 'members, page 2000 (offset)    '; time_of "select id from identity_account where email like '%%' order by created_at desc, id limit 26 offset 50000"
printf 'search "member0999" (contains) '; time_of "select id from identity_account where email like '%member0999%' order by created_at desc, id limit 26"
printf 'roles of one row (x25 a page)  '; time_of "select role_name from identity_role_assignment where account_id = md5('a1')::uuid"
printf 'latest message, per row        '; time_of "select * from messaging_message where conversation_id = md5('c1')::uuid order by seq desc limit 1"

run <<'SQL'
create index identity_account_created_idx on identity_account (created_at, id);
create extension if not exists pg_trgm;
create index identity_account_email_trgm_idx on identity_account using gin (email gin_trgm_ops);
analyze;
SQL
echo "== after (migrations V2026_12_05_10/11: seek key index, trigram index; prefix search, keyset pages)"
printf 'members, first page            '; time_of "select id from identity_account where email like '%%' order by created_at desc, id desc limit 26"
printf 'members, deep page (keyset)    '; time_of "select id from identity_account where email like '%%' and (created_at, id) < (select c.created_at, c.id from identity_account c where c.id = md5('a50000')::uuid) order by created_at desc, id desc limit 26"
printf 'search "member0999" (prefix)   '; time_of "select id from identity_account where email like 'member0999%' order by created_at desc, id desc limit 26"
printf 'search "m" (prefix, 100k match)'; time_of "select id from identity_account where email like 'm%' order by created_at desc, id desc limit 26"
printf 'roles of a page, one query     '; time_of "$ROLES"
printf 'latest messages of 200 convs.  '; time_of "select * from messaging_message where seq in (select (select max(x.seq) from messaging_message x where x.conversation_id = c.id) from messaging_conversation c where c.id in (select id from messaging_conversation limit 200))"
printf 'newest 50 of 10k messages      '; time_of "select * from messaging_message where conversation_id = md5('c1')::uuid and seq < 9223372036854775807 order by seq desc limit 50"
printf 'older 50 from the middle       '; time_of "select * from messaging_message where conversation_id = md5('c1')::uuid and seq < 5000 order by seq desc limit 50"
