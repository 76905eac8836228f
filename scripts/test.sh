#!/usr/bin/env bash
# The README's test command: sets up a fresh machine, then runs every test
# (unit, end-to-end and fault tests against real ZooKeeper and git).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p .tmp
set +e
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json "$@"
status=$?
set -e
node scripts/test-summary.mjs .tmp/vitest.json
exit $status
