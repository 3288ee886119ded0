#!/usr/bin/env bash
# One idempotent set-up for both README commands (`npm run up`, `npm test`):
#   npm dependencies, Prisma client, PostgreSQL and Redis, the Docker engine and the sandbox
#   images, database migrations, a build, and the question-bank seed.
# Each step is skipped quickly when it is already done.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/env.sh

step() { printf '\n== %s\n' "$*"; }

step "Node.js"
# package.json's engines.node is the one place the supported Node is written (">=MAJOR.MINOR").
node -e '
  const wanted = require("./package.json").engines.node;
  const match = /^>=\s*(\d+)\.(\d+)(?:\.(\d+))?$/.exec(wanted);
  if (!match) {
    console.error(`setup: package.json engines.node is "${wanted}"; this check reads only ">=MAJOR.MINOR[.PATCH]"`);
    process.exit(2);
  }
  const need = match.slice(1).map((part) => Number(part ?? 0));
  const have = process.versions.node.split(".").map(Number);
  const order = have[0] - need[0] || have[1] - need[1] || have[2] - need[2];
  if (order < 0) {
    console.error(`setup: this project needs Node.js ${wanted} (package.json engines); ${process.execPath} is ${process.version}`);
    process.exit(1);
  }
  console.log(`Node.js ${process.version} (${wanted})`);
'

step "npm dependencies"
# npm writes node_modules/.package-lock.json on every install: newer than package-lock.json
# means the tree is current. Only `npm ci`: it installs exactly the lock and never rewrites it
# (`npm install` would, leaving the checkout dirty). If it refuses the lock, that is a bug of
# the lock to fix in a commit, not something set-up should paper over.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  echo "up to date"
fi

step "Prisma client"
schema_hash=$(sha256sum prisma/schema.prisma | cut -c1-16)
if [ "$(cat node_modules/.prisma/client/.schema-hash 2>/dev/null)" != "$schema_hash" ]; then
  prisma generate
  echo "$schema_hash" > node_modules/.prisma/client/.schema-hash
else
  echo "up to date"
fi

step "PostgreSQL and Redis"
bash scripts/ensure-services.sh

step "Docker engine"
if [ "${SKIP_DOCKER:-0}" = "1" ]; then
  echo "skipped (SKIP_DOCKER=1): the judge cannot run sandboxes"
else
  bash scripts/ensure-docker.sh
fi

step "database ${DATABASE_URL##*/}"
db_name="${DATABASE_URL##*/}"; db_name="${db_name%%\?*}"
admin_url="${DATABASE_URL%/*}/postgres"
if [ "$(psql "$admin_url" -XtAq -c "SELECT 1 FROM pg_database WHERE datname = '$db_name'")" != "1" ]; then
  psql "$admin_url" -Xq -c "CREATE DATABASE \"$db_name\""
  echo "created"
fi
bash scripts/db-migrate.sh

step "build"
nx run-many -t build --outputStyle=static >/dev/null
echo "built into dist/"

step "question bank seed"
node dist/prisma/seed.js

if [ "${SKIP_DOCKER:-0}" != "1" ]; then
  step "sandbox images"
  bash docker/build-images.sh
fi
