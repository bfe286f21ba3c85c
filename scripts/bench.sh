#!/usr/bin/env bash
# Builds the release and prints the figures the README records: bytes of the
# first visit (raw, gzip, brotli), time to the first screen against a plain
# HTML page with the same text, time to the first question, time per answer.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"
node scripts/bench.mjs "${RUNS:-15}"
