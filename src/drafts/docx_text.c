/* docx_text.c — a draft laid out as plain text, the way the DOCX prints it:
 * centred and right-aligned lines padded with spaces on a 56-column line,
 * body paragraphs indented two characters, the 版头's red line and the 版记
 * rules drawn with box characters, the space the layout keeps as empty lines. */
#include "drafts/docx.h"
#include "util/strbuf.h"

#include <string.h>

static void pad(struct strbuf *sb, int cols)
{
	for (int i = 0; i < cols; i++)
		sb_addc(sb, ' ');
}

static void rule(struct strbuf *sb, const char *glyph)
{
	for (int i = 0; i < LAYOUT_COLS; i++)
		sb_adds(sb, glyph);
}

/* 印发机关 at the left, 印发日期 at the right, one character in from each side. */
static void printed_line(struct strbuf *sb, const struct lpara *p)
{
	size_t left, right;
	pad(sb, 2);
	if (!layout_split(p, &left, &right)) {
		sb_add(sb, p->text, p->len);
		return;
	}
	sb_add(sb, p->text, left);
	int used = 4 + layout_width(p->text, left) + layout_width(p->text + right, p->len - right);
	pad(sb, used < LAYOUT_COLS ? LAYOUT_COLS - used : 2);
	sb_add(sb, p->text + right, p->len - right);
}

/* The columns of space in front of p's text. */
static int lead_cols(const struct lpara *p)
{
	int w = layout_width(p->text, p->len) + layout_width(p->suffix, strlen(p->suffix));
	switch (p->kind) {
	case PARA_TITLE: case PARA_CENTER: case PARA_DOCNO: case PARA_ORG:
		return w < LAYOUT_COLS ? (LAYOUT_COLS - w) / 2 : 0;
	case PARA_RIGHT: case PARA_SIGN: case PARA_DATE:
		return w + p->right_cols < LAYOUT_COLS ? LAYOUT_COLS - p->right_cols - w : 0;
	case PARA_ATTACH:
		return 4 + (p->run_first ? 0 : p->hang_cols);
	case PARA_CC:
		return 2;
	case PARA_BODY:
		return p->len ? 4 : 0;
	default:
		return 0;
	}
}

static void text_line(struct strbuf *sb, const struct lpara *p)
{
	if (p->kind == PARA_PRINTED) {
		printed_line(sb, p);
		return;
	}
	pad(sb, lead_cols(p));
	sb_add(sb, p->text, p->len);
	sb_adds(sb, p->suffix);
}

static void emit(struct strbuf *sb, void (*line)(const char *, void *), void *arg)
{
	line(sb_str(sb), arg);
	sb_reset(sb);
}

void docx_plain_text(const char *body, void (*line)(const char *, void *), void *arg)
{
	struct layout l;
	struct strbuf sb = STRBUF_INIT;
	layout_parse(body, &l);
	for (int i = 0; i < l.n; i++) {
		const struct lpara *p = &l.p[i];
		for (int b = 0; b < p->blank_before; b++)
			emit(&sb, line, arg);
		int banji = p->kind == PARA_CC || p->kind == PARA_PRINTED;
		if (banji && p->run_first) {
			rule(&sb, "━");
			emit(&sb, line, arg);
		}
		text_line(&sb, p);
		emit(&sb, line, arg);
		if (p->under_org || (banji && p->run_last)) {
			rule(&sb, "━");
			emit(&sb, line, arg);
		} else if (banji) {
			rule(&sb, "─");
			emit(&sb, line, arg);
		}
	}
	sb_free(&sb);
	layout_free(&l);
}

enum para_kind docx_para_kind(const char *p, size_t n, size_t *skip)
{
	return layout_kind(p, n, skip);
}
