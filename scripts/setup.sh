#!/usr/bin/env bash
# Installs what Samenscan needs, skipping whatever is already there (safe to run again).
#   scripts/setup.sh            build tools: wasm target, Trunk, wasm-bindgen, Node packages
#   scripts/setup.sh --browser  the same, plus Debian's Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION="0.21.14" # 0.22 needs a newer rustc than this project's
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)"

say() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

if ! command -v cargo >/dev/null; then
  echo "Rust is missing: install it with rustup (https://rustup.rs) and run this again." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32 target to Rust"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "Installing Trunk $TRUNK_VERSION (takes about 12 minutes on 2 cores, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (must equal the library version)"
  # Not --locked: its lock file names a crate version that the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# The release build runs offline (Trunk's --offline): every crate of Cargo.lock, the wasm-only
# ones included, must be downloaded first. Quick when they are already there.
cargo fetch --locked --quiet

if ! command -v npm >/dev/null; then
  say "Installing Node.js and npm"
  apt_install nodejs npm
fi
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
  || { echo "Node.js 20 or newer is needed for Playwright; this machine has $(node --version)." >&2; exit 1; }

if ! command -v python3 >/dev/null; then
  say "Installing Python 3 (the static server for the app and its tests)"
  apt_install python3
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing Node packages (Playwright, axe-core, binaryen's wasm-opt)"
  # Playwright must not download its own browser: the tests use Debian's Chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  say "Installing Debian's Chromium for the browser tests"
  apt_install chromium chromium-driver
fi
