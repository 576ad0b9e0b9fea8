#!/bin/sh
# bench/extract_dev.sh — the extractor on the development rulings
# (tests/data/extract_dev), as text and as scans: the rulings are rendered
# into scanned-looking pages by eval/docs/tools/render_pages.py (fonts,
# seals and degradations as for the held-out set, seed 11, four second
# scans), read by `jianzhi ocr`, and scored like eval/docs by
# bench/extract_bench.py. This is the set extraction is developed on; the
# held-out figures come from bench/extract.sh.
#
# Usage: bench/extract_dev.sh [OUT]      (default build/extract-dev)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
out=${1:-$here/build/extract-dev}
root=$out/set
rm -rf "$root"
mkdir -p "$root/truth" "$root/generated" "$root/real"
cp "$here"/tests/data/extract_dev/dev_*.json "$root/truth/"
cp "$here"/tests/data/extract_dev/dev_*.txt "$root/generated/"
ln -s "$here/eval/docs/tools" "$root/tools"
"$PY" "$here/eval/docs/tools/render_pages.py" --root "$root" --seed 11 --rescans 4
export JIANZHI_DATADIR="$here"
exec "$PY" "$here/bench/extract_bench.py" --jianzhi "$JIANZHI" --eval "$root" --out "$out/run" --plain skip
