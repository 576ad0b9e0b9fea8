/* template.h — the template language of drafts (jianzhi-templates(5)).
 *
 *   {{case.case_no}}            a field
 *   {{case.claim | 大写}}        a filter: 大写 (fen → 叁拾伍万元整), 元 (fen →
 *                               1,234.56), 中文日期 (ISO → 二〇二六年…), 日期
 *                               (ISO → 2026年11月23日), 人读 (free text: ISO dates
 *                               → 2026年11月23日, 2811000.00元 → 2,811,000.00元)
 *   {{#if lead.evidence}}…{{else}}…{{/if}}   conditional (non-empty, not "0")
 *   {{#each events}}{{@index}}. {{date}} {{kind}}{{/each}}   a loop over a list;
 *                               inside, item fields shadow outer ones
 *   {{! a comment }}   \{{ writes a literal {{
 * An unknown field or filter, or an unclosed block, is an error naming the
 * file, the line and the field. */
#ifndef JZ_TEMPLATE_H
#define JZ_TEMPLATE_H

#include "util/err.h"
#include "util/strbuf.h"

struct tctx;            /* a set of named values and lists */

struct tctx *tctx_new(void);
void tctx_free(struct tctx *c);
/* Set a text field (copied). Names may contain dots: "case.case_no". */
void tctx_set(struct tctx *c, const char *name, const char *value);
void tctx_setf(struct tctx *c, const char *name, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Append a new item to the list called name and return it (owned by c). */
struct tctx *tctx_add_item(struct tctx *c, const char *name);
/* Declare an empty list (so {{#each}} over it is not an unknown field). */
void tctx_declare_list(struct tctx *c, const char *name);

/* Render src (file names it in errors) into out. */
int template_render(const char *file, const char *src, const struct tctx *c, struct strbuf *out,
		    struct jz_err *e);

#endif
