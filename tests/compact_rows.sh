#!/bin/sh
# Links stored compactly (db/schema/052): a party's role is a small number in
# case_links, read and written as text through the view case_parties; the
# migration keeps every link.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
cd "$T"

# ---- 052 on links as 051 left them: text roles, the six triggers it replaces
sqlite3 m.db "CREATE TABLE case_parties(case_id INTEGER NOT NULL, party_id INTEGER NOT NULL, role TEXT NOT NULL,
		src_file_id INTEGER, src_row INTEGER, PRIMARY KEY (case_id, role, party_id)) WITHOUT ROWID;
	CREATE TABLE cases(id INTEGER PRIMARY KEY, cause TEXT, first_debtor TEXT);
	CREATE TABLE parties(id INTEGER PRIMARY KEY, name TEXT);
	CREATE TABLE screen_dirty(case_id INTEGER PRIMARY KEY);
	CREATE TRIGGER dirty_link_ins AFTER INSERT ON case_parties BEGIN SELECT 1; END;
	CREATE TRIGGER dirty_lender_party_ins AFTER INSERT ON case_parties BEGIN SELECT 1; END;
	CREATE TRIGGER dirty_lender_party_del AFTER DELETE ON case_parties BEGIN SELECT 1; END;
	CREATE TRIGGER sortkey_link_ins AFTER INSERT ON case_parties BEGIN SELECT 1; END;
	CREATE TRIGGER sortkey_link_del AFTER DELETE ON case_parties BEGIN SELECT 1; END;
	CREATE TRIGGER sortkey_link_upd AFTER UPDATE ON case_parties BEGIN SELECT 1; END;
	INSERT INTO cases(id) VALUES (1), (2);
	INSERT INTO parties VALUES (1, '甲'), (2, '乙'), (3, '丙'), (4, '丁');
	INSERT INTO case_parties VALUES (1, 1, '申请执行人', 7, 2), (1, 2, '被执行人', 7, 2), (1, 3, '担保人', NULL, NULL),
		(2, 4, '买受人', 7, 9), (2, 2, '案外人', 7, 9), (2, 1, '协助执行人', 7, 9);"
before=$(sqlite3 m.db "SELECT group_concat(case_id || party_id || role || ifnull(src_file_id, '-') || ifnull(src_row, '-'), ' ')
	FROM (SELECT * FROM case_parties ORDER BY case_id, party_id)")
sqlite3 m.db <"$TOP_SRCDIR/db/schema/052_role_codes.sql"
after=$(sqlite3 m.db "SELECT group_concat(case_id || party_id || role || ifnull(src_file_id, '-') || ifnull(src_row, '-'), ' ')
	FROM (SELECT * FROM case_parties ORDER BY case_id, party_id)")
is "$after" "$before" "052 keeps every link, its role and its source, read through the view"
is "$(sqlite3 m.db "SELECT group_concat(role, '') FROM (SELECT role FROM case_links ORDER BY role)")" "012345" \
	"the six roles stored as the codes 0–5"
is "$(sqlite3 m.db "SELECT type FROM sqlite_master WHERE name = 'case_parties'")" view "case_parties is a view now"

# ---- a database of this version: reads and writes through the view
jz demo --cases 200 -q >/dev/null 2>&1
is "$(q "SELECT count(*) FROM case_links WHERE role NOT BETWEEN 0 AND 5")" 0 "the demo's links carry codes"
is "$(q "SELECT (SELECT count(*) FROM case_parties WHERE role = '被执行人') = (SELECT count(*) FROM case_links WHERE role = 1)
	AND (SELECT count(*) FROM case_parties WHERE role = '申请执行人') = (SELECT count(*) FROM case_links WHERE role = 0)")" 1 \
	"the view names each code's role"
is "$(q "SELECT count(*) FROM cases c WHERE c.first_debtor IS NOT (SELECT min(p.name) FROM case_parties cp
	JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = c.id AND cp.role = '被执行人')")" 0 \
	"every case's 被执行人 sort key is its smallest debtor's name"
case_id=$(q "SELECT id FROM cases ORDER BY id LIMIT 1")
q "INSERT INTO parties(name) VALUES ('一甲')"
pid=$(q "SELECT id FROM parties WHERE name = '一甲'")
q "DELETE FROM screen_dirty"
q "INSERT INTO case_parties(case_id, party_id, role) VALUES ($case_id, $pid, '被执行人')"
is "$(q "SELECT role FROM case_links WHERE case_id = $case_id AND party_id = $pid")" 1 "a write through the view stores the code"
is "$(q "SELECT first_debtor FROM cases WHERE id = $case_id")" "一甲" "and the table's triggers keep the sort key"
is "$(q "SELECT count(*) FROM screen_dirty WHERE case_id = $case_id")" 1 "and mark the case for screening"
q "INSERT OR IGNORE INTO case_parties(case_id, party_id, role) VALUES ($case_id, $pid, '被执行人')"
is "$(q "SELECT count(*) FROM case_links WHERE case_id = $case_id AND party_id = $pid")" 1 "INSERT OR IGNORE of a link twice keeps one"
ok "! sqlite3 '$DB' \"INSERT INTO case_parties(case_id, party_id, role) VALUES ($case_id, $pid, '证人')\" 2>/dev/null" \
	"a role outside the list is refused"
q "UPDATE case_parties SET role = '担保人' WHERE case_id = $case_id AND party_id = $pid"
is "$(q "SELECT role FROM case_parties WHERE case_id = $case_id AND party_id = $pid")" "担保人" "an update through the view changes the role"
is "$(q "SELECT first_debtor = (SELECT min(p.name) FROM case_parties cp JOIN parties p ON p.id = cp.party_id
	WHERE cp.case_id = $case_id AND cp.role = '被执行人') FROM cases WHERE id = $case_id")" 1 "and the sort key follows"
q "DELETE FROM case_parties WHERE case_id = $case_id AND party_id = $pid"
is "$(q "SELECT count(*) FROM case_links WHERE party_id = $pid")" 0 "a delete through the view removes the link"

done_testing
