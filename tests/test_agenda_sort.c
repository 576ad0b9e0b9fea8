/* test_agenda_sort.c — the 终本后 agenda sorted in memory (query/outcomes.h,
 * outcomes_sort_agenda), as the workstation sorts it on each key: every
 * row kept exactly once, in the order of the sort column (either way; the
 * detail column compared as the joined text),
 * ties broken by the panel's default order (期限, 事项, 案号) ascending. */
#include "query/outcomes.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/xalloc.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 5000

static char *dup_printf(const char *fmt, long a)
{
	char buf[96];
	snprintf(buf, sizeof buf, fmt, a);
	return xstrdup(buf);
}

/* Rows with many ties: 4 kinds, 12 dates, 11 courts, details of one to
 * four "，"-pieces sharing their starts. Each row's 案号 is its own
 * allocation, as outcomes_fetch makes it, and names its case. */
static void make(struct outcomes *o)
{
	static const char *const kinds[] = { "终本后复查", "五年期满", "查封到期", "回复到期" };
	static const char *const pieces[] = { "终本于2021-12-05", "终本于2021-12", "上次查询", "", "应于2022" };
	memset(o, 0, sizeof *o);
	o->panel = OP_AGENDA;
	o->n = N;
	o->agenda = xcalloc(N, sizeof *o->agenda);
	o->shared = xcalloc(1, sizeof *o->shared);
	unsigned x = 12345;
	for (int i = 0; i < N; i++) {
		struct agenda_row *r = &o->agenda[i];
		x = x * 1103515245u + 12345u;
		r->case_id = i + 1;
		r->days_left = (int)(x >> 16) % 300 - 150;
		r->kind = kinds[(x >> 8) % 4];
		char *due = dup_printf("2026-%02ld-10", (long)((x >> 4) % 12 + 1));
		char *court = dup_printf("浙06%02ld", (long)((x >> 5) % 11));
		r->due = strmap_intern(o->shared, due);
		r->court = r->judge = strmap_intern(o->shared, court);
		free(due), free(court);
		r->case_no = dup_printf("（2024）浙0683执%ld号", (long)i + 1);
		int np = 1 + (int)((x >> 12) % AGENDA_PIECES);
		for (int k = 0; k < np; k++)
			r->detail[k] = pieces[(x >> (14 + 3 * k)) % 5];
	}
}

static char *detail_of(const struct agenda_row *r)
{
	struct strbuf sb = STRBUF_INIT;
	outcomes_agenda_detail(r, &sb);
	return sb_detach(&sb);
}

static int col_cmp(const struct agenda_row *a, const struct agenda_row *b, int col)
{
	switch (col) {
	case 0: return strcmp(a->kind, b->kind);
	case 1: return strcmp(a->due, b->due);
	case 2: return (a->days_left > b->days_left) - (a->days_left < b->days_left);
	case 3: return strcmp(a->case_no, b->case_no);
	case 4: return strcmp(a->court, b->court);
	default: {
		char *x = detail_of(a), *y = detail_of(b);
		int c = strcmp(x, y);
		free(x), free(y);
		return c;
	}
	}
}

static void check(int col, int desc)
{
	struct outcomes o;
	make(&o);
	struct outcomes_query q = { OP_AGENDA, col, desc };
	if (col % 2)             /* made beforehand, as the background reader does */
		outcomes_agenda_orders(&o);
	outcomes_sort_agenda(&o, &q);
	char *seen = xcalloc(N + 1, 1);
	int dup = 0, order = 0;
	for (int i = 0; i < N; i++) {
		long long id = outcomes_agenda_at(&o, i)->case_id;
		dup += id < 1 || id > N || seen[id];
		seen[id] = 1;
		if (i == 0)
			continue;
		const struct agenda_row *a = outcomes_agenda_at(&o, i - 1), *b = outcomes_agenda_at(&o, i);
		int c = col_cmp(a, b, col) * (desc ? -1 : 1);
		if (!c)
			c = strcmp(a->due, b->due) ? strcmp(a->due, b->due)
			  : strcmp(a->kind, b->kind) ? strcmp(a->kind, b->kind) : strcmp(a->case_no, b->case_no);
		order += c > 0;
		/* the 案号 still belongs to its row */
		char no[64];
		snprintf(no, sizeof no, "（2024）浙0683执%lld号", id);
		dup += strcmp(b->case_no, no) != 0;
	}
	is_int(dup, 0, "column %d%s: every row once, with its own strings", col, desc ? " desc" : "");
	is_int(order, 0, "column %d%s: in order, ties by 期限, 事项, 案号", col, desc ? " desc" : "");
	free(seen);
	outcomes_free(&o);
}

int main(void)
{
	for (int col = 0; col <= 6; col++) {
		if (col == 5)
			continue;        /* judge: the court here, checked as column 4 */
		check(col, 0);
		check(col, 1);
	}
	return tap_done();
}
