/* layout.h — the page layout of a draft (GB/T 9704-2012 and the
 * procuratorate's 检察建议书 format).
 *
 * A draft is lines; a line may start with a marker naming its part of the
 * document (jianzhi-templates(5)):
 *   #org 院名          发文机关标志: red 小标宋, centred, as large as fits a line
 *   #docno 文号        centred; after an #org, the red separator line under it
 *   #title 标题        二号 小标宋, centred, one empty line under it
 *   #recipient 主送机关 flush left, ending with a full-width colon
 *   #attach 附件说明    "附件：1. …" one line under the body; further lines
 *                      ("2. …") aligned with the first name
 *   #sign 院名         落款, centred over the #date line that follows
 *   #date 成文日期      right-aligned, four characters from the right edge
 *   #cc 抄送：…  /  #printed 印发机关  印发日期（two spaces or a tab between）
 *                      the 版记 after the 落款, 四号, between rules
 *   #center, #right    older drafts: a centred / right-aligned line
 * Any other line is a body paragraph (two-character first-line indent).
 * The DOCX writer and the plain-text view (the workstation's reader) both
 * lay a draft out from here, so what a reviewer reads matches the print.
 * Widths are in columns: a CJK character is 2, a body line 56 (28 字). */
#ifndef JZ_DRAFTS_LAYOUT_H
#define JZ_DRAFTS_LAYOUT_H

#include <stddef.h>

enum para_kind {
	PARA_BODY, PARA_TITLE, PARA_CENTER, PARA_DOCNO, PARA_RIGHT,
	PARA_ORG, PARA_RECIPIENT, PARA_ATTACH, PARA_SIGN, PARA_DATE, PARA_CC, PARA_PRINTED,
};

#define LAYOUT_COLS 56          /* a body line: 28 characters */

struct lpara {
	enum para_kind kind;
	const char *text;       /* after the marker; not NUL-terminated */
	size_t len;
	int blank_before;       /* empty lines the layout puts above it */
	int under_org;          /* #docno in a 版头: the red line goes under it */
	int run_first, run_last;/* first / last of adjacent #attach or 版记 lines */
	int right_cols;         /* #sign, #date, #right: columns left free at the right */
	int hang_cols;          /* #attach, #cc: width of "附件：" / "抄送：" */
	const char *suffix;     /* to write after the text: "：" a #recipient lacks */
	int keep_next;          /* printed on the same page as the next one */
};

struct layout {
	struct lpara *p;
	int n;
};

/* The kind of a line and the bytes its marker takes. */
enum para_kind layout_kind(const char *line, size_t len, size_t *skip);
/* Lay out body (kept by the caller while the layout is used). Empty lines
 * just above a part that brings its own space (#attach, #sign, 版记) are
 * dropped, so a template's blank lines never double that space. */
void layout_parse(const char *body, struct layout *l);
void layout_free(struct layout *l);
/* A #printed line's two parts: the text before the first tab or run of two
 * spaces (*left bytes) and after it (from *right); 0 when it has no gap. */
int layout_split(const struct lpara *p, size_t *left, size_t *right);
/* Display columns of n bytes of text. */
int layout_width(const char *text, size_t n);

#endif
