#!/bin/sh
# Identity across imports: registry records are tied to parties whichever
# comes first; an ID conflict beats a name; a name-only tie is marked weak;
# a re-export with a changed 转移日期 updates the record and keeps history;
# 户籍 death dates land; event kinds map through --map; a 执恢 case keeps
# the case it resumes.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
cd "$T"
# registry before the ledger
printf '权利人,证件号码,坐落,不动产权证号,登记日期,转移日期\n俞建国,330683197903051238,嵊州市鹿山路1号,浙(2019)嵊州市不动产权第0000001号,2019-05-06,\n俞建国,110101199003078515,北京市某路9号,京(2018)不动产权第0000009号,2018-01-01,\n竺小红,,嵊州市鹿山路2号,,2019-05-06,\n' >r.csv
jz import registry 不动产 -q r.csv
is "$(q "SELECT count(*) FROM registry_records WHERE party_id IS NULL")" 3 "before any ledger every record is unlinked"
printf '案号,立案日期,被执行人,证件号码,执行标的,原案号\n(2024)浙0683执1号,2024-01-10,俞建国,330683197903051238,50000,\n(2024)浙0683执2号,2024-02-11,竺小红,,9000,\n(2025)浙0683执恢5号,2025-03-01,俞建国,330683197903051238,50000,(2024)浙0683执1号\n' >l.csv
jz import cases -q l.csv
is "$(q "SELECT match FROM registry_records WHERE item='嵊州市鹿山路1号'")" id "the ledger's arrival ties the record by ID"
is "$(q "SELECT coalesce(party_id,'none') FROM registry_records WHERE item='北京市某路9号'")" none \
	"a same-name holder with a different ID is never tied to the debtor"
is "$(q "SELECT match FROM registry_records WHERE holder_name='竺小红'")" name "a holder without ID is tied by name, marked weak"
is "$(q "SELECT prior_case_no FROM cases WHERE case_no LIKE '%执恢5号'")" "（2024）浙0683执1号" "a 执恢 case keeps the case it resumes"
# the same order reversed gives the same links
DB2="$T/b.db"
jz --db "$DB2" init >/dev/null; jz --db "$DB2" import cases -q l.csv; jz --db "$DB2" import registry 不动产 -q r.csv
is "$(sqlite3 "$DB2" "SELECT group_concat(coalesce(match,'-'),' ') FROM (SELECT match FROM registry_records ORDER BY item)")" \
	"$(q "SELECT group_concat(coalesce(match,'-'),' ') FROM (SELECT match FROM registry_records ORDER BY item)")" \
	"ledger first or registry first: the same links"
# a re-export: unchanged rows are duplicates, a new 转移日期 updates and keeps history
out=$(jz import registry 不动产 r.csv 2>&1)
like "$out" "new 0, updated 0, duplicate 3" "re-importing the same export changes nothing"
sed 's/2019-05-06,$/2019-05-06,2025-06-30/' r.csv >r2.csv
out=$(jz import registry 不动产 r2.csv 2>&1)
like "$out" "new 0, updated 2, duplicate 1" "a re-export with a 转移日期 updates those records"
is "$(q "SELECT end_date FROM registry_records WHERE item='嵊州市鹿山路1号'")" 2025-06-30 "the new 转移日期 is kept"
is "$(q "SELECT count(*) FROM registry_history")" 2 "the old versions are in registry_history"
is "$(q "SELECT json_extract(before,'\$.end_date') IS NULL FROM registry_history LIMIT 1")" 1 "history holds the record as it was"
# one export naming a record twice: the later row is the record, the
# earlier a duplicate (into an empty table and into one already holding records)
printf '权利人,证件号码,坐落,不动产权证号,登记日期,转移日期,评估价值\n钱某某,,嵊州市鹿山路7号,,2020-01-02,,50万元\n钱某某,,嵊州市鹿山路8号,,2020-01-02,,60万元\n钱某某,,嵊州市鹿山路7号,,2020-01-02,2025-01-01,55万元\n' >twice.csv
for d in "$DB" "$T/c.db"; do
	[ "$d" = "$DB" ] || { jz --db "$d" init >/dev/null; jz --db "$d" import cases -q l.csv; }
	out=$(jz --db "$d" import registry 不动产 twice.csv 2>&1)
	like "$out" "read 3, new 2, updated 0, duplicate 1" "a record twice in one file: one new, one duplicate ($(basename "$d"))"
	is "$(sqlite3 "$d" "SELECT end_date || ' ' || value_fen || ' ' || src_row FROM registry_records WHERE item = '嵊州市鹿山路7号'")" \
		"2025-01-01 55000000 4" "the later row is the record ($(basename "$d"))"
done
# named three times, another record between: the last row is the record
printf '权利人,证件号码,坐落,不动产权证号,登记日期,转移日期,评估价值\n孙某某,,嵊州市鹿山路9号,,2020-01-02,,50万元\n孙某某,,嵊州市鹿山路9号,,2020-01-02,,51万元\n孙某某,,嵊州市鹿山路10号,,2020-01-02,,60万元\n孙某某,,嵊州市鹿山路9号,,2020-01-02,,52万元\n' >thrice.csv
out=$(jz import registry 不动产 thrice.csv 2>&1)
like "$out" "read 4, new 2, updated 0, duplicate 2" "a record three times in one file: one new, two duplicates"
is "$(q "SELECT count(*) || ' ' || value_fen || ' ' || src_row FROM registry_records WHERE item = '嵊州市鹿山路9号'")" \
	"1 52000000 5" "the last of three rows is the record"
# a file that brings many records against few held is loaded with the
# table's indexes built after the rows: they all come back, the records
# are linked and the cases they touch marked for screening
reg_idx() { sqlite3 "$T/c.db" "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE tbl_name = 'registry_records' ORDER BY name)"; }
idx_before=$(reg_idx)
jz --db "$T/c.db" screen -q >/dev/null 2>&1     # (before the first screen nothing is marked: it checks all)
sqlite3 "$T/c.db" "DELETE FROM screen_dirty"
awk 'BEGIN { print "权利人,证件号码,坐落,登记日期"; for (i = 1; i <= 1500; i++) printf "%s,,嵊州市某路%d号,2020-01-02\n", (i == 700 ? "竺小红" : "路人" i), i }' >many.csv
like "$(jz --db "$T/c.db" import registry 不动产 many.csv 2>&1)" "read 1500, new 1500" "1,500 records into a table holding 2"
is "$(sqlite3 "$T/c.db" "SELECT group_concat(name, ' ') FROM lazy_index WHERE pending_sql IS NOT NULL ORDER BY name")" \
	"registry_holder registry_holder_id registry_kind_party registry_party" \
	"those by party and by kind left for the next screen (055, 058), by holder and ID for the next import (057)"
is "$(sqlite3 "$T/c.db" "SELECT match FROM registry_records WHERE item = '嵊州市某路700号'")" name "a record of the bulk load is linked to its party"
is "$(sqlite3 "$T/c.db" "SELECT group_concat(c.case_no) FROM screen_dirty d JOIN cases c ON c.id = d.case_id")" \
	"$(sqlite3 "$T/c.db" "SELECT group_concat(c.case_no) FROM cases c JOIN case_parties cp ON cp.case_id = c.id JOIN parties p ON p.id = cp.party_id WHERE p.name = '竺小红'")" \
	"only the cases of the linked holder are marked for screening"
# the next import, even of one row of another kind, builds those two before it looks anything up
printf '权利人,证件号码,车牌号,登记日期\n路人3,,浙D12345,2022-05-06\n' >one_car.csv
like "$(jz --db "$T/c.db" import registry 车辆 one_car.csv 2>&1)" "read 1, new 1" "one record of another kind"
is "$(sqlite3 "$T/c.db" "SELECT group_concat(name, ' ') FROM (SELECT name FROM lazy_index WHERE pending_sql IS NOT NULL ORDER BY name)")" \
	"registry_kind_party registry_party" "the next import built the two an import reads first"
is "$(sqlite3 "$T/c.db" "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE name IN ('registry_holder', 'registry_holder_id') ORDER BY name)")" \
	"$(sqlite3 "$DB2" "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE name IN ('registry_holder', 'registry_holder_id') ORDER BY name)")" \
	"as the schema defines them"
sqlite3 "$T/c.db" "DELETE FROM registry_records WHERE kind = '车辆'; DELETE FROM screen_dirty"
# the partial indexes none of those rows entered (电话, 地址, 企业登记 codes)
# stayed in place; a later bulk load with phones and addresses rebuilds theirs
is "$(sqlite3 "$T/c.db" "PRAGMA integrity_check")" ok "every index agrees with the records after the bulk load"
awk 'BEGIN { print "权利人,证件号码,坐落,登记日期,电话,地址"; for (i = 1; i <= 2000; i++) printf "%s,,嵊州市某弄%d号,2021-03-04,1390000%04d,嵊州市某弄%d号\n", "行人" i, i, i, i }' >phones.csv
like "$(jz --db "$T/c.db" import registry 不动产 phones.csv 2>&1)" "read 2000, new 2000" "2,000 records with phones and addresses"
is "$(sqlite3 "$T/c.db" "PRAGMA integrity_check")" ok "every index agrees with the records after it"
is "$(sqlite3 "$T/c.db" "SELECT count(*) FROM registry_records INDEXED BY registry_phone WHERE phone IS NOT NULL")" 2000 \
	"the phone index holds them"
jz --db "$T/c.db" screen -q >/dev/null 2>&1
is "$(reg_idx)" "$idx_before" "the registry table's indexes and triggers are all back, that one by the screen"
# 户籍: a death date
printf '姓名,身份证号,死亡日期\n俞建国,330683197903051238,2026-01-05\n' >h.csv
jz import registry 户籍 -q h.csv
is "$(q "SELECT end_date||' '||match FROM registry_records WHERE kind='户籍'")" "2026-01-05 id" "户籍 death date lands, tied by ID"
# event kinds: new vocabulary, and unknown wordings mapped with --map
printf '案号,事件类型,日期,标的物,优先债权,不可分物,处置障碍\n(2024)浙0683执1号,轮候查封,2024-03-01,嵊州市鹿山路1号,,,\n(2024)浙0683执1号,和解,2024-04-01,,,,\n(2024)浙0683执1号,冻结股权,2024-04-02,嵊州市越秀贸易有限公司30%%股权,,是,\n(2024)浙0683执1号,司法网拍,2024-05-01,嵊州市鹿山路1号,300万元,,权属争议\n' >e.csv
out=$(jz import events e.csv 2>&1)
like "$out" "new 3, .*rejected 1" "an unknown wording is rejected without a map"
like "$(cat e.csv.rejects.csv)" "未知的事件类型: 司法网拍" "the reject names the kind and how to map it"
printf 'kind.司法网拍 = 拍卖\n' >m.txt
out=$(jz import events --map m.txt e.csv 2>&1)
like "$out" "new 1, .*duplicate 3, rejected 0" "with --map the wording is read as 拍卖"
is "$(q "SELECT kind FROM events ORDER BY id LIMIT 1")" 轮候查封 "轮候查封 is its own kind, not folded into 查封"
is "$(q "SELECT priority_fen||' '||obstacle FROM events WHERE kind='拍卖'")" "300000000 权属争议" "优先债权 and 处置障碍 are read"
is "$(q "SELECT indivisible FROM events WHERE kind='冻结'")" 1 "不可分物 is read"
# the parties in memory step aside for SQL when they cannot answer (here a
# party id past 2^31): the links are the same as theirs
DB3="$T/big.db"
jz --db "$DB3" init >/dev/null; jz --db "$DB3" import cases -q l.csv
sqlite3 "$DB3" "INSERT INTO parties(id, name, kind) VALUES (2147483648, '远方某人', 'person')"
printf '远方某人,,嵊州市鹿山路3号,,2019-05-06,\n' >>r.csv
jz --db "$DB3" import registry 不动产 -q r.csv
jz --db "$DB2" import registry 不动产 -q r.csv
links() { sqlite3 "$1" "SELECT group_concat(item || ':' || coalesce(match, '-') || ':' || coalesce(party_id, '-'), ' ') FROM (SELECT * FROM registry_records WHERE item <> '嵊州市鹿山路3号' ORDER BY item)"; }
is "$(links "$DB3")" "$(links "$DB2")" "links found in SQL: the same as the maps' (a party id past 2^31)"
is "$(sqlite3 "$DB3" "SELECT match || ' ' || party_id FROM registry_records WHERE item = '嵊州市鹿山路3号'")" "name 2147483648" \
	"and the party past 2^31 is found by its name"
# events find their case by 案号 in memory too; a case id past 2^32 makes
# every row ask the index instead: the events land on their cases alike
sqlite3 "$DB3" "INSERT INTO cases(id, case_no, filing_date) VALUES (4294967296, '（2025）浙0683执9号', '2025-01-02')"
printf '案号,事件类型,日期\n(2025)浙0683执9号,执行通知,2025-01-05\n(2024)浙0683执2号,执行通知,2024-02-15\n(2024)浙0683执77号,执行通知,2024-02-15\n' >ev9.csv
out=$(jz --db "$DB3" import events ev9.csv 2>&1)
like "$out" "new 2, .*rejected 1" "an event of a case the database lacks is rejected, the others land"
is "$(sqlite3 "$DB3" "SELECT group_concat(x, ' ') FROM (SELECT c.case_no || '@' || e.event_date AS x FROM events e JOIN cases c ON c.id = e.case_id ORDER BY x)")" \
	"（2024）浙0683执2号@2024-02-15 （2025）浙0683执9号@2025-01-05" "each on its case (a case id past 2^32)"
jz --db "$DB2" import events -q ev9.csv 2>/dev/null
is "$(sqlite3 "$DB2" "SELECT group_concat(c.case_no || '@' || e.event_date, ' ') FROM events e JOIN cases c ON c.id = e.case_id WHERE e.event_date = '2024-02-15'")" \
	"（2024）浙0683执2号@2024-02-15" "and found in memory alike"
done_testing
