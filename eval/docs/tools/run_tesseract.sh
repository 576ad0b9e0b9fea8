#!/bin/sh
# Reference OCR: run plain `tesseract PAGE - -l chi_sim --psm 6` on every page of the set.
# usage: run_tesseract.sh PAGES_DIR OUT_DIR
# Writes OUT_DIR/<page_id>.txt for every row of PAGES_DIR/manifest.tsv (page_id = NAME-pN).
# PNG/JPEG pages are read directly; multi-page TIFF and PDF files are split into
# one image per page first (PDF via pdftoppm at the page's dpi), then each page is OCRed.
# Set JOBS=N to run N tesseract processes at once (default 2).
set -eu
PAGES=${1:?usage: run_tesseract.sh PAGES_DIR OUT_DIR}
OUT=${2:?usage: run_tesseract.sh PAGES_DIR OUT_DIR}
JOBS=${JOBS:-2}
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
# build the job list: <image path> <page id>
tail -n +2 "$PAGES/manifest.tsv" | while IFS="$(printf '\t')" read -r file doc pno pid font size dpi rest; do
  case "$file" in
    *.png|*.jpg|*.jpeg) printf '%s\t%s\n' "$PAGES/$file" "$pid" ;;
    *.tif|*.tiff)
      ${PYTHON:-/usr/bin/python3} - "$PAGES/$file" "$pno" "$TMP/$pid.png" <<'PY'
import sys
from PIL import Image
im = Image.open(sys.argv[1]); im.seek(int(sys.argv[2]) - 1); im.save(sys.argv[3])
PY
      printf '%s\t%s\n' "$TMP/$pid.png" "$pid" ;;
    *.pdf)
      pdftoppm -r "$dpi" -f "$pno" -l "$pno" -singlefile -png "$PAGES/$file" "$TMP/$pid"
      printf '%s\t%s\n' "$TMP/$pid.png" "$pid" ;;
  esac
done > "$TMP/jobs.tsv"
export OUT
tr '\t' '\n' < "$TMP/jobs.tsv" | xargs -n 2 -P "$JOBS" sh -c 'tesseract "$0" - -l chi_sim --psm 6 > "$OUT/$1.txt" 2>/dev/null'
echo "OCR done: $(wc -l < "$TMP/jobs.tsv") pages -> $OUT"
