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

. benchmarks/common.sh
bench_init

if [ "$STORE" = postgres ]; then
  start_postgres
  STORAGE_URL=$(create_database incidents)
else
  INSTANCES=1
  STORAGE_URL="jdbc:sqlite:$WORK/incidents.db"
fi

URLS=()
for i in $(seq 1 "$INSTANCES"); do
  port=$(free_port); metrics_port=$(free_port)
  LLMIM_SERVER_LISTEN_ADDRESS="127.0.0.1:$port" LLMIM_METRICS_LISTEN_ADDRESS="127.0.0.1:$metrics_port" \
  LLMIM_STORAGE_URL="$STORAGE_URL" LLMIM_STORAGE_USERNAME=bench LLMIM_SERVER_GRPC_LISTEN_ADDRESS="" \
    java -jar "$JAR" >"$WORK/instance-$i.log" 2>&1 &
  PIDS+=($!)
  URLS+=("http://127.0.0.1:$port")
done
for url in "${URLS[@]}"; do wait_ready "$url/ready"; done

echo "store=$STORE instances=$INSTANCES jar=$JAR"
java -cp "$BENCH_JAR" io.llmim.benchmarks.HotFingerprintLoad "$CLIENTS" "$REPORTS" "${URLS[@]}"
grep -hE "WARN|ERROR" "$WORK"/instance-*.log | sort | uniq -c | sort -rn | head -5 || true
