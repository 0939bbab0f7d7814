#!/usr/bin/env bash
# End-to-end check of the shipped archive, as a newcomer and an air-gapped province would use it: unpack it, forbid
# every Maven download (offline, empty local repository), start it on its embedded database with demo data, and check
# that the catalogue answers a search. Run by the build (itests, pre-integration-test); usable alone:
#   scripts/smoke-distribution.sh karaf-assembly/target/motcua-karaf-assembly-<version>.tar.gz
set -euo pipefail
ARCHIVE=$1
source "$(dirname "$0")/dist-lib.sh"
PORT=${SMOKE_PORT:-$(free_port 2>/dev/null || echo 8197)}
unpack_dist "$ARCHIVE" smoke
mkdir -p "$WORK/empty-m2"
CFG="$DIST/etc/org.ops4j.pax.url.mvn.cfg"
sed -i '/^org.ops4j.pax.url.mvn.repositories/,/[^\\]$/d' "$CFG"
cat >> "$CFG" <<CFG
org.ops4j.pax.url.mvn.offline = true
org.ops4j.pax.url.mvn.localRepository = $WORK/empty-m2
org.ops4j.pax.url.mvn.repositories =
org.ops4j.pax.url.mvn.useFallbackRepositories = false
CFG
started=$(date +%s)
MOTCUA_DEMO_DATA=true MOTCUA_HTTP_PORT=$PORT "$DIST/bin/start"
deadline=$((started + 240))
hits=0
until [ "$hits" -gt 0 ] 2>/dev/null; do
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "SMOKE FAILED: no search hit for 'khai sinh' within 240 s; log tail:" >&2
    tail -n 60 "$DIST/data/log/karaf.log" >&2 || true
    exit 1
  fi
  sleep 1
  hits=$(curl -fsS "http://localhost:$PORT/api/v1/procedures?q=khai%20sinh" 2>/dev/null \
    | grep -o '"totalItems":[0-9]*' | cut -d: -f2 || echo 0)
done
status=$(curl -fsS "http://localhost:$PORT/api/v1/health" | grep -o '"status":"[A-Z]*"' | head -n 1)
if grep -q "Unknown protocol: mvn\|Error installing boot features\|Artifact .* not found" "$DIST/data/log/karaf.log"; then
  echo "SMOKE FAILED: the distribution tried to fetch something it should contain" >&2
  grep -m 5 "Unknown protocol: mvn\|Error installing boot features\|not found" "$DIST/data/log/karaf.log" >&2
  exit 1
fi
echo "Distribution smoke check OK: offline with an empty Maven repository, demo catalogue searchable after $(( $(date +%s) - started )) s, health $status"
