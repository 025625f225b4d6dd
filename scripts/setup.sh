#!/usr/bin/env bash
# Makes a fresh clone ready, so the README's two Quick start commands work as they are:
#   bash scripts/setup.sh          npm packages from the lock file (`npm ci`) when node_modules
#                                  is missing or was installed from another lock file
#   bash scripts/setup.sh --tests  the same, plus Debian's Chromium (/usr/bin/chromium) for the
#                                  browser runtime and the demo's e2e, from apt when missing
# `npm run demo` runs the first, `npm test` (and so .ci/run) the second. Nothing is downloaded
# by a test tool: npm installs from the registry, Chromium comes from Debian's packages.
set -euo pipefail
cd "$(dirname "$0")/.."

# The lock file's hash, stamped into node_modules after each install: a pull that changes the
# lock file reinstalls; an unchanged one costs nothing.
stamp=node_modules/.handl-rx-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: npm ci (node_modules missing or installed from another package-lock.json)" >&2
  npm ci --no-audit --no-fund >&2
  echo "$want" >"$stamp"
fi

if [ "${1:-}" = --tests ]; then
  chromium=${HANDL_CHROMIUM:-/usr/bin/chromium}
  if [ ! -x "$chromium" ]; then
    echo "setup: installing Debian's chromium (apt-get)" >&2
    apt=(apt-get)
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null || { echo "setup: no $chromium; install it as root: apt-get install -y chromium" >&2; exit 1; }
      apt=(sudo apt-get)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${apt[@]}" update -qq >&2
    "${apt[@]}" install -y -qq chromium >&2
  fi
fi
