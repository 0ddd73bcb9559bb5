#!/usr/bin/env bash
# Installs the system programs the end-to-end tests run: Prometheus and promtool, the push gateway,
# Alertmanager, wrk for the load benchmark, and chromium with its driver for the console's browser tests. Idempotent: does nothing when they are all present.
set -euo pipefail

needed=()
command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 || needed+=(prometheus)
command -v prometheus-pushgateway >/dev/null 2>&1 || command -v pushgateway >/dev/null 2>&1 || needed+=(prometheus-pushgateway)
{ command -v prometheus-alertmanager >/dev/null 2>&1 || command -v alertmanager >/dev/null 2>&1; } && command -v amtool >/dev/null 2>&1 || needed+=(prometheus-alertmanager)
command -v wrk >/dev/null 2>&1 || needed+=(wrk)
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v chromedriver >/dev/null 2>&1 || needed+=(chromium-driver)

if [ ${#needed[@]} -eq 0 ]; then
  echo "system tools present: prometheus, promtool, pushgateway, alertmanager, amtool, wrk, chromium, chromedriver"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing: ${needed[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${needed[@]}"
# The Debian packages start their services; the tests start their own on free loopback ports.
for service in prometheus prometheus-pushgateway prometheus-alertmanager prometheus-node-exporter; do
  $SUDO systemctl stop "$service" >/dev/null 2>&1 || true
done
