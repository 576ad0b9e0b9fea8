#!/bin/sh
# The 成效 view through tmux at 80x24: 6 opens it; the funnel per rule
# shows the figures `jianzhi stats` prints (one definition), with labels
# made here counted; Tab goes through the panels; the replies panel marks
# the overdue reply; an agenda row opens its case. E exports exactly the
# list shown (filters included) from the cases, the lead queue and the
# agenda, :export too. Each user's sort, filters and panel come back after
# a restart, and only for that user.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui_lib.sh"
"$PYTHON3" -c 'import openpyxl' 2>/dev/null || skip_all "python3-openpyxl not installed"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
xl() { "$PYTHON3" "$TOP_SRCDIR/tests/data/drafts/read_xlsx.py" "$1"; }
jz demo -q >/dev/null 2>&1
# A week before the 移送函's reply is due, so the agenda has a reply due.
due=$(q "SELECT reply_due FROM drafts WHERE status = '已发出' AND reply_due > '2026-11-15' LIMIT 1")
jz settings set screen.today "$(q "SELECT date('$due', '-5 days')")" >/dev/null
# Labels: two 成案 and one 排除 on the rule with the most leads.
rule=$(jz stats --format csv | sed -n 2p | cut -d, -f1)
set -- $(q "SELECT id FROM leads WHERE rule_code = '$rule' ORDER BY id LIMIT 3")
jz label "$1" confirm >/dev/null && jz label "$2" confirm >/dev/null && jz label "$3" dismiss --reason 数据错误或不完整 >/dev/null
hits=$(q "SELECT count(*) FROM leads WHERE rule_code = '$rule'")

tui_start 80 24
tui_wait '检执工作台' >/dev/null
tui_keys 6
ok "tui_wait '【按规则】'" "6 opens the 成效 view on the per-rule funnel"
ok "tui_wait '线索  成案  建议  采纳  恢复'" "with the funnel's columns"
row=$(tui_screen | grep -F "$(printf '%s' "$rule" | cut -c1-9)" | head -1)
like "$row" " $hits +2 +0 +0 +0 +0\.00 +66\.7% +— +—$" "$rule: $hits leads, 2 成案 of 3 labelled = 66.7% 成案率"
want=$(jz stats --format csv | awk -F, -v r="$rule" '$1 == r { print $3 " " $4 " " $9 }')
is "$want" "$hits 2 66.7%" "jianzhi stats prints the same figures"
tui_keys :; tui_type "sort precision desc"; tui_keys Enter
ok "tui_wait '按成案率↓'" ":sort precision desc sorts by 成案率"
like "$(tui_screen | sed -n 4p)" "^$(printf '%s' "$rule" | cut -c1-9)" "the only rule with a 成案率 comes first"
like "$(tui_screen | sed -n 22p)" "^$rule .*：线索 $hits → 成案 2 → 检察建议 0" "the line above the status bar spells out the row"

tui_keys Tab
ok "tui_wait '【按法院】'" "Tab: per court"
ncourt=$(jz stats --by court --format csv | tail -n +2 | wc -l)
ok "tui_wait '按法院 $ncourt 行'" "$ncourt courts, as jianzhi stats --by court"
tui_keys Tab Tab Tab
ok "tui_wait '【待回复'" "Tab: documents waiting for a reply"
late=$(jz stats --by replies --format csv | awk -F, '$1 == "逾期" { print -$3 }' | head -1)
ok "tui_wait '逾期${late}天'" "the overdue reply is marked, $late days late"
tui_keys Tab
ok "tui_wait '【终本后议程'" "Tab: the 终本后 agenda"
nagenda=$(jz stats --by agenda --format csv | tail -n +2 | wc -l)
ok "tui_wait '终本后议程 $nagenda 行'" "$nagenda items, as jianzhi stats --by agenda"
like "$(jz stats --by agenda --format csv | cut -d, -f1 | sort -u | tr '\n' ' ')" "回复到期.*查封到期.*终本后复查" \
	"the agenda has re-queries, seizures and replies due"
first=$(jz stats --by agenda --format csv | sed -n 2p | cut -d, -f4)
like "$(tui_screen | sed -n 4p)" "$first" "its first row is the first item ($first)"
# The agenda is read once (in the background) and sorted in memory: each
# order is the one jianzhi stats gives.
for s in "case_no desc" "kind" "detail desc"; do
	tui_keys :; tui_type "sort $s"; tui_keys Enter
	set -- $s
	want=$(jz stats --by agenda --sort $1 ${2:+--desc} --format csv | sed -n '2p;3p' | cut -d, -f4 | tr '\n' ' ')
	ok "tui_wait '按$(case $1 in case_no) echo 案号;; kind) echo 事项;; detail) echo 说明;; esac)'" ":sort $s"
	got=$(tui_screen | sed -n '4p;5p' | awk '{ print $4 }' | tr '\n' ' ')
	like "$want" "号 .*号 $" "jianzhi stats --sort $s names two cases"
	is "$got" "$want" "sorted by $s as jianzhi stats --sort $s"
done
tui_keys :; tui_type "sort due"; tui_keys Enter
tui_wait '按期限↑' >/dev/null
# The row under the cursor in full: its detail as jianzhi stats prints it
# (the workstation keeps it in shared pieces split at "，").
detail=$(jz stats --by agenda --format csv | sed -n 2p | cut -d, -f7 | awk '{ print substr($0, 1, index($0, "，") + 2 + 12) }')
like "$detail" "，" "the first item's detail has a \"，\" ($detail)"
ok "tui_wait '：$detail'" "the status line shows it whole"
tui_keys Enter
ok "tui_wait '› $first'" "Enter opens the case of the agenda item"
ok "tui_wait '当事人'" "the case detail"
tui_keys q

# E writes what the agenda shows.
tui_keys E
ok "tui_wait '导出到 Excel 文件: 监督成效-'" "E offers a file name"
tui_keys C-u; tui_type "$T/agenda.xlsx"; tui_keys Enter
ok "tui_wait '已导出 $nagenda 行'" "the agenda is exported"
like "$(xl "$T/agenda.xlsx" | grep '^rows ')" " $nagenda$" "the workbook has its $nagenda rows"
like "$(xl "$T/agenda.xlsx" | grep '^row1 ')" "$first" "in its order"

# The case list, filtered: E writes the filtered rows, in the list's order.
tui_keys 1
tui_wait '共 ' >/dev/null
tui_keys :; tui_type "court 浙0683"; tui_keys Enter
ncase=$(jz cases --format csv --where "court = '嵊州市人民法院'" | tail -n +2 | wc -l)
ok "tui_wait '共 $ncase 件 · 排序 立案日期↓ · 法院 浙0683'" "the case list filtered to 浙0683: $ncase cases"
top=$(tui_screen | sed -n 3p | awk '{ print $1 }')
tui_keys E; tui_wait '导出到 Excel 文件' >/dev/null
tui_keys C-u; tui_type "$T/cases.xlsx"; tui_keys Enter
ok "tui_wait '已导出 $ncase 行'" "E exports the $ncase cases shown"
like "$(xl "$T/cases.xlsx" | grep '^rows ')" " $ncase$" "the workbook has exactly those rows"
like "$(xl "$T/cases.xlsx" | grep '^row1 ')" "^row1 案件 $top\|" "the first is the first on screen ($top)"
like "$(xl "$T/cases.xlsx" | grep '^title ')" "法院 浙0683" "the title row says what was selected"
unlike "$(xl "$T/cases.xlsx" | grep '^row1 ')" "[0-9]{17}[0-9X]" "身份证号 are masked"

# The lead queue, filtered by rule: E writes the leads the filter selects.
tui_keys 2
tui_wait '线索 ' >/dev/null
tui_keys :; tui_type "rule CZ-IDLE"; tui_keys Enter
nlead=$(jz leads --format csv --status active --rule CZ-IDLE | tail -n +2 | wc -l)
ok "tui_wait '规则 CZ-IDLE'" "the queue filtered to CZ-IDLE"
tui_keys :; tui_type "export $T/leads.xlsx"; tui_keys Enter
ok "tui_wait '已导出 $nlead 行到 $T/leads.xlsx'" ":export FILE writes the $nlead leads shown"
like "$(xl "$T/leads.xlsx" | grep '^rows ')" " $nlead$" "the workbook has those rows"
tui_keys 3
tui_keys :; tui_type "export $T/rules.xlsx"; tui_keys Enter
nrules=$(jz stats --by rule --format csv | tail -n +2 | wc -l)
ok "tui_wait '已导出 $nrules 行到 $T/rules.xlsx'" "the rules list exports too"
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "quit"

# After a restart: the same user finds their sort, filters and panel.
tui_start 80 24
tui_wait '检执工作台' >/dev/null
tui_keys 1
ok "tui_wait '共 $ncase 件 · 排序 立案日期↓ · 法院 浙0683'" "the case list keeps its filter across restarts"
tui_keys 2
ok "tui_wait '规则 CZ-IDLE'" "the lead queue keeps its filter"
tui_keys 6
ok "tui_wait '【终本后议程'" "the 成效 view opens on the last panel"
tui_keys b 1
ok "tui_wait '按成案率↓'" "and the rule panel keeps its sort"
tui_keys Q
tui_wait 'TUI-EXITED 0' >/dev/null

# Another user has their own.
total=$(jz cases --format csv | tail -n +2 | wc -l)
JIANZHI_USER=demo_reviewer
tui_start 80 24
tui_wait '检执工作台' >/dev/null
tui_keys 1
ok "tui_wait '共 $total 件 · 排序 立案日期↓ │'" "another user's case list is not filtered"
tui_keys 6
ok "tui_wait '【按规则】'" "and their 成效 view opens on the rules"
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "quit"
is "$(cat "$T/tui.err")" "" "nothing on stderr"
done_testing
