# Sourced by the set-up scripts: defaults for a local machine, and a JWT secret generated once
# into .env.local (git-ignored) so access tokens survive restarts. Anything already exported wins.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ -f "$REPO_ROOT/.env.local" ]; then
  set -a
  # shellcheck disable=SC1091
  . "$REPO_ROOT/.env.local"
  set +a
fi
if [ -z "${JWT_SECRET:-}" ]; then
  JWT_SECRET="$(node -e "process.stdout.write(require('crypto').randomBytes(32).toString('hex'))")"
  echo "JWT_SECRET=$JWT_SECRET" >> "$REPO_ROOT/.env.local"
fi
export JWT_SECRET
export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/mljudge}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false NX_SKIP_NX_CACHE=true CHECKPOINT_DISABLE=1
export PATH="$REPO_ROOT/node_modules/.bin:$PATH"
