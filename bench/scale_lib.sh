# Shared by bench/corpus.sh and bench/budget_ratio.sh (sourced, not run): the scale
# workload (the largest proof modules of the corpus) and how one module is checked cold.
# Needs TLAPX and CORPUS set.

# Paths under $CORPUS/examples/specifications.
SCALE_MODULES=(
  byzpaxos/BPConProof.tla byzpaxos/VoteProof.tla byzpaxos/PConProof.tla
  ewd998/EWD998_proof.tla lamport_mutex/LamportMutex_proofs.tla LoopInvariance/Quicksort.tla
  tcp/tcp_proof.tla Bakery-Boulangerie/Boulanger.tla barriers/Barriers.tla bcastByz/bcastByz.tla
)

# A module argument as a file: as given if it exists, else under examples/specifications.
scale_file() {
  if [[ -f $1 ]]; then realpath "$1"; else realpath "$CORPUS/examples/specifications/$1"; fi
}

# check_cold FILE OUTDIR JOBS TIMEOUT: `tlapx check` with an empty cache of its own, at
# -j JOBS; after TIMEOUT seconds (0: none) it gets SIGINT (it then reports what finished)
# and SIGKILL 10 s later. Writes OUTDIR/NAME.json (the report), OUTDIR/NAME.time
# (/usr/bin/time -v) and OUTDIR/NAME.err.
check_cold() {
  local file=$1 out=$2 jobs=$3 limit=$4 name
  name=$(basename "$file" .tla)
  local cache
  cache=$(mktemp -d)
  /usr/bin/time -v -o "$out/$name.time" timeout -s INT -k 10 "$limit" \
    "$TLAPX" check --cache "$cache/cache.db" -j "$jobs" --json \
    -I "$CORPUS/community/modules" "$file" >"$out/$name.json" 2>"$out/$name.err" || true
  rm -rf "$cache"
}
