#!/usr/bin/env bash
# Cold check of tlapm's Paxos example with the default chain (`tlapx prove`, one
# process, obligations one after the other): wall time, proved count, and the solver
# time per obligation (median, p90, max). Prints `name: value unit` lines.
# Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
TLAPX=${TLAPX:-build/tlapx}
CORPUS=${CORPUS:-../shared/corpus}
PAXOS="$CORPUS/tlapm/examples/paxos/Paxos.tla"

echo "command: $TLAPX prove $PAXOS"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
start=$(date +%s.%N)
"$TLAPX" prove "$PAXOS" >"$out" || true
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "paxos_wall_s: %.2f s\n", e - s }'
tail -n 1 "$out" | awk '{ printf "paxos_proved: %d of %d non-PTL obligations\n", $1, $1 + $4 }'
grep -E ' in [0-9.]+s' "$out" | sed -E 's/.* in ([0-9.]+)s.*/\1/' | sort -g | awk '
  { t[NR] = $1 }
  END {
    if (NR == 0) exit
    printf "paxos_obligation_median_s: %.3f s\n", t[int((NR + 1) / 2)]
    printf "paxos_obligation_p90_s: %.3f s\n", t[int(NR * 0.9 + 0.999)]
    printf "paxos_obligation_max_s: %.3f s\n", t[NR]
  }'
