#!/usr/bin/env bash
# One command on a fresh machine: installs what is needed, builds the extension and shows it
# working (the CLI on the seed story, then the real popup in Debian Chromium, screenshot saved).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: run 'sudo apt-get install -y chromium' (Debian) and try again." >&2
    exit 1
  fi
fi

npm ci --no-audit --no-fund --loglevel=warn
npm run demo
