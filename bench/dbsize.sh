#!/bin/sh
# bench/dbsize.sh — database size per case after `jianzhi import cases` and
# after a full `jianzhi screen`, against the same ledger in a bare table.
#
# For each N (default 100000 300000 1000000): a generated N-row ledger is
# imported into a new database (`jianzhi init` first) and loaded with
# sqlite3 .import into a bare table; then `jianzhi screen --full` runs on
# the imported database. Prints the file sizes, bytes per case, and what
# each table and index takes (the dbstat virtual table; the largest first,
# the rest summed). Screening time and peak RSS are printed as measured.
# Usage: bench/dbsize.sh [N...]   (JIANZHI=path/to/jianzhi; KEEP=DIR keeps the files)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
export JIANZHI_DATADIR="$here"
W=${KEEP:-$(mktemp -d /tmp/jzsize.XXXXXX)}
mkdir -p "$W"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$W"' EXIT
[ $# -gt 0 ] || set -- 100000 300000 1000000

stat_tables() { # DB → name, MB, bytes per case (the 12 largest, then the rest)
	sqlite3 -separator ' ' "$1" "
	WITH s AS (SELECT name, sum(pgsize) AS b FROM dbstat GROUP BY name),
	r AS (SELECT name, b, row_number() OVER (ORDER BY b DESC) AS k FROM s)
	SELECT printf('    %-28s %8.1f MB %6.1f B/case', name, b / 1048576.0, b * 1.0 / $2) FROM r WHERE k <= 12
	UNION ALL SELECT printf('    %-28s %8.1f MB %6.1f B/case', '(' || count(*) || ' others)', sum(b) / 1048576.0,
	  sum(b) * 1.0 / $2) FROM r WHERE k > 12;"
}
size() { stat -c %s "$1"; }

for n in "$@"; do
	[ -s "$W/ledger$n.csv" ] || /usr/bin/python3 "$here/tests/data/make_ledger.py" big "$n" "$W/ledger$n.csv"
	rm -f "$W"/bare.db* "$W"/jz$n.db*
	sqlite3 "$W/bare.db" ".import --csv $W/ledger$n.csv t"
	"$JIANZHI" --db "$W/jz$n.db" init >/dev/null 2>&1
	"$JIANZHI" --db "$W/jz$n.db" import cases -q "$W/ledger$n.csv"
	sqlite3 "$W/jz$n.db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	bare=$(size "$W/bare.db")
	imp=$(size "$W/jz$n.db")
	echo "N=$n (load $(cut -d' ' -f1 /proc/loadavg))"
	printf '  bare table:           %6d MB  %5d bytes/case\n' $((bare / 1048576)) $((bare / n))
	printf '  after import:         %6d MB  %5d bytes/case  (%s x bare)\n' $((imp / 1048576)) $((imp / n)) \
		"$(echo "scale=2; $imp / $bare" | bc)"
	stat_tables "$W/jz$n.db" "$n"
	/usr/bin/time -f "%e %M" -o "$W/time" "$JIANZHI" --db "$W/jz$n.db" screen --full -q >/dev/null 2>&1 || true
	sqlite3 "$W/jz$n.db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	scr=$(size "$W/jz$n.db")
	free=$(sqlite3 "$W/jz$n.db" "PRAGMA freelist_count")
	leads=$(sqlite3 "$W/jz$n.db" "SELECT count(*) FROM leads")
	printf '  after screen --full:  %6d MB  %5d bytes/case  (%s x bare; %d leads; %d free pages; screen %ss, peak RSS %d MB)\n' \
		$((scr / 1048576)) $((scr / n)) "$(echo "scale=2; $scr / $bare" | bc)" "$leads" "$free" \
		"$(cut -d' ' -f1 "$W/time")" $(($(cut -d' ' -f2 "$W/time") / 1024))
	stat_tables "$W/jz$n.db" "$n"
done
