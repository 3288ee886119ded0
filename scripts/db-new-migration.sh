#!/usr/bin/env bash
# Writes a named migration for what prisma/schema.prisma has and the migrations do not build yet.
#   bash scripts/db-new-migration.sh add_reviews_index
# The SQL is the diff from the migrations (replayed by Prisma into a temporary shadow database on
# the DATABASE_URL server, which must answer) to the schema, so it is right whether or not the
# schema change is committed yet. Refuses, writing nothing, when there is no difference.
# Review the SQL, then `npm run db:migrate`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/env.sh
name="${1:?usage: db-new-migration.sh <name> (lower case, digits, underscores)}"
if [[ ! "$name" =~ ^[a-z0-9_]+$ ]]; then
  echo "db-new-migration: name '$name' must be lower case letters, digits and underscores" >&2
  exit 2
fi
if ls -d prisma/migrations/*_"$name" >/dev/null 2>&1; then
  echo "db-new-migration: a migration named '$name' exists already: $(ls -d prisma/migrations/*_"$name")" >&2
  exit 2
fi
sql="$(mktemp --suffix=.sql)"
trap 'rm -f "$sql"' EXIT
# --exit-code: 0 = no difference, 2 = a difference, anything else = an error.
status=0
prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma \
  --script --exit-code >"$sql" || status=$?
case "$status" in
  0)
    echo "db-new-migration: prisma/schema.prisma adds nothing to prisma/migrations; no migration written" >&2
    exit 1
    ;;
  2) ;;
  *)
    cat "$sql" >&2
    echo "db-new-migration: prisma migrate diff failed (exit $status)" >&2
    exit "$status"
    ;;
esac
folder="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$folder"
cp "$sql" "$folder/migration.sql"
echo "wrote $folder/migration.sql"
