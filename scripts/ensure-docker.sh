#!/usr/bin/env bash
# Makes sure a Docker engine answers on this machine, so the judge's sandbox can run.
#
# Idempotent: when `docker info` already answers, it does nothing. Otherwise, as root, it
# installs Debian's docker.io (and debootstrap, which docker/build-images.sh needs) when they
# are missing and starts dockerd in the background (these machines have no systemd; cgroup v1).
# Not root and no engine: it says what to do and exits 1.
#
# Environment:
#   DOCKERD_LOG        where dockerd writes its log (default /var/log/dockerd.log)
#   DOCKER_WAIT_SECS   how long to wait for the engine to answer (default 60)
set -euo pipefail

DOCKERD_LOG="${DOCKERD_LOG:-/var/log/dockerd.log}"
DOCKER_WAIT_SECS="${DOCKER_WAIT_SECS:-60}"

engine_answers() { docker info >/dev/null 2>&1; }

if command -v docker >/dev/null 2>&1 && engine_answers; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  cat >&2 <<'EOF'
ensure-docker: no Docker engine answers and this script is not running as root.
Install and start Docker yourself, e.g. on Debian/Ubuntu:
  sudo apt-get install -y docker.io debootstrap
  sudo systemctl start docker        # or: sudo dockerd >/var/log/dockerd.log 2>&1 &
and let your user reach it (sudo usermod -aG docker "$USER", then log in again).
EOF
  exit 1
fi

# Another apt-get may hold the dpkg lock (e.g. a setup script installing other packages);
# wait for it instead of failing or starting a second one.
wait_for_dpkg_lock() {
  local waited=0
  while fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock >/dev/null 2>&1; do
    if [ "$waited" -ge 900 ]; then
      echo "ensure-docker: dpkg is still locked after ${waited}s; giving up" >&2
      exit 1
    fi
    echo "ensure-docker: waiting for another apt/dpkg run to finish..." >&2
    sleep 10
    waited=$((waited + 10))
  done
}

missing=()
dpkg -s docker.io >/dev/null 2>&1 || command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
if [ "${#missing[@]}" -gt 0 ]; then
  wait_for_dpkg_lock
  echo "ensure-docker: installing ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2 \
    || { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2; }
fi

# Start the engine unless a dockerd is already coming up (e.g. started a moment ago by a
# parallel call of this script).
if ! pgrep -x dockerd >/dev/null 2>&1; then
  echo "ensure-docker: starting dockerd (log: $DOCKERD_LOG)" >&2
  mkdir -p "$(dirname "$DOCKERD_LOG")"
  # In its own session: the engine must outlive the shell (and process group) that started it,
  # e.g. a test runner or a terminal that is closed.
  setsid nohup dockerd >>"$DOCKERD_LOG" 2>&1 </dev/null &
fi

for _ in $(seq 1 "$DOCKER_WAIT_SECS"); do
  if engine_answers; then
    echo "ensure-docker: engine is up" >&2
    exit 0
  fi
  sleep 1
done

echo "ensure-docker: dockerd did not answer within ${DOCKER_WAIT_SECS}s; last lines of $DOCKERD_LOG:" >&2
tail -n 20 "$DOCKERD_LOG" >&2 || true
exit 1
