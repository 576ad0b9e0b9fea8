#!/bin/sh
# The TUI on a demo database, driven through tmux: the list shows the demo
# cases, search finds a party by part of its name, resize keeps the layout,
# help lists the keys, TERM=screen works, and CJK never overflows a row.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui_lib.sh"

jz demo -q >/dev/null 2>&1
total=$(jz cases --format csv | tail -n +2 | wc -l)
newest=$(jz cases --format csv --limit 1 | tail -1 | cut -d, -f1)

tui_start 80 24
ok "tui_wait '待定'" "the demo opens on the lead queue, where leads wait for a label"
tui_keys 1
ok "tui_wait '共 $total 件'" "1 switches to the case list; the status bar counts every demo case ($total)"
ok "tui_wait '$newest'" "the newest case $newest is on the first screen"
like "$(tui_screen | sed -n 2p)" "案号.*立案.*被执行人" "column headers at 80x24"
rows_ok() { # every list row starts with its 案号: none wrapped or spilled
	tui_screen | sed -n "3,$(($1 - 2))p" | grep -v '^（20' | grep -q . && return 1
	[ "$(tui_widest)" -le "$2" ]
}
ok "rows_ok 24 80" "every row holds one case and fits 80 columns (CJK measured in columns)"
like "$(tui_screen | sed -n 23p)" "^ 共 $total 件" "status bar on the last-but-one row"

# Mouse (SGR reports, as xterm and tmux send them): the wheel moves the
# cursor 3 rows, a double click opens the row clicked.
row4=$(tui_screen | sed -n 6p | awk '{print $1}')
row6=$(tui_screen | sed -n 8p | awk '{print $1}')
tui_type "$(printf '\033[<65;10;10M')"; tui_keys Enter
ok "tui_wait '› $row4'" "wheel down then Enter opens the 4th case ($row4)"
tui_keys q
tui_wait "共 $total 件" >/dev/null
tui_type "$(printf '\033[<0;5;8M\033[<0;5;8m')"; tui_type "$(printf '\033[<0;5;8M\033[<0;5;8m')"
ok "tui_wait '› $row6'" "double click on screen row 8 opens the 6th case ($row6)"
tui_keys q
tui_wait "共 $total 件" >/dev/null

# Search by part of a debtor's name (2 characters: the scan path).
name=$(jz cases --format csv --where "debtors NOT LIKE '%、%' AND length(debtors) = 3" --limit 1 | tail -1 | cut -d, -f10)
part=$(printf '%s' "$name" | cut -c4-)
want=$(jz cases --format csv --where "debtors LIKE '%$part%' OR applicants LIKE '%$part%' OR case_no LIKE '%$part%'" | tail -n +2 | wc -l)
tui_keys /; tui_wait "搜索案号或当事人" >/dev/null; tui_type "$part"; tui_keys Enter
ok "tui_wait '搜索“$part”'" "search for '$part' (part of $name) is shown in the status bar"
ok "tui_wait '共 $want 件'" "search '$part' finds the $want cases whose 案号 or party has it"
ok "tui_wait '$name'" "the party $name is listed"

# A longer part of a company name (the trigram index path).
co=$(jz cases --format csv --where "debtors LIKE '%有限公司' AND debtors NOT LIKE '%、%'" --limit 1 | tail -1 | cut -d, -f10)
copart=$(printf '%s' "$co" | cut -c10-21)
tui_keys /; tui_wait "搜索案号或当事人" >/dev/null; tui_keys C-u; tui_type "$copart"; tui_keys Enter
ok "tui_wait '搜索“$copart”'" "search for '$copart' (4 characters of $co)"
ncase=$(jz cases --format csv --where "debtors LIKE '%$copart%' OR applicants LIKE '%$copart%'" | tail -n +2 | wc -l)
ok "tui_wait '共 $ncase 件'" "finds all $ncase cases of that company"
case_of_co=$(jz cases --format csv --where "debtors LIKE '%$copart%'" --limit 1 | tail -1 | cut -d, -f1)
ok "tui_wait '$case_of_co'" "and lists its case $case_of_co"
tui_keys c
ok "tui_wait '共 $total 件'" "c clears the search"

# Resize: wider shows more columns, back to 80x24 restores the layout.
tmux_ resize-window -x 132 -y 40
ok "tui_wait '结案日期'" "at 132 columns the 结案日期 column appears"
like "$(tui_screen | sed -n 2p)" "法院.*到位" "法院 and 到位 columns at 132 columns"
like "$(tui_screen | sed -n 39p)" "^ 共 $total 件" "status bar moves to row 39 of 40"
ok "rows_ok 40 132" "at 132x40 every row holds one case"
tmux_ resize-window -x 80 -y 24
ok "tui_wait_gone '结案日期'" "back at 80 columns the extra columns go"
ok "rows_ok 24 80" "after resizing back every row fits 80 columns"
like "$(tui_screen | sed -n 23p)" "^ 共 $total 件" "status bar back on row 23"

# Sort by a column from the : command line.
tui_keys :; tui_type "sort claim desc"; tui_keys Enter
ok "tui_wait '排序 标的↓'" ":sort claim desc sorts by 标的"
biggest=$(jz cases --format csv --where "1" | tail -n +2 | sort -t, -k7,7 -g -r | head -1 | cut -d, -f1)
ok "tui_wait '$biggest'" "the largest claim ($biggest) comes first"

# Help lists every key of the current view.
tui_keys '?'
ok "tui_wait '案件 视图的按键'" "? opens the help of the case list"
scr=$(tui_screen)
for k in Enter / s S f c n N q Esc; do
	like "$scr" "^ +$k +[^ ]" "help lists the key '$k'"
done
tui_keys Space
ok "tui_wait '命令（按 : 输入）'" "the next page of help lists the commands"
like "$(tui_screen)" "^ +: +[^ ]" "help lists the key ':'"
tui_keys q
ok "tui_wait '排序 标的↓'" "q leaves help back to the list"

# Open a case between people: parties with IDs masked, timeline.
pcase=$(jz cases --format csv --where "debtors NOT LIKE '%公司%' AND applicants NOT LIKE '%公司%' AND applicants NOT LIKE '%银行%' AND debtors NOT LIKE '%、%'" --limit 1 | tail -1 | cut -d, -f1)
pdebtor=$(jz cases --format csv --where "case_no = '$pcase'" | tail -1 | cut -d, -f10)
tui_keys :; tui_type "case $pcase"; tui_keys Enter
ok "tui_wait '执行经过'" ":case opens the case detail of $pcase"
ok "tui_wait '被执行人  $pdebtor'" "its debtor $pdebtor is listed with the role"
like "$(tui_screen)" "[0-9]{6}\*{8}[0-9X]{4}" "身份证号 are masked"
tui_keys m
ok "tui_wait '证件号已显示'" "m shows the full IDs"
unlike "$(tui_screen)" "[0-9]{6}\*{8}[0-9X]{4}" "no masked 身份证号 left"
tui_keys q; tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "Q quits with status 0"

# TERM=screen (tmux/screen without 256 colours) works too.
tui_start 80 24 screen
tui_wait '待定' >/dev/null; tui_keys 1
ok "tui_wait '共 $total 件'" "TERM=screen shows the list"
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "and quits cleanly"
is "$(cat "$T/tui.err")" "" "nothing on stderr"
done_testing
