#!/bin/sh
# A lead's checked exceptions (已核查的例外) are stored once per text
# (db/schema/047): the migration keeps every lead's text, a screen adds a
# text only once however many leads share it, and `leads show` prints it.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
cd "$T"

# the migration on leads as 046 left them: two texts among four leads, one with none
sqlite3 m.db "CREATE TABLE leads(id INTEGER PRIMARY KEY, evidence TEXT, checked TEXT NOT NULL DEFAULT '');
	INSERT INTO leads VALUES (1, 'a', '已核：甲'), (2, 'b', '已核：乙'), (3, 'c', '已核：甲'), (4, 'd', '');"
sqlite3 m.db <"$TOP_SRCDIR/db/schema/047_lead_checks.sql"
is "$(sqlite3 m.db "SELECT count(*) FROM lead_checks")" 2 "the migration keeps each text once"
is "$(sqlite3 m.db "SELECT group_concat(id || ':' || coalesce((SELECT text FROM lead_checks WHERE id = checked_id), '-'), ' ')
	FROM (SELECT * FROM leads ORDER BY id)")" "1:已核：甲 2:已核：乙 3:已核：甲 4:-" "and every lead its own text (none stays none)"
is "$(sqlite3 m.db "SELECT count(*) FROM pragma_table_info('leads') WHERE name = 'checked'")" 0 "the per-lead copy is gone"

# a screened demo: texts shared by many leads are stored once
jz demo --cases 300 -q >/dev/null 2>&1
jz screen --full -q >/dev/null 2>&1
texts=$(q "SELECT count(*) FROM lead_checks")
named=$(q "SELECT count(*) FROM leads WHERE checked_id IS NOT NULL")
ok "test $named -gt $texts" "more leads name a checked text ($named) than there are texts ($texts)"
is "$(q "SELECT count(*) FROM (SELECT text FROM lead_checks GROUP BY text HAVING count(*) > 1)")" 0 "no text twice"
jz screen --full -q >/dev/null 2>&1
is "$(q "SELECT count(*) FROM lead_checks")" "$texts" "screening again adds no text"
id=$(q "SELECT id FROM leads WHERE checked_id IS NOT NULL ORDER BY id LIMIT 1")
want=$(q "SELECT c.text FROM leads l JOIN lead_checks c ON c.id = l.checked_id WHERE l.id = $id")
case "$(jz leads show "$id" 2>&1)" in *"已核查的例外：$want"*) shown=1 ;; *) shown=0 ;; esac
is "$shown" 1 "leads show prints the lead's checked exceptions ($want)"
done_testing
