#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 60),
# two at a time. Any crash, leak or sanitizer report fails the run; findings land in
# tests/fuzz/artifacts/. Usage: tests/fuzz/run.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-${MESHGATE_FUZZ_SECONDS:-60}}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_clienthello fuzz_httpparser fuzz_logformat fuzz_yaml fuzz_hostparsers
mkdir -p tests/fuzz/artifacts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
run() {
    local name=$1
    # Fresh working corpus per run: the checked-in seeds stay as they are.
    mkdir -p "$work/$name"
    cp -r "tests/fuzz/corpus/$name/." "$work/$name/" 2>/dev/null || true
    if build-fuzz/tests/fuzz/fuzz_$name -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="tests/fuzz/artifacts/$name-" -print_final_stats=1 "$work/$name" >"$work/$name.log" 2>&1; then
        echo "fuzz_$name: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/$name.log" | grep -o '[0-9]*$') executions, no findings"
    else
        echo "fuzz_$name: FAILED"; tail -40 "$work/$name.log"; return 1
    fi
}
status=0
pairs=("clienthello httpparser" "logformat yaml" "hostparsers")
for pair in "${pairs[@]}"; do
    pids=()
    for name in $pair; do run "$name" & pids+=($!); done
    for pid in "${pids[@]}"; do wait "$pid" || status=1; done
done
exit $status
