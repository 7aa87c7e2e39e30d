#!/usr/bin/env bash
# Times parsing + obligation generation (`tlapx obligations --summary`): tlapm's Paxos
# example (goal: under 50 ms per run) and every .tla file of the corpus, one process per
# file. Prints `name: value unit` lines. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
TLAPX=${TLAPX:-build/tlapx}
CORPUS=${CORPUS:-../shared/corpus}
RUNS=${RUNS:-20}
PAXOS="$CORPUS/tlapm/examples/paxos/Paxos.tla"

now() { date +%s.%N; }

echo "command: $TLAPX obligations FILE --summary"
if [[ -f "$PAXOS" ]]; then
  "$TLAPX" obligations "$PAXOS" --summary
  TIMEFORMAT='%R %U %S'
  read -r real user sys < <({ time (for ((i = 0; i < RUNS; i++)); do
    "$TLAPX" obligations "$PAXOS" --summary >/dev/null; done) ; } 2>&1)
  awk -v r="$real" -v u="$user" -v s="$sys" -v n="$RUNS" 'BEGIN {
    printf "paxos_obligations_wall_ms: %.1f ms (mean of %d runs, process start included)\n", r * 1000 / n, n
    printf "paxos_obligations_cpu_ms: %.1f ms (user+sys, mean of %d runs)\n", (u + s) * 1000 / n, n }'
fi

files=0 ok=0 obligations=0
start=$(now)
while IFS= read -r -d '' f; do
  files=$((files + 1))
  if out=$("$TLAPX" obligations "$f" --summary 2>/dev/null); then
    ok=$((ok + 1))
    obligations=$((obligations + $(tail -n 1 <<<"$out" | awk '{ print $1 }')))
  fi
done < <(find "$CORPUS" -name '*.tla' -print0 | sort -z)
end=$(now)
echo "corpus_files: $files files"
echo "corpus_accepted: $ok files"
echo "corpus_obligations: $obligations obligations"
awk -v s="$start" -v e="$end" 'BEGIN { printf "corpus_total_s: %.2f s\n", e - s }'
