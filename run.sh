#!/usr/bin/env bash
# Builds Ledgerbridge and runs the distribution from target/run on the embedded H2 database, with the sandbox
# simulators of sevdesk, Billomat, Zenvoices and OneCockpit started, so a newcomer can watch a document flow.
#   ./run.sh            build, then start Karaf in the foreground (its console; `logout` or Ctrl-D stops it)
#   ./run.sh --daemon   build, then start Karaf in the background (stop it with target/run/bin/stop)
# Every run starts from a fresh copy of the distribution (a fresh database). To keep data between runs, start
# target/run/bin/karaf directly instead of running this script again.
set -euo pipefail
cd "$(dirname "$0")"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}

mvn -B -q -DskipTests -pl karaf-assembly -am package
RUN=target/run
if [ -f "$RUN/karaf.pid" ] && kill -0 "$(cat "$RUN/karaf.pid")" 2>/dev/null; then
  echo "stopping the Ledgerbridge already running from $RUN"; "$RUN/bin/stop"; sleep 3
fi
rm -rf "$RUN" && mkdir -p "$RUN"
tar xzf karaf-assembly/target/karaf-assembly-*.tar.gz -C "$RUN" --strip-components=1
# the sandbox simulators are a boot feature of this local run only, not of the distribution itself
sed -i 's/^\(    ledgerbridge-core\/[^,\\]*\)$/\1, \\\n    ledgerbridge-sandbox/' "$RUN/etc/org.apache.karaf.features.cfg"
grep -q 'ledgerbridge-sandbox' "$RUN/etc/org.apache.karaf.features.cfg" || { echo "could not enable the sandbox feature" >&2; exit 1; }

cat <<'TXT'
Ledgerbridge is starting from target/run (Karaf 4.4, embedded H2 database in target/run/data/ledgerbridge).
  Web UI        http://localhost:8181/ui/                (users: admin/admin, demo/demo — see README "Users")
  REST API      http://localhost:8181/api/v1/documents
  Simulators    base URLs are logged at start: grep Sandbox target/run/data/log/karaf.log
TXT
if [ "${1:-}" = "--daemon" ]; then
  "$RUN/bin/start"
  echo "started in the background; stop with: $RUN/bin/stop"
else
  exec "$RUN/bin/karaf"
fi
