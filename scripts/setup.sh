#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test 整改看板, and skips what is already there.
#
#   scripts/setup.sh serve   the wasm target, trunk, wasm-bindgen-cli, wasm-opt (npm binaryen)
#   scripts/setup.sh test    all of the above, the npm test tools, chromium and chromium-driver
#
# Nothing is downloaded from outside the package registries (crates.io, npm, Debian): Trunk runs offline with
# these locally installed tools (see Trunk.toml).
set -euo pipefail

mode=${1:-test}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must be exactly the version in Cargo.lock ("schema versions must exactly match").
locked_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

ensure_trunk() {
  if command -v trunk >/dev/null && trunk --version | grep -q " ${TRUNK_VERSION}\$"; then return; fi
  say "installing trunk ${TRUNK_VERSION} (about 15 minutes on 2 cores)"
  cargo install --locked "trunk@${TRUNK_VERSION}"
}

ensure_wasm_bindgen() {
  local want
  want=$(locked_version wasm-bindgen)
  if [ -z "$want" ]; then
    say "Cargo.lock has no wasm-bindgen entry; run 'cargo generate-lockfile' first" >&2
    exit 1
  fi
  if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version)" = "wasm-bindgen ${want}" ]; then return; fi
  say "installing wasm-bindgen-cli ${want} (about 6 minutes)"
  # Not --locked: that once failed on a yanked pinned dependency.
  cargo install --force wasm-bindgen-cli --version "${want}"
}

ensure_npm_tools() {
  # node_modules/.bin holds wasm-opt (binaryen 132; Debian's binaryen 108 produces broken output) and Playwright.
  if [ -x node_modules/.bin/wasm-opt ] && [ -x node_modules/.bin/playwright ] \
     && [ node_modules/.package-lock.json -nt package-lock.json ]; then return; fi
  say "installing the npm tools from package-lock.json"
  npm ci --no-audit --no-fund
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  if [ "$(id -u)" != 0 ]; then
    say "Chromium is missing. Install Debian's 'chromium' and 'chromium-driver' packages" \
        "(sudo apt-get install chromium chromium-driver), then run this again." >&2
    exit 1
  fi
  say "installing chromium and chromium-driver from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends chromium chromium-driver \
    || { apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver; }
}

ensure_fetched() {
  # Trunk builds offline; make sure every crate is in the local registry cache first.
  cargo fetch --locked >/dev/null 2>&1 || cargo fetch
}

case "$mode" in
  serve)
    ensure_wasm_target; ensure_npm_tools; ensure_trunk; ensure_wasm_bindgen; ensure_fetched ;;
  test)
    ensure_wasm_target; ensure_npm_tools; ensure_chromium; ensure_trunk; ensure_wasm_bindgen; ensure_fetched ;;
  *)
    echo "usage: scripts/setup.sh serve|test" >&2; exit 2 ;;
esac
say "ready ($mode)"
