#!/usr/bin/env bash
# `npm test`, the README's single test command (and what .ci/run calls): setup of a fresh clone
# (npm packages from the lock file, Debian's Chromium), types, unit tests, build, package gates,
# the runtime matrix, then the demo's e2e — in that order, stopping at the first failure.
# Each section prints a header and its duration; a summary closes the log.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/sections.sh
source scripts/gates.sh
source scripts/test-runtimes.sh

section 'setup (scripts/setup.sh --tests: npm ci if needed, Chromium if missing)' bash scripts/setup.sh --tests
section 'typecheck (tsc --noEmit)' npx tsc --noEmit
section 'typecheck src/ alone, web types only (no Node globals)' npx tsc --noEmit -p tsconfig.src.json
section 'unit tests (vitest, project node)' npx vitest run --project node
section 'build (tsdown)' npm run build
gates
runtimes
section 'demo e2e (npm run test:e2e)' npm run test:e2e
summary
