#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (`fuzz` preset: ASan + UBSan, asserts on) and runs each
# for SECONDS, as many at a time as there are cores. Any crash, leak, timeout or sanitizer report
# fails the run; the offending input lands in tests/fuzz/artifacts/ (add it to
# tests/fuzz/corpus/<target>/ as a regression seed once fixed).
# Usage: tests/fuzz/run.sh [SECONDS] [TARGET...]   SECONDS defaults to $MESHGATE_FUZZ_SECONDS or
# 60; 0 skips fuzzing. MESHGATE_FUZZ_SEED fixes libFuzzer's seed (./test.sh sets one so that CI
# runs the same mutations each time and a red CI means a change, not a lucky draw); unset, every
# run draws a new seed and explores further. Reproduce a finding:
# build-fuzz/tests/fuzz/fuzz_<target> <artifact>
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-${MESHGATE_FUZZ_SECONDS:-60}}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(httpparser clienthello yaml logformat hostparsers)
if [ "$seconds" = 0 ]; then
    echo "fuzz: skipped (0 seconds)"
    exit 0
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

mkdir -p tests/fuzz/artifacts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A smaller quarantine than the default 256 MB still catches use-after-free of recent frees and
# saves the allocation-heavy YAML target a lot of page faults.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:quarantine_size_mb=32
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

run() {
    local name=$1 log="$work/$1.log"
    # Fresh working corpus per run: the checked-in seeds stay as they are.
    mkdir -p "$work/$name"
    cp -r "tests/fuzz/corpus/$name/." "$work/$name/"
    local opts=()
    [ -f "tests/fuzz/$name.dict" ] && opts+=(-dict="tests/fuzz/$name.dict")
    [ -n "${MESHGATE_FUZZ_SEED:-}" ] && opts+=(-seed="$MESHGATE_FUZZ_SEED")
    if build-fuzz/tests/fuzz/fuzz_"$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            "${opts[@]}" -artifact_prefix="tests/fuzz/artifacts/$name-" -print_final_stats=1 "$work/$name" \
            >"$log" 2>&1 \
        && ! grep -qE 'ERROR: (Address|Leak|Undefined)Sanitizer|runtime error:' "$log"; then
        echo "fuzz_$name: $(grep -o 'Seed: [0-9]*' "$log" | head -1 | tr -d :) $(grep -o 'number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') executions in ${seconds}s, no findings"
    else
        touch "$work/$name.failed"
        echo "fuzz_$name: FAILED (log tail below; artifacts in tests/fuzz/artifacts/)"
        tail -60 "$log"
    fi
}

for name in "${targets[@]}"; do
    [ -d "tests/fuzz/corpus/$name" ] || { echo "fuzz_$name: no seed corpus tests/fuzz/corpus/$name"; exit 1; }
done
# As many targets at once as there are cores; a finding in one does not stop the others.
running=0
for name in "${targets[@]}"; do
    if [ "$running" -ge "$(nproc)" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    run "$name" &
    running=$((running + 1))
done
wait
! compgen -G "$work/*.failed" >/dev/null
