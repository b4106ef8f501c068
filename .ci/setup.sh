#!/usr/bin/env bash
# Installs the Debian packages Meshgate needs; quiet and quick when nothing is missing.
# Usage: .ci/setup.sh runtime|test|bench
set -euo pipefail
build_pkgs=(cmake ninja-build g++ qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
            qt6-l10n-tools libqt6opengl6-dev libxkbcommon-dev libgl1-mesa-dev libyaml-cpp-dev libssl-dev libhttp-parser-dev)
test_pkgs=(xvfb xauth curl openssl nginx-light python3-httpbin python3-yaml python3-jsonschema
           clang libclang-rt-14-dev procps)
bench_pkgs=(wrk haproxy nginx-light libnginx-mod-stream xdotool)

wanted=("${build_pkgs[@]}")
case "${1:-runtime}" in
    test) wanted+=("${test_pkgs[@]}") ;;
    bench) wanted+=("${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
esac

missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
