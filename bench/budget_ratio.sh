#!/usr/bin/env bash
# What a failure costs: for each module, the ratio of a failed obligation's backend wall
# time to its nominal budget (SMTT(n), default 5 s, times --stretch), p50 / p95 / max over
# the obligations sent and not proved. Goal: p95 <= 1.5, never > 2. Run scripts/setup.sh
# first. Reports without budget_ms (tlapx before it had them) count 5 s for every budget.
#
# Usage: bench/budget_ratio.sh [--from DIR] [corpus.sh options and modules]
#   --from DIR: read the reports bench/corpus.sh --keep DIR left, run nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ${1:-} == --from ]]; then
  dir=$2
else
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  bench/corpus.sh --keep "$dir" "$@" >/dev/null
fi
echo "command: bench/budget_ratio.sh $* (ratio = time_ms / budget_ms of failed obligations)"
python3 - "$dir" <<'PY'
import glob, json, os, sys
def pct(xs, p):
    return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else float("nan")
every = []
print(f"{'module':<22}{'failed':>8}{'p50':>8}{'p95':>8}{'max':>8}")
for path in sorted(glob.glob(f"{sys.argv[1]}/*.json")):
    try:
        records = json.load(open(path))["obligations"]
    except ValueError:
        continue
    ratios = sorted(r["time_ms"] / r.get("budget_ms", 5000) for r in records
                    if r["status"] == "failed" and not r["cached"] and r["backend"])
    every += ratios
    name = os.path.basename(path)[:-5]
    print(f"{name:<22}{len(ratios):>8}{pct(ratios, .5):>8.2f}{pct(ratios, .95):>8.2f}{pct(ratios, 1):>8.2f}")
every.sort()
print(f"{'all':<22}{len(every):>8}{pct(every, .5):>8.2f}{pct(every, .95):>8.2f}{pct(every, 1):>8.2f}")
PY
