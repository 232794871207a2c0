#!/bin/sh
# Live message delivery benchmark: bench/live/run.sh latency [clients] [messages]
#                                   bench/live/run.sh idle [max-streams] [step]
# Defaults: latency 1000 200; idle 15000 1000. See README.md beside this script.
set -eu
cd "$(dirname "$0")/../.."
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    com.mediapatch.live.LiveDeliveryBenchmark "$@"
