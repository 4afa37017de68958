#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests and local experiments.
#
#   postgres.sh start DIR   create a cluster under DIR (made if missing), start it on a free
#                           loopback port and print one line: its Npgsql connection string
#   postgres.sh stop DIR    stop that cluster and remove DIR (safe if it is already gone)
#
# initdb refuses to run as root, so as root the server runs as the `postgres` system user;
# as any other user it runs as that user. Data safety is traded for speed (fsync off):
# never point this at data you want to keep.
set -euo pipefail

usage() { echo "usage: $0 start DIR | stop DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
cmd=$1
dir=$2

find_bin() {
  local name=$1 candidate
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
  for candidate in /usr/local/bin/"$name" /usr/lib/postgresql/*/bin/"$name" /usr/local/pgsql/bin/"$name"; do
    if [[ -x $candidate ]]; then echo "$candidate"; return 0; fi
  done
  echo "postgres.sh: $name not found (install the PostgreSQL server binaries)" >&2
  return 1
}

# Run a command as the cluster owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

source "$(dirname "${BASH_SOURCE[0]}")/free-port.sh"

pgdata() { echo "$dir/data"; }

is_running() {
  [[ -f "$(pgdata)/postmaster.pid" ]] && as_owner "$PG_CTL" -D "$(pgdata)" status >/dev/null 2>&1
}

start() {
  INITDB=$(find_bin initdb)
  PG_CTL=$(find_bin pg_ctl)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$dir"
    chmod 700 "$dir"
    if ! runuser -u postgres -- test -w "$dir"; then
      echo "postgres.sh: user postgres cannot reach $dir (a parent directory is private); use a directory such as \$(mktemp -d)" >&2
      return 1
    fi
  fi

  if is_running; then
    # Started before and still up: print the same connection string again.
    local port
    port=$(cat "$dir/port")
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres;Include Error Detail=true"
    return 0
  fi

  if [[ ! -f "$(pgdata)/PG_VERSION" ]]; then
    rm -rf "$(pgdata)"
    as_owner "$INITDB" -D "$(pgdata)" -U postgres -E UTF8 --locale=C \
      --auth-local=trust --auth-host=trust >"$dir/initdb.log" 2>&1 || {
      echo "postgres.sh: initdb failed:" >&2
      cat "$dir/initdb.log" >&2
      return 1
    }
  fi

  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$PG_CTL" -D "$(pgdata)" -l "$dir/server.log" -w -t 60 start \
      -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      >/dev/null 2>&1; then
      break
    fi
    # The port may have been taken between the probe and the start: try another one.
    if [[ $attempt -eq 5 ]]; then
      echo "postgres.sh: could not start PostgreSQL; server log:" >&2
      tail -n 30 "$dir/server.log" >&2 || true
      return 1
    fi
  done
  echo "$port" >"$dir/port"

  # pg_ctl -w already waits; confirm that TCP connections are accepted too.
  local i
  for i in $(seq 1 60); do
    if command -v pg_isready >/dev/null 2>&1; then
      pg_isready -q -h 127.0.0.1 -p "$port" -U postgres && break
    elif (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      break
    fi
    sleep 0.5
  done

  echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres;Include Error Detail=true"
}

stop() {
  if [[ ! -d $dir ]]; then
    return 0
  fi
  if [[ -f "$(pgdata)/postmaster.pid" ]]; then
    PG_CTL=$(find_bin pg_ctl)
    as_owner "$PG_CTL" -D "$(pgdata)" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    # If pg_ctl could not stop it, end the postmaster by its recorded pid.
    local pid
    pid=$(head -n 1 "$(pgdata)/postmaster.pid" 2>/dev/null || true)
    if [[ -n ${pid:-} ]] && kill -0 "$pid" 2>/dev/null; then
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$dir"
}

case $cmd in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
