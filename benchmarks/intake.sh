#!/usr/bin/env bash
# Rerunnable intake benchmark (prints figures; asserts nothing): a fresh copy of the built distribution, the documented
# first start, one agency, procedure and one-stop officer, then COUNT counter intakes from THREADS clients.
# On PostgreSQL when MOTCUA_DB_URL (+ MOTCUA_DB_DRIVER="PostgreSQL JDBC Driver", _USER, _PASSWORD) is set, else on the
# embedded H2. Usage: benchmarks/intake.sh [COUNT] [THREADS] [AGENCIES]
# AGENCIES (default 1): how many agencies receive at once, each with its own officer, procedure and code sequence.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
COUNT=${1:-5000}
THREADS=${2:-16}
AGENCIES=${3:-1}
source "$ROOT/scripts/lib/node.sh"
WORK=$(mktemp -d /tmp/motcua-intake-bench.XXXXXX)
ARCHIVE=$(ls "$ROOT"/karaf-assembly/target/motcua-karaf-assembly-*.tar.gz 2>/dev/null | head -n 1 || true)
if [ -z "$ARCHIVE" ]; then
  (cd "$ROOT" && mvn -B -ntp -q install -DskipTests -pl '!itests')
  ARCHIVE=$(ls "$ROOT"/karaf-assembly/target/motcua-karaf-assembly-*.tar.gz | head -n 1)
fi
pg_fresh_schema intake_bench
cleanup() { [ -n "${DIST:-}" ] && node_stop; pg_drop_schema; rm -rf "$WORK"; }
trap cleanup EXIT
BASE=$(printf '%03d.%02d.%02d' $((RANDOM % 1000)) $((RANDOM % 100)) $((RANDOM % 100)))
node_unpack "$ARCHIVE" "$BASE.B01"
node_start /dossiers/counter
OPERATOR=$(operator_token)
AGENCY_LIST=""; OFFICERS=""; PROCEDURES=""
for i in $(seq 1 "$AGENCIES"); do
  AGENCY=$(printf '%s.B%02d' "$BASE" "$i")
  TAG=$(date +%s%N | tail -c 7)$i
  OFFICER=$(intake_setup "$OPERATOR" "$AGENCY" "$TAG")
  AGENCY_LIST="$AGENCY_LIST${AGENCY_LIST:+,}$AGENCY"; OFFICERS="$OFFICERS${OFFICERS:+,}$OFFICER"
  PROCEDURES="$PROCEDURES${PROCEDURES:+,}7.$TAG"
done
echo "MotCua intake benchmark — $(date -u +%FT%TZ), $(nproc) cores, database: ${MOTCUA_DB_URL:-embedded H2}"
java "$ROOT/benchmarks/IntakeBench.java" "$API" "$OFFICERS" "$PROCEDURES" "$AGENCY_LIST" "$COUNT" "$THREADS"
PID=$(pgrep -f "karaf.base=$DIST" | head -n 1)
echo "memory after load: RSS $(( $(awk '/VmRSS/ {print $2}' /proc/$PID/status) / 1024 )) MiB"
