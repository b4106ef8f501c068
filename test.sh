#!/usr/bin/env bash
# Set up (Debian packages), build, and run the whole test suite headless, then fuzz each parser
# briefly (clang build in build-fuzz/; 60 s per target, MESHGATE_FUZZ_SECONDS overrides, 0 skips;
# a fixed seed so a red run means a change, MESHGATE_FUZZ_SEED= (empty) draws a fresh one).
# The ASan/UBSan run of the suite is separate and slower: see tests/asan/README.md.
set -euo pipefail
cd "$(dirname "$0")"
.ci/setup.sh test
cmake --preset default >/dev/null
cmake --build --preset default
export QT_QPA_PLATFORM=offscreen
ctest --preset default -j"$(nproc)" "$@"
MESHGATE_FUZZ_SEED=${MESHGATE_FUZZ_SEED-20261127} tests/fuzz/run.sh
