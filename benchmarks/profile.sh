#!/usr/bin/env bash
# Where the service's CPU goes under load, from JFR on the running jar: starts the jar (SQLite, a
# fresh file, loopback) with a flight recording, drives POST /v1/incidents for SECONDS (new events of
# one service by default; KIND=repeat|spread; RATE=n paces the intake, so that before/after builds
# do the same work), then prints, from the CPU samples: the process's CPU seconds per request, the
# top frames of the `sqlite-writer` thread (Java and native-method samples), and the share of its samples under each hotspot
# (statement preparation, stepping, commit). Shares and CPU per request move little with the load
# others put on the machine; requests/s do.
#
# usage: benchmarks/profile.sh [seconds]     (default 20)   JAR=... profiles another build, RATE=n, KEEP_JFR=file,
#        API=alerts BATCH=n (POST /api/v2/alerts with n alerts per request)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-20}"
KIND="${KIND:-one-service}"
JAR=$(realpath "${JAR:-bootstrap/target/llm-incident-manager.jar}")
command -v wrk >/dev/null && command -v jfr >/dev/null || { echo "needs wrk and the JDK's jfr" >&2; exit 2; }
. benchmarks/common.sh
bench_init

api=$(free_port); metrics=$(free_port)
LLMIM_SERVER_LISTEN_ADDRESS="127.0.0.1:$api" LLMIM_METRICS_LISTEN_ADDRESS="127.0.0.1:$metrics" \
LLMIM_STORAGE_URL="jdbc:sqlite:$WORK/data/incidents.db" LLMIM_SERVER_GRPC_LISTEN_ADDRESS="" \
  java -Xms512m -Xmx1g -jar "$JAR" > "$WORK/service.log" 2>&1 &
pid=$!; PIDS+=("$pid")
wait_ready "http://127.0.0.1:$api/ready"
# API=alerts drives POST /api/v2/alerts (alerts.lua, BATCH alerts per request) instead of /v1/incidents.
if [ "${API:-incidents}" = alerts ]; then lua=alerts.lua; path=/api/v2/alerts; else lua=incidents.lua; path=/v1/incidents; fi
# WARMUP=seconds of the same load first, unrecorded, so that JIT compilation does not count per request.
if [ "${WARMUP:-0}" -gt 0 ]; then
  LOAD_KIND=$KIND LOAD_BATCH=${BATCH:-1} LOAD_RATE=${RATE:-} LOAD_THREADS=2 wrk -t2 -c32 -d"${WARMUP}s" -s "$LOAD_LUA_DIR/$lua" \
    "http://127.0.0.1:$api$path" >/dev/null
fi
jcmd "$pid" JFR.start settings=profile name=profile >/dev/null
threads_cpu() { for t in /proc/"$pid"/task/*/stat; do sed -E 's/^[0-9]+ \((.*)\) . (.*)$/\1|\2/' "$t" 2>/dev/null; done \
  | awk -F'|' '{split($2, f, " "); print $1 "|" f[12] + f[13]}'; }
threads_cpu > "$WORK/threads-before"
before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
report=$(LOAD_KIND=$KIND LOAD_BATCH=${BATCH:-1} LOAD_RATE=${RATE:-} LOAD_THREADS=2 wrk -t2 -c32 -d"${SECONDS_TO_RUN}s" --latency -s "$LOAD_LUA_DIR/$lua" \
  "http://127.0.0.1:$api$path")
after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
threads_cpu > "$WORK/threads-after"
jcmd "$pid" JFR.dump name=profile filename="$WORK/recording.jfr" >/dev/null
[ -n "${KEEP_JFR:-}" ] && cp "$WORK/recording.jfr" "$KEEP_JFR"     # KEEP_JFR=file keeps the recording
requests=$(awk '/requests in/ {print $1}' <<<"$report")
echo "$report" | grep -E "Requests/sec|requests in|Non-2xx" || true
python3 -c "import sys; t=int(sys.argv[2])-int(sys.argv[1]); print('process CPU over the run: %.1f s, %.3f ms per request (%s requests)' % (t/int(sys.argv[3]), 1e3*t/int(sys.argv[3])/max(int(sys.argv[4]),1), sys.argv[4]))" \
  "$before" "$after" "$(getconf CLK_TCK)" "$requests"
# CPU by thread (thread names as the kernel truncates them; the same name summed), over the run.
python3 - "$WORK/threads-before" "$WORK/threads-after" <<'PY'
import collections, sys
def load(path):
    c = collections.Counter()
    for line in open(path):
        name, _, ticks = line.rstrip("\n").rpartition("|"); c[name.rstrip("0123456789-")] += int(ticks or 0)
    return c
b, a = load(sys.argv[1]), load(sys.argv[2]); d = {k: a[k] - b[k] for k in a}; total = max(sum(d.values()), 1)
print("CPU by thread:", ", ".join(f"{k} {100 * v / total:.0f}%" for k, v in sorted(d.items(), key=lambda kv: -kv[1])[:8]))
PY
jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 64 "$WORK/recording.jfr" > "$WORK/samples.txt"
python3 - "$WORK/samples.txt" <<'PY'
import collections, re, sys
samples, current = [], None
for line in open(sys.argv[1]):
    if line.startswith(("jdk.ExecutionSample", "jdk.NativeMethodSample")):
        current = {"thread": "", "frames": []}; samples.append(current)
    elif current is not None:
        m = re.match(r'\s+sampledThread = "([^"]*)"', line)
        if m: current["thread"] = m.group(1)
        m = re.match(r"\s+([\w$.<>]+)\(", line)
        if m and "line:" in line: current["frames"].append(m.group(1))
threads = collections.Counter(s["thread"] for s in samples)
print("samples by thread:", ", ".join(f"{t} {n}" for t, n in threads.most_common(6)))
writer = [s for s in samples if s["thread"] == "sqlite-writer"]
if writer:
    # The driver's own frames (org.sqlite...), so that the service's methods of the same name do not count.
    hot = {"statement preparation (prepare)": ("prepare",),
           "statement steps (execute*, step)": ("execute", ".step"),
           "commit (WAL write and fsync)": ("Connection.commit",),
           "savepoints": ("Savepoint",)}
    for label, needles in hot.items():
        n = sum(1 for s in writer if any(f.startswith("org.sqlite") and any(x in f for x in needles) for f in s["frames"]))
        print(f"sqlite-writer under {label}: {100 * n / len(writer):.1f}% of {len(writer)} samples")
    # Who prepares: the first frame outside the driver and JDBC proxies, for the samples under prepare.
    callers = collections.Counter(next((f for f in s["frames"] if not f.startswith(("org.sqlite", "com.zaxxer", "jdk.", "java.", "io.llmim.adapter.persistence.CachedStatements", "$Proxy"))), "?")
                                  for s in writer if any(f.startswith("org.sqlite") and "prepare" in f for f in s["frames"]))
    print("sqlite-writer prepares from:", ", ".join(f"{f} {n}" for f, n in callers.most_common(5)))
    top = collections.Counter(s["frames"][0] for s in writer if s["frames"])
    print("sqlite-writer top frames:"); [print(f"  {100 * n / len(writer):5.1f}% {f}") for f, n in top.most_common(12)]
PY
