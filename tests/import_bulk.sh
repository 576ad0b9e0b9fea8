#!/bin/sh
# The bulk load (a ledger into an empty database, src/import/ledger_bulk.c)
# gives what staging and merging gives: each ledger is imported into a fresh
# database (bulk) and into one holding an unrelated case (staged), and the
# cases, parties, links, courts, counts and screening marks are compared.
# Also: indexes and triggers are back, the journal is WAL again, foreign
# keys hold, and an interrupted bulk load leaves the database empty.
. "$TOP_SRCDIR/tests/lib.sh"
[ -n "$PYTHON3" ] || skip_all "python3 not found"
"$PYTHON3" "$TOP_SRCDIR/tests/data/make_ledger.py" quirks "$T/in" || skip_all "cannot generate ledgers (python3-openpyxl?)"

# Repeats, a name given without an ID before and after the same name with
# one, a name with two IDs, a court name, a 执恢 case, several debtors.
"$PYTHON3" - "$T/in/mixed.csv" <<'EOF'
import csv, sys
sys.path.insert(0, __import__("os").environ["TOP_SRCDIR"] + "/tests/data")
from make_ledger import id18
A, B, C, D = (id18("33068319800101123"), id18("33068319850505432"), id18("33068319900909876"),
              id18("33068319910303345"))
H = ["案号", "立案日期", "结案日期", "结案方式", "申请执行人", "被执行人", "证件号码", "执行标的", "承办人", "法院", "原案号"]
rows = [
    ["（2023）浙0683执1号", "2023-01-05", "", "", "张伟明", "李秀英", B, "1000", "王志强", "", ""],
    ["（2023）浙0683执2号", "2023-01-06", "", "", "陈建国", "张伟明", A, "2000", "王志强", "嵊州市人民法院", ""],
    ["（2023）浙0683执3号", "2023-01-07", "", "", "陈建国", "赵六", "", "3000", "刘洋", "", ""],
    ["（2023）浙0683执3号", "2023-01-07", "", "", "陈建国", "赵六", "", "3000", "刘洋", "", ""],
    ["（2023）浙0683执3号", "2023-01-07", "2023-06-01", "终本", "陈建国", "赵六、孙七", "", "3000", "刘洋", "", ""],
    ["（2023）浙0683执3号", "2023-01-07", "2023-06-01", "终本", "陈建国", "赵六、孙七", "", "3000", "刘洋", "", ""],
    ["（2023）浙0602执4号", "2023-02-01", "", "", "王芳", "周强、张伟明", "、" + A, "4000", "刘洋", "绍兴市越城区人民法院", ""],
    ["（2023）浙0602执5号", "2023-02-02", "", "", "钱八", "王芳", C, "5000", "刘洋", "越城法院", ""],
    ["（2023）浙0602执6号", "2023-02-03", "", "", "钱八", "王芳", D, "6000", "刘洋", "", ""],
    ["（2023）浙0602执8号", "2023-02-04", "", "", "钱八", "李秀英", B, "6000", "刘洋", "", ""],
    ["（2024）浙0683执恢1号", "2024-03-01", "", "", "陈建国", "赵六", "", "3000", "刘洋", "", "（2023）浙0683执3号"],
    ["（2023）浙0683执1号", "2023-01-05", "2023-12-01", "执行完毕", "张伟明", "李秀英", B, "1000", "王志强", "", ""],
    ["（2023）浙0683执7号", "2023-03-01", "", "", "张伟明", "王芳、王芳", "", "7000", "王志强", "", ""],
]
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(H)
    w.writerows(rows)
EOF
# Repeats across batches (the load writes 512 rows at a time) and within
# one: identical, and with another amount.
"$PYTHON3" "$TOP_SRCDIR/tests/data/make_ledger.py" big 1500 "$T/spread_src.csv"
"$PYTHON3" - "$T/spread_src.csv" "$T/in/spread.csv" <<'EOF'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
head, body = rows[0], rows[1:]
def changed(r):
    r = list(r)
    r[9] = "123.45"
    return r
out = []
for i, r in enumerate(body):
    out.append(r)
    if i % 50 == 0:
        out.append(r)                       # same batch, identical
    if i % 70 == 3:
        out.append(changed(r))              # same batch, changed
    if i >= 600 and i % 97 == 0:
        out.append(body[i - 600])           # an earlier batch, identical
    if i >= 700 and i % 89 == 0:
        out.append(changed(body[i - 700]))  # an earlier batch, changed
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    csv.writer(f).writerows([head] + out)
EOF
printf '案号,申请执行人,被执行人\n（2020）京0101执99999号,标记申请人甲,标记被执行人乙\n' >"$T/marker.csv"

# Everything but ids and file ids, the marker case left out.
dump() { # DB
	sqlite3 "$1" "
	SELECT 'case', case_no, year, court_code, type_code, seq, (SELECT code FROM courts WHERE id = court_id),
	  filing_date, closing_date, closing_method, cause, claim_fen, paid_fen, basis_no, judge, zb_reason,
	  prior_case_no, src_row, row_hash, first_debtor FROM cases WHERE court_code <> '京0101' ORDER BY case_no;
	SELECT 'party', name, kind, id_no, id_valid, birth_date, phone, address FROM parties
	  WHERE name NOT LIKE '标记%' ORDER BY name, id_no;
	SELECT 'link', c.case_no, cp.role, p.name, p.id_no, cp.src_row FROM case_parties cp
	  JOIN cases c ON c.id = cp.case_id JOIN parties p ON p.id = cp.party_id
	  WHERE c.court_code <> '京0101' ORDER BY 2, 3, 4, 5;
	SELECT 'court', code, name FROM courts WHERE code <> '京0101' ORDER BY code;
	SELECT 'cases per court and judge', court, judge, n FROM case_tally WHERE court <> '京0101' AND n > 0 ORDER BY 2, 3;
	SELECT 'closings per month', * FROM close_tally WHERE closed > 0 ORDER BY 2;
	SELECT 'left out of the next screen', CASE WHEN EXISTS (SELECT 1 FROM screen_runs WHERE incremental = 0
	  AND finished_at IS NOT NULL) THEN (SELECT count(*) FROM cases c WHERE c.id NOT IN (SELECT case_id FROM screen_dirty))
	  ELSE 0 END;"
}
# the indexes and triggers, those left for later (db/schema/053) by their kept statement
schema() { sqlite3 "$1" "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')
	UNION ALL SELECT 'index', name, pending_sql FROM lazy_index WHERE pending_sql IS NOT NULL ORDER BY name"; }
counts() { printf '%s' "$1" | grep -Eo 'read [0-9]+, new [0-9]+, updated [0-9]+, duplicate [0-9]+, rejected [0-9]+, warnings [0-9]+'; }

"$JIANZHI" --db "$T/template.db" init >/dev/null 2>&1
for f in mixed.csv spread.csv ledger_utf8.csv ledger_gbk.csv ledger.xlsx ledger_later.csv late_bad_byte.csv; do
	cp "$T/template.db" "$T/bulk.db"
	cp "$T/template.db" "$T/staged.db"
	jz --db "$T/staged.db" import cases -q "$T/marker.csv"
	ob=$(jz --db "$T/bulk.db" import cases "$T/in/$f" 2>&1)
	os=$(jz --db "$T/staged.db" import cases "$T/in/$f" 2>&1)
	like "$ob" "loaded straight into the empty database" "$f: a fresh database is bulk-loaded"
	unlike "$os" "loaded straight" "$f: a database with a case is staged and merged"
	is "$(counts "$ob")" "$(counts "$os")" "$f: the same counts ($(counts "$ob"))"
	is "$(dump "$T/bulk.db")" "$(dump "$T/staged.db")" "$f: the same cases, parties, links and courts"
	is "$(schema "$T/bulk.db")" "$(schema "$T/template.db")" "$f: every index and trigger is back, or kept for later"
	is "$(sqlite3 "$T/bulk.db" 'PRAGMA journal_mode; PRAGMA foreign_key_check; PRAGMA integrity_check')" \
	   "wal
ok" "$f: WAL again, foreign keys and integrity hold"
done

q() { sqlite3 "$T/bulk.db" "$1"; }
cp "$T/template.db" "$T/bulk.db"
jz --db "$T/bulk.db" import cases -q "$T/in/mixed.csv"
is "$(q "SELECT group_concat(case_no, ' ') FROM (SELECT c.case_no FROM case_parties cp JOIN cases c ON c.id = cp.case_id
	JOIN parties p ON p.id = cp.party_id WHERE p.name = '张伟明' ORDER BY c.case_no)")" \
   "（2023）浙0602执4号 （2023）浙0683执1号 （2023）浙0683执2号 （2023）浙0683执7号" \
   "张伟明 named without an ID (before and after the ID appears) is the one party with that ID"
is "$(q "SELECT count(*) || ' ' || count(id_no) FROM parties WHERE name = '王芳'")" "3 2" \
   "王芳 with two IDs: two parties, and the name alone a third"
is "$(q "SELECT name FROM courts WHERE code = '浙0602'")" 越城法院 "a court takes the greatest name the file gives"
is "$(q "SELECT src_row FROM cases WHERE case_no = '（2023）浙0683执3号'")" 7 "an identical repeat keeps the case, from its own row"

# Interrupted bulk loads: Ctrl-C once the rows are read (while the indexes
# are built), and kill -9 while reading. Nothing lands; the database is
# empty, intact and (once jianzhi opens it) in WAL.
"$PYTHON3" "$TOP_SRCDIR/tests/data/make_ledger.py" big 300000 "$T/big.csv"
size=$(stat -c %s "$T/big.csv")
interrupt() { # signal bytes-read-first
	cp "$T/template.db" "$T/bulk.db"
	"$JIANZHI" --db "$T/bulk.db" import cases "$T/big.csv" >"$T/out" 2>&1 &
	pid=$!
	i=0
	while [ $i -lt 3000 ]; do
		r=$(sed -n 's/^rchar: //p' "/proc/$pid/io" 2>/dev/null || echo 0)
		[ "${r:-0}" -ge "$2" ] && break
		sleep 0.02; i=$((i + 1))
	done
	kill -s "$1" "$pid"
	wait "$pid"
	echo $?
}
empty() {
	jz --db "$T/bulk.db" cases --limit 1 >/dev/null 2>&1
	echo "$(q 'SELECT count(*) FROM cases') $(q 'SELECT count(*) FROM parties') $(q 'SELECT count(*) FROM import_files')" \
	     "$(q 'PRAGMA journal_mode') $(q 'PRAGMA integrity_check')"
}
is "$(interrupt INT "$size")" 1 "Ctrl-C while the indexes are built: the import fails"
like "$(cat "$T/out")" "interrupted.*nothing was imported" "and says nothing was imported"
is "$(empty)" "0 0 0 wal ok" "the database is empty, intact and in WAL"
is "$(schema "$T/bulk.db")" "$(schema "$T/template.db")" "with every index and trigger"
is "$(interrupt KILL $((size / 3)))" 137 "kill -9 while reading"
is "$(empty)" "0 0 0 wal ok" "the database is empty, intact and in WAL"
is "$(schema "$T/bulk.db")" "$(schema "$T/template.db")" "with every index and trigger"

# A database screened while empty: its next screen is incremental, so the
# bulk load marks every case it brings.
cp "$T/template.db" "$T/screened.db"
jz --db "$T/screened.db" screen -q >/dev/null 2>&1
jz --db "$T/screened.db" import cases -q "$T/in/mixed.csv"
is "$(sqlite3 "$T/screened.db" "SELECT count(*) FROM cases WHERE id NOT IN (SELECT case_id FROM screen_dirty)")" 0 \
	"after a screen of the empty database, every case loaded is marked for the next"
ok "[ $(sqlite3 "$T/screened.db" "SELECT count(*) FROM cases") -gt 0 ]" "(some cases loaded)"
done_testing
