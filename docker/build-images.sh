#!/usr/bin/env bash
# Builds the judge's sandbox runtime images WITHOUT a container registry.
#
#   bash docker/build-images.sh            # both runtimes
#   bash docker/build-images.sh python     # only one
#
# For each runtime (docker/runtimes/<runtime>/):
#   1. root file system: `debootstrap --variant=minbase --include=<packages.txt>` from the Debian
#      mirror apt already uses, packed as a tar under .docker-build/rootfs/ and kept there, keyed
#      by the package list, so a change to the harness never debootstraps again;
#   2. base image: `docker import` of that tar as mljudge-<runtime>-base:<rootfs key>;
#   3. runtime image: `docker build` of the runtime's Dockerfile FROM the base, adding the harness
#      (and, for node, @tensorflow/tfjs + its wasm backend copied from this repo's node_modules)
#      and an unprivileged user. Tagged mljudge-<runtime>:<content hash> and :latest.
# Every step is skipped when its output already exists, so a second run takes seconds.
# The resolved tags and image ids are written to docker/.images.json (read by the judge).
#
# Environment:
#   DEBIAN_MIRROR   mirror for debootstrap (default: the one apt's sources use for the suite,
#                   docker/apt-mirror.sh; it fails naming the files it read when there is none)
#   DEBIAN_SUITE    default bookworm
#   MLJUDGE_BASE_ONLY=1  stop after the base images (root file systems) are ready
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.docker-build"
SUITE="${DEBIAN_SUITE:-bookworm}"
IMAGES_JSON="$ROOT/docker/.images.json"
RUNTIMES=("$@")
[ "${#RUNTIMES[@]}" -gt 0 ] || RUNTIMES=(python node)

log() { echo "build-images: $*" >&2; }

# The mirror is looked up only when a root file system must be built (docker/apt-mirror.sh
# reads apt's sources; no address is written here).
mirror() {
  if [ -n "${DEBIAN_MIRROR:-}" ]; then echo "$DEBIAN_MIRROR"; else bash "$ROOT/docker/apt-mirror.sh" "$SUITE"; fi
}

# debootstrap mounts proc (and, on some paths, sys and dev/pts) inside its target and leaves them
# mounted when it fails or is interrupted: `rm -rf` of the folder then fails by the thousand
# inside proc and anything that walks the checkout descends into it. Unmounts every mount
# under a folder, deepest first; a busy one is detached lazily.
unmount_under() {
  local dir target
  dir="$(realpath -m "$1")"
  # Only ever inside this script's cache folder (never "/" from an empty argument).
  case "$dir/" in "$(realpath -m "$CACHE")"/*) ;; *) log "refusing to unmount under '$1'"; return 1 ;; esac
  findmnt -rn -o TARGET | awk -v prefix="$dir/" 'index($0, prefix) == 1' | sort -r | while read -r target; do
    umount "$target" 2>/dev/null || umount -l "$target"
  done
}

sha() { sha256sum | cut -c1-64; }

# The comma-separated package list of a runtime (comments and blank lines dropped).
package_list() {
  grep -v -E '^\s*(#|$)' "$ROOT/docker/runtimes/$1/packages.txt" | tr -d ' ' | sort | paste -sd, -
}

# Builds (or reuses) the root-file-system tar and the imported base image; prints the base tag.
ensure_base_image() {
  local runtime="$1" packages key tar dir base_tag
  packages="$(package_list "$runtime")"
  key="$(printf '%s\n' "suite=$SUITE" "variant=minbase" "include=$packages" | sha | cut -c1-16)"
  base_tag="mljudge-$runtime-base:$key"
  if docker image inspect "$base_tag" >/dev/null 2>&1; then
    log "$base_tag exists"
    echo "$base_tag"
    return
  fi
  tar="$CACHE/rootfs/$runtime-$key.tar"
  if [ ! -s "$tar" ]; then
    local mirror_url
    mirror_url="$(mirror)" || exit 1
    dir="$CACHE/rootfs/$runtime-$key.dir"
    # This function runs in a command substitution (its own shell): its own trap unmounts what
    # debootstrap mounted on every way out (success, failure, Ctrl-C).
    # shellcheck disable=SC2064  # $dir is expanded now: it is a local, gone when the trap runs.
    trap "unmount_under '$dir'" EXIT
    trap 'exit 130' INT TERM
    unmount_under "$dir"
    rm -rf "$dir"
    mkdir -p "$dir"
    log "debootstrap $SUITE [$packages] from $mirror_url (minutes; log: $CACHE/rootfs/$runtime-$key.log)"
    local started=$SECONDS
    if ! debootstrap --variant=minbase --include="$packages" "$SUITE" "$dir" "$mirror_url" \
      >"$CACHE/rootfs/$runtime-$key.log" 2>&1; then
      tail -n 30 "$CACHE/rootfs/$runtime-$key.log" >&2
      exit 1
    fi
    unmount_under "$dir"
    # Downloaded .debs and apt lists are not needed at run time.
    rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/* "$dir"/usr/share/doc/* "$dir"/usr/share/man/*
    tar -C "$dir" --numeric-owner -cf "$tar.partial" .
    mv "$tar.partial" "$tar"
    rm -rf "$dir"
    log "root file system for $runtime ready in $((SECONDS - started)) s"
  fi
  log "docker import $tar -> $base_tag"
  docker import "$tar" "$base_tag" >/dev/null
  echo "$base_tag"
}

# Copies a runtime's build inputs into a clean context folder.
prepare_context() {
  local runtime="$1" context="$2"
  rm -rf "$context"
  mkdir -p "$context"
  cp -R "$ROOT/docker/runtimes/$runtime/." "$context/"
  # Local byproducts (e.g. a py_compile check) must not change the hash.
  find "$context" -name __pycache__ -prune -exec rm -rf {} +
  if [ "$runtime" = node ]; then
    # No registry is reachable in the build: the tfjs packages come from this checkout.
    node "$ROOT/docker/runtimes/node/vendor-modules.js" "$ROOT" "$context/node_modules" \
      @tensorflow/tfjs @tensorflow/tfjs-backend-wasm >"$context/vendored-modules.txt"
  fi
}

# A digest of every file in the context (names and contents), plus the base image.
context_hash() {
  local context="$1" base_tag="$2"
  {
    echo "base=$base_tag"
    (cd "$context" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
  } | sha | cut -c1-16
}

build_runtime() {
  local runtime="$1" base_tag context hash tag
  [ -f "$ROOT/docker/runtimes/$runtime/Dockerfile" ] || { log "unknown runtime $runtime"; exit 2; }
  base_tag="$(ensure_base_image "$runtime")"
  if [ -n "${MLJUDGE_BASE_ONLY:-}" ]; then return; fi
  context="$CACHE/context/$runtime"
  prepare_context "$runtime" "$context"
  hash="$(context_hash "$context" "$base_tag")"
  tag="mljudge-$runtime:$hash"
  if docker image inspect "$tag" >/dev/null 2>&1; then
    log "$tag is up to date"
  else
    log "docker build $tag"
    docker build -q --build-arg "BASE=$base_tag" -t "$tag" "$context" >/dev/null
  fi
  docker tag "$tag" "mljudge-$runtime:latest"
  # Older content-hash tags of this runtime are dead weight (1+ GB each for python); an image a
  # container still uses is kept by Docker, so failures are fine.
  docker image ls --format '{{.Repository}}:{{.Tag}}' "mljudge-$runtime" \
    | grep -v -x -e "$tag" -e "mljudge-$runtime:latest" | xargs -r docker image rm >/dev/null 2>&1 || true
  RESULT_TAGS["$runtime"]="$tag"
  RESULT_IDS["$runtime"]="$(docker image inspect -f '{{.Id}}' "$tag")"
  RESULT_BASES["$runtime"]="$base_tag"
}

command -v docker >/dev/null && docker info >/dev/null 2>&1 || {
  log "no Docker engine answers; run scripts/ensure-docker.sh first"
  exit 1
}
command -v debootstrap >/dev/null || log "warning: debootstrap is missing (only needed when a root file system must be built)"
mkdir -p "$CACHE/rootfs" "$CACHE/context"
# One build at a time (parallel test runs share the cache folders and tags).
exec 9>"$CACHE/build.lock"
flock 9
# Whatever an earlier, killed run left mounted goes now, and nothing stays mounted after this one.
unmount_under "$CACHE"
trap 'unmount_under "$CACHE"' EXIT

declare -A RESULT_TAGS RESULT_IDS RESULT_BASES
for runtime in "${RUNTIMES[@]}"; do
  build_runtime "$runtime"
done
# MLJUDGE_BASE_ONLY=1 prepares only the root file systems and base images (the slow part).
if [ -n "${MLJUDGE_BASE_ONLY:-}" ]; then exit 0; fi

# Merge into docker/.images.json (keeps entries of runtimes not built this time).
node -e '
  const fs = require("fs");
  const [file, ...triples] = process.argv.slice(1);
  let images = {};
  try { images = JSON.parse(fs.readFileSync(file, "utf8")); } catch {}
  for (let i = 0; i < triples.length; i += 4) {
    images[triples[i]] = { tag: triples[i + 1], id: triples[i + 2], base: triples[i + 3], builtAt: new Date().toISOString() };
  }
  fs.writeFileSync(file, JSON.stringify(images, null, 2) + "\n");
' "$IMAGES_JSON" $(for r in "${RUNTIMES[@]}"; do echo "$r ${RESULT_TAGS[$r]} ${RESULT_IDS[$r]} ${RESULT_BASES[$r]}"; done)
for r in "${RUNTIMES[@]}"; do log "$r: ${RESULT_TAGS[$r]} (${RESULT_IDS[$r]})"; done
