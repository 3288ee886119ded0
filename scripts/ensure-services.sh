#!/usr/bin/env bash
# Checks PostgreSQL at DATABASE_URL and Redis at REDIS_URL. On these machines both run at their
# default ports; a local one that is down is started as the machine's notes say. Anything else
# that does not answer is a clear failure.
set -euo pipefail

pg_host=$(node -e "const u=new URL(process.env.DATABASE_URL);process.stdout.write(u.hostname+' '+(u.port||5432))")
read -r PGHOST_ PGPORT_ <<<"$pg_host"
redis_host=$(node -e "const u=new URL(process.env.REDIS_URL);process.stdout.write(u.hostname+' '+(u.port||6379))")
read -r REDISHOST_ REDISPORT_ <<<"$redis_host"
is_local() { [ "$1" = "127.0.0.1" ] || [ "$1" = "localhost" ]; }

if ! pg_isready -q -h "$PGHOST_" -p "$PGPORT_"; then
  if is_local "$PGHOST_" && command -v pg_ctlcluster >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "PostgreSQL is down: starting it"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
    for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST_" -p "$PGPORT_" && break; sleep 1; done
  fi
  pg_isready -q -h "$PGHOST_" -p "$PGPORT_" || { echo "PostgreSQL does not answer at $PGHOST_:$PGPORT_ (DATABASE_URL)" >&2; exit 1; }
fi
echo "PostgreSQL answers at $PGHOST_:$PGPORT_"

if ! redis-cli -u "$REDIS_URL" ping >/dev/null 2>&1; then
  if is_local "$REDISHOST_" && command -v redis-server >/dev/null; then
    echo "Redis is down: starting it"
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDISPORT_" --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log
    for _ in $(seq 1 20); do redis-cli -u "$REDIS_URL" ping >/dev/null 2>&1 && break; sleep 0.5; done
  fi
  redis-cli -u "$REDIS_URL" ping >/dev/null 2>&1 || { echo "Redis does not answer at $REDISHOST_:$REDISPORT_ (REDIS_URL)" >&2; exit 1; }
fi
echo "Redis answers at $REDISHOST_:$REDISPORT_"
