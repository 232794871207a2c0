#!/bin/sh
# Audit log benchmark on the embedded H2 database: bench/audit/run.sh [entries] [writers]
# Defaults: 1,000,000 entries from one writer. See README.md beside this script.
set -eu
cd "$(dirname "$0")/../.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    com.mediapatch.audit.bench.AuditBenchmark "$@"
