#!/usr/bin/env python3
"""Turns benchmarks/load.sh's rows into the markdown report (stdout).

usage: load-report.py RESULTS.tsv SECTIONS.md SECONDS CONNECTIONS THREADS STORE
RESULTS rows: part, label, req/s, p50 ms, p99 ms, non-2xx, items per request, seconds waited for idle."""
import sys

results, sections, seconds, connections, threads, store = sys.argv[1:7]
rows = [line.rstrip("\n").split("\t") for line in open(results) if line.strip()]
out = [f"Load: {seconds} s per run, {connections} connections, {threads} wrk threads, loopback, store {store}.", ""]


def ms(value):
    return "%s ms" % value


basic = [r for r in rows if r[0] == "basic"]
if basic:
    by = {r[1]: r for r in basic}
    bare = by.get("bare Vert.x constant route")
    out += ["| scenario | req/s | p50 | p99 | non-2xx | metrics on / off | vs bare route |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for _, label, rps, p50, p99, errors, _, _ in basic:
        off = by.get(label.replace("metrics on", "metrics off")) if "(metrics on)" in label else None
        ratio = "%.3f" % (float(rps) / float(off[2])) if off and float(off[2]) else ""
        versus_bare = "%.3f" % (float(rps) / float(bare[2])) if bare and float(bare[2]) else ""
        out.append(f"| {label} | {float(rps):.0f} | {ms(p50)} | {ms(p99)} | {errors} | {ratio} | {versus_bare} |")
    out.append("")

alertmanager = {r[1]: r for r in rows if r[0] == "alertmanager"}
services = []
for r in rows:
    if r[0].startswith("service x") and r[0] not in services:
        services.append(r[0])
if alertmanager or services:
    def counterpart(label):
        """The Alertmanager row an event row is compared with: the same kind, one alert per request."""
        if label in alertmanager:
            return alertmanager[label]
        for kind in ("repeats of one", "new alerts, one service", "new alerts, spread over services"):
            if kind.replace("alert", "event") in label:
                return alertmanager.get("POST /api/v2/alerts x1: " + kind.replace("repeats of one", "repeats of one alert"))
        return None

    header = "| scenario | Alertmanager alerts/s | AM p99 |"
    rule = "| --- | ---: | ---: |"
    for part in services:
        header += f" {part}: alerts or events/s | / AM | p99 | non-2xx or errors | waited for idle before |"
        rule += " ---: | ---: | ---: | ---: | ---: |"
    out += ["Side by side with Alertmanager (alerts or events per second: requests/s x alerts per request; "
            "the service answers each request once its changes are committed and fsynced, Alertmanager keeps "
            "alerts in memory):", "", header, rule]
    labels = list(dict.fromkeys([r[1] for r in rows if r[0] == "alertmanager" or r[0] in services]))
    for label in labels:
        am = counterpart(label)
        line = f"| {label} | "
        line += (f"{float(am[2]) * int(am[6]):.0f} | {ms(am[4])} |" if am else " | |")
        for part in services:
            mine = next((r for r in rows if r[0] == part and r[1] == label), None)
            if not mine:
                line += " | | | | |"
                continue
            items = float(mine[2]) * int(mine[6])
            ratio = "%.2f" % (items / (float(am[2]) * int(am[6]))) if am and float(am[2]) else ""
            line += f" {items:.0f} | {ratio} | {ms(mine[4])} | {mine[5]} | {mine[7]} s |"
        out.append(line)
    out.append("")

storms = [r for r in rows if r[0].startswith("storm")]
if storms:
    out += ["| storm | requests/s | API p50 | API p99 | non-2xx |", "| --- | ---: | ---: | ---: | ---: |"]
    for part, label, rps, p50, p99, errors, _, _ in storms:
        out.append(f"| {part}: {label} | {float(rps):.0f} | {ms(p50)} | {ms(p99)} | {errors} |")
    out.append("")

grpc = [r for r in rows if r[0] == "grpc"]
if grpc:
    out += ["| gRPC beside REST, one service (each answer durable) | events/s | p50 | p99 | waited for idle before |",
            "| --- | ---: | ---: | ---: | ---: |"]
    for _, label, rps, p50, p99, _, _, drain in grpc:
        latency = (ms(p50), ms(p99)) if p50 != "-" else ("-", "-")
        out.append(f"| {label} | {float(rps):.0f} | {latency[0]} | {latency[1]} | {drain} s |")
    out.append("")

notes = [line.rstrip("\n") for line in open(sections) if line.strip()]
out += [f"- {line}" for line in notes]
print("\n".join(out))
