/* libFuzzer harness: the template language (fields, filters, #if/#else,
 * #each, comments, escapes) rendered with a fixed context holding text
 * fields, amounts, dates and a three-item list. Must never crash, leak,
 * recurse without bound or produce unbounded output. */
#include "drafts/template.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct tctx *fixed_context(void)
{
	struct tctx *c = tctx_new();
	tctx_set(c, "case.case_no", "（2023）浙0683执1号");
	tctx_set(c, "case.claim", "3560000");
	tctx_set(c, "case.filing_date", "2023-05-06");
	tctx_set(c, "case.paid", "0");
	tctx_set(c, "case.big", "-9223372036854775808");
	tctx_set(c, "lead.evidence", "");
	tctx_declare_list(c, "empty");
	for (int i = 0; i < 3; i++) {
		struct tctx *it = tctx_add_item(c, "events");
		tctx_setf(it, "date", "2023-0%d-1%d", i + 1, i);
		tctx_set(it, "kind", i ? "查封" : "执行通知");
		tctx_set(it, "amount", i == 2 ? "99999999999999999999" : "12345");
	}
	return c;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct tctx *ctx;
	if (!ctx)
		ctx = fixed_context();
	char *src = malloc(size + 1);
	if (!src)
		return 0;
	memcpy(src, data, size);
	src[size] = '\0';
	struct strbuf out = STRBUF_INIT;
	struct jz_err e;
	template_render("fuzz.tpl", src, ctx, &out, &e);
	sb_free(&out);
	free(src);
	return 0;
}
