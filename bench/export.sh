#!/bin/sh
# bench/export.sh — `jianzhi export xlsx --what cases` on an N-case demo
# database (default 1,000,000) against bench/xlsx_bare.c: the same query with
# every cell written by a bare libxlsxwriter loop, in this same script.
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
# the query of src/export.c (case_sql), kept here verbatim for the reference
cat >"$W/q.sql" <<'SQL'
SELECT c.case_no, coalesce(nullif(ct.name, ''), c.court_code), c.filing_date, c.closing_date,
 coalesce(c.closing_method, '未结'), c.cause, c.claim_fen, c.paid_fen,
 (SELECT group_concat(p.name, '、') FROM case_parties cp JOIN parties p ON p.id = cp.party_id
  WHERE cp.case_id = c.id AND cp.role = '申请执行人'),
 (SELECT group_concat(p.name, '、') FROM case_parties cp JOIN parties p ON p.id = cp.party_id
  WHERE cp.case_id = c.id AND cp.role = '被执行人'),
 (SELECT group_concat(p.id_no, '、') FROM case_parties cp JOIN parties p ON p.id = cp.party_id
  WHERE cp.case_id = c.id AND cp.role = '被执行人' AND p.id_no IS NOT NULL),
 c.judge, c.basis_no, (SELECT count(*) FROM leads l WHERE l.case_id = c.id AND l.status = 'active')
 FROM cases c LEFT JOIN courts ct ON ct.id = c.court_id ORDER BY c.filing_date DESC, c.id DESC
SQL
/usr/bin/time -f "%e %M" -o "$W/t1" "$W/bare" "$DB" "$W/bare.xlsx" "$W/q.sql"
/usr/bin/time -f "%e %M" -o "$W/t2" "$JIANZHI" --db "$DB" export xlsx "$W/jz.xlsx" -q
read -r bt brss <"$W/t1"
read -r jt jrss <"$W/t2"
echo "cases: $(sqlite3 "$DB" 'SELECT count(*) FROM cases')"
echo "bare libxlsxwriter loop: ${bt}s, peak RSS $((brss / 1024)) MB, $(du -m "$W/bare.xlsx" | cut -f1) MB"
echo "jianzhi export xlsx:     ${jt}s, peak RSS $((jrss / 1024)) MB, $(du -m "$W/jz.xlsx" | cut -f1) MB"
echo "ratio: $(echo "scale=2; $jt / $bt" | bc)x (target <= 1.3x; RSS target <= 64 MB)"
