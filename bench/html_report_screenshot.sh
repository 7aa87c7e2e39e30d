#!/usr/bin/env bash
# Writes the HTML report of `tlapx check` on tlapm's Paxos example and renders it in
# headless Chromium: prints the report's size and the render time as `name: value unit`
# lines and saves the screenshot shown in the README (docs/html-report.png).
# Run `scripts/setup.sh --with-browser` first.
set -euo pipefail
cd "$(dirname "$0")/.."
TLAPX=$(realpath "${TLAPX:-build/tlapx}")
CORPUS=${CORPUS:-../shared/corpus}
CHROMIUM=${CHROMIUM:-chromium}
OUT=${OUT:-docs}
PAXOS="$CORPUS/tlapm/examples/paxos/Paxos.tla"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "command: $TLAPX check --cache-dir $work/cache --html $work/r.html $PAXOS"
"$TLAPX" check --cache-dir "$work/cache" --html "$work/r.html" "$PAXOS" > /dev/null
echo "html_report_bytes: $(stat -c %s "$work/r.html") bytes"

render() {
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$work")" "$@" 2> /dev/null
}
start=$(date +%s%N)
render --dump-dom "file://$work/r.html" > "$work/dom.html"
echo "html_report_render: $((($(date +%s%N) - start) / 1000000)) ms (chromium --dump-dom, including its start)"
echo "html_report_steps: $(grep -o '<details class="step' "$work/dom.html" | wc -l) steps"
mkdir -p "$OUT"
render --hide-scrollbars --window-size=1100,1420 --screenshot="$(realpath -m "$OUT/html-report.png")" "file://$work/r.html"
echo "screenshot: $OUT/html-report.png ($(stat -c %s "$OUT/html-report.png") bytes)"
