#!/usr/bin/env bash
# Sets up a fresh machine for zkdeploy: pnpm, Debian's zookeeper package,
# dependencies from the lockfile, and a build. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

command -v node >/dev/null || { echo "zkdeploy needs Node.js 20 or newer on PATH" >&2; exit 1; }
command -v git >/dev/null || { say "installing git"; as_root apt-get update -qq; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq git >/dev/null; }

PNPM_VERSION=9.15.9
if ! command -v pnpm >/dev/null || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  say "installing pnpm $PNPM_VERSION"
  npm install -g --silent "pnpm@$PNPM_VERSION" >/dev/null 2>&1 || as_root npm install -g --silent "pnpm@$PNPM_VERSION"
fi

if [ ! -f "${ZOOKEEPER_JAR:-/usr/share/java/zookeeper.jar}" ] || ! command -v java >/dev/null; then
  say "installing Debian's zookeeper package"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends zookeeper default-jre-headless >/dev/null
fi

# The dashboard's browser tests drive Debian's chromium (playwright-core never downloads a browser); fonts for its screenshot.
if ! command -v chromium >/dev/null; then
  say "installing Debian's chromium package"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
fi

say "installing dependencies from the lockfile"
pnpm install --frozen-lockfile --reporter=silent
say "building"
pnpm -s build
