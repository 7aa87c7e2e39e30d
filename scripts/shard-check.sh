#!/usr/bin/env bash
# Checks TLA+ proofs as N shards on this machine, the way a CI job matrix does on N
# runners: each shard `tlapx check --shard k/N` starts from a copy of the merged cache and
# writes its own cache; the shard caches are then merged into it (`tlapx cache merge`)
# and `tlapx status` prints the whole report from the merged cache. Exit code: status's
# (0 all proved, 10 some failed, 11 incomplete), or 2/3 when a shard could not run.
#
# usage: scripts/shard-check.sh [options] N FILE...
#   --cache PATH      the merged cache (default .tlapx/cache.db); created if needed
#   --sequential      run the shards one after the other (default: all at once)
#   -j THREADS        worker threads per shard (default: cores / N, at least 1)
#   --stretch F, --solver S, -I DIR   passed to every check and to status
#   --json, --junit FILE, --strict   passed to the final status
# TLAPX names the tlapx binary (default: build/tlapx of this checkout, else tlapx on PATH);
# TLAPX_SHARD_WORK keeps the shard caches and outputs in that folder (default: a
# temporary folder, removed at the end).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tlapx="${TLAPX:-}"
if [[ -z "$tlapx" ]]; then
  if [[ -x "$here/build/tlapx" ]]; then tlapx="$here/build/tlapx"; else tlapx="tlapx"; fi
fi

usage() { sed -n '2,15p' "$0" >&2; exit 2; }

cache=".tlapx/cache.db"
parallel=1
threads=""
check_args=()
status_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --cache) cache="$2"; shift 2 ;;
    --sequential) parallel=0; shift ;;
    -j) threads="$2"; shift 2 ;;
    --stretch|--solver) check_args+=("$1" "$2"); status_args+=("$1" "$2"); shift 2 ;;
    -I) check_args+=(-I "$2"); status_args+=(-I "$2"); shift 2 ;;
    --json|--strict) status_args+=("$1"); shift ;;
    --junit) status_args+=(--junit "$2"); shift 2 ;;
    -h|--help) usage ;;
    -*) echo "shard-check: unknown option $1" >&2; usage ;;
    *) break ;;
  esac
done
[[ $# -ge 2 ]] || usage
shards="$1"; shift
[[ "$shards" =~ ^[1-9][0-9]*$ ]] || { echo "shard-check: N must be a positive number" >&2; exit 2; }
if [[ -z "$threads" ]]; then
  cores="$(nproc 2>/dev/null || echo 1)"
  threads=$(( parallel == 1 ? cores / shards : cores ))
  (( threads >= 1 )) || threads=1
fi

if [[ -n "${TLAPX_SHARD_WORK:-}" ]]; then
  work="$TLAPX_SHARD_WORK"; mkdir -p "$work"
else
  work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$(dirname "$cache")"

run_shard() {
  local k="$1" db="$work/shard-$1.db"
  shift
  rm -f "$db" "$db-wal" "$db-shm"
  if [[ -f "$cache" ]]; then "$tlapx" cache merge "$db" "$cache" >/dev/null; fi
  local code=0
  "$tlapx" check --shard "$k/$shards" --cache "$db" -j "$threads" "${check_args[@]}" "$@" \
    >"$work/shard-$k.out" 2>"$work/shard-$k.err" || code=$?
  echo "$code" >"$work/shard-$k.code"
}

pids=()
for (( k = 1; k <= shards; k++ )); do
  if (( parallel )); then run_shard "$k" "$@" & pids+=($!); else run_shard "$k" "$@"; fi
done
for pid in "${pids[@]}"; do wait "$pid"; done

worst=0
dbs=()
for (( k = 1; k <= shards; k++ )); do
  code="$(cat "$work/shard-$k.code")"
  summary="$(grep -E '^[0-9]+ obligations:' "$work/shard-$k.out" | tail -n 1 || true)"
  echo "shard $k/$shards: exit $code: ${summary:-no report}" >&2
  case "$code" in
    0|10|11|130) ;;  # a report: proved, failed, incomplete, interrupted (finished results kept)
    *) cat "$work/shard-$k.err" >&2; worst="$code" ;;
  esac
  [[ -f "$work/shard-$k.db" ]] && dbs+=("$work/shard-$k.db")
done
if (( ${#dbs[@]} > 0 )); then "$tlapx" cache merge "$cache" "${dbs[@]}" >&2; fi

code=0
"$tlapx" status --cache "$cache" "${status_args[@]}" "$@" || code=$?
if (( worst != 0 )); then exit "$worst"; fi
exit "$code"
