#!/bin/sh
# jianzhi import registry KIND FILE / import events FILE: header synonyms,
# matching to parties (ID first, then exact name, marked weaker), rejected
# rows kept with reasons, duplicates counted once, one transaction per file.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
cd "$T"
printf '案号,立案日期,被执行人,证件号码,执行标的\n(2024)浙0683执1号,2024-01-10,俞建国,330683197903051231,50000\n(2024)浙0683执2号,2024-02-10,嵊州市恒昌纺织有限公司,91330683MA2BCD1232,80000\n(2024)浙0683执3号,2024-02-11,竺小红,,9000\n' >l.csv
jz import cases -q l.csv
printf '不动产登记信息查询结果\n权利人,证件号码,坐落,不动产权证号,登记日期,注销日期,评估价值\n俞建国,330683197903051231,嵊州市鹿山路1号,浙(2019)嵊州市不动产权第0000001号,2019-05-06,,80万元\n竺小红,,嵊州市鹿山路2号,,2019/5/6,2025年3月1日,\n王五,,某地,,2019-02-30,,\n,,无名,,,,\n陌生人,110101199003078515,外地,,2020-01-01,,\n' >r.csv
out=$(jz import registry 不动产 r.csv 2>&1); rc=$?
is "$rc" 0 "registry import exits 0 with rejected rows"
like "$out" "read 5, new 3, .* rejected 2" "summary counts"
like "$out" "by ID 1, by name only 1, unmatched 1" "matching summary"
is "$(q "SELECT match FROM registry_records WHERE holder_name='俞建国'")" id "matched by ID"
is "$(q "SELECT match FROM registry_records WHERE holder_name='竺小红'")" name "matched by name only (weaker)"
is "$(q "SELECT coalesce(party_id,'null') FROM registry_records WHERE holder_name='陌生人'")" null "an unknown holder lands unlinked"
is "$(q "SELECT value_fen||' '||start_date FROM registry_records WHERE holder_name='俞建国'")" "80000000 2019-05-06" "80万元 and the date normalised"
is "$(q "SELECT end_date FROM registry_records WHERE holder_name='竺小红'")" 2025-03-01 "年月日 date"
rej=$(cat r.csv.rejects.csv)
like "$rej" "^.?行号,原因,权利人" "rejects report has row number, reason and the original headers"
like "$rej" "5,登记/出行日期无效: 2019-02-30" "impossible date rejected with its row number"
like "$rej" "6,缺少权利人" "a row without holder rejected"
out=$(jz import registry 不动产 r.csv 2>&1)
like "$out" "new 0, .*duplicate 3" "re-import adds nothing"
is "$(jz import registry 飞机 r.csv >/dev/null 2>&1; echo $?)" 2 "an unknown kind is a usage error"
printf '旅客姓名,证件号码,航班号,乘机日期,出发地,到达地\n俞建国,330683197903051231,MU5137,2025-03-08,杭州,北京\n' >t.csv
jz import registry 航空 t.csv >/dev/null 2>&1
is "$(q "SELECT kind||' '||mode||' '||dest_place FROM registry_records WHERE item='MU5137'")" "出行 航空 北京" "航空 is 出行 with the mode kept"

printf '案号,事件类型,日期,到期日,标的物,评估价,起拍价,成交价,买受人,轮次\n（2024）浙0683执1号,执行通知书,2024-01-12,,,,,,,\n(2024)浙0683执1号,查封财产,2024-01-20,2027-01-19,嵊州市鹿山路1号,80万,,,,\n(2024)浙0683执1号,司法拍卖,2024-05-20,,嵊州市鹿山路1号,80万,50万,52万,钱某,第一次\n(2024)浙0683执9号,查封,2024-01-20,,x,,,,,\n(2024)浙0683执1号,飞行,2024-01-20,,x,,,,,\n(2024)浙0683执1号,执行通知书,2024-01-12,,,,,,,\n(2024)浙0683执1号,冻结,2024-01-21,,存款,-5,,,,\n' >e.csv
# as after a screen: a small load (row by row, the triggers marking) must
# mark only the cases its events name, and leave the table's indexes as they were
q "DELETE FROM screen_dirty"
ev_idx() { q "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE tbl_name = 'events' AND type = 'index' ORDER BY name)"; }
idx_before=$(ev_idx)
out=$(jz import events e.csv 2>&1); rc=$?
is "$rc" 0 "events import exits 0 with rejected rows"
is "$(ev_idx)" "$idx_before" "the events table's indexes are as they were"
is "$(q "SELECT group_concat(c.case_no) FROM screen_dirty d JOIN cases c ON c.id = d.case_id")" "（2024）浙0683执1号" \
	"only the case the events name is marked for screening"
like "$out" "read 7, new 3, updated 0, duplicate 1, rejected 3" "summary counts (a repeated row is a duplicate)"
is "$(q "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM events ORDER BY id)")" "执行通知 查封 拍卖" "kinds normalised from synonyms"
is "$(q "SELECT value_fen||'/'||price_fen||'/'||amount_fen||'/'||counterparty||'/'||json_extract(detail,'\$.round') FROM events WHERE kind='拍卖'")" \
   "80000000/50000000/52000000/钱某/1" "auction: 评估价, 起拍价, 成交价, 买受人, 轮次"
rej=$(cat e.csv.rejects.csv)
like "$rej" "5,案号（2024）浙0683执9号不在数据库中" "unknown 案号 rejected"
like "$rej" "6,未知的事件类型: 飞行" "unknown kind rejected"
like "$rej" "8,评估价为负数: -5" "negative amount rejected, naming the field"
is "$(q "SELECT count(*) FROM import_files WHERE kind IN ('events','registry:不动产','registry:出行')")" 4 "each file recorded"
is "$(q "SELECT count(*) FROM audit WHERE action='import.events'")" 1 "the events import audited"
is "$(q "SELECT src_row FROM events WHERE kind='拍卖'")" 4 "events keep their source row"
# one day's payouts to three creditors are three events; the same file again adds none
printf '案号,事件类型,日期,金额,买受人,买受人证件号\n(2024)浙0683执1号,案款发放,2024-06-20,187500,钱某,\n(2024)浙0683执1号,案款发放,2024-06-20,250000,嵊州市剡溪建材有限公司,91330683MA2LMN7P4X\n(2024)浙0683执1号,案款发放,2024-06-20,62500,孙某,\n' >pay.csv
like "$(jz import events pay.csv 2>&1)" "new 3, updated 0, duplicate 0" "payouts to three creditors on one day are three events"
like "$(jz import events pay.csv 2>&1)" "new 0, updated 0, duplicate 3" "and importing them again adds none"
is "$(q "SELECT group_concat(counterparty || ':' || amount_fen, ' ') FROM (SELECT * FROM events WHERE kind = '案款发放' ORDER BY id)")" \
	"钱某:18750000 嵊州市剡溪建材有限公司:25000000 孙某:6250000" "each with its payee and amount"
# one event named twice in a file, another between: the first row is the event
printf '案号,事件类型,日期,金额,买受人\n(2024)浙0683执1号,案款发放,2024-07-01,1000,周某\n(2024)浙0683执1号,案款发放,2024-07-01,2000,吴某\n(2024)浙0683执1号,案款发放,2024-07-01,3000,周某\n' >pay2.csv
like "$(jz import events pay2.csv 2>&1)" "new 2, updated 0, duplicate 1" "an event twice in one file: one new, one duplicate"
is "$(q "SELECT amount_fen || ' ' || src_row FROM events WHERE kind = '案款发放' AND counterparty = '周某'")" "100000 2" \
	"the first of the two rows is the event"
jz screen -q >/dev/null 2>&1
like "$(jz leads --rule CZ-STARTPRICE-70 --format csv)" "起拍价500,000.00元" "imported events feed the rules"

# A bulk events load (many new rows against those held) marks cases in one
# pass instead of the triggers' row by row: the same file into a database
# whose events table holds four times as many (so the triggers run) must mark
# the same cases — those named, and the lender's other 民间借贷 cases for a
# 执行依据 — and move the epoch when it re-marks a case already marked.
printf '案号,立案日期,申请执行人,申请执行人证件号码,被执行人,案由,执行标的\n(2024)浙0683执21号,2024-03-01,蒋某,330683198001011234,甲某,民间借贷纠纷,1000\n(2024)浙0683执22号,2024-03-02,蒋某,330683198001011234,乙某,民间借贷纠纷,1000\n(2024)浙0683执23号,2024-03-03,丙公司,,丁某,买卖合同纠纷,1000\n(2024)浙0683执24号,2024-03-04,戊某,,己某,民间借贷纠纷,1000\n' >lend.csv
printf '案号,事件类型,日期\n(2024)浙0683执21号,执行依据,2023-12-01\n(2024)浙0683执23号,执行通知,2024-03-05\n(2024)浙0683执23号,执行通知,2024-03-05\n' >lend_ev.csv
# 1,100 more rows (a load is bulk from 1,001 new rows and a quarter of those held)
days() { sqlite3 :memory: "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
	SELECT '(2024)浙0683执24号,$1,' || date('1990-01-01', '+' || i || ' days') FROM n"; }
days 执行通知 1100 >>lend_ev.csv
marks() { # DB → the cases marked, then whether the epoch moved
	sqlite3 -batch -noheader "$1" "SELECT group_concat(case_no, ' ') FROM (SELECT c.case_no FROM screen_dirty d JOIN cases c ON c.id = d.case_id ORDER BY c.case_no)"
	sqlite3 -batch -noheader "$1" "SELECT n > $2 FROM screen_epoch"
}
for d in bulk rows; do
	jz --db "$d.db" init >/dev/null 2>&1
	jz --db "$d.db" import cases -q lend.csv
	# the rows database holds 4,500 events already: the same file goes in row by row
	[ $d = rows ] && { echo 案号,事件类型,日期; days 罚款 4500; } >seed.csv && jz --db "$d.db" import events -q seed.csv
	# after a screen (before the first, nothing is marked: it checks all), with one case still marked
	jz --db "$d.db" screen -q >/dev/null 2>&1
	sqlite3 "$d.db" "DELETE FROM screen_dirty; INSERT INTO screen_dirty SELECT id FROM cases WHERE case_no LIKE '%执23号'"
	eval "n_$d=\$(sqlite3 $d.db 'SELECT n FROM screen_epoch')"
done
jz --db bulk.db import events -q lend_ev.csv
jz --db rows.db import events -q lend_ev.csv
is "$(marks rows.db "$n_rows")" "$(marks bulk.db "$n_bulk")" "a bulk events load marks what the row-by-row triggers mark"
is "$(marks bulk.db "$n_bulk")" "（2024）浙0683执21号 （2024）浙0683执22号 （2024）浙0683执23号 （2024）浙0683执24号
1" "the named cases, the lender's other 民间借贷 case, and the epoch moved for the case marked again"
is "$(sqlite3 bulk.db "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE tbl_name = 'events' AND type = 'trigger' ORDER BY name)")" \
	"dirty_event_del dirty_event_ins dirty_event_upd dirty_lender_basis dirty_lender_basis_chg dirty_lender_basis_del" \
	"the events table's triggers are all back after the bulk load"
# the indexes as defined, those left for the rules' first screen (db/schema/054) by their kept statement
ev_idx() { sqlite3 "$1" "SELECT group_concat(sql, ';') FROM (SELECT name, sql FROM sqlite_master WHERE tbl_name = 'events'
	AND type = 'index' UNION ALL SELECT name, pending_sql FROM lazy_index WHERE pending_sql IS NOT NULL ORDER BY name)"; }
is "$(ev_idx bulk.db)" "$(ev_idx rows.db)" "and its indexes, as defined"
is "$(sqlite3 bulk.db "PRAGMA integrity_check")" ok "each agreeing with the rows (events_fact, which no file's event enters, left in place)"
is "$(sqlite3 bulk.db "SELECT group_concat(name, ' ') FROM (SELECT name FROM lazy_index WHERE pending_sql IS NOT NULL ORDER BY name)")" \
	"events_case events_kind events_seizure_end" \
	"the two the rules read left for the next screen (054), the one an import reads for the next import (057)"
jz --db bulk.db screen -q >/dev/null 2>&1
is "$(sqlite3 bulk.db "SELECT count(*) FROM sqlite_master WHERE name IN ('events_case', 'events_kind', 'events_seizure_end')")" 3 "which builds them"
# before the first screen: nothing marked, and that screen checks every case
jz --db fresh.db init >/dev/null 2>&1
jz --db fresh.db import cases -q lend.csv
sqlite3 fresh.db "DELETE FROM screen_dirty"
jz --db fresh.db import events -q lend_ev.csv
is "$(sqlite3 fresh.db "SELECT count(*) FROM screen_dirty")" 0 "a bulk events load before any screen marks nothing"
like "$(jz --db fresh.db screen 2>&1)" "全量.*4 件案件" "and the first screen checks every case"
done_testing
