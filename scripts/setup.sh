#!/usr/bin/env bash
# Installs the Debian packages tlapx needs (only those missing; needs root for that),
# then configures and builds tlapx in ./build (Release, -Wall -Wextra).
# Idempotent: a second run installs nothing and rebuilds only what changed.
# --with-browser also installs Chromium, which the HTML report's browser test and
# bench/html_report_screenshot.sh use (CI passes it; the test skips without it).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake ninja-build g++ pkg-config
  libz3-dev z3 cvc5 libcvc5-dev
  libboost-graph-dev libsqlite3-dev libpugixml-dev
  libgtest-dev googletest
  libcli11-dev nlohmann-json3-dev libfmt-dev zlib1g-dev
  clang libclang-rt-14-dev libssl-dev
)
if [[ ${1:-} == --with-browser ]]; then packages+=(chromium); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: missing packages: ${missing[*]}; run this script as root to install them" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

build_type=${TLAPX_BUILD_TYPE:-Release}
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" ${TLAPX_CMAKE_ARGS:-}
cmake --build build -j "$(nproc)"
