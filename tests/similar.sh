#!/bin/sh
# jianzhi similar (类案推送) on a ledger and its 终本 events imported with the CLI: five cases
# closed as 终本 within three months (ZB-3MONTH fires on each). The case
# with the same rule, court and judge ranks first, with its reason and how
# it ended (its label); the case itself and its own 执恢 case are never
# listed; --lead, --limit and bad arguments.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
cd "$T"
cat >l.csv <<'CSV'
案号,立案日期,结案日期,结案方式,案由,执行标的,承办人,被执行人,原案号
(2024)浙0683执1号,2024-01-10,2024-03-01,终结本次执行程序,民间借贷纠纷,100000,张明,甲某,
(2024)浙0683执2号,2024-02-10,2024-04-01,终结本次执行程序,买卖合同纠纷,500000,张明,乙某,
(2024)浙0602执3号,2024-01-15,2024-03-05,终结本次执行程序,民间借贷纠纷,100000,李强,丙某,
(2024)浙0683执5号,2023-01-15,2023-12-05,终结本次执行程序,民间借贷纠纷,120000,王芳,戊某,
(2025)浙0683执恢1号,2025-01-10,2025-03-01,终结本次执行程序,民间借贷纠纷,100000,张明,甲某,(2024)浙0683执1号
CSV
jz import cases -q l.csv
# the 终本 rulings as events: the courts' measures were provided, so the
# rules that judge from a missing measure (ZB-PRECOND, ZB-HEARING …) read them
cat >e.csv <<'CSV'
案号,事件类型,日期
(2024)浙0683执1号,终本,2024-03-01
(2024)浙0683执2号,终本,2024-04-01
(2024)浙0602执3号,终本,2024-03-05
(2024)浙0683执5号,终本,2023-12-05
(2025)浙0683执恢1号,终本,2025-03-01
CSV
jz import events -q e.csv
jz screen -q >/dev/null 2>&1
is "$(q "SELECT count(DISTINCT case_id) FROM leads WHERE rule_code = 'ZB-3MONTH'")" 4 "ZB-3MONTH fires on the four quick 终本"
a=$(q "SELECT l.id FROM leads l JOIN cases c ON c.id = l.case_id WHERE c.case_no LIKE '%执2号' AND l.rule_code = 'ZB-3MONTH'")
jz label "$a" confirm >/dev/null 2>&1

out=$(jz similar '(2024)浙0683执1号' --format csv | tr -d '\r'); rc=$?
is "$rc" 0 "similar exits 0"
is "$(printf '%s\n' "$out" | sed -n 1p)" \
	"rank,case_no,score,reason,rule,label,suggestion,outcome,resumed,recovered,closing,court,judge,case_id,lead_id" "columns"
first=$(printf '%s\n' "$out" | sed -n 2p)
like "$first" "^1,（2024）浙0683执2号," "same rule, court and judge ranks first"
like "$first" ",同一规则 [^,]*ZB-3MONTH[^,]*；同一法院；同一承办人(；|,)" "its reason says why: the rules shared, court, judge"
like "$first" ",成案," "and how it ended: the label of its lead"
unlike "$out" "执1号" "the case itself is not listed"
unlike "$out" "执恢1号" "nor its own 执恢 case (the closest of all otherwise)"

# by the ZB-3MONTH lead: that rule only
lead=$(q "SELECT l.id FROM leads l JOIN cases c ON c.id = l.case_id WHERE c.case_no LIKE '%执1号' AND c.type_code = '执' AND l.rule_code = 'ZB-3MONTH'")
out=$(jz similar --lead "$lead" --format csv | tr -d '\r')
first=$(printf '%s\n' "$out" | sed -n 2p); second=$(printf '%s\n' "$out" | sed -n 3p)
like "$first" "^1,（2024）浙0683执2号,[0-9.]+,同一规则 ZB-3MONTH；同一法院；同一承办人(；|,).*,ZB-3MONTH,成案," \
	"--lead: the same rule, court and judge first, its ZB-3MONTH lead 成案"
like "$second" "^2,（2024）浙0602执3号,[0-9.]+,同一规则 ZB-3MONTH；同一案由；标的相近（10.0万/10.0万）" \
	"then the same rule, cause and claim in another court, the claims in 万"
third=$(printf '%s\n' "$out" | grep 执5号)
like "$third" "^3,.*同一法院；同一案由；标的相近（10.0万/12.0万）" "a case without the rule's lead comes after them"
unlike "$third" "同一规则" "not chosen for the rule"
unlike "$out" "执1号|执恢1号" "neither the case nor its 执恢 case"
s1=$(printf '%s\n' "$first" | cut -d, -f3); s2=$(printf '%s\n' "$second" | cut -d, -f3)
ok "awk 'BEGIN { exit !($s1 > $s2 && $s1 <= 12) }'" "scores fall ($s1 > $s2) and stay within 12"
is "$(jz similar '(2024)浙0683执1号' --limit 1 --format csv | tr -d '\r' | wc -l | tr -d ' ')" 2 "--limit 1: one row"
ok "jz similar '(2024)浙0683执1号' --format json | $PYTHON3 -c 'import json,sys; assert json.load(sys.stdin)[0][\"case_no\"]'" \
	"--format json is JSON"
like "$(jz similar '(2024)浙0683执1号')" "rank +case_no +score +reason" "table output"
err=$(jz similar '(2024)浙0683执99号' 2>&1); rc=$?
is "$rc" 1 "an unknown case fails"
like "$err" "没有案件" "saying so"
err=$(jz similar 2>&1); rc=$?
is "$rc" 2 "no case is a usage error"
is "$(jz similar x --limit 0 >/dev/null 2>&1; echo $?)" 2 "--limit 0 is a usage error"
like "$(jz --help)" "similar +类案推送" "jianzhi --help lists similar"
like "$(jz --help)" "money +资金分析" "and money"
done_testing
