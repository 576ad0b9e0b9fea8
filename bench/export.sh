#!/bin/sh
# bench/export.sh — `jianzhi export xlsx --what cases` on an N-case demo
# database (default 1,000,000) against bench/xlsx_bare.c: the same query with
# every cell written by a bare libxlsxwriter loop, in this same script.
# jianzhi does more per cell: 身份证号 masking and XML checks on every text,
# formats, row heights for wrapped text, a 合计 row, and it reads the whole
# workbook back before renaming it over the target.
# Prints the ratio and both peak RSS figures.
# Usage: bench/export.sh [N] [DB]      (JIANZHI=path/to/jianzhi)
set -eu
N=${1:-1000000}
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
export JIANZHI_DATADIR="$here"
DB=${2:-/tmp/jz-bench-screen-$N.db}
W=$(mktemp -d /tmp/jzexport.XXXXXX)
trap 'rm -rf "$W"' EXIT
[ -s "$DB" ] || "$JIANZHI" --db "$DB" demo -q --cases "$N"
gcc -O2 -o "$W/bare" "$here/bench/xlsx_bare.c" $(pkg-config --cflags --libs sqlite3 xlsxwriter)
# the query `export xlsx --what cases` runs (src/export/lists.c through
# cases_select in src/query/caselist.c), kept here verbatim for the reference
cat >"$W/q.sql" <<'SQL'
SELECT s.case_no, s.court_name, s.filing_date, s.closing_date, coalesce(s.closing_method, '未结'), s.cause,
 s.claim_fen, s.paid_fen, s.applicants, s.debtors, s.debtor_ids, s.judge, s.basis_no, s.active_leads
 FROM cases c JOIN v_case_summary s ON s.case_id = c.id WHERE 1 ORDER BY c.filing_date DESC, c.id DESC
SQL
/usr/bin/time -f "%e %U %S %M" -o "$W/t1" "$W/bare" "$DB" "$W/bare.xlsx" "$W/q.sql"
/usr/bin/time -f "%e %U %S %M" -o "$W/t2" "$JIANZHI" --db "$DB" export xlsx "$W/jz.xlsx" -q
read -r bt bu bs brss <"$W/t1"
read -r jt ju js jrss <"$W/t2"
bc_=$(echo "$bu + $bs" | bc); jc=$(echo "$ju + $js" | bc)
echo "cases: $(sqlite3 "$DB" 'SELECT count(*) FROM cases')"
echo "bare libxlsxwriter loop: ${bt}s (CPU ${bc_}s), peak RSS $((brss / 1024)) MB, $(du -m "$W/bare.xlsx" | cut -f1) MB"
echo "jianzhi export xlsx:     ${jt}s (CPU ${jc}s), peak RSS $((jrss / 1024)) MB, $(du -m "$W/jz.xlsx" | cut -f1) MB"
# On a shared machine wall time swings with the load; CPU time much less.
echo "ratio: $(echo "scale=2; $jt / $bt" | bc)x wall, $(echo "scale=2; $jc / $bc_" | bc)x CPU (target <= 1.3x; RSS target <= 64 MB)"
