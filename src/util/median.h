/* median.h — the median of a few integers. */
#ifndef JZ_UTIL_MEDIAN_H
#define JZ_UTIL_MEDIAN_H

/* Sorts the n (> 0) values of v in place and returns v[n / 2] (the upper
 * median of an even count). */
int int_median(int *v, int n);

#endif
