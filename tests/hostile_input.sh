#!/bin/sh
# Hostile input (issue 12), end to end: a 2,000-row CSV holding NULs,
# invalid bytes, huge cells and one GBK row imports its good rows and
# rejects each bad one with row and column in FILE.rejects.csv; a court
# workbook whose first sheet is a hidden 代码表 is read from its ledger
# sheet (or the sheet --sheet names); an XXE workbook is refused naming
# the part; cases --where stays one read-only, time-limited condition.
. "$TOP_SRCDIR/tests/lib.sh"
[ -n "$PYTHON3" ] || skip_all "python3 not found"
q() { sqlite3 -batch -noheader "$DB" "$1"; }

"$PYTHON3" - "$T/hostile.csv" <<'PY'
import sys
rows = [b"\xe6\xa1\x88\xe5\x8f\xb7,\xe7\xab\x8b\xe6\xa1\x88\xe6\x97\xa5\xe6\x9c\x9f,\xe8\xa2\xab\xe6\x89\xa7\xe8\xa1\x8c\xe4\xba\xba,\xe6\x89\xa7\xe8\xa1\x8c\xe6\xa0\x87\xe7\x9a\x84"]
bad = {
    101: lambda n: n + b",2023-05-06,\xe8\xb5\xb5\x00\xe5\x85\xad,1000",          # 赵\0六
    502: lambda n: n + b",2023-05-06,\xe5\xbc\xa0\xff\xfe,1000",                   # invalid bytes
    903: lambda n: n + b",2023-05-06," + "赵".encode() * 40000 + b",1000",        # 120 KB cell
    1404: lambda n: n + b",2023-05-06,\xd5\xc5\xc8\xfd,1000",                      # GBK 张三
    1805: lambda n: b"\x00" * 29 + b"S5\xe5,2023-05-06,x,1",                       # the fuzzer's row
    1906: lambda n: n + b"," + b",".join([b"y" * 60000] * 20),                     # 1.2 MB record
}
for i in range(2, 2002):
    n = ("（2023）浙0683执%d号" % i).encode()
    rows.append(bad[i](n) if i in bad else n + ("，2023-05-06,张某%d,1000" % i).encode().replace("，".encode(), b","))
open(sys.argv[1], "wb").write(b"\n".join(rows) + b"\n")
PY
out=$(jz import cases "$T/hostile.csv" 2>&1); rc=$?
is "$rc" 0 "hostile CSV: the import succeeds"
like "$out" "csv UTF-8 — read 2000, new 1994, updated 0, duplicate 0, rejected 6" "UTF-8 by majority; 1994 good rows land, 6 rejected"
R="$T/hostile.csv.rejects.csv"
is "$(q 'select count(*) from cases')" 1994 "1994 cases in the database"
like "$(cat "$R")" "101,第101行第3列含有 NUL 空字节" "NUL: row 101 column 3"
like "$(cat "$R")" "502,第502行第3列含有无效字节" "invalid bytes: row 502 column 3"
like "$(cat "$R")" "903,第903行第3列超过单元格上限 64 KiB" "huge cell: row 903 column 3"
like "$(cat "$R")" "1404,第1404行第3列含有无效字节（不是 UTF-8 编码，可能是 GBK）" "the GBK row: row 1404 column 3"
like "$(cat "$R")" "1805,[^,]*第1805行第1列含有 NUL 空字节" "the fuzzer's row: row 1805 column 1"
like "$(cat "$R")" "1906,.*第1906行第19列起超过单行上限 1 MiB" "1.2 MB record: row 1906"
is "$(q "select count(*) from parties where name like '赵%'")" 0 "no cut name 赵 landed"
is "$(wc -c <"$R" | awk '{print ($1 < 4000000)}')" 1 "the rejects report stays small (cells bounded)"

if "$PYTHON3" -c 'import openpyxl' 2>/dev/null; then
	"$PYTHON3" - "$T" <<'PY'
import sys, zipfile, openpyxl
d = sys.argv[1]
wb = openpyxl.Workbook()
codes = wb.active
codes.title = "代码表"
codes.append(["代码", "名称"]); codes.append(["01", "执行完毕"])
codes.sheet_state = "hidden"
note = wb.create_sheet("说明"); note.append(["本台账由执行局导出"])
ws = wb.create_sheet("台账")
ws.append(["案号", "立案日期", "被执行人"])
ws.append(["（2024）浙0683执501号", "2024-01-05", "孙七"])
ws.append(["（2024）浙0683执502号", "2024-01-06", "周八"])
wb.active = 2
wb.save(d + "/hidden.xlsx")
src = zipfile.ZipFile(d + "/hidden.xlsx")
out = zipfile.ZipFile(d + "/xxe.xlsx", "w")
for item in src.infolist():
    data = src.read(item.filename)
    if item.filename == "xl/worksheets/sheet3.xml":
        dtd = b"<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        data = data.replace(b"?>", b"?>" + dtd, 1) if data.startswith(b"<?xml") else dtd + data
    out.writestr(item, data)
out.close()
PY
	for d in x x2 x3; do jz --db "$T/$d.db" init >/dev/null; done
	out=$(jz --db "$T/x.db" import cases "$T/hidden.xlsx" 2>&1); rc=$?
	is "$rc" 0 "hidden 代码表 first: the import succeeds"
	like "$out" "new 2" "the two ledger rows land"
	is "$(sqlite3 "$T/x.db" "select count(*) from cases where case_no like '（2024）浙0683执50_号'")" 2 "from the 台账 sheet"
	out=$(jz --db "$T/x2.db" import cases --sheet 代码表 "$T/hidden.xlsx" 2>&1); rc=$?
	is "$rc" 1 "--sheet 代码表: that sheet is read (and has no ledger header)"
	like "$out" "no header row" "so the header is not found"
	out=$(jz --db "$T/x2.db" import cases --sheet 无此表 "$T/hidden.xlsx" 2>&1)
	like "$out" "没有名为“无此表”的工作表.*代码表（隐藏）" "--sheet with an unknown name lists the sheets"
	out=$(jz --db "$T/x3.db" import cases "$T/xxe.xlsx" 2>&1); rc=$?
	is "$rc" 1 "XXE workbook refused"
	like "$out" "xl/worksheets/sheet3.xml.*DTD" "the message names the part and the DTD"
else
	for i in 1 2 3 4 5 6 7 8; do _tap 0 "# SKIP python3-openpyxl not installed"; done
fi

out=$(jz cases --where "1=1 --" 2>&1); rc=$?
is "$rc" 2 "--where with a comment is a usage error"
like "$out" "不允许注释" "and says so"
like "$(jz cases --where "1=1 /* x */" 2>&1)" "不允许注释" "slash-star comments too"
like "$(jz cases --where "1=1; DELETE FROM cases" 2>&1)" "不允许分号" "semicolons refused"
like "$(jz cases --where "1=1) OR (1=1" 2>&1; jz cases --where "(1=1" 2>&1)" "括号不配对" "unbalanced parentheses refused"
is "$(jz cases --where "debtors = 'a--b;c'" --format csv | wc -l)" 1 "-- and ; inside a string literal are data"
start=$(date +%s)
out=$(jz cases --where "1 IN (WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM r) SELECT x FROM r WHERE x < 0)" 2>&1); rc=$?
secs=$(( $(date +%s) - start ))
is "$rc" 1 "a never-ending recursive CTE is stopped"
like "$out" "查询超过 5 秒时限" "the message names the limit"
is "$([ "$secs" -le 15 ] && echo fast)" fast "within the limit (${secs}s)"
done_testing
