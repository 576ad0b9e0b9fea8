#!/bin/sh
# The drafts and documents views through tmux: 4 lists the demo drafts with
# the overdue reply marked; a reviewer approves a submitted draft and its
# status changes for the CLI too; 5 lists the scanned documents, opens one
# beside its facts, and y/e confirm and correct a fact (audited).
. "$TOP_SRCDIR/tests/lib.sh"
. "$TOP_SRCDIR/tests/tui_lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
jz demo -q >/dev/null 2>&1
sub=$(q "SELECT id FROM drafts WHERE status='已提交' LIMIT 1")
[ -n "$sub" ] || { echo "not ok 1 - the demo has a submitted draft"; echo 1..1; exit 1; }
JIANZHI_USER=demo_reviewer
tui_start 100 30
tui_wait "检执工作台" >/dev/null
tui_keys 4
ok "tui_wait '文稿（检察建议书'" "4 opens the drafts list"
ok "tui_wait '【逾期未回复】'" "an overdue reply is marked"
ok "tui_wait '已提交'" "statuses are shown"
n=$(q "SELECT count(*) FROM drafts WHERE id < $sub")
i=0; while [ $i -lt "$n" ]; do tui_keys j; i=$((i + 1)); done
tui_keys Enter
ok "tui_wait '文稿 #$sub'" "Enter opens draft #$sub"
ok "tui_wait '的证据与法律依据'" "the draft is shown beside its lead's evidence and law"
tui_keys a
ok "tui_wait '已批准文稿'" "a approves it"
ok "tui_wait '[已批准]'" "the page shows 已批准"
tui_keys c
ok "tui_wait '审核意见:'" "c asks for a comment"
tui_type "同意，注意核对文号"; tui_keys Enter
ok "tui_wait '同意，注意核对文号'" "the comment is shown"
tui_keys 5
ok "tui_wait '扫描文书'" "5 goes straight to the documents list from an open draft"
tui_keys Enter
ok "tui_wait '提取的要素'" "a document opens with its facts"
ok "tui_wait '置信度'" "and its page text with the confidence"
tui_keys j y
ok "tui_wait '已确认'" "y confirms a fact"
tui_keys e
ok "tui_wait '更正为:'" "e asks for the right value"
tui_type "更正后的值"; tui_keys Enter
ok "tui_wait '已更正（已记入审计）'" "the correction is made"
tui_keys Q
ok "tui_wait 'TUI-EXITED 0'" "quit"
is "$(q "SELECT status||' '||reviewer FROM drafts WHERE id=$sub")" "已批准 demo_reviewer" "the CLI sees the approval"
is "$(q "SELECT count(*) FROM facts WHERE status='confirmed'")" 1 "one fact confirmed"
is "$(q "SELECT value FROM facts WHERE status='corrected'")" "更正后的值" "one fact corrected"
is "$(q "SELECT count(*) FROM audit WHERE action IN ('fact.confirm','fact.correct')")" 2 "both audited"
is "$(cat "$T/tui.err")" "" "nothing on stderr"
done_testing
