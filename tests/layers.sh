#!/bin/sh
# The layering the tree promises (docs/architecture.md): curses only in ui/;
# ui/ never sees SQLite (no identifier, no header in any ui file's include
# closure); src/ folders include only folders below them.
. "$TOP_SRCDIR/tests/lib.sh"
cd "$TOP_SRCDIR"
is "$(grep -rl 'include.*curses' src 2>/dev/null | tr '\n' ' ')" "" "no file in src/ includes curses"
is "$(grep -rl 'sqlite3' ui 2>/dev/null | tr '\n' ' ')" "" "no file in ui/ names sqlite3"
ok "grep -q 'include <curses.h>' ui/ui.h" "ui/ui.h is the curses wrapper"

# The real include closure of every ui file, from the compiler.
leaks=""
for f in ui/*.c; do
	deps=$(${CC:-cc} -M -D_XOPEN_SOURCE_EXTENDED -include "$TOP_BUILDDIR/config.h" -Isrc -Iui "$f" 2>&1) \
		|| { leaks="$leaks $f(cannot preprocess)"; continue; }
	case "$deps" in *sqlite3.h*) leaks="$leaks $f" ;; esac
done
is "$leaks" "" "no ui file includes sqlite3.h, even indirectly"

# Folder layers, lowest first; a folder may include its own and lower ones.
rank() {
	case $1 in
	util) echo 0 ;; legal) echo 1 ;; store) echo 2 ;;
	import|ocr|rules|drafts) echo 3 ;; query) echo 4 ;; export|sync) echo 5 ;; demo) echo 6 ;; cli) echo 7 ;; *) echo 9 ;;
	esac
}
bad=""
for f in $(find src -name '*.[ch]'); do
	d=$(echo "$f" | cut -d/ -f2)
	for t in $(grep -o '#include "[a-z]*/' "$f" | sed 's/#include "//; s/\///' | sort -u); do
		[ "$t" = "$d" ] && continue
		[ "$(rank "$t")" -lt "$(rank "$d")" ] || bad="$bad $f->$t"
	done
done
is "$bad" "" "src folders include only lower layers (util < legal < store < import/ocr/rules/drafts < query < export/sync < demo < cli)"
done_testing
