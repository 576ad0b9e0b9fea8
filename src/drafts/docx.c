#include "drafts/docx.h"
#include "util/strbuf.h"

#include <minizip/zip.h>
#include <stdio.h>
#include <string.h>

static const char CONTENT_TYPES[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
	"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
	"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
	"<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
	"<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
	"</Types>";
static const char RELS[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
	"</Relationships>";
static const char DOC_RELS[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
	"</Relationships>";
/* Body text: 仿宋_GB2312 三号 (16 pt = 32 half-points), 28 pt exact line spacing. */
static const char STYLES[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
	"<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
	"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
	" w:eastAsia=\"仿宋_GB2312\" w:cs=\"Times New Roman\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
	"<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
	"<w:pPrDefault><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault></w:docDefaults>"
	"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
	"<w:pPr><w:jc w:val=\"both\"/></w:pPr></w:style>"
	"<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
	"<w:pPr><w:jc w:val=\"center\"/><w:spacing w:before=\"240\" w:after=\"240\" w:line=\"700\" w:lineRule=\"exact\"/></w:pPr>"
	"<w:rPr><w:rFonts w:eastAsia=\"方正小标宋简体\" w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/>"
	"<w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>"
	"</w:styles>";

static void xml_text(struct strbuf *sb, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '<': sb_adds(sb, "&lt;"); break;
		case '>': sb_adds(sb, "&gt;"); break;
		case '&': sb_adds(sb, "&amp;"); break;
		case '"': sb_adds(sb, "&quot;"); break;
		default:
			if ((unsigned char)s[i] >= 0x20 || s[i] == '\t')
				sb_addc(sb, s[i]);
		}
	}
}

static void paragraph(struct strbuf *d, const char *line, size_t n)
{
	const char *style = NULL, *jc = NULL, *extra = "";
	int indent = 1, sz = 0;
	if (n >= 7 && strncmp(line, "#title ", 7) == 0)
		style = "Title", indent = 0, line += 7, n -= 7;
	else if (n >= 8 && strncmp(line, "#center ", 8) == 0)
		jc = "center", indent = 0, sz = 36, line += 8, n -= 8;
	else if (n >= 7 && strncmp(line, "#docno ", 7) == 0)
		jc = "center", indent = 0, line += 7, n -= 7;
	else if (n >= 7 && strncmp(line, "#right ", 7) == 0)
		jc = "right", indent = 0, extra = "<w:ind w:right=\"640\"/>", line += 7, n -= 7;
	else if (n == 0 || strncmp(line, "此致", n < 6 ? n : 6) == 0)
		indent = n != 0;
	sb_adds(d, "<w:p><w:pPr>");
	if (style)
		sb_printf(d, "<w:pStyle w:val=\"%s\"/>", style);
	if (jc)
		sb_printf(d, "<w:jc w:val=\"%s\"/>", jc);
	sb_adds(d, extra);
	if (indent)
		sb_adds(d, "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>");
	sb_adds(d, "</w:pPr>");
	if (n) {
		sb_adds(d, "<w:r>");
		if (sz)
			sb_printf(d, "<w:rPr><w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/></w:rPr>", sz, sz);
		sb_adds(d, "<w:t xml:space=\"preserve\">");
		xml_text(d, line, n);
		sb_adds(d, "</w:t></w:r>");
	}
	sb_adds(d, "</w:p>");
}

static int add_part(zipFile z, const char *name, const char *data, size_t n)
{
	zip_fileinfo zi;
	memset(&zi, 0, sizeof zi);
	if (zipOpenNewFileInZip(z, name, &zi, NULL, 0, NULL, 0, NULL, Z_DEFLATED, Z_DEFAULT_COMPRESSION) != ZIP_OK)
		return -1;
	int rc = zipWriteInFileInZip(z, data, (unsigned)n) == ZIP_OK ? 0 : -1;
	return zipCloseFileInZip(z) == ZIP_OK ? rc : -1;
}

int docx_write(const char *path, const char *body, struct jz_err *e)
{
	struct strbuf d = STRBUF_INIT;
	sb_adds(&d, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
		"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
	for (const char *p = body; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		paragraph(&d, p, n);
		p += n + (nl != NULL);
	}
	/* A4, GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm */
	sb_adds(&d, "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\""
		" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>"
		"<w:docGrid w:type=\"lines\" w:linePitch=\"560\"/></w:sectPr></w:body></w:document>");
	zipFile z = zipOpen(path, APPEND_STATUS_CREATE);
	int rc = -1;
	if (z) {
		rc = add_part(z, "[Content_Types].xml", CONTENT_TYPES, strlen(CONTENT_TYPES)) ||
		     add_part(z, "_rels/.rels", RELS, strlen(RELS)) ||
		     add_part(z, "word/_rels/document.xml.rels", DOC_RELS, strlen(DOC_RELS)) ||
		     add_part(z, "word/styles.xml", STYLES, strlen(STYLES)) ||
		     add_part(z, "word/document.xml", d.buf, d.len) ? -1 : 0;
		if (zipClose(z, NULL) != ZIP_OK)
			rc = -1;
	}
	sb_free(&d);
	if (rc) {
		remove(path);
		return jz_err_set(e, "%s: cannot write the document", path);
	}
	return 0;
}

enum para_kind docx_para_kind(const char *p, size_t n, size_t *skip)
{
	static const struct { const char *marker; enum para_kind kind; } m[] = {
		{ "#title ", PARA_TITLE }, { "#center ", PARA_CENTER }, { "#docno ", PARA_DOCNO }, { "#right ", PARA_RIGHT },
	};
	for (size_t i = 0; i < sizeof m / sizeof *m; i++) {
		size_t ml = strlen(m[i].marker);
		if (n >= ml && strncmp(p, m[i].marker, ml) == 0) {
			*skip = ml;
			return m[i].kind;
		}
	}
	*skip = 0;
	return PARA_BODY;
}

void docx_plain_text(const char *body, void (*line)(const char *, void *), void *arg)
{
	static const char *const indent[] = { "", "                ", "                  ", "                      ",
					      "                                        " };
	struct strbuf sb = STRBUF_INIT;
	for (const char *p = body; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p), skip;
		enum para_kind k = docx_para_kind(p, n, &skip);
		sb_reset(&sb);
		sb_adds(&sb, indent[k]);
		sb_add(&sb, p + skip, n - skip);
		line(sb_str(&sb), arg);
		p += n + (nl != NULL);
	}
	sb_free(&sb);
}
