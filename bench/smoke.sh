#!/usr/bin/env bash
# Cost of `tlapx check --smoke` on tlapm's Paxos example (copied to a temporary folder),
# -j 2 (or -j $JOBS): cold without --smoke, cold with --smoke, and a warm re-run with
# --smoke (nothing sent). Prints `name: wall s, cpu s (...)` lines; CPU time (user + sys)
# matters on a shared machine, where wall time depends on the load. Run scripts/setup.sh
# first.
set -euo pipefail
cd "$(dirname "$0")/.."
TLAPX=$(realpath "${TLAPX:-build/tlapx}")
CORPUS=${CORPUS:-../shared/corpus}
JOBS=${JOBS:-2}
EXAMPLE="$CORPUS/tlapm/examples/paxos"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$EXAMPLE/Paxos.tla" "$EXAMPLE/Consensus.tla" "$work/"
chmod u+w "$work"/*.tla
PAXOS="$work/Paxos.tla"

field() { sed -n "s/^ *\"$1\": \([0-9][0-9]*\).*/\1/p" "$work/out.json"; }
# Runs tlapx check with the given flags; prints "wall s, cpu s".
timed() {
  local TIMEFORMAT='%R s wall, %U+%S s cpu'
  { time "$TLAPX" check "$PAXOS" -j "$JOBS" --json "$@" >"$work/out.json" 2>/dev/null || true; } 2>&1
}

echo "command: $TLAPX check Paxos.tla -j $JOBS [--smoke] (cache in a fresh folder; $(nproc) cores; load $(cut -d' ' -f1 /proc/loadavg))"
rm -rf "$work/.tlapx"
echo "paxos_cold: $(timed) ($(field sent) obligations sent)"
rm -rf "$work/.tlapx"
echo "paxos_cold_smoke: $(timed --smoke) ($(field sent) obligations and $(field smoke_sent) smoke obligations sent, $(field smoke) contradictory)"
echo "paxos_warm_smoke: $(timed --smoke) ($(field sent) + $(field smoke_sent) sent)"
