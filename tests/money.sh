#!/bin/sh
# jianzhi money: a planted debtor of the demo — its counterparties (the
# company it moved money to first, as 法定代表人), the flagged transfer with
# its rule, lead and statement row, every statement row in the timeline;
# the workbook (four sheets, IDs masked, --unmask only for a role that may
# see IDs); and related parties two hops deep on a fixture built with the
# importers.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
jz demo -q --cases 200 >/dev/null 2>&1
lead=$(jz leads --rule ZJ-TRANSFER-OUT --status active --format csv | sed -n 2p)
ok "[ -n '$lead' ]" "the demo has a planted ZJ-TRANSFER-OUT lead"
lead_id=${lead%%,*}
# 被执行人吕某向关联方某公司（法定代表人，强关联）转出1笔，合计160,000.00元 ... 〔file.csv:107〕
debtor=$(printf '%s' "$lead" | sed -n 's/.*被执行人\([^，。]*\)向关联方.*/\1/p')
company=$(printf '%s' "$lead" | sed -n 's/.*向关联方\([^（]*\)（.*/\1/p')
total=$(printf '%s' "$lead" | sed -n 's/.*合计\([0-9,.]*\)元.*/\1/p' | tr -d ,)
srcrow=$(printf '%s' "$lead" | sed -n 's/.*〔\([^〕]*\)〕.*/\1/p')
ok "[ -n '$debtor' ] && [ -n '$company' ] && [ -n '$total' ] && [ -n '$srcrow' ]" \
	"the evidence names debtor $debtor, company $company, total $total, row $srcrow"

out=$(jz money "$debtor"); rc=$?
is "$rc" 0 "money by name exits 0"
is "$(printf '%s\n' "$out" | grep -c '^== ')" 4 "table output has four sections"
like "$out" "^当事人 #[0-9]+ $debtor [0-9]{6}\*{8}[0-9X]{4}" "the heading names the party, its ID masked"

cps=$(jz money "$debtor" --section counterparties --format csv)
cps=$(printf '%s\n' "$cps" | tr -d '\r')
is "$(printf '%s\n' "$cps" | sed -n 1p)" "counterparty,cp_account,txns,n_in,total_in,n_out,total_out,first,last,relation" \
	"counterparty columns"
first=$(printf '%s\n' "$cps" | sed -n 2p)
like "$first" "^$company,[^,]*,1,0,0.00,1,$total,.*法定代表人" \
	"the largest counterparty is the related company: one transfer out of $total, linked as 法定代表人"
sum=$(printf '%s\n' "$cps" | awk -F, 'NR > 1 { n += $3 } END { print n }')
pid=$(q "SELECT id FROM parties WHERE name = '$debtor'")
is "$sum" "$(q "SELECT count(*) FROM bank_txns t JOIN bank_accounts a ON a.id = t.account_id WHERE a.party_id = $pid")" \
	"the counterparties' counts add up to the party's transactions"

flag=$(jz money "$pid" --section flagged --format csv)
is "$(printf '%s\n' "$flag" | wc -l | tr -d ' ')" 2 "one flagged transaction (by party number)"
like "$(printf '%s\n' "$flag" | sed -n 2p)" "^ZJ-TRANSFER-OUT,$lead_id,[0-9-]+,[0-9:]*,[0-9]+,支出,$total,$company,.*,${srcrow%%:*},${srcrow##*:}," \
	"flagged: the rule, the lead, the amount, the company and the statement row of the evidence"

tl=$(jz money "$debtor" --section timeline --format csv)
is "$(printf '%s\n' "$tl" | awk -F, 'NR > 1' | wc -l | tr -d ' ')" "$sum" "the timeline lists every transaction"
is "$(printf '%s\n' "$tl" | grep -c ',ZJ-TRANSFER-OUT,')" 1 "exactly one timeline row is marked with the rule"
is "$(printf '%s\n' "$tl" | awk -F, 'NR > 1 { print $1 }' | sort -c && echo sorted)" sorted "the timeline is in date order"
like "$(jz money "$debtor" --section links --format csv)" "1,$debtor,法定代表人,→,$company,\"?registry:企业登记[^,]*,[^,]*,强," \
	"the related company at depth 1: 法定代表人, →, its source, strong"

# the workbook
jz money "$debtor" --xlsx "$T/m.xlsx" -q; rc=$?
is "$rc" 0 "--xlsx writes the workbook"
ok "unzip -tqq '$T/m.xlsx'" "the workbook is a whole zip"
is "$(unzip -p "$T/m.xlsx" xl/workbook.xml | grep -o '<sheet name="[^"]*"' | sed 's/.*="//; s/"//' | tr '\n' ' ')" \
	"流水 对手方 可疑交易 关联主体 " "sheets 流水, 对手方, 可疑交易, 关联主体"
strings=$(unzip -p "$T/m.xlsx" 'xl/worksheets/*.xml')
like "$strings" "$company" "the counterparty is in the workbook"
like "$strings" "ZJ-TRANSFER-OUT" "the flagged rule is in the workbook"
idno=$(q "SELECT id_no FROM parties WHERE id = $pid")
unlike "$strings" "$idno" "the debtor's ID is masked in the workbook"
like "$strings" "$(printf '%s' "$idno" | cut -c1-6)\*{8}" "and shown masked"
err=$(JIANZHI_USER=demo_clerk jz money "$debtor" --xlsx "$T/u.xlsx" --unmask -q 2>&1); rc=$?
is "$rc" 1 "--unmask refused for a 书记员"
like "$err" "查看完整证件号" "naming what was refused"
ok "[ ! -e '$T/u.xlsx' ]" "and nothing written"
jz money "$debtor" --xlsx "$T/full.xlsx" --unmask -q; rc=$?
is "$rc" 0 "--unmask for a 承办检察官"
like "$(unzip -p "$T/full.xlsx" 'xl/worksheets/*.xml')" "$idno" "shows the full ID"
is "$(q "SELECT count(*) FROM audit WHERE action = 'export.unmask' AND after LIKE '%\"party_id\":$pid%'")" 1 "and is audited"

like "$(jz money "$debtor" --unmask | sed -n 1p)" " $idno\$" "--unmask on the terminal shows the full ID"
is "$(q "SELECT count(*) FROM audit WHERE action = 'party.unmask' AND tbl = 'parties' AND row_id = $pid")" 1 "audited as party.unmask"
is "$(JIANZHI_USER=demo_clerk jz money "$debtor" --unmask >/dev/null 2>&1; echo $?)" 1 "and refused to a 书记员"
err=$(jz money 没有这个人 2>&1); rc=$?
is "$rc" 1 "an unknown party fails"
like "$err" "没有当事人" "saying so"
err=$(jz money "$debtor" --format csv 2>&1); rc=$?
is "$rc" 2 "csv without --section is a usage error"

# two hops on a fixture: 俞 is 法定代表人 of 恒昌, whose 监事 is 钱 and who paid 陈
DB="$T/fix.db"; export JIANZHI_DB="$DB"
jz init >/dev/null 2>&1
cd "$T"
YU=330683197903051231 QIAN=330683198507120017 CHEN=330683198811110013 CO=91330683MA2BCD1232
printf '案号,立案日期,申请执行人,申请执行人证件号码,被执行人,证件号码,执行标的\n(2024)浙0683执1号,2024-01-10,陈小东,%s,俞建国,%s,500000\n(2024)浙0683执2号,2024-02-10,钱晓明,%s,嵊州市恒昌纺织有限公司,%s,800000\n' \
	"$CHEN" "$YU" "$QIAN" "$CO" >l.csv
jz import cases -q l.csv
printf '姓名,证件号码,企业名称,企业信用代码,职务,任职日期\n俞建国,%s,嵊州市恒昌纺织有限公司,%s,法定代表人,2019-05-01\n钱晓明,%s,嵊州市恒昌纺织有限公司,%s,监事,2019-05-01\n' \
	"$YU" "$CO" "$QIAN" "$CO" >reg.csv
jz import registry 企业登记 -q reg.csv
printf '户名：嵊州市恒昌纺织有限公司  账号：1211000099998888  证件号码：%s\n交易日期,交易金额,借贷标志,对方户名,对方账号,摘要\n2024-03-01,80000,借,陈小东,,货款\n' "$CO" >s.csv
jz import bank -q s.csv
links=$(jz money 俞建国 --section links --format csv | tr -d '\r' | cut -d, -f1-5,7)
is "$(printf '%s\n' "$links" | sed 1d | tr '\n' ' ')" \
	"1,俞建国,法定代表人,→,嵊州市恒昌纺织有限公司,强 2,嵊州市恒昌纺织有限公司,监事,←,钱晓明,强 2,嵊州市恒昌纺织有限公司,交易对手,→,陈小东,弱 " \
	"links two hops deep: the company, then its counterparty and its 监事 (never back to the party)"
like "$(jz money 俞建国 --section links --format csv)" "registry:企业登记 reg.csv:2" "each link names its file and row"
is "$(jz money 俞建国 --section timeline --format csv | wc -l | tr -d ' ')" 1 "a party without statements: an empty timeline"
done_testing
