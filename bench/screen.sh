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

# The reference: every rule's SELECT in the sqlite3 shell, counted, with
# jianzhi's SQL functions loaded (bench/rule_sql.sh).
. "$here/bench/rule_sql.sh"
rule_funcs "$OUT"
today=$(sqlite3 "$DB" "SELECT value FROM settings WHERE key='screen.today'")
{
	rule_prelude "$OUT" "$today"
	echo "INSERT INTO screen_scope SELECT id FROM cases;"
	for f in "$here"/db/rules/*.sql; do
		rule_params "$f"
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
	{ rule_prelude "$OUT" "$today"; rule_params "$f"; echo "EXPLAIN QUERY PLAN"; grep -v '^--' "$f"; echo ";"; } |
		sqlite3 "$DB" 2>&1 | grep -v '^$'
done >"$OUT/plans.txt"

# 1% new rows, then an incremental screen.
k=$((cases / 100))
/usr/bin/python3 "$here/tests/data/make_ledger.py" big "$k" "$OUT/new.csv"
# The generator's rows are the same every run: their 序号 shifted by the
# database's case count they are new cases each time (a database that
# already held them gave the incremental screen nothing to check). Shifted,
# not prefixed: a 序号 of ten digits is no 案号, and the rows were rejected.
/usr/bin/python3 -c '
import re, sys
shift = int(sys.argv[1])
for line in open(sys.argv[2], encoding="utf-8"):
    sys.stdout.write(re.sub(r"执(\d+)号", lambda m: "执%d号" % (int(m.group(1)) + shift), line, count=1))
' "$cases" "$OUT/new.csv" >"$OUT/new_cases.csv"
before=$cases
"$JIANZHI" --db "$DB" import cases -q "$OUT/new_cases.csv"
added=$(( $(sqlite3 "$DB" "SELECT count(*) FROM cases") - before ))
[ "$added" -eq "$k" ] || { echo "only $added of $k new rows landed: see $OUT/new_cases.csv.rejects.csv" >&2; exit 1; }
echo "incremental scope: $added new cases, $(sqlite3 "$DB" "SELECT count(*) FROM screen_dirty") cases marked changed"
t0=$(now)
"$JIANZHI" --db "$DB" screen -q
t1=$(now)
inc=$(echo "$t1 - $t0" | bc)

echo "jianzhi screen --full:        ${full}s"
echo "rule SQL in sqlite3 (bare):   ${ref}s"
echo "ratio: $(echo "scale=2; $full / $ref" | bc)x (target <= 1.3x)"
echo "incremental after $k new rows: ${inc}s = $(echo "scale=1; 100 * $inc / $full" | bc)% of the full screen (target <= 10%)"
echo "leads: $(sqlite3 "$DB" "SELECT count(*) FROM leads WHERE status='active'") active; query plans in $OUT/plans.txt"
