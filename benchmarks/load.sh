#!/usr/bin/env bash
# Service load benchmark: the fat jar on loopback, driven by wrk, in up to three parts (PARTS):
#
#   basic   GET by id, the list, POST duplicate and new incidents, each with [metrics] enabled =
#           true and = false, plus a bare Vert.x route returning a constant (the HTTP stack's bound)
#   versus  Prometheus Alertmanager (the Debian prometheus-alertmanager, started here on a free
#           loopback port with a throwaway config and storage, clustering off) and the service side by
#           side in one run, with the same wrk scripts: repeats of one alert, new alerts of one
#           service, new alerts spread over services, POSTed to /api/v2/alerts in batches of 1, 10
#           and 100 (both sides), and the same three as events on the service's POST /v1/incidents
#   storm   STORM_SECONDS of new incidents of one service at STORM_RATE requests/s (paced: the
#           intake is fixed whatever the latency), every 50th a P1 that the service notifies to a
#           webhook receiver started here: notification latency from report to webhook (p50/p99),
#           API p50/p99, and how long after the storm all follow-up jobs are done
#   grpc    events/s through the gRPC ReportEvents stream (1 and 4 streams, new and repeated
#           events, GRPC_EVENTS per stream, io.llmim.benchmarks.GrpcReportLoad), each answer durable,
#           beside POST /v1/incidents with wrk for the same kinds, on one service
#
# STORE=postgres runs versus and storm on a throwaway PostgreSQL cluster (the Debian binaries,
# initdb into a temporary directory), once per count in INSTANCES ("1 2": one instance, then two
# sharing it, wrk driving both at once and the rates summed); basic is SQLite only.
# Before each scenario the script waits until the service is idle: no job running or due
# (GET /v1/jobs), then under 5% of a core for a second; the wait is bounded by IDLE_TIMEOUT and
# its length is reported ("drain s": the follow-up work of the scenario before).
#
# usage: benchmarks/load.sh [seconds-per-run]      (default 10; bounded; loopback only)
#        PARTS="basic versus storm" STORE=sqlite|postgres INSTANCES="1 2" BATCHES="1 10 100"
#        STORM_SECONDS=60 STORM_RATE=1000 IDLE_TIMEOUT=300 CONNECTIONS=32 THREADS=2 WARMUP=5
# needs: wrk, the built jars (mvn -B -q package -DskipTests); versus: prometheus-alertmanager;
#        STORE=postgres: the Debian postgresql package. Writes benchmarks/target/load-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-10}"
PARTS="${PARTS:-basic versus storm grpc}"
GRPC_EVENTS="${GRPC_EVENTS:-20000}"   # events per gRPC stream (the tool is bounded by count, not time)
STORE="${STORE:-sqlite}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
BATCHES="${BATCHES:-1 10 100}"
STORM_SECONDS="${STORM_SECONDS:-60}"
STORM_RATE="${STORM_RATE:-1000}"
IDLE_TIMEOUT="${IDLE_TIMEOUT:-300}"
WARMUP="${WARMUP:-5}"   # seconds of each kind, unrecorded, before the versus rows (0: none)
ALERTMANAGER="${ALERTMANAGER:-/usr/bin/prometheus-alertmanager}"
JAR="${JAR:-bootstrap/target/llm-incident-manager.jar}"   # JAR=... compares another build
BENCH_JAR=benchmarks/target/benchmarks.jar
OUT="${OUT:-benchmarks/target/load-results.md}"
if [ "$STORE" = postgres ]; then INSTANCES="${INSTANCES:-1 2}"; else INSTANCES=1; fi

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$JAR" ] && [ -f "$BENCH_JAR" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
case " $PARTS " in *" versus "*) [ -x "$ALERTMANAGER" ] || { echo "missing $ALERTMANAGER: apt-get install prometheus-alertmanager" >&2; exit 2; } ;; esac
JAR=$(realpath "$JAR")
. benchmarks/common.sh
bench_init
[ "$STORE" = postgres ] && start_postgres

RESULTS="$WORK/results.tsv"    # part, label, req/s, p50, p99, non-2xx, items per request, drain s
: > "$RESULTS"
SECTIONS="$WORK/sections.md"   # free-form lines for the report (storm figures)
: > "$SECTIONS"

# Waits until the service has drained what came before (follow-up jobs, JIT compilation), so that
# each scenario measures its own requests only; prints how many seconds that took. Idle: no job
# running and none due in the newest 100 queued (GET /v1/jobs), then under 5% of one core over a
# second (at most 10 s of that).
DRAINED=0
wait_idle() { # api-url pid
  local started=$SECONDS
  until python3 - "$1" <<'PY'
import datetime, json, sys, urllib.request
def page(status):
    return json.load(urllib.request.urlopen(f"{sys.argv[1]}/v1/jobs?status={status}&limit=100", timeout=10))["items"]
now = datetime.datetime.now(datetime.timezone.utc)
queued = page("queued")
due = [j for j in queued if datetime.datetime.fromisoformat(j["run_at"].replace("Z", "+00:00")) <= now]
sys.exit(0 if not page("running") and not due and len(queued) < 100 else 1)
PY
  do
    if (( SECONDS - started > IDLE_TIMEOUT )); then
      echo "warning: jobs still due after ${IDLE_TIMEOUT}s; the next scenario shares the machine with them" >&2; break
    fi
    sleep 0.5
  done
  DRAINED=$(( SECONDS - started ))
  local ticks_per_second before after; ticks_per_second=$(getconf CLK_TCK)
  for _ in $(seq 1 10); do
    before=$(awk '{print $14 + $15}' "/proc/$2/stat"); sleep 1
    after=$(awk '{print $14 + $15}' "/proc/$2/stat")
    (( (after - before) * 20 <= ticks_per_second )) && return 0
  done
  # Still busy after 10 s (jobs left from the row before): measure anyway, as the warning says;
  # a non-zero status here would end the whole run under set -e.
  return 0
}

# Runs wrk against every url at once (connections and threads split between them) and appends one
# row: rates summed, the worst p50/p99, non-2xx answers and socket errors (timeouts included) summed. Extra env (LOAD_*) goes to the scripts.
run_wrk() { # part label items-per-request drain script url...
  local part=$1 label=$2 items=$3 drain=$4 script=$5; shift 5
  local n=$# i=0 url pid wrks=()
  local c=$(( CONNECTIONS / n )) t=$(( THREADS / n )); (( t >= 1 )) || t=1
  for url in "$@"; do
    i=$((i + 1))
    local args=(-t"$t" -c"$c" -d"${DURATION}s" --latency --timeout 10s)
    [ -n "$script" ] && args+=(-s "$script")
    LOAD_THREADS=$t wrk "${args[@]}" "$url" > "$WORK/wrk-$i.txt" &
    wrks+=("$!"); PIDS+=("$!")
  done
  for pid in "${wrks[@]}"; do wait "$pid" || true; done
  python3 - "$part" "$label" "$items" "$drain" "$n" "$WORK" >> "$RESULTS" <<'PY'
import re, sys
part, label, items, drain, n, work = sys.argv[1:7]
def seconds(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1, "m": 60}[unit]
rps = p50 = p99 = errors = 0
for i in range(1, int(n) + 1):
    report = open(f"{work}/wrk-{i}.txt").read()
    rps += float(re.search(r"Requests/sec:\s+([\d.]+)", report).group(1))
    p50 = max(p50, seconds(re.search(r"^\s+50%\s+(\S+)", report, re.M).group(1)))
    p99 = max(p99, seconds(re.search(r"^\s+99%\s+(\S+)", report, re.M).group(1)))
    found = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", report)
    errors += int(found.group(1)) if found else 0
    found = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", report)
    errors += sum(int(g) for g in found.groups()) if found else 0
print("\t".join([part, label, "%.1f" % rps, "%.2f" % (p50 * 1e3), "%.2f" % (p99 * 1e3), str(errors), items, drain]))
PY
  tail -n1 "$RESULTS" | awk -F'\t' '{printf "%-52s %10s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s  (waited %s s)\n", $2, $3, $4, $5, $6, $8}'
}

# Before the measured rows: WARMUP seconds of each kind of alert and event, unrecorded, so that the
# JVM's JIT compilation is done as in a service that has been running (the first row measured
# half-compiled code otherwise). Alertmanager gets the same, for the same alerts in its memory.
warm_up() { # alerts-url [incidents-url]
  (( WARMUP > 0 )) || return 0
  local kind
  for kind in $KINDS; do
    LOAD_KIND=$kind LOAD_BATCH=1 LOAD_THREADS=$THREADS wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" \
      -s "$LOAD_LUA_DIR/alerts.lua" "$1" > /dev/null
    [ -z "${2:-}" ] || LOAD_KIND=$kind LOAD_THREADS=$THREADS wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" \
      -s "$LOAD_LUA_DIR/incidents.lua" "$2" > /dev/null
  done
}

SERVICE_URLS=()
SERVICE_PIDS=()
SERVICE_GRPC=()
# Starts `count` instances on one store (a fresh SQLite file, or a fresh database on the cluster),
# with the given extra TOML; fills SERVICE_URLS and SERVICE_PIDS.
start_services() { # name count metrics-enabled [extra-toml]
  local name=$1 count=$2 enabled=$3 extra=${4:-} url username=""
  local dir="$WORK/$name"; mkdir -p "$dir"
  if [ "$STORE" = postgres ]; then url=$(create_database "$(tr -c 'a-z0-9\n' _ <<<"$name")"); username=bench
  else url="jdbc:sqlite:$dir/incidents.db"; fi
  SERVICE_URLS=(); SERVICE_PIDS=(); SERVICE_GRPC=()
  for i in $(seq 1 "$count"); do
    local api metrics grpc; api=$(free_port); metrics=$(free_port); grpc=$(free_port)
    cat > "$dir/config-$i.toml" <<TOML
[server]
listen_address = "127.0.0.1:$api"
grpc_listen_address = "127.0.0.1:$grpc"
[storage]
url = "$url"
username = "$username"
[metrics]
enabled = $enabled
listen_address = "127.0.0.1:$metrics"
$extra
TOML
    (cd "$dir" && exec java -Xms512m -Xmx1g -jar "$JAR" --config "$dir/config-$i.toml" > "$dir/service-$i.log" 2>&1) &
    PIDS+=("$!"); SERVICE_PIDS+=("$!"); SERVICE_URLS+=("http://127.0.0.1:$api"); SERVICE_GRPC+=("127.0.0.1:$grpc")
  done
  for url in "${SERVICE_URLS[@]}"; do wait_ready "$url/ready"; done
}

stop_services() {
  local pid
  for pid in "${SERVICE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${SERVICE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}

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

part_basic() { # metrics-enabled
  local enabled=$1 tag api pid id
  [ "$enabled" = true ] && tag="metrics on" || tag="metrics off"
  start_services "basic-$enabled" 1 "$enabled"
  api=${SERVICE_URLS[0]}; pid=${SERVICE_PIDS[0]}
  id=$(seed "$api/v1/incidents")
  # Reads and duplicates first: new incidents queue jobs whose drain would otherwise share the
  # machine with whatever ran next.
  wait_idle "$api" "$pid"
  run_wrk basic "GET incident by id ($tag)" 1 "$DRAINED" "" "$api/v1/incidents/$id"
  wait_idle "$api" "$pid"
  run_wrk basic "GET list of 20 ($tag)" 1 "$DRAINED" "" "$api/v1/incidents?limit=20"
  wait_idle "$api" "$pid"
  LOAD_KIND=repeat run_wrk basic "POST duplicate ($tag)" 1 "$DRAINED" "$LOAD_LUA_DIR/incidents.lua" "$api/v1/incidents"
  wait_idle "$api" "$pid"
  LOAD_KIND=one-service run_wrk basic "POST new incident ($tag)" 1 "$DRAINED" "$LOAD_LUA_DIR/incidents.lua" "$api/v1/incidents"
  stop_services
}

part_bare() {
  local bare; bare=$(free_port)
  java -cp "$BENCH_JAR" io.llmim.benchmarks.BareVertxServer "$bare" > "$WORK/bare.log" 2>&1 &
  local pid=$!; PIDS+=("$pid")
  wait_ready "http://127.0.0.1:$bare/constant"
  run_wrk basic "bare Vert.x constant route" 1 0 "" "http://127.0.0.1:$bare/constant"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

KINDS="${KINDS:-repeat one-service spread}"   # which kinds of alerts or events (versus)
kind_label() { case $1 in repeat) echo "repeats of one alert" ;; one-service) echo "new alerts, one service" ;; *) echo "new alerts, spread over services" ;; esac; }

# Alertmanager's side: every kind and batch on one fresh instance, in memory, no receiver.
part_versus_alertmanager() {
  local dir="$WORK/alertmanager" port; mkdir -p "$dir/data"; port=$(free_port)
  cat > "$dir/alertmanager.yml" <<'YML'
route:
  receiver: blackhole
  group_by: [alertname]
receivers:
  - name: blackhole
YML
  "$ALERTMANAGER" --config.file="$dir/alertmanager.yml" --storage.path="$dir/data" \
    --web.listen-address="127.0.0.1:$port" --cluster.listen-address= --log.level=warn > "$dir/log" 2>&1 &
  local pid=$!; PIDS+=("$pid")
  wait_ready "http://127.0.0.1:$port/-/ready"
  warm_up "http://127.0.0.1:$port/api/v2/alerts"
  local kind batch
  for batch in $BATCHES; do for kind in $KINDS; do
    LOAD_KIND=$kind LOAD_BATCH=$batch run_wrk alertmanager "POST /api/v2/alerts x$batch: $(kind_label "$kind")" \
      "$batch" 0 "$LOAD_LUA_DIR/alerts.lua" "http://127.0.0.1:$port/api/v2/alerts"
  done; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# The service's side on `count` instances: the same alerts, then the same three as events.
part_versus_service() { # count
  local count=$1 part="service x$1" kind batch
  start_services "versus-$count" "$count" true
  local api=${SERVICE_URLS[0]} pid=${SERVICE_PIDS[0]} url
  for url in "${SERVICE_URLS[@]}"; do warm_up "$url/api/v2/alerts" "$url/v1/incidents"; done
  for batch in $BATCHES; do for kind in $KINDS; do
    wait_idle "$api" "$pid"
    LOAD_KIND=$kind LOAD_BATCH=$batch run_wrk "$part" "POST /api/v2/alerts x$batch: $(kind_label "$kind")" \
      "$batch" "$DRAINED" "$LOAD_LUA_DIR/alerts.lua" "${SERVICE_URLS[@]/%//api/v2/alerts}"
  done; done
  for kind in $KINDS; do
    wait_idle "$api" "$pid"
    LOAD_KIND=$kind run_wrk "$part" "POST /v1/incidents: $(kind_label "$kind" | sed 's/alert/event/g')" \
      1 "$DRAINED" "$LOAD_LUA_DIR/incidents.lua" "${SERVICE_URLS[@]/%//v1/incidents}"
  done
  wait_idle "$api" "$pid"
  echo "service x$count: the last scenario's follow-up work drained in ${DRAINED}s" >> "$SECTIONS"
  stop_services
}

# The storm: paced new incidents of one service, P1s notified to a local webhook receiver.
part_storm() { # count
  local count=$1 hook_port hooks="$WORK/storm-$1-hooks.tsv"; hook_port=$(free_port); : > "$hooks"
  python3 benchmarks/webhook-receiver.py "$hook_port" "$hooks" &
  local hook_pid=$!; PIDS+=("$hook_pid")
  start_services "storm-$count" "$count" true "[notifications]
webhooks = [{name = \"oncall\", url = \"http://127.0.0.1:$hook_port/hook\", format = \"generic\", min_severity = \"P1\"}]"
  local api=${SERVICE_URLS[0]} pid=${SERVICE_PIDS[0]} url
  for url in "${SERVICE_URLS[@]}"; do warm_up "$url/api/v2/alerts" "$url/v1/incidents"; done
  wait_idle "$api" "$pid"
  local cpu_before cpu_after; cpu_before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  local saved=$DURATION; DURATION=$STORM_SECONDS
  LOAD_KIND=storm LOAD_P1_EVERY=50 LOAD_RATE=$(( STORM_RATE / count )) \
    run_wrk "storm x$count" "storm: new incidents of one service at $STORM_RATE/s for ${STORM_SECONDS}s" 1 "$DRAINED" \
    "$LOAD_LUA_DIR/incidents.lua" "${SERVICE_URLS[@]/%//v1/incidents}"
  DURATION=$saved
  wait_idle "$api" "$pid"
  cpu_after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  local sent; sent=$(awk -F'\t' '{print $3}' <<<"$(tail -n1 "$RESULTS")")
  python3 - "$hooks" "$count" "$STORM_SECONDS" "$DRAINED" "$sent" "$(( cpu_after - cpu_before ))" "$(getconf CLK_TCK)" >> "$SECTIONS" <<'PY'
import datetime, sys
hooks, count, seconds, drained, rate, ticks, per_second = sys.argv[1:8]
first = {}
for line in open(hooks):
    arrived, created, ident, key = line.rstrip("\n").split("\t")
    if created and key not in first:
        first[key] = float(arrived) - datetime.datetime.fromisoformat(created.replace("Z", "+00:00")).timestamp()
latencies = sorted(first.values())
def pct(p):
    return "%.0f ms" % (1e3 * latencies[min(len(latencies) - 1, int(p * len(latencies)))]) if latencies else "-"
reports = float(rate) * float(seconds)
print(f"storm, {count} instance(s): {len(latencies)} P1 notifications (about {reports / 50:.0f} P1s reported), "
      f"report to webhook p50 {pct(0.50)}, p99 {pct(0.99)}, max {pct(1.0)}; all follow-up jobs done "
      f"{drained} s after the storm ({100 * float(drained) / float(seconds):.0f}% of its length); "
      f"first instance's CPU over storm and drain: {int(ticks) / int(per_second):.1f} s "
      f"({1e3 * int(ticks) / int(per_second) / max(reports / int(count), 1):.2f} ms per request)")
PY
  tail -n1 "$SECTIONS"
  stop_services
  kill "$hook_pid"; wait "$hook_pid" 2>/dev/null || true
}

# Events/s through ReportEvents, beside wrk on POST /v1/incidents for the same kinds of event.
part_grpc() {
  local api pid grpc kind streams report rate
  start_services grpc 1 true
  api=${SERVICE_URLS[0]}; pid=${SERVICE_PIDS[0]}; grpc=${SERVICE_GRPC[0]}
  for kind in repeated new; do
    wait_idle "$api" "$pid"
    if [ "$kind" = repeated ]; then LOAD_KIND=repeat; else LOAD_KIND=one-service; fi
    LOAD_KIND=$LOAD_KIND run_wrk grpc "POST /v1/incidents, $kind" 1 "$DRAINED" "$LOAD_LUA_DIR/incidents.lua" "$api/v1/incidents"
    for streams in 1 4; do
      wait_idle "$api" "$pid"
      report=$(java -cp "$BENCH_JAR" io.llmim.benchmarks.GrpcReportLoad "$streams" "$GRPC_EVENTS" "$kind" "$grpc" 2>/dev/null | grep 'events/s' || true)
      rate=$(sed -E 's/.*= ([0-9]+) events\/s.*/\1/' <<<"$report")
      printf 'grpc\tgRPC ReportEvents, %s stream(s), %s\t%s\t-\t-\t0\t1\t%s\n' "$streams" "$kind" "${rate:-0}" "$DRAINED" >> "$RESULTS"
      printf '%-52s %10s events/s  (%s)\n' "gRPC ReportEvents, $streams stream(s), $kind" "$rate" "$report"
    done
  done
  stop_services
}

echo "load: ${DURATION}s per run, $CONNECTIONS connections, $THREADS wrk threads, store $STORE, parts: $PARTS"
for part in $PARTS; do
  case $part in
    basic)
      if [ "$STORE" = sqlite ]; then part_basic true; part_basic false; part_bare
      else echo "basic: SQLite only, skipped" >&2; fi ;;
    versus)
      part_versus_alertmanager
      for count in $INSTANCES; do part_versus_service "$count"; done ;;
    storm)
      part_storm "${INSTANCES%% *}" ;;
    grpc)
      if [ "$STORE" = sqlite ]; then part_grpc; else echo "grpc: SQLite only, skipped" >&2; fi ;;
    *) echo "unknown part: $part (basic, versus, storm, grpc)" >&2; exit 2 ;;
  esac
done

mkdir -p "$(dirname "$OUT")"
python3 benchmarks/load-report.py "$RESULTS" "$SECTIONS" "$DURATION" "$CONNECTIONS" "$THREADS" "$STORE" > "$OUT"
echo; cat "$OUT"
