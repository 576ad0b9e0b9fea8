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
i=0
while [ $i -lt "$ROUNDS" ]; do
	echo "round $((i + 1)) (load $(cut -d' ' -f1 /proc/loadavg)):"
	case $((i % 3)) in 0) order="bare old new" ;; 1) order="new bare old" ;; *) order="old new bare" ;; esac
	for x in $order; do one "$x"; done
	i=$((i + 1))
done
med() { cut -d' ' -f"$2" "$W/$1.times" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
b=$(med bare 1) o=$(med old 1) n=$(med new 1) oc=$(med old 2) nc=$(med new 2)
echo "medians (wall): bare ${b}s, old ${o}s, new ${n}s; ÷ bare: old $(echo "scale=2; $o / $b" | bc)x, new $(echo "scale=2; $n / $b" | bc)x"
echo "medians (cpu): old ${oc}s, new ${nc}s; new ÷ old: $(echo "scale=3; $nc / $oc" | bc)"
echo "bytes per case: bare $(($(med bare 3) / N)), old $(($(med old 3) / N)), new $(($(med new 3) / N))"
