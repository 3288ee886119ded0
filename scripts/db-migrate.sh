#!/usr/bin/env bash
# Applies pending migrations to DATABASE_URL with the Prisma CLI (JavaScript schema engine).
# Skips the CLI (which lingers 10-60 s after success, see the stack notes) when every
# migration folder is already recorded in _prisma_migrations. A database may also record
# migrations that are no longer in the folder (20261122231204_question_version_history was an
# empty duplicate and was removed); `prisma migrate deploy` ignores those, and so does this check.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?DATABASE_URL must be set}"
export CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1

wanted=$(ls -1 prisma/migrations | grep -v '\.toml$' | sort)
applied=$(psql "$DATABASE_URL" -XtAq -c "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1" 2>/dev/null || true)
pending=$(comm -23 <(echo "$wanted") <(echo "$applied" | sort))
if [ -n "$applied" ] && [ -z "$pending" ]; then
  echo "migrations: up to date"
  exit 0
fi
npx --no-install prisma migrate deploy
