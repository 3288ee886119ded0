#!/usr/bin/env bash
# Applies pending migrations to DATABASE_URL with the Prisma CLI (JavaScript schema engine).
# Skips the CLI (which lingers 10-60 s after success, see the stack notes) when every
# migration folder is already recorded in _prisma_migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?DATABASE_URL must be set}"
export CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1

wanted=$(ls -1 prisma/migrations | grep -v '\.toml$' | sort)
applied=$(psql "$DATABASE_URL" -XtAq -c "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1" 2>/dev/null || true)
if [ -n "$applied" ] && [ "$wanted" = "$(echo "$applied" | sort)" ]; then
  echo "migrations: up to date"
  exit 0
fi
npx --no-install prisma migrate deploy
