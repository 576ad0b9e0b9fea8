#!/bin/sh
# bench/screen.sh — screening speed on a big demo database.
#
# Builds (or reuses) an N-case demo database (default 1,000,000), then in this
# one script times:
#   1. `jianzhi screen --full` (every rule over every case, leads merged), and
#   2. the same rule SQL run bare in the sqlite3 shell (parameters bound with
#      .parameter, results only counted) — the reference;
#   3. an incremental `jianzhi screen` after importing N/100 new ledger rows.
# Prints the ratios, and the query plan of each rule to $OUT/plans.txt.
# Usage: bench/screen.sh [N] [DB]      (JIANZHI=path/to/jianzhi)
set -eu
N=${1:-1000000}
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
export JIANZHI_DATADIR="$here"
DB=${2:-/tmp/jz-bench-screen-$N.db}
OUT=$(mktemp -d /tmp/jzscreen.XXXXXX)
if [ ! -s "$DB" ]; then
	echo "building a $N-case demo database at $DB ..."
	/usr/bin/time -f "demo: %e s, peak RSS %M KB" "$JIANZHI" --db "$DB" demo -q --cases "$N"
fi
cases=$(sqlite3 "$DB" "SELECT count(*) FROM cases")
echo "database: $cases cases, $(sqlite3 "$DB" "SELECT count(*) FROM events") events"

now() { date +%s.%N; }
t0=$(now)
"$JIANZHI" --db "$DB" screen --full -q
t1=$(now)
full=$(echo "$t1 - $t0" | bc)

# The reference: every rule's SELECT in the sqlite3 shell, counted. The
# rules call jianzhi's SQL functions (legal calendar, yuan): the shell
# loads the same code as an extension (bench/sqlfuncs.c).
: >"$OUT/config.h"     # the sources include config.h; nothing in them needs its values
cc -shared -fPIC -O2 -D_GNU_SOURCE -I"$here/src" -I"$OUT" -DJZ_BUILDDIR='"/nonexistent"' -DJZ_SRCDIR='"/nonexistent"' \
	-DJZ_PKGDATADIR='"/nonexistent"' -o "$OUT/jzfuncs.so" "$here/bench/sqlfuncs.c" \
	"$here"/src/legal/calendar.c "$here"/src/legal/calendar_sql.c "$here"/src/legal/money_sql.c \
	"$here"/src/legal/cnfmt.c "$here"/src/legal/normalize.c "$here"/src/util/*.c -lsqlite3 -lpthread
today=$(sqlite3 "$DB" "SELECT value FROM settings WHERE key='screen.today'")
params() { # a rule file's parameters as .parameter lines; text needs both quotes
	sed -n 's/^-- param: *\([a-z0-9_]*\) *= *\([^|]*\)|.*/\1 \2/p' "$1" | while read -r name value; do
		case $value in
		*[!0-9.]*) echo ".parameter set :$name \"'$value'\"" ;;
		*) echo ".parameter set :$name $value" ;;
		esac
	done
}
{
	echo ".load $OUT/jzfuncs"
	echo "CREATE TEMP TABLE screen_scope(case_id INTEGER PRIMARY KEY);"
	echo "INSERT INTO screen_scope SELECT id FROM cases;"
	echo ".parameter init"
	echo ".parameter set :today \"'$today'\""   # both quotes: the shell evaluates an unquoted 2026-11-15 as 2000
	for f in "$here"/db/rules/*.sql; do
		params "$f"
		echo "SELECT '$(basename "$f" .sql)', count(*) FROM ("
		grep -v '^--' "$f"
		echo ");"
	done
} >"$OUT/ref.sql"
t0=$(now)
sqlite3 "$DB" <"$OUT/ref.sql" >"$OUT/ref.out"
t1=$(now)
ref=$(echo "$t1 - $t0" | bc)

for f in "$here"/db/rules/*.sql; do
	echo "== $(basename "$f" .sql)"
	{ echo ".load $OUT/jzfuncs"; echo "CREATE TEMP TABLE screen_scope(case_id INTEGER PRIMARY KEY);"; echo ".parameter init";
	  params "$f"
	  echo ".parameter set :today \"'$today'\""; echo "EXPLAIN QUERY PLAN"; grep -v '^--' "$f"; echo ";"; } |
		sqlite3 "$DB" 2>&1 | grep -v '^$'
done >"$OUT/plans.txt"

# 1% new rows, then an incremental screen.
k=$((cases / 100))
/usr/bin/python3 "$here/tests/data/make_ledger.py" big "$k" "$OUT/new.csv"   # new and updated cases
"$JIANZHI" --db "$DB" import cases -q "$OUT/new.csv"
t0=$(now)
"$JIANZHI" --db "$DB" screen -q
t1=$(now)
inc=$(echo "$t1 - $t0" | bc)

echo "jianzhi screen --full:        ${full}s"
echo "rule SQL in sqlite3 (bare):   ${ref}s"
echo "ratio: $(echo "scale=2; $full / $ref" | bc)x (target <= 1.3x)"
echo "incremental after $k new rows: ${inc}s = $(echo "scale=1; 100 * $inc / $full" | bc)% of the full screen (target <= 10%)"
echo "leads: $(sqlite3 "$DB" "SELECT count(*) FROM leads WHERE status='active'") active; query plans in $OUT/plans.txt"
