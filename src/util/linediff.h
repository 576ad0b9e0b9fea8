/* linediff.h — what changed between two texts, line by line.
 *
 * The lines common to both are a longest common subsequence (dynamic
 * programming over the lines between the common head and tail), so the
 * result is a shortest edit: every line of the old text is kept or
 * deleted, every line of the new one kept or added, in reading order, the
 * deletions of a changed block before its additions. Texts whose changed
 * middles would need more than LINEDIFF_MAX_CELLS table cells are still
 * diffed correctly at the ends, the middle shown as wholly replaced. */
#ifndef JZ_UTIL_LINEDIFF_H
#define JZ_UTIL_LINEDIFF_H

#include <stddef.h>

#define LINEDIFF_MAX_CELLS (4L * 1000 * 1000)

enum diff_op { DIFF_SAME, DIFF_DEL, DIFF_ADD };

struct diff_line {
	enum diff_op op;
	const char *text;        /* into the old (SAME, DEL) or new (ADD) text; not NUL-terminated */
	size_t len;
	int old_no, new_no;      /* 1-based line numbers; 0 where the line is not in that text */
};

/* Diff old_text against new_text (either may be NULL: no lines). A final
 * newline does not make an empty last line. *out (malloc'd, caller frees;
 * it points into both texts, which must outlive it) gets *n lines. */
void linediff(const char *old_text, const char *new_text, struct diff_line **out, int *n);
/* How many lines were deleted and added. */
void linediff_count(const struct diff_line *d, int n, int *deleted, int *added);

#endif
