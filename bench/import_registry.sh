#!/bin/sh
# bench/import_registry.sh — registry (不动产) import speed against sqlite3 .import.
#
# Generates an N-case ledger (default 100,000) and imports it once into a
# template database (untimed); writes a 不动产 register export with one
# flat per party of the ledger (its 权利人 and 证件号码 as the ledger gives
# them, so some match by ID, some by name only), and every tenth row
# repeated later in the file (a re-export's overlap). Then, ROUNDS times,
# alternating which goes first, it times
#   bare     sqlite3 .import of the CSV into a new bare table;
#   jianzhi  `jianzhi import registry 不动产` of the same CSV into a copy of
#            the template (dates and money normalised, IDs checked, repeats
#            and records already held found, each record tied to its party
#            by ID or by name, cases marked for screening);
# and prints each round, the medians and their ratio.
#
# Usage: bench/import_registry.sh [N] [ROUNDS]   (JIANZHI=path/to/jianzhi)
set -eu
N=${1:-100000}
ROUNDS=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
export JIANZHI_DATADIR="$here"
W=$(mktemp -d /tmp/jzbench-reg.XXXXXX)
trap 'rm -rf "$W"' EXIT

/usr/bin/python3 "$here/tests/data/make_ledger.py" big "$N" "$W/ledger.csv" >/dev/null
"$JIANZHI" --db "$W/init.db" init >/dev/null 2>&1
"$JIANZHI" --db "$W/init.db" import cases -q "$W/ledger.csv"
sqlite3 -csv -header "$W/init.db" "WITH f AS (SELECT name, id_no, id FROM parties)
	SELECT name AS 权利人, coalesce(id_no, '') AS 证件号码, '江苏省无锡市梁溪区某路' || id || '号' AS 坐落,
	 '苏(2020)无锡市不动产权第' || printf('%07d', id) || '号' AS 不动产权证号,
	 date('2015-01-01', '+' || (id % 3000) || ' days') AS 登记日期, (id % 97 + 20) || '万元' AS 评估价值 FROM f
	UNION ALL SELECT name, coalesce(id_no, ''), '江苏省无锡市梁溪区某路' || id || '号',
	 '苏(2020)无锡市不动产权第' || printf('%07d', id) || '号', date('2015-01-01', '+' || (id % 3000) || ' days'),
	 (id % 97 + 20) || '万元' FROM f WHERE id % 10 = 0" >"$W/registry.csv"
rows=$(($(wc -l <"$W/registry.csv") - 1))
echo "registry: $rows rows for $N cases, $(du -m "$W/registry.csv" | cut -f1) MB; machine: $(nproc) cores," \
	"load average $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # NAME command... → "wall cpu" appended to $W/NAME.times
	name=$1
	shift
	rm -f "$W"/t.db*
	[ "$name" = bare ] || cp "$W/init.db" "$W/t.db"
	/usr/bin/time -f "%e %U %S %M" -o "$W/time" "$@" >/dev/null 2>"$W/err" || { cat "$W/err" >&2; exit 1; }
	read -r wall user sys rss <"$W/time"
	echo "$wall $(echo "$user + $sys" | bc)" >>"$W/$name.times"
	printf '  %-8s %7.2fs wall %7.2fs cpu %6d MB peak RSS\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
}
one() {
	case $1 in
	bare) run bare sqlite3 "$W/t.db" ".import --csv $W/registry.csv t" ;;
	jianzhi) run jianzhi "$JIANZHI" --db "$W/t.db" import registry 不动产 -q "$W/registry.csv" ;;
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
