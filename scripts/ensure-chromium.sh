#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed: the report page is tested in a real browser
# (playwright-core drives /usr/bin/chromium; no browser is downloaded from the network).
#
# Idempotent: does nothing when the browser is there. As root it installs Debian's `chromium`
# package; not root and missing, it says what to do and exits 1. CHROMIUM_PATH names another
# binary to use instead.
set -euo pipefail

browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  "$browser" --version 2>/dev/null || echo "$browser"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-chromium: $browser is missing; install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH" >&2
  exit 1
fi

# Another apt-get (e.g. ensure-docker.sh run in parallel) may hold the dpkg lock.
for _ in $(seq 1 90); do
  fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock >/dev/null 2>&1 || break
  echo "ensure-chromium: waiting for another apt/dpkg run to finish..." >&2
  sleep 10
done
echo "ensure-chromium: installing chromium" >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >&2 \
  || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >&2; }
"$browser" --version
