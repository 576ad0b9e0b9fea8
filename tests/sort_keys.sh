#!/bin/sh
# The case list's sort keys kept on the case (db/schema/023_sort_keys.sql):
# cases.active_leads, cases.first_debtor, the case count and each rule's
# lead counts (rule_lead_counts) equal what
# sqlite3 computes from leads, case_parties and cases after screening,
# labelling, an import, a later import, and edits of links, names and leads.
# So does the 监督成效 funnel kept in running totals (029_outcome_tally)
# against the plain GROUP BY of tests/data/outcomes_ref.sql, also after
# drafts, replies and a case moved to another court and judge.
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
	is "$(sqlite3 -batch -noheader "$DB" ".read $TOP_SRCDIR/tests/data/outcomes_ref.sql" \
		"SELECT group_concat(what || '=' || n, ' ') FROM ref_diff WHERE n > 0")" "" \
		"$1: the 成效 funnel's running totals equal a plain count (per rule, court, judge, month)"
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

# Drafts and the court's replies: a lead's own draft, a later draft of a
# lead replacing its earlier one, a case's drafts for its 成案 lead,
# replies in two months; then the case moves to another court and judge
# and closes.
lcase=$(q "SELECT max(id) FROM cases WHERE judge IS NOT NULL")
q "INSERT INTO leads(rule_code, case_id, hit_key) SELECT 'ZB-3MONTH', id, 'tally' FROM cases
	WHERE id IN ($lcase, (SELECT min(id) FROM cases), (SELECT min(id) + 1 FROM cases))"
q "UPDATE leads SET label = '成案', labelled_at = '2026-03-04T10:00:00' WHERE hit_key = 'tally' AND case_id = $lcase"
a=$(q "SELECT min(id) FROM leads WHERE hit_key = 'tally'")
b=$(q "SELECT min(id) + 1 FROM leads WHERE hit_key = 'tally'")
q "INSERT INTO drafts(lead_id, case_id, template, kind, title, body, author, status, issued_at, reply_at, outcome,
	resumed, recovered_fen) VALUES
	($a, NULL, 't', '检察建议', 'a', '', 'x', '已回复', '2026-01-05T09:00:00', '2026-03-01T09:00:00', '采纳', 1, 120000),
	($b, NULL, 't', '检察建议', 'b0', '', 'x', '已回复', '2026-01-06T09:00:00', '2026-03-02T09:00:00', '采纳', 1, 7),
	($b, NULL, 't', '移送', 'b', '', 'x', '已发出', '2026-02-05T09:00:00', NULL, NULL, NULL, NULL),
	(NULL, $lcase, 't', '检察建议', 'c', '', 'x', '已回复', '2026-02-10T09:00:00', '2026-04-01T09:00:00', '部分采纳', 0, 5000),
	(NULL, $lcase, 't', '检察建议', 'd', '', 'x', '已回复', '2026-02-11T09:00:00', '2026-04-02T09:00:00', '不采纳', 0, NULL)"
is "$(q "SELECT count(*) FROM v_lead_drafted")" 3 "the three leads with a draft are found"
check "after drafts and replies"
q "UPDATE cases SET court_code = '浙0602', judge = '法官甲' WHERE id = $lcase"
check "after a case moved to another court and judge"
q "UPDATE cases SET closing_date = '2026-05-06', closing_method = '执行完毕', paid_fen = 100 WHERE id = $lcase"
check "after a case closed"

# A ledger loaded into an empty database takes the bulk path: the tally
# triggers are dropped with the indexes and the totals counted once.
export JIANZHI_DB="$T/bulk.db"
DB="$JIANZHI_DB"
jz init >/dev/null 2>&1
jz import cases "$T/a.csv" 2>&1 | grep -q 'loaded straight into the empty database'
ok "test $? -eq 0" "the ledger went into the empty database by the bulk path"
is "$(q "SELECT count(*) FROM sqlite_master WHERE name LIKE 'tally%'")" 3 "the tally triggers are back after it"
ok "test $(q 'SELECT sum(n) FROM case_tally') -eq 300" "the cases of the bulk load are counted per court and judge"
check "after a bulk load"
done_testing
