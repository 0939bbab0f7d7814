#!/usr/bin/env bash
# Two MotCua nodes on one PostgreSQL, as a province runs them: both start at once (the schema is migrated once, under
# the database lock), what one node writes the other reads, and two officers amending the same procedure on different
# nodes at the same moment cannot both win. Run by the build (itests, pre-integration-test) when a PostgreSQL test
# database is configured; usable alone:
#   MOTCUA_DB_URL=jdbc:postgresql://localhost:5432/motcua_test MOTCUA_DB_USER=motcua MOTCUA_DB_PASSWORD=motcua \
#     scripts/two-nodes.sh karaf-assembly/target/motcua-karaf-assembly-<version>.tar.gz
set -euo pipefail
ARCHIVE=$1
if [ -z "${MOTCUA_DB_URL:-}" ]; then
  echo "two-nodes check skipped: no PostgreSQL configured (MOTCUA_DB_URL)"
  exit 0
fi
source "$(dirname "$0")/lib/node.sh"
WORK=$(mktemp -d /tmp/motcua-nodes.XXXXXX)
# A schema of its own, so that the first-start procedure (bootstrap of the first provincial operator) runs for real.
pg_fresh_schema two_nodes
declare -A DIST PORT
for n in a b; do
  mkdir -p "$WORK/$n"
  tar -xzf "$ARCHIVE" -C "$WORK/$n"
  DIST[$n]=$(ls -d "$WORK/$n"/*/ | head -n 1)
  DIST[$n]=${DIST[$n]%/}
  PORT[$n]=$(free_port)
  # distinct SSH/JMX ports so both nodes run on one machine
  sed -i "s/^sshPort *=.*/sshPort = $(free_port)/" "${DIST[$n]}/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort *=.*/rmiServerPort = $(free_port)/" \
    "${DIST[$n]}/etc/org.apache.karaf.management.cfg"
done
cleanup() {
  for n in a b; do "${DIST[$n]}/bin/stop" >/dev/null 2>&1 || true; done
  sleep 3
  for n in a b; do pkill -9 -f "karaf.base=${DIST[$n]}" 2>/dev/null || true; done
  pg_drop_schema
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
  echo "TWO-NODES FAILED: $*" >&2
  for n in a b; do
    echo "--- node $n errors" >&2; grep -E "ERROR|Exception|WARN .*(SCR|Migration)" "${DIST[$n]}/data/log/karaf.log" \
      | grep -v "ExceptionMappers" | tail -n 25 >&2 || true
    echo "--- node $n log tail" >&2; tail -n 15 "${DIST[$n]}/data/log/karaf.log" >&2 || true
  done
  exit 1
}
ROOT_AGENCY=$(printf '%03d.%02d.%02d.R%02d' $((RANDOM % 1000)) $((RANDOM % 100)) $((RANDOM % 100)) $((RANDOM % 100)))
cat > "${DIST[a]}/etc/vn.motcua.identity.bootstrap.cfg" <<CFG
username = vanhanh
email = vanhanh@example.vn
agencyCode = $ROOT_AGENCY
CFG
for n in a b; do
  MOTCUA_NODE_NAME=node-$n MOTCUA_HTTP_PORT=${PORT[$n]} "${DIST[$n]}/bin/start"
done
for n in a b; do
  deadline=$((SECONDS + 240))
  until curl -fsS -o /dev/null "http://localhost:${PORT[$n]}/api/v1/procedures?size=1" 2>/dev/null \
      && api_ready "http://localhost:${PORT[$n]}/api/v1" "/sectors/{code}"; do
    [ $SECONDS -ge $deadline ] && fail "node $n did not serve the catalogue and login within 240 s"
    sleep 1
  done
done
A="http://localhost:${PORT[a]}/api/v1"
B="http://localhost:${PORT[b]}/api/v1"
# First start as documented: the temporary password from node a's log, a login, the forced password change.
deadline=$((SECONDS + 120))
until temp=$(grep -o "FIRST START: provincial operator 'vanhanh' created at agency [^ ]* with the temporary password: [^ ]*" \
    "${DIST[a]}/data/log/karaf.log" 2>/dev/null | head -n 1 | awk '{print $NF}') && [ -n "$temp" ]; do
  [ $SECONDS -ge $deadline ] && fail "no first-start operator in node a's log"
  sleep 1
done
# (retried for a while: the API is republished, briefly answering 404, each time a bundle's resources come up)
deadline=$((SECONDS + 60))
until first=$(curl -fsS -H 'Content-Type: application/json' -X POST "$A/auth/login" \
    -d "{\"login\":\"vanhanh\",\"password\":\"$temp\"}" | grep -o '"token":"[^"]*"' | cut -d'"' -f4) && [ -n "$first" ]; do
  [ $SECONDS -ge $deadline ] && fail "first login"
  sleep 1
done
NEWPW="Mk-$(date +%s)-hai-nut"
# the new session is asked for on node b: sessions are in the database, every node accepts them
TOKEN=$(curl -fsS -H 'Content-Type: application/json' -H "Authorization: Bearer $first" -X POST "$B/auth/password" \
  -d "{\"currentPassword\":\"$temp\",\"newPassword\":\"$NEWPW\"}" | grep -o '"token":"[^"]*"' | cut -d'"' -f4) \
  || fail "password change on node b"
[ -n "$TOKEN" ] || fail "no token after the password change"
tag=$(date +%s%N | tail -c 9)
sector="NODES-$tag"
agency=$(printf '%03d.%02d.%02d.N%02d' $((RANDOM % 1000)) $((RANDOM % 100)) $((RANDOM % 100)) $((RANDOM % 100)))
code="8.$tag"
json() { curl -sS -o /tmp/two-nodes.$$ -w '%{http_code}' -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
  -X "$1" "$2" -d "$3"; }
[ "$(json PUT "$A/sectors/$sector" "{\"nameVi\":\"Lĩnh vực hai nút\"}")" = 200 ] || fail "sector on node a"
[ "$(json POST "$A/agencies" "{\"code\":\"$agency\",\"nameVi\":\"Sở hai nút\",\"kind\":\"DEPARTMENT\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-07-01\"}")" = 201 ] \
  || fail "agency on node a: $(cat /tmp/two-nodes.$$)"
procedure() { # name effective
  echo "{\"code\":\"$code\",\"nameVi\":\"$1\",\"sectorCode\":\"$sector\",\"levels\":[\"PROVINCE\"],\"agencyCodes\":[\"$agency\"],\"onlineLevel\":\"PARTIAL\",\"processingTime\":{\"value\":5,\"unit\":\"WORKING_DAYS\"},\"channels\":[\"COUNTER\",\"ONLINE\"],\"decision\":{\"number\":\"QĐ $tag\",\"effectiveDate\":\"$2\"}}"
}
[ "$(json POST "$A/procedures" "$(procedure 'Thủ tục hai nút' 2025-08-01)")" = 201 ] || fail "create on node a: $(cat /tmp/two-nodes.$$)"
name=$(curl -fsS "$B/procedures/$code" | grep -o '"nameVi":"[^"]*"' | head -n 1)
[ "$name" = '"nameVi":"Thủ tục hai nút"' ] || fail "node b does not see node a's procedure ($name)"
# Two officers amend the same procedure on different nodes at the same moment.
for n in a b; do
  url=$A; [ $n = b ] && url=$B
  curl -sS -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
    -X POST "$url/procedures/$code/amendments" \
    -d "$(procedure "Sửa đổi từ nút $n" 2026-01-01)" > "$WORK/amend-$n" &
done
wait
codes="$(cat "$WORK/amend-a") $(cat "$WORK/amend-b")"
wins=$(echo "$codes" | tr ' ' '\n' | grep -c '^201$' || true)
[ "$wins" = 1 ] || fail "expected exactly one of two concurrent amendments to win, got HTTP $codes"
echo "$codes" | tr ' ' '\n' | grep -qE '^(409|400)$' || fail "the losing amendment was not refused cleanly: $codes"
versions=$(curl -fsS "$A/procedures/$code/versions" | grep -o '"version":[0-9]*' | wc -l)
[ "$versions" = 2 ] || fail "expected 2 versions, found $versions"
for n in a b; do
  url=$A; [ $n = b ] && url=$B
  curl -fsS "$url/health" | grep -q "\"node\":\"node-$n\"" || fail "node $n health does not name it"
done
migrated=$( (grep -l "Migrated schema of module catalogue" "${DIST[a]}/data/log/karaf.log" "${DIST[b]}/data/log/karaf.log" 2>/dev/null || true) | wc -l)
echo "Two-nodes check OK: shared PostgreSQL, first operator bootstrapped, sessions valid on both nodes, writes visible across nodes, concurrent amendments -> HTTP $codes, schema migrated by $migrated node(s)"
