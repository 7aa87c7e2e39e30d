#!/usr/bin/env bash
# Times `tlapx check` on tlapm's Paxos example (copied to a temporary folder), with -j 1
# and -j 2: cold (empty cache), warm (nothing changed; goal: under 50 ms wall) and after
# editing one leaf step (`BY ...` cites TRUE as one more fact). Prints `name: value unit`
# lines. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
TLAPX=$(realpath "${TLAPX:-build/tlapx}")
CORPUS=${CORPUS:-../shared/corpus}
WARM_RUNS=${WARM_RUNS:-20}
EXAMPLE="$CORPUS/tlapm/examples/paxos"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$EXAMPLE/Paxos.tla" "$EXAMPLE/Consensus.tla" "$work/"
chmod u+w "$work"/*.tla
cp "$work/Paxos.tla" "$work/Paxos.orig"
PAXOS="$work/Paxos.tla"

now() { date +%s%N; }
ms() { awk -v a="$1" -v b="$2" -v n="${3:-1}" 'BEGIN { printf "%.1f", (b - a) / 1e6 / n }'; }
sent() { sed -n 's/^ *"sent": \([0-9]*\).*/\1/p'; }
# The first leaf proof on a line of its own, `BY <facts>` (not ONLY, not DEF alone).
edit_line=$(grep -nE '^ +BY [^OD]' "$work/Paxos.orig" | head -n 1 | cut -d: -f1)

echo "command: $TLAPX check Paxos.tla -j N (cache in a fresh folder; $(nproc) cores)"
for j in 1 2; do
  rm -rf "$work/.tlapx"
  cp "$work/Paxos.orig" "$PAXOS"
  t0=$(now)
  n=$("$TLAPX" check "$PAXOS" -j "$j" --json | sent) || true
  t1=$(now)
  echo "paxos_cold_j$j: $(ms "$t0" "$t1") ms ($n obligations sent)"

  "$TLAPX" check "$PAXOS" -j "$j" >/dev/null || true
  t0=$(now)
  for ((i = 0; i < WARM_RUNS; i++)); do "$TLAPX" check "$PAXOS" -j "$j" >/dev/null || true; done
  t1=$(now)
  echo "paxos_warm_j$j: $(ms "$t0" "$t1" "$WARM_RUNS") ms (mean of $WARM_RUNS runs, process start included)"

  sed -i "${edit_line}s/BY /BY TRUE, /" "$PAXOS"
  t0=$(now)
  n=$("$TLAPX" check "$PAXOS" -j "$j" --json | sent) || true
  t1=$(now)
  echo "paxos_one_edit_j$j: $(ms "$t0" "$t1") ms ($n obligations sent; line $edit_line edited)"
done
