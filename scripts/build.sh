#!/usr/bin/env bash
# Builds the release app into dist/ (offline: Trunk uses the tools on PATH).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
trunk build --release --offline >&2
