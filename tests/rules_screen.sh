#!/bin/sh
# Screening as a user sees it: leads appear with evidence, survive re-screens
# with their labels, go 'gone' when the facts change, incremental runs touch
# only changed cases, broken user rules are reported and skipped, labels are
# audited and can be undone.
. "$TOP_SRCDIR/tests/lib.sh"
R="$TOP_SRCDIR/tests/rules"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
jz init >/dev/null 2>&1
sqlite3 "$DB" <"$R/prelude.sql"
sqlite3 "$DB" <"$R/ZB-3MONTH.fire.sql"
sqlite3 "$DB" <"$R/KZ-EXPIRY.fire.sql"

out=$(jz screen 2>&1); rc=$?
is "$rc" 0 "screen runs"
like "$out" "全量" "the first screen is a full one"
# moving 终本 earlier also puts it before the hearing; the 网络查控 of 2024-06-10 now
# falls after 终本 and counts as the first re-query (ZH-6M-QUERY stays silent)
like "$out" "新线索 3" "three new leads (ZB-3MONTH, ZB-HEARING, KZ-EXPIRY)"
csv=$(jz leads --format csv)
is "$(printf '%s\n' "$csv" | head -1 | tr -d '\r')" \
   "lead_id,rule,title,stage,severity,case_no,court,judge,status,label,label_reason,evidence,case_id,version" "leads CSV header"
like "$csv" "ZB-3MONTH,.*（2024）浙0683执101号.*立案日期2024-01-10，终本日期2024-04-09" "ZB-3MONTH lead names the case and the dates"
id=$(q "SELECT id FROM leads WHERE rule_code='ZB-3MONTH'")
kid=$(q "SELECT id FROM leads WHERE rule_code='KZ-EXPIRY'")

out=$(jz label "$id" dismiss 2>&1); rc=$?
is "$rc" 1 "dismiss without a reason is refused"
like "$out" "reason" "and says a reason is needed"
is "$(jz label "$id" dismiss --reason 随便 >/dev/null 2>&1; echo $?)" 1 "an unknown reason is refused"
is "$(jz label "$id" dismiss --reason 其他 >/dev/null 2>&1; echo $?)" 1 "其他 without a note is refused"
jz label --reasons | grep -q 证据不足
is "$?" 0 "the reasons are listed"
jz label "$id" confirm --note "立案仅三个月即终本" >/dev/null
is "$(q "SELECT label||'|'||labelled_by||'|'||label_note FROM leads WHERE id=$id")" "成案|tester|立案仅三个月即终本" "confirm stores 成案, who and the note"
is "$(q "SELECT count(*) FROM audit WHERE tbl='leads' AND row_id=$id AND action='label' AND json_extract(after,'\$.label')='成案'")" 1 "the label is audited with the lead after"

out=$(jz screen 2>&1)
like "$out" "增量" "nothing changed: the next screen is incremental"
like "$out" ", 0 件案件" "and checks no case"
is "$(q "SELECT label FROM leads WHERE id=$id")" 成案 "the label survives a re-screen"

# the court renews the seizure: the KZ-EXPIRY lead no longer fires
q "INSERT INTO events(case_id, kind, event_date, end_date, item) VALUES(2, '续封', '2026-09-20', '2029-09-19', '嵊州市鹿山街道鹿山路8号1幢502室')"
out=$(jz screen 2>&1)
like "$out" "增量.*1 件案件" "after a change only that case is re-checked"
like "$out" "不再命中 1" "and the lead that stopped firing is counted"
is "$(q "SELECT status FROM leads WHERE id=$kid")" gone "the lead is marked gone, not deleted"
is "$(q "SELECT status||label FROM leads WHERE id=$id")" active成案 "the other lead is untouched"

# a lead that fires again comes back
q "DELETE FROM events WHERE case_id=2 AND kind='续封'"
jz screen -q >/dev/null 2>&1
is "$(q "SELECT status FROM leads WHERE id=$kid")" active "a lead that fires again is active again (same id)"

jz label "$kid" dismiss --reason 证据不足 >/dev/null
out=$(jz label --undo 2>&1)
like "$out" "#$kid" "undo names the lead"
is "$(q "SELECT coalesce(label,'none') FROM leads WHERE id=$kid")" none "undo restores the state before the last label"
is "$(q "SELECT count(*) FROM audit WHERE tbl='leads' AND row_id=$kid")" 2 "label and undo are both audited"

stats=$(jz rules stats --format csv)
like "$stats" "ZB-3MONTH,[^,]*,终本,1,1,1,1,0,100.0%" "rules stats: hits, active, labelled, confirmed, precision"

# personal rules never touch shared state: a user's files are tried, not screened
export JIANZHI_RULES_DIR="$T/rules"
mkdir -p "$JIANZHI_RULES_DIR"
printf -- '-- code: USER-BROKEN\n-- title: 坏规则\nSELECT c.id, , FROM cases c\n' >"$JIANZHI_RULES_DIR/USER-BROKEN.sql"
sed 's/-- version: .*/-- version: 2-local/' "$TOP_SRCDIR/db/rules/ZB-3MONTH.sql" >"$JIANZHI_RULES_DIR/ZB-3MONTH.sql"
before=$(q "SELECT rule_version FROM leads WHERE id=$id")
out=$(jz screen 2>&1); rc=$?
is "$rc" 0 "screening runs with personal rules lying around"
ok "! printf '%s' '$out' | grep -q USER-BROKEN" "a personal rule is not screened into the shared leads"
is "$(q "SELECT rule_version FROM leads WHERE id=$id")" "$before" "a personal override does not replace the shared rule"
is "$(q "SELECT count(*) FROM rules WHERE code = 'USER-BROKEN'")" 0 "nor enter the shared rules table"
like "$(jz rules try ZB-3MONTH --format csv)" "（2024）浙0683执101号,嵊州市人民法院,,.*立案日期2024-01-10" "rules try runs the personal version and prints what it would raise"
like "$(jz rules try USER-BROKEN 2>&1)" "USER-BROKEN.*syntax error" "a broken personal rule says its file and SQLite's error"
is "$(q "SELECT count(*) FROM leads WHERE rule_version = '2-local'")" 0 "trying writes no lead"

# a shared rule: installed by an administrator, audited, screened for everyone
jz users set reader 书记员 >/dev/null 2>&1
err=$(JIANZHI_USER=reader jz rules install "$JIANZHI_RULES_DIR/ZB-3MONTH.sql" 2>&1); rc=$?
is "$rc" 1 "only an administrator installs a shared rule"
like "$err" "管理员" "the refusal names the role"
like "$(jz rules install "$JIANZHI_RULES_DIR/USER-BROKEN.sql" 2>&1)" "规则 SQL 有误" "a rule whose SQL does not compile is refused"
printf -- '-- code: USER-WRITE\n-- title: 写库\nDELETE FROM leads\n' >"$T/w.sql"
like "$(jz rules install "$T/w.sql" 2>&1)" "只读的 SELECT|not authorized" "a rule that writes is refused"
jz rules install "$JIANZHI_RULES_DIR/ZB-3MONTH.sql" >/dev/null
is "$(q "SELECT count(*) FROM audit WHERE action = 'rule.install'")" 1 "the install is audited"
like "$(jz rules list --format csv | grep ^ZB-3MONTH)" "ZB-3MONTH,.*2-local,.*启用,共享" "rules list shows the shared override"
out=$(jz screen 2>&1)
like "$out" "2 条规则因规则或参数改动对全部案件重查" "a changed rule re-checks every case, and so does PRIORITY-GROUP, which reads its leads (the others stay incremental)"
is "$(q "SELECT rule_version FROM leads WHERE id=$id")" 2-local "the shared version of ZB-3MONTH produced the lead"
show=$(jz rules show ZB-3MONTH)
like "$show" "终本规定|终结本次执行程序的规定" "rules show prints the legal basis"
like "$show" "min_months += 3" "and the parameters with defaults"

# a setting overrides a parameter
q "INSERT INTO settings(key, value) VALUES('rule.ZB-3MONTH.min_months', '2')"
jz screen -q --rule ZB-3MONTH >/dev/null 2>&1
is "$(q "SELECT status FROM leads WHERE id=$id")" gone "with min_months=2 the 3-month case no longer fires"
is "$(q "SELECT label FROM leads WHERE id=$id")" 成案 "and its label is kept"
is "$(q "SELECT count(*) FROM screen_runs WHERE finished_at IS NOT NULL")" 7 "every run is recorded"
like "$(q "SELECT rules FROM screen_runs ORDER BY id DESC LIMIT 1")" '"ZB-3MONTH":"2-local"' "with the rule versions"

# PRIORITY-GROUP reads the other rules' leads: an elderly applicant's case
# with a lead gets one; when only its own parameter changes, an incremental
# screen re-checks it on every case, so the lead stays
q "UPDATE parties SET id_no='330683196005010011', birth_date=NULL WHERE id=1"   # the applicant's ID corrected: 66 years old
jz screen -q >/dev/null 2>&1
pg=$(q "SELECT count(*) FROM leads WHERE rule_code='PRIORITY-GROUP' AND status='active' AND case_id=1")
is "$pg" 1 "the elderly applicant's case with a lead gets a PRIORITY-GROUP lead"
q "INSERT INTO settings(key, value) VALUES('rule.PRIORITY-GROUP.elderly_age', '62')"
out=$(jz screen 2>&1)
like "$out" "增量" "the screen after the parameter change is incremental"
is "$(q "SELECT count(*) FROM leads WHERE rule_code='PRIORITY-GROUP' AND status='active' AND case_id=1")" 1 \
   "after PRIORITY-GROUP's own parameter changed, its lead on an unchanged case stays"
q "UPDATE settings SET value='70' WHERE key='rule.PRIORITY-GROUP.elderly_age'"
jz screen -q >/dev/null 2>&1
is "$(q "SELECT status FROM leads WHERE rule_code='PRIORITY-GROUP' AND case_id=1")" gone \
   "at 70 the 66-year-old is no longer in the group: the lead goes"
# one rule screened alone: PRIORITY-GROUP re-checks the cases that rule hits or had a lead on
q "UPDATE settings SET value='60' WHERE key='rule.PRIORITY-GROUP.elderly_age'"
jz screen -q >/dev/null 2>&1
pg() { q "SELECT status || ' ' || evidence FROM leads WHERE rule_code='PRIORITY-GROUP' AND case_id=1"; }
like "$(pg)" "^active .*另有监督线索1条：ZB-HEARING" "back at 60: the case's lead is back, for its one other lead"
q "UPDATE settings SET value='3' WHERE key='rule.ZB-3MONTH.min_months'"
jz screen -q --rule ZB-3MONTH >/dev/null 2>&1
like "$(pg)" "^active .*另有监督线索2条：ZB-3MONTH.*ZB-HEARING" "screen --rule ZB-3MONTH: its new lead shows in PRIORITY-GROUP's evidence"
q "UPDATE settings SET value='2' WHERE key='rule.ZB-3MONTH.min_months'"
jz screen -q --rule ZB-3MONTH >/dev/null 2>&1
like "$(pg)" "^active .*另有监督线索1条：ZB-HEARING" "and when that lead goes, it leaves the evidence"
done_testing
