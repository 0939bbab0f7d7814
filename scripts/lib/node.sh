# Shared by scripts/kill-intake.sh and benchmarks/*.sh (source it): one MotCua node from the built archive, started
# as an operator would start it, and the first-start procedure (bootstrap operator, forced password change) over HTTP.
# The caller sets WORK (a scratch directory) and, optionally, MOTCUA_DB_* in the environment.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'; }

# node_unpack ARCHIVE ROOT_AGENCY -> sets DIST, PORT, API; writes the first-operator bootstrap file
node_unpack() {
  tar -xzf "$1" -C "$WORK"
  DIST=$(ls -d "$WORK"/*/ | head -n 1); DIST=${DIST%/}
  PORT=${PORT:-$(free_port)}
  API="http://localhost:$PORT/api/v1"
  sed -i "s/^sshPort *=.*/sshPort = $(free_port)/" "$DIST/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(free_port)/; s/^rmiServerPort *=.*/rmiServerPort = $(free_port)/" \
    "$DIST/etc/org.apache.karaf.management.cfg"
  cat > "$DIST/etc/vn.motcua.identity.bootstrap.cfg" <<CFG
username = vanhanh
email = vanhanh@example.vn
agencyCode = $2
CFG
}

# api_ready API_URL [OPENAPI_PATH] -> true once login and the operation are served and the API has settled: the server
# is rebuilt as each capability's resources arrive and a request during a rebuild finds no service, so the same OpenAPI
# document must be served twice, 3 s apart. Uses $WORK.
api_ready() {
  local api=$1 path=${2:-/auth/login}
  # the document is read whole first: grep -q would close the pipe early, and under pipefail that fails the check
  curl -fsS -o "$WORK/openapi.json" "$api/openapi.json" 2>/dev/null && grep -q "\"$path\"" "$WORK/openapi.json" \
    && [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -X POST "$api/auth/login" -d '{}')" = 400 ] \
    && sleep 3 && curl -fsS -o "$WORK/openapi.again.json" "$api/openapi.json" 2>/dev/null \
    && cmp -s "$WORK/openapi.json" "$WORK/openapi.again.json"
}

# node_start [OPENAPI_PATH] -> starts the node and waits until api_ready
node_start() {
  local path=${1:-/auth/login}
  MOTCUA_NODE_NAME=${MOTCUA_NODE_NAME:-node} MOTCUA_HTTP_PORT=$PORT "$DIST/bin/start"
  local deadline=$((SECONDS + 240))
  until api_ready "$API" "$path"; do
    [ $SECONDS -ge $deadline ] && { echo "the node did not serve $path and login within 240 s" >&2; return 1; }
    sleep 1
  done
}

node_kill() { pkill -9 -f "karaf.base=$DIST" 2>/dev/null || true; }

node_stop() { "$DIST/bin/stop" >/dev/null 2>&1 || true; sleep 2; node_kill; }

# api METHOD URL TOKEN BODY -> prints the HTTP status, leaves the body in $WORK/out
api() {
  curl -sS -o "$WORK/out" -w '%{http_code}' -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} \
    -X "$1" "$2" ${4:+-d "$4"}
}

# out_field NAME -> the first string field NAME of the last answer
out_field() { grep -o "\"$1\":\"[^\"]*\"" "$WORK/out" | head -n 1 | cut -d'"' -f4; }

# first_login LOGIN TEMPORARY_PASSWORD -> prints a full session token (after the forced password change)
first_login() {
  [ "$(api POST "$API/auth/login" "" "{\"login\":\"$1\",\"password\":\"$2\"}")" = 200 ] || { cat "$WORK/out" >&2; return 1; }
  local limited; limited=$(out_field token)
  [ "$(api POST "$API/auth/password" "$limited" "{\"currentPassword\":\"$2\",\"newPassword\":\"Mk-$(date +%s%N)-hop-le-x9\"}")" = 200 ] \
    || { cat "$WORK/out" >&2; return 1; }
  out_field token
}

# operator_token -> the bootstrapped provincial operator's session (temporary password read from the node's log)
operator_token() {
  local deadline=$((SECONDS + 120)) temp
  until temp=$(grep -o "FIRST START: provincial operator 'vanhanh' created at agency [^ ]* with the temporary password: [^ ]*" \
      "$DIST/data/log/karaf.log" 2>/dev/null | head -n 1 | awk '{print $NF}') && [ -n "$temp" ]; do
    [ $SECONDS -ge $deadline ] && { echo "no first-start operator in the log" >&2; return 1; }
    sleep 1
  done
  first_login vanhanh "$temp"
}

# intake_setup OPERATOR_TOKEN AGENCY TAG -> creates the agency, a sector, procedure 7.TAG (5 working days, counter and
# online) and a one-stop officer; prints the officer's token
intake_setup() {
  local op=$1 agency=$2 tag=$3
  [ "$(api POST "$API/agencies" "$op" "{\"code\":\"$agency\",\"nameVi\":\"Trung tâm kiểm thử\",\"kind\":\"ONE_STOP_CENTRE\",\"level\":\"PROVINCE\",\"validFrom\":\"2025-07-01\"}")" = 201 ] \
    || { echo "agency: $(cat "$WORK/out")" >&2; return 1; }
  [ "$(api PUT "$API/sectors/S-$tag" "$op" '{"nameVi":"Lĩnh vực kiểm thử"}')" = 200 ] || { echo "sector: $(cat "$WORK/out")" >&2; return 1; }
  [ "$(api POST "$API/procedures" "$op" "{\"code\":\"7.$tag\",\"nameVi\":\"Thủ tục kiểm thử\",\"sectorCode\":\"S-$tag\",\"levels\":[\"PROVINCE\"],\"agencyCodes\":[\"$agency\"],\"onlineLevel\":\"FULL\",\"processingTime\":{\"value\":5,\"unit\":\"WORKING_DAYS\"},\"channels\":[\"COUNTER\",\"ONLINE\"],\"decision\":{\"number\":\"QĐ $tag\",\"effectiveDate\":\"2025-07-01\"}}")" = 201 ] \
    || { echo "procedure: $(cat "$WORK/out")" >&2; return 1; }
  [ "$(api POST "$API/staff" "$op" "{\"username\":\"quay$tag\",\"fullName\":\"Cán bộ một cửa\",\"email\":\"quay$tag@example.vn\",\"position\":{\"agencyCode\":\"$agency\",\"roles\":[\"ONE_STOP_OFFICER\"],\"sectors\":[],\"procedures\":[]}}")" = 201 ] \
    || { echo "officer: $(cat "$WORK/out")" >&2; return 1; }
  first_login "quay$tag" "$(out_field temporaryPassword)"
}

# pg_fresh_schema PREFIX -> on PostgreSQL (MOTCUA_DB_URL set): a schema of its own, so that the first-start procedure
# runs for real and nothing collides with other data; sets SCHEMA, defines psql_run and points MOTCUA_DB_URL at it.
# The caller drops it with pg_drop_schema. Does nothing on the embedded H2.
pg_fresh_schema() {
  SCHEMA=""
  [ -n "${MOTCUA_DB_URL:-}" ] || return 0
  export MOTCUA_DB_DRIVER="PostgreSQL JDBC Driver"
  local hostport=${MOTCUA_DB_URL#jdbc:postgresql://}
  PG_DB=${hostport#*/}; PG_DB=${PG_DB%%\?*}
  hostport=${hostport%%/*}
  PG_HOST=${hostport%%:*}; PG_PORT=${hostport#*:}; [ "$PG_PORT" = "$hostport" ] && PG_PORT=5432
  SCHEMA="$1_$(date +%s%N | tail -c 9)"
  psql_run "create schema $SCHEMA" >/dev/null
  case "$MOTCUA_DB_URL" in *\?*) MOTCUA_DB_URL="$MOTCUA_DB_URL&currentSchema=$SCHEMA" ;; *) MOTCUA_DB_URL="$MOTCUA_DB_URL?currentSchema=$SCHEMA" ;; esac
  export MOTCUA_DB_URL
}

psql_run() {
  PGPASSWORD=${MOTCUA_DB_PASSWORD:-} psql -qtA -h "$PG_HOST" -p "$PG_PORT" -U "${MOTCUA_DB_USER:-motcua}" -d "$PG_DB" -c "$1"
}

pg_drop_schema() { [ -z "${SCHEMA:-}" ] || psql_run "drop schema if exists $SCHEMA cascade" >/dev/null 2>&1 || true; }
