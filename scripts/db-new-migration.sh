#!/usr/bin/env bash
# Writes a named migration for the changes in prisma/schema.prisma since the last commit.
#   bash scripts/db-new-migration.sh add_reviews_index
# `prisma migrate dev` needs a shadow database, which the JavaScript schema engine's pg adapter
# cannot create reliably here (stack notes), so the SQL is diffed from the committed schema
# instead (the CLI still connects to DATABASE_URL, which must exist). Review the SQL, then
# `npm run db:migrate`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/env.sh
name="${1:?usage: db-new-migration.sh <name>}"
previous=$(mktemp --suffix=.prisma)
git show HEAD:prisma/schema.prisma > "$previous"
folder="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$folder"
prisma migrate diff --from-schema-datamodel "$previous" --to-schema-datamodel prisma/schema.prisma --script > "$folder/migration.sql"
rm -f "$previous"
echo "wrote $folder/migration.sql"
