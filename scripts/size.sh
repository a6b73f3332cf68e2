#!/usr/bin/env bash
# Builds the release and reports the gzipped size of what a first visit loads; fails above budget.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
node scripts/size.mjs dist
