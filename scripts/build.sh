#!/usr/bin/env bash
# Builds the release into dist/: static files only. Two pages, each its own wasm (see
# src/route.rs, `Page`): index.html (start, scans, import) and profiel.html (the profile).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# The profile page is index.html with the other binary: made here, so the two cannot drift apart.
sed -e 's/data-bin="samenscan"/data-bin="profiel"/' -e 's|<title>Samenscan</title>|<title>Profiel – Samenscan</title>|' \
  index.html > profiel.html
grep -q 'data-bin="profiel"' profiel.html
# Trunk builds one HTML page per run and replaces its dist folder, so the profile page is built
# aside first and copied in after the main page.
trunk build profiel.html --release --offline=true --dist target/trunk-profiel "$@"
trunk build index.html --release --offline=true --dist dist "$@"
# Trunk calls every page it writes index.html; the profile page keeps its own name here.
for file in target/trunk-profiel/*; do
  case "$(basename "$file")" in
    index.html) cp "$file" dist/profiel.html ;;
    *) cp -r "$file" dist/ ;;
  esac
done
