#!/bin/sh
# Knowing what the rules miss: screen --sample draws cases without a lead,
# a prosecutor reviews them (clean / missed with the rule), and rules stats
# estimates each rule's misses and recall from the verdicts. Roles and
# versions hold: a clerk cannot review, a stale review is refused, only an
# administrator enables or disables a rule.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
rm -f "$DB"
jz() { "$JIANZHI" "$@"; }
jz demo -q >/dev/null 2>&1

out=$(jz screen --sample 10 -q 2>&1); rc=$?
is "$rc" 0 "screen --sample runs"
pop=$(q "SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM leads l WHERE l.case_id = c.id AND l.status = 'active')")
like "$out" "从 $pop 件无线索案件中抽取 10 件" "it draws from the cases without an active lead ($pop)"
is "$(q "SELECT count(*) FROM screen_samples s JOIN leads l ON l.case_id = s.case_id AND l.status = 'active'")" 0 \
	"no drawn case has an active lead"
is "$(jz samples --pending --format csv | tail -n +2 | grep -c .)" 10 "ten samples wait for review"
jz screen --sample 5 -q >/dev/null 2>&1
is "$(q "SELECT count(DISTINCT case_id) FROM screen_samples")" 15 "a second draw never repeats a case awaiting review"

jz users set reader 书记员 >/dev/null 2>&1
err=$(JIANZHI_USER=reader jz samples review 1 clean 2>&1); rc=$?
is "$rc" 1 "a clerk cannot review a sample"
like "$err" "承办检察官" "the refusal names the role needed"
like "$(jz samples review 1 missed 2>&1)" "须写明本应命中的规则" "missed needs the rule"
like "$(jz samples review 1 missed --rule NOPE 2>&1)" "没有规则 NOPE" "and a rule the library knows"

for i in $(seq 1 14); do jz samples review "$i" clean >/dev/null; done
jz samples review 15 missed --rule ZB-PROPERTY --note "名下有车未查" >/dev/null
err=$(jz samples review 15 clean --version 1 2>&1); rc=$?
is "$rc" 1 "a review over a version someone changed is refused"
like "$err" "已被他人复核" "and says so"
is "$(q "SELECT verdict || ' ' || rule_code FROM screen_samples WHERE id = 15")" "missed ZB-PROPERTY" "the earlier verdict stands"

lead=$(jz leads --rule ZB-PROPERTY --format csv | sed -n 2p | cut -d, -f1)
jz label "$lead" confirm >/dev/null
row=$(jz rules stats --format csv | tr -d '\r' | grep '^ZB-PROPERTY,')
want=$(q "SELECT printf('%.0f', 1.0 * 1 / 15 * avg(population)) FROM screen_samples WHERE verdict IS NOT NULL")
like "$row" ",15,1,$want," "rules stats: 15 reviewed, 1 missed, $want estimated misses among the unflagged cases"
like "$row" ",[0-9.]+%,[0-9.]+%\$" "and a recall with its 95% lower bound"
like "$(jz rules stats --format csv | tr -d '\r' | grep '^CX-NOTICE-10D,')" ",15,0,0,(,|,,)" \
	"a rule with no misses in the sample shows 0 estimated"

err=$(JIANZHI_USER=reader jz rules disable ZB-3MONTH 2>&1); rc=$?
is "$rc" 1 "only an administrator disables a rule"
like "$err" "管理员" "the refusal names the role"
jz rules disable ZB-3MONTH >/dev/null
is "$(q "SELECT enabled FROM rules WHERE code = 'ZB-3MONTH'")" 0 "the administrator can"
is "$(q "SELECT count(*) FROM audit WHERE action = 'rule.disable'")" 1 "and it is audited"
err=$(JIANZHI_USER=reader jz screen 2>&1); rc=$?
is "$rc" 1 "a clerk cannot screen"
done_testing
