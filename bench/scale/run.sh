#!/usr/bin/env bash
# Data-scale harness: bench/scale/run.sh [--db h2|postgres|both] [--scale 0.01..1] [--duration SECONDS]
#                                        [--pages REGEX] [--reuse]
# Seeds a community straight into the database, then drives wrk at the platform's pages and at a
# bare reference app reading the same rows, and prints one table. See bench/scale/README.md.
set -euo pipefail

DB=both
SCALE=1
DURATION=15
PAGES='.'
REUSE=no
while [ $# -gt 0 ]; do
    case "$1" in
        --db) DB="$2"; shift 2 ;;
        --scale) SCALE="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --pages) PAGES="$2"; shift 2 ;;
        --reuse) REUSE=yes; shift ;;
        *) echo "usage: $0 [--db h2|postgres|both] [--scale 0.01..1] [--duration SECONDS] [--pages REGEX] [--reuse]" >&2
           exit 2 ;;
    esac
done
case "$DB" in h2|postgres|both) ;; *) echo "--db is h2, postgres or both" >&2; exit 2 ;; esac

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BENCH="$ROOT/bench/scale"
WORK="$BENCH/work"
# Ports can be moved when others use these on the same machine.
PLATFORM_PORT="${SCALE_PLATFORM_PORT:-18010}"
REFERENCE_PORT="${SCALE_REFERENCE_PORT:-18020}"
PG_DB=mediapatch_scale
CONNECTIONS=64
THREADS=2
PIDS=()

cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

stop() {
    local pid="$1"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local kept=()
    for p in "${PIDS[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
    PIDS=("${kept[@]+"${kept[@]}"}")
}

build() {
    log "building the platform jar and the reference app"
    (cd "$ROOT" && flock /tmp/mvn.lock ./mvnw -B -ntp -q -DskipTests package)
    (cd "$BENCH/reference" && flock /tmp/mvn.lock "$ROOT/mvnw" -B -ntp -q -DskipTests package)
    PLATFORM_JAR="$(ls "$ROOT"/target/mediapatch-*.jar | grep -v plain | head -1)"
    REFERENCE_JAR="$BENCH/reference/target/scale-reference-1.jar"
    # Only the bench programs go on the platform's classpath: the rest of the test classes would be component-scanned.
    BENCH_CLASSES="$WORK/bench-classes"
    rm -rf "$BENCH_CLASSES"
    mkdir -p "$BENCH_CLASSES/com/mediapatch/bench" "$BENCH_CLASSES/com/mediapatch/audit/internal"
    cp -r "$ROOT/target/test-classes/com/mediapatch/bench/scale" "$BENCH_CLASSES/com/mediapatch/bench/"
    cp "$ROOT"/target/test-classes/com/mediapatch/audit/internal/SeededAuditRows*.class "$BENCH_CLASSES/com/mediapatch/audit/internal/"
    if ! command -v wrk >/dev/null; then
        log "installing wrk (apt-get)"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null 2>&1 \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }
    fi
}

# The bench-only programs (seeder, sign-in client) live in the test classes and run on the
# platform jar's own classpath through Spring Boot's PropertiesLauncher.
bench_java() {
    local main="$1"; shift
    java -Dloader.path="$BENCH_CLASSES" -Dloader.main="$main" -cp "$PLATFORM_JAR" \
        org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

# Settings of every platform start: plain HTTP behind a proxy, limits out of the way as in the tests.
platform_args() {
    echo "--mediapatch.data-dir=$DATA" "--mediapatch.tls.mode=off" \
        "--mediapatch.security.rate-limits.enabled=false" "--mediapatch.identity.throttle.per-address=1000000" \
        "--mediapatch.god.emails=bench-god@scale.test" "--mediapatch.audit.checkpoint-interval=1h" \
        "--spring.profiles.active=$PROFILE"
}

# With --reuse, a database seeded by an earlier run at the same scale is measured again as it is.
reusable() {
    [ "$REUSE" = yes ] && [ -f "$WORK/$1/bench/targets" ] && [ "$(cat "$WORK/$1/bench/scale" 2>/dev/null)" = "$SCALE" ]
}

prepare_db() {
    DATA="$WORK/$1"
    if ! reusable "$1"; then
        rm -rf "$DATA"
        mkdir -p "$DATA"
    fi
    if [ "$1" = postgres ]; then
        PROFILE=postgres
        reusable "$1" \
            || psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $PG_DB" -c "create database $PG_DB"
        export MEDIAPATCH_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PG_DB" MEDIAPATCH_DB_USER=postgres
        REFERENCE_DB=("--spring.datasource.url=$MEDIAPATCH_DB_URL" "--spring.datasource.username=postgres")
    else
        PROFILE=default
        unset MEDIAPATCH_DB_URL MEDIAPATCH_DB_USER
        REFERENCE_DB=("--spring.datasource.url=jdbc:h2:file:$DATA/db/mediapatch;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            "--spring.datasource.username=mediapatch")
    fi
}

seed() {
    if reusable "$1"; then
        log "reusing the $1 database seeded at scale $SCALE in $DATA"
        # shellcheck disable=SC1091
        . "$DATA/bench/targets"
        TOKEN="$(cat "$DATA/bench/token")"
        return
    fi
    log "seeding $1 at scale $SCALE (the platform's migrations run first, on the empty database)"
    local start=$SECONDS
    # shellcheck disable=SC2046
    bench_java com.mediapatch.bench.scale.ScaleSeeder "$SCALE" "$DATA/bench" $(platform_args) --server.port=0 \
        --mediapatch.search.directory=local-heap \
        | tee "$RESULTS/seed.txt" >&2
    echo "seeding total: $((SECONDS - start)) s" | tee -a "$RESULTS/seed.txt" >&2
    echo "$SCALE" > "$DATA/bench/scale"
    # shellcheck disable=SC1091
    . "$DATA/bench/targets"
    TOKEN="$(cat "$DATA/bench/token")"
}

# Starts a jar, records its pid and how long it took to log "Started" and to answer 200 on a path.
start_app() {
    local name="$1" jar="$2" port="$3" probe="$4" java_opts="$5"; shift 5
    local begin out
    begin=$(date +%s%N)
    out="$RESULTS/$name.log"
    # shellcheck disable=SC2086
    java $java_opts -jar "$jar" --server.port="$port" "$@" > "$out" 2>&1 &
    APP_PID=$!
    PIDS+=("$APP_PID")
    local started=""
    for _ in $(seq 1 1800); do
        if [ -z "$started" ] && grep -q "Started .* in " "$out"; then
            started=$(( ($(date +%s%N) - begin) / 1000000 ))
        fi
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$probe")" = 200 ]; then
            local ready=$(( ($(date +%s%N) - begin) / 1000000 ))
            [ -n "$started" ] || started=$ready
            local said
            said="$(grep -o 'Started .* in [0-9.]* seconds[^)]*)' "$out" | head -1 || true)"
            printf '%s start-up: %.1f s to "Started" (%s), %.1f s to the first 200 on %s\n' "$name" \
                "$(awk "BEGIN {print $started / 1000}")" "$said" "$(awk "BEGIN {print $ready / 1000}")" "$probe" | tee -a "$RESULTS/summary.txt" >&2
            return 0
        fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then
            log "$name exited; see $out"; tail -30 "$out" >&2; return 1
        fi
        sleep 0.1
    done
    log "$name did not answer on $probe"; return 1
}

# The search index is rebuilt in the background after start (the seeder wrote rows Hibernate never saw):
# searches are measured once it is ready, and how long it took is reported.
wait_for_search_index() {
    local pid="$1" out="$RESULTS/platform.log"
    log "waiting for the search index"
    for _ in $(seq 1 3600); do
        if grep -q "Search indexes ready after" "$out"; then
            local rebuilt took
            rebuilt="$(grep -o 'Search index of .* indexing it again' "$out" | head -1 | sed 's/: indexing it again//' || true)"
            took="$(grep -o 'Search indexes ready after [0-9]* ms' "$out" | head -1)"
            echo "search index: ${rebuilt:-already complete}; $took (the rebuild alone, begun as start-up ended)" | tee -a "$RESULTS/summary.txt" >&2
            return 0
        fi
        if grep -q "Search indexes could not be rebuilt" "$out" || ! kill -0 "$pid" 2>/dev/null; then
            log "the search index was not built; see $out"; return 1
        fi
        sleep 0.5
    done
    log "the search index was not ready within 30 minutes"; return 1
}

# The pages: name, path, who (member, god, token, none), and the reference's own path when it differs.
pages() {
    cat <<EOF
directory first page|/members|member
directory deep page|/members?after=$DEEP_HANDLE|member
directory search|/members?q=member+0999|member
directory tag search|/members?q=drums+leeds|member|/members/tagged?skill=Drums&city=Leeds
profile|/members/$PROFILE_HANDLE|member
friends|/friends|member
friend picker|/messages/friends/options?handle=member+00|member
conversation list|/messages|member
10k-message conversation|/messages/$BIG_CONVERSATION|member
notifications|/notifications|member
/god dashboard|/god|god
/god/audit filtered|/god/audit?action=godmode.account-suspended&actor=member:$FILTER_ACTOR|god
/api/v1/me|/api/v1/me|token
/api/v1/site (ref /hello)|/api/v1/site|none
EOF
}

headers_for() {
    case "$1" in
        member) echo "Cookie: SESSION=$MEMBER_SESSION" ;;
        god) echo "Cookie: SESSION=$GOD_SESSION" ;;
        token) echo "Authorization: Bearer $TOKEN" ;;
        *) echo "X-Bench: none" ;;
    esac
}

# Runs wrk at one URL; writes its output and prints "req/s p50 p99 non2xx".
measure() {
    local file="$1" url="$2" header="$3"
    wrk -t1 -c8 -d3s -H "$header" "$url" > /dev/null 2>&1 || true
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$header" "$url" > "$file" 2>&1 || true
    python3 - "$file" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def ms(value):
    m = re.match(r"([\d.]+)(us|ms|s|m)", value)
    if not m:
        return float("nan")
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[m.group(2)]
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M)
p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
errors = re.search(r"Socket errors:.*timeout (\d+)", text)
print(rps.group(1) if rps else "0", ms(p50.group(1)) if p50 else "nan", ms(p99.group(1)) if p99 else "nan",
      int(bad.group(1)) if bad else 0, int(errors.group(1)) if errors else 0)
PY
}

run_side() {
    local side="$1" port="$2"
    while IFS='|' read -r name path who reference_path; do
        local url="http://127.0.0.1:$port$path"
        if [ "$side" = reference ] && [ "$path" = /api/v1/site ]; then url="http://127.0.0.1:$port/hello"; fi
        if [ "$side" = reference ] && [ -n "$reference_path" ]; then url="http://127.0.0.1:$port$reference_path"; fi
        local header status slug
        header="$(headers_for "$who")"
        slug="$(echo "$name" | tr -c 'a-zA-Z0-9\n' '-')"
        # The page as the load sees it is kept, to check it shows what it should (not a sign-in form).
        status="$(curl -s -o "$RESULTS/page-$side-$slug.html" -w '%{http_code}' -H "$header" "$url")"
        log "$side: $name ($status)"
        echo "$name|$status|$(measure "$RESULTS/wrk-$side-$slug.txt" "$url" "$header")" >> "$RESULTS/$side.tsv"
    done < <(pages | grep -E -- "^[^|]*($PAGES)")
}

platform_memory() {
    local pid="$1"
    jcmd "$pid" GC.run > /dev/null 2>&1 || true
    jcmd "$pid" GC.heap_info > "$RESULTS/platform-heap.txt" 2>&1 || true
    local heap rss
    heap="$(python3 - "$RESULTS/platform-heap.txt" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
m = re.search(r"total (\d+)K, used (\d+)K", text)
print(f"heap after a GC: {int(m.group(2)) // 1024} MiB used of {int(m.group(1)) // 1024} MiB committed" if m else "heap: jcmd gave no heap_info")
PY
)"
    rss="$(awk '/VmRSS/ {printf "%d MiB", $2 / 1024}' "/proc/$pid/status")"
    echo "platform $heap; RSS $rss ($2)" | tee -a "$RESULTS/summary.txt" >&2
}

startup_timeline() {
    local answer
    answer="$(curl -s -w '\n%{http_code}' "http://127.0.0.1:$PLATFORM_PORT/actuator/startup")"
    if [ "$(echo "$answer" | tail -1)" != 200 ]; then
        echo "start-up timeline: /actuator/startup is missing (answered $(echo "$answer" | tail -1))" | tee -a "$RESULTS/summary.txt" >&2
        return
    fi
    echo "$answer" | sed '$d' > "$RESULTS/startup.json"
    python3 - "$RESULTS/startup.json" <<'PY' | tee -a "$RESULTS/summary.txt" >&2
import json, re, sys
events = json.load(open(sys.argv[1])).get("timeline", {}).get("events", [])
def seconds(value):
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", value or "")
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) if m else 0.0
steps = sorted(events, key=lambda e: seconds(e.get("duration")), reverse=True)[:15]
print("start-up timeline, 15 slowest steps:")
for e in steps:
    tags = {t["key"]: t["value"] for t in e.get("startupStep", {}).get("tags", [])}
    detail = tags.get("beanName") or tags.get("name") or ""
    print(f"  {seconds(e.get('duration')):7.3f} s  {e['startupStep']['name']} {detail}")
PY
}

table() {
    python3 - "$RESULTS/platform.tsv" "$RESULTS/reference.tsv" <<'PY' | tee "$RESULTS/table.md"
import sys
def rows(path):
    out = {}
    for line in open(path):
        name, status, values = line.rstrip("\n").split("|")
        rps, p50, p99, bad, timeouts = values.split()
        out[name] = (status, float(rps), float(p50), float(p99), int(bad), int(timeouts))
    return out
platform, reference = rows(sys.argv[1]), rows(sys.argv[2])
print("| page | status | platform req/s | reference req/s | ratio | platform p50 / p99 ms | reference p50 / p99 ms | targets |")
print("|---|---|---|---|---|---|---|---|")
for name, (status, rps, p50, p99, bad, timeouts) in platform.items():
    rstatus, rrps, rp50, rp99, rbad, rtimeouts = reference[name]
    ratio = rps / rrps if rrps else 0
    need = 0.50 if name.startswith("/api/v1/site") else 0.70
    misses = []
    if rps == 0:
        misses.append("no request finished in the run")
    if status != "200" or bad:
        misses.append(f"status {status}, {bad} non-2xx")
    if ratio < need:
        misses.append(f"ratio < {need:.2f}")
    if not p99 < 50:
        misses.append("p99 >= 50 ms")
    if timeouts:
        misses.append(f"{timeouts} timeouts")
    verdict = "met" if not misses else "MISSED: " + ", ".join(misses)
    print(f"| {name} | {status} | {rps:,.0f} | {rrps:,.0f} | {ratio:.2f} | {p50:.1f} / {p99:.1f} | {rp50:.1f} / {rp99:.1f} | {verdict} |")
PY
}

run_db() {
    local db="$1"
    RESULTS="$BENCH/results/$(date +%Y-%m-%d-%H%M)-$db"
    mkdir -p "$RESULTS"
    : > "$RESULTS/summary.txt"
    echo "scale $SCALE, $db, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, $(nproc) cores, $(java -version 2>&1 | head -1)" \
        | tee "$RESULTS/summary.txt" >&2
    prepare_db "$db"
    seed "$db"
    FILTER_ACTOR="$(printf '5ca1e000-0000-0000-0000-%012x' 1)"
    # Only the measuring phase holds the build lock, so no compile runs beside it.
    exec 9>/tmp/mvn.lock
    log "waiting for /tmp/mvn.lock to measure"
    flock 9
    # shellcheck disable=SC2046
    start_app platform "$PLATFORM_JAR" "$PLATFORM_PORT" /api/v1/site "${SCALE_PLATFORM_JAVA_OPTS:-}" $(platform_args)
    local platform_pid=$APP_PID
    wait_for_search_index "$platform_pid"
    platform_memory "$platform_pid" "after start"
    startup_timeline
    MEMBER_SESSION="$(bench_java com.mediapatch.bench.scale.BenchSignIn "http://127.0.0.1:$PLATFORM_PORT" member)"
    GOD_SESSION="$(bench_java com.mediapatch.bench.scale.BenchSignIn "http://127.0.0.1:$PLATFORM_PORT" god)"
    : > "$RESULTS/platform.tsv"
    run_side platform "$PLATFORM_PORT"
    platform_memory "$platform_pid" "after the load"
    stop "$platform_pid"
    # The reference opens the same database once the platform has let go of it (H2 files admit one process).
    start_app reference "$REFERENCE_JAR" "$REFERENCE_PORT" /hello "" "${REFERENCE_DB[@]}"
    local reference_pid=$APP_PID
    : > "$RESULTS/reference.tsv"
    run_side reference "$REFERENCE_PORT"
    stop "$reference_pid"
    flock -u 9
    echo >&2
    cat "$RESULTS/summary.txt"
    table
    log "results in $RESULTS"
}

mkdir -p "$WORK"
build
if [ "$DB" = h2 ] || [ "$DB" = both ]; then run_db h2; fi
if [ "$DB" = postgres ] || [ "$DB" = both ]; then run_db postgres; fi
