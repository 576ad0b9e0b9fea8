/* median.c — the median of a few integers (median.h). */
#include "util/median.h"

#include <stdlib.h>

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

int int_median(int *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_int);
	return v[n / 2];
}
