#!/usr/bin/env bash
# Hot fingerprint: CLIENTS clients each report the same event REPORTS times to INSTANCES instances
# of the jar sharing one store (PostgreSQL by default, started by this script from the Debian
# package's binaries in a throwaway directory; STORE=sqlite for one instance on SQLite).
# Prints status counts, latency percentiles, and whether occurrence_count is exact.
#
# usage: benchmarks/hot-fingerprint.sh [instances] [clients] [reports-per-client]   (default 1 50 1000)
# needs: the built jars (mvn -B -q package -DskipTests); for PostgreSQL the Debian `postgresql`
#        package. Loopback only; bounded by count; stops everything it starts.
set -euo pipefail
cd "$(dirname "$0")/.."

INSTANCES="${1:-1}"
CLIENTS="${2:-50}"
REPORTS="${3:-1000}"
STORE="${STORE:-postgres}"
JAR="${JAR:-bootstrap/target/llm-incident-manager.jar}"
BENCH_JAR=benchmarks/target/benchmarks.jar
[ -f "$JAR" ] && [ -f "$BENCH_JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d)
chmod 755 "$WORK"
PIDS=()
PG_BIN=""
cleanup() {
  for pid in "${PIDS[@]:-}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]:-}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$PG_BIN" ] && [ -d "$WORK/pg" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_ready() { for _ in $(seq 1 120); do curl -sf "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "not ready: $1" >&2; return 1; }
# PostgreSQL refuses to run as root: run it as the package's postgres user when we are root.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "$STORE" = postgres ]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PG_BIN" ] || { echo "PostgreSQL binaries missing: apt-get install postgresql" >&2; exit 2; }
  PG_PORT=$(free_port)
  mkdir -p "$WORK/pg"; [ "$(id -u)" -eq 0 ] && chown postgres "$WORK/pg"
  as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U bench --auth=trust >/dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U bench incidents
  STORAGE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/incidents"
else
  INSTANCES=1
  STORAGE_URL="jdbc:sqlite:$WORK/incidents.db"
fi

URLS=()
for i in $(seq 1 "$INSTANCES"); do
  port=$(free_port); metrics_port=$(free_port)
  LLMIM_SERVER_LISTEN_ADDRESS="127.0.0.1:$port" LLMIM_METRICS_LISTEN_ADDRESS="127.0.0.1:$metrics_port" \
  LLMIM_STORAGE_URL="$STORAGE_URL" LLMIM_STORAGE_USERNAME=bench \
    java -jar "$JAR" >"$WORK/instance-$i.log" 2>&1 &
  PIDS+=($!)
  URLS+=("http://127.0.0.1:$port")
done
for url in "${URLS[@]}"; do wait_ready "$url/ready"; done

echo "store=$STORE instances=$INSTANCES jar=$JAR"
java -cp "$BENCH_JAR" io.llmim.benchmarks.HotFingerprintLoad "$CLIENTS" "$REPORTS" "${URLS[@]}"
grep -hE "WARN|ERROR" "$WORK"/instance-*.log | sort | uniq -c | sort -rn | head -5 || true
