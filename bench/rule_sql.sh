# bench/rule_sql.sh — sourced by the benchmarks that run the rules' SQL bare
# in the sqlite3 shell as their reference (screen.sh, bank.sh). Needs $here
# (the source tree).
#
# rule_funcs DIR: build jianzhi's SQL functions (the legal calendar, yuan)
#   as DIR/jzfuncs.so from the same sources the binary uses
#   (bench/sqlfuncs.c); the rules call them, the shell lacks them.
# rule_prelude DIR TODAY: the shell lines every rule needs first — the
#   functions loaded, an empty screen_scope (the caller fills it), :today
#   bound.
# rule_params FILE: the rule file's parameters as .parameter lines.

rule_funcs() {
	: >"$1/config.h"     # the sources include config.h; nothing in them needs its values
	cc -shared -fPIC -O2 -D_GNU_SOURCE -I"$here/src" -I"$1" -DJZ_BUILDDIR='"/nonexistent"' \
		-DJZ_SRCDIR='"/nonexistent"' -DJZ_PKGDATADIR='"/nonexistent"' -DJZ_PKGLIBDIR='"/nonexistent"' -o "$1/jzfuncs.so" \
		"$here/bench/sqlfuncs.c" "$here"/src/legal/calendar.c "$here"/src/legal/calendar_sql.c \
		"$here"/src/legal/money_sql.c "$here"/src/legal/cnfmt.c "$here"/src/legal/normalize.c \
		"$here"/src/store/stats_sql.c "$here"/src/legal/date_sql.c "$here"/src/legal/id_sql.c "$here"/src/legal/item_sql.c "$here"/src/store/sql_functions.c "$here"/src/store/roles.c \
		"$here"/src/util/*.c -lsqlite3 -lpthread -lm
}

rule_prelude() {
	echo ".load $1/jzfuncs"
	echo "CREATE TEMP TABLE screen_scope(case_id INTEGER PRIMARY KEY);"
	# what a rule that reads the other rules' leads (after: leads) sees
	# when run alone: no hits of this screen, so the leads table
	echo "CREATE TEMP TABLE scope_inc(case_id INTEGER PRIMARY KEY);"
	echo "CREATE TEMP TABLE screen_hits(rule_code TEXT, case_id INTEGER, hit_key TEXT, evidence TEXT, sources TEXT, checked TEXT);"
	echo "CREATE TEMP TABLE screen_ran(code TEXT PRIMARY KEY, full INTEGER, fingerprint TEXT);"
	echo ".parameter init"
	# a text value needs both quotes: the shell's argument, then the SQL
	# literal (unquoted, the shell evaluates 2026-11-15 as 2000)
	echo ".parameter set :today \"'$2'\""
}

rule_params() {
	sed -n 's/^-- param: *\([a-z0-9_]*\) *= *\([^|]*\)|.*/\1 \2/p' "$1" | while read -r name value; do
		case $value in
		*[!0-9.]*) echo ".parameter set :$name \"'$value'\"" ;;
		*) echo ".parameter set :$name $value" ;;
		esac
	done
}
