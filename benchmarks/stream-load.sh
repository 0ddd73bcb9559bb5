#!/usr/bin/env bash
# The change stream under load: starts the jar on SQLite in a throwaway directory, connects CLIENTS
# Server-Sent-Events clients to /v1/events and reports REPORTS new incidents, printing the
# new-incident rate and the change-to-client latency (p50, p99). Compare CLIENTS=0 with 200.
#
# usage: benchmarks/stream-load.sh [clients] [reports]   (default 200 2000)
# needs: the built jars (mvn -B -q package -DskipTests). Loopback only; bounded by count; stops what it starts.
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS="${1:-200}"
REPORTS="${2:-2000}"
JAR="${JAR:-bootstrap/target/llm-incident-manager.jar}"
BENCH_JAR=benchmarks/target/benchmarks.jar
[ -f "$JAR" ] && [ -f "$BENCH_JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }

. benchmarks/common.sh
bench_init
PORT=$(free_port)
METRICS=$(free_port)
LLMIM_SERVER_LISTEN_ADDRESS="127.0.0.1:$PORT" LLMIM_METRICS_LISTEN_ADDRESS="127.0.0.1:$METRICS" \
LLMIM_STORAGE_URL="jdbc:sqlite:$WORK/incidents.db" LLMIM_SERVER_GRPC_LISTEN_ADDRESS="" \
  java -jar "$JAR" >"$WORK/server.log" 2>&1 &
PIDS+=("$!")
wait_ready "http://127.0.0.1:$PORT/ready" || { tail -20 "$WORK/server.log" >&2; exit 1; }

echo "clients=$CLIENTS reports=$REPORTS store=sqlite jar=$JAR"
java -cp "$BENCH_JAR" io.llmim.benchmarks.StreamLoad "$CLIENTS" "$REPORTS" "http://127.0.0.1:$PORT"
grep -hE "WARN|ERROR" "$WORK/server.log" | sort | uniq -c | sort -rn | head -5 || true
