#!/bin/sh
# bench/sync.sh — a province combining its offices (issue 15, item 6).
#
#   sh bench/sync.sh [OFFICES] [CASES] [BUILDDIR]     (default 20 × 100000)
#
# Builds one demo office of CASES cases, then OFFICES offices from it: each
# copy gets its own court codes in every 案号 (so no two offices share a
# case) and new ID numbers for four parties in five (one in five is known
# to several offices, as people are). Each office exports a snapshot; the
# province imports them one by one. Reported: export time per office, the
# import time of each office (first and last, and the total), the time to
# re-import one office (replace), the province's size and bytes per case,
# and a full screen of the province. Reference in the same run: sqlite3's
# own copy of the same rows (INSERT … SELECT of every table of an attached
# snapshot into an empty copy of the schema), so the ratio says what the
# id remapping, sharing and indexes cost.
set -eu
N=${1:-20}
C=${2:-100000}
B=${3:-$(pwd)/build}
J="$B/jianzhi"
SRC=$(cd "$(dirname "$0")/.." && pwd)
export JIANZHI_DATADIR="$SRC" LC_ALL=C.UTF-8 TZ=Asia/Shanghai JIANZHI_USER=bench
W=$(mktemp -d /tmp/jzsync.XXXXXX)
trap 'rm -rf "$W"' EXIT
now() { date +%s.%N; }
el() { echo "$2 - $1" | bc; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(now)
"$J" --db "$W/base.db" demo --cases "$C" -q >/dev/null 2>&1
echo "demo office of $(sqlite3 "$W/base.db" "SELECT count(*) FROM cases") cases: $(el "$t0" "$(now)") s"
i=1
while [ "$i" -le "$N" ]; do
	cp "$W/base.db" "$W/o$i.db"
	sqlite3 "$W/o$i.db" "
		UPDATE cases SET case_no = replace(replace(case_no, '浙06', '浙X$i'), '浙0', '浙Y$i');
		UPDATE parties SET id_no = '9' || printf('%05d', $i) || substr(id_no, 7)
		 WHERE id_no IS NOT NULL AND id % 5 <> 0;
		UPDATE bank_accounts SET account_no = account_no || '-$i';
		INSERT OR REPLACE INTO settings VALUES('office.code', '第${i}院');"
	i=$((i + 1))
done
ex=0; i=1
while [ "$i" -le "$N" ]; do
	t=$(now); "$J" --db "$W/o$i.db" sync export "$W/o$i.snap" >/dev/null; ex=$(echo "$ex + $(el "$t" "$(now)")" | bc)
	[ "$i" -eq 1 ] || rm -f "$W/o$i.db"      # disk: only the snapshots are needed
	i=$((i + 1))
done
echo "export: $(echo "scale=2; $ex / $N" | bc) s per office (snapshot $(du -m "$W/o1.snap" | cut -f1) MB)"
"$J" --db "$W/p.db" init >/dev/null
tot=0; i=1
while [ "$i" -le "$N" ]; do
	t=$(now); /usr/bin/time -f %M -o "$W/rss" "$J" --db "$W/p.db" sync import "$W/o$i.snap" >/dev/null
	d=$(el "$t" "$(now)"); tot=$(echo "$tot + $d" | bc)
	[ "$i" -eq 1 ] && first=$d
	i=$((i + 1))
done
echo "import: first office ${first} s, last ${d} s, all $N: ${tot} s, peak RSS of the last $(( $(cat "$W/rss") / 1024 )) MB"
t=$(now); "$J" --db "$W/p.db" sync import "$W/o1.snap" >/dev/null; echo "re-import of office 1 (replace): $(el "$t" "$(now)") s"
cases=$(sqlite3 "$W/p.db" "SELECT count(*) FROM cases")
size=$(stat -c %s "$W/p.db")
echo "province: $cases cases, $((size / 1048576)) MB, $((size / cases)) bytes per case; parties $(sqlite3 "$W/p.db" "SELECT count(*) FROM parties")"
t=$(now); "$J" --db "$W/p.db" screen --full -q >/dev/null; echo "full screen of the province: $(el "$t" "$(now)") s, $(sqlite3 "$W/p.db" "SELECT count(*) FROM leads") leads"
# reference: sqlite3 copying one office's rows into an empty copy of the schema
sqlite3 "$W/o1.db" ".schema" | grep -v '^CREATE TABLE sqlite_' >"$W/schema.sql"
sqlite3 "$W/ref.db" <"$W/schema.sql" >/dev/null 2>&1 || true
tabs=$(sqlite3 "$W/o1.db" "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
{ echo "PRAGMA foreign_keys=OFF; ATTACH '$W/o1.snap' AS s; BEGIN;"
  for x in $tabs; do echo "INSERT INTO main.\"$x\" SELECT * FROM s.\"$x\";"; done
  echo "COMMIT;"; } >"$W/ref.sql"
t=$(now); sqlite3 "$W/ref.db" <"$W/ref.sql" >/dev/null 2>&1 || true; r=$(el "$t" "$(now)")
echo "reference: sqlite3 copying office 1 into an empty schema: ${r} s; jianzhi's first import / reference: $(echo "scale=2; $first / $r" | bc)x"
