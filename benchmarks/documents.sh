#!/usr/bin/env bash
# Rendering benchmark of the printable notices (prints figures; asserts nothing): receipt latency p50/p99 on one
# thread, a 40-component receipt, throughput on all cores, PDF sizes. Runs the built bundles on a plain JVM.
# Usage: benchmarks/documents.sh [runs]   (MAVEN_REPO=/path/to/repository to use another local repository)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
REPO=${MAVEN_REPO:-$HOME/.m2/repository}
IMPL="$ROOT/bundles/documents/impl"
if ! ls "$IMPL"/target/vn.motcua.documents.impl-*.jar >/dev/null 2>&1; then
  (cd "$ROOT" && mvn -B -q install -DskipTests -Dmaven.repo.local="$REPO" -pl bundles/documents/impl -am)
fi
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
(cd "$ROOT" && mvn -B -q dependency:build-classpath -Dmaven.repo.local="$REPO" -pl bundles/documents/impl \
  -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=provided)
CP="$(cat "$CP_FILE"):$(ls "$IMPL"/target/vn.motcua.documents.impl-*.jar | head -n 1)"
echo "MotCua documents benchmark — $(date -u +%FT%TZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -cp "$CP" "$ROOT/benchmarks/DocumentsBench.java" "${1:-500}"
