#!/bin/sh
# Request path cost: bench/request-path/run.sh [seconds]   (default 30 s per URL, 64 connections)
# Builds the jar if there is none, starts it over plain HTTP on port 18200 (PORT) with the default rate-limit policy
# raised out of the way (still applied), and drives wrk at the JSON site info, a page and a static file. Prints
# req/s, p99 and CPU microseconds per request (process CPU time over requests served), then, from the JFR recording
# kept in target/request-path.jfr, each filter's share of the request threads' CPU during each URL's run.
set -eu
cd "$(dirname "$0")/../.."
SECONDS_PER_URL=${1:-30}
PORT=${PORT:-18200}
DATA=$(mktemp -d)
[ -f target/mediapatch-0.1.0-SNAPSHOT.jar ] || flock /tmp/mvn.lock ./mvnw -B -ntp -q -DskipTests package
java ${JAVA_OPTS:-} -XX:StartFlightRecording=filename=target/request-path.jfr,settings=profile \
    -jar target/mediapatch-0.1.0-SNAPSHOT.jar --server.port="$PORT" --mediapatch.tls.mode=off \
    --mediapatch.data-dir="$DATA" --mediapatch.security.rate-limits.policies.default.capacity=1000000000 \
    --logging.level.root=WARN > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; do sleep 1; done
CSS=$(curl -fs "http://127.0.0.1:$PORT/sign-in" | grep -o '/css/app-[0-9a-f]*\.css' | head -1)
cpu() { awk '{print $14 + $15}' "/proc/$APP/stat"; }
TICK=$(getconf CLK_TCK)
: > "$DATA/windows"
for url in /api/v1/site /sign-in "$CSS"; do
    wrk -t2 -c64 -d5s "http://127.0.0.1:$PORT$url" > /dev/null    # warm-up
    before=$(cpu)
    from=$(date +%H:%M:%S)
    out=$(wrk -t2 -c64 -d"${SECONDS_PER_URL}s" --latency "http://127.0.0.1:$PORT$url")
    echo "$url $from $(date +%H:%M:%S)" >> "$DATA/windows"
    after=$(cpu)
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    echo "$url  req/s=$rps  p99=$p99  cpu-us/request=$(( (after - before) * 1000000 / TICK / requests ))"
done
kill $APP; wait $APP 2>/dev/null || true    # the recording is written when the JVM stops
while read -r url from to; do
    echo; echo "== $url: CPU of request threads by innermost filter"
    python3 bench/request-path/filters.py target/request-path.jfr "$from" "$to"
done < "$DATA/windows"
