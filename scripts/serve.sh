#!/usr/bin/env bash
# Command 1: install what is missing, build the release and serve it on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
echo "Samenscan: http://127.0.0.1:${PORT:-8080}/  (Ctrl+C stops)"
TRUNK_SKIP_VERSION_CHECK=true exec trunk serve --release --offline --port "${PORT:-8080}"
