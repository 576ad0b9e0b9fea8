#!/bin/sh
# Another user's long write never costs a person their action: while a
# writer holds the lock for about three seconds, y in the lead queue shows
# the waiting indicator and then labels the lead — no "database is locked",
# nothing lost. And a change made by someone else while the queue is open
# appears without a key press (data_version on idle), the cursor kept.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui_lib.sh"
rm -f "$DB"
"$JIANZHI" --db "$DB" demo -q >/dev/null 2>&1
first=$("$JIANZHI" leads --format csv | sed -n 2p | cut -d, -f1)
second=$("$JIANZHI" leads --format csv | sed -n 3p | cut -d, -f1)

tui_start 100 30
tui_wait "检执工作台" >/dev/null
tui_keys 2
ok "tui_wait ' $first '" "the lead queue shows lead #$first"
# another user holds the write lock for three seconds (waiting, like any
# writer, for a step of the workstation's idle search indexing to end)
( printf '.timeout 5000\nBEGIN IMMEDIATE;\nUPDATE settings SET value = value WHERE key = %s;\n' "'screen.today'"; sleep 3; printf 'COMMIT;\n' ) \
	| sqlite3 "$DB" &
holder=$!
sleep 0.5
tui_keys y
ok "tui_wait '正在等待其他用户完成写入' 5" "the action waits with a visible indicator"
ok "tui_wait '已将 1 条线索标注为 成案' 10" "and completes when the lock frees"
wait $holder
is "$(sqlite3 "$DB" "SELECT label FROM leads WHERE id = $first")" "成案" "the label is in the database"
ok "! tui_screen | grep -q 'locked'" "no 'database is locked' on the screen"
# someone else labels the second lead: the open queue shows it unprompted
"$JIANZHI" label "$second" dismiss --reason 证据不足 >/dev/null
seen=no
for _ in $(seq 1 50); do
	tui_screen | grep -F " $second " | grep -q 排除 && { seen=yes; break; }
	sleep 0.1
done
is "$seen" yes "a change by another connection appears on the open screen (lead #$second 排除)"
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "quit"
done_testing
