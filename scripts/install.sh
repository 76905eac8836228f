#!/usr/bin/env bash
# Installs zkdeploy-agent and zkdeploy from this checkout: each package with
# its production dependencies under PREFIX/lib, and both commands in
# PREFIX/bin (default PREFIX=/usr/local). Run scripts/setup.sh first.
#   bash scripts/install.sh [--prefix DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=/usr/local
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix needs a directory}"; shift 2 ;;
    *) echo "install.sh: unknown argument $1 (use --prefix DIR)" >&2; exit 2 ;;
  esac
done
[ -f agent/dist/main.js ] && [ -f publisher/dist/cli.js ] || { echo "install.sh: build first (bash scripts/setup.sh)" >&2; exit 1; }
mkdir -p "$prefix/lib" "$prefix/bin"
for pkg in agent publisher; do
  rm -rf "$prefix/lib/zkdeploy-$pkg"
  pnpm --silent --filter "@zkdeploy/$pkg" deploy --prod "$prefix/lib/zkdeploy-$pkg" >/dev/null
done
ln -sf "$prefix/lib/zkdeploy-agent/bin/zkdeploy-agent.js" "$prefix/bin/zkdeploy-agent"
ln -sf "$prefix/lib/zkdeploy-publisher/bin/zkdeploy.js" "$prefix/bin/zkdeploy"
echo "installed zkdeploy and zkdeploy-agent in $prefix/bin"
