#!/bin/sh
# The case list's sort keys kept on the case (db/schema/023_sort_keys.sql):
# cases.active_leads, cases.first_debtor, the case count and each rule's
# lead counts (rule_lead_counts) equal what
# sqlite3 computes from leads, case_parties and cases after screening,
# labelling, an import, a later import, and edits of links, names and leads.
. "$TOP_SRCDIR/tests/lib.sh"
[ -n "$PYTHON3" ] || skip_all "python3 not found"
R="$TOP_SRCDIR/tests/rules"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
# Cases whose kept keys differ from a fresh computation; and the count.
check() {
	is "$(q "SELECT count(*) FROM cases c WHERE c.active_leads IS NOT (SELECT count(*) FROM leads l
		WHERE l.case_id = c.id AND l.status = 'active') OR c.first_debtor IS NOT (SELECT min(p.name)
		FROM case_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = c.id AND cp.role = '被执行人')")" \
		0 "$1: 线索数 and 被执行人 keys equal a fresh count"
	is "$(q 'SELECT n FROM case_count')" "$(q 'SELECT count(*) FROM cases')" "$1: the kept case count is right"
	is "$(q "SELECT count(*) FROM v_rule_outcomes o LEFT JOIN rule_lead_counts k ON k.rule_code = o.rule
		WHERE (coalesce(k.hits, 0), coalesce(k.active, 0), coalesce(k.labelled, 0), coalesce(k.confirmed, 0),
		coalesce(k.dismissed, 0)) IS NOT (o.hits, o.active, o.labelled, o.confirmed, o.dismissed)")" \
		0 "$1: each rule's kept lead counts equal v_rule_outcomes"
}
jz init >/dev/null 2>&1
sqlite3 "$DB" <"$R/prelude.sql"
sqlite3 "$DB" <"$R/ZB-3MONTH.fire.sql"
sqlite3 "$DB" <"$R/KZ-EXPIRY.fire.sql"
check "fixtures"
jz screen >/dev/null 2>&1
ok "test $(q 'SELECT sum(active_leads) FROM cases') -ge 2" "screening counts active leads on the cases"
check "after screening"
id=$(q "SELECT id FROM leads WHERE rule_code='ZB-3MONTH'")
jz label "$id" confirm >/dev/null 2>&1
check "after a label"
kid=$(q "SELECT id FROM leads WHERE rule_code='KZ-EXPIRY'")
jz label "$kid" dismiss --reason 证据不足 >/dev/null 2>&1
ok "test $(q 'SELECT sum(confirmed) + sum(dismissed) FROM rule_lead_counts') -eq 2" "labels are counted per rule"
check "after a dismissal"

"$PYTHON3" "$TOP_SRCDIR/tests/data/make_ledger.py" big 300 "$T/a.csv" >/dev/null
jz import cases "$T/a.csv" >/dev/null 2>&1
ok "test $(q 'SELECT count(*) FROM cases WHERE first_debtor IS NOT NULL') -ge 300" "an import sets the 被执行人 key"
check "after an import"
jz screen >/dev/null 2>&1
check "after a second screen"
"$PYTHON3" "$TOP_SRCDIR/tests/data/make_ledger.py" quirks "$T/in" >/dev/null 2>&1 && {
	jz import cases "$T/in/ledger_utf8.csv" >/dev/null 2>&1
	jz import cases "$T/in/ledger_later.csv" >/dev/null 2>&1
	check "after a later ledger"
}

# Edits by hand: a smaller name linked, the link removed, a debtor renamed,
# a lead gone and deleted, a case deleted.
cid=$(q "SELECT min(id) FROM cases WHERE first_debtor IS NOT NULL")
q "INSERT INTO parties(name) VALUES ('丁一'); INSERT INTO case_parties(case_id, party_id, role)
   SELECT $cid, id, '被执行人' FROM parties WHERE name = '丁一'"
is "$(q "SELECT first_debtor FROM cases WHERE id = $cid")" "丁一" "a new smaller 被执行人 becomes the key"
q "DELETE FROM case_parties WHERE case_id = $cid AND party_id = (SELECT id FROM parties WHERE name = '丁一')"
check "after a link is removed"
q "UPDATE parties SET name = '一' || name WHERE id = (SELECT party_id FROM case_parties WHERE case_id = $cid AND role = '被执行人' LIMIT 1)"
check "after a rename"
q "UPDATE leads SET status = 'gone' WHERE id = $id"
check "after a lead is gone"
q "DELETE FROM leads WHERE id = (SELECT max(id) FROM leads WHERE status = 'active')"
check "after a lead is deleted"
q "PRAGMA foreign_keys = ON; DELETE FROM cases WHERE id = $cid"
check "after a case is deleted"
done_testing
