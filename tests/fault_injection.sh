#!/bin/sh
# Every command fails cleanly, with the database and the previous files
# intact, when a write, an fsync or an allocation fails (issue 12, item 6).
# tests/fault/shim.c is preloaded; for each command and each kind of call
# the command first runs with the fault off to count its calls, then again
# with the N-th call failing, N spread over the whole run. After each run:
# no crash (no signal), a message when it fails, PRAGMA integrity_check ok,
# the change made entirely or not at all, a file jianzhi replaces either
# the old one or a complete new one, and no temporary left behind.
. "$TOP_SRCDIR/tests/lib.sh"
if ldd "$JIANZHI" 2>/dev/null | grep -q 'libasan\|libubsan'; then
	echo "1..0 # SKIP the sanitizer runtime cannot share the process with an allocation shim"
	exit 0
fi
SHIM="$T/shim.so"
${CC:-cc} -shared -fPIC -O1 -o "$SHIM" "$TOP_SRCDIR/tests/fault/shim.c" -ldl 2>"$T/cc.err" || {
	echo "1..0 # SKIP cannot build the shim: $(head -1 "$T/cc.err")"; exit 0; }
rm -f "$DB"
"$JIANZHI" --db "$DB" demo --cases 100 -q >/dev/null 2>&1
"${PYTHON3:-python3}" "$TOP_SRCDIR/tests/data/make_ledger.py" big 200 "$T/new.csv" >/dev/null
"$JIANZHI" --db "$DB" export xlsx "$T/old.xlsx" -q >/dev/null 2>&1
cp "$DB" "$T/base.db"
POINTS=${FAULT_POINTS:-8}
q() { sqlite3 -batch -noheader "$T/w.db" "$1"; }

# cmd NAME — run one command on $T/w.db; state NAME — what it changed
run_cmd() {
	case "$1" in
	import) "$JIANZHI" --db "$T/w.db" import cases -q "$T/new.csv" ;;
	label) "$JIANZHI" --db "$T/w.db" label 1 confirm ;;
	screen) "$JIANZHI" --db "$T/w.db" screen --full -q ;;
	export) "$JIANZHI" --db "$T/w.db" export xlsx "$T/out.xlsx" -q ;;
	backup) "$JIANZHI" --db "$T/w.db" backup "$T/bak.db" ;;
	draft) "$JIANZHI" --db "$T/w.db" draft render 1 --format docx -o "$T/d.docx" ;;
	esac
}
state() {
	case "$1" in
	import) q "SELECT count(*) FROM cases" ;;
	label) q "SELECT coalesce(label, '-') || version FROM leads WHERE id = 1" ;;
	screen) q "SELECT count(*) FROM screen_runs WHERE finished_at IS NOT NULL" ;;
	export) file_state "$T/out.xlsx" "$T/old.xlsx" zip ;;
	backup) file_state "$T/bak.db" "$T/base.db" db ;;
	draft) file_state "$T/d.docx" "$T/old.docx" zip ;;
	esac
}
# A replaced file is the old one, or a complete new one (a whole zip, a
# sound database): the new one carries its own time stamps, so not a checksum.
file_state() { # file old kind
	if cmp -s "$1" "$2"; then echo old
	elif [ "$3" = zip ] && unzip -tqq "$1" >/dev/null 2>&1; then echo new
	elif [ "$3" = db ] && [ "$(sqlite3 "$1" 'PRAGMA integrity_check' 2>/dev/null)" = ok ]; then echo new
	else echo broken; fi
}
fresh() {
	rm -f "$T"/w.db* "$T"/.out.xlsx.* "$T"/.bak.db.* "$T"/.d.docx.* "$T"/new.csv.rejects.csv
	cp "$T/base.db" "$T/w.db"
	cp "$T/old.xlsx" "$T/out.xlsx"; cp "$T/base.db" "$T/bak.db"; printf 'old' >"$T/old.docx"; cp "$T/old.docx" "$T/d.docx"
}

for cmd in import label screen export backup draft; do
	fresh; before=$(state "$cmd")
	run_cmd "$cmd" >/dev/null 2>&1; after=$(state "$cmd")
	for op in write fsync malloc; do
		fresh
		JZ_FAULT="$op:0" JZ_FAULT_COUNT="$T/count" LD_PRELOAD="$SHIM" run_cmd "$cmd" >/dev/null 2>&1
		total=$(cat "$T/count" 2>/dev/null || echo 0)
		bad=""; tried=0; failed=0; lib_crash=0
		[ "$total" -gt 0 ] || { _tap 0 "$cmd/$op: no such calls # SKIP"; continue; }
		i=0
		while [ $i -lt "$POINTS" ]; do
			n=$(( 1 + i * (total - 1) / (POINTS > 1 ? POINTS - 1 : 1) ))
			i=$((i + 1))
			fresh
			JZ_FAULT="$op:$n" LD_PRELOAD="$SHIM" run_cmd "$cmd" >"$T/o" 2>"$T/e"; rc=$?
			tried=$((tried + 1))
			[ $rc -ne 0 ] && failed=$((failed + 1))
			# libxlsxwriter 1.1.5 does not check one allocation
			# (lxw_escape_control_characters): an export can die there; the
			# database and the previous file must still be intact.
			if [ $rc -ge 128 ] && [ "$cmd/$op" = export/malloc ]; then
				lib_crash=$((lib_crash + 1))
			elif [ $rc -ge 128 ]; then bad="$bad N=$n crashed ($rc)"; continue; fi
			if [ $rc -ne 0 ] && [ ! -s "$T/e" ]; then bad="$bad N=$n failed silently"; fi
			[ "$(q 'PRAGMA integrity_check' 2>&1)" = ok ] || bad="$bad N=$n database damaged"
			s=$(state "$cmd")
			[ "$s" = "$before" ] || [ "$s" = "$after" ] || bad="$bad N=$n half-done ($s)"
			ls "$T"/.out.xlsx.* "$T"/.bak.db.* "$T"/.d.docx.* >/dev/null 2>&1 && bad="$bad N=$n left a temporary"
		done
		is "$bad" "" "$cmd with a failing $op: clean failure, database and files intact ($tried runs over $total calls, $failed failed$([ $lib_crash -gt 0 ] && echo ", $lib_crash in libxlsxwriter"))"
	done
done
done_testing
