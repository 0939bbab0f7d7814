#!/usr/bin/env bash
# A node killed with SIGKILL in the middle of intake leaves no half-written dossier (issue #5): after the restart every
# dossier has its transition and its outbox event, the receipt numbers of the day have no gap and no repeat, the
# sequence row matches the last number, and the next intake continues the sequence. Run by the build (itests,
# pre-integration-test) when a PostgreSQL test database is configured; usable alone:
#   MOTCUA_DB_URL=jdbc:postgresql://localhost:5432/motcua_test MOTCUA_DB_USER=motcua MOTCUA_DB_PASSWORD=motcua \
#     scripts/kill-intake.sh karaf-assembly/target/motcua-karaf-assembly-<version>.tar.gz
set -euo pipefail
ARCHIVE=$1
if [ -z "${MOTCUA_DB_URL:-}" ]; then
  echo "kill-intake check skipped: no PostgreSQL configured (MOTCUA_DB_URL)"
  exit 0
fi
source "$(dirname "$0")/lib/node.sh"
WORK=$(mktemp -d /tmp/motcua-kill.XXXXXX)
pg_fresh_schema kill_intake
LOADERS=()
cleanup() {
  for p in "${LOADERS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  [ -n "${DIST:-}" ] && node_stop
  pg_drop_schema
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
  echo "KILL-INTAKE FAILED: $*" >&2
  grep -E "ERROR|Exception" "$DIST/data/log/karaf.log" 2>/dev/null | grep -v ExceptionMappers | tail -n 20 >&2 || true
  exit 1
}
ROOT=$(printf '%03d.%02d.%02d.K%02d' $((RANDOM % 1000)) $((RANDOM % 100)) $((RANDOM % 100)) $((RANDOM % 100)))
tag=$(date +%s%N | tail -c 7)
node_unpack "$ARCHIVE" "$ROOT"
node_start /dossiers/counter || fail "start"
OPERATOR=$(operator_token) || fail "first-start operator"
OFFICER=$(intake_setup "$OPERATOR" "$ROOT" "$tag") || fail "catalogue and officer"
BODY="{\"procedureCode\":\"7.$tag\",\"agencyCode\":\"$ROOT\",\"channel\":\"COUNTER\",\"applicant\":{\"kind\":\"CITIZEN\",\"name\":\"Người nộp\"},\"delivery\":{\"method\":\"COUNTER\"}}"
# Eight desks receive dossiers as fast as they can; the node is killed while they do.
for desk in 1 2 3 4 5 6 7 8; do
  ( while true; do
      curl -s -o /dev/null -w '%{http_code}\n' -m 10 -H 'Content-Type: application/json' -H "Authorization: Bearer $OFFICER" \
        -X POST "$API/dossiers/counter" -d "$BODY" >> "$WORK/desk-$desk" 2>/dev/null || echo 000 >> "$WORK/desk-$desk"
    done ) &
  LOADERS+=($!)
done
sleep 6
pgrep -f "karaf.base=$DIST" >/dev/null || fail "no node to kill"
node_kill
sleep 1
for p in "${LOADERS[@]}"; do kill "$p" 2>/dev/null || true; done
LOADERS=()
accepted=$(cat "$WORK"/desk-* | grep -c '^201$' || true)
[ "$accepted" -gt 0 ] || fail "no intake succeeded before the kill"
node_start /dossiers/counter || fail "restart"
q() { psql_run "set search_path to $SCHEMA; $1" | tail -n 1; }
dossiers=$(q "select count(*) from dossier")
[ "$dossiers" -ge "$accepted" ] || fail "$accepted intakes were answered 201 but only $dossiers dossiers exist"
orphans=$(q "select count(*) from dossier d where not exists (select 1 from dossier_transition t where t.dossier_id = d.id) or not exists (select 1 from dossier_event e where e.dossier_id = d.id)")
[ "$orphans" = 0 ] || fail "$orphans dossiers without their transition or event"
incomplete=$(q "select count(*) from dossier where status_code = 2 and (due_at is null or received_at is null or code is null)")
[ "$incomplete" = 0 ] || fail "$incomplete received dossiers without code, receipt time or appointment"
gaps=$(q "select count(*) - max(cast(right(code, 4) as int)) from dossier")
[ "$gaps" = 0 ] || fail "receipt numbers have gaps or repeats ($gaps)"
sequence=$(q "select last_value from dossier_code_sequence")
[ "$sequence" = "$dossiers" ] || fail "the sequence row says $sequence, $dossiers dossiers exist"
[ "$(api POST "$API/dossiers/counter" "$OFFICER" "$BODY")" = 201 ] || fail "intake after the restart: $(cat "$WORK/out")"
next=$(out_field code); expected=$(printf '%04d' $((dossiers + 1)))
[ "${next: -4}" = "$expected" ] || fail "the first code after the restart is $next, expected …-$expected"
echo "Kill-intake check OK: killed during intake on 8 desks ($accepted answered 201, $dossiers dossiers stored), none half-written, codes gap-free, sequence continues at $next"
