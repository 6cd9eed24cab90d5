#!/usr/bin/env bash
# Measures the throughput of the sandbox simulators (requests per second) on this machine.
# Usage: benchmarks/sandbox/run.sh [seconds-per-scenario (default 5)] [concurrent clients (default 8)]
# Builds only the sandbox module (offline if the local repository is warm) and runs the benchmark main class
# from its test sources; clients and simulators share the JVM, so the figures are lower bounds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$here/../../bundles/sandbox"
cd "$module"
offline="-o"
mvn -B -q $offline test-compile 2>/dev/null || { offline=""; mvn -B -q test-compile; }
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT
mvn -B -q $offline dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >/dev/null
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat "$classpath_file")" \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn io.ledgerbridge.sandbox.SandboxBenchmark "$@"
