# Helpers shared by the benchmark scripts (sourced, not run). Loopback only. Each script calls
# bench_init, then adds what it starts to PIDS; everything is stopped at exit, on error and on Ctrl-C.

# WORK (a temporary directory), PIDS, and the traps that clean up; the wrk scripts' directory.
bench_init() {
  WORK=$(mktemp -d)
  PIDS=()
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
  export LOAD_LUA_DIR; LOAD_LUA_DIR=$(realpath benchmarks/lua)
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_ready() { # url
  for _ in $(seq 1 120); do curl -sf "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "not ready: $1" >&2; return 1
}

# PostgreSQL refuses to run as root: run it as the package's postgres user when we are root.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

PG_BIN=""
PG_PORT=""
# Starts a throwaway PostgreSQL cluster in $WORK/pg on a free loopback port (user bench, trust).
start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PG_BIN" ] || { echo "PostgreSQL binaries missing: apt-get install postgresql" >&2; exit 2; }
  PG_PORT=$(free_port)
  chmod 755 "$WORK"
  mkdir -p "$WORK/pg"; [ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pg"
  as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U bench --auth=trust >/dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
}

# A fresh database on the throwaway cluster; prints its JDBC URL.
create_database() { # name
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U bench "$1"
  echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$1"
}

# Stops everything the script started, PostgreSQL last, and removes the temporary directory.
bench_cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null || true; done
  if [ -n "$PG_BIN" ] && [ -d "$WORK/pg" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
