#!/bin/sh
# Suspicious-input filter benchmark: adversarial form values against plain text of the same size.
# See README.md beside this script. Takes about two minutes on two cores.
set -eu
cd "$(dirname "$0")/../.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    com.mediapatch.security.InspectionBenchmark "$@"
