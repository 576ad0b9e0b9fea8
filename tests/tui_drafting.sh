#!/bin/sh
# Drafting in the workstation, end to end, through tmux at 80x24: d picks a
# template and drafts from a lead; e edits in $EDITOR (a script that edits
# the file) and saves a new version, an unchanged file saves nothing, a
# save refused because someone changed the draft meanwhile keeps the edit
# for the next e; the reader shows the laid-out page, never the markup;
# the reviewer returns it, the author revises, the reviewer's D shows what
# changed since the version they returned; approve, issue (the 文号 goes
# into the text), R records the court's reply, W writes the DOCX, h shows
# the history; refusals are Chinese messages.
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui_lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
jz demo -q >/dev/null 2>&1
lead=$(jz leads --format csv --status active | sed -n 2p | cut -d, -f1)
lead_case=$(q "SELECT c.case_no FROM leads l JOIN cases c ON c.id = l.case_id WHERE l.id = $lead")
[ -n "$lead" ] || { echo "not ok 1 - the demo has an active lead"; echo 1..1; exit 1; }

# The editor: what it does next is in $T/mode (edit, noop, race, revise).
echo edit >"$T/mode"
cat >"$T/editor.sh" <<EOF
#!/bin/sh
echo "\$1" >>"$T/edited"
case \$(cat "$T/mode") in
noop) exit 0 ;;
race)   # someone saves another text while this edit is open
	printf '%s\n' "#title 别人同时改过的文稿" >"$T/other.txt"
	"$JIANZHI" draft save "\$(cat "$T/draft")" "$T/other.txt" --version "\$(cat "$T/ver")" >/dev/null 2>&1
	printf '%s\n' "补充意见：竞争中写下的一段，不应丢失。" >>"\$1" ;;
revise) sed -i 's/补充意见：测试编辑器加入的一段。/补充意见：按退回意见补充了执行经过。/' "\$1" ;;
*) grep -q 依法依职权 "\$1" || sed -i 's/依职权/依法依职权/' "\$1"
   grep -q '补充意见：测试编辑器加入的一段。' "\$1" || printf '%s\n' "补充意见：测试编辑器加入的一段。" >>"\$1" ;;
esac
EOF
chmod +x "$T/editor.sh"
export EDITOR="$T/editor.sh" VISUAL=""
# Move down the page until a line matching the regex is on screen.
scroll_to() {
	_k=0
	while [ $_k -lt 80 ]; do
		tui_screen | grep -Eq -- "$1" && return 0
		tui_keys j
		sleep 0.02
		_k=$((_k + 1))
	done
	return 1
}
# Every page of a pager view, from the top.
all_pages() {
	tui_keys g
	sleep 0.1
	_k=0
	while [ $_k -lt 4 ]; do tui_screen; tui_keys Space; sleep 0.1; _k=$((_k + 1)); done
}

tui_start 80 24
tui_wait '待定' >/dev/null
tui_keys 2
tui_wait " $lead " >/dev/null
tui_keys d
ok "tui_wait '选择模板（从线索起草）'" "d in the lead queue asks for a template"
n=$(tui_screen | grep -F '（检察建议书-纠正违法执行）' | sed 's/.* \([1-9]\) 检察建议书.*/\1/')
tui_keys "$n"
ok "tui_wait '已起草文稿 #'" "choosing a template makes the draft"
draft=$(tui_screen | tail -1 | sed 's/.*已起草文稿 #\([0-9]*\).*/\1/')
echo "$draft" >"$T/draft"
is "$(q "SELECT lead_id || ' ' || status || ' ' || version FROM drafts WHERE id = $draft")" "$lead 草稿 1" \
	"draft #$draft is made from lead #$lead, 草稿, version 1"
ok "tui_wait '文稿 #$draft  检察建议书'" "and opens in the reader"
ok "scroll_to '^ {12,}检察建议书 *$'" "the title is centred on the page"
like "$(tui_screen)" "^ {10,}〔文号待发出时编定〕" "the 文号 line is centred, waiting for the number"
unlike "$(all_pages)" "#(org|docno|title|recipient|sign|date|cc|printed|center|right) " "the reader shows no layout markup"

# e: the editor edits the text; a new version is saved.
echo 1 >"$T/ver"
tui_keys e
ok "tui_wait '已保存为文稿 #$draft 的版本 2'" "e runs \$EDITOR and saves version 2"
is "$(q "SELECT version FROM drafts WHERE id = $draft")" 2 "the database has version 2"
is "$(q "SELECT instr(body, '依法依职权') > 0 AND instr(body, '补充意见：测试编辑器加入的一段。') > 0 FROM drafts WHERE id = $draft")" 1 \
	"with the editor's changes"
like "$(head -1 "$T/edited")" "jianzhi-draft-.*\.txt$" "the editor got a temporary file"
ok "[ ! -e \"$(head -1 "$T/edited")\" ]" "which is gone after the save"
tui_keys G
ok "tui_wait '补充意见：测试编辑器加入的一段。'" "the reader shows the new text"
ok "tui_wait '检执工作台 › 文稿 #$draft'" "curses is back: the title row is drawn"
like "$(tui_screen | sed -n 23p)" "^ e 编辑 s 提交" "and the status bar is on row 23"

echo noop >"$T/mode"
tui_keys e
ok "tui_wait '正文未改动，没有保存新版本'" "an unchanged file saves nothing"
is "$(q "SELECT version FROM drafts WHERE id = $draft")" 2 "still version 2"

# Someone saves the draft while it is in the editor: the save is refused,
# the edit is kept and the next e continues from it.
echo race >"$T/mode"
echo 2 >"$T/ver"
tui_keys e
ok "tui_wait '未保存：'" "a save over a version changed meanwhile is refused"
like "$(tui_screen | tail -2 | tr -d '\n')" "已被 .*改动" "saying who changed it"
kept=$(tail -1 "$T/edited")
ok "grep -q '竞争中写下的一段' '$kept'" "the edit is kept in its file"
echo edit >"$T/mode"
tui_keys e
ok "tui_wait '已保存为文稿 #$draft 的版本 4'" "the next e continues from the kept edit and saves"
is "$(q "SELECT instr(body, '竞争中写下的一段，不应丢失。') > 0 FROM drafts WHERE id = $draft")" 1 "nothing typed was lost"
is "$(tail -1 "$T/edited")" "$kept" "the editor was given the kept file again"

tui_keys s
ok "tui_wait '已提交审批'" "s submits"
edits=$(wc -l <"$T/edited")
tui_keys e
ok "tui_wait '不能修改文稿'" "e on a submitted draft is refused in Chinese"
is "$(wc -l <"$T/edited")" "$edits" "without opening the editor"
tui_keys Q
tui_wait 'TUI-EXITED 0' >/dev/null

# The reviewer returns it.
JIANZHI_USER=demo_reviewer
tui_start 80 24
tui_wait '检执工作台' >/dev/null
tui_keys :; tui_type "draft $draft"; tui_keys Enter
ok "tui_wait '[已提交]'" "the reviewer opens the submitted draft"
returned=$(q "SELECT version FROM drafts WHERE id = $draft")
tui_keys b
tui_wait '退回意见:' >/dev/null
tui_type "请补充执行经过"; tui_keys Enter
ok "tui_wait '[已退回]'" "b returns it with a comment"
tui_keys Q
tui_wait 'TUI-EXITED 0' >/dev/null

# The author revises and resubmits.
JIANZHI_USER=tester
echo revise >"$T/mode"
tui_start 80 24
tui_wait '检执工作台' >/dev/null
tui_keys :; tui_type "draft $draft"; tui_keys Enter
tui_wait '[已退回]' >/dev/null
tui_keys e
ok "tui_wait '已保存为文稿 #$draft 的版本'" "the author edits the returned draft"
tui_keys s
ok "tui_wait '已提交审批'" "and submits it again"
tui_keys Q
tui_wait 'TUI-EXITED 0' >/dev/null

# The reviewer sees what changed since the version they returned.
JIANZHI_USER=demo_reviewer
tui_start 80 24
tui_wait '检执工作台' >/dev/null
tui_keys :; tui_type "draft $draft"; tui_keys Enter
ok "tui_wait '自你上次查看的版本 $((returned + 1)) 以来已有改动'" "the reader says the text changed since the reviewer's last look"
tui_keys D
ok "tui_wait '你上次看过的版本'" "D compares with the version the reviewer last saw"
scr=$(tui_screen)
like "$scr" "删去 1 行（- ），加入 1 行（\+ ）" "one line taken out, one put in"
like "$scr" "^ - +补充意见：测试编辑器加入的一段。" "the old line, marked -"
like "$scr" "^ \+ +补充意见：按退回意见补充了执行经过。" "the new line, marked +"
unlike "$scr" "^ [-+] .*依法依职权" "unchanged lines are not marked"
tui_keys q

# Approve and issue: the 文号 goes into the text.
tui_keys a
ok "tui_wait '已批准文稿'" "a approves"
tui_keys i
ok "tui_wait '已发出：文号和成文日期已写入正文'" "i issues"
docno=$(q "SELECT doc_no FROM drafts WHERE id = $draft")
like "$docno" "〔20[0-9][0-9]〕[0-9]+号$" "a 文号 was allocated: $docno"
ok "tui_wait '文号 $docno'" "the reader shows it in the header"
ok "scroll_to '^ {10,}$docno *$'" "and on the page, centred under the 发文机关"
unlike "$(all_pages)" "文号待发出时编定" "the placeholder is gone"
is "$(q "SELECT instr(body, '$docno') > 0 AND instr(body, '文号待发出时编定') = 0 FROM drafts WHERE id = $draft")" 1 \
	"the issued text holds the 文号"
tui_keys e
ok "tui_wait '不能修改文稿'" "the issued text is final: e is refused"

# R: the court's reply.
tui_keys R
ok "tui_wait '法院回复：监督意见'" "R asks for the court's answer"
tui_keys 1
ok "tui_wait '是否恢复执行'" "then whether enforcement resumed"
tui_keys 2
ok "tui_wait '监督后到位金额'" "then the money recovered"
tui_type "约十万"; tui_keys Enter
ok "tui_wait '不是金额'" "a wrong amount is refused"
tui_keys R 1 2
ok "tui_wait '监督后到位金额（元，可空）: 约十万'" "and what was typed is offered again"
tui_keys C-u; tui_type "12.5万"; tui_keys Enter
tui_wait '回复日期' >/dev/null
tui_keys Enter
ok "tui_wait '已登记法院回复：采纳，已恢复执行'" "the reply is recorded"
is "$(q "SELECT status || ' ' || outcome || ' ' || resumed || ' ' || recovered_fen FROM drafts WHERE id = $draft")" \
	"已回复 采纳 1 12500000" "as 已回复, 采纳, resumed, 125,000.00 元"

# W: the DOCX, atomically.
tui_keys W
ok "tui_wait '写出 DOCX 文件: 文稿$draft.docx'" "W offers a file name"
tui_keys C-u; tui_type "$T/out.docx"; tui_keys Enter
ok "tui_wait '已写出 $T/out.docx'" "and writes the DOCX"
got=$("$PYTHON3" -c 'import sys, zipfile; print(sys.argv[2] in zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())' "$T/out.docx" "$docno")
is "$got" "True" "the document holds the 文号"
is "$(ls "$T" | grep -c 'out.docx.')" 0 "no temporary file is left beside it"

# h: the history.
tui_keys h
ok "tui_wait '文稿 #$draft 的操作历史'" "h shows the draft's history"
scr=$(all_pages)
for a in 起草 修改正文 提交审批 退回 批准 发出 登记法院回复; do
	like "$scr" " $a\$" "it lists 「$a」"
done
like "$scr" "文号：— → $docno" "the issue with its 文号"
like "$scr" "俞国华（演示） \[demo_reviewer\]" "people by name and login"
tui_keys q Q
ok "tui_wait 'TUI-EXITED 0'" "quit"

# A clerk may read but not draft.
JIANZHI_USER=demo_clerk
tui_start 80 24
tui_wait '检执工作台' >/dev/null
tui_keys :; tui_type "lead $lead"; tui_keys Enter
tui_wait "线索 #$lead" >/dev/null
tui_keys d
ok "tui_wait '无权起草文稿'" "d by a 书记员 is refused in Chinese, naming the roles"
like "$(tui_screen | tail -1)" "承办检察官" "the message names who may"
tui_keys h
ok "tui_wait '线索 #$lead 的操作历史'" "h on a lead shows its history"
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "quit"
is "$(cat "$T/tui.err")" "" "nothing on stderr"
is "$lead_case" "$(q "SELECT c.case_no FROM drafts d JOIN cases c ON c.id = d.case_id WHERE d.id = $draft")" \
	"the draft is about the lead's case"
done_testing
