#!/bin/sh
# Start-up time and memory: bench/startup/run.sh [plain|cds]
# Starts the jar twice on the same data dir (the second start is the one measured: the data dir
# exists), prints seconds to readiness, RSS after start, and the ten slowest start-up steps from
# the actuator startup endpoint. "cds" first makes an AppCDS archive with a training run on the
# extracted jar (-XX:ArchiveClassesAtExit with -Dspring.context.exit=onRefresh) and starts from it.
set -eu
cd "$(dirname "$0")/../.."
MODE=${1:-plain}
PORT=${PORT:-18201}
JAR=target/mediapatch-0.1.0-SNAPSHOT.jar
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
ARGS="--server.port=$PORT --mediapatch.tls.mode=off --mediapatch.data-dir=$DATA"
if [ "$MODE" = cds ]; then
    rm -rf target/extracted
    java -Djarmode=tools -jar "$JAR" extract --destination target/extracted
    JAR=target/extracted/$(basename "$JAR")
    java -XX:ArchiveClassesAtExit=target/extracted/application.jsa -Dspring.context.exit=onRefresh -jar "$JAR" $ARGS > /dev/null
    JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=target/extracted/application.jsa"
fi
start() {
    began=$(date +%s.%N)
    java ${JAVA_OPTS:-} -jar "$JAR" $ARGS > "$DATA/app.log" 2>&1 &
    APP=$!
    until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; do sleep 0.2; done
    ready=$(date +%s.%N)
}
start; kill $APP; wait $APP || true          # first start creates the data dir and runs the migrations
start
echo "ready after $(echo "$ready - $began" | bc) s; $(grep 'Started' "$DATA/app.log" | sed 's/.*Started/Started/')"
sleep 5
echo "RSS after start: $(awk '/VmRSS/ {print $2 / 1024 " MB"}' /proc/$APP/status)"
curl -fs "http://127.0.0.1:$PORT/actuator/startup" | python3 -c '
import json, sys
steps = json.load(sys.stdin)["timeline"]["events"]
def ms(step):
    d = step["duration"]
    return float(d[2:-1]) * 1000 if d.startswith("PT") and d.endswith("S") else 0.0
for step in sorted(steps, key=ms, reverse=True)[:10]:
    tags = ",".join(str(t["value"]) for t in step["startupStep"]["tags"])[:90]
    print("%8.0f ms  %s  %s" % (ms(step), step["startupStep"]["name"], tags))'
kill $APP; wait $APP || true
