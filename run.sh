#!/usr/bin/env bash
# Set up (Debian packages), build, and launch Meshgate on the built-in example.
# Arguments are passed to meshgate: ./run.sh --headless -c file.yaml
set -euo pipefail
cd "$(dirname "$0")"
.ci/setup.sh runtime
cmake --preset default >/dev/null
cmake --build --preset default
exec build/app/meshgate "$@"
