#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 (initdb + pg_ctl as the postgres user, in a temporary folder,
# on a private port), runs the given command with DATABASE_URL pointing at it, then stops it.
# Usage: scripts/with-postgres.sh npm test
set -euo pipefail
port="${PGPORT_TEST:-55432}"
dir="$(mktemp -d /tmp/lphm-pg.XXXXXX)"
chown postgres "$dir" 2>/dev/null || true
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_postgres initdb -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
as_postgres pg_ctl -D "$dir/data" -l "$dir/server.log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
stop() { as_postgres pg_ctl -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap stop EXIT
export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL running at $DATABASE_URL"
"$@"
