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

. "$here/bench/timing.sh"
bench_template "$N"
bench_events_csv "$W/init.db" "$W/events.csv"
rows=$(($(wc -l <"$W/events.csv") - 1))
echo "events: $rows rows for $N cases, $(du -m "$W/events.csv" | cut -f1) MB; machine: $(nproc) cores," \
	"load average $(cut -d' ' -f1-3 /proc/loadavg)"

one() {
	case $1 in
	bare) bench_time bare sqlite3 "$W/t.db" ".import --csv $W/events.csv t" ;;
	jianzhi) bench_time jianzhi "$JIANZHI" --db "$W/t.db" import events -q "$W/events.csv" ;;
	esac
}
bench_pairs "$ROUNDS"
