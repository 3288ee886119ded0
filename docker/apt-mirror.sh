#!/usr/bin/env bash
# Prints the Debian mirror that apt on this machine already uses for a suite (default bookworm),
# read from /etc/apt/sources.list, sources.list.d/*.list (one-line format) and
# sources.list.d/*.sources (deb822). No address is built in: without such a source it fails,
# naming the files it read; DEBIAN_MIRROR=<url> (in build-images.sh) skips this lookup.
#   bash docker/apt-mirror.sh [suite]
# APT_ETC (default /etc/apt) points it at another apt configuration.
set -euo pipefail
suite="${1:-bookworm}"
etc="${APT_ETC:-/etc/apt}"
shopt -s nullglob
one_line=("$etc"/sources.list "$etc"/sources.list.d/*.list)
deb822=("$etc"/sources.list.d/*.sources)
existing=()
for f in "${one_line[@]}" "${deb822[@]}"; do [ -f "$f" ] && existing+=("$f"); done

mirror=""
if [ "${#deb822[@]}" -gt 0 ]; then
  # Stanzas are separated by blank lines; fields are "Name: value" (comments start with #).
  mirror="$(awk -v suite="$suite" '
    function flush() {
      if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " suite " ") && enabled != "no" && uris != "") {
        split(uris, u, " "); print u[1]; found = 1; exit
      }
      types = suites = uris = ""; enabled = "yes"
    }
    BEGIN { enabled = "yes" }
    /^[ \t]*#/ { next }
    /^[ \t]*$/ { flush(); next }
    {
      name = tolower($1); sub(/:$/, "", name); $1 = ""; sub(/^ +/, ""); value = $0
      if (name == "types") types = value
      else if (name == "suites") suites = value
      else if (name == "uris") uris = value
      else if (name == "enabled") enabled = tolower(value)
    }
    END { if (!found) flush() }
  ' "${deb822[@]}")"
fi
if [ -z "$mirror" ] && [ "${#one_line[@]}" -gt 0 ]; then
  # deb [options] URI SUITE COMPONENTS...
  mirror="$(awk -v suite="$suite" '
    $1 == "deb" {
      i = 2
      if ($i ~ /^\[/) { while ($i !~ /\]$/ && i < NF) i++; i++ }
      if ($(i + 1) == suite) { print $i; exit }
    }
  ' "${one_line[@]}" 2>/dev/null || true)"
fi
if [ -z "$mirror" ]; then
  echo "apt-mirror: no apt source for suite '$suite' (a 'deb' entry) in: ${existing[*]:-$etc/sources.list and $etc/sources.list.d/ (none found)}; set DEBIAN_MIRROR=<url>" >&2
  exit 1
fi
echo "${mirror%/}"
