#!/bin/sh
# bench/import_events_ab.sh — case-event import: this build against an
# earlier one and a bare `sqlite3 .import`, all three alternating in every
# round (the machine's speed moves between separate script runs). The
# copy of the template is written out (sync) before its import is timed:
# otherwise the kernel writes its pages back while the import runs.
#
# Both builds start from a template each builds itself from one generated
# N-case ledger; the events file is bench/import_events.sh's (a 执行通知 per
# case, a 终本 per 终本 case: about 1.2 rows a case).
#
# Usage: OLD=path/to/old/jianzhi OLD_DATADIR=its/source/tree \
#        bench/import_events_ab.sh [N] [ROUNDS]      (JIANZHI=this build)
set -eu
N=${1:-100000}
ROUNDS=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
NEW=${JIANZHI:-$here/build/jianzhi}
: "${OLD:?OLD=path to the earlier jianzhi}" "${OLD_DATADIR:?OLD_DATADIR=its source tree}"
W=$(mktemp -d /tmp/jzbench-evab.XXXXXX)
trap 'rm -rf "$W"' EXIT
. "$here/bench/timing.sh"

/usr/bin/python3 "$here/tests/data/make_ledger.py" big "$N" "$W/ledger.csv" >/dev/null
JIANZHI_DATADIR=$OLD_DATADIR "$OLD" --db "$W/old.db" init >/dev/null 2>&1
JIANZHI_DATADIR=$OLD_DATADIR "$OLD" --db "$W/old.db" import cases -q "$W/ledger.csv"
JIANZHI_DATADIR=$here "$NEW" --db "$W/new.db" init >/dev/null 2>&1
JIANZHI_DATADIR=$here "$NEW" --db "$W/new.db" import cases -q "$W/ledger.csv"
sqlite3 -csv -header "$W/new.db" "SELECT case_no AS 案号, '执行通知' AS 事件类型, filing_date AS 日期 FROM cases
	UNION ALL SELECT case_no, '终本', closing_date FROM cases WHERE closing_method = '终结本次执行程序'" >"$W/events.csv"
echo "events: $(($(wc -l <"$W/events.csv") - 1)) rows for $N cases; load average $(cut -d' ' -f1-3 /proc/loadavg)"

one() {
	name=$1
	rm -f "$W"/t.db*
	case $name in
	bare) set -- sqlite3 "$W/t.db" ".import --csv $W/events.csv t" ;;
	old) cp "$W/old.db" "$W/t.db"; sync; set -- env JIANZHI_DATADIR="$OLD_DATADIR" "$OLD" --db "$W/t.db" import events -q "$W/events.csv" ;;
	new) cp "$W/new.db" "$W/t.db"; sync; set -- env JIANZHI_DATADIR="$here" "$NEW" --db "$W/t.db" import events -q "$W/events.csv" ;;
	esac
	/usr/bin/time -f "%e %M" -o "$W/time" "$@" >/dev/null
	cat "$W/time" >>"$W/$name.times"
	printf '  %-5s %6.2fs %6d KB\n' "$name" "$(cut -d' ' -f1 "$W/time")" "$(cut -d' ' -f2 "$W/time")"
}
bench_ab_rounds "$ROUNDS"
echo "peak RSS (medians): old $(bench_median "$W/old.times" 2) KB, new $(bench_median "$W/new.times" 2) KB"
