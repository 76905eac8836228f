#!/usr/bin/env bash
# The README's demo command: sets up a fresh machine, then runs the demo on a
# private ZooKeeper it starts itself. Arguments go to the demo (--ensemble 3,
# --tls for a TLS-only ensemble with client certificates).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec node scripts/demo.mjs "$@"
