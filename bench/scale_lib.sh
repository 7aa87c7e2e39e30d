# Shared by bench/corpus.sh and bench/budget_ratio.sh (sourced, not run): the scale
# workload (the largest proof modules of the corpus) and how one module is checked cold.
# Needs TLAPX and CORPUS set.

# Paths under $CORPUS/examples/specifications.
SCALE_MODULES=(
  byzpaxos/BPConProof.tla byzpaxos/VoteProof.tla byzpaxos/PConProof.tla
  ewd998/EWD998_proof.tla lamport_mutex/LamportMutex_proofs.tla LoopInvariance/Quicksort.tla
  tcp/tcp_proof.tla Bakery-Boulangerie/Boulanger.tla barriers/Barriers.tla bcastByz/bcastByz.tla
)

# The corpus tier: every proof module of examples (the "proof" entries of its manifests)
# outside the scale tier, then every module of tlapm/examples; paths printed one a line.
corpus_modules() {
  python3 - "$CORPUS" "${SCALE_MODULES[@]}" <<'PY'
import glob, json, os, sys
corpus, scale = sys.argv[1], {f"specifications/{m}" for m in sys.argv[2:]}
mods = []
for manifest in sorted(glob.glob(f"{corpus}/examples/specifications/*/manifest.json")):
    for m in json.load(open(manifest)).get("modules", []):
        if "proof" in m and m["path"] not in scale:
            mods.append(f"{corpus}/examples/{m['path']}")
mods += sorted(glob.glob(f"{corpus}/tlapm/examples/**/*.tla", recursive=True))
print("\n".join(mods))
PY
}

# The runtime tlapm's manifest gives the proof of FILE, in seconds; empty when none.
manifest_runtime() {
  python3 - "$1" <<'PY'
import json, os, sys
f = os.path.realpath(sys.argv[1])
manifest = os.path.join(os.path.dirname(f), "manifest.json")
if os.path.exists(manifest):
    for m in json.load(open(manifest)).get("modules", []):
        runtime = m.get("proof", {}).get("runtime", "")  # "hh:mm:ss", or "unknown"
        if os.path.basename(m["path"]) == os.path.basename(f) and runtime.count(":") == 2:
            h, mi, s = (int(x) for x in runtime.split(":"))
            print(h * 3600 + mi * 60 + s)
PY
}

# A module argument as a file: as given if it exists, else under examples/specifications.
scale_file() {
  if [[ -f $1 ]]; then realpath "$1"; else realpath "$CORPUS/examples/specifications/$1"; fi
}

# A short unique name of a module file: its path under the corpus, with / as __.
module_name() {
  local f
  f=$(realpath "$1")
  f=${f#"$CORPUS"/}
  f=${f#examples/specifications/}
  f=${f%.tla}
  echo "${f//\//__}"
}

# check_cold FILE OUTDIR JOBS TIMEOUT [tlapx flags...]: `tlapx check` with an empty cache
# of its own, at -j JOBS; after TIMEOUT seconds (0: none) it gets SIGINT (it then reports
# what finished) and SIGKILL 10 s later. Writes OUTDIR/NAME.json (the report),
# OUTDIR/NAME.time (/usr/bin/time -v) and OUTDIR/NAME.err, NAME from module_name.
check_cold() {
  local file=$1 out=$2 jobs=$3 limit=$4 name
  shift 4
  name=$(module_name "$file")
  local cache
  cache=$(mktemp -d)
  /usr/bin/time -v -o "$out/$name.time" timeout -s INT -k 10 "$limit" \
    "$TLAPX" check --cache "$cache/cache.db" -j "$jobs" --json "$@" \
    -I "$CORPUS/community/modules" "$file" >"$out/$name.json" 2>"$out/$name.err" || true
  rm -rf "$cache"
}
