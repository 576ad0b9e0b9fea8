#!/bin/sh
# A company's 法定代表人 known only from the 企业登记 register (not a party of
# any case) becomes a party by ID, in either import order; their register
# rows (出行) link to them; the 限制消费令 on the company binds them, so a
# flight is a JZ-TRAVEL lead naming them. A name without an ID makes no
# party, and re-importing changes nothing. A 案外人 who claims in a case
# (参与分配) with an ID becomes a party of it (案外人), so a 法定代表人 it
# shares with the debtor is seen (XS-COLLUSION).
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
cd "$T"
FU=330681198304133376 CO=91330683MA2BCD1232
printf '人员姓名,证件号码,企业名称,职务,任职日期\n傅丽兰,%s,嵊州市泰和汽车销售有限公司,法定代表人,2016-03-01\n傅丽兰,%s,嵊州市泰和汽车销售有限公司,股东,2016-03-01\n孙无证,,嵊州市青藤化工有限公司,法定代表人,2018-01-01\n钱监事,330683198507120017,嵊州市泰和汽车销售有限公司,监事,2016-03-01\n' "$FU" "$FU" >qy.csv
printf '旅客姓名,旅客证件号,交通方式,航班号,出行日期,座位等级,出发地,到达地\n傅丽兰,%s,航空,CA1702,2026-09-09,公务舱,杭州,北京\n' "$FU" >cx.csv
printf '案号,立案日期,申请执行人,被执行人,被执行人证件号码,执行标的\n(2025)浙0683执597号,2025-10-13,嵊州市青藤化工有限公司,嵊州市泰和汽车销售有限公司,%s,228100\n' "$CO" >l.csv
printf '案号,事件类型,日期,内容\n(2025)浙0683执597号,限制消费,2025-10-17,限制消费令（被执行人嵊州市泰和汽车销售有限公司及其法定代表人）\n' >ev.csv

officer() { q "SELECT p.name || '|' || p.kind || '|' || p.id_no || '|' || coalesce(p.birth_date, '') || '|' || p.id_valid
	|| '|' || (SELECT count(*) FROM case_parties cp WHERE cp.party_id = p.id) FROM parties p WHERE p.id_no = '$FU'"; }

# the register first, then the ledger
jz import registry 企业登记 -q qy.csv
jz import registry 出行 -q cx.csv
is "$(q "SELECT count(*) FROM parties")" 0 "registry before the ledger: no company yet, no party"
is "$(q "SELECT group_concat(role, ',') FROM (SELECT role FROM registry_records WHERE holder_id = '$FU' ORDER BY role)")" "法定代表人,股东" \
	"法定代表人 and 股东 of one company from one day: two records, neither overwrites the other"
jz import cases -q l.csv
is "$(officer)" "傅丽兰|person|$FU|1983-04-13|1|0" "the ledger's company brings its 法定代表人 in as a party (by ID, birth date from it, in no case)"
is "$(q "SELECT l.kind || ':' || a.name || '-' || b.name || ':' || l.strength FROM party_links l JOIN parties a ON a.id = l.a JOIN parties b ON b.id = l.b WHERE l.kind = '法定代表人'")" \
	"法定代表人:傅丽兰-嵊州市泰和汽车销售有限公司:weak" "linked to the company (found by name: weak)"
is "$(q "SELECT count(*) FROM registry_records WHERE kind = '出行' AND party_id = (SELECT id FROM parties WHERE id_no = '$FU') AND match = 'id'")" 1 \
	"the officer's flight links to them by ID"
is "$(q "SELECT count(*) FROM parties WHERE name IN ('孙无证', '钱监事')")" 0 "no party from a name without an ID, nor from a 监事"
jz import events -q ev.csv
q "INSERT OR REPLACE INTO settings(key, value) VALUES('screen.today', '2026-11-15')"
jz screen -q >/dev/null 2>&1
like "$(jz leads --rule JZ-TRAVEL --format csv)" "（2025）浙0683执597号.*傅丽兰时任其法定代表人.*2026-09-09.*傅丽兰.*CA1702" \
	"the company's 限制消费令 binds its 法定代表人: their business-class flight is a JZ-TRAVEL lead"
# a later trip of the officer (a register row about a person in no case) re-screens the company's case
printf '旅客姓名,旅客证件号,交通方式,航班号,出行日期,座位等级,出发地,到达地\n傅丽兰,%s,航空,MU5137,2026-10-09,经济舱,杭州,成都\n' "$FU" >cx2.csv
jz import registry 出行 -q cx2.csv
jz screen -q >/dev/null 2>&1
is "$(q "SELECT count(*) FROM leads WHERE rule_code = 'JZ-TRAVEL' AND status = 'active'")" 2 \
	"an incremental screen after the officer's next trip finds it (039 marks the company's case)"
n=$(q "SELECT count(*) FROM parties")
jz import registry 企业登记 -q qy.csv
jz import cases -q l.csv
is "$(q "SELECT count(*) FROM parties")" "$n" "re-importing both files adds no party"

# the other order: the ledger first, then the register
rm -f "$DB"; jz init >/dev/null 2>&1
jz import cases -q l.csv
jz import registry 出行 -q cx.csv
jz import registry 企业登记 -q qy.csv
is "$(officer)" "傅丽兰|person|$FU|1983-04-13|1|0" "ledger first: the 企业登记 import makes the same party"
is "$(q "SELECT count(*) FROM registry_records WHERE kind = '出行' AND match = 'id' AND party_id IS NOT NULL")" 1 \
	"and the flight imported before it links to them"

# a claimant company sharing the debtor company's 法定代表人 (both only on the register)
rm -f "$DB"; jz init >/dev/null 2>&1
CO3=91330683MA2CCC7771 HE=330683198212120415
printf '案号,立案日期,申请执行人,被执行人,被执行人证件号码,执行标的\n(2025)浙0683执478号,2025-10-13,嵊州市青藤化工有限公司,嵊州市泰和汽车销售有限公司,%s,500000\n' "$CO" >l3.csv
printf '案号,事件类型,日期,标的物,评估价,金额,相对人,相对人证件号\n(2025)浙0683执478号,查封,2025-11-01,嵊州市鹿山路8号,1000000,,,\n(2025)浙0683执478号,参与分配,2026-01-10,,,800000,嵊州市越秀贸易有限公司,%s\n(2025)浙0683执478号,参与分配,2026-01-12,,,10000,某甲,\n' "$CO3" >e3.csv
printf '人员姓名,证件号码,企业名称,企业信用代码,职务,任职日期\n何建明,%s,嵊州市泰和汽车销售有限公司,%s,法定代表人,2016-03-01\n何建明,%s,嵊州市越秀贸易有限公司,%s,法定代表人,2020-05-01\n' "$HE" "$CO" "$HE" "$CO3" >qy3.csv
jz import registry 企业登记 -q qy3.csv
jz import cases -q l3.csv
jz import events -q e3.csv
is "$(q "SELECT p.name || '|' || p.kind || '|' || cp.role || '|' || cp.src_row FROM case_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.role = '案外人'")" \
	"嵊州市越秀贸易有限公司|org|案外人|3" "the claimant with a 信用代码 is a party of the case (案外人, with its row); the one without an ID is not"
is "$(q "SELECT count(*) FROM party_links l JOIN parties a ON a.id = l.a WHERE l.kind = '法定代表人' AND a.name = '何建明' AND l.strength = 'strong'")" 2 \
	"the register's 法定代表人 of both companies is one party, linked to each"
q "INSERT OR REPLACE INTO settings(key, value) VALUES('screen.today', '2026-11-15')"
jz screen -q >/dev/null 2>&1
like "$(jz leads --rule XS-COLLUSION --format csv)" "案外人嵊州市越秀贸易有限公司.*共同的法定代表人（何建明）.*④申报债权800,000.00元" \
	"a claim by a company sharing the debtor's 法定代表人 and for 80 % of the seized value is an XS-COLLUSION lead"

# the buyer's register row arrives after the screen: the incremental screen finds what a full one does
rm -f "$DB"; jz init >/dev/null 2>&1
printf '案号,立案日期,申请执行人,被执行人,被执行人证件号码,执行标的\n(2025)浙0683执560号,2025-03-01,钱晓明,郑丹东,330624196312222778,700000\n' >l4.csv
printf '案号,事件类型,日期,标的物,评估价,成交价,买受人,买受人证件号\n(2025)浙0683执560号,查封,2025-04-01,嵊州市鹿山新村94号,800000,,,\n(2025)浙0683执560号,拍卖,2025-11-11,嵊州市鹿山新村94号,800000,603000,石刚宇,330624196402269772\n' >e4.csv
printf '姓名,身份证号,住址,联系电话\n郑丹东,330624196312222778,嵊州市崇仁镇兴工路23号25幢897室,13580858675\n' >hj1.csv
printf '姓名,身份证号,住址,联系电话\n石刚宇,330624196402269772,嵊州市崇仁镇兴工路23号25幢897室,13580858675\n' >hj2.csv
jz import cases -q l4.csv; jz import events -q e4.csv; jz import registry 户籍 -q hj1.csv
q "INSERT OR REPLACE INTO settings(key, value) VALUES('screen.today', '2026-11-15')"
jz screen -q --full >/dev/null 2>&1
is "$(jz leads --rule CZ-RELATED-BUYER --format csv | grep -c 560)" 0 "before the buyer's 户籍 row: no relation known"
jz import registry 户籍 -q hj2.csv
jz screen -q >/dev/null 2>&1
like "$(jz leads --rule CZ-RELATED-BUYER --format csv)" "（2025）浙0683执560号.*石刚宇.*同电话、同地址关联（买受人户籍登记与被执行人相同" \
	"the buyer's 户籍 row (no party) re-screens the sale's case: the incremental screen finds the relation"

# A 出行 file of 1,501 rows into a register holding few records is loaded in
# bulk (the indexes built after, the insert triggers' marks made once); into
# one holding many, row by row. Both must mark the same cases: the officer's
# flight marks the company's case through the 法定代表人 link.
awk 'BEGIN { print "旅客姓名,旅客证件号,航班号,出行日期"; for (i = 1; i <= 1500; i++) printf "旅客%d,,MU%d,2026-09-10\n", i, i }
	END { printf "傅丽兰,'"$FU"',CA1703,2026-09-11\n" }' </dev/null >cx_many.csv
awk 'BEGIN { print "所有人,证件号码,号牌号码,登记日期"; for (i = 1; i <= 6100; i++) printf "车主%d,,浙D%05d,2020-01-02\n", i, i }' </dev/null >cars.csv
for d in bulk rows; do
	jz --db "$d.db" init >/dev/null 2>&1
	jz --db "$d.db" import cases -q l.csv
	jz --db "$d.db" import registry 企业登记 -q qy.csv
	[ $d = rows ] && jz --db "$d.db" import registry 车辆 -q cars.csv
	jz --db "$d.db" screen -q >/dev/null 2>&1     # (before the first screen nothing is marked: it checks all)
	sqlite3 "$d.db" "DELETE FROM screen_dirty"
	jz --db "$d.db" import registry 出行 -q cx_many.csv
done
dirty() { sqlite3 "$1" "SELECT group_concat(c.case_no) FROM screen_dirty d JOIN cases c ON c.id = d.case_id"; }
is "$(dirty bulk.db)" "（2025）浙0683执597号" "a bulk register load marks the company's case through its 法定代表人's flight"
is "$(dirty rows.db)" "$(dirty bulk.db)" "and the row-by-row triggers mark the same"
# a case marked already and marked again moves the epoch
sqlite3 bulk.db "DELETE FROM registry_records WHERE kind = '出行'"
n=$(sqlite3 bulk.db "SELECT n FROM screen_epoch")
jz --db bulk.db import registry 出行 -q cx_many.csv
is "$(sqlite3 bulk.db "SELECT n > $n FROM screen_epoch")" 1 "marking a case already marked moves the screen epoch"
done_testing
