#!/usr/bin/env bash
# Parse throughput over the whole corpus (../shared/corpus), one core.
# Prints files/s and MB/s for lexing+parsing, and the time to load+resolve every file.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${TLAPX_CORPUS:-../shared/corpus}
cmake --build build --target parse_throughput >/dev/null
cmd=(build/bench/parse_throughput "$corpus" --rounds 5 -I "$corpus/community/modules")
echo "command: ${cmd[*]}"
taskset -c 0 "${cmd[@]}"
