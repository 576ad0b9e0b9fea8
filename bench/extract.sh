#!/bin/sh
# bench/extract.sh — jianzhi on the held-out evaluation set eval/docs:
# per-field precision, recall and F1 and micro-F1 of the facts (real and
# generated documents apart), on the exact source text and after OCR of
# the scans, and the character error rate of jianzhi's OCR and of plain
# `tesseract -l chi_sim --psm 6` on the same pages. Measures only: the set
# is never used to tune (bench/extract_bench.py says how each figure is
# made; results in bench/RESULTS.md).
#
# Usage: bench/extract.sh [--jobs N] [--out DIR] [--plain run|reference|skip] [--skip-ocr]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
export JIANZHI_DATADIR="$here"
exec "$PY" "$here/bench/extract_bench.py" --jianzhi "$JIANZHI" "$@"
