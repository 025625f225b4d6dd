#!/usr/bin/env bash
# Package gates on the built dist/ (run the build first): runtime-neutral output, publint,
# attw, size budgets (figures print in the log). `npm run gates`; also part of `npm test`.
gates() {
  section 'gate: dist/ has no Node built-ins, only allowed imports' node scripts/check-dist.mjs
  section 'gate: publint' npx publint --strict
  section 'gate: attw (esm-only profile)' npx attw --pack . --profile esm-only
  section 'gate: size-limit (min+gzip)' npx size-limit
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cd "$(dirname "$0")/.."
  [ -f dist/index.js ] || { echo 'no dist/: run `npm run build` first' >&2; exit 1; }
  source scripts/lib/sections.sh
  gates
  summary
fi
