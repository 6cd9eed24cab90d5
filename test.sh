#!/usr/bin/env bash
# Runs every test: unit and store tests (on H2 and on a real PostgreSQL server this script starts), the Karaf
# features check, and the integration tests against the assembled distribution (Pax Exam and process-level).
# Needs root to install PostgreSQL, Chromium and its driver (for the browser tests) from Debian's packages when missing.
set -euo pipefail
cd "$(dirname "$0")"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "Installing Chromium and chromedriver for the browser tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) >/dev/null
fi

PGDIR=$(mktemp -d /tmp/ledgerbridge-pg.XXXXXX)
cleanup() { .ci/postgres.sh stop "$PGDIR" || true; rm -rf "$PGDIR"; }
trap cleanup EXIT
LEDGERBRIDGE_TEST_PG_URL=$(.ci/postgres.sh start "$PGDIR")
export LEDGERBRIDGE_TEST_PG_URL
echo "PostgreSQL for tests: ${LEDGERBRIDGE_TEST_PG_URL%%\?*}"

mvn -B -ntp verify "$@"
