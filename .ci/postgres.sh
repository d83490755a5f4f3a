#!/bin/sh
# Installs PostgreSQL from Debian (when missing), starts it, creates a user and a database for Gevinst's
# tests and prints the line to export:
#
#   eval "$(.ci/postgres.sh)"     # sets GEVINST_TEST_POSTGRES_URL
#
# The user gets CREATEDB: the tests and `gevinst-bench server` create a scratch database per run and drop it.
# Settings (environment): GEVINST_PG_USER (gevinst), GEVINST_PG_PASSWORD (gevinst), GEVINST_PG_DB (gevinst_test),
# GEVINST_PG_PORT (5432). Messages go to stderr; only the export line goes to stdout.
set -eu

user="${GEVINST_PG_USER:-gevinst}"
password="${GEVINST_PG_PASSWORD:-gevinst}"
database="${GEVINST_PG_DB:-gevinst_test}"
port="${GEVINST_PG_PORT:-5432}"

say() { echo "postgres.sh: $*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    say "installing PostgreSQL from Debian"
    as_root apt-get update >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
fi

# The newest installed major version and its cluster "main".
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
    say "creating cluster $version/main"
    as_root pg_createcluster "$version" main --port "$port" >&2
fi
if ! pg_lsclusters -h | grep "^$version main" | grep -q online; then
    say "starting PostgreSQL $version"
    as_root pg_ctlcluster "$version" main start >&2
fi

# Wait until it answers.
tries=0
until as_root su postgres -c "psql -p $port -tAc 'SELECT 1'" >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 30 ]; then say "PostgreSQL did not start; see /var/log/postgresql/"; exit 1; fi
    sleep 1
done

psql_admin() { as_root su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -tAc \"$1\""; }

if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != "1" ]; then
    say "creating user $user"
    psql_admin "CREATE ROLE $user LOGIN CREATEDB PASSWORD '$password'" >&2
else
    psql_admin "ALTER ROLE $user LOGIN CREATEDB PASSWORD '$password'" >&2
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
    say "creating database $database"
    psql_admin "CREATE DATABASE $database OWNER $user" >&2
fi

echo "export GEVINST_TEST_POSTGRES_URL=postgres://$user:$password@127.0.0.1:$port/$database?sslmode=disable"
