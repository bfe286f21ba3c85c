#!/usr/bin/env bash
# Runs every test: native (engine, content, locales, safety) and, on the
# release build, in headless Chromium (paths, privacy, CSP), then a smoke
# test in Firefox ESR and in WebKit. Installs what is missing first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

echo "== gates: rustfmt, clippy (native and wasm)"
cargo fmt --all --check
cargo clippy --release --workspace --all-targets --quiet -- -D warnings
cargo clippy --release --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings

echo "== native tests (cargo test, every crate of the workspace)"
cargo test --release --workspace --quiet 2>&1 | tail -n 60

echo "== release build"
trunk build --release --offline >&2
node scripts/size-budget.mjs

echo "== browser tests (headless Chromium)"
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/

echo "== smoke tests (Firefox ESR, WebKitGTK)"
# WebKit's MiniBrowser needs a display. Our own auth file: xvfb-run fails the
# run (exit 5) when it cannot remove a temporary directory of its own.
XAUTH_DIR="$(mktemp -d)"
trap 'rm -rf "$XAUTH_DIR"' EXIT
xvfb-run -a -f "$XAUTH_DIR/Xauthority" node --test --test-concurrency=1 --test-reporter=spec tests/smoke/
