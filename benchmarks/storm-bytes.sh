#!/usr/bin/env bash
# Bytes stored per incident in an alert storm: one instance on a fresh SQLite file receives COUNT
# new incidents of one service (same `service` label, same source and category, distinct titles),
# waits until the job queues are drained (GET /v1/jobs), stops the instance (which checkpoints the
# WAL into the file), and prints the file size per incident, the bytes of each table and index
# (with the sqlite3 CLI, when present), and the size of GET /v1/incidents/{id} of the last incident.
#
# usage: benchmarks/storm-bytes.sh [count]          (default 10000)
#        JAR=/work/baseline/llm-incident-manager.jar benchmarks/storm-bytes.sh   # another build
# needs: java, curl, python3. Loopback only; bounded by count and a 15-minute drain limit; stops
# everything it starts and removes its directory.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${1:-10000}"
JAR="${JAR:-bootstrap/target/llm-incident-manager.jar}"
[ -f "$JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d)
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
API="http://127.0.0.1:$PORT"
DB="$WORK/incidents.db"

LLMIM_SERVER_LISTEN_ADDRESS="127.0.0.1:$PORT" LLMIM_METRICS_LISTEN_ADDRESS="127.0.0.1:$(free_port)" \
LLMIM_STORAGE_URL="jdbc:sqlite:$DB" LLMIM_API_TOKENS="" LLMIM_SERVER_GRPC_LISTEN_ADDRESS="" \
  java -jar "$JAR" >"$WORK/instance.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl -sf "$API/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -sf "$API/ready" >/dev/null || { echo "not ready" >&2; tail -20 "$WORK/instance.log" >&2; exit 1; }

# One keep-alive connection, one report after another: the storm's size, not its rate, is measured.
LAST_ID=$(python3 - "$PORT" "$COUNT" <<'PY'
import http.client, json, sys
port, count = int(sys.argv[1]), int(sys.argv[2])
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
last = None
for i in range(count):
    body = json.dumps({"source": "llm-gateway", "title": f"upstream timeout on replica {i}",
                       "description": "p95 latency above SLO for the chat completion route",
                       "severity": "P2", "category": "availability",
                       "labels": {"service": "chat", "region": "eu-west-1"}})
    conn.request("POST", "/v1/incidents", body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    payload = response.read()
    if response.status != 201:
        sys.exit(f"report {i}: {response.status} {payload[:200]!r}")
    last = json.loads(payload)["id"]
print(last)
PY
)

# Drained when no job waits or runs (checked twice in a row: a job may be between the two lists).
jobs_left() {
  local queued running
  queued=$(curl -sf "$API/v1/jobs?status=queued&limit=1" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
  running=$(curl -sf "$API/v1/jobs?status=running&limit=1" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))')
  echo $((queued + running))
}
drained=0
for _ in $(seq 1 900); do
  if [ "$(jobs_left)" -eq 0 ]; then drained=$((drained + 1)); [ "$drained" -ge 2 ] && break; else drained=0; fi
  sleep 1
done
[ "$drained" -ge 2 ] || { echo "the job queues did not drain within 15 minutes" >&2; exit 1; }

curl -sf "$API/v1/incidents/$LAST_ID" >"$WORK/last.json"
GET_BYTES=$(wc -c <"$WORK/last.json")
# related_total on builds with correlation groups; the length of related on older ones.
RELATED=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d.get("related_total", len(d.get("related", []))))' "$WORK/last.json")
kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; PID=""

BYTES=$(stat -c %s "$DB")
[ -f "$DB-wal" ] && BYTES=$((BYTES + $(stat -c %s "$DB-wal")))
echo "jar=$JAR incidents=$COUNT"
echo "file bytes=$BYTES per incident=$((BYTES / COUNT))"
echo "GET /v1/incidents/{last} bytes=$GET_BYTES related=$RELATED"
if command -v sqlite3 >/dev/null; then
  for table in $(sqlite3 "$DB" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"); do
    echo "rows $table=$(sqlite3 "$DB" "SELECT COUNT(*) FROM \"$table\"")"
  done
  sqlite3 "$DB" "SELECT 'bytes ' || name || '=' || SUM(pgsize) FROM dbstat GROUP BY name ORDER BY SUM(pgsize) DESC" 2>/dev/null \
    || echo "(this sqlite3 has no dbstat: no per-table bytes)"
  sqlite3 "$DB" "SELECT 'free pages=' || freelist_count || ' of ' || page_count || ' (page ' || page_size || ' bytes)' FROM pragma_freelist_count, pragma_page_count, pragma_page_size"
fi
