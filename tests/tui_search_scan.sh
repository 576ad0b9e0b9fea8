#!/bin/sh
# A search typed right after a big import, before the idle indexing has
# reached the new rows: the key returns with what a first slice of the scan
# found, the rest is scanned between keys, and the list ends whole — both
# parties found, the one at the start of the new rows and the one at the
# end, the count exact, the progress gone from the status bar.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui_lib.sh"

jz demo -q >/dev/null 2>&1
first=$(sqlite3 "$DB" "SELECT case_no FROM cases ORDER BY id LIMIT 1")
last=$(sqlite3 "$DB" "SELECT case_no FROM cases ORDER BY id DESC LIMIT 1")
# 400,000 parties of the demo's cases land at once, as an import leaves
# them: above the marks of the search index (db/schema/005_search.sql).
sqlite3 "$DB" "INSERT INTO parties(name) VALUES ('慕容晓岚');
	INSERT INTO parties(name) SELECT printf('无关当事人%d', n) FROM (WITH RECURSIVE k(n) AS
		(SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 400000) SELECT n FROM k);
	INSERT INTO parties(name) VALUES ('慕容晓峰');
	INSERT INTO case_parties(case_id, party_id, role)
		SELECT (SELECT min(id) FROM cases) + id % 3000, id, '案外人' FROM parties WHERE name LIKE '无关当事人%';
	INSERT INTO case_parties(case_id, party_id, role)
		SELECT (SELECT min(id) FROM cases), id, '被执行人' FROM parties WHERE name = '慕容晓岚';
	INSERT INTO case_parties(case_id, party_id, role)
		SELECT (SELECT max(id) FROM cases), id, '被执行人' FROM parties WHERE name = '慕容晓峰';"
waiting=$(sqlite3 "$DB" "SELECT (SELECT max(id) FROM parties) - last_id FROM search_mark WHERE tbl = 'parties'")
ok "[ $waiting -gt 400000 ]" "400,002 parties wait for the search index ($waiting)"

tui_start 100 30
tui_wait "检执工作台" >/dev/null
tui_keys 1
tui_wait "共 " >/dev/null
tui_keys /; tui_type "慕容晓"; tui_keys Enter
ok "tui_wait '共 2 件 · 排序' 60" "the search ends with both cases counted"
ok "tui_wait '搜索“慕容晓”'" "the status bar names the search"
ok "! tui_screen | grep -q '搜索中'" "and no longer says it is scanning"
ok "tui_screen | grep -qF '$first'" "the case of the party at the start of the new rows ($first)"
ok "tui_screen | grep -qF '$last'" "and the case of the party at their end ($last)"
ok "grep -q '^search_done' '$T/timing.log'" "the scan went on between keys (the timing log notes its end)"
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "quit"
ok "[ ! -s '$T/tui.err' ]" "nothing on stderr"
done_testing
