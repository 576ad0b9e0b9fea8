#include "drafts/finalise.h"
#include "drafts/context.h"
#include "legal/cnfmt.h"
#include "util/strbuf.h"

#include <stdlib.h>
#include <string.h>

static int starts(const char *line, size_t n, const char *marker)
{
	size_t m = strlen(marker);
	return n >= m && strncmp(line, marker, m) == 0;
}

/* A #right line that is a 落款 date in Chinese numerals (older templates). */
static int right_date(const char *line, size_t n)
{
	return starts(line, n, "#right 二〇") && n > 7 && memmem(line, n, "日", strlen("日"));
}

/* The #printed line: keep "…办公室  " and write the new date before 印发. */
static void printed_line(struct strbuf *out, const char *line, size_t n, const char *today)
{
	char date[40];
	cn_date_digits(today, date, sizeof date);
	const char *gap = memmem(line, n, "  ", 2);
	if (!gap) {
		sb_add(out, line, n);
		return;
	}
	sb_add(out, line, (size_t)(gap - line) + 2);
	sb_printf(out, "%s印发", date);
}

static void one_line(struct strbuf *out, const char *line, size_t n, const char *doc_no, const char *today)
{
	char date[64];
	if (starts(line, n, "#docno ") && doc_no) {
		sb_printf(out, "#docno %s", doc_no);
	} else if (starts(line, n, "#date ") || right_date(line, n)) {
		cn_date(today, date, sizeof date);
		sb_printf(out, "%s%s", starts(line, n, "#date ") ? "#date " : "#right ", date);
	} else if (starts(line, n, "#printed ")) {
		printed_line(out, line, n, today);
	} else {
		sb_add(out, line, n);
	}
}

/* Replace every pending placeholder with doc_no. */
static char *replace_pending(const char *text, const char *with)
{
	struct strbuf out = STRBUF_INIT;
	const char *p = text, *hit;
	while ((hit = strstr(p, DOC_NO_PENDING))) {
		sb_add(&out, p, (size_t)(hit - p));
		sb_adds(&out, with);
		p = hit + strlen(DOC_NO_PENDING);
	}
	sb_adds(&out, p);
	return sb_detach(&out);
}

char *drafts_finalise_text(const char *body, const char *doc_no, const char *today)
{
	struct strbuf out = STRBUF_INIT;
	for (const char *p = body; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		one_line(&out, p, n, doc_no, today);
		if (nl)
			sb_addc(&out, '\n');
		p += n + (nl != NULL);
	}
	char *text = sb_detach(&out), *done = replace_pending(text, doc_no);
	free(text);
	return done;
}

char *drafts_unfinalise_text(const char *body)
{
	struct strbuf out = STRBUF_INIT;
	for (const char *p = body; *p;) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		if (starts(p, n, "#docno "))
			sb_adds(&out, "#docno " DOC_NO_PENDING);
		else
			sb_add(&out, p, n);
		if (nl)
			sb_addc(&out, '\n');
		p += n + (nl != NULL);
	}
	return sb_detach(&out);
}
