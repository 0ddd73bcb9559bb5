#!/usr/bin/env bash
# Service load benchmark: the fat jar on loopback with its embedded SQLite store, driven by wrk.
# Measures requests/s and p50/p99 for POST /v1/incidents (new incidents and duplicates),
# GET /v1/incidents/{id} and the list, with [metrics] enabled = true and = false, plus a bare
# Vert.x route returning a constant as the upper bound of the HTTP stack, all in one run; and
# events/s through the gRPC ReportEvents stream (1 and 4 streams, new and repeated events,
# GRPC_EVENTS events per stream, io.llmim.benchmarks.GrpcReportLoad) on the same service.
#
# usage: benchmarks/load.sh [seconds-per-run]      (default 10; bounded; loopback only)
# needs: wrk (apt-get install wrk, or .ci/install-system-tools.sh), the built jars
#        (mvn -B -q package -DskipTests). Writes benchmarks/target/load-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
JAR="${JAR:-bootstrap/target/llm-incident-manager.jar}"   # JAR=... compares another build
BENCH_JAR=benchmarks/target/benchmarks.jar
OUT="${OUT:-benchmarks/target/load-results.md}"
GRPC_EVENTS="${GRPC_EVENTS:-20000}"   # events per gRPC stream (the tool is bounded by count, not time)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$JAR" ] && [ -f "$BENCH_JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
JAR=$(realpath "$JAR")

WORK=$(mktemp -d)
PIDS=()
cleanup() { for pid in "${PIDS[@]:-}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_ready() { # url
  for _ in $(seq 1 120); do curl -sf "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "not ready: $1" >&2; return 1
}

# Waits until the service has drained what came before (the seed's enrichment and correlation
# jobs, JIT compilation), so that each scenario measures its own requests only: idle means under
# 5% of one core over a second. Gives up after a minute and says so.
wait_idle() { # pid
  local ticks_per_second; ticks_per_second=$(getconf CLK_TCK)
  local before after
  for _ in $(seq 1 60); do
    before=$(awk '{print $14 + $15}' "/proc/$1/stat")
    sleep 1
    after=$(awk '{print $14 + $15}' "/proc/$1/stat")
    (( (after - before) * 20 <= ticks_per_second )) && return 0
  done
  echo "warning: the service was still busy after a minute; the next scenario shares the machine with it" >&2
}

cat > "$WORK/new.lua" <<'LUA'
-- Each wrk thread runs in its own Lua state, so math.random would give every thread the same
-- prefix and half the "new" incidents would be duplicates: number the threads in setup instead.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end
local counter = 0
local prefix
function init(args)
  prefix = tostring(os.time()) .. "-" .. tostring(thread_id)
end
request = function()
  counter = counter + 1
  local body = '{"source":"load","title":"load ' .. prefix .. '-' .. counter ..
      '","severity":"P3","category":"performance"}'
  return wrk.format("POST", "/v1/incidents", {["Content-Type"] = "application/json"}, body)
end
LUA
cat > "$WORK/duplicate.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"source":"load","title":"the same trouble","severity":"P2","category":"availability"}'
LUA

# Stores 200 distinct incidents, so that the list has pages to read, each related to a few others
# through its service label (a storm of one source and category would relate each to 99 others
# and make every read a storm read); prints the id of the last.
seed() { # incidents-url
  python3 - "$1" <<'PY'
import json, sys, urllib.request
for n in range(200):
    body = json.dumps({"source": f"seed-{n}", "title": f"seeded {n}", "severity": f"P{n % 5}",
                       "category": ["performance", "security", "availability", "compliance", "cost"][n % 5],
                       "labels": {"service": f"svc-{n % 50}"}}).encode()
    request = urllib.request.Request(sys.argv[1], body, {"Content-Type": "application/json"})
    incident = json.load(urllib.request.urlopen(request))
print(incident["id"])
PY
}

RESULTS="$WORK/results.tsv"
: > "$RESULTS"

run_wrk() { # label url [script]
  local label=$1 url=$2 script=${3:-}
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency --timeout 10s)
  [ -n "$script" ] && args+=(-s "$script")
  local report; report=$(wrk "${args[@]}" "$url")
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$report")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$report")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$report")
  errors=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$report"); errors=${errors:-0}
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$rps" "$p50" "$p99" "$errors" >> "$RESULTS"
  printf '%-34s %10s req/s  p50 %-8s p99 %-8s non-2xx %s\n' "$label" "$rps" "$p50" "$p99" "$errors"
}

# Events/s through ReportEvents: each answer is sent once its event is stored (durable), as for POST.
run_grpc() { # label streams new|repeated host:port
  local report rate
  report=$(java -cp "$BENCH_JAR" io.llmim.benchmarks.GrpcReportLoad "$2" "$GRPC_EVENTS" "$3" "$4" 2>/dev/null | grep 'events/s')
  rate=$(sed -E 's/.*= ([0-9]+) events\/s.*/\1/' <<<"$report")
  printf '%s\t%s\t-\t-\t0\n' "$1" "$rate" >> "$RESULTS"
  printf '%-34s %10s events/s  (%s)\n' "$1" "$rate" "$report"
}

run_service() { # metrics-enabled
  local enabled=$1 api metrics grpc dir
  api=$(free_port); metrics=$(free_port); grpc=$(free_port); dir="$WORK/service-$enabled"; mkdir -p "$dir"
  cat > "$dir/config.toml" <<TOML
[server]
listen_address = "127.0.0.1:$api"
grpc_listen_address = "127.0.0.1:$grpc"
[storage]
url = "jdbc:sqlite:$dir/data/incidents.db"
[metrics]
enabled = $enabled
listen_address = "127.0.0.1:$metrics"
TOML
  (cd "$dir" && exec java -Xms512m -Xmx1g -jar "$JAR" --config "$dir/config.toml" > "$dir/service.log" 2>&1) &
  local pid=$!; PIDS+=("$pid")
  wait_ready "http://127.0.0.1:$api/ready"
  local id
  id=$(seed "http://127.0.0.1:$api/v1/incidents")
  local tag; [ "$enabled" = true ] && tag="metrics on" || tag="metrics off"
  # Reads and duplicates first: new incidents queue two jobs each, and their drain (see
  # BENCHMARKS.md) would otherwise share the machine with whatever ran next.
  wait_idle "$pid"
  run_wrk "GET incident by id ($tag)" "http://127.0.0.1:$api/v1/incidents/$id"
  wait_idle "$pid"
  run_wrk "GET list of 20 ($tag)" "http://127.0.0.1:$api/v1/incidents?limit=20"
  wait_idle "$pid"
  run_wrk "POST duplicate ($tag)" "http://127.0.0.1:$api/v1/incidents" "$WORK/duplicate.lua"
  wait_idle "$pid"
  run_wrk "POST new incident ($tag)" "http://127.0.0.1:$api/v1/incidents" "$WORK/new.lua"
  for kind in repeated new; do
    for streams in 1 4; do
      wait_idle "$pid"
      run_grpc "gRPC ReportEvents, $streams stream(s), $kind ($tag)" "$streams" "$kind" "127.0.0.1:$grpc"
    done
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "load: ${DURATION}s per run, $CONNECTIONS connections, $THREADS wrk threads, loopback only"
run_service true
run_service false
bare=$(free_port)
java -cp "$BENCH_JAR" io.llmim.benchmarks.BareVertxServer "$bare" > "$WORK/bare.log" 2>&1 &
PIDS+=("$!")
wait_ready "http://127.0.0.1:$bare/constant"
run_wrk "bare Vert.x constant route" "http://127.0.0.1:$bare/constant"

python3 - "$RESULTS" "$OUT" "$DURATION" "$CONNECTIONS" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
by = {r[0]: r for r in rows}
bare = float(by["bare Vert.x constant route"][1])
out = ["| scenario | req/s | p50 | p99 | non-2xx | metrics on / off | vs bare route |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
for label, rps, p50, p99, errors in rows:
    ratio = ""
    if "(metrics on)" in label:
        off = by.get(label.replace("metrics on", "metrics off"))
        if off:
            ratio = "%.3f" % (float(rps) / float(off[1]))
    out.append("| %s | %.0f | %s | %s | %s | %s | %.3f |" % (label, float(rps), p50, p99, errors, ratio, float(rps) / bare))
text = "Load: %s s per run, %s connections, 2 wrk threads, loopback.\n\n" % (sys.argv[3], sys.argv[4]) + "\n".join(out) + "\n"
open(sys.argv[2], "w").write(text)
print(); print(text)
PY
