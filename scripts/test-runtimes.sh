#!/usr/bin/env bash
# The runtime matrix on the built dist/ (run the build first): the shared scenarios of
# test/runtimes/scenarios.ts in Node 20, Node 24, Chromium, workerd, Deno and Bun, plus the
# tested examples of the README's Runtimes section. `npm run test:runtimes`; also part of `npm test`.
source scripts/with-handl-server.sh
export DENO_NO_UPDATE_CHECK=1 DENO_NO_PROMPT=1 DO_NOT_TRACK=1

runtime_chromium() {
  local chromium=${HANDL_CHROMIUM:-/usr/bin/chromium}
  if [ ! -x "$chromium" ]; then
    echo "no Chromium at $chromium: apt-get install -y chromium (.ci/run does)" >&2
    return 1
  fi
  npx vitest run --project runtimes-browser
}

runtime_deno() {
  npx deno test --allow-net=127.0.0.1 --allow-read=fixtures/documents --allow-env=HANDL_TEST_URL,HANDL_TOKEN test/runtimes/deno/
}

# The Deno example of the docs, run as the script it is; its output is checked.
runtime_deno_script() {
  local out
  out=$(HANDL_TOKEN=deno-token npx deno run --allow-net=127.0.0.1 --allow-env=HANDL_TOKEN --allow-read=fixtures/documents \
    test/runtimes/deno/recognize-file.ts fixtures/documents/passport-utopia-td3-specimen.jpg "$HANDL_TEST_URL") || return
  printf '%s\n' "$out"
  grep -qx 'passport_main: ТЕСТОВ' <<<"$out"
}

runtimes() {
  local node24
  section 'runtime: install Node 24 (test/runtimes/node24)' bash scripts/node24.sh
  node24=$(bash scripts/node24.sh)
  section 'runtime: Node 20 (vitest)' env HANDL_EXPECT_NODE_MAJOR=20 npx vitest run --project runtimes-node
  section 'runtime: Node 24 (vitest on the node24 binary)' env HANDL_EXPECT_NODE_MAJOR=24 "$node24" node_modules/vitest/vitest.mjs run --project runtimes-node
  section 'runtime: Chromium (vitest browser mode: loopback server + msw service worker)' runtime_chromium
  section 'runtime: workerd (Miniflare, no nodejs_compat)' npx vitest run --project runtimes-workerd
  section 'runtime: Deno (deno test, sanitizers on)' with_handl_server runtime_deno
  section 'runtime: Deno (the docs example as a script, deno run)' with_handl_server runtime_deno_script
  section 'runtime: Bun (bun test)' with_handl_server npx bun test ./test/runtimes/bun/
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cd "$(dirname "$0")/.."
  [ -f dist/index.js ] || { echo 'no dist/: run `npm run build` first' >&2; exit 1; }
  source scripts/lib/sections.sh
  runtimes
  summary
fi
