#!/usr/bin/env bash
# Builds the release into dist/ (static files: index.html, wasm, JS, CSS, instruments).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
TRUNK_SKIP_VERSION_CHECK=true trunk build --release --offline "$@"
