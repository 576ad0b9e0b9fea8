/* Unit tests of the line diff (util/linediff.h): the edits rebuild both
 * texts, the kept lines are a longest common subsequence (checked against
 * an independent recursive LCS on many random texts), line numbers, the
 * order of a changed block, and the fallback for huge middles. */
#include "util/linediff.h"
#include "util/strbuf.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

/* The text made of the lines with op a or op b. */
static char *rebuild(const struct diff_line *d, int n, enum diff_op a, enum diff_op b)
{
	struct strbuf sb = STRBUF_INIT;
	sb_adds(&sb, "");
	for (int i = 0; i < n; i++)
		if (d[i].op == a || d[i].op == b) {
			sb_add(&sb, d[i].text, d[i].len);
			sb_addc(&sb, '\n');
		}
	return sb_detach(&sb);
}

static int kept(const struct diff_line *d, int n)
{
	int k = 0;
	for (int i = 0; i < n; i++)
		k += d[i].op == DIFF_SAME;
	return k;
}

/* An independent LCS of two strings of one-letter lines, by recursion with a memo. */
static int memo[16][16];
static int lcs(const char *a, const char *b)
{
	if (!*a || !*b)
		return 0;
	int *m = &memo[strlen(a)][strlen(b)];
	if (*m >= 0)
		return *m;
	int r = a[0] == b[0] ? 1 + lcs(a + 1, b + 1) : lcs(a + 1, b) > lcs(a, b + 1) ? lcs(a + 1, b) : lcs(a, b + 1);
	return *m = r;
}

static char *as_lines(const char *letters)
{
	struct strbuf sb = STRBUF_INIT;
	sb_adds(&sb, "");
	for (const char *p = letters; *p; p++)
		sb_printf(&sb, "第%c行\n", *p);
	return sb_detach(&sb);
}

static void test_random(void)
{
	srand(20261202);
	int rebuilt = 1, minimal = 1;
	for (int t = 0; t < 2000; t++) {
		char a[16], b[16];
		int na = rand() % 12, nb = rand() % 12;
		for (int i = 0; i < na; i++) a[i] = (char)('a' + rand() % 3);
		for (int i = 0; i < nb; i++) b[i] = (char)('a' + rand() % 3);
		a[na] = b[nb] = 0;
		char *ta = as_lines(a), *tb = as_lines(b);
		struct diff_line *d;
		int n;
		linediff(ta, tb, &d, &n);
		char *ra = rebuild(d, n, DIFF_SAME, DIFF_DEL), *rb = rebuild(d, n, DIFF_SAME, DIFF_ADD);
		rebuilt &= !strcmp(ra, ta) && !strcmp(rb, tb);
		memset(memo, -1, sizeof memo);
		minimal &= kept(d, n) == lcs(a, b);
		free(ra); free(rb); free(d); free(ta); free(tb);
	}
	ok(rebuilt, "2000 random pairs: kept+deleted lines rebuild the old text, kept+added the new");
	ok(minimal, "2000 random pairs: the kept lines are as many as an independent LCS finds");
}

static void test_examples(void)
{
	struct diff_line *d;
	int n, del, add;
	linediff("甲\n乙\n丙\n丁\n", "甲\n戊\n丙\n丁\n己\n", &d, &n);
	static const enum diff_op want[] = { DIFF_SAME, DIFF_DEL, DIFF_ADD, DIFF_SAME, DIFF_SAME, DIFF_ADD };
	int right = n == 6;
	for (int i = 0; right && i < n; i++)
		right = d[i].op == want[i];
	ok(right, "one line replaced, one added: = - + = = +");
	ok(n == 6 && d[1].old_no == 2 && d[1].new_no == 0 && d[2].new_no == 2 && d[2].old_no == 0,
	   "a deleted line has its old number, an added one its new number");
	ok(n == 6 && d[5].new_no == 5 && d[4].old_no == 4 && d[4].new_no == 4, "kept lines have both numbers");
	ok(n == 6 && d[2].len == strlen("戊") && !memcmp(d[2].text, "戊", d[2].len), "an added line's text is from the new text");
	linediff_count(d, n, &del, &add);
	is_int(del * 10 + add, 12, "one deleted, two added");
	free(d);

	linediff("a\nb\nc\n", "a\nb\nc", &d, &n);
	linediff_count(d, n, &del, &add);
	ok(n == 3 && del == 0 && add == 0, "a final newline makes no line");
	free(d);

	linediff(NULL, "x\ny\n", &d, &n);
	linediff_count(d, n, &del, &add);
	ok(n == 2 && add == 2, "from nothing: every line added");
	free(d);
	linediff("x\ny\n", "", &d, &n);
	linediff_count(d, n, &del, &add);
	ok(n == 2 && del == 2, "to nothing: every line deleted");
	free(d);

	linediff("一\n二\n三\n", "一\n四\n五\n三\n", &d, &n);
	ok(n == 5 && d[1].op == DIFF_DEL && d[2].op == DIFF_ADD && d[3].op == DIFF_ADD,
	   "a changed block shows its deletions before its additions");
	free(d);
}

/* A changed middle too big for the table: still exact at the ends, and
 * the edits still rebuild both texts. */
static void test_huge(void)
{
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
	sb_adds(&a, "头\n");
	sb_adds(&b, "头\n");
	for (int i = 0; i < 2100; i++) {
		sb_printf(&a, "旧%d\n", i);
		sb_printf(&b, "新%d\n", i);
	}
	sb_adds(&a, "尾\n");
	sb_adds(&b, "尾\n");
	struct diff_line *d;
	int n, del, add;
	linediff(sb_str(&a), sb_str(&b), &d, &n);
	linediff_count(d, n, &del, &add);
	ok(del == 2100 && add == 2100 && d[0].op == DIFF_SAME && d[n - 1].op == DIFF_SAME,
	   "2100 lines replaced: head and tail kept, the middle replaced");
	char *ra = rebuild(d, n, DIFF_SAME, DIFF_DEL), *rb = rebuild(d, n, DIFF_SAME, DIFF_ADD);
	ok(!strcmp(ra, sb_str(&a)) && !strcmp(rb, sb_str(&b)), "and the edits rebuild both texts");
	free(ra); free(rb); free(d);
	sb_free(&a);
	sb_free(&b);
}

int main(void)
{
	test_examples();
	test_random();
	test_huge();
	return tap_done();
}
