#!/usr/bin/env bash
# Runs every test: native (engine, content, locales, safety) and, on the
# release build, in headless Chromium (paths, privacy, CSP). Installs what is
# missing first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

echo "== native tests (cargo test)"
cargo test --release --quiet 2>&1 | tail -n 40

echo "== release build"
trunk build --release --offline >&2
node scripts/size-budget.mjs

echo "== browser tests (headless Chromium)"
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
