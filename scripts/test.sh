#!/usr/bin/env bash
# README command 2: set everything up, then run every test tier:
#   static checks (typecheck, lint), unit + integration tests of every project (nx), and the
#   end-to-end suites (API over HTTP; the judge's sandbox against the real Docker engine).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. scripts/lib/env.sh
# Only the tests need a browser (the report page is checked in Debian's Chromium).
printf '\n== Chromium (report page tests)\n'
bash scripts/ensure-chromium.sh

printf '\n== typecheck and lint\n'
nx run-many -t typecheck lint --outputStyle=static --parallel=2

printf '\n== unit and integration tests (every project)\n'
nx run-many -t test --outputStyle=static --parallel=1

printf '\n== end-to-end: API over HTTP\n'
jest -c jest.e2e.config.js

if [ "${SKIP_DOCKER:-0}" != "1" ]; then
  printf '\n== end-to-end: judge sandbox on the real Docker engine\n'
  jest -c test/sandbox/jest.config.js
fi
