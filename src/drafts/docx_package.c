#include "drafts/docx_package.h"
#include "util/strbuf.h"

#include <errno.h>
#include <fcntl.h>
#include <minizip/zip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define OFFICE "application/vnd.openxmlformats-officedocument.wordprocessingml."
#define REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

static const char CONTENT_TYPES[] = XML_DECL
	"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
	"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
	"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
	"<Override PartName=\"/word/document.xml\" ContentType=\"" OFFICE "document.main+xml\"/>"
	"<Override PartName=\"/word/styles.xml\" ContentType=\"" OFFICE "styles+xml\"/>"
	"<Override PartName=\"/word/settings.xml\" ContentType=\"" OFFICE "settings+xml\"/>"
	"<Override PartName=\"/word/fontTable.xml\" ContentType=\"" OFFICE "fontTable+xml\"/>"
	"<Override PartName=\"/word/footer1.xml\" ContentType=\"" OFFICE "footer+xml\"/>"
	"<Override PartName=\"/word/footer2.xml\" ContentType=\"" OFFICE "footer+xml\"/>"
	"</Types>";

static const char RELS[] = XML_DECL
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"" REL_TYPE "officeDocument\" Target=\"word/document.xml\"/>"
	"</Relationships>";

static const char DOC_RELS[] = XML_DECL
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rIdStyles\" Type=\"" REL_TYPE "styles\" Target=\"styles.xml\"/>"
	"<Relationship Id=\"rIdSettings\" Type=\"" REL_TYPE "settings\" Target=\"settings.xml\"/>"
	"<Relationship Id=\"rIdFonts\" Type=\"" REL_TYPE "fontTable\" Target=\"fontTable.xml\"/>"
	"<Relationship Id=\"rIdFooterOdd\" Type=\"" REL_TYPE "footer\" Target=\"footer1.xml\"/>"
	"<Relationship Id=\"rIdFooterEven\" Type=\"" REL_TYPE "footer\" Target=\"footer2.xml\"/>"
	"</Relationships>";

/* Body text: 仿宋_GB2312 三号 (16 pt = 32 half-points), Latin letters and
 * digits in Times New Roman, 28.95 pt exact line spacing, justified. The
 * Normal style names the size itself: Word and LibreOffice size the
 * character grid from it (without it LibreOffice takes 12 pt, and a 16 pt
 * character then fills two cells: 18 characters a line instead of 28). */
static const char STYLES[] = XML_DECL
	"<w:styles xmlns:w=\"" DOCX_NS_W "\">"
	"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
	" w:eastAsia=\"仿宋_GB2312\" w:cs=\"Times New Roman\"/><w:kern w:val=\"2\"/><w:sz w:val=\"32\"/>"
	"<w:szCs w:val=\"32\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
	"<w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/><w:spacing w:line=\"579\" w:lineRule=\"exact\"/>"
	"<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
	"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
	"<w:qFormat/><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\"/>"
	"<w:spacing w:val=\"-5\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/>"
	"<w:pPr><w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"336\" w:lineRule=\"exact\"/></w:pPr>"
	"<w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/><w:sz w:val=\"28\"/>"
	"<w:szCs w:val=\"28\"/></w:rPr></w:style>"
	"</w:styles>";

/* Odd and even pages get their own footer; punctuation keeps its full width
 * so 28 characters fill a line. */
static const char SETTINGS[] = XML_DECL
	"<w:settings xmlns:w=\"" DOCX_NS_W "\"><w:evenAndOddHeaders/><w:defaultTabStop w:val=\"420\"/>"
	"<w:characterSpacingControl w:val=\"doNotCompress\"/></w:settings>";

/* Where a machine lacks the official fonts, Word and WPS take the altName. */
static const char FONTS[] = XML_DECL
	"<w:fonts xmlns:w=\"" DOCX_NS_W "\">"
	"<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/><w:charset w:val=\"86\"/>"
	"<w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>"
	"<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/><w:charset w:val=\"86\"/>"
	"<w:family w:val=\"script\"/><w:pitch w:val=\"variable\"/></w:font>"
	"<w:font w:name=\"宋体\"><w:altName w:val=\"SimSun\"/><w:charset w:val=\"86\"/>"
	"<w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>"
	"<w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
	"<w:pitch w:val=\"variable\"/></w:font>"
	"</w:fonts>";

/* "— N —" with N the PAGE field, 四号 宋体; jc and the indent set the side. */
#define PAGE_RUN(x) "<w:r><w:rPr><w:rFonts w:ascii=\"宋体\" w:hAnsi=\"宋体\" w:eastAsia=\"宋体\"/>" \
	"<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>" x "</w:r>"
#define FOOTER(jc, ind) XML_DECL "<w:ftr xmlns:w=\"" DOCX_NS_W "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>" \
	"<w:ind " ind "/><w:jc w:val=\"" jc "\"/></w:pPr>" \
	PAGE_RUN("<w:t xml:space=\"preserve\">— </w:t>") PAGE_RUN("<w:fldChar w:fldCharType=\"begin\"/>") \
	PAGE_RUN("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>") \
	PAGE_RUN("<w:fldChar w:fldCharType=\"separate\"/>") PAGE_RUN("<w:t>1</w:t>") \
	PAGE_RUN("<w:fldChar w:fldCharType=\"end\"/>") PAGE_RUN("<w:t xml:space=\"preserve\"> —</w:t>") \
	"</w:p></w:ftr>"
static const char FOOTER_ODD[] = FOOTER("right", "w:right=\"280\"");    /* 单页码居右空一字 */
static const char FOOTER_EVEN[] = FOOTER("left", "w:left=\"280\"");     /* 双页码居左空一字 */

static int add_part(zipFile z, const char *name, const char *data, size_t n)
{
	zip_fileinfo zi;
	memset(&zi, 0, sizeof zi);
	if (zipOpenNewFileInZip(z, name, &zi, NULL, 0, NULL, 0, NULL, Z_DEFLATED, Z_DEFAULT_COMPRESSION) != ZIP_OK)
		return -1;
	int rc = zipWriteInFileInZip(z, data, (unsigned)n) == ZIP_OK ? 0 : -1;
	return zipCloseFileInZip(z) == ZIP_OK ? rc : -1;
}

static int write_zip(const char *path, const char *document, size_t n)
{
	static const struct { const char *name, *data; } parts[] = {
		{ "[Content_Types].xml", CONTENT_TYPES }, { "_rels/.rels", RELS },
		{ "word/_rels/document.xml.rels", DOC_RELS }, { "word/styles.xml", STYLES },
		{ "word/settings.xml", SETTINGS }, { "word/fontTable.xml", FONTS },
		{ "word/footer1.xml", FOOTER_ODD }, { "word/footer2.xml", FOOTER_EVEN },
	};
	zipFile z = zipOpen(path, APPEND_STATUS_CREATE);
	if (!z)
		return -1;
	int rc = 0;
	for (size_t i = 0; i < sizeof parts / sizeof *parts && rc == 0; i++)
		rc = add_part(z, parts[i].name, parts[i].data, strlen(parts[i].data));
	if (rc == 0)
		rc = add_part(z, "word/document.xml", document, n);
	if (zipClose(z, NULL) != ZIP_OK)
		rc = -1;
	return rc;
}

/* The folder of path, for the temporary file and its fsync. */
static char *folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	struct strbuf sb = STRBUF_INIT;
	if (!slash)
		sb_adds(&sb, ".");
	else
		sb_add(&sb, path, slash == path ? 1 : (size_t)(slash - path));
	return sb_detach(&sb);
}

/* The rename is durable once the folder's entry is on disk. */
static void sync_folder(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

int docx_package_write(const char *path, const char *document, size_t n, struct jz_err *e)
{
	char *dir = folder_of(path);
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	struct strbuf tmp = STRBUF_INIT;
	sb_printf(&tmp, "%s/.%s.XXXXXX", dir, base);
	errno = 0;
	int fd = mkstemp(tmp.buf), rc = -1, err = errno;
	if (fd >= 0) {
		mode_t mask = umask(0);
		umask(mask);
		rc = fchmod(fd, 0666 & ~mask);
		rc = rc == 0 && write_zip(tmp.buf, document, n) == 0 && fsync(fd) == 0 ? 0 : -1;
		err = errno;
		if (close(fd) != 0 && rc == 0)
			rc = -1, err = errno;
		if (rc == 0 && rename(tmp.buf, path) != 0)
			rc = -1, err = errno;
		if (rc == 0)
			sync_folder(dir);
		else
			unlink(tmp.buf);
	}
	if (rc)
		jz_err_set(e, "%s：无法写入文档（%s）", path, err ? strerror(err) : "写入失败");
	sb_free(&tmp);
	free(dir);
	return rc;
}
