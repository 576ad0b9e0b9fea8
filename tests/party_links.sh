#!/bin/sh
# Related parties as data: every importer fills party_links — 企业登记 roles
# (法定代表人, 股东, 监事, 高管), 不动产 co-owners, auction buyers, bank
# counterparties, a mistyped ID, shared phone and address — in either import
# order; links go when their evidence goes; the money rules read them.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
links() { # symmetric kinds print their pair in name order
	q "SELECT group_concat(x, ' ') FROM (SELECT l.kind||':'||CASE WHEN l.kind IN ('共有人','同证件号','同电话','同地址')
	THEN min(pa.name, pb.name)||'-'||max(pa.name, pb.name) ELSE pa.name||'-'||pb.name END||':'||l.strength AS x
	FROM party_links l JOIN parties pa ON pa.id=l.a JOIN parties pb ON pb.id=l.b WHERE $1 ORDER BY x)"; }
cd "$T"
YU=330683197903051231 ZHU=330683199011230022 QIAN=330683198507120017 SHANG=330683198212120415
CO=91330683MA2BCD1232 CO2=91330683MA2CCC7771
# registry first: nothing to link yet
printf '姓名,证件号码,企业名称,企业信用代码,职务,任职日期\n俞建国,%s,嵊州市恒昌纺织有限公司,%s,法定代表人,2019-05-01\n钱晓明,%s,嵊州市恒昌纺织有限公司,%s,监事,2019-05-01\n商文华,%s,嵊州市恒昌纺织有限公司,,董事,2019-05-01\n竺丽萍,%s,嵊州市鹿山贸易有限公司,%s,股东,2020-01-01\n' \
	"$YU" "$CO" "$QIAN" "$CO" "$SHANG" "$ZHU" "$CO2" >reg.csv
jz import registry 企业登记 -q reg.csv
is "$(q "SELECT count(*) FROM party_links")" 0 "registry before the ledger: no parties, no links"
printf '案号,立案日期,申请执行人,申请执行人证件号码,被执行人,证件号码,执行标的\n(2024)浙0683执1号,2024-01-10,钱晓明,%s,俞建国,%s,500000\n(2024)浙0683执2号,2024-02-10,某银行,,嵊州市恒昌纺织有限公司,%s,800000\n(2024)浙0683执3号,2024-02-11,商文华,%s,竺丽萍,%s,9000\n(2024)浙0683执4号,2024-02-12,某银行,,嵊州市鹿山贸易有限公司,,9000\n' \
	"$QIAN" "$YU" "$CO" "$SHANG" "$ZHU" >l.csv
jz import cases -q l.csv
is "$(links "l.source='registry:企业登记'")" \
	"法定代表人:俞建国-嵊州市恒昌纺织有限公司:strong 监事:钱晓明-嵊州市恒昌纺织有限公司:strong 股东:竺丽萍-嵊州市鹿山贸易有限公司:weak 高管:商文华-嵊州市恒昌纺织有限公司:weak" \
	"the ledger's arrival links persons to companies by their 企业登记 roles (董事 as 高管; a company found by name only: weak)"
is "$(q "SELECT src_row FROM party_links WHERE kind='法定代表人'")" 2 "a link keeps the row it came from"
# a later export names another role of the same person from the same day: a
# person is often 监事 and 股东 at once, so the role is part of the record's
# key and the new role adds its link (an ended role carries its 离任 date)
sed 's/,监事,/,股东,/' reg.csv >reg2.csv
jz import registry 企业登记 -q reg2.csv
is "$(links "pa.name='钱晓明'")" "监事:钱晓明-嵊州市恒昌纺织有限公司:strong 股东:钱晓明-嵊州市恒昌纺织有限公司:strong" \
	"another role of the same day adds its link, the first stays"

# 不动产 co-owners: by ID (strong) and by a unique name (weak)
printf '权利人,证件号码,坐落,不动产权证号,共有人,共有人证件号码,登记日期\n俞建国,%s,嵊州市鹿山路1号,浙(2019)嵊州市不动产权第0000001号,"钱晓明,商文华",%s,2019-05-06\n' "$YU" "$QIAN" >bdc.csv
jz import registry 不动产 -q bdc.csv
is "$(q "SELECT co_owner||'|'||co_owner_id FROM registry_records WHERE kind='不动产'")" "钱晓明、商文华|$QIAN" "co-owners kept, joined by 、"
is "$(links "l.kind='共有人'")" "共有人:俞建国-商文华:weak 共有人:俞建国-钱晓明:strong" \
	"co-owners linked: by ID strong, by name weak (symmetric pair, either way round)"

# auction buyers: the debtor ↔ whoever bought its property
printf '案号,事件类型,日期,标的物,成交价,买受人,买受人证件号\n(2024)浙0683执1号,拍卖,2024-05-20,嵊州市鹿山路1号,52万,竺丽萍,%s\n(2024)浙0683执1号,拍卖,2024-06-20,嵊州市鹿山路2号,30万,某陌生人,\n' "$ZHU" >ev.csv
jz import events -q ev.csv
is "$(links "l.kind='买受人'")" "买受人:俞建国-竺丽萍:strong" "an auction buyer who is a party is linked to the debtor"

# bank counterparties
printf '户名：俞建国  账号：6222021234567890123  证件号码：%s\n交易日期,交易金额,借贷标志,对方户名,对方账号,摘要\n2024-03-01,80000,借,嵊州市恒昌纺织有限公司,1211000099998888,货款\n2024-03-02,100,借,某超市,,消费\n2024-03-03,5000,贷,商文华,,借款\n' "$YU" >s.csv
jz import bank -q s.csv
is "$(links "l.kind='交易对手'")" "交易对手:俞建国-商文华:weak 交易对手:俞建国-嵊州市恒昌纺织有限公司:weak" \
	"counterparties that are parties are linked (by name: weak)"
printf '户名：嵊州市恒昌纺织有限公司  账号：1211000099998888  证件号码：%s\n交易日期,交易金额,借贷标志,对方户名,对方账号\n2024-03-01,80000,贷,俞建国,6222021234567890123\n' "$CO" >s2.csv
jz import bank -q s2.csv
is "$(q "SELECT strength FROM party_links WHERE kind='交易对手' AND a=(SELECT id FROM parties WHERE name='俞建国') AND b=(SELECT id FROM parties WHERE id_no='$CO')")" strong \
	"once the counterparty's account is known and tied by ID, the link is strong"

# a mistyped check character, a shared phone and a shared address
printf '案号,立案日期,被执行人,证件号码,执行标的\n(2024)浙0683执5号,2024-03-01,俞建囯,330683197903051238,1000\n' >l2.csv
jz import cases -q l2.csv
is "$(links "l.kind='同证件号'")" "同证件号:俞建囯-俞建国:strong" "two parties whose IDs differ only in the check character"
printf '姓名,证件号码,联系电话,住址\n钱晓明,%s,138 0575 1234,嵊州市剡湖街道北直街100号\n商文华,%s,13805751234,嵊州市剡湖街道 北直街100号\n竺丽萍,%s,0575-1234,嵊州\n' "$QIAN" "$SHANG" "$ZHU" >hj.csv
jz import registry 户籍 -q hj.csv
is "$(links "l.source='contact' AND l.kind<>'同证件号'")" "同地址:商文华-钱晓明:weak 同电话:商文华-钱晓明:weak" \
	"a shared phone or address (spaces ignored) is a weak link; short ones are ignored"

# the links feed ZJ-TRANSFER-OUT (not 交易对手: paying someone is not a relation)
jz settings set screen.today 2026-11-15 >/dev/null 2>&1 || q "INSERT INTO settings VALUES('screen.today','2026-11-15')"
jz screen -q --rule ZJ-TRANSFER-OUT >/dev/null 2>&1
like "$(jz leads --rule ZJ-TRANSFER-OUT --format csv)" "俞建国向关联方嵊州市恒昌纺织有限公司（法定代表人，强关联）转出1笔，合计80,000.00元.*〔s.csv:3〕" \
	"a transfer to the debtor's own company is a lead, with the statement row"
is "$(jz leads --rule ZJ-TRANSFER-OUT --format csv | grep -c 商文华)" 0 "a counterparty alone is not a related party"
done_testing
