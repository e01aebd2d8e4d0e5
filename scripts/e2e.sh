#!/usr/bin/env bash
# `npm run test:e2e`: the Playwright suite alone, against the current build/ (run `npm run build` first).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/sitemap.xml ]; then
  echo "e2e: build/ is missing; run 'npm run build' first." >&2
  exit 1
fi
CHROMIUM_PATH=$(bash scripts/find-chromium.sh)
export CHROMIUM_PATH
exec npx playwright test "$@"
