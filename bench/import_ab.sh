#!/bin/sh
# bench/import_ab.sh — ledger import: this build against an earlier one and
# a bare `sqlite3 .import`, all three alternating in every round (the
# machine's speed drifts between separate runs of bench/import.sh, which
# measures one build against its references).
#
# Each build imports the same generated N-row ledger into a database it
# initialised itself (its own migrations); wall and CPU seconds and the
# database's size are recorded per round.
#
# Usage: OLD=path/to/old/jianzhi OLD_DATADIR=its/source/tree \
#        bench/import_ab.sh [N] [ROUNDS]      (JIANZHI=this build)
set -eu
N=${1:-1000000}
ROUNDS=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
NEW=${JIANZHI:-$here/build/jianzhi}
: "${OLD:?OLD=path to the earlier jianzhi}" "${OLD_DATADIR:?OLD_DATADIR=its source tree}"
W=$(mktemp -d /tmp/jzbench-ab.XXXXXX)
trap 'rm -rf "$W"' EXIT
. "$here/bench/timing.sh"

/usr/bin/python3 "$here/tests/data/make_ledger.py" big "$N" "$W/ledger.csv" >/dev/null
JIANZHI_DATADIR=$OLD_DATADIR "$OLD" --db "$W/old.db" init >/dev/null 2>&1
JIANZHI_DATADIR=$here "$NEW" --db "$W/new.db" init >/dev/null 2>&1
echo "ledger: $N rows; load average $(cut -d' ' -f1-3 /proc/loadavg)"

one() {
	name=$1
	rm -f "$W"/t.db*
	case $name in
	bare) set -- sqlite3 "$W/t.db" ".import --csv $W/ledger.csv t" ;;
	old) cp "$W/old.db" "$W/t.db"; set -- env JIANZHI_DATADIR="$OLD_DATADIR" "$OLD" --db "$W/t.db" import cases -q "$W/ledger.csv" ;;
	new) cp "$W/new.db" "$W/t.db"; set -- env JIANZHI_DATADIR="$here" "$NEW" --db "$W/t.db" import cases -q "$W/ledger.csv" ;;
	esac
	/usr/bin/time -f "%e %U %S" -o "$W/time" "$@" >/dev/null
	[ "$name" = bare ] || sqlite3 "$W/t.db" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
	read -r wall user sys <"$W/time"
	echo "$wall $(echo "$user + $sys" | bc) $(stat -c %s "$W/t.db")" >>"$W/$name.times"
	printf '  %-5s %6.2fs wall %6.2fs cpu %5d bytes per case\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" \
		$(($(stat -c %s "$W/t.db") / N))
}
bench_ab_rounds "$ROUNDS"
oc=$(bench_median "$W/old.times" 2) nc=$(bench_median "$W/new.times" 2)
echo "medians (cpu): old ${oc}s, new ${nc}s; new ÷ old: $(echo "scale=3; $nc / $oc" | bc)"
echo "bytes per case: bare $(($(bench_median "$W/bare.times" 3) / N)), old $(($(bench_median "$W/old.times" 3) / N)), new $(($(bench_median "$W/new.times" 3) / N))"
