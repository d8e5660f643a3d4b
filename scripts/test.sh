#!/usr/bin/env bash
# Runs every check and test of 整改看板, fastest first. Called by `make test` after scripts/setup.sh test.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
# In CI every build is a first build: incremental caches only take disk (about 1.4 GB of a fresh clone's target/).
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi
step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "format (cargo fmt --check)"
cargo fmt --all -- --check

step "no import cycle between modules (tests/module-cycles.mjs)"
node tests/module-cycles.mjs

step "lint, native (clippy -D warnings)"
cargo clippy --locked -p zhenggai-core -p zhenggai-charts -p zhenggai-cli --all-targets -- -D warnings

step "lint, wasm32 (clippy -D warnings)"
# With the importer feature: the authoring page's wasm (src/bin/importer.rs) and its component are linted too.
cargo clippy --locked -p zhenggai-widget -p zhenggai-charts -p zhenggai-size-floor --features zhenggai-widget/importer --target wasm32-unknown-unknown --all-targets -- -D warnings
# Without the default builtin-report feature, as Trunk builds the visitors' widget (it fetches the reference report).
cargo clippy --locked -p zhenggai-widget --no-default-features --target wasm32-unknown-unknown --lib --bin zhenggai-widget -- -D warnings
# With the snapshot feature: the embed generator's wasm (src/bin/snapshot.rs), which renders snapshots in the browser.
cargo clippy --locked -p zhenggai-widget --features snapshot --target wasm32-unknown-unknown --lib --bin zhenggai-snapshot -- -D warnings
# The core's library on wasm32 too; not its tests, whose proptest dependency does not build for wasm32.
cargo clippy --locked -p zhenggai-core --target wasm32-unknown-unknown --lib -- -D warnings

step "native tests: core, charts and CLI"
cargo test --locked -p zhenggai-core -p zhenggai-charts -p zhenggai-cli

step "wasm-bindgen tests in headless Chromium"
cargo test --locked -p zhenggai-widget --target wasm32-unknown-unknown --test web --test panic

step "release build (trunk)"
trunk build --release --offline

step "transfer-size budget (tests/size-budget.json, at most 3 % growth)"
node tests/size-budget.mjs

step "supported browsers (tests/browser-floor.json, from the built wasm's features and the scripts' syntax)"
node tests/browser-floor.mjs

step "end-to-end tests (Playwright, Chromium)"
npx playwright test

step "Lighthouse on the demo page (accessibility 100, best practices >= 95)"
CHROME_PATH=/usr/bin/chromium node tests/lighthouse.mjs
