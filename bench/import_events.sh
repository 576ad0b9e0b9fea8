#!/bin/sh
# bench/import_events.sh — case-event import speed against sqlite3 .import.
#
# Generates an N-case ledger (default 100,000) and imports it once into a
# template database (untimed); writes an events CSV with one 执行通知 per
# case and a 终本 per 终本 case (about 1.2 rows per case). Then, ROUNDS
# times, alternating which goes first, it times
#   bare     sqlite3 .import of the events CSV into a new bare table;
#   jianzhi  `jianzhi import events` of the same CSV into a copy of the
#            template (every row's 案号 looked up, kinds normalised, repeats
#            within the file and against the database found, rows merged);
# and prints each round, the medians and their ratio.
#
# Usage: bench/import_events.sh [N] [ROUNDS]   (JIANZHI=path/to/jianzhi)
set -eu
N=${1:-100000}
ROUNDS=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
export JIANZHI_DATADIR="$here"
W=$(mktemp -d /tmp/jzbench-ev.XXXXXX)
trap 'rm -rf "$W"' EXIT

/usr/bin/python3 "$here/tests/data/make_ledger.py" big "$N" "$W/ledger.csv" >/dev/null
"$JIANZHI" --db "$W/init.db" init >/dev/null 2>&1
"$JIANZHI" --db "$W/init.db" import cases -q "$W/ledger.csv"
sqlite3 -csv -header "$W/init.db" "SELECT case_no AS 案号, '执行通知' AS 事件类型, filing_date AS 日期 FROM cases
	UNION ALL SELECT case_no, '终本', closing_date FROM cases WHERE closing_method = '终结本次执行程序'" >"$W/events.csv"
rows=$(($(wc -l <"$W/events.csv") - 1))
echo "events: $rows rows for $N cases, $(du -m "$W/events.csv" | cut -f1) MB; machine: $(nproc) cores," \
	"load average $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # NAME command... → "wall cpu" appended to $W/NAME.times
	name=$1
	shift
	rm -f "$W"/t.db*
	[ "$name" = bare ] || cp "$W/init.db" "$W/t.db"
	/usr/bin/time -f "%e %U %S" -o "$W/time" "$@" >/dev/null 2>"$W/err" || { cat "$W/err" >&2; exit 1; }
	read -r wall user sys <"$W/time"
	echo "$wall $(echo "$user + $sys" | bc)" >>"$W/$name.times"
	printf '  %-8s %7.2fs wall %7.2fs cpu\n' "$name" "$wall" "$(echo "$user + $sys" | bc)"
}
one() {
	case $1 in
	bare) run bare sqlite3 "$W/t.db" ".import --csv $W/events.csv t" ;;
	jianzhi) run jianzhi "$JIANZHI" --db "$W/t.db" import events -q "$W/events.csv" ;;
	esac
}
i=0
while [ $i -lt "$ROUNDS" ]; do
	echo "round $((i + 1)) (load $(cut -d' ' -f1 /proc/loadavg)):"
	if [ $((i % 2)) -eq 0 ]; then one bare; one jianzhi; else one jianzhi; one bare; fi
	i=$((i + 1))
done
median() { # FILE COLUMN
	sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
bw=$(median "$W/bare.times" 1) bc_=$(median "$W/bare.times" 2)
jw=$(median "$W/jianzhi.times" 1) jc=$(median "$W/jianzhi.times" 2)
echo "medians of $ROUNDS rounds: bare ${bw}s wall ${bc_}s cpu; jianzhi ${jw}s wall ${jc}s cpu"
echo "jianzhi / bare: $(echo "scale=2; $jw / $bw" | bc)x wall, $(echo "scale=2; $jc / $bc_" | bc)x cpu"
