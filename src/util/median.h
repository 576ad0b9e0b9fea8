/* median.h — the median, or another quantile, of a few integers. */
#ifndef JZ_UTIL_MEDIAN_H
#define JZ_UTIL_MEDIAN_H

/* Sorts the n (> 0) values of v in place and returns v[n / 2] (the upper
 * median of an even count). */
int int_median(int *v, int n);
/* Sorts the n (> 0) values of v in place and returns v[n * num / den]
 * (num < den): int_median is int_quantile(v, n, 1, 2). */
int int_quantile(int *v, int n, int num, int den);

#endif
