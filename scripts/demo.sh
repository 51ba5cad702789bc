#!/usr/bin/env bash
# Builds the extension and shows it working: the CLI summarises the seed story, then the e2e run
# opens the real popup by a toolbar click in Debian Chromium and saves docs/screenshots/popup.png
# (the popup's first view, at its real size).
set -euo pipefail
cd "$(dirname "$0")/.."

page=../shared/fixtures/pyongyang-visit/page.html
[ -f "$page" ] || page=tests/fixtures/demo/article.html

npm run build
echo
echo "== npm run cli -- summarize $page"
npm run --silent cli -- summarize "$page"
echo
echo "== npm run cli -- actors $page"
npm run --silent cli -- actors "$page"
echo
echo "== the real popup in Chromium (screenshot: docs/screenshots/popup.png)"
npx vitest run --project e2e tests/e2e/first-view.test.ts -t seed
echo
echo "Built extension: .output/chrome-mv3 (load it unpacked from chrome://extensions)."
