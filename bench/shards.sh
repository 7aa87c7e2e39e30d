#!/usr/bin/env bash
# Times scripts/shard-check.sh with 1, 2 and 4 local shards (run in parallel, cores/N
# threads each) against one plain `tlapx check`: cold (empty cache: every shard proves its
# slice) and warm (the merged cache seeds every shard: nothing is sent, so the time is the
# pure cost of sharding: N processes loading the module, cache copies, merge, status).
# The overhead per shard is (warm with 4 shards - warm with 1) / 3. Prints `name: value
# unit` lines. MODULE picks the module (default tlapm's Paxos example); STRETCH is passed
# as --stretch. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
export TLAPX=$(realpath "${TLAPX:-build/tlapx}")
CORPUS=${CORPUS:-../shared/corpus}
MODULE=$(realpath "${MODULE:-$CORPUS/tlapm/examples/paxos/Paxos.tla}")
STRETCH=${STRETCH:-1}
cores=$(nproc)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s%N; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (b - a) / 1e6 }'; }

echo "command: scripts/shard-check.sh --stretch $STRETCH N $MODULE ($cores cores)"
t0=$(now)
"$TLAPX" check "$MODULE" --cache "$work/single.db" --stretch "$STRETCH" -j "$cores" >/dev/null || true
t1=$(now)
echo "single_check_cold: $(ms "$t0" "$t1") ms (-j $cores)"

declare -A warm
for n in 1 2 4; do
  rm -f "$work/merged-$n.db"*
  t0=$(now)
  scripts/shard-check.sh --cache "$work/merged-$n.db" --stretch "$STRETCH" "$n" "$MODULE" >/dev/null 2>&1 || true
  t1=$(now)
  echo "shards_${n}_cold: $(ms "$t0" "$t1") ms"
  t0=$(now)
  scripts/shard-check.sh --cache "$work/merged-$n.db" --stretch "$STRETCH" "$n" "$MODULE" >/dev/null 2>&1 || true
  t1=$(now)
  warm[$n]=$(ms "$t0" "$t1")
  echo "shards_${n}_warm: ${warm[$n]} ms (nothing sent)"
done
echo "overhead_per_shard: $(( (warm[4] - warm[1]) / 3 )) ms"
