#!/bin/sh
# The workstation's sort and filter indexes after a first import
# (db/schema/053): the bulk import leaves them out and keeps their CREATE
# statements; the list is right without them; screening builds them, and
# so does the workstation in the background; built, they are the schema's
# own; an import into a database that has cases defers nothing.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui_lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
cd "$T"
/usr/bin/python3 "$TOP_SRCDIR/tests/data/make_ledger.py" big 3000 ledger.csv >/dev/null
/usr/bin/python3 "$TOP_SRCDIR/tests/data/make_ledger.py" big 3200 more.csv >/dev/null
jz --db ref.db init >/dev/null 2>&1
schema_of() { # DB: the nine indexes as the schema defines them
	sqlite3 -batch -noheader "$1" "SELECT group_concat(name || ':' || sql, ' | ') FROM
		(SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (SELECT name FROM lazy_index) ORDER BY name)"
}
want=$(schema_of ref.db)
like "$want" "cases_sort_debtor:CREATE INDEX" "a new database has the nine indexes"
sorted='SELECT group_concat(case_no, ",") FROM (SELECT case_no FROM cases ORDER BY first_debtor, id LIMIT 50)'

cp "$DB" empty.db
like "$(jz import cases ledger.csv 2>&1)" "9 indexes left for later: the next screen builds them" \
	"the import says it left them for later"
is "$(q "SELECT count(*) FROM lazy_index WHERE pending_sql IS NOT NULL")" 9 "the first import leaves nine indexes pending"
is "$(q "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'cases' AND name IN (SELECT name FROM lazy_index)")" 0 "and does not build them"
is "$(q "SELECT count(*) FROM cases")" 3000 "every case landed"
before=$(q "$sorted")
like "$(jz doctor 2>&1)" "9 个索引待建" "doctor tells they are pending, not as a problem"
ok "[ \$(jz cases --limit 3 --format csv | wc -l) -eq 4 ]" "the case list reads without them"

jz screen -q >/dev/null 2>&1
is "$(q "SELECT count(*) FROM lazy_index WHERE pending_sql IS NOT NULL")" 0 "screening builds them"
is "$(schema_of "$DB")" "$want" "built as the schema defines them"
is "$(q "$sorted")" "$before" "the 被执行人 order the same before and after"
like "$(q "EXPLAIN QUERY PLAN SELECT id FROM cases ORDER BY first_debtor LIMIT 10")" "cases_sort_debtor" \
	"and the sort by 被执行人 reads its index"
like "$(jz doctor 2>&1)" "索引齐全" "doctor: all built"

# ---- an import into a database with cases: nothing deferred
jz import cases -q more.csv
is "$(q "SELECT count(*) FROM lazy_index WHERE pending_sql IS NOT NULL")" 0 "a second import defers nothing"
is "$(schema_of "$DB")" "$want" "and keeps every index"

# ---- the workstation builds them in the background, keys answering meanwhile
cp empty.db "$DB"
jz import cases -q ledger.csv
is "$(q "SELECT count(*) FROM lazy_index WHERE pending_sql IS NOT NULL")" 9 "imported again: nine pending"
tui_start 100 30
tui_wait "检执工作台" >/dev/null
tui_keys 1
ok "tui_wait '共 3000 件' 20" "the case list shows every case"
i=0
while [ "$(q "SELECT count(*) FROM lazy_index WHERE pending_sql IS NOT NULL")" != 0 ] && [ $i -lt 100 ]; do
	sleep 0.2; i=$((i + 1))
done
is "$(q "SELECT count(*) FROM lazy_index WHERE pending_sql IS NOT NULL")" 0 "the workstation built them while open"
is "$(schema_of "$DB")" "$want" "as the schema defines them"
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "quit"
ok "[ ! -s '$T/tui.err' ]" "nothing on stderr"
done_testing
