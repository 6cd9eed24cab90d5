#!/usr/bin/env bash
# End-to-end throughput of Ledgerbridge against a raw Apache HttpClient 5 loop, measured in the same run.
#   benchmarks/throughput/run.sh [documents] [latencies] [databases]
#   e.g. benchmarks/throughput/run.sh 1000 0,50 h2,pg
# Builds the distribution, starts PostgreSQL when "pg" is asked for (see .ci/postgres.sh), prints a table.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
DOCS=${1:-1000}; LAT=${2:-0,50}; DBS=${3:-h2}
mvn -B -q -DskipTests install
if [[ "$DBS" == *pg* && -z "${LEDGERBRIDGE_TEST_PG_URL:-}" ]]; then
  PGDIR=$(mktemp -d /tmp/ledgerbridge-bench-pg.XXXXXX)
  trap '.ci/postgres.sh stop "$PGDIR"; rm -rf "$PGDIR"' EXIT
  LEDGERBRIDGE_TEST_PG_URL=$(.ci/postgres.sh start "$PGDIR"); export LEDGERBRIDGE_TEST_PG_URL
fi
cd itests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
VERSION=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout)
java -Dkaraf.dist.file="$PWD/../karaf-assembly/target/karaf-assembly-$VERSION.tar.gz" \
  -Ddocuments="$DOCS" -Dlatencies="$LAT" -Ddatabases="$DBS" \
  -cp "target/test-classes:$(cat target/bench.classpath)" io.ledgerbridge.itests.bench.ThroughputBenchmark
