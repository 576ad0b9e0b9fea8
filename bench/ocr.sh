#!/bin/sh
# bench/ocr.sh — jianzhi's OCR against plain `tesseract -l chi_sim --psm 6`:
# character error rate per page and overall, their ratio, and pages per CPU
# second (one core each: jianzhi --jobs 1 and the CLI with OMP_THREAD_LIMIT=1,
# run alternately page by page). See bench/ocr_bench.py.
#
# Usage: bench/ocr.sh [DIR] [--reps N] [--keep OUTDIR] [--cli "ARGS"] [--no-jianzhi] [--no-cli]
#   DIR  page images with NAME.gt.txt beside each (an eval/docs/pages layout
#        works as is); default: the development set, generated on demand from
#        the law texts ($JZ_LAWS, default /work/shared/docs/laws) into
#        build/ocr-dev by bench/ocr_dev.py (not in git).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
dir=
case "${1:-}" in ""|-*) ;; *) dir=$1; shift ;; esac
if [ -z "$dir" ]; then
	dir=${JZ_OCR_DEV:-$here/build/ocr-dev}
	laws=${JZ_LAWS:-/work/shared/docs/laws}
	[ -d "$laws" ] || laws="$here/../shared/docs/laws"
	[ -f "$dir/dev36.gt.txt" ] || "$PY" "$here/bench/ocr_dev.py" "$dir" --laws "$laws" >/dev/null
fi
export JIANZHI_DATADIR="$here"
exec "$PY" "$here/bench/ocr_bench.py" "$dir" --jianzhi "$JIANZHI" "$@"
