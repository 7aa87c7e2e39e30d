#!/usr/bin/env bash
# The scale tier: `tlapx check` cold (fresh cache) at -j 2 on each module of a list (by
# default the largest proof modules of the corpus, bench/scale_lib.sh) and prints per
# module: obligations, trivial, proved, failed, not run (omitted, missing, interrupted,
# unchecked), wall time and peak RSS; then the totals. Run scripts/setup.sh first.
#
# Usage: bench/corpus.sh [-j N] [--timeout SECONDS] [--keep DIR] [MODULE...]
#   MODULE: a .tla file, or a path under CORPUS/examples/specifications.
#   --timeout: per module; the run then gets SIGINT and reports what finished ("cut").
#   --keep: leave the reports (NAME.json, NAME.time) in DIR, e.g. for budget_ratio.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
TLAPX=$(realpath "${TLAPX:-build/tlapx}")
CORPUS=$(realpath "${CORPUS:-../shared/corpus}")
source bench/scale_lib.sh

jobs=2 limit=0 keep=""
while (($#)); do
  case $1 in
    -j) jobs=$2; shift 2 ;;
    --timeout) limit=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) break ;;
  esac
done
modules=("$@")
((${#modules[@]})) || modules=("${SCALE_MODULES[@]}")
out=${keep:-$(mktemp -d)}
mkdir -p "$out"
[[ -n $keep ]] || trap 'rm -rf "$out"' EXIT

echo "command: bench/corpus.sh -j $jobs --timeout $limit (tlapx check --cache FRESH -j $jobs --json; $(nproc) cores; $(date -u +%F))"
for m in "${modules[@]}"; do
  check_cold "$(scale_file "$m")" "$out" "$jobs" "$limit"
done
python3 - "$out" "${modules[@]}" <<'PY'
import json, os, re, sys
out, modules = sys.argv[1], sys.argv[2:]
cols = ["obligations", "trivial", "proved", "failed", "not_run", "wall_s", "rss_mb"]
print(f"{'module':<22}" + "".join(f"{c:>12}" for c in cols) + "  finished")
total = dict.fromkeys(cols, 0)
for m in modules:
    name = os.path.basename(m)[:-4]
    row = dict.fromkeys(cols, 0)
    timing = open(f"{out}/{name}.time").read()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", timing)
    row["wall_s"] = int(wall[1] or 0) * 3600 + int(wall[2]) * 60 + float(wall[3])
    row["rss_mb"] = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing)[1]) / 1024
    try:
        s = json.load(open(f"{out}/{name}.json"))["summary"]
        row.update(obligations=s["total"], trivial=s["trivial"], proved=s["proved"], failed=s["failed"],
                   not_run=s["omitted"] + s["missing"] + s["interrupted"] + s["unchecked"])
        finished = "cut" if s["interrupted"] + s["unchecked"] else "yes"
    except (ValueError, KeyError):
        err = open(f"{out}/{name}.err").read().strip().splitlines()
        finished = "no report" + (": " + err[-1][:60] if err else "")
    for c in cols:
        total[c] = max(total[c], row[c]) if c == "rss_mb" else total[c] + row[c]
    print(f"{name:<22}" + "".join(f"{row[c]:>12.1f}" if isinstance(row[c], float) else f"{row[c]:>12}" for c in cols) + f"  {finished}")
print(f"{'total (rss: max)':<22}" + "".join(f"{total[c]:>12.1f}" if isinstance(total[c], float) else f"{total[c]:>12}" for c in cols))
PY
