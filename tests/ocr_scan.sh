#!/bin/sh
# jianzhi ocr / extract on the committed fixture scans: pages stored with
# text, confidence and engine; character error rate under a bound; facts
# with page and line attached to the case named by the document's 案号; the
# same file is not OCRed twice; bad files are reported by name while the
# others are still processed; full-text search finds page text.
. "$TOP_SRCDIR/tests/lib.sh"
O="$TOP_SRCDIR/tests/data/ocr"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
[ -f /usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata ] || [ -f /usr/share/tesseract-ocr/4.00/tessdata/chi_sim.traineddata ] ||
	skip_all "tesseract-ocr-chi-sim not installed"
jz init >/dev/null
cp "$O/clean.png" "$O/rotated.png" "$O/two.tif" "$T/"
: >"$T/empty.png"
head -c 3000 "$O/clean.png" >"$T/truncated.png"
printf 'not an image at all\n' >"$T/text.png"
printf 'P5\n1 1\n255\n\377' >"$T/tiny.pgm"
printf 'P5\n4 20001\n255\n' >"$T/tall.pgm"; head -c 80004 /dev/zero | tr '\0' '\377' >>"$T/tall.pgm"
out=$(jz ocr "$T/clean.png" "$T/empty.png" "$T/truncated.png" "$T/text.png" "$T/tiny.pgm" "$T/tall.pgm" \
	"$T/rotated.png" "$T/two.tif" --jobs 2 2>&1); rc=$?
is "$rc" 0 "ocr exits 0 when some files were read"
like "$out" "empty.png：空文件" "an empty file is named"
like "$out" "truncated.png 第1页：无法解码（文件截断或损坏）" "a truncated image is named by file and page"
like "$out" "text.png：不是可识别的图像或 PDF" "a text file is named"
like "$out" "tiny.pgm 第1页：1×1 像素，太小" "a 1x1 image: file and page named"
like "$out" "tall.pgm 第1页：4×20001 像素" "a 20,000-pixel-tall image: file and page named"
is "$(q "SELECT count(*) FROM documents")" 7 "the documents are stored (clean, rotated, the two of two.tif, and truncated, tiny, tall with their failed page)"
is "$(q "SELECT group_concat(d.pages || ':' || p.src_page, ' ') FROM documents d JOIN pages p ON p.doc_id=d.id WHERE d.path LIKE '%two.tif' ORDER BY d.id")" "1:1 1:2" \
	"a two-page TIFF holding two documents gives two one-page documents, each page named by its page in the file"
is "$(q "SELECT count(*) FROM pages p JOIN documents d ON d.id=p.doc_id WHERE d.path LIKE '%tiny.pgm' AND p.low_conf=1 AND p.error IS NOT NULL")" 1 \
	"an unreadable page is stored flagged with its error"
like "$(q "SELECT engine||' | '||settings FROM pages LIMIT 1")" "tesseract [0-9.]+ \| lang=chi_sim psm=6 .*seal-removal.*cjk-tidy=1" "engine version and settings per page"
q "SELECT text FROM pages p JOIN documents d ON d.id=p.doc_id WHERE d.path LIKE '%clean.png'" >"$T/clean.txt"
cer=$("$PYTHON3" "$O/cer.py" "$O/zb.txt" "$T/clean.txt")
ok "[ \$(echo \"$cer < 0.10\" | bc) = 1 ]" "character error rate on the clean scan under 10% ($cer)"
q "SELECT text FROM pages p JOIN documents d ON d.id=p.doc_id WHERE d.path LIKE '%rotated.png'" >"$T/rot.txt"
cer=$("$PYTHON3" "$O/cer.py" "$O/zb.txt" "$T/rot.txt")
ok "[ \$(echo \"$cer < 0.15\" | bc) = 1 ]" "character error rate on the 1.5° rotated scan under 15% ($cer)"
is "$(q "SELECT c.case_no FROM documents d JOIN cases c ON c.id=d.case_id WHERE d.path LIKE '%clean.png'")" "（2024）浙0683执101号" \
	"the document is attached to the case of its 案号 (created)"
is "$(q "SELECT kind FROM documents WHERE path LIKE '%clean.png'")" 终本裁定书 "document kind"
is "$(q "SELECT value||' p'||p.page_no||' l'||f.line FROM facts f JOIN pages p ON p.id=f.page_id JOIN documents d ON d.id=f.doc_id WHERE d.path LIKE '%clean.png' AND field='prior_case_no' AND role='执行依据'")" \
	"（2023）浙0683民初2001号 p1 l11" "执行依据 with its page and line"
is "$(q "SELECT value FROM facts f JOIN pages p ON p.id=f.page_id WHERE p.src_path LIKE '%two.tif' AND p.src_page=2 AND field='case_no'")" \
	"（2025）浙0683执202号" "the second TIFF page's own 案号"
is "$(q "SELECT c.case_no FROM documents d JOIN pages p ON p.doc_id=d.id JOIN cases c ON c.id=d.case_id WHERE p.src_path LIKE '%two.tif' AND p.src_page=2")" \
	"（2025）浙0683执202号" "and its document is attached to that case"
is "$(q "SELECT count(*) FROM facts WHERE status='proposed'")" "$(q "SELECT count(*) FROM facts")" "facts are proposed until confirmed"
out=$(jz ocr "$T/clean.png" 2>&1)
like "$out" "clean.png: already stored \(same SHA-256\), skipped" "the same file is not OCRed twice"
like "$(jz ocr --search 鹿山路 --format csv)" "clean.png,1,.*【鹿山路】" "full-text search finds the page"
json=$(jz extract "$O/zb.txt" --format json)
is "$(printf '%s' "$json" | "$PYTHON3" -c 'import json,sys; d=json.load(sys.stdin); print(d["kind"], d["case_no"], [f["value"] for f in d["facts"] if f["field"] == "prior_case_no" and f["role"] == "执行依据"], sorted({f["field"] for f in d["facts"]}), sorted({f["role"] for f in d["facts"] if f["field"] == "party"}))')" \
   "终本裁定书 （2024）浙0683执101号 ['（2023）浙0683民初2001号'] ['amount', 'case_no', 'cause', 'court', 'date', 'item', 'judge', 'kind', 'measure', 'party', 'prior_case_no'] ['申请执行人', '被执行人']" \
   "extract --format json on text: the documented fields and roles"
is "$(q "SELECT count(*) FROM facts WHERE confidence < 0 OR confidence > 1 OR role IS NULL")" 0 "stored facts have a role and a confidence 0..1"
printf '执行裁定书\n审判员: 俞晓峰\n被执行人：张\344\270三\n' >"$T/bad.txt"
ok "jz extract /dev/stdin --format json <'$T/bad.txt' | '$PYTHON3' -c 'import json,sys; json.loads(sys.stdin.buffer.read().decode(\"utf-8\"))'" \
   "extract reads text on a pipe and writes valid UTF-8 JSON even from invalid input"
is "$(q "SELECT count(*) FROM documents")" 7 "extract does not touch the database"
# Half-width punctuation: a court prints ，：（）; a case-law site republishes
# with , : ( ), and each page keeps what it printed (ocr/punctwidth.h).
like "$(cat "$T/clean.txt")" "申请执行人：钱晓明，男" "a court's full-width punctuation reads full-width"
cp "$O/web.png" "$T/"
jz ocr "$T/web.png" -q >/dev/null 2>&1
q "SELECT text FROM pages p JOIN documents d ON d.id=p.doc_id WHERE d.path LIKE '%web.png'" >"$T/web.txt"
like "$(cat "$T/web.txt")" "申请执行人:商文华,女" "a page printed with half-width punctuation reads half-width"
unlike "$(cat "$T/web.txt")" "[，：；（）]" "with no full-width mark anywhere on it"
cer=$("$PYTHON3" "$O/cer.py" "$O/web.txt" "$T/web.txt")
ok "[ \$(echo \"$cer < 0.05\" | bc) = 1 ]" "character error rate on the half-width page under 5% ($cer)"
# Ruled lines: a party block in a ruled table, a cell's last line on its
# bottom border, the page turned 0.8 degrees. The borders are painted out
# before recognition, so no 「|」 is read and no line of text is lost with
# them (without it the first 法定代表人's name went missing).
cp "$O/table.png" "$T/"
jz ocr "$T/table.png" -q >/dev/null 2>&1
q "SELECT text FROM pages p JOIN documents d ON d.id=p.doc_id WHERE d.path LIKE '%table.png'" >"$T/table.txt"
unlike "$(cat "$T/table.txt")" "[|｜]" "a ruled table's borders are not read as 「|」"
is "$(q "SELECT group_concat(value, ' ') FROM (SELECT value FROM facts f JOIN documents d ON d.id=f.doc_id WHERE d.path LIKE '%table.png' AND field='legal_rep' ORDER BY f.line)")" \
	"蒋立军 毛海波" "both 法定代表人 are read from the table"
tr -d '|' <"$O/table.txt" >"$T/table.src"
cer=$("$PYTHON3" "$O/cer.py" "$T/table.src" "$T/table.txt")
ok "[ \$(echo \"$cer < 0.08\" | bc) = 1 ]" "character error rate on the table page under 8% ($cer)"
mkdir -p "$T/kept"; cp "$O/table.png" "$T/kept/"
jz --db "$T/kept.db" init >/dev/null 2>&1
JZ_OCR_OPTS=rules=0 jz --db "$T/kept.db" ocr "$T/kept/table.png" -q >/dev/null 2>&1
sqlite3 -batch -noheader "$T/kept.db" "SELECT text FROM pages" >"$T/kept.txt"
kept=$("$PYTHON3" "$O/cer.py" "$T/table.src" "$T/kept.txt")
ok "[ \$(echo \"$cer < $kept\" | bc) = 1 ]" "and lower than with the borders kept ($cer < $kept)"
# Blanks to fill (____) and a run of dashes are text, not ruled lines: the
# page is left as it is (no table side touches them, none spans a third of it).
cp "$O/dash.png" "$T/"
is "$(JZ_OCR_DEBUG=1 jz ocr "$T/dash.png" 2>&1 | sed -n 's/^prep:.* rules=\([0-9]*\)$/\1/p')" 0 \
	"underscores and dashes in the text are not painted out as rules"
# A signature line the page's reading gets wrong: on this part of a
# development scan (a ruling of tests/data/extract_dev rendered by
# eval/docs/tools/render_pages.py, a cut line at its top) Tesseract reads
# 「审判员　卢　明　远」 as 户明远 with the page, 卢明远 on the line alone;
# a name that starts with no surname is read again, and kept when the new
# reading's does.
cp "$O/signature.png" "$T/"
jz ocr "$T/signature.png" -q >/dev/null 2>&1
is "$(q "SELECT value FROM facts f JOIN documents d ON d.id=f.doc_id WHERE d.path LIKE '%signature.png' AND field='judge'")" \
	"卢明远" "a judge's name misread on the page is read again on its line"
# Grey paper with a red seal (a development ruling rendered on a grey
# scanner background): the seal lifted to white made a bright patch that set
# off background normalisation, and Sauvola then lost the whole page — it
# read 「二扩2」. Lifted only to the paper's grey, the text is read.
cp "$O/greyseal.png" "$T/"
jz ocr "$T/greyseal.png" -q >/dev/null 2>&1
like "$(q "SELECT replace(text, char(10), '') FROM pages WHERE src_path LIKE '%greyseal.png'")" "人民法院.*黑0102执1207号.*哈尔滨冰城润泽商贸有限公司" \
	"a red seal on grey paper does not blank the page"
# The OCR stack is a module the binary opens on first use; a copy of the
# binary outside the build tree looks for it where `make install` puts it.
mkdir -p "$T/elsewhere"; cp "$JIANZHI" "$T/elsewhere/jianzhi"
out=$("$T/elsewhere/jianzhi" --db "$DB" ocr "$T/tiny.pgm" 2>&1); rc=$?
if printf '%s' "$out" | grep -q '无法载入 OCR 组件'; then
	like "$out" "tiny.pgm：无法载入 OCR 组件 /.*/jianzhi-ocr.so" "without the OCR module each file fails naming the module's path"
	ok "[ $rc -ne 0 ]" "and ocr exits non-zero"
else
	like "$out" "already stored" "a copy outside the build tree finds the installed OCR module"
fi
ok "'$T/elsewhere/jianzhi' --db '$DB' cases >/dev/null" "other commands never load it"
ok "! ldd '$JIANZHI' | grep -q 'tesseract\|poppler\|cairo'" "the binary itself links no OCR library"
done_testing
