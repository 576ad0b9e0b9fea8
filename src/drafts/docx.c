/* docx.c — word/document.xml from a draft's layout (drafts/layout.h).
 * Each part of the document gets its paragraph and run formatting directly,
 * so the file reads the same in Word, WPS and LibreOffice whatever their
 * default styles; the package around it is docx_package.c. */
#include "drafts/docx.h"
#include "drafts/docx_package.h"
#include "drafts/xmltext.h"
#include "util/strbuf.h"

#include <string.h>

#define LINE_TW 579             /* 28.95 pt: 22 lines in the 225 mm 版心 */
#define CHAR_TW 315             /* 16 pt less 0.25 pt spacing: 28 fill 156 mm */
#define COLS(n) ((n) * CHAR_TW / 2) /* columns (half characters) in twips */
#define SMALL_COL_TW 140        /* half of a 四号 (14 pt) character */
#define TEXT_TW 8845            /* 版心 width, 156 mm */
#define ORG_TOP_TW 1984         /* 发文机关标志: 上边缘至版心上边缘 35 mm */
#define RED "FF0000"

struct pfmt {
	const char *jc;          /* NULL: justified */
	int before;              /* space above, twips */
	int line;                /* exact line height; 0: the 28.95 pt default */
	int first, left, right, hanging;
	int first_chars;         /* Word's character-unit first-line indent */
	int red_rule;            /* the 版头's red separator line under it */
	int keep_next;           /* on the same page as the next paragraph */
	int tab_right;           /* a right-aligned tab stop there, 0: none */
	const char *font;        /* east Asian font; NULL: the body's 仿宋_GB2312 */
	int sz;                  /* half-points; 0: 三号 */
	const char *color;
};

/* 发文机关标志: 42 pt at most, smaller when the name would not fit a line. */
static int org_size(const struct lpara *p)
{
	int chars = (layout_width(p->text, p->len) + 1) / 2, sz = 84;
	if (chars > 0 && TEXT_TW / 10 / chars < sz)
		sz = TEXT_TW / 10 / chars;
	return sz < 44 ? 44 : sz;
}

/* 版记 lines are the rows of a one-column table as wide as the 版心: its
 * top and bottom borders are the 首条 and 末条分隔线 (0.35 mm), the rules
 * between rows 0.25 mm, and the cell margins keep the text one 四号
 * character in from each side (左右各空一字). A table, because Word draws
 * paragraph borders only between the indents, and the rules must span the
 * whole 版心. */
#define BANJI_RULE(side, sz) "<w:" side " w:val=\"single\" w:sz=\"" sz "\" w:space=\"0\" w:color=\"000000\"/>"
static const char BANJI_OPEN[] =
	"<w:tbl><w:tblPr><w:tblW w:w=\"8845\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
	"<w:tblBorders>" BANJI_RULE("top", "8") BANJI_RULE("bottom", "8") BANJI_RULE("insideH", "6") "</w:tblBorders>"
	"<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"280\" w:type=\"dxa\"/>"
	"<w:right w:w=\"280\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w=\"8845\"/></w:tblGrid>";
static const char BANJI_ROW[] =
	"<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"8845\" w:type=\"dxa\"/></w:tcPr>";
/* An empty line, before the 版记 and after it (a body never ends in a table). */
static const char EMPTY_LINE[] = "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"579\" w:lineRule=\"exact\"/>"
	"<w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/></w:pPr></w:p>";

static void banji_fmt(const struct lpara *p, struct pfmt *f)
{
	f->sz = 28;
	f->before = 0;               /* the empty line goes above the table */
	f->keep_next = !p->run_last;
	f->jc = "left";
	if (p->kind == PARA_CC)      /* 回行时与冒号后的首字对齐 */
		f->left = f->hanging = p->hang_cols * SMALL_COL_TW;
	else                         /* 印发日期 at the cell's right edge */
		f->tab_right = TEXT_TW - 2 * 2 * SMALL_COL_TW;
}

static void fmt_of(const struct lpara *p, struct pfmt *f)
{
	memset(f, 0, sizeof *f);
	f->before = p->blank_before * LINE_TW;
	f->keep_next = p->keep_next;
	switch (p->kind) {
	case PARA_ORG:
		f->jc = "center";
		f->sz = org_size(p);
		f->line = f->sz * 12;
		f->before = ORG_TOP_TW - f->sz;   /* less the line's room above the glyphs */
		f->font = "方正小标宋简体";
		f->color = RED;
		break;
	case PARA_DOCNO:
		f->jc = "center";
		f->red_rule = p->under_org;
		break;
	case PARA_TITLE:   /* off the grid: a 22 pt line would take two grid lines */
		f->jc = "center";
		f->font = "方正小标宋简体";
		f->sz = 44;
		f->line = LINE_TW;
		break;
	case PARA_CENTER:
		f->jc = "center";
		f->sz = 36;
		break;
	case PARA_RECIPIENT:
		f->jc = "left";
		break;
	case PARA_ATTACH:
		f->hanging = p->run_first ? COLS(p->hang_cols) : 0;
		f->left = COLS(4 + p->hang_cols);
		break;
	case PARA_SIGN: case PARA_DATE: case PARA_RIGHT:
		f->jc = "right";
		f->right = COLS(p->right_cols);
		break;
	case PARA_CC: case PARA_PRINTED:
		banji_fmt(p, f);
		break;
	case PARA_BODY:
		if (p->len) {
			f->first = COLS(4);
			f->first_chars = 200;
		}
		break;
	}
}

static void para_props(struct strbuf *d, const struct pfmt *f)
{
	sb_adds(d, "<w:pPr>");
	if (f->keep_next)
		sb_adds(d, "<w:keepNext/>");
	if (f->red_rule)   /* 1.5 pt, 4 pt under the line box: about 4 mm under the 文号 */
		sb_adds(d, "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"" RED "\"/></w:pBdr>");
	if (f->tab_right)
		sb_printf(d, "<w:tabs><w:tab w:val=\"right\" w:pos=\"%d\"/></w:tabs>", f->tab_right);
	if (f->line)   /* its own line height, not the document grid's */
		sb_adds(d, "<w:snapToGrid w:val=\"0\"/>");
	sb_printf(d, "<w:spacing w:before=\"%d\" w:after=\"0\" w:line=\"%d\" w:lineRule=\"exact\"/>", f->before,
		  f->line ? f->line : LINE_TW);
	sb_printf(d, "<w:ind w:left=\"%d\" w:right=\"%d\"", f->left, f->right);
	if (f->hanging)
		sb_printf(d, " w:hanging=\"%d\"", f->hanging);
	else if (f->first_chars)
		sb_printf(d, " w:firstLineChars=\"%d\" w:firstLine=\"%d\"", f->first_chars, f->first);
	else
		sb_adds(d, " w:firstLine=\"0\"");
	sb_adds(d, "/>");
	sb_printf(d, "<w:jc w:val=\"%s\"/></w:pPr>", f->jc ? f->jc : "both");
}

static void run_props(struct strbuf *d, const struct pfmt *f)
{
	if (!f->font && !f->sz && !f->color)
		return;
	sb_adds(d, "<w:rPr>");
	if (f->font)
		sb_printf(d, "<w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:hint=\"eastAsia\"/>", f->font,
			  f->font, f->font);
	if (f->color)
		sb_printf(d, "<w:color w:val=\"%s\"/>", f->color);
	if (f->sz)
		sb_printf(d, "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/>", f->sz, f->sz);
	sb_adds(d, "</w:rPr>");
}

/* Runs of text; a tab becomes Word's tab. The characters replaced. */
static int runs(struct strbuf *d, const struct pfmt *f, const char *s, size_t n)
{
	int replaced = 0;
	while (n) {
		const char *tab = memchr(s, '\t', n);
		size_t k = tab ? (size_t)(tab - s) : n;
		sb_adds(d, "<w:r>");
		run_props(d, f);
		if (k) {
			sb_adds(d, "<w:t xml:space=\"preserve\">");
			replaced += xml_add_text(d, s, k);
			sb_adds(d, "</w:t>");
		}
		if (tab)
			sb_adds(d, "<w:tab/>");
		sb_adds(d, "</w:r>");
		s += k + (tab != NULL);
		n -= k + (tab != NULL);
	}
	return replaced;
}

static int paragraph(struct strbuf *d, const struct lpara *p)
{
	struct pfmt f;
	fmt_of(p, &f);
	sb_adds(d, "<w:p>");
	para_props(d, &f);
	int replaced = 0;
	size_t left, right;
	if (p->kind == PARA_PRINTED && layout_split(p, &left, &right)) {
		replaced += runs(d, &f, p->text, left);
		replaced += runs(d, &f, "\t", 1);
		replaced += runs(d, &f, p->text + right, p->len - right);
	} else {
		replaced += runs(d, &f, p->text, p->len);
		replaced += runs(d, &f, p->suffix, strlen(p->suffix));
	}
	sb_adds(d, "</w:p>");
	return replaced;
}

int docx_write(const char *path, const char *body, int *replaced, struct jz_err *e)
{
	struct layout l;
	struct strbuf d = STRBUF_INIT;
	int bad = 0;
	layout_parse(body, &l);
	sb_adds(&d, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" DOCX_NS_W
		"\" xmlns:r=\"" DOCX_NS_R "\"><w:body>");
	for (int i = 0; i < l.n; i++) {
		const struct lpara *p = &l.p[i];
		int banji = p->kind == PARA_CC || p->kind == PARA_PRINTED;
		if (banji && p->run_first) {
			sb_adds(&d, p->blank_before ? EMPTY_LINE : "");
			sb_adds(&d, BANJI_OPEN);
		}
		if (banji)
			sb_adds(&d, BANJI_ROW);
		bad += paragraph(&d, p);
		if (banji)
			sb_adds(&d, "</w:tc></w:tr>");
		if (banji && p->run_last)
			sb_adds(&d, "</w:tbl>");
		if (banji && p->run_last && i == l.n - 1)
			sb_adds(&d, EMPTY_LINE);
	}
	sb_adds(&d, DOCX_SECTION "</w:body></w:document>");
	layout_free(&l);
	if (replaced)
		*replaced = bad;
	int rc = docx_package_write(path, d.buf, d.len, e);
	sb_free(&d);
	return rc;
}
