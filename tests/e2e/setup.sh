#!/usr/bin/env bash
# Installs what the studio's end-to-end browser test needs: Debian's Chromium, Node.js with npm, and the npm
# packages pinned in package-lock.json (playwright-core only drives the browser; it downloads none).
# Idempotent and quiet; run by test.sh before the tests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../scripts/ensure-deps.sh
source "$here/../../scripts/ensure-deps.sh"
ensure_debs chromium
# A machine may already have Node.js from elsewhere (with its own npm); install Debian's only when missing.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  ensure_debs nodejs npm
fi
cd "$here"
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
