#!/usr/bin/env bash
# Provisions a local PostgreSQL for the test suite: installs Debian's server if missing (needs root), starts the
# cluster, and creates the role and database the integration tests use. Idempotent; safe to run again.
#   MOTCUA_TEST_DB_NAME (default motcua_test), MOTCUA_TEST_DB_USER / _PASSWORD (default motcua / motcua)
#   --reset   drop and re-create the database, so a test run starts from an empty schema
set -euo pipefail
RESET=false
[ "${1:-}" = "--reset" ] && RESET=true
DB_NAME=${MOTCUA_TEST_DB_NAME:-motcua_test}
DB_USER=${MOTCUA_TEST_DB_USER:-motcua}
DB_PASSWORD=${MOTCUA_TEST_DB_PASSWORD:-motcua}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "PostgreSQL server not found; installing Debian's postgresql package" >&2
  if [ "$(id -u)" != 0 ]; then echo "need root to install PostgreSQL (or set MOTCUA_TEST_DB_URL)" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

VERSION=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$VERSION main$"; then
  pg_createcluster "$VERSION" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VERSION" main start
fi
for _ in $(seq 1 30); do
  as_postgres "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
as_postgres "psql -qtAc \"select 1 from pg_roles where rolname='$DB_USER'\"" | grep -q 1 \
  || as_postgres "psql -qc \"create role $DB_USER login password '$DB_PASSWORD'\""
if $RESET; then
  as_postgres "dropdb --if-exists --force $DB_NAME"
fi
as_postgres "psql -qtAc \"select 1 from pg_database where datname='$DB_NAME'\"" | grep -q 1 \
  || as_postgres "createdb -O $DB_USER $DB_NAME"
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}')
echo "jdbc:postgresql://localhost:$PORT/$DB_NAME"
