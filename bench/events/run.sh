#!/bin/sh
# The events list at scale on PostgreSQL: one fixed statement switched by flags against the
# statement built per filter it replaced, in the same run. bench/events/run.sh [rounds]
# Needs psql and a PostgreSQL server it may create a scratch database on (PGHOST/PGUSER as usual,
# default 127.0.0.1 and postgres). The scratch database events_bench is dropped at the end. See README.md.
set -eu
ROUNDS=${1:-30}
HERE=$(cd "$(dirname "$0")" && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
DB=events_bench
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
trap 'psql -q -d postgres -c "drop database if exists $DB"' EXIT
run() { psql -q -X -v ON_ERROR_STOP=1 -d $DB "$@"; }

run -f "$HERE/../../src/main/resources/db/migration/calendar/V2026_12_08_20__calendar.sql"
echo "seeding 100,000 one-off events and 1,000 weekly ones (57,000 occurrences) over 400 days..."
run <<'SQL'
insert into calendar_event (id, organiser, type, title, description, latitude, longitude, starts_at, ends_at, zone,
        genres, free, horizon, created_at, updated_at)
    select md5('e' || i)::uuid, md5('o' || i % 5000)::uuid,
        (array['GIG','JAM','OPEN_MIC','WORKSHOP','EXHIBITION','SCREENING','MEETUP','ONLINE_STREAM'])[i % 8 + 1],
        'Event ' || i, 'x', 50 + (i % 800) / 100.0, -5 + (i % 700) / 100.0,
        now() + (i % 400) * interval '1 day' + (i % 24) * interval '1 hour', now() + (i % 400) * interval '1 day'
        + (i % 24 + 2) * interval '1 hour', 'Europe/London', 'g' || i % 40, i % 5 = 0, now() + interval '400 days', now(), now()
    from generate_series(1, 101000) i;
insert into calendar_event_genre select id, genres from calendar_event;
insert into calendar_occurrence (id, event_id, starts_at, ends_at, type, latitude, longitude, free, cancelled, going,
        interested, waitlisted)
    select md5(e.id::text || w)::uuid, e.id, e.starts_at + w * interval '7 days', e.ends_at + w * interval '7 days',
        e.type, e.latitude, e.longitude, e.free, false, 0, 0, 0
    from calendar_event e cross join generate_series(0, 56) w
    where w = 0 or e.title in (select 'Event ' || i from generate_series(1, 1000) i);
analyze;
SQL

# Median and 99th percentile execution time of a statement over the rounds, as EXPLAIN ANALYZE reports it.
time_of() {
    i=0; : > /tmp/events_bench_times
    while [ $i -lt "$ROUNDS" ]; do
        run -At -c "$PREPARE" -c "${MODE:-select 1}" -c "explain (analyze, format json) $1" \
            | grep -o '"Execution Time": [0-9.]*' | cut -d' ' -f3 >> /tmp/events_bench_times
        i=$((i + 1))
    done
    sort -n /tmp/events_bench_times | awk '{a[NR]=$1} END {printf "%8.2f ms p50  %8.2f ms p99\n", a[int(NR/2)+1], a[int(NR*0.99)+1]}'
}

COLUMNS="o.id, o.event_id, o.starts_at, o.going, e.title, e.type, e.venue, e.city, e.free"
BUILT="select $COLUMNS from calendar_occurrence o join calendar_event e on e.id = o.event_id
    where o.cancelled = false and o.starts_at >= now() and o.starts_at < now() + interval '400 days'"
# The application's statement (OccurrenceStore.LISTING), its flags and values as positional parameters.
PREPARE="prepare listing(timestamptz, timestamptz, timestamptz, uuid, boolean, varchar, boolean, boolean,
        varchar, boolean, float8, float8, float8, float8, float8, float8, int) as
    select $COLUMNS from calendar_occurrence o join calendar_event e on e.id = o.event_id
    where o.cancelled = false and o.starts_at >= \$1 and o.starts_at < \$2
      and (o.starts_at, o.id) > (\$3, \$4)
      and (\$5 = true or o.type = \$6)
      and (\$7 = false or o.free = true)
      and (\$8 = true or exists (select 1 from calendar_event_genre g where g.event_id = o.event_id and g.genre = \$9))
      and (\$10 = true or (o.latitude between \$11 and \$12
           and (o.latitude - \$13) * (o.latitude - \$13) + (o.longitude - \$14) * (o.longitude - \$14) * \$15 <= \$16))
    order by o.starts_at, o.id limit \$17"
SPAN="now(), now() + interval '400 days'"
NO_PLACE="true, 0, 0, 0, 0, 1, 0"
LEEDS="false, 53.62, 53.98, 53.8, -1.55, 0.35, 0.13"   # 40 km around 53.8 N, 1.55 W
# The cursor of a page deep in the list: the start and id of the 100,000th upcoming occurrence.
DEEP="'$(run -At -c "select starts_at from calendar_occurrence order by starts_at, id offset 100000 limit 1")'::timestamptz"
DEEP_ID="'$(run -At -c "select id from calendar_occurrence order by starts_at, id offset 100000 limit 1")'::uuid"

bench() {
    printf 'upcoming, first page           '; time_of "$1"
    printf 'upcoming, after 100,000 rows   '; time_of "$2"
    printf 'type = workshop                '; time_of "$3"
    printf 'genre g7 (1 in 40)             '; time_of "$4"
    printf 'free only within 40 km of Leeds'; time_of "$5"
}
echo "== built per filter (before)"
bench "$BUILT order by o.starts_at, o.id limit 26" \
    "$BUILT and (o.starts_at, o.id) > ($DEEP, $DEEP_ID) order by o.starts_at, o.id limit 26" \
    "$BUILT and o.type = 'WORKSHOP' order by o.starts_at, o.id limit 26" \
    "$BUILT and exists (select 1 from calendar_event_genre g where g.event_id = o.event_id and g.genre = 'g7') order by o.starts_at, o.id limit 26" \
    "$BUILT and o.free = true and o.latitude between 53.62 and 53.98 and ((o.latitude - 53.8) * (o.latitude - 53.8) + (o.longitude + 1.55) * (o.longitude + 1.55) * 0.35) <= 0.13 order by o.starts_at, o.id limit 26"
for MODE in "set plan_cache_mode = force_custom_plan" "set plan_cache_mode = force_generic_plan"; do
    echo "== one fixed statement, ${MODE#set plan_cache_mode = }"
    bench "execute listing($SPAN, now() - interval '1 second', '00000000-0000-0000-0000-000000000000', true, '', false, true, '', $NO_PLACE, 26)" \
        "execute listing($SPAN, $DEEP, $DEEP_ID, true, '', false, true, '', $NO_PLACE, 26)" \
        "execute listing($SPAN, now() - interval '1 second', '00000000-0000-0000-0000-000000000000', false, 'WORKSHOP', false, true, '', $NO_PLACE, 26)" \
        "execute listing($SPAN, now() - interval '1 second', '00000000-0000-0000-0000-000000000000', true, '', false, false, 'g7', $NO_PLACE, 26)" \
        "execute listing($SPAN, now() - interval '1 second', '00000000-0000-0000-0000-000000000000', true, '', true, true, '', $LEEDS, 26)"
done
