#!/bin/sh
# The 资金 and 类案 views through tmux at 80x24: open a case with a planted
# ZJ-TRANSFER-OUT lead, move to the debtor, m opens its 资金 view: the
# related parties as a tree with box characters (two hops: a 监事 of the
# debtor's company, a second company the debtor holds shares in), each link
# with its kind, strength and source, no line wider than 80 columns; Tab
# reaches the flagged transfer. s in the case detail lists similar cases
# (the first the one `jianzhi similar` ranks first) and Enter opens it; m
# and s work from the lead too.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui_lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
jz demo -q --cases 200 >/dev/null 2>&1
lead=$(jz leads --rule ZJ-TRANSFER-OUT --status active --format csv | sed -n 2p)
lead_id=${lead%%,*}
case_no=$(printf '%s' "$lead" | cut -d, -f6)
debtor=$(printf '%s' "$lead" | sed -n 's/.*被执行人\([^，。]*\)向关联方.*/\1/p')
company=$(printf '%s' "$lead" | sed -n 's/.*向关联方\([^（]*\)（.*/\1/p')
ok "[ -n '$case_no' ] && [ -n '$debtor' ] && [ -n '$company' ]" "planted lead #$lead_id: $debtor → $company in $case_no"
# a second hop and a second company, by a 企业登记 import
debtor_id=$(q "SELECT id_no FROM parties WHERE name = '$debtor'")
co_id=$(q "SELECT id_no FROM parties WHERE name = '$company'")
sup_id=$(q "SELECT id_no FROM parties WHERE kind = 'person' AND id_valid = 1 AND name <> '$debtor' ORDER BY id LIMIT 1")
sup=$(q "SELECT name FROM parties WHERE id_no = '$sup_id'")
co2_id=$(q "SELECT id_no FROM parties WHERE kind = 'org' AND id_no LIKE '91%' AND name <> '$company' ORDER BY id LIMIT 1")
co2=$(q "SELECT name FROM parties WHERE id_no = '$co2_id'")
printf '姓名,证件号码,企业名称,企业信用代码,职务,任职日期\n%s,%s,%s,%s,监事,2020-01-01\n%s,%s,%s,%s,股东,2020-01-01\n' \
	"$sup" "$sup_id" "$company" "$co_id" "$debtor" "$debtor_id" "$co2" "$co2_id" >"$T/reg.csv"
jz import registry 企业登记 -q "$T/reg.csv"
ok "[ \$(q \"SELECT count(*) FROM party_links WHERE source = 'registry:企业登记' AND src_file_id = (SELECT max(id) FROM import_files)\") -eq 2 ]" \
	"the registry import adds the 监事 ($sup) and 股东 ($co2) links"

tui_start 80 24
tui_wait '检执工作台' >/dev/null
tui_keys :; tui_type "case $case_no"; tui_keys Enter
ok "tui_wait '当事人（m 资金）'" ":case opens the case detail"
row=$(tui_screen | grep -n "被执行人  $debtor" | head -1 | cut -d: -f1)
ok "[ -n '$row' ]" "the debtor is on the screen (line $row)"
i=2; while [ "$i" -lt "${row:-2}" ]; do tui_keys j; i=$((i + 1)); done
ok "tui_wait '>  被执行人  $debtor'" "the cursor is on the debtor"
tui_keys m
ok "tui_wait '资金 $debtor'" "m on the debtor opens its 资金 view"
ok "tui_wait '关联主体（两层'" "with the related-party graph"
scr=$(tui_screen)
like "$scr" "(├─|└─) $company" "the company is a branch of the tree"
like "$scr" "(├─|└─) $co2" "and the second company"
like "$scr" "├─" "branches drawn with ├─"
like "$scr" "└─" "the last with └─"
like "$scr" "(│  |   )└─ $sup" "the company's 监事 one level deeper"
like "$scr" "│ +(法定代表人|股东) → 强 · registry:企业登记" "a link shows kind, direction, strength and source"
like "$scr" "监事 ← 强 · registry:企业登记 reg.csv:2" "the 监事 link names its file and row"
w=$(tui_widest)
ok "[ '$w' -le 80 ]" "no line wider than 80 columns ($w)"
tui_keys Tab Tab
ok "tui_wait 'ZJ-TRANSFER-OUT 线索#$lead_id'" "Tab reaches the flagged transfer, with its rule and lead"
like "$(tui_screen)" "支出 [0-9,.]+元 $company" "the transfer out to the company"
ok "[ \$(tui_widest) -le 80 ]" "still within 80 columns"

tui_keys q
ok "tui_wait '当事人（m 资金）'" "q goes back to the case"
top=$(jz similar "$case_no" --limit 1 --format csv | tr -d '\r' | sed -n 2p | cut -d, -f2)
tui_keys s
ok "tui_wait '类案（按案件）'" "s opens the similar cases"
like "$(tui_screen | sed -n 3p)" "^ *[0-9.]+ $top " "the first is the one jianzhi similar ranks first ($top)"
unlike "$(tui_screen)" "$case_no " "the case itself is not listed"
tui_keys Enter
ok "tui_wait '检执工作台 › $top'" "Enter opens it"
tui_keys q q q
tui_keys :; tui_type "lead $lead_id"; tui_keys Enter
ok "tui_wait '线索 #$lead_id'" ":lead opens the lead"
tui_keys m
ok "tui_wait '资金 $debtor'" "m in the lead opens the debtor's 资金 view"
tui_keys q
tui_keys s
ok "tui_wait '类案（按线索）'" "s in the lead lists cases similar to the lead"
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "Q quits with status 0"
is "$(cat "$T/tui.err")" "" "nothing on stderr"
done_testing
