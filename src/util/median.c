/* median.c — the median, or another quantile, of a few integers (median.h). */
#include "util/median.h"

#include <stdlib.h>

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

int int_quantile(int *v, int n, int num, int den)
{
	qsort(v, (size_t)n, sizeof *v, cmp_int);
	return v[(long)n * num / den];
}

int int_median(int *v, int n)
{
	return int_quantile(v, n, 1, 2);
}
