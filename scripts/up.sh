#!/usr/bin/env bash
# README command 1: set everything up, then run the API and one judge worker until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/lib/env.sh
export PORT="${PORT:-3000}"

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait || true
}
trap stop INT TERM EXIT

node dist/apps/judge/src/main.js &
pids+=($!)
node dist/apps/api/src/main.js &
pids+=($!)

echo
echo "GraphQL API:  http://127.0.0.1:${PORT}/graphql   (health: /health, readiness: /ready)"
echo "Judge worker: readiness on http://127.0.0.1:${JUDGE_HEALTH_PORT:-3100}/ready"
echo "Ctrl-C stops both."
# Exit as soon as either process stops, taking the other down with it.
wait -n
