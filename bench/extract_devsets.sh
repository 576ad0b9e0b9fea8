#!/bin/sh
# bench/extract_devsets.sh — the extractor on every text development set
# (tests/data/extract_dev*), scored per set by eval/docs/tools/score_extract.py.
# These are the sets the extractor was developed on (a new set is measured
# once, blind, before anyone looks at its output); the held-out figures are
# bench/extract.sh's.
# Usage: bench/extract_devsets.sh [OUT]   (JIANZHI=path/to/jianzhi)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
J=${JIANZHI:-$here/build/jianzhi}
export JIANZHI_DATADIR="$here"
OUT=${1:-$(mktemp -d /tmp/jzdevsets.XXXXXX)}
rm -rf "$OUT" && mkdir -p "$OUT"
for d in "$here"/tests/data/extract_dev*; do
	s=$(basename "$d")
	mkdir -p "$OUT/$s/pred" "$OUT/$s/truth"
	for t in "$d"/*.txt; do
		n=$(basename "$t" .txt)
		[ -f "$d/$n.json" ] || continue
		cp "$d/$n.json" "$OUT/$s/truth/"
		"$J" extract "$t" --format json >"$OUT/$s/pred/$n.json" 2>/dev/null || true
	done
	/usr/bin/python3 "$here/eval/docs/tools/score_extract.py" "$OUT/$s/truth" "$OUT/$s/pred" >"$OUT/$s/score.txt"
	printf '%-14s %s\n' "$s" "$(grep -m1 MICRO "$OUT/$s/score.txt")"
done
echo "per-field tables: $OUT/*/score.txt"
