#!/bin/sh
# End-to-end: `jianzhi import cases` on generated ledgers with every quirk
# (title row, header synonyms, GBK/BOM/XLSX, 案号/date/amount variants, bad
# rows, duplicates, a later ledger), checked through `jianzhi cases` and SQL.
. "$TOP_SRCDIR/tests/lib.sh"
[ -n "$PYTHON3" ] || skip_all "python3 not found"
"$PYTHON3" "$TOP_SRCDIR/tests/data/make_ledger.py" quirks "$T/in" || skip_all "cannot generate ledgers (python3-openpyxl?)"
q() { sqlite3 "$DB" "$1"; }

out=$(jz import cases "$T/in/ledger_utf8.csv" 2>&1); rc=$?
is "$rc" 0 "import exits 0 even with rejected rows"
like "$out" "read 13, new 7, updated 1, duplicate 1, rejected 4, warnings 1" "summary counts"
like "$out" "ledger_utf8.csv.rejects.csv" "summary names the rejects report"

R="$T/in/ledger_utf8.csv.rejects.csv"
ok "test -f '$R'" "rejects report written next to the input"
like "$(sed -n 1p "$R")" "^.?行号,原因,案号,立案时间" "rejects report keeps the original headers"
like "$(cat "$R")" "9,缺少案号," "row 9: no 案号 rejected with its row number"
like "$(cat "$R")" "10,案号格式错误: 浙0683执1008" "row 10: malformed 案号"
like "$(cat "$R")" "11,立案日期不存在: 2023-02-30" "row 11: impossible date"
like "$(cat "$R")" "12,执行标的为负数: -500" "row 12: negative amount"
like "$(cat "$R")" "8,警告: 身份证号校验位错误" "row 8: bad ID check character is a warning"
is "$(q "select count(*) from cases where case_no='（2023）浙0683执1006号'")" 1 "row with a bad ID check still lands"
is "$(q "select id_valid from parties where id_no='330683198001011231'")" 0 "bad ID stored as invalid"

is "$(q 'select count(*) from cases')" 7 "seven cases"
is "$(q "select group_concat(case_no,' ') from (select case_no from cases order by case_no)")" \
   "（2023）浙0683执1001号 （2023）浙0683执1002号 （2023）浙0683执1003号 （2023）浙0683执1004号 （2023）浙0683执1005号 （2023）浙0683执1006号 （2023）浙0683执1013号" \
   "every 案号 variant normalised to full-width form"
is "$(q "select group_concat(distinct filing_date) from cases where case_no like '%执100_号' and case_no<'（2023）浙0683执1006号'")" \
   "2023-05-06" "ISO, slash, dotted, 年月日 and Excel-serial dates all read as 2023-05-06"
is "$(q "select claim_fen from cases where case_no='（2023）浙0683执1001号'")" 123450 "1,234.50 → 123450 fen"
is "$(q "select claim_fen from cases where case_no='（2023）浙0683执1002号'")" 123450 "1234.5元 → 123450 fen"
is "$(q "select claim_fen from cases where case_no='（2023）浙0683执1003号'")" 12300000 "12.3万元 → 12300000 fen"
is "$(q "select claim_fen||'/'||paid_fen from cases where case_no='（2023）浙0683执1004号'")" 800000/800000 "full-width digits"
is "$(q "select closing_method from cases where case_no='（2023）浙0683执1002号'")" 终结本次执行程序 "终本 → 终结本次执行程序"
is "$(q "select closing_date||' '||closing_method from cases where case_no='（2023）浙0683执1005号'")" \
   "2023-11-11 终结本次执行程序" "a later row of the same case updates it"
is "$(q "select count(*) from case_parties cp join cases c on c.id=cp.case_id where c.case_no='（2023）浙0683执1003号' and role='被执行人'")" \
   2 "two debtors in one cell become two parties"
is "$(q "select kind||' '||id_valid from parties where id_no='91330683MA2BCD1232'")" "org 1" "credit code stored, valid, organisation"
is "$(q "select count(*) from parties where name='张伟明' and id_no is not null and id_valid=1")" 1 "a debtor in several cases is one party"
like "$(q "select zb_reason from cases where case_no='（2023）浙0683执1013号'")" "无财产," "quoted comma kept in a field"
is "$(q "select basis_no from cases where case_no='（2023）浙0683执1003号'")" "（2022）浙0683民初2003号" "执行依据 normalised"

json=$(jz cases --format json)
is "$(printf '%s' "$json" | "$PYTHON3" -c 'import json,sys; print(len(json.load(sys.stdin)))')" 7 "cases --format json is valid JSON with 7 rows"
csvout=$(jz cases --format csv --where "closing_method='终结本次执行程序'")
is "$(printf '%s\n' "$csvout" | sed -n 1p | tr -d '\r')" \
   "case_no,court,filing_date,closing_date,closing_method,cause,claim,paid,applicants,debtors,judge" "cases CSV header"
is "$(printf '%s\n' "$csvout" | tail -n +2 | wc -l)" 4 "--where filters (four 终本 cases)"
like "$(jz cases --where "1=1; DELETE FROM cases" 2>&1)" "bad --where" "--where cannot run a second statement"
is "$(q 'select count(*) from cases')" 7 "and the cases are still there"

# The same ledger again: nothing new, nothing duplicated.
out=$(jz import cases "$T/in/ledger_utf8.csv" 2>&1)
like "$out" "new 0, updated 0, duplicate 9" "re-import adds and changes nothing"
is "$(q 'select count(*) from cases')" 7 "still seven cases"
is "$(q "select group_concat(distinct typeof(row_hash) || length(row_hash)) from cases")" "blob8" \
   "a row's hash is stored as 8 bytes, not 16 hex characters"
# A database whose hashes an older jianzhi wrote as hex text: the same ledger still changes nothing.
q "update cases set row_hash = lower(hex(row_hash))"
out=$(jz import cases "$T/in/ledger_utf8.csv" 2>&1)
like "$out" "new 0, updated 0, duplicate 9" "re-import over hashes written as text: nothing updated"

# A later ledger: closes 1003, adds one case, repeats one row.
out=$(jz import cases "$T/in/ledger_later.csv" 2>&1)
like "$out" "read 3, new 1, updated 1, duplicate 1" "later ledger: one new, one updated, one repeat"
is "$(q "select closing_date||' '||paid_fen from cases where case_no='（2023）浙0683执1003号'")" "2024-01-15 500000" "later ledger updates closing date and paid amount"
ok "test ! -f '$T/in/ledger_later.csv.rejects.csv'" "no rejects report when nothing was rejected"

# GBK, BOM and XLSX give the very same cases.
want=$(jz cases --format csv --where "case_no < '（2024）'")
for f in ledger_gbk.csv ledger_bom.csv ledger.xlsx; do
	DB2="$T/$f.db"
	jz --db "$DB2" init >/dev/null
	out=$(jz --db "$DB2" import cases "$T/in/$f" 2>&1)
	like "$out" "read 13, new 7, updated 1, duplicate 1, rejected 4" "$f: same counts"
	got=$(JIANZHI_DB="$DB2" jz cases --format csv --where "case_no < '（2024）'")
	# The first ledger's later update of 1003 is not in these databases: compare the rest.
	is "$(printf '%s\n' "$got" | grep -v 执1003号)" "$(printf '%s\n' "$want" | grep -v 执1003号)" "$f: same normalised cases as UTF-8"
done
for d in x bad mix odd; do jz --db "$T/$d.db" init >/dev/null; done
like "$(jz --db "$T/x.db" import cases "$T/in/ledger_gbk.csv" 2>&1)" "csv GB18030" "GBK reported as GB18030"

# Undecodable bytes after the detection sample: that row rejected, the rest land.
out=$(jz --db "$T/bad.db" import cases "$T/in/late_bad_byte.csv" 2>&1)
like "$out" "new 1200, .*rejected 1" "late invalid byte: 1200 rows land, 1 rejected"
like "$(cat "$T/in/late_bad_byte.csv.rejects.csv")" "1202,第1202行第[0-9]+列含有无效字节" "the bad row is in the report with its row and column"

# A file that is not a ledger fails alone; the good file beside it still lands.
out=$(jz --db "$T/mix.db" import cases "$T/in/not_a_ledger.csv" "$T/in/ledger_later.csv" 2>&1); rc=$?
is "$rc" 1 "exit 1 when a file could not be read"
like "$out" "not_a_ledger.csv: no header row naming 案号" "message names the file and what is missing"
is "$(sqlite3 "$T/mix.db" 'select count(*) from cases')" 3 "the good file beside it was imported"
like "$(jz import cases "$T/nonexistent.csv" 2>&1)" "nonexistent.csv: No such file" "missing file named"

# --map: a ledger whose headers are not in the synonym list.
printf '文书编号,收结时间,欠款人\n（2023）浙0683执77号,2023-3-3,吴某\n' > "$T/odd.csv"
printf '# our court calls them so\ncase_no = 文书编号\nfiling_date = 收结时间\n被执行人 = 欠款人\n' > "$T/odd.map"
like "$(jz --db "$T/odd.db" import cases "$T/odd.csv" 2>&1)" "no header row" "unknown headers are not guessed"
like "$(jz --db "$T/odd.db" import cases --map "$T/odd.map" "$T/odd.csv" 2>&1)" "new 1" "--map names other headers"
is "$(sqlite3 "$T/odd.db" "select filing_date||' '||(select name from parties) from cases")" "2023-03-03 吴某" "mapped columns read"

# A column no field names is said, not silently dropped; 标的金额 is a claim.
printf '案号,执行法院,立案日期,被执行人,标的金额(元),承办庭室\n（2026）浙0683执1号,嵊州市人民法院,2026-01-02,吴某,"人民币玖拾捌万贰仟捌佰元整",执行一庭\n' > "$T/unread.csv"
jz --db "$T/unread.db" init >/dev/null 2>&1
out=$(jz --db "$T/unread.db" import cases "$T/unread.csv" 2>&1)
like "$out" "columns not read.*承办庭室" "an unknown column is named in the summary"
is "$(sqlite3 "$T/unread.db" "select claim_fen from cases")" 98280000 "标的金额 in 大写 with 人民币…元整 is the claim"

is "$(jz import 2>/dev/null; echo $?)" 2 "usage error exits 2"
like "$(jz import cases --help)" "rejects.csv" "import --help explains the rejects report"
done_testing
