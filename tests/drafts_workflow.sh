#!/bin/sh
# Drafts: made from a lead with a template, rendered as text and as a DOCX
# that parses, reviewed with the permission rules, conflicting saves refused,
# 文号 allocated in order and never reused, reply and follow-up, all audited.
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
as() { JIANZHI_USER=$1; export JIANZHI_USER; }
jz demo --cases 300 -q >/dev/null 2>&1
jz users set alice 承办检察官 张检察官 >/dev/null
jz users set bob 部门负责人 李主任 >/dev/null
jz users set carol 书记员 王书记员 >/dev/null
lead=$(q "SELECT min(id) FROM leads WHERE rule_code='ZB-3MONTH'")
case_no=$(q "SELECT c.case_no FROM leads l JOIN cases c ON c.id=l.case_id WHERE l.id=$lead")

as alice
out=$(jz draft new "$lead" --template 检察建议书-纠正违法执行 2>&1); rc=$?
is "$rc" 0 "a draft is made from a lead"
id=$(q "SELECT max(id) FROM drafts")
txt=$(jz draft render "$id")
like "$txt" "检察建议书" "the text has the title"
like "$txt" "$case_no" "the case number"
like "$txt" "壹|贰|叁|肆|伍|陆|柒|捌|玖" "the amount in 大写"
like "$txt" "二〇二六年十一月十五日" "the date in Chinese numerals"
like "$txt" "自执行案件立案之日起已超过三个月" "the law the rule cites"
unlike "$txt" "（V[123]）" "without the brief's verification tags"
like "$txt" "民事诉讼法》第二百四十六条" "the prosecutor's mandate"

jz draft render "$id" --format docx -o "$T/d.docx"
"$PYTHON3" - "$T/d.docx" >"$T/docx.txt" <<'PY'
import sys, zipfile, xml.dom.minidom as m
z = zipfile.ZipFile(sys.argv[1])
names = set(z.namelist())
print("parts", all(p in names for p in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml"]))
doc = m.parseString(z.read("word/document.xml"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
paras = ["".join(t.firstChild.data for t in p.getElementsByTagNameNS(W, "t") if t.firstChild) for p in doc.getElementsByTagNameNS(W, "p")]
paras = [p for p in paras if p]
print("title", next((p for p in paras if p == "检察建议书"), ""))
print("addressee", next((p for p in paras if p.endswith("人民法院：")), ""))
print("date", next((p for p in paras if p.startswith("二〇") and p.endswith("日")), ""))
styles = z.read("word/styles.xml").decode()
fonts = z.read("word/fontTable.xml").decode()
print("fonts", "仿宋_GB2312" in styles and "方正小标宋简体" in fonts)
PY
d=$(cat "$T/docx.txt")
like "$d" "parts True" "the DOCX is a zip with the required parts"
like "$d" "title 检察建议书" "document.xml parses and holds the title paragraph"
like "$d" "addressee .+人民法院：" "the addressee paragraph"
like "$d" "date 二〇二六年十一月十五日" "the 落款 date paragraph"
like "$d" "fonts True" "CJK fonts named"

v=$(q "SELECT version FROM drafts WHERE id=$id")
printf '第一稿修改\n' >"$T/a.txt"
printf '第二稿修改\n' >"$T/b.txt"
is "$(jz draft save "$id" "$T/a.txt" --version "$v" >/dev/null 2>&1; echo $?)" 0 "a save with the current version lands"
out=$(jz draft save "$id" "$T/b.txt" --version "$v" 2>&1); rc=$?
is "$rc" 1 "a stale save is refused"
like "$out" "在你看到版本 $v 之后已被 alice 于 .* 改动" "and says who changed it and when"
is "$(q "SELECT body FROM drafts WHERE id=$id")" "第一稿修改" "the first save is not overwritten"

as bob
is "$(jz draft submit "$id" >/dev/null 2>&1; echo $?)" 1 "only the author submits"
as alice
jz draft submit "$id" >/dev/null
is "$(jz draft approve "$id" >/dev/null 2>&1; echo $?)" 1 "nobody approves their own draft"
as carol
out=$(jz draft approve "$id" 2>&1)
like "$out" "无权批准文稿：需要部门负责人、检察长角色" "a clerk cannot approve, and is told which role may"
is "$(q "SELECT count(*) FROM audit WHERE action='denied' AND login='carol'")" 1 "the refusal is audited"
as bob
is "$(jz draft return "$id" >/dev/null 2>&1; echo $?)" 1 "returning needs a comment"
jz draft return "$id" --comment "请补充终本裁定送达情况" >/dev/null
is "$(q "SELECT status FROM drafts WHERE id=$id")" 已退回 "returned with comments"
like "$(jz draft show "$id")" "bob: 请补充终本裁定送达情况" "the comment is shown with the draft"
as alice
jz draft submit "$id" >/dev/null
as bob
jz draft approve "$id" >/dev/null
is "$(q "SELECT status||' '||reviewer FROM drafts WHERE id=$id")" "已批准 bob" "approved by the reviewer"
as carol
is "$(jz draft issue "$id" >/dev/null 2>&1; echo $?)" 1 "a clerk does not issue"
as alice
is "$(jz draft issue "$id" >/dev/null 2>&1; echo $?)" 1 "nor does the author"
as bob
jz draft issue "$id" >/dev/null
no1=$(q "SELECT doc_no FROM drafts WHERE id=$id")
like "$no1" "^嵊检民执建〔2026〕[0-9]+号$" "issued with a 文号 ($no1)"
is "$(q "SELECT reply_due FROM drafts WHERE id=$id")" 2027-02-15 "reply due three months later"

as alice
jz draft new "$lead" --template 移送线索函 >/dev/null
id2=$(q "SELECT max(id) FROM drafts")
jz draft submit "$id2" >/dev/null; as bob; jz draft approve "$id2" >/dev/null; jz draft issue "$id2" >/dev/null; as alice
jz draft new "$lead" --template 检察建议书-类案 >/dev/null
id3=$(q "SELECT max(id) FROM drafts")
jz draft submit "$id3" >/dev/null; as bob; jz draft approve "$id3" >/dev/null; jz draft issue "$id3" >/dev/null; as alice
n1=$(echo "$no1" | sed 's/.*〕\([0-9]*\)号/\1/')
is "$(q "SELECT doc_no FROM drafts WHERE id=$id3")" "嵊检民执建〔2026〕$((n1 + 1))号" "the next 检察建议 gets the next number"
like "$(q "SELECT doc_no FROM drafts WHERE id=$id2")" "民执移〔2026〕" "a referral letter is numbered in its own series"
is "$(q "SELECT count(*) - count(DISTINCT doc_no) FROM drafts WHERE doc_no IS NOT NULL")" 0 "no 文号 is used twice"

is "$(jz draft followup "$id" >/dev/null 2>&1; echo $?)" 1 "no follow-up while the reply is not due"
jz draft reply "$id" --outcome 不采纳 --date 2026-12-01 >/dev/null
jz draft followup "$id" >/dev/null
is "$(q "SELECT status||' '||outcome FROM drafts WHERE id=$id")" "跟进监督 不采纳" "a rejected suggestion goes to 跟进监督"
jz draft reply "$id3" --outcome 采纳 --resumed --amount 12.5万元 >/dev/null
is "$(q "SELECT outcome||' '||resumed||' '||recovered_fen FROM drafts WHERE id=$id3")" "采纳 1 12500000" "reply with outcome, 恢复执行 and 到位金额"
is "$(q "SELECT count(*) FROM audit WHERE tbl='drafts' AND row_id=$id AND action LIKE 'draft.%'")" \
   "$(q "SELECT count(*) FROM audit WHERE tbl='drafts' AND row_id=$id")" "every step audited"
like "$(q "SELECT group_concat(action,' ') FROM (SELECT action FROM audit WHERE tbl='drafts' AND row_id=$id ORDER BY id)")" \
   "draft.new draft.save draft.submit draft.return draft.comment draft.submit draft.approve draft.issue draft.reply draft.followup" "in order"

mkdir -p "$T/tpl"
printf '## title: 坏模板\n第一行\n{{case.case_no}} {{case.nosuch}}\n' >"$T/tpl/坏模板.tpl"
out=$(JIANZHI_TEMPLATES_DIR="$T/tpl" jz draft new "$lead" --template 坏模板 2>&1)
like "$out" "坏模板.tpl:2: unknown field 'case.nosuch'" "a template error names file, line and field"
printf '## title: 我的模板\n{{case.case_no}}：{{lead.evidence}}\n' >"$T/tpl/我的模板.tpl"
JIANZHI_TEMPLATES_DIR="$T/tpl" jz draft new "$lead" --template 我的模板 >/dev/null
like "$(jz draft render "$(q "SELECT max(id) FROM drafts")")" "$case_no：" "a user template works without recompiling"
printf '## title: 外面\n{{case.case_no}}\n' >"$T/outside.tpl"
out=$(JIANZHI_TEMPLATES_DIR="$T/tpl" jz draft new "$lead" --template ../outside 2>&1)
like "$out" "模板名“../outside”无效" "a template name cannot leave the template directories (..)"
like "$(jz draft new "$lead" --template "$T/outside" 2>&1)" "不能含有“/”" "nor be a path"
like "$(jz draft new "$lead" --template .hidden 2>&1)" "不能以“.”开头" "nor start with a dot"
like "$(jz draft list --format csv | head -1)" "id,status,title,case_no,author,doc_no,reply_due,overdue" "draft list columns"
done_testing
