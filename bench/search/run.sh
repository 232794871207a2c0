#!/bin/sh
# Classifieds search at scale on the embedded H2 database: bench/search/run.sh [ads] [rounds]
# Defaults: 100,000 ads, 200 rounds per caller. PostgreSQL: JAVA_OPTS="-Dprofile=postgres" with
# MEDIAPATCH_DB_URL/_USER/_PASSWORD set (the database is filled, use a scratch one). See README.md.
set -eu
cd "$(dirname "$0")/../.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx768m ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    com.mediapatch.classifieds.internal.SearchBenchmark "$@"
