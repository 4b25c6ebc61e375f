#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 cluster on 127.0.0.1 for the test suites and prints the TEST_DATABASE_URL.
# Needs root and Debian's postgresql package (`apt-get install -y postgresql`). Idempotent.
set -euo pipefail
PORT="${TEST_PG_PORT:-54329}"
VERSION="${TEST_PG_VERSION:-15}"
CLUSTER=tracker_ci
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$VERSION $CLUSTER"; then
  pg_createcluster "$VERSION" "$CLUSTER" -p "$PORT" >/dev/null
  # -o would mangle the quotes; a conf.d file keeps them.
  printf "listen_addresses = '127.0.0.1'\nfsync = on\nmax_connections = 200\n" >"/etc/postgresql/$VERSION/$CLUSTER/conf.d/tracker.conf"
fi
pg_ctlcluster "$VERSION" "$CLUSTER" start >/dev/null 2>&1 || true
for _ in $(seq 1 50); do
  runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 0.2
done
runuser -u postgres -- psql -q -p "$PORT" -d postgres -v ON_ERROR_STOP=1 >/dev/null <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = 'tracker') then
    create role tracker login password 'tracker' createdb;
  end if;
end \$\$;
-- Test databases are dropped WITH (FORCE): that must be able to end an autovacuum worker still in the database.
grant pg_signal_backend to tracker;
SQL
runuser -u postgres -- psql -q -p "$PORT" -d postgres -tc "select 1 from pg_database where datname = 'tracker'" | grep -q 1 ||
  runuser -u postgres -- createdb -p "$PORT" -O tracker tracker
echo "postgres://tracker:tracker@127.0.0.1:$PORT/tracker"
