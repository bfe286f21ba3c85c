#!/usr/bin/env bash
# Builds the release app and serves it on http://127.0.0.1:8080 (PORT=… to change).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/build.sh"
PORT="${PORT:-8080}"
echo "Wegwijzer is served at http://127.0.0.1:$PORT/  (Ctrl+C to stop)"
exec node scripts/static-server.mjs dist "$PORT"
