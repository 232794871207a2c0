#!/bin/sh
# Start-up time and memory: bench/startup/run.sh [plain|cds]
# Starts the jar once to create a data dir (migrations), then RUNS more times on it (an existing data dir, as after
# an upgrade or restart; default 3) and prints, for each, seconds to readiness, Spring's "Started" line and the RSS
# five seconds after start, then the median, and the ten slowest start-up steps of the last start.
# "cds" first makes an AppCDS archive with a training run on the extracted jar (-XX:ArchiveClassesAtExit with
# -Dspring.context.exit=onRefresh) and starts from it. JAVA_OPTS adds JVM options (for example -XX:+UseSerialGC),
# APP_ARGS application arguments, JAR another jar, PORT another port (18201).
set -eu
cd "$(dirname "$0")/../.."
MODE=${1:-plain}
PORT=${PORT:-18201}
RUNS=${RUNS:-3}
JAR=${JAR:-target/mediapatch-0.1.0-SNAPSHOT.jar}
DATA=$(mktemp -d)
trap 'kill $APP 2>/dev/null; rm -rf "$DATA"' EXIT
APP=
[ -f "$JAR" ] || flock /tmp/mvn.lock ./mvnw -B -ntp -q -DskipTests package
ARGS="--server.port=$PORT --mediapatch.tls.mode=off --mediapatch.data-dir=$DATA ${APP_ARGS:-}"
if [ "$MODE" = cds ]; then
    EXTRACTED=$DATA/extracted
    java -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED"
    JAR=$EXTRACTED/$(basename "$JAR")
    java -XX:ArchiveClassesAtExit="$EXTRACTED/application.jsa" -Dspring.context.exit=onRefresh -jar "$JAR" $ARGS > /dev/null
    JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$EXTRACTED/application.jsa"
fi
start() {
    began=$(date +%s.%N)
    java ${JAVA_OPTS:-} -jar "$JAR" $ARGS > "$DATA/app.log" 2>&1 &
    APP=$!
    until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; do sleep 0.2; done
    ready=$(date +%s.%N)
}
start; kill $APP; wait $APP || true          # the first start creates the data dir and runs the migrations
: > "$DATA/times"
for run in $(seq 1 "$RUNS"); do
    start
    seconds=$(echo "$ready - $began" | bc)
    echo "$seconds" >> "$DATA/times"
    sleep 5
    echo "run $run: ready after $seconds s; $(grep 'Started' "$DATA/app.log" | sed 's/.*Started/Started/');" \
        "RSS after start: $(awk '/VmRSS/ {print int($2 / 1024) " MiB"}' /proc/$APP/status); load $(cut -d' ' -f1-3 /proc/loadavg)"
    [ "$run" = "$RUNS" ] || { kill $APP; wait $APP || true; }
done
echo "median: $(sort -n "$DATA/times" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}') s to readiness ($MODE ${JAVA_OPTS:-} ${APP_ARGS:-})"
curl -fs "http://127.0.0.1:$PORT/actuator/startup" | python3 -c '
import json, sys
steps = json.load(sys.stdin)["timeline"]["events"]
import re
def ms(step):
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", step["duration"])
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) * 1000 if m else 0.0
for step in sorted(steps, key=ms, reverse=True)[:10]:
    tags = ",".join(str(t["value"]) for t in step["startupStep"]["tags"])[:90]
    print("%8.0f ms  %s  %s" % (ms(step), step["startupStep"]["name"], tags))'
kill $APP; wait $APP || true
