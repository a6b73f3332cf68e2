#!/usr/bin/env bash
# Builds the release into dist/: static files only. Eight pages, each its own wasm (see
# src/route.rs, `Page`): index.html (start, scans, import), scan.html (a school scan's details,
# questions and check), profiel.html (the profile),
# lea.html (the LEA screening), werkplek.html (the adviser workspace, share links) and
# gegevens.html (what is kept here, the full backup and its restore), lijsten.html (the
# lists: load an own list, read one as a document; the only page with the CSV parser) and
# consultatie.html (peer review: groups from workspace profiles, conversation guides).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# The other pages are index.html with another binary: made here, so they cannot drift apart.
page_from_index() { # binary, title
  # The static first paint keeps its header (whose name leads to the start page); the start page
  # below it is index.html's own.
  sed -e "s/data-bin=\"samenscan\"/data-bin=\"$1\"/" -e "s|<title>Samenscan</title>|<title>$2 – Samenscan</title>|" \
    -e '/<!-- start-page -->/,/<!-- \/start-page -->/d' -e 's|class="site-header__brand" href="#/"|class="site-header__brand" href="./#/"|' \
    index.html > "$1.html"
  grep -q "data-bin=\"$1\"" "$1.html"
  grep -q 'href="./#/"' "$1.html"
  if grep -q '<!-- start-page' "$1.html"; then echo "build: the start page's first paint is left in $1.html" >&2; exit 1; fi
}
page_from_index scan "Zelfscan"
page_from_index profiel "Profiel"
page_from_index lea "Screening LEA"
page_from_index werkplek "Werkplek"
page_from_index gegevens "Uw gegevens"
page_from_index lijsten "Lijsten"
page_from_index consultatie "Collegiale consultatie"
# Page styles on top of the shared ones (later rules win). The pages that draw a profile add its
# styles before print.css, so that the print rules still come last; the LEA and workspace pages
# add their own after all.
add_css() { # page, stylesheet
  sed -i "s|    <link data-trunk rel=\"copy-dir\" href=\"public/instruments\"|    <link data-trunk rel=\"css\" href=\"$2\" />\n&|" "$1.html"
  grep -q "href=\"$2\"" "$1.html"
}
for page in profiel lea werkplek; do
  sed -i 's|    <link data-trunk rel="css" href="style/print.css" />|    <link data-trunk rel="css" href="style/profile.css" />\n&|' "$page.html"
  grep -q 'href="style/profile.css"' "$page.html"
done
add_css lea style/lea.css
add_css werkplek style/werkplek.css
add_css consultatie style/peer.css
# Trunk builds one HTML page per run and replaces its dist folder, so the other pages are built
# aside first and copied in after the main page.
for page in scan profiel lea werkplek gegevens lijsten consultatie; do
  trunk build "$page.html" --release --offline=true --dist "target/trunk-$page" "$@"
done
trunk build index.html --release --offline=true --dist dist "$@"
# Trunk calls every page it writes index.html; each page keeps its own name here.
for page in scan profiel lea werkplek gegevens lijsten consultatie; do
  for file in "target/trunk-$page"/*; do
    case "$(basename "$file")" in
      index.html) cp "$file" "dist/$page.html" ;;
      *) cp -r "$file" dist/ ;;
    esac
  done
done
# The JS glue is minified here, with its integrity hash updated in every page.
node scripts/minify-js.mjs dist
# The start page loads its app by its own loader: at once, or for a first visit when first needed.
node scripts/start-loader.mjs dist
# The inline loader is allowed by its hash, not by 'unsafe-inline' (and dist/_headers is written).
node scripts/csp.mjs dist
# The publish tool for hosts (README, "Eigen lijst publiceren"): the app's parser built for Node,
# and the manifest of this build's own folder (the built-in lists need none, so it names none).
cargo build --release --locked --offline --target wasm32-unknown-unknown --bin publish
mkdir -p dist/publiceren
wasm-bindgen --target nodejs --out-dir dist/publiceren target/wasm32-unknown-unknown/release/publish.wasm
cp scripts/lijsten-publiceren.mjs dist/publiceren/
node dist/publiceren/lijsten-publiceren.mjs dist/instruments
# Offline and installable: the service worker with this build's files, last (it lists them all).
node scripts/pwa.mjs dist
