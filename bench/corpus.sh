#!/usr/bin/env bash
# A tier of corpus proof modules checked cold (fresh cache) at -j 2, one module at a time.
# Prints per module: obligations, trivial, proved, failed, not run (omitted, missing,
# interrupted, unchecked), wall time, peak RSS, how many proofs each solver found (z3,
# cvc5, other: builtin and PTL) and, for examples, the runtime tlapm's manifest gives;
# then the totals, the share of obligations proved and each solver's share of the proofs.
# Run scripts/setup.sh first.
#
# Usage: bench/corpus.sh [-j N] [--timeout SECONDS] [--keep DIR] [--tier scale|corpus]
#                        [--solver portfolio|z3|cvc5] [MODULE...]
#   --tier scale (default): the largest proof modules of the corpus (bench/scale_lib.sh).
#   --tier corpus: every other proof module of examples, and all of tlapm/examples.
#   MODULE: a .tla file, or a path under CORPUS/examples/specifications.
#   --timeout: per module; the run then gets SIGINT and reports what finished ("cut").
#   --keep: leave the reports (NAME.json, NAME.time) in DIR, e.g. for budget_ratio.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
TLAPX=$(realpath "${TLAPX:-build/tlapx}")
CORPUS=$(realpath "${CORPUS:-../shared/corpus}")
source bench/scale_lib.sh

jobs=2 limit=0 keep="" tier=scale solver=portfolio
while (($#)); do
  case $1 in
    -j) jobs=$2; shift 2 ;;
    --timeout) limit=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    --tier) tier=$2; shift 2 ;;
    --solver) solver=$2; shift 2 ;;
    *) break ;;
  esac
done
files=()
for m in "$@"; do files+=("$(scale_file "$m")"); done
if ((${#files[@]} == 0)); then
  case $tier in
    scale) for m in "${SCALE_MODULES[@]}"; do files+=("$(scale_file "$m")"); done ;;
    corpus) mapfile -t files < <(corpus_modules) ;;
    *) echo "unknown tier $tier (scale, corpus)" >&2; exit 2 ;;
  esac
fi
out=${keep:-$(mktemp -d)}
mkdir -p "$out"
[[ -n $keep ]] || trap 'rm -rf "$out"' EXIT

echo "command: bench/corpus.sh -j $jobs --timeout $limit --tier $tier --solver $solver" \
     "(tlapx check --cache FRESH -j $jobs --json --solver $solver; $(nproc) cores; $(date -u +%F))"
list=$out/modules.txt
: >"$list"
for f in "${files[@]}"; do
  check_cold "$f" "$out" "$jobs" "$limit" --solver "$solver"
  echo "$(module_name "$f") $(manifest_runtime "$f")" >>"$list"
done
python3 - "$out" "$list" <<'PY'
import json, re, sys
out, listing = sys.argv[1], sys.argv[2]
cols = ["obligations", "trivial", "proved", "failed", "not_run", "wall_s", "rss_mb", "z3", "cvc5", "other"]
width = 34
print(f"{'module':<{width}}" + "".join(f"{c:>12}" for c in cols) + f"{'tlapm_s':>9}  finished")
total = dict.fromkeys(cols, 0)
slower = []
for line in open(listing):
    name, *runtime = line.split()
    row = dict.fromkeys(cols, 0)
    timing = open(f"{out}/{name}.time").read()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", timing)
    row["wall_s"] = int(wall[1] or 0) * 3600 + int(wall[2]) * 60 + float(wall[3])
    row["rss_mb"] = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing)[1]) / 1024
    try:
        report = json.load(open(f"{out}/{name}.json"))
        s = report["summary"]
        row.update(obligations=s["total"], trivial=s["trivial"], proved=s["proved"], failed=s["failed"],
                   not_run=s["omitted"] + s["missing"] + s["interrupted"] + s["unchecked"])
        for o in report["obligations"]:
            if o["status"] == "proved":
                b = o.get("backend", "")
                row[b if b in ("z3", "cvc5") else "other"] += 1
        finished = "cut" if s["interrupted"] + s["unchecked"] else "yes"
    except (ValueError, KeyError):
        err = open(f"{out}/{name}.err").read().strip().splitlines()
        finished = "no report" + (": " + err[-1][:60] if err else "")
    if runtime and row["wall_s"] > float(runtime[0]):
        slower.append(name)
    for c in cols:
        total[c] = max(total[c], row[c]) if c == "rss_mb" else total[c] + row[c]
    fmt = lambda v: f"{v:>12.1f}" if isinstance(v, float) else f"{v:>12}"
    print(f"{name[:width - 1]:<{width}}" + "".join(fmt(row[c]) for c in cols) +
          f"{runtime[0] if runtime else '-':>9}  {finished}")
print(f"{'total (rss: max)':<{width}}" + "".join(f"{total[c]:>12.1f}" if isinstance(total[c], float) else f"{total[c]:>12}" for c in cols))
done = total["trivial"] + total["proved"]
if total["obligations"]:
    print(f"proved or trivial: {done} of {total['obligations']} obligations ({100 * done / total['obligations']:.2f} %); "
          f"failed {total['failed']}, not run {total['not_run']}")
if total["proved"]:
    print("proofs by solver: " + ", ".join(f"{c} {total[c]} ({100 * total[c] / total['proved']:.1f} %)"
                                           for c in ("z3", "cvc5", "other")))
print(f"slower than tlapm's manifest runtime: {len(slower)}" + (f" ({', '.join(slower)})" if slower else ""))
PY
