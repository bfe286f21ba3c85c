#!/usr/bin/env bash
# Builds the release and prints the figures the README records: what the
# first question needs (brotli), and in headless Chromium, at Fast 3G with a
# 4x slower CPU and then unthrottled: the start screen against a plain HTML
# page with the same text, the first question, bytes before it, and the time
# per answer over a full path. RUNS sets the runs per figure (default 5).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"
node scripts/bench.mjs "${RUNS:-5}"
