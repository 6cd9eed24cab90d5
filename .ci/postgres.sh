#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests (installs it from Debian's packages when missing) and prints
# the JDBC URL of a fresh database 'ledgerbridge' (user/password app/app). Usage: .ci/postgres.sh start|stop DIR
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?data directory}
free_port() { local p; for p in $(seq 55432 55532); do (echo > /dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; return; }; done; return 1; }
port=${PG_PORT:-$(free_port)}
pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ "$cmd" = stop ]; then
  [ -d "$dir/data" ] && runuser -u postgres -- "$(pgbin)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  exit 0
fi
if [ -z "$(pgbin)" ] || [ ! -x "$(pgbin)/initdb" ]; then
  echo "installing PostgreSQL from Debian packages" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
id postgres >/dev/null 2>&1 || useradd -r -m postgres
PG=$(pgbin)
mkdir -p "$dir/sock"; chown -R postgres:postgres "$dir"
runuser -u postgres -- "$PG/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >/dev/null
runuser -u postgres -- "$PG/pg_ctl" -D "$dir/data" -l "$dir/pg.log" -w \
  -o "-p $port -k $dir/sock -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
runuser -u postgres -- "$PG/psql" -q -h 127.0.0.1 -p "$port" -U postgres \
  -c "create user app password 'app' createdb" -c "create database ledgerbridge owner app" >/dev/null
echo "jdbc:postgresql://127.0.0.1:$port/ledgerbridge?user=app&password=app"
