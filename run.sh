#!/usr/bin/env bash
# Builds Ledgerbridge and runs the distribution from target/run on the embedded H2 database, ready to watch a document
# flow: the sandbox simulators of sevdesk, Billomat, Zenvoices and OneCockpit, every connector installed, and one
# active connection per simulator for the demo partner (created through the REST API once Karaf is up).
#   ./run.sh            build, then start Karaf in the foreground (its console; `logout` or Ctrl-D stops it)
#   ./run.sh --daemon   build, then start Karaf in the background (stop it with target/run/bin/stop)
# Every run starts from a fresh copy of the distribution (a fresh database). To keep data between runs, start
# target/run/bin/karaf directly instead of running this script again. The shipped distribution itself has none of
# this: no sandbox, no connector installed, no connection. MVN_ARGS adds Maven options (e.g. "-o").
set -euo pipefail
cd "$(dirname "$0")"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
API=http://localhost:8181/api/v1
DEMO=demo:demo # the shipped partner user; this machine may sign in with it (README "Users")

mvn -B -q ${MVN_ARGS:-} -DskipTests -pl karaf-assembly -am package
RUN=target/run
if [ -f "$RUN/karaf.pid" ] && kill -0 "$(cat "$RUN/karaf.pid")" 2>/dev/null; then
  echo "stopping the Ledgerbridge already running from $RUN"; "$RUN/bin/stop"; sleep 3
fi
rm -rf "$RUN" && mkdir -p "$RUN"
tar xzf karaf-assembly/target/karaf-assembly-*.tar.gz -C "$RUN" --strip-components=1
# the sandbox simulators and the connectors are boot features of this local run only, not of the distribution itself
BOOT="ledgerbridge-sandbox ledgerbridge-connector-sevdesk ledgerbridge-connector-billomat"
BOOT="$BOOT ledgerbridge-connector-zenvoices ledgerbridge-connector-onecockpit ledgerbridge-connector-webhook"
ADD=""
for feature in $BOOT; do ADD="$ADD"', \\\n    '"$feature"; done
sed -i 's/^\(    ledgerbridge-core\/[^,\\]*\)$/\1'"$ADD"'/' "$RUN/etc/org.apache.karaf.features.cfg"
for feature in $BOOT; do
  grep -q "^    $feature" "$RUN/etc/org.apache.karaf.features.cfg" \
    || { echo "could not add the boot feature $feature to $RUN/etc/org.apache.karaf.features.cfg" >&2; exit 1; }
done

# POST /connections until the connector has registered (404 or 422 "not installed" before), at most 3 minutes
connect() {
  local name=$1 body=$2 status
  for _ in $(seq 1 180); do
    status=$(curl -s -o "$RUN/demo-$name.json" -w '%{http_code}' -u "$DEMO" -H 'Content-Type: application/json' \
      -d "$body" "$API/connections" || true)
    [ "$status" = 201 ] && return 0
    sleep 1
  done
  echo "the $name demo connection was not created (last answer $status: $(cat "$RUN/demo-$name.json" 2>/dev/null));" \
    "create it in the web UI under Connections" >&2
  return 1
}

demo_connections() {
  for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$DEMO" "$API/connections" || true)" = 200 ] && break
    sleep 1
  done
  # every demo connection sends on FINALIZED, so one finalize reaches all four (Zenvoices' own default is APPROVED, SENT)
  local common='"tenant":"demo","active":true,"triggers":["FINALIZED"]'
  local ok=0
  connect sevdesk '{"connectorId":"sevdesk","settings":{'"$common"',"name":"sevdesk (sandbox)",
    "apiToken":"0123456789abcdef0123456789abcdef","baseUrl":"http://127.0.0.1:8281/api/v1"}}' || ok=1
  connect billomat '{"connectorId":"billomat","settings":{'"$common"',"name":"Billomat (sandbox)",
    "billomatId":"sandbox","apiKey":"sandbox-api-key","baseUrl":"http://127.0.0.1:8282/{billomatId}/api"}}' || ok=1
  connect zenvoices '{"connectorId":"zenvoices","settings":{'"$common"',"name":"Zenvoices (sandbox)",
    "userName":"api@sandbox.test","password":"sandbox","organizationCode":"SANDBOX","companyCode":"ACME",
    "baseUrl":"http://127.0.0.1:8283"}}' || ok=1
  connect onecockpit '{"connectorId":"onecockpit","settings":{'"$common"',"name":"OneCockpit (sandbox)",
    "user":"demo@onecockpit.test","password":"sandbox","baseUrl":"http://127.0.0.1:8284"}}' || ok=1
  rm -f "$RUN"/demo-*.json
  [ $ok = 0 ] && instructions | tee "$RUN/demo.txt"
}

instructions() {
  cat <<TXT

Ledgerbridge is running from $RUN (fresh H2 database in $RUN/data/ledgerbridge), with the sandbox simulators and
one active connection for the demo partner to each: sevdesk, Billomat, Zenvoices and OneCockpit.
  Web UI      http://localhost:8181/ui/   (sign in as demo/demo or admin/admin; from this machine only, README "Users")

Send the example invoice and finalize it (finalizing sends it to the four connections):
  curl -u demo:demo -H 'Content-Type: application/json' -d @docs/examples/invoice.json $API/documents
  curl -u demo:demo -X POST $API/documents/<the "id" of the answer>/finalize

Watch it arrive:
  in the web UI: Documents (one status column per connection: DELIVERED) and Connections (the last document received)
  in the simulators (what each one received):
    http://127.0.0.1:8281/__sim/state/Invoice               sevdesk
    http://127.0.0.1:8282/__sim/state/invoices              Billomat
    http://127.0.0.1:8283/__sim/state/SANDBOX/inbox         Zenvoices
    http://127.0.0.1:8284/__sim/state/invoices              OneCockpit
These lines are kept in $RUN/demo.txt.
TXT
}

echo "Ledgerbridge is starting from $RUN (Karaf 4.4); the demo connections follow once it is up (up to a minute)."
if [ "${1:-}" = "--daemon" ]; then
  "$RUN/bin/start"
  demo_connections || true
  echo "running in the background; stop it with: $RUN/bin/stop"
else
  demo_connections &
  exec "$RUN/bin/karaf"
fi
