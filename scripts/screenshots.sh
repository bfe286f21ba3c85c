#!/usr/bin/env bash
# Screenshots of the start, a question and the result in every language
# (phone width; pass --desktop for 1280 px; pass codes to limit: ar nl).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"
node scripts/screenshots.mjs "$@"
