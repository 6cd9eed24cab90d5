#!/usr/bin/env bash
# Proves the Billomat rate budget: exports against the Billomat simulator with a shortened window, dispatched by the
# engine's RateGate from the connector's declared budget. Passes (exit 0) when Billomat served >= 0.95 of the allowed
# requests over whole windows with no 429 and no duplicate.
# Usage: benchmarks/billomat-rate/run.sh [window-seconds (10)] [quota per window (300)] [windows (6)] [new-customer share (0.25)]
# Builds only the connector module (offline if the local repository is warm; model, kit, sandbox and engine must be
# installed) and runs the benchmark main class from its test sources.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$here/../../bundles/connector-billomat"
cd "$module"
offline="-o"
mvn -B -q $offline test-compile 2>/dev/null || { offline=""; mvn -B -q test-compile; }
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
mvn -B -q $offline dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn io.ledgerbridge.connector.billomat.internal.BillomatRateBenchmark "$@"
