#!/bin/sh
# jianzhi stats: the 监督成效 figures of db/schema/013 checked against the
# base tables counted here independently (leads, labels, drafts, events):
# the funnel per rule and its 成案率, the totals per court and month, the
# court's reply and the money, the documents waiting for a reply, and the
# 终本后 agenda's dates on the legal calendar; sorting; usage errors.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
st() { jz stats "$@" | tr -d '\r'; }     # CSV lines end in CRLF
jz demo -q >/dev/null 2>&1
today=$(q "SELECT value FROM settings WHERE key = 'screen.today'")
rule=$(q "SELECT rule_code FROM leads GROUP BY rule_code ORDER BY count(*) DESC, rule_code LIMIT 1")
set -- $(q "SELECT id FROM leads WHERE rule_code = '$rule' ORDER BY id LIMIT 3")
jz label "$1" confirm >/dev/null && jz label "$2" confirm >/dev/null && jz label "$3" dismiss --reason 数据错误或不完整 >/dev/null
other=$(q "SELECT id FROM leads WHERE rule_code <> '$rule' ORDER BY id LIMIT 1")
jz label "$other" dismiss --reason 数据错误或不完整 >/dev/null

csv=$(st --format csv)
is "$(printf '%s\n' "$csv" | head -1)" \
	"rule,title,hits,confirmed,suggestions,adopted,resumed,recovered,precision,adoption,resume_rate,labelled,replied" \
	"--by rule (the default): the funnel's columns"
got=$(printf '%s\n' "$csv" | tail -n +2 | awk -F, '{ print $1, $3, $4, $12, $9 }' | sort)
want=$(q "SELECT r.code, count(l.id), count(CASE WHEN l.label = '成案' THEN 1 END), count(l.label),
	CASE WHEN count(l.label) > 0 THEN printf('%.1f%%', 100.0 * count(CASE WHEN l.label = '成案' THEN 1 END) / count(l.label)) ELSE '' END
	FROM rules r LEFT JOIN leads l ON l.rule_code = r.code WHERE r.path <> '' GROUP BY r.code" | tr '|' ' ' | sort)
is "$got" "$want" "every rule: leads, 成案, labelled and 成案率 as counted from the leads table"
like "$(printf '%s\n' "$csv" | grep "^$rule,")" ",66\.7%," "$rule: 2 成案 of 3 labelled is 66.7%"
is "$(printf '%s\n' "$csv" | sed -n 2p | cut -d, -f1)" "$rule" "the rule with the most leads comes first"

# The reply the demo records: 采纳, enforcement resumed, 20,000.00 元.
adopted=$(q "SELECT l.rule_code FROM drafts d JOIN leads l ON l.id = d.lead_id WHERE d.outcome = '采纳'")
recovered=$(q "SELECT printf('%.2f', recovered_fen / 100.0) FROM drafts WHERE outcome = '采纳'")
like "$(printf '%s\n' "$csv" | grep "^$adopted,")" ",1,1,$recovered,[^,]*,100\.0%,100\.0%," \
	"$adopted: the 检察建议 adopted, enforcement resumed, $recovered 元 recovered"

leads=$(q "SELECT count(*) FROM leads")
is "$(st --by court --format csv | tail -n +2 | awk -F, '{ s += $3 } END { print s }')" "$leads" \
	"--by court: the courts' leads add up to all $leads"
is "$(st --by court --format csv | head -1 | cut -d, -f1-3)" "court,court_name,hits" "courts by code and name"
is "$(st --by month --format csv | tail -n +2 | awk -F, '{ s += $2 } END { print s }')" "$leads" \
	"--by month: the months' leads add up to all $leads"
is "$(st --by judge --format csv | tail -n +2 | awk -F, '{ s += $3 } END { print s }')" \
	"$(q "SELECT count(*) FROM leads l JOIN cases c ON c.id = l.case_id WHERE c.judge IS NOT NULL")" \
	"--by judge: the judges' leads add up to the leads of cases with a judge"

# Waiting for a reply: issued, not answered; 逾期 when the due date passed.
got=$(st --by replies --format csv | tail -n +2 | awk -F, '{ print $11, $1, $2 }' | sort)
want=$(q "SELECT id, CASE WHEN reply_due < '$today' THEN '逾期' WHEN reply_due <= date('$today', '+7 days') THEN '七日内到期'
	ELSE '未到期' END, reply_due FROM drafts WHERE issued_at IS NOT NULL AND reply_at IS NULL" | tr '|' ' ' | sort)
is "$got" "$want" "--by replies: every document issued and not answered, 逾期 when past due"

# The agenda, against the events.
agenda=$(st --by agenda --format csv | tail -n +2)
horizon=$(q "SELECT date('$today', '+30 days')")
bad=""
for c in $(printf '%s\n' "$agenda" | awk -F, '$1 == "终本后复查" { print $8 "/" $2 }'); do
	id=${c%/*}; due=${c#*/}
	last=$(q "SELECT max(coalesce((SELECT max(event_date) FROM events WHERE case_id = $id AND kind = '终本后查询'
		AND event_date >= closing_date), closing_date), closing_date) FROM cases WHERE id = $id")
	# six months on from the last query, moved past holidays by at most a week and a half
	[ "$(q "SELECT '$due' BETWEEN date('$last', '+6 months') AND date('$last', '+6 months', '+10 days')
		AND '$due' <= '$horizon'")" = 1 ] || bad="$bad $id:$last:$due"
done
is "$bad" "" "终本后复查: due six months after the last query (rolled past holidays), within 30 days or overdue"
n=$(printf '%s\n' "$agenda" | grep -c '^终本后复查')
like "$n" "^[1-9]" "the demo has $n re-queries due"
bad=$(printf '%s\n' "$agenda" | awk -F, -v t="$today" -v h="$horizon" '($1 == "查封到期" || $1 == "五年期满") && ($2 < t || $2 > h)')
is "$bad" "" "查封到期 and 五年期满 fall within the next 30 days"
seized=$(printf '%s\n' "$agenda" | awk -F, '$1 == "查封到期" { print $8 }' | head -1)
[ -n "$seized" ] && is "$(q "SELECT count(*) FROM events WHERE case_id = $seized AND kind IN ('查封', '扣押', '冻结', '续封')
	AND end_date BETWEEN '$today' AND '$horizon'")" 1 "case $seized has a seizure ending within 30 days"
bad=$(printf '%s\n' "$agenda" | awk -F, '$1 == "五年期满" { print $8 "/" $2 }' | while IFS=/ read -r id due; do
	[ "$(q "SELECT '$due' BETWEEN date(closing_date, '+5 years') AND date(closing_date, '+5 years', '+10 days')
		FROM cases WHERE id = $id")" = 1 ] || echo "$id"
done)
is "$bad" "" "五年期满: five years after the 终本 (rolled past holidays)"

# Replies due within a week come onto the agenda.
due=$(q "SELECT reply_due FROM drafts WHERE issued_at IS NOT NULL AND reply_at IS NULL AND reply_due > '$today' LIMIT 1")
jz settings set screen.today "$(q "SELECT date('$due', '-3 days')")" >/dev/null
is "$(st --by agenda --format csv | awk -F, '$1 == "回复到期" { print $9 }')" \
	"$(q "SELECT id FROM drafts WHERE reply_due = '$due' AND reply_at IS NULL")" "a reply due in 3 days is on the agenda"
is "$(st --by replies --format csv | awk -F, -v d="$due" '$2 == d { print $1 "," $3 }')" "七日内到期,3" \
	"and is 七日内到期 among the replies, 3 days left"

# Sorting by any column, either way.
asc=$(st --by court --sort hits --format csv | tail -n +2 | cut -d, -f3 | tr '\n' ' ')
is "$asc" "$(printf '%s' "$asc" | tr ' ' '\n' | sort -n | tr '\n' ' ')" "--sort hits: fewest first"
desc=$(st --by court --sort hits --desc --format csv | tail -n +2 | cut -d, -f3 | tr '\n' ' ')
is "$desc" "$(printf '%s' "$desc" | tr ' ' '\n' | sort -rn | tr '\n' ' ')" "--desc: most first"
ok "jz stats --by judge --format json | '$PYTHON3' -c 'import json, sys; assert len(json.load(sys.stdin)) > 0'" "--format json"
jz stats --by nothing >/dev/null 2>&1; is $? 2 "an unknown --by is a usage error"
jz stats --sort nothing >/dev/null 2>&1; is $? 2 "an unknown --sort column is a usage error"
like "$(jz stats --sort nothing 2>&1)" "no column 'nothing'" "naming it"
jz stats extra >/dev/null 2>&1; is $? 2 "an extra argument is a usage error"
done_testing
