#!/usr/bin/env bash
# Set up (Debian packages), build, and run the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")"
.ci/setup.sh test
cmake --preset default >/dev/null
cmake --build --preset default
export QT_QPA_PLATFORM=offscreen
ctest --preset default -j"$(nproc)" "$@"
