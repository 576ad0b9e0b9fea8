#!/bin/sh
# jianzhi export xlsx: the workbooks read back (python3-openpyxl) as a clerk
# needs them — title row, frozen and filtered header, 合计 row with SUM
# formulas, print setup, Excel dates, numbers in 元 —; 身份证号 masked unless
# --full-ids by a role that may (audited); the 台账 with 成案日期 and
# 承办检察官; the stats funnel from the views; text XML cannot hold made
# safe; the previous file kept when an export fails or is killed.
. "$TOP_SRCDIR/tests/lib.sh"
"$PYTHON3" -c 'import openpyxl' 2>/dev/null || skip_all "python3-openpyxl not installed"
rd() { "$PYTHON3" "$TOP_SRCDIR/tests/data/drafts/read_xlsx.py" "$1"; }
q() { sqlite3 -batch -noheader "$DB" "$1"; }
line() { printf '%s\n' "$1" | grep "^$2 " | head -1 | cut -d' ' -f3-; }   # fact SHEET
jz demo --cases 400 -q >/dev/null 2>&1
id=$(q "SELECT min(id) FROM leads WHERE label IS NULL")
jz label "$id" confirm >/dev/null
day() { date +%Y年%-m月%-d日; }
# the export date in a title: the day before the export or after it (China's midnight is 16:00 UTC)
dated() { # TITLE PREFIX DAY_BEFORE: the title, with the day after put in when that is the one it has
	case $1 in "$2（导出于 $(day)）") echo "$2（导出于 $3）" ;; *) echo "$1" ;; esac; }

# --- cases: layout -----------------------------------------------------------
today=$(day)
out=$(jz export xlsx "$T/cases.xlsx" 2>&1); rc=$?
is "$rc" 0 "export cases"
r=$(rd "$T/cases.xlsx")
n=$(q "SELECT count(*) FROM cases")
like "$r" "sheet 案件" "sheet 案件"
is "$(dated "$(line "$r" "title 案件")" "嵊州市人民检察院 执行案件清单" "$today")" "嵊州市人民检察院 执行案件清单（导出于 $today）" \
	"title row: org.name, what, export date"
like "$r" "header 案件 案号\|法院\|立案日期\|结案日期\|结案方式\|案由\|申请执行标的\(元\)\|实际到位\(元\)" "header names in row 2"
like "$r" "freeze 案件 A3" "title and header rows frozen"
like "$r" "filter 案件 A2:N$((n + 2))" "autofilter over the header and every data row"
like "$r" "rows 案件 $n" "one row per case ($n)"
like "$r" "types 案件 str\|str\|datetime\|[a-zA-Z]+\|str\|str\|(int|float)\|(int|float)" "dates are Excel dates, amounts numbers"
newest=$(q "SELECT case_no FROM cases ORDER BY filing_date DESC, id DESC LIMIT 1")
like "$r" "row1 案件 $newest" "newest case first"
is "$(line "$r" "totals 案件")" "G==SUM(G3:G$((n + 2)))|H==SUM(H3:H$((n + 2)))|N==SUM(N3:N$((n + 2)))" \
	"合计 row: SUM over the money and count columns"
claim=$(q "SELECT printf('%.2f', sum(claim_fen) / 100.0) FROM cases")
leads=$(q "SELECT count(*) FROM leads WHERE status = 'active'")
got=$(line "$r" "totalvals 案件" | "$PYTHON3" -c 'import sys; d=dict(x.split("=") for x in sys.stdin.read().strip().split("|")); print("%.2f %s" % (float(d["申请执行标的(元)"]), d["有效线索数"]))')
is "$got" "$claim $leads" "合计 values stored with the formulas (元, counts)"
is "$(line "$r" "print 案件")" "orientation=landscape paper=9 fitToWidth=1 fitToHeight=0 fitToPage=True titles=\$2:\$2 footer=第 &P 页，共 &N 页 margins=0.4,0.4,0.6,0.7" \
	"print setup: A4 landscape, one page wide, header repeated, page numbers, margins"
like "$(line "$r" "col 案件")" "案号=2[2-9]\|" "案号 column fits its CJK text (display width, not bytes)"

# --- 身份证号 ------------------------------------------------------------------
# Every person's ID number that occurs anywhere in a workbook.
ids_in() {
	q "SELECT id_no FROM parties WHERE kind <> 'org' AND id_no IS NOT NULL AND length(id_no) = 18" >"$T/ids.txt"
	"$PYTHON3" - "$1" "$T/ids.txt" <<'PY'
import sys, openpyxl
ids = set(open(sys.argv[2]).read().split())
wb = openpyxl.load_workbook(sys.argv[1])
text = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
print(sum(1 for i in ids if i in text), text.count("********"))
PY
}
set -- $(ids_in "$T/cases.xlsx")
is "$1" 0 "cases: no full 身份证号 by default"
ok "[ '$2' -gt 0 ]" "cases: masked 身份证号 (first 6 and last 4 kept) by default ($2)"
jz export xlsx "$T/leads.xlsx" --what leads -q
serial=$(q "SELECT count(*) FROM leads WHERE rule_code = 'SERIAL-DEBTOR'")
set -- $(ids_in "$T/leads.xlsx")
is "$1" 0 "leads: no full 身份证号, evidence text included ($serial SERIAL-DEBTOR leads quote them)"
audits() { q "SELECT count(*) FROM audit WHERE action = 'export.unmask'"; }
is "$(audits)" 0 "masked exports are not audited as unmasking"

jz export xlsx "$T/full.xlsx" --full-ids -q; rc=$?
is "$rc" 0 "--full-ids for a 承办检察官 (tester)"
set -- $(ids_in "$T/full.xlsx")
ok "[ '$1' -gt 0 ]" "--full-ids shows the ID numbers ($1)"
is "$(audits)" 1 "the unmasked export is audited"
like "$(q "SELECT login || ' ' || after FROM audit WHERE action = 'export.unmask'")" \
	"^tester \{\"file\":\".*full.xlsx\",\"what\":\"cases\",\"rows\":$n\}" "audit names who, which file, what and how many rows"

cp "$T/cases.xlsx" "$T/keep.xlsx"
err=$(JIANZHI_USER=demo_clerk jz export xlsx "$T/keep.xlsx" --full-ids -q 2>&1); rc=$?
is "$rc" 1 "--full-ids refused for a 书记员"
like "$err" "无权查看完整证件号：需要承办检察官、部门负责人、检察长角色（demo_clerk 的角色：书记员）" "with a clear Chinese message"
ok "cmp -s '$T/cases.xlsx' '$T/keep.xlsx'" "the refused export left the file as it was"
is "$(audits)" 1 "a refused export is not audited"
err=$(JIANZHI_USER=nobody jz export xlsx "$T/x1.xlsx" --full-ids -q 2>&1)
like "$err" "无权查看完整证件号.*nobody 的角色：无" "--full-ids refused for a login without a role"
jz users set someone 部门负责人 >/dev/null
JIANZHI_USER=someone jz export xlsx "$T/x2.xlsx" --what leads --full-ids -q; rc=$?
is "$rc" 0 "--full-ids allowed for a 部门负责人"
is "$(q "SELECT login FROM audit WHERE action = 'export.unmask' ORDER BY id DESC LIMIT 1")" someone "and audited under that login"
is "$(jz export xlsx "$T/x3.xlsx" --mask-ids -q; echo $?)" 0 "--mask-ids is still accepted (the default)"
is "$(jz export xlsx "$T/x3.xlsx" --mask-ids --full-ids -q 2>/dev/null; echo $?)" 2 "--mask-ids with --full-ids is a usage error"

# --- leads ------------------------------------------------------------------------
r=$(rd "$T/leads.xlsx")
like "$r" "rows 线索 $(q "SELECT count(*) FROM leads")" "one row per lead"
like "$r" "header 线索 线索编号\|规则\|规则名称\|.*\|证据\|文书状态\|发出日期\|采纳情况\|恢复执行\|监督后到位\(元\)" \
	"leads header, with what became of each lead"
like "$(line "$r" "wrapped 线索")" "^([0-9]+)/\1$" "every row with a multi-line cell is made taller"

# --- ledger -------------------------------------------------------------------------
today=$(day)
jz export xlsx "$T/ledger.xlsx" --what ledger -q
r=$(rd "$T/ledger.xlsx")
sup=$(q "SELECT count(*) FROM cases c WHERE EXISTS (SELECT 1 FROM leads l WHERE l.case_id=c.id AND l.label='成案') OR EXISTS (SELECT 1 FROM drafts d WHERE d.case_id=c.id)")
like "$r" "rows 监督案件台账 $sup" "one row per supervision case ($sup)"
is "$(dated "$(line "$r" "title 监督案件台账")" "嵊州市人民检察院 民事执行监督案件台账" "$today")" \
	"嵊州市人民检察院 民事执行监督案件台账（导出于 $today）" "ledger title row"
like "$r" "header 监督案件台账 序号\|案号\|法院\|承办法官\|被执行人\|监督事项\|违法情形\|成案日期\|承办检察官" "ledger header"
like "$r" "header 监督案件台账 .*\|文书\|文号\|状态\|发出日期\|回复期限\|回复日期\|采纳情况" "with its document, 文号, dates and reply"
"$PYTHON3" - "$T/ledger.xlsx" >"$T/ledger.txt" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["监督案件台账"]
head = [c.value for c in ws[2]]
for row in ws.iter_rows(min_row=3):
    v = dict(zip(head, (c.value for c in row)))
    if v["序号"] == "合计":
        continue
    d = v["成案日期"]
    print(v["案号"], d.strftime("%Y-%m-%d") if d else "-", v["承办检察官"] or "-")
PY
case_no=$(q "SELECT c.case_no FROM leads l JOIN cases c ON c.id = l.case_id WHERE l.id = $id")
labelled=$(q "SELECT substr(labelled_at, 1, 10) FROM leads WHERE id = $id")
name=$(q "SELECT name FROM users WHERE login = 'tester'")
like "$(cat "$T/ledger.txt")" "$case_no $labelled $name" "labelled case: 成案日期 is the label's date, 承办检察官 the labeller's name ($name)"
is "$(grep -c ' - \| -$' "$T/ledger.txt")" 0 "every ledger row has its 成案日期 and 承办检察官"
author=$(q "SELECT coalesce(nullif(u.name, ''), d.author) FROM drafts d LEFT JOIN users u ON u.login = d.author ORDER BY d.id LIMIT 1")
like "$(cat "$T/ledger.txt")" " $author" "a case with a draft only: 承办检察官 is the draft's author ($author)"
like "$(line "$r" "totals 监督案件台账")" "^J==SUM\(J3:J$((sup + 2))\)\|K==SUM\(K3:K$((sup + 2))\)\|T==SUM" "ledger 合计 row over the money columns"
like "$(line "$r" "print 监督案件台账")" "orientation=landscape paper=9 fitToWidth=1 fitToHeight=0 fitToPage=True titles=\\\$2:\\\$2" "ledger print setup"

# --- stats --------------------------------------------------------------------------
jz export xlsx "$T/stats.xlsx" --what stats -q
r=$(rd "$T/stats.xlsx")
for s in 按规则 按法院 按承办法官 按月; do
	like "$r" "sheet $s" "stats sheet $s"
	like "$(line "$r" "print $s")" "orientation=landscape paper=9 fitToWidth=1 fitToHeight=0 fitToPage=True titles=" "$s prints one page wide"
	rows=$(line "$r" "rows $s")
	below=$(printf '%s\n' "$r" | grep "^chart $s " | awk -v last=$((rows + 3)) '$3 <= last' | wc -l)
	is "$below" 0 "$s: its charts sit under the table, not beside it"
done
like "$r" "rows 按规则 $(q "SELECT count(*) FROM rules WHERE path <> ''")" "one row per rule"
like "$r" "header 按规则 规则\|规则名称\|阶段\|命中\|成案\|发出检察建议\|采纳\|恢复执行\|到位金额\(元\)\|成案率\|采纳率\|恢复执行率" \
	"the funnel with its rates"
like "$r" "charts 7" "native charts: the funnel on every sheet, per row on three"
confirmed=$(q "SELECT count(*) FROM leads WHERE label = '成案'")
like "$(line "$r" "totalvals 按规则")" "命中=$(q "SELECT count(*) FROM leads")\|成案=$confirmed\|" "per-rule 合计: every hit and every 成案"
like "$(line "$r" "totalvals 按月")" "成案=$confirmed\|" "per-month 合计 agrees (成案 by month of labelling)"
"$PYTHON3" - "$T/stats.xlsx" >"$T/rate.txt" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["按规则"]
head = [c.value for c in ws[2]]
for row in ws.iter_rows(min_row=3):
    v = dict(zip(head, (c.value for c in row)))
    if v["成案率"] is not None:
        print(v["规则"], "%.4f" % v["成案率"])
PY
is "$(cat "$T/rate.txt")" "$(q "SELECT rule || ' ' || printf('%.4f', precision) FROM v_rule_outcomes WHERE precision IS NOT NULL ORDER BY rule")" \
	"成案率 is the view's (v_rule_outcomes), the one the CLI and the workstation show"

# --- text XML 1.0 cannot hold ---------------------------------------------------------
pid=$(q "SELECT min(party_id) FROM case_parties WHERE role = '被执行人'")
q "UPDATE parties SET name = '竺' || char(65534) || char(1) || '明' || CAST(X'FF' AS TEXT) || char(65535) WHERE id = $pid"
jz export xlsx "$T/odd.xlsx" -q; rc=$?
is "$rc" 0 "a party name with U+FFFE, a control character and an invalid byte exports"
got=$("$PYTHON3" - "$T/odd.xlsx" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["案件"]
print(sum(1 for row in ws.iter_rows(min_row=3) for c in row if c.value == "竺\ufffd\ufffd明\ufffd\ufffd"
          or (isinstance(c.value, str) and "竺\ufffd\ufffd明\ufffd\ufffd" in c.value)))
PY
)
ok "[ '${got:-0}' -ge 1 ]" "openpyxl opens it; the name reads 竺��明�� (U+FFFD for each)"

# --- the previous file survives a failed or killed export -----------------------------------
cp "$T/cases.xlsx" "$T/prev.xlsx"
mkdir "$T/out" && cp "$T/cases.xlsx" "$T/out/cases.xlsx"
# A file size limit (100 blocks: 50 or 100 KiB) above what the database
# needs but below the sheet (400 KiB of XML): libxlsxwriter's own temporary
# files are cut short, which it does not notice.
err=$(sh -c "trap '' XFSZ; ulimit -f 100; exec \"\$0\" export xlsx '$T/out/cases.xlsx' -q" "$JIANZHI" 2>&1); rc=$?
is "$rc" 1 "an export that cannot write its whole workbook fails"
like "$err" "cases.xlsx: (写出的工作簿不完整|写入失败)" "and says so"
ok "cmp -s '$T/out/cases.xlsx' '$T/prev.xlsx'" "the previous file is intact"
is "$(ls -A "$T/out" | tr '\n' ' ')" "cases.xlsx " "no temporary file stays"
rc=$( (sh -c "ulimit -f 100; exec \"\$0\" export xlsx '$T/out/cases.xlsx' -q" "$JIANZHI"; echo $?) 2>/dev/null)
ok "[ '$rc' -gt 128 ]" "killed by SIGXFSZ mid-export (status $rc)"
ok "cmp -s '$T/out/cases.xlsx' '$T/prev.xlsx'" "the previous file is intact after the kill"
is "$(ls -A "$T/out" | tr '\n' ' ')" "cases.xlsx " "no temporary file stays after the kill"
err=$(jz export xlsx "$T/nodir/x.xlsx" -q 2>&1); rc=$?
is "$rc" 1 "a folder that does not exist fails cleanly"
like "$err" "无法在文件夹 .*nodir 中建立临时文件" "naming the folder"
jz export xlsx "$T/out/cases.xlsx" --what leads -q
ok "! cmp -s '$T/out/cases.xlsx' '$T/prev.xlsx'" "a successful export replaces the file"
like "$(rd "$T/out/cases.xlsx")" "sheet 线索" "with the new workbook"
is "$(ls -A "$T/out" | tr '\n' ' ')" "cases.xlsx " "and leaves nothing else"

is "$(jz export xlsx "$T/x.xlsx" --what nonsense >/dev/null 2>&1; echo $?)" 2 "unknown --what is a usage error"
done_testing
