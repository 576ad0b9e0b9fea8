#!/bin/sh
# bench/first_search.sh — the first search right after an import (bench/tui.sh
# pass A alone), two builds alternating, 3 rounds, 3- and 2-character words.
# Usage: bench/first_search.sh DB OLD_SRCDIR OLD_BINARY NEW_SRCDIR NEW_BINARY
# DB: a database the workstation never opened (bench/tui.sh builds one at
# /tmp/jz-bench-tui-N.db). Prints the search key's milliseconds (JIANZHI_TUI_TIMING).
set -eu
DB=$1
W=$(mktemp -d /tmp/fs.XXXXXX); RUN=$W/run.db; LOG=$W/t.log
export JIANZHI_DB="$RUN" LC_ALL=C.UTF-8 TZ=Asia/Shanghai JIANZHI_USER=bench
S=0
tm() { ${TMUX_BIN:-tmux} -L "fs$$.$S" -f /dev/null "$@"; }
lines() { [ -f "$LOG" ] && grep -v '^agenda_ready' "$LOG" | wc -l || echo 0; }
wait_lines() { i=0; while [ "$(lines)" -lt "$1" ] && [ $i -lt 12000 ]; do sleep 0.01; i=$((i + 1)); done; }
name3=$(sqlite3 "$DB" "SELECT name FROM parties WHERE length(name) = 3 ORDER BY id LIMIT 1 OFFSET 1000")
name2=$(printf '%s' "$name3" | cut -c4-9)
echo "words: $name3 $name2"
one() { # datadir binary word
	rm -f "$RUN" "$RUN-wal" "$RUN-shm" "$LOG"; cp "$DB" "$RUN"
	tm kill-server 2>/dev/null || true; S=$((S + 1))
	tm new-session -d -x 80 -y 24 "env TERM=xterm-256color JIANZHI_DATADIR='$1' JIANZHI_TUI_TIMING='$LOG' '$2'; sleep 60"
	wait_lines 1
	n=$(lines); tm send-keys 1; wait_lines $((n + 1))
	n=$(lines); tm send-keys /; tm send-keys -l "$3"; tm send-keys Enter; wait_lines $((n + 1))
	grep -v '^agenda_ready' "$LOG" | tail -1
	tm send-keys Q; sleep 1; tm kill-server 2>/dev/null || true
}
for r in 1 2 3; do
	for w in "$name3" "$name2"; do
		echo "round $r old $w: $(one "$2" "$3" "$w")"
		echo "round $r new $w: $(one "$4" "$5" "$w")"
	done
done
rm -rf "$W"
