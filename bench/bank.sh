#!/bin/sh
# bench/bank.sh — bank statement import and the money rules, each against
# the same work done bare in the sqlite3 shell, in this one script.
#
#   1. bench/make_bank.py writes an N-row statement file (default 1,000,000;
#      N/250 accounts, the account in columns) with a ledger, events and
#      企业登记 rows for the holders.
#   2. import: RUNS rounds, alternating `sqlite3 .import --csv` of the file
#      into a bare table and `jianzhi import bank` into a fresh database that
#      already holds the ledger (so accounts are tied and links computed);
#      wall seconds of each, the ratio per round, best and median.
#   3. rules: on the imported database (plus events and registry), RUNS
#      rounds alternating, for each ZJ- rule, `jianzhi screen --rule CODE`
#      and the rule's SELECT in the sqlite3 shell (screen_scope filled with
#      every case, parameters bound with .parameter); best of each.
# Usage: bench/bank.sh [N] [RUNS]        (JIANZHI=path/to/jianzhi)
set -eu
N=${1:-1000000}
RUNS=${2:-3}
here=$(cd "$(dirname "$0")/.." && pwd)
JIANZHI=${JIANZHI:-$here/build/jianzhi}
export JIANZHI_DATADIR="$here"
W=$(mktemp -d /tmp/jzbank.XXXXXX)
trap 'rm -rf "$W"' EXIT
/usr/bin/python3 "$here/bench/make_bank.py" "$N" "$W"
echo "statements: $N rows, $(du -m "$W/statements.csv" | cut -f1) MB; $(($(wc -l <"$W/ledger.csv") - 1)) cases"

now() { date +%s.%N; }
secs() { echo "$2 - $1" | bc; }
jz() { "$JIANZHI" --db "$W/j.db" "$@"; }

# the ledger is loaded once; each round starts from a copy of it
jz init >/dev/null
jz import cases -q "$W/ledger.csv"
cp "$W/j.db" "$W/ledger.db"

sq_times= jz_times= ratios=
i=0
while [ $i -lt "$RUNS" ]; do
	rm -f "$W"/s.db*
	t0=$(now); sqlite3 "$W/s.db" ".import --csv $W/statements.csv t"; t1=$(now)
	s=$(secs "$t0" "$t1")
	rm -f "$W"/j.db*; cp "$W/ledger.db" "$W/j.db"
	t0=$(now); jz import bank -q "$W/statements.csv"; t1=$(now)
	j=$(secs "$t0" "$t1")
	r=$(echo "scale=2; $j / $s" | bc)
	echo "round $((i + 1)): sqlite3 .import ${s}s, jianzhi import bank ${j}s, ratio ${r}x"
	sq_times="$sq_times $s" jz_times="$jz_times $j" ratios="$ratios $r"
	i=$((i + 1))
done
best() { printf '%s\n' $1 | sort -n | head -1; }
median() { printf '%s\n' $1 | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "import: best sqlite3 $(best "$sq_times")s, best jianzhi $(best "$jz_times")s," \
	"ratio of bests $(echo "scale=2; $(best "$jz_times") / $(best "$sq_times")" | bc)x," \
	"median ratio $(median "$ratios")x (target <= 1.5x)"
echo "rows: $(sqlite3 "$W/j.db" "SELECT count(*) FROM bank_txns") transactions," \
	"$(sqlite3 "$W/j.db" "SELECT count(*) FROM bank_accounts WHERE party_id IS NOT NULL") accounts tied"

# rules: events and registry for the related parties and the 限消 dates
jz import events -q "$W/events.csv"
jz import registry 企业登记 -q "$W/registry.csv"
jz settings set screen.today 2026-11-15 >/dev/null 2>&1 ||
	sqlite3 "$W/j.db" "INSERT OR REPLACE INTO settings VALUES('screen.today', '2026-11-15')"
jz screen -q >/dev/null          # the first screen loads the library and fills leads
. "$here/bench/rule_sql.sh"      # the rules' SQL bare in the shell, with jianzhi's SQL functions
rule_funcs "$W"
for f in "$here"/db/rules/ZJ-*.sql; do
	code=$(basename "$f" .sql)
	{
		rule_prelude "$W" 2026-11-15
		echo "INSERT INTO screen_scope SELECT id FROM cases;"
		rule_params "$f"
		echo "SELECT count(*) FROM ("
		grep -v '^--' "$f"
		echo ");"
	} >"$W/$code.sql"
	jb= sb= i=0
	while [ $i -lt "$RUNS" ]; do
		t0=$(now); sqlite3 "$W/j.db" <"$W/$code.sql" >"$W/$code.out"; t1=$(now)
		s=$(secs "$t0" "$t1")
		t0=$(now); jz screen -q --rule "$code" >/dev/null; t1=$(now)
		j=$(secs "$t0" "$t1")
		if [ -z "$sb" ] || [ "$(echo "$s < $sb" | bc)" = 1 ]; then sb=$s; fi
		if [ -z "$jb" ] || [ "$(echo "$j < $jb" | bc)" = 1 ]; then jb=$j; fi
		i=$((i + 1))
	done
	hits=$(cat "$W/$code.out")
	leads=$(sqlite3 "$W/j.db" "SELECT count(*) FROM leads WHERE rule_code='$code' AND status='active'")
	printf '%-18s sqlite3 %6.3fs  jianzhi screen --rule %6.3fs  ratio %5.2fx  (hits %s, leads %s)\n' \
		"$code" "$sb" "$jb" "$(echo "scale=2; $jb / $sb" | bc)" "$hits" "$leads"
done
