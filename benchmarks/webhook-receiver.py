#!/usr/bin/env python3
"""A webhook receiver for benchmarks/load.sh's storm: answers every POST with 204 and appends one
line per delivery to a file: arrival time (epoch seconds), the incident's created_at, its id and
the Idempotency-Key (a retried delivery repeats it; the analysis counts each key once).

usage: webhook-receiver.py PORT OUTPUT-FILE      (binds 127.0.0.1 only)"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, OUTPUT = int(sys.argv[1]), sys.argv[2]
LOCK = threading.Lock()
OUT = open(OUTPUT, "a", buffering=1)


class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        arrived = time.time()
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            incident = json.loads(body).get("incident", {})
            created, ident = incident.get("created_at", ""), incident.get("id", "")
        except ValueError:
            created, ident = "", ""
        with LOCK:
            OUT.write("%.6f\t%s\t%s\t%s\n" % (arrived, created, ident, self.headers.get("Idempotency-Key", "")))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", PORT), Receiver).serve_forever()
