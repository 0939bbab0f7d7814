#!/usr/bin/env bash
# Rerunnable benchmark of the platform and catalogue (prints figures; asserts nothing):
#   cold start to first HTTP 200, resident memory after start, import of N procedures, search latency,
#   and the deadline engine on one core (benchmarks/calendar.sh).
# Runs a fresh copy of the built distribution on port 8199 with its own embedded database, or on PostgreSQL when
# MOTCUA_DB_URL (+ MOTCUA_DB_DRIVER="PostgreSQL JDBC Driver", _USER, _PASSWORD) is set. Usage: benchmarks/run.sh [N] [runs]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
COUNT=${1:-10000}
RUNS=${2:-200}
PORT=${BENCH_PORT:-8199}
WORK=$(mktemp -d /tmp/motcua-bench.XXXXXX)
ARCHIVE=$(ls "$ROOT"/karaf-assembly/target/motcua-karaf-assembly-*.tar.gz 2>/dev/null | head -n 1 || true)
if [ -z "$ARCHIVE" ]; then
  (cd "$ROOT" && mvn -B -ntp -q install -DskipTests -pl '!itests')
  ARCHIVE=$(ls "$ROOT"/karaf-assembly/target/motcua-karaf-assembly-*.tar.gz | head -n 1)
fi
source "$ROOT/scripts/lib/node.sh"
pg_fresh_schema bench
node_unpack "$ARCHIVE" "$(printf '%03d.%02d.%02d.B%02d' $((RANDOM % 1000)) $((RANDOM % 100)) $((RANDOM % 100)) $((RANDOM % 100)))"
cleanup() { node_stop; pg_drop_schema; rm -rf "$WORK"; }
trap cleanup EXIT

echo "MotCua benchmark — $(date -u +%FT%TZ), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "database: ${MOTCUA_DB_URL:-embedded H2}"
start_ns=$(date +%s%N)
MOTCUA_HTTP_PORT=$PORT "$DIST/bin/start"
until curl -fsS -o /dev/null "http://localhost:$PORT/api/v1/health" 2>/dev/null; do sleep 0.1; done
ready_ns=$(date +%s%N)
until curl -fsS -o /dev/null "http://localhost:$PORT/api/v1/procedures?size=1" 2>/dev/null; do sleep 0.1; done
catalogue_ns=$(date +%s%N)
awk -v a="$start_ns" -v b="$ready_ns" -v c="$catalogue_ns" \
  'BEGIN { printf "cold start: first HTTP 200 (health) after %.1f s; catalogue API after %.1f s\n", (b-a)/1e9, (c-a)/1e9 }'
sleep 5
PID=$(pgrep -f "karaf.base=$DIST" | head -n 1)
echo "memory after start: RSS $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MiB (JVM heap max: default)"
# the documented first start: the bootstrapped operator's temporary password, then the forced change
TOKEN=$(operator_token)
java "$ROOT/benchmarks/CatalogueBench.java" "http://localhost:$PORT/api/v1" "$COUNT" "$RUNS" "$TOKEN"
echo "memory after load: RSS $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MiB"
echo
"$ROOT/benchmarks/calendar.sh" 2
