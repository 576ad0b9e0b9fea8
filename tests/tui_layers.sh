#!/bin/sh
# The layering the TUI relies on: only ui/ includes curses, and ui/ holds
# no SQL (views call core functions in src/).
. "$TOP_SRCDIR/tests/lib.sh"
cd "$TOP_SRCDIR"
is "$(grep -l 'include.*curses' src/*.c src/*.h 2>/dev/null | tr '\n' ' ')" "" "no file in src/ includes curses"
is "$(grep -lE 'sqlite3_(prepare|exec)|"(SELECT|INSERT|UPDATE|DELETE) ' ui/*.c ui/*.h 2>/dev/null | tr '\n' ' ')" "" \
	"no file in ui/ runs SQL"
ok "grep -q 'include <curses.h>' ui/ui.h" "ui/ui.h is the curses wrapper"
done_testing
