#!/bin/sh
# The DOCX of a 检察建议书 read back from its XML (python3, stdlib only):
# the GB/T 9704-2012 page (A4, margins 37/35/28/26 mm, 28.95 pt lines), the
# red 版头 (发文机关标志 and the red line under the 文号), title, 主送机关
# flush left, body in 仿宋_GB2312 with a two-character indent, 附件说明 before
# the 落款, 落款 and 〇-numeral date at the right, odd/even page numbers
# "— N —", the 版记 between rules; the text view showing the same paragraphs;
# characters XML cannot hold replaced and counted; the file written
# atomically (a failed write leaves the older file and no temporary file).
. "$TOP_SRCDIR/tests/lib.sh"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
rd() { "$PYTHON3" "$TOP_SRCDIR/tests/data/drafts/read_docx.py" "$@"; }
fact() { grep "^$1 " "$T/facts" | head -1 | sed "s/^$1 //"; }
[ -n "${PYTHON3:-}" ] || skip_all "python3 not found"
jz demo >/dev/null 2>&1
org=$(q "SELECT value FROM settings WHERE key='org.name'")

jz draft render 1 --format docx -o "$T/x.docx"
is "$?" 0 "draft 1 of the demo renders as DOCX"
jz draft render 1 >"$T/x.txt"
rd "$T/x.docx" "$org" "$T/x.txt" >"$T/facts"
is "$(fact xml_ok)" True "every part is well-formed XML"
is "$(fact page_mm)" "210 297" "A4"
is "$(fact margins_mm)" "37 35 28 26" "margins top 37, bottom 35, left 28, right 26 mm ($(fact margins_twips) twips)"
is "$(fact grid)" "lines 579" "a line grid of 28.95 pt (22 lines in the 225 mm 版心)"
like "$(fact org_color)" "^(FF0000|C00000)$" "the 发文机关标志 run is red"
like "$(fact org_font)" "^方正小标宋简体 org_jc center org_size (8[0-4]|[5-7][0-9])$" "in 小标宋, centred, large"
like "$(fact docno)" "^〔文号待发出时编定〕 jc center$" "the 文号 centred under it"
like "$(fact docno_rule)" "^single (FF0000|C00000) [0-9]+$" "a red bottom border under the 文号 paragraph"
is "$(fact title)" "检察建议书 jc center font 方正小标宋简体 size 44" "title 二号 小标宋, centred"
like "$(fact recipient)" "^.+人民法院： jc left first 0 first_chars 0 hanging 0 left 0$" \
	"主送机关 flush left without first-line indent, with a full-width colon"
is "$(fact body_font)" "仿宋_GB2312 仿宋_GB2312 32" "body 仿宋_GB2312 三号 (defaults and the Normal style)"
is "$(fact body_overrides)" 0 "no body paragraph overrides the font"
like "$(fact body_paragraphs)" "^[1-9][0-9]*$" "body paragraphs found ($(fact body_paragraphs))"
is "$(fact body_indent)" "200/630" "body first line indented two characters"
is "$(fact body_line)" "579/exact" "body lines exactly 28.95 pt apart"
like "$(fact attach_before_sign)" "^True " "附件说明 before the 落款"
like "$(fact sign_jc)" "^right sign_right [0-9]+$" "the 落款 (院名) right-aligned"
is "$(fact keep_with_next)" 11110 "the last body paragraph, 附件说明 (two lines) and 院名 kept on the date's page"
like "$(fact date)" "^二〇[〇一二三四五六七八九]{2}年[一二三四五六七八九十]+月[一二三四五六七八九十]+日 jc right right 12[0-9][0-9]$" \
	"成文日期 in 〇 numerals, right-aligned four characters in"
is "$(fact even_odd)" True "settings.xml: <w:evenAndOddHeaders/>"
like "$(fact 'footer default')" "^field=PAGE text=— 1 — jc=right left= right=2[0-9]{2} fonts=宋体 sz=28$" \
	"odd pages: a PAGE field as — N —, 四号 宋体, right, one character in"
like "$(fact 'footer even')" "^field=PAGE text=— 1 — jc=left left=2[0-9]{2} right= fonts=宋体 sz=28$" "even pages: at the left"
like "$(fact banji)" "^top=8 insideH=6 bottom=8 width=8845 抄送：.+。\|${org}办公室<TAB>[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日印发$" \
	"版记: 抄送 and 印发 between a thick rule, a thin one and a thick one, as wide as the 版心"
is "$(fact plain_matches)" True "the text view shows the same paragraphs in the same order"
like "$(grep -n '人民法院：$' "$T/x.txt")" "^[0-9]+:[^ ]" "text view: the 主送机关 flush left"
like "$(grep '二〇' "$T/x.txt")" "^ {20,}二〇" "text view: the date at the right"
unlike "$(cat "$T/x.txt")" "#(org|docno|title|recipient|attach|sign|date|cc|printed) " "text view: no markers"

# An issued draft carries its 文号 in the 版头.
no=$(q "SELECT doc_no FROM drafts WHERE doc_no LIKE '%民执建%' ORDER BY id LIMIT 1")
id=$(q "SELECT id FROM drafts WHERE doc_no = '$no'")
jz draft render "$id" --format docx -o "$T/issued.docx"
is "$(rd "$T/issued.docx" "$org" | grep '^docno ' | cut -d' ' -f2)" "$no" "an issued draft shows its 文号 ($no) above the red line"

# Amounts and dates as a person writes them, in all five templates. The
# rules write amounts grouped (yuan()); a user rule or an older lead may
# not, so one lead's evidence is given the machine forms here.
lead=$(q "SELECT l.id FROM leads l WHERE l.evidence GLOB '*[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
	ORDER BY l.id LIMIT 1")
q "UPDATE leads SET evidence = evidence || '执行标的2811000.00元，到位127300.5元。' WHERE id = $lead"
like "$(q "SELECT evidence FROM leads WHERE id=$lead")" "[0-9]{4}-[0-9]{2}-[0-9]{2}.*[0-9]{4,}\.[0-9]{2}元|[0-9]{4,}\.[0-9]{2}元.*[0-9]{4}-[0-9]{2}-[0-9]{2}" \
	"a lead whose evidence has ISO dates and plain amounts (#$lead)"
for tpl in 检察建议书-纠正违法执行 检察建议书-类案 督促恢复执行 移送线索函 调查核实报告; do
	jz draft new "$lead" --template "$tpl" >/dev/null
	txt=$(jz draft render "$(q "SELECT max(id) FROM drafts")")
	unlike "$txt" "[0-9]{4}-[0-9]{2}-[0-9]{2}|[^0-9,.][0-9]{4,}(\.[0-9]+)?元" "$tpl: no ISO date, no ungrouped amount"
	like "$txt" "[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日" "$tpl: dates as 2023年8月20日"
	like "$txt" "[0-9]{1,3}(,[0-9]{3})*\.[0-9]{2}元" "$tpl: amounts as 127,300.00元"
done
is "$(grep -hoE '\{\{ *(case\.|lead\.)?(filing_date|closing_date|date|start|today|claim|paid|value|amount|evidence) *\}\}' \
	"$TOP_SRCDIR"/templates/*.tpl)" "" "every amount, date and evidence field in the templates goes through a filter"

# Characters XML 1.0 cannot hold: a party name with U+FFFE and a control
# character (SQL), then bytes no UTF-8 allows added with the editor.
q "UPDATE parties SET name = name || char(65534) || char(1) WHERE id IN (SELECT cp.party_id FROM case_parties cp
	JOIN leads l ON l.case_id = cp.case_id WHERE l.id = $lead AND cp.role = '被执行人')"
jz draft new "$lead" --template 检察建议书-纠正违法执行 >/dev/null
bad=$(q "SELECT max(id) FROM drafts")
like "$(q "SELECT hex(body) FROM drafts WHERE id=$bad")" "EFBFBE01" "the draft holds U+FFFE and U+0001"
out=$(jz draft render "$bad" --format docx -o "$T/bad.docx" 2>&1); rc=$?
is "$rc" 0 "the draft still renders"
like "$out" "注意：文稿 #$bad 有 [1-9][0-9]* 个字符不能写入 Word 文档" "and says how many characters it replaced"
rd "$T/bad.docx" "$org" >"$T/facts"
is "$(fact xml_ok)" True "the DOCX is well-formed XML"
is "$(fact bad_chars)" 0 "no character XML 1.0 forbids"
n1=$(fact fffd)
like "$n1" "^[1-9][0-9]*$" "they are U+FFFD ($n1)"
printf '#!/bin/sh\nprintf '"'"'附言\\357\\277\\277\\013\\377\\355\\240\\200。\\n'"'"' >>"$1"\n' >"$T/ed.sh"
chmod +x "$T/ed.sh"
env -u VISUAL EDITOR="$T/ed.sh" "$JIANZHI" draft edit "$bad" >/dev/null 2>&1
like "$(q "SELECT hex(body) FROM drafts WHERE id=$bad")" "EFBFBF0BFFEDA080" "jianzhi draft edit stored U+FFFF, VT, 0xFF and a surrogate"
out=$(jz draft render "$bad" --format docx -o "$T/bad.docx" 2>&1)
rd "$T/bad.docx" "$org" >"$T/facts"
is "$(fact xml_ok) $(fact bad_chars)" "True 0" "still well-formed, nothing forbidden"
is "$(fact fffd)" "$((n1 + 6))" "six more U+FFFD (U+FFFF, VT, 0xFF and the surrogate's three bytes)"
like "$out" "有 $((n1 + 6)) 个字符" "the count in the message matches"

# Older drafts' markers still lay out.
v=$(q "SELECT version FROM drafts WHERE id=$bad")
printf '#center 某院\n#title 旧稿\n#docno 〔旧〕\n某法院：\n正文\n#right 某院\n#right 二〇二六年一月一日\n' >"$T/old.txt"
jz draft save "$bad" "$T/old.txt" --version "$v" >/dev/null
jz draft render "$bad" --format docx -o "$T/old.docx"
rd "$T/old.docx" 某院 >"$T/facts"
like "$(grep '^p ' "$T/facts" | tr '\n' '|')" "^p center 某院\|p center 旧稿\|p center 〔旧〕\|p both 某法院：\|p both 正文\|p right 某院\|p right 二〇二六年一月一日\|$" \
	"#center, #title, #docno and #right keep their alignment"
is "$(fact docno_rule)" "none none 0" "no red line without a 发文机关标志"

# Atomic write: a failed write leaves the older file and no temporary file.
cp "$T/x.docx" "$T/keep.docx"
before=$(cksum <"$T/keep.docx")
jz draft render 7 --format docx -o "$T/keep.docx"
unlike "$(cksum <"$T/keep.docx")" "^$before\$" "a second render replaces the file"
is "$(ls -A "$T" | grep -c '^\.keep\.docx\.')" 0 "and leaves no temporary file"
before=$(cksum <"$T/keep.docx")
head -c 300000 /dev/urandom | od -An -tx1 >"$T/big.txt"
v=$(q "SELECT version FROM drafts WHERE id=3")
jz draft save 3 "$T/big.txt" --version "$v" >/dev/null
q "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
out=$(sh -c 'trap "" XFSZ; ulimit -f 256; "$0" draft render 3 --format docx -o "$1"' "$JIANZHI" "$T/keep.docx" 2>&1); rc=$?
is "$rc" 1 "a write that runs out of room fails (file size limit 128 KiB)"
like "$out" "keep.docx：无法写入文档" "and says which file"
is "$(cksum <"$T/keep.docx")" "$before" "the older file is intact"
is "$(ls -A "$T" | grep -c '^\.keep\.docx\.')" 0 "the temporary file is removed"
out=$(jz draft render 1 --format docx -o "$T/no/such/dir/x.docx" 2>&1); rc=$?
is "$rc" 1 "a folder that does not exist is an error"
like "$out" "no/such/dir/x.docx：无法写入文档" "naming the path"
done_testing
