#!/usr/bin/env bash
# Command 1: install what is missing, build the release and serve it on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
PORT="${PORT:-8080}"
echo "Samenscan: http://127.0.0.1:${PORT}/  (Ctrl+C stops)"
# A plain static server is all the app needs (it serves .wasm with the right type).
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
