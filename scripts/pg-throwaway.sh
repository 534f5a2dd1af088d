#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the store's tests (CI and local runs).
#
#   scripts/pg-throwaway.sh start   # prints the database URL on stdout, everything else on stderr
#   scripts/pg-throwaway.sh stop    # stops the cluster and deletes its files
#
# PG_THROWAWAY_PORT (default 5433) keeps it clear of a distribution cluster on 5432;
# PG_THROWAWAY_DIR (default /tmp/todoku-pg-PORT) holds the data, the socket and the log.
# As root (CI), the server runs as the `postgres` user, since PostgreSQL refuses to run as root.
set -euo pipefail

port="${PG_THROWAWAY_PORT:-5433}"
dir="${PG_THROWAWAY_DIR:-/tmp/todoku-pg-$port}"
database="todoku_test"
url="postgres://postgres@127.0.0.1:$port/$database"

log() { echo "pg-throwaway: $*" >&2; }

pg_bin() {
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    bin="$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"
  fi
  if [ ! -x "$bin/initdb" ]; then
    log "no PostgreSQL server binaries found (apt-get install -y postgresql)"
    exit 1
  fi
  echo "$bin"
}

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin
  bin="$(pg_bin)"
  if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    log "already running on 127.0.0.1:$port ($dir)"
    echo "$url"
    return
  fi
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
    log "something else already listens on 127.0.0.1:$port; set PG_THROWAWAY_PORT"
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    log "running as root but there is no postgres user to run the server as"
    exit 1
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  chmod 700 "$dir"
  # UTF8 and the C collation whatever the machine's locale: the tests compare Unicode text byte for byte.
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # Loopback only; the socket lives in the cluster's own directory (/var/run/postgresql may not exist);
  # no fsync, since the data is thrown away.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$database"
  log "started on 127.0.0.1:$port ($dir)"
  echo "$url"
}

stop() {
  if [ ! -d "$dir/data" ]; then
    log "nothing to stop in $dir"
    return
  fi
  local bin
  bin="$(pg_bin)"
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
  log "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
