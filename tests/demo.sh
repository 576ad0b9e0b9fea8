#!/bin/sh
# jianzhi demo: a realistic, reproducible demo database.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$1" "$2"; }
content() { # the data, without the build's timestamps
	q "$1" "SELECT case_no, filing_date, closing_date, closing_method, claim_fen, paid_fen, judge FROM cases ORDER BY id;
		SELECT name, id_no FROM parties ORDER BY id;
		SELECT case_id, kind, event_date, end_date, item, amount_fen, value_fen, price_fen FROM events ORDER BY id;
		SELECT kind, holder_name, item, start_date, end_date FROM registry_records ORDER BY id" | md5sum
}

out=$(jz demo --cases 1500 --seed 7 -q 2>&1); rc=$?
is "$rc" 0 "demo builds"
like "$out" "案件 [0-9]+" "summary counts the cases"
A=$(content "$DB")
n=$(q "$DB" "SELECT count(*) FROM cases WHERE src_file_id IN (SELECT id FROM import_files WHERE kind='demo')")
ok "[ $n -ge 1500 ]" "at least the 1500 ordinary cases ($n)"

out=$(jz demo --cases 1500 --seed 7 -q 2>&1); rc=$?
is "$rc" 1 "an existing database is not overwritten"
like "$out" "--force" "and the message says how"
jz demo --cases 1500 --seed 7 -q --force >/dev/null 2>&1
is "$(content "$DB")" "$A" "same seed, same database"
JIANZHI_DB="$T/other.db" jz demo --cases 1500 --seed 8 -q >/dev/null 2>&1
B=$(content "$T/other.db")
ok "[ '$A' != '$B' ]" "another seed, another database"

for m in 终结本次执行程序 执行完毕; do
	k=$(q "$DB" "SELECT count(*) FROM cases WHERE closing_method='$m'")
	ok "[ $k -gt 300 ]" "a realistic share closed as $m ($k of 1500)"
done
k=$(q "$DB" "SELECT count(*) FROM cases WHERE closing_method IS NULL")
ok "[ $k -gt 100 ]" "some cases still open ($k)"
is "$(q "$DB" "SELECT count(DISTINCT year) >= 5 FROM cases")" 1 "cases span several years"
is "$(q "$DB" "SELECT count(*) FROM parties WHERE id_no IS NOT NULL AND id_valid IS NOT 1")" 0 \
	"every ID number has a valid check character"
is "$(q "$DB" "SELECT count(*) > 100 FROM parties WHERE kind='org' AND length(id_no)=18 AND substr(id_no,1,2)='91'")" 1 \
	"companies carry 统一社会信用代码"
is "$(q "$DB" "SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id=c.id AND p.role='被执行人')")" 0 \
	"every case has a debtor"
is "$(q "$DB" "SELECT count(*) FROM events WHERE event_date > (SELECT value FROM settings WHERE key='screen.today')")" 0 \
	"no event lies after the demo's today"
is "$(q "$DB" "SELECT count(*) FROM cases WHERE closing_method='终结本次执行程序' AND src_file_id IN (SELECT id FROM import_files WHERE kind='demo') AND NOT EXISTS (SELECT 1 FROM events e WHERE e.case_id=cases.id AND e.kind='终本')")" 0 \
	"every ordinary 终本 case has its 终本 event"
for kind in 执行通知 网络查控 查封 拍卖 案款发放 终本后查询; do
	k=$(q "$DB" "SELECT count(*) FROM events WHERE kind='$kind'")
	ok "[ $k -gt 0 ]" "events of kind $kind ($k)"
done
for kind in 不动产 车辆 出行; do
	k=$(q "$DB" "SELECT count(*) FROM registry_records WHERE kind='$kind'")
	ok "[ $k -gt 0 ]" "registry records of kind $kind ($k)"
done
is "$(q "$DB" "SELECT value FROM settings WHERE key='screen.today'")" 2026-11-15 "the demo's today is fixed"
stats=$(jz rules stats --format csv | tail -n +2 | tr -d '\r')
n=$(printf '%s\n' "$stats" | grep -c .)
ok "[ $n -ge 25 ]" "the demo is screened with the rule library ($n rules)"
zero=$(printf '%s\n' "$stats" | awk -F, '$4 == 0 {print $1}' | tr '\n' ' ')
is "$zero" "" "every rule has leads in the demo (planted violations)"
total=$(q "$DB" "SELECT count(*) FROM cases")
noisy=$(printf '%s\n' "$stats" | awk -F, -v t="$total" '$4 > t * 0.05 {print $1}' | tr '\n' ' ')
is "$noisy" "" "no rule fires on more than 5% of the demo cases"
jz cases --format csv >"$T/cases.csv" 2>/dev/null
is "$(($(wc -l <"$T/cases.csv") - 1))" "$(q "$DB" "SELECT count(*) FROM cases")" "jianzhi cases lists them all"

# --force never replaces a database someone has open
( printf 'SELECT count(*) FROM cases;\n'; sleep 4 ) | sqlite3 "$DB" >/dev/null &
holder=$!
sleep 0.5
n=$(q "$DB" "SELECT count(*) FROM cases")
err=$(jz demo --cases 50 --force -q 2>&1); rc=$?
is "$rc" 1 "demo --force refuses while another process has the database open"
like "$err" "正在使用|in use|打开" "and says so"
is "$(q "$DB" "SELECT count(*) FROM cases")" "$n" "the open database is untouched"
wait $holder
jz demo --cases 50 --force -q >/dev/null 2>&1
ok "[ $(q "$DB" "SELECT count(*) FROM cases") -lt $n ]" "once it is closed, --force replaces it"
ok "! ls '$T'/*.demo-tmp* 2>/dev/null" "and leaves no scratch file"
done_testing
