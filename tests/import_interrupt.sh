#!/bin/sh
# An import interrupted by Ctrl-C (SIGINT) or killed outright (SIGKILL)
# leaves the database exactly as before: one transaction per file.
. "$TOP_SRCDIR/tests/lib.sh"
[ -n "$PYTHON3" ] || skip_all "python3 not found"
q() { sqlite3 "$DB" "$1"; }

"$PYTHON3" "$TOP_SRCDIR/tests/data/make_ledger.py" quirks "$T/in"
jz import cases -q "$T/in/ledger_utf8.csv"
before=$(q "select count(*)||'/'||(select count(*) from parties)||'/'||(select count(*) from import_files) from cases")
is "$before" "7/10/1" "a small ledger is in before the big import"
"$PYTHON3" "$TOP_SRCDIR/tests/data/make_ledger.py" big 150000 "$T/big.csv"

# Wait until the import has read a tenth of the file, then signal it.
interrupt() { # signal
	"$JIANZHI" import cases "$T/big.csv" >"$T/out" 2>&1 &
	pid=$!
	want=$(( $(stat -c %s "$T/big.csv") / 10 ))
	i=0
	while [ $i -lt 600 ]; do
		r=$(sed -n 's/^rchar: //p' "/proc/$pid/io" 2>/dev/null || echo 0)
		[ "${r:-0}" -gt "$want" ] && break
		sleep 0.02; i=$((i + 1))
	done
	kill -s "$1" "$pid"
	wait "$pid"
	echo $?
}

rc=$(interrupt INT)
is "$rc" 1 "Ctrl-C: import exits 1"
like "$(cat "$T/out")" "interrupted at row [0-9]+; nothing was imported" "Ctrl-C: says nothing was imported"
is "$(q "select count(*)||'/'||(select count(*) from parties)||'/'||(select count(*) from import_files) from cases")" \
   "$before" "Ctrl-C: cases, parties and import log as before"
ok "test ! -e '$T/big.csv.rejects.csv'" "Ctrl-C: no rejects report left behind"

rc=$(interrupt KILL)
is "$rc" 137 "kill -9: the import died"
is "$(q 'pragma integrity_check')" ok "kill -9: database intact"
is "$(q "select count(*)||'/'||(select count(*) from parties)||'/'||(select count(*) from import_files) from cases")" \
   "$before" "kill -9: cases, parties and import log as before"
ls "$T"/big.csv.rejects.csv.tmp.* >/dev/null 2>&1 && rm -f "$T"/big.csv.rejects.csv.tmp.*

# And the same file imported in full afterwards works.
jz import cases -q "$T/big.csv"
is "$(q 'select count(*) from cases')" 150007 "after the interruptions the full import lands"
done_testing
