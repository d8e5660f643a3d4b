#!/usr/bin/env bash
# Fuzzes zhenggai-core with cargo-fuzz on the STABLE toolchain (see docs/fuzzing.md). Not part of `make test`.
#
#   scripts/fuzz.sh                 every target, 60 s each
#   scripts/fuzz.sh load 300        one target (load, arriving, view_state or import) for 300 s
#   scripts/fuzz.sh all 180         every target, 180 s each
#
# Extra libFuzzer options can be passed in FUZZ_ARGS, e.g. FUZZ_ARGS='-jobs=2 -workers=2'.
# Seeds (committed) are read from fuzz/corpus/<target>/; what the fuzzer adds goes to fuzz/grown/<target>/ and
# crashes to fuzz/artifacts/<target>/ (both ignored by git). Exits non-zero if a target found a crash.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"

targets=(load arriving view_state import)
target=${1:-all}
seconds=${2:-60}
case "$target" in
  all) selected=("${targets[@]}") ;;
  load | arriving | view_state | import) selected=("$target") ;;
  *) echo "usage: scripts/fuzz.sh [all|load|arriving|view_state|import] [SECONDS]" >&2; exit 2 ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "SECONDS must be a whole number, not '$seconds'" >&2; exit 2; }

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "cargo-fuzz is missing: installing it from crates.io (a few minutes)"
  cargo install cargo-fuzz --locked
fi

# The fuzz crate builds in its own target directory unless the caller chose one.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/fuzz/target}

status=0
for t in "${selected[@]}"; do
  mkdir -p "fuzz/grown/$t" "fuzz/artifacts/$t"
  log="fuzz/artifacts/$t/last-run.log"
  printf '\n\033[1m== fuzz %s for %s s ==\033[0m\n' "$t" "$seconds"
  # --sanitizer none: AddressSanitizer needs the nightly-only -Zsanitizer; the code under test is safe Rust
  # (unsafe_code = "forbid"), so panics, overflows and assertion failures are what there is to find.
  # The first corpus directory receives new inputs, so the committed seeds stay as they are.
  # -timeout=60: an input that takes a minute is a bug too (a paste that freezes the authoring page).
  set +e
  # shellcheck disable=SC2086 # FUZZ_ARGS is a list of libFuzzer options
  cargo fuzz run --sanitizer none "$t" "fuzz/grown/$t" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -timeout=60 -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$t/" ${FUZZ_ARGS:-} \
    2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  # libFuzzer's closing lines: stat::number_of_executed_units, stat::average_exec_per_sec, and the last
  # `#N DONE cov: … ft: …` status line.
  echo "-- $t summary (full log: $log)"
  grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|stat::peak_rss_mb)' "$log" || true
  grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -n 1 || true
  if [[ $rc -ne 0 ]]; then
    echo "!! $t exited with $rc: see the crash input in fuzz/artifacts/$t/"
    status=1
  fi
done
exit $status
