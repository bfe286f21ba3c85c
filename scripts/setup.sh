#!/usr/bin/env bash
# Installs whatever is missing to build and test the app on a fresh Debian
# machine of this project's kind; quick when everything is already there.
# Sourced by serve.sh, test.sh and bench.sh (it sets PATH).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

# Rust target for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk 0.21 (0.22 needs a newer compiler than this machine's).
if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing Trunk 0.21 (takes several minutes once)"
  cargo install --locked trunk --version '^0.21'
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
# Installed without --locked: one of its pinned dependencies is not on the
# registry mirror here (see ../shared/TOOLCHAIN.md).
if [ ! -f Cargo.lock ]; then cargo generate-lockfile; fi
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# Browsers (Chromium for the tests, Firefox ESR and WebKitGTK's MiniBrowser
# with its WebDriver and a virtual display for the smoke tests), compression
# tools, pdftotext (where the print margins put the date and page number),
# and fonts for screenshots of every script.
APT=()
[ -x /usr/bin/chromium ] || APT+=(chromium)
[ -x /usr/bin/firefox-esr ] || APT+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || APT+=(webkit2gtk-driver)
[ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ] || APT+=(libwebkit2gtk-4.1-0)
command -v xvfb-run >/dev/null || APT+=(xvfb)
command -v xauth >/dev/null || APT+=(xauth)
command -v brotli >/dev/null || APT+=(brotli)
command -v pdftotext >/dev/null || APT+=(poppler-utils)
[ -d /usr/share/fonts/truetype/noto ] || APT+=(fonts-noto-core)
if [ ${#APT[@]} -gt 0 ]; then
  say "installing ${APT[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${APT[@]}" >/dev/null
fi

# npm packages: Playwright, puppeteer-core and selenium-webdriver (none of
# them downloads a browser), a working wasm-opt (Debian's binaryen 108
# produces a broken module), axe-core.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/puppeteer-core ] \
  || [ ! -d node_modules/selenium-webdriver ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
