#!/bin/sh
# jianzhi export xlsx: the workbooks read back (python3-openpyxl) with the
# expected sheets, headers, frozen header, autofilter, Excel dates, numbers
# in 元, masked IDs and native charts.
. "$TOP_SRCDIR/tests/lib.sh"
"$PYTHON3" -c 'import openpyxl' 2>/dev/null || skip_all "python3-openpyxl not installed"
rd() { "$PYTHON3" "$TOP_SRCDIR/tests/data/drafts/read_xlsx.py" "$1"; }
q() { sqlite3 -batch -noheader "$DB" "$1"; }
jz demo --cases 400 -q >/dev/null 2>&1
id=$(q "SELECT min(id) FROM leads")
jz label "$id" confirm >/dev/null

out=$(jz export xlsx "$T/cases.xlsx" 2>&1); rc=$?
is "$rc" 0 "export cases"
r=$(rd "$T/cases.xlsx")
like "$r" "sheet 案件" "sheet 案件"
like "$r" "header 案件 案号\|法院\|立案日期\|结案日期\|结案方式\|案由\|申请执行标的\(元\)\|实际到位\(元\)" "header names"
like "$r" "freeze 案件 A2" "header row frozen"
n=$(q "SELECT count(*) FROM cases")
like "$r" "filter 案件 A1:N$((n + 1))" "autofilter over every row"
like "$r" "rows 案件 $n" "one row per case ($n)"
like "$r" "types 案件 str\|str\|datetime\|[a-zA-Z]+\|str\|str\|(int|float)\|(int|float)" "dates are Excel dates, amounts numbers"
newest=$(q "SELECT case_no FROM cases ORDER BY filing_date DESC, id DESC LIMIT 1")
like "$r" "row2 案件 $newest" "newest case first"

full=$(q "SELECT p.id_no FROM case_parties cp JOIN parties p ON p.id=cp.party_id WHERE cp.role='被执行人' AND length(p.id_no)=18 AND substr(p.id_no,1,1) <> '9' LIMIT 1")
jz export xlsx "$T/masked.xlsx" --mask-ids -q
"$PYTHON3" - "$T/masked.xlsx" "$full" >"$T/m.txt" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["案件"]
vals = [str(r[10].value or "") for r in ws.iter_rows(min_row=2)]
print("full" if any(sys.argv[2] in v for v in vals) else "nofull")
print("masked" if any("********" in v for v in vals) else "nomask")
PY
is "$(tr '\n' ' ' <"$T/m.txt")" "nofull masked " "--mask-ids hides the ID numbers"

jz export xlsx "$T/leads.xlsx" --what leads -q
r=$(rd "$T/leads.xlsx")
like "$r" "rows 线索 $(q "SELECT count(*) FROM leads")" "one row per lead"
like "$r" "header 线索 线索编号\|规则\|规则名称" "leads header"

jz export xlsx "$T/ledger.xlsx" --what ledger -q
r=$(rd "$T/ledger.xlsx")
sup=$(q "SELECT count(*) FROM cases c WHERE EXISTS (SELECT 1 FROM leads l WHERE l.case_id=c.id AND l.label='成案') OR EXISTS (SELECT 1 FROM drafts d WHERE d.case_id=c.id)")
like "$r" "rows 监督案件台账 $sup" "one row per supervision case ($sup)"
like "$r" "header 监督案件台账 .*\|文书\|文号\|状态\|发出日期\|回复期限\|回复日期\|采纳情况" "with its document, 文号, dates and reply"
like "$r" "header 监督案件台账 序号\|案号\|法院\|承办法官\|被执行人\|监督事项\|违法情形\|成案日期" "ledger header"

jz export xlsx "$T/stats.xlsx" --what stats -q
r=$(rd "$T/stats.xlsx")
like "$r" "sheet 按规则" "stats per rule"
like "$r" "sheet 按法院" "stats per court"
like "$r" "sheet 按月" "stats per month"
like "$r" "charts 3" "three native charts"
like "$r" "rows 按规则 $(q "SELECT count(*) FROM rules WHERE path <> ''")" "one row per rule"
is "$(jz export xlsx "$T/x.xlsx" --what nonsense >/dev/null 2>&1; echo $?)" 2 "unknown --what is a usage error"
is "$(jz export xlsx /nonexistent/dir/x.xlsx -q >/dev/null 2>&1; echo $?)" 1 "an unwritable path fails cleanly"
done_testing
