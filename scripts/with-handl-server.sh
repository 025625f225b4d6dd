#!/usr/bin/env bash
# `with_handl_server CMD…` runs CMD (a command or a shell function) with the loopback Handl
# server of test/runtimes/server.ts up — on Node 24, which runs that TypeScript file as is —
# and its URL in HANDL_TEST_URL; then stops the server and returns CMD's status. Used by the
# Deno and Bun harnesses, whose runtimes must not host the server they test against.
# Source it for the function, or run it: `bash scripts/with-handl-server.sh npx bun test …`.
with_handl_server() {
  # Explicit statuses throughout: callers run this under `||`, where `set -e` does not apply.
  local node24 out server url='' status=0
  node24=$(bash scripts/node24.sh) || return 1
  out=$(mktemp)
  "$node24" test/runtimes/server.ts >"$out" &
  server=$!
  for _ in $(seq 100); do
    url=$(head -n 1 "$out")
    [ -n "$url" ] && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$url" ]; then
    echo 'with_handl_server: the loopback server did not start' >&2
    status=1
  else
    HANDL_TEST_URL=$url "$@" || status=$?
  fi
  kill "$server" 2>/dev/null
  wait "$server" 2>/dev/null
  rm -f "$out"
  return "$status"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  cd "$(dirname "$0")/.."
  with_handl_server "$@"
fi
