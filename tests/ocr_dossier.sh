#!/bin/sh
# jianzhi ocr on a 卷宗: a PDF holding several documents and a folder of
# page scans are split where a page opens with a title of its own; each
# document lands in its own transaction, attached to the case of its own
# 案号, else --case, else the folder's 案号 name; jianzhi dossier lists a
# case's documents. Hostile scans: a broken PDF page, a PDF or TIFF cut
# short, a truncated PNG are named by file and page while the other pages
# land; a page over the pixel limit and a file over the page limit are
# refused by name, before anything is decoded. Scans built by
# tests/data/ocr/mkdossier.py from the committed fixtures.
. "$TOP_SRCDIR/tests/lib.sh"
O="$TOP_SRCDIR/tests/data/ocr"
q() { sqlite3 -batch -noheader "$DB" "$1"; }
[ -f /usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata ] || [ -f /usr/share/tesseract-ocr/4.00/tessdata/chi_sim.traineddata ] ||
	skip_all "tesseract-ocr-chi-sim not installed"
S="$T/scans"
"$PYTHON3" "$O/mkdossier.py" "$O" "$S" || skip_all "mkdossier.py failed"
ZB101='（2024）浙0683执101号' ZT202='（2025）浙0683执202号'

# ---- one PDF, three documents ----
out=$(jz ocr "$S/dossier.pdf" --case '(2024)浙0683执999号' 2>&1); rc=$?
is "$rc" 0 "ocr of a multi-document PDF exits 0"
like "$out" "dossier.pdf 第1–2页: document #[0-9]+ 终本裁定书, 2 pages, case $ZB101 \(by 案号\), [0-9]+ facts" \
	"the 终本裁定书 spans pages 1–2 (page 2 has no title of its own) and is attached by its 案号"
like "$out" "dossier.pdf 第3页: document #[0-9]+ 执行通知书, 1 pages, case $ZT202 \(by 案号\)" \
	"page 3 opens a document of another case, attached by its own 案号"
like "$out" "dossier.pdf 第4页: document #[0-9]+ [^,]+, 1 pages, case （2024）浙0683执999号 \(by --case\)" \
	"a document without a 案号 of its own goes to --case"
is "$(q "SELECT count(*) FROM documents")" 3 "three documents stored"
is "$(q "SELECT group_concat(d.pages || ':' || p.page_no || '=' || p.src_page, ' ') FROM documents d JOIN pages p ON p.doc_id = d.id ORDER BY d.id, p.page_no")" \
	"2:1=1 2:2=2 1:1=3 1:1=4" "each page knows its page in the document and in the file"
is "$(q "SELECT count(DISTINCT case_id) FROM facts")" 3 "facts follow their document's case"

dossier=$(jz dossier "$ZB101" --format csv)
like "$dossier" "^doc_id,kind,signed,dates,pages,low_conf,failed,facts,proposed,confirmed,rejected,source,path" "dossier columns"
like "$dossier" "[0-9]+,终本裁定书,2024-04-09,2024-01-10 立案,2,0,0,[0-9]+,[0-9]+,0,0,dossier.pdf 第1–2页," \
	"jianzhi dossier: kind, 落款 date, other dates, pages, fact counts and source"
is "$(jz ocr --dossier '(2024)浙0683执101号' --format csv)" "$dossier" "ocr --dossier is the same listing (any spelling of the 案号)"
ok "jz dossier '$ZT202' --format json | '$PYTHON3' -c 'import json,sys; d=json.load(sys.stdin); assert len(d)==1 and d[0][\"kind\"]==\"执行通知书\"'" \
	"dossier --format json is valid JSON"
like "$(jz dossier '（2024）浙0683执77777号' 2>&1)" "没有案号为 （2024）浙0683执77777号 的案件" "an unknown case is named"
is "$(jz dossier 'not a case' >/dev/null 2>&1; echo $?)" 1 "a text that is no 案号 fails"
is "$(jz ocr "$S/zb1.png" --case nonsense >/dev/null 2>&1; echo $?)" 2 "--case must be a 案号"

# ---- a folder: name order with numbers, a truncated page, the folder's 案号 ----
F="$T/（2026）浙0683执7号"
mkdir -p "$F"
cp "$S/zb1.png" "$F/p1.png"; cp "$S/zb2.png" "$F/p2.png"; cp "$O/assist.png" "$F/p10.png"
head -c 20000 "$S/zb2.png" >"$F/p3.png"
echo "清单" >"$F/notes.txt"
out=$(jz ocr "$F" 2>&1)
like "$out" "p3.png 第1页：无法解码（文件截断或损坏）" "a truncated page in the folder is named by file and page"
like "$out" "p1.png 第1页 – .*p3.png 第1页: document #[0-9]+ 终本裁定书, 3 pages \(1 unreadable\), case $ZB101 \(by 案号\)" \
	"p1, p2, p3 are one document (p10 comes after p3), the failed page kept in it"
like "$out" "p10.png 第1页: document #[0-9]+ [^,]+, 1 pages, case （2026）浙0683执7号 \(by 文件夹名\)" \
	"a document without a 案号 goes to the folder's 案号"
like "$out" "notes.txt: not a scan" "a file that is not a scan is left out by name"
is "$(q "SELECT group_concat(replace(src_path, '$F/', ''), ' ') FROM pages WHERE src_path LIKE '%执7号/%' ORDER BY id")" \
	"p1.png p2.png p3.png p10.png" "pages stored in name order, digits as numbers"
is "$(q "SELECT error IS NOT NULL FROM pages WHERE src_path LIKE '%/p3.png'")" 1 "the failed page is stored with its error"
like "$(jz dossier '（2026）浙0683执7号' --format csv)" ",1,0,0,[0-9]+,[0-9]+,0,0,p10.png 第1页," "the folder's case lists its document"
out=$(jz ocr "$F" 2>&1)
like "$out" "p1.png: already stored \(same SHA-256\), skipped" "a second run skips the stored files"
is "$(q "SELECT count(*) FROM documents")" 5 "and stores nothing again"

# ---- broken and cut-short files ----
out=$(jz ocr "$S/broken.pdf" 2>&1)
like "$out" "broken.pdf 第[23]页：PDF 页面损坏，无法读取" "a broken PDF page object is named by file and page"
is "$(q "SELECT count(*) FROM pages WHERE src_path LIKE '%broken.pdf' AND error IS NULL AND text LIKE '%执行通知书%'")" 1 \
	"the readable pages of that PDF are stored"
size=$(wc -c <"$S/dossier.pdf")
head -c $((size * 2 / 3)) "$S/dossier.pdf" >"$S/cut.pdf"
out=$(jz ocr "$S/cut.pdf" 2>&1)
like "$out" "cut.pdf 第4页：PDF 文件截断，这一页已丢失" "a PDF cut short: the lost page is named"
like "$out" "cut.pdf 第1–[0-9]页: document #[0-9]+ 终本裁定书" "and the pages before the cut are read"
head -c 150000 "$O/two.tif" >"$S/cut.tif"
out=$(jz ocr "$S/cut.tif" 2>&1)
like "$out" "cut.tif 第2页：TIFF 文件截断，这一页及以后的页已丢失" "a TIFF cut short: the lost page is named"
is "$(q "SELECT count(*) FROM pages WHERE src_path LIKE '%cut.tif' AND src_page = 1 AND text LIKE '%裁定如下%'")" 1 \
	"and its first page is stored"

# ---- limits ----
out=$(jz ocr "$S/poster.pdf" 2>&1)
like "$out" "poster.pdf 第2页：8333×8333 像素（69.4 百万像素），超过每页 60 百万像素的上限（设置 ocr.max_megapixels）" \
	"a PDF page over 60 megapixels is refused by file and page"
is "$(q "SELECT count(*) FROM pages WHERE src_path LIKE '%poster.pdf' AND error IS NULL")" 2 "the other pages of that PDF are read"
if [ -x /usr/bin/time ]; then
	/usr/bin/time -f '%M' -o "$T/rss" "$JIANZHI" ocr "$S/bomb.png" >"$T/bomb.out" 2>&1
	like "$(cat "$T/bomb.out")" "bomb.png 第1页：19000×19000 像素（361.0 百万像素），超过" "a 361-megapixel PNG is refused by name"
	ok "[ $(tail -1 "$T/rss") -lt 250000 ]" "before it is decoded (peak RSS $(tail -1 "$T/rss") KB)"
fi
jz settings set ocr.max_megapixels 1 >/dev/null
like "$(jz ocr "$O/zt.png" 2>&1)" "zt.png 第1页：1900×696 像素（1.3 百万像素），超过每页 1 百万像素的上限" "the pixel limit is a setting"
jz settings unset ocr.max_megapixels >/dev/null
"$PYTHON3" "$O/mkdossier.py" "$O" --long 6 "$S/long.pdf"
jz settings set ocr.max_pages 5 >/dev/null
out=$(jz ocr "$S/long.pdf" 2>&1); rc=$?
like "$out" "long.pdf：共 6 页，超过每个文件 5 页的上限（设置 ocr.max_pages），未读取" "a file over the page limit is refused by name"
is "$rc" 1 "and nothing else to read: exit 1"
jz settings unset ocr.max_pages >/dev/null

# ---- one short transaction per document: others write meanwhile ----
n0=$(q "SELECT count(*) FROM documents")
jz ocr "$S/long.pdf" --jobs 1 -q >"$T/long.out" 2>&1 &
pid=$!
i=0
while [ "$(q "SELECT count(*) FROM documents")" = "$n0" ] && [ $i -lt 600 ] && kill -0 $pid 2>/dev/null; do
	sleep 0.1; i=$((i + 1))
done
running=$(kill -0 $pid 2>/dev/null && echo yes)
wrote=no
for try in 1 2 3; do
	if sqlite3 "$DB" "PRAGMA busy_timeout=0; BEGIN IMMEDIATE; UPDATE settings SET value=value WHERE 0; COMMIT;" >/dev/null 2>&1; then
		wrote=yes; break
	fi
	sleep 0.1
done
is "$running:$wrote" "yes:yes" "while the PDF is still being read, its first document is stored and another process can write"
wait $pid
is "$(q "SELECT count(*) FROM documents WHERE path LIKE '%long.pdf'")" 4 "a 6-page PDF of four documents gives four (pages 1–2, 3, 4, 5–6)"
done_testing
