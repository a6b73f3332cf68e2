#!/usr/bin/env bash
# Command 2: install what is missing, then run every test: native Rust tests, the release
# build with its size budget, the browser end-to-end tests and the speed benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

echo; echo "==> Native tests (pure core)"
cargo test --locked

echo; echo "==> Release build and size budget"
scripts/size.sh

echo; echo "==> Browser end-to-end tests (Debian Chromium)"
npx playwright test

echo; echo "==> Speed benchmark"
node scripts/bench.mjs
