#!/bin/sh
# bench/rule_scaling.sh — which rules grow faster than the database.
#
# Runs every rule's SQL bare in the sqlite3 shell (as bench/screen.sh's
# reference does: all cases in scope, parameters bound, rows counted) on
# two databases, timing each rule with .timer, and prints per rule the
# seconds on each and their ratio next to the ratio of the case counts. A
# rule whose ratio is well above the case ratio is what bends the full
# screen's curve.
#
# Usage: bench/rule_scaling.sh SMALL.db BIG.db [CODE-GLOB]   (e.g. ZB-*)
set -eu
RULES=${3:-*}
here=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mktemp -d /tmp/jzscale.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
. "$here/bench/rule_sql.sh"
rule_funcs "$OUT"

# time_rules DB → "CODE seconds" per rule (wall, from .timer)
time_rules() {
	today=$(sqlite3 "$1" "SELECT value FROM settings WHERE key='screen.today'")
	{
		rule_prelude "$OUT" "$today"
		echo "INSERT INTO screen_scope SELECT id FROM cases;"
		echo ".timer on"
		for f in "$here"/db/rules/$RULES.sql; do
			rule_params "$f"
			echo "SELECT 'rule $(basename "$f" .sql)', count(*) FROM ("
			grep -v '^--' "$f"
			echo ");"
		done
	} | sqlite3 "$1" 2>&1 | awk '/^rule / { split($2, a, "|"); code = a[1] } /^Run Time/ && code { print code, $4; code = "" }'
}
n1=$(sqlite3 "$1" "SELECT count(*) FROM cases")
n2=$(sqlite3 "$2" "SELECT count(*) FROM cases")
time_rules "$1" | sort >"$OUT/a"
time_rules "$2" | sort >"$OUT/b"
echo "cases: $n1 and $n2 (ratio $(echo "scale=2; $n2 / $n1" | bc))"
printf '%-20s %10s %10s %7s\n' rule small_s big_s ratio
join "$OUT/a" "$OUT/b" | awk '{ printf "%-20s %10.3f %10.3f %7.2f\n", $1, $2, $3, ($2 > 0 ? $3 / $2 : 0) }' | sort -k3 -rn
join "$OUT/a" "$OUT/b" | awk '{ s += $2; b += $3 } END { printf "%-20s %10.3f %10.3f %7.2f\n", "all rules", s, b, b / s }'
