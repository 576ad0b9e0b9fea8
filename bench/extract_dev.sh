#!/bin/sh
# bench/extract_dev.sh — the extractor on the development rulings
# (tests/data/extract_dev), as text and as scans: the rulings are rendered
# into scanned-looking pages by eval/docs/tools/render_pages.py (fonts,
# seals and degradations as for the held-out set, seed 11, four second
# scans), read by `jianzhi ocr`, and scored like eval/docs by
# bench/extract_bench.py. This is the set extraction is developed on; the
# held-out figures come from bench/extract.sh.
#
# Usage: bench/extract_dev.sh [OUT]      (default build/extract-dev; SEED=N renders the
# pages anew — other fonts, seals and degradations — for fresh OCR errors;
# REEXTRACT=1 extracts the OCR text of an earlier run in OUT again, no OCR;
# SETS="extract_dev9 extract_dev10" renders those sets of tests/data instead)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
out=${1:-$here/build/extract-dev}
root=$out/set
export JIANZHI_DATADIR="$here"
if [ -n "${REEXTRACT:-}" ]; then      # the pages of an earlier run, extracted again by this jianzhi
	exec "$PY" "$here/bench/extract_bench.py" --jianzhi "$JIANZHI" --eval "$root" --out "$out/run" --plain skip --reextract
fi
rm -rf "$root"
mkdir -p "$root/truth" "$root/generated" "$root/real"
for set in ${SETS:-extract_dev}; do
	for j in "$here/tests/data/$set"/*.json; do
		cp "$j" "$root/truth/"
		cp "${j%.json}.txt" "$root/generated/"
	done
done
ln -s "$here/eval/docs/tools" "$root/tools"
"$PY" "$here/eval/docs/tools/render_pages.py" --root "$root" --seed "${SEED:-11}" --rescans 4
exec "$PY" "$here/bench/extract_bench.py" --jianzhi "$JIANZHI" --eval "$root" --out "$out/run" --plain skip
