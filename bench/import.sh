#!/bin/sh
# bench/import.sh — ledger import speed against sqlite3's own CSV import.
#
# Generates an N-row ledger CSV (default 1,000,000), then in this one script
# times `jianzhi import cases` into a fresh database and `sqlite3 .import`
# of the same file into a bare table (no indexes, no parsing beyond CSV),
# each best of RUNS runs, and prints the ratio and jianzhi's peak RSS.
# Usage: bench/import.sh [N] [RUNS]     (JIANZHI=path/to/jianzhi to choose the binary)
set -eu
N=${1:-1000000}
RUNS=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
export JIANZHI_DATADIR="$here"
W=$(mktemp -d /tmp/jzbench.XXXXXX)
trap 'rm -rf "$W"' EXIT
/usr/bin/python3 "$here/tests/data/make_ledger.py" big "$N" "$W/ledger.csv"
echo "ledger: $N rows, $(du -m "$W/ledger.csv" | cut -f1) MB"

best() { # command... → best wall seconds of RUNS runs; peak RSS (KB) of the last in $W/rss
	b=
	i=0
	while [ $i -lt "$RUNS" ]; do
		rm -f "$W"/t.db*
		/usr/bin/time -f "%e %M" -o "$W/time" "$@" >/dev/null 2>"$W/err" || { cat "$W/err" >&2; exit 1; }
		set -- "$@"
		t=$(cut -d' ' -f1 "$W/time")
		cut -d' ' -f2 "$W/time" >"$W/rss"
		if [ -z "$b" ] || [ "$(echo "$t < $b" | bc)" = 1 ]; then b=$t; fi
		i=$((i + 1))
	done
	echo "$b"
}

ref=$(best sqlite3 "$W/t.db" ".import --csv $W/ledger.csv t")
ref_rss=$(cat "$W/rss")
jz=$(best "$JIANZHI" --db "$W/t.db" import cases -q "$W/ledger.csv")
jz_rss=$(cat "$W/rss")
ratio=$(echo "scale=2; $jz / $ref" | bc)
echo "sqlite3 .import (bare table): ${ref}s, peak RSS $((ref_rss / 1024)) MB"
echo "jianzhi import cases:         ${jz}s, peak RSS $((jz_rss / 1024)) MB"
echo "ratio: ${ratio}x (target <= 1.5x)"
