#!/usr/bin/env bash
# Throwaway Redis for tests and local experiments (Debian's redis-server).
#
#   redis.sh start DIR   start redis-server on a free loopback port with its files under DIR (made if
#                        missing) and print one line: its address, 127.0.0.1:PORT
#   redis.sh stop DIR    stop that server and remove DIR (safe if it is already gone)
#
# Nothing is persisted (no RDB snapshots, no AOF): never point this at data you want to keep.
set -euo pipefail

usage() { echo "usage: $0 start DIR | stop DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
cmd=$1
dir=$2

find_server() {
  local candidate
  for candidate in "$(command -v redis-server 2>/dev/null || true)" /usr/bin/redis-server /usr/local/bin/redis-server; do
    if [[ -n $candidate && -x $candidate ]]; then echo "$candidate"; return 0; fi
  done
  echo "redis.sh: redis-server not found (install Debian's redis-server)" >&2
  return 1
}

source "$(dirname "${BASH_SOURCE[0]}")/free-port.sh"

# PING over a plain socket, so redis-cli is not needed.
answers() {
  local port=$1
  (
    exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'PING\r\n' >&3 && read -r -t 2 reply <&3 && [[ $reply == +PONG* ]]
  ) 2>/dev/null
}

# The recorded pid, if it is still a redis-server (never another process that got the number since).
server_pid() {
  local pid
  pid=$(cat "$dir/redis.pid" 2>/dev/null) || return 1
  [[ -n $pid && $(cat "/proc/$pid/comm" 2>/dev/null) == redis-server* ]] && echo "$pid"
}

is_running() {
  [[ -f "$dir/port" ]] && server_pid >/dev/null && answers "$(cat "$dir/port")"
}

start() {
  local server
  server=$(find_server)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)

  if is_running; then
    # Started before and still up: print the same address again.
    echo "127.0.0.1:$(cat "$dir/port")"
    return 0
  fi

  local port attempt i pid
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    rm -f "$dir/redis.pid"
    "$server" --bind 127.0.0.1 --port "$port" --dir "$dir" --save '' --appendonly no \
      --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null 2>&1 || true
    for i in $(seq 1 50); do
      if answers "$port"; then
        echo "$port" >"$dir/port"
        echo "127.0.0.1:$port"
        return 0
      fi
      sleep 0.1
    done
    # The port may have been taken between the probe and the start: try another one.
    pid=$(server_pid) && kill "$pid" 2>/dev/null || true
  done
  echo "redis.sh: could not start redis-server; its log:" >&2
  tail -n 30 "$dir/redis.log" >&2 || true
  return 1
}

stop() {
  if [[ ! -d $dir ]]; then
    return 0
  fi
  local pid i
  if pid=$(server_pid) && kill "$pid" 2>/dev/null; then
    for i in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}

case $cmd in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
