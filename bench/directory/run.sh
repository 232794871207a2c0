#!/bin/sh
# Member directory at scale on the embedded H2 database: bench/directory/run.sh [members] [rounds]
# Defaults: 100,000 members, 200 rounds per page. PostgreSQL: JAVA_OPTS="-Dprofile=postgres" with
# MEDIAPATCH_DB_URL/_USER/_PASSWORD set (the database is filled, use a scratch one). See README.md.
set -eu
cd "$(dirname "$0")/../.."
./mvnw -q test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx512m ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    com.mediapatch.profiles.bench.DirectoryBenchmark "$@"
