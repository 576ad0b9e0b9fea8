#!/bin/sh
# bench/ocr.sh — OCR throughput on the fixture scans, in this one script:
#   jianzhi ocr --jobs 2 (C API, one engine per thread, OMP_THREAD_LIMIT=1)
#   the tesseract CLI with its defaults (OpenMP threads), one page at a time
#   the tesseract CLI with OMP_THREAD_LIMIT=1, one page at a time
# and the character error rate of jianzhi's pipeline (grey + deskew) against
# the plain CLI on each fixture. Usage: bench/ocr.sh [COPIES]  (pages = 4 x COPIES)
set -eu
K=${1:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
export JIANZHI_DATADIR="$here"
O="$here/tests/data/ocr"
W=$(mktemp -d /tmp/jzocr.XXXXXX)
trap 'rm -rf "$W"' EXIT
# distinct files (a stored SHA-256 is never OCRed twice): a text chunk differs
/usr/bin/python3 - "$O" "$W" "$K" <<'PY'
import sys
from PIL import Image
from PIL.PngImagePlugin import PngInfo
src, dst, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(k):
    for name in ("clean", "rotated", "noisy", "blurred"):
        info = PngInfo(); info.add_text("copy", str(i))
        Image.open(f"{src}/{name}.png").save(f"{dst}/{name}-{i}.png", pnginfo=info)
PY
pages=$(ls "$W"/*.png | wc -l)
now() { date +%s.%N; }
t0=$(now); "$JIANZHI" --db "$W/o.db" ocr "$W"/*.png --jobs 2 -q 2>/dev/null; t1=$(now)
jz=$(echo "$t1 - $t0" | bc)
t0=$(now); for f in "$W"/*.png; do tesseract "$f" - -l chi_sim+eng >/dev/null 2>&1; done; t1=$(now)
cli=$(echo "$t1 - $t0" | bc)
t0=$(now); for f in "$W"/*.png; do OMP_THREAD_LIMIT=1 tesseract "$f" - -l chi_sim+eng >/dev/null 2>&1; done; t1=$(now)
one=$(echo "$t1 - $t0" | bc)
r() { echo "scale=3; $pages / $1" | bc; }
echo "pages: $pages"
echo "jianzhi ocr --jobs 2:            ${jz}s  $(r "$jz") pages/s"
echo "tesseract CLI, defaults:         ${cli}s  $(r "$cli") pages/s"
echo "tesseract CLI, OMP_THREAD_LIMIT=1: ${one}s  $(r "$one") pages/s"
echo "jianzhi / (2 x single-thread CLI): $(echo "scale=2; $one / $jz / 2" | bc) (target >= 0.9)"
echo "jianzhi / CLI defaults:            $(echo "scale=2; $cli / $jz" | bc)x (target >= 5x)"
for name in clean rotated noisy blurred; do
	sqlite3 "$W/o.db" "SELECT text FROM pages p JOIN documents d ON d.id=p.doc_id WHERE d.path LIKE '%/$name-0.png'" >"$W/j.txt"
	OMP_THREAD_LIMIT=1 tesseract "$O/$name.png" - -l chi_sim+eng 2>/dev/null >"$W/t.txt"
	echo "CER $name: jianzhi $(/usr/bin/python3 "$O/cer.py" "$O/zb.txt" "$W/j.txt")  tesseract CLI $(/usr/bin/python3 "$O/cer.py" "$O/zb.txt" "$W/t.txt")"
done
