#!/bin/sh
# db/reference: the court and 案由 tables pass their checks, and courts.tsv is
# exactly what its build makes from the evidence rows and the 统计用区划代码
# (so nobody edits a derived row by hand).
. "$TOP_SRCDIR/tests/lib.sh"
cd "$TOP_SRCDIR"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
out=$("$PY" db/reference/check.py 2>&1)
like "$out" " 0 failed" "db/reference/check.py passes"
like "$out" "courts.tsv: [0-9]* rows" "the court table is read"
n=$(awk -F'\t' 'NR > 1 && $3 == "基层"' db/reference/courts.tsv | wc -l)
ok "[ $n -ge 2700 ]" "every county-level division's court is in the table ($n 基层 courts)"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$PY" db/reference/tools/build_courts.py db/reference/courts_evidence.tsv db/reference/divisions.tsv "$T/courts.tsv" 2>/dev/null
ok "cmp -s $T/courts.tsv db/reference/courts.tsv" "courts.tsv is what build_courts.py makes"
is "$(awk -F'\t' '$1 == "浙0302" { print $2 }' db/reference/courts.tsv)" "浙江省温州市鹿城区人民法院" \
	"a district's court: province, city, district (浙0302)"
is "$(awk -F'\t' '$1 == "浙0624" { print $2 }' db/reference/courts.tsv)" "浙江省新昌县人民法院" \
	"a county's court: province and county (浙0624)"
is "$(awk -F'\t' '$1 == "浙0683" { print $6 }' db/reference/courts.tsv)" "evidence" \
	"a court seen in a public source keeps its evidence row"
done_testing
