#!/bin/sh
# Every view of the workstation at 80x24 through tmux: the title on the
# first row, the status bar on row 23 with the view's keys and "? 帮助",
# nothing wider than 80 columns (CJK counted as 2), and in every list each
# row one item (no row wrapped onto the next). The views: the six numbered
# lists (and the six panels of 成效), case, lead, rule, draft and document
# details, help, history and the draft comparison.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui_lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
jz demo -q >/dev/null 2>&1
# A draft with two texts, for the comparison view.
draft=$(q "SELECT id FROM drafts WHERE status = '草稿' ORDER BY id LIMIT 1")
jz draft render "$draft" >/dev/null
q "SELECT body FROM drafts WHERE id = $draft" | sed 's/依职权/依法依职权/' >"$T/body.txt"
jz draft save "$draft" "$T/body.txt" --version "$(q "SELECT version FROM drafts WHERE id = $draft")" >/dev/null

# check NAME ROW-REGEX: the frame, the width, and (with a regex) every
# list row from screen row $first to $last (3 to 22) matching it.
check() {
	scr=$(tui_screen)
	like "$(printf '%s\n' "$scr" | sed -n 1p)" "^ 检执工作台 › " "$1: the title on row 1"
	like "$(printf '%s\n' "$scr" | sed -n 23p)" "\? 帮助" "$1: the status bar on row 23"
	w=$(tui_widest)
	ok "[ $w -le 80 ]" "$1: nothing wider than 80 columns ($w)"
	if [ -n "${2:-}" ]; then
		bad=$(printf '%s\n' "$scr" | sed -n "${first:-3},${last:-22}p" | grep -v '^ *$' | grep -Ev -- "$2" | head -3)
		is "$bad" "" "$1: every row is one item"
	fi
}

tui_start 80 24
tui_wait '待定' >/dev/null
tui_keys 1; tui_wait '共 ' >/dev/null
check "案件" "^（20[0-9]{2}）"
tui_keys 2; tui_wait '线索 ' >/dev/null
check "线索" "^[ *][0-9]+ +[A-Z]"
tui_keys 3; tui_wait '成案率' >/dev/null
check "规则" "^[A-Z]+-[A-Z0-9-]+…? "
tui_keys 4; tui_wait '文稿 ' >/dev/null
check "文稿" "^ +[0-9]+ (草稿|已提交|已退回|已批准|已发出|已回复|跟进监督) "
tui_keys 5; tui_wait '扫描文书' >/dev/null
check "文书" "^ +[0-9]+ "
tui_keys 6; tui_wait '【按规则】' >/dev/null
first=4 last=21
check "成效 按规则" "^[A-Z]+-[A-Z0-9-]+…? .* [0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ "
for panel in 按法院 按承办法官 按月; do
	tui_keys Tab; tui_wait "【$panel】" >/dev/null
	check "成效 $panel" "^[^ ].* [0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9,]+\.[0-9]{2} "
done
tui_keys Tab; tui_wait '【待回复' >/dev/null
check "成效 待回复" "^(逾期[0-9]+天|[0-9]+天后|今天到期) +20[0-9-]{8} "
tui_keys Tab; tui_wait '【终本后议程' >/dev/null; tui_wait_gone '终本后议程 …' >/dev/null   # read in the background
check "成效 终本后议程" "^(终本后复查|五年期满|查封到期|回复到期) +20[0-9-]{8} "
like "$(tui_screen | sed -n 22p)" "^（20" "成效: the cursor row spelled out on row 22"
first=3 last=22

tui_keys Enter; tui_wait '执行经过' >/dev/null
check "案件详情"
tui_keys q 2; tui_wait '线索 ' >/dev/null
tui_keys Enter; tui_wait '法律依据' >/dev/null
check "线索详情"
tui_keys h; tui_wait '的操作历史' >/dev/null
check "历史"
tui_keys q q 3; tui_wait '成案率' >/dev/null
tui_keys Enter; tui_wait '筛查 SQL' >/dev/null
check "规则详情"
tui_keys :; tui_type "draft $draft"; tui_keys Enter
tui_wait "文稿 #$draft  " >/dev/null
check "文稿详情"
tui_keys D; tui_wait '对比' >/dev/null
check "对比"
like "$(tui_screen)" "^ - +本院在履行法律监督职责中发现" "the comparison shows the old paragraph"
like "$(tui_screen)" "^ \+ +本院在履行法律监督职责中发现" "and the new one"
like "$(tui_screen | tr -d '\n')" "依法依职权" "with the change"
tui_keys q 5; tui_wait '扫描文书' >/dev/null
tui_keys Enter; tui_wait '提取的要素' >/dev/null
check "文书详情"
tui_keys '?'; tui_wait '视图的按键' >/dev/null
check "帮助"
tui_keys q Q
ok "tui_wait 'TUI-EXITED 0'" "quit"
is "$(cat "$T/tui.err")" "" "nothing on stderr"
done_testing
