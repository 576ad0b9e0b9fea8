/* u64map.c — see u64map.h. Linear probing at a load of at most three
 * quarters: the keys are hashes, so their slots are spread already. A
 * reserved map has just the room it needs, not the next power of two
 * (a million parties: 16 MB a map, not 24 — the import's peak RSS), so a
 * slot is found by scaling the hash to the capacity, not by a mask. */
#include "util/u64map.h"
#include "util/xalloc.h"

#include <stdlib.h>

static size_t home(const struct u64map *m, uint64_t key)
{
	key ^= key >> 31;        /* mix every bit into the high ones scaled below */
	key *= 0x9e3779b97f4a7c15ULL;
	return (size_t)(((key >> 32) * (uint64_t)m->cap) >> 32);    /* cap < 2^32 */
}

static size_t find(const struct u64map *m, uint64_t key)
{
	size_t i = home(m, key);
	while (m->keys[i] && m->keys[i] != key)
		if (++i == m->cap)
			i = 0;
	return i;
}

static void grow_to(struct u64map *m, size_t cap)
{
	struct u64map n = *m;
	n.cap = cap;
	n.keys = xcalloc(n.cap, sizeof *n.keys);
	n.vals = xcalloc(n.cap, sizeof *n.vals);
	for (size_t i = 0; i < m->cap; i++)
		if (m->keys[i]) {
			size_t j = find(&n, m->keys[i]);
			n.keys[j] = m->keys[i];
			n.vals[j] = m->vals[i];
		}
	free(m->keys);
	free(m->vals);
	*m = n;
}

static void grow(struct u64map *m)
{
	grow_to(m, m->cap ? m->cap * 2 : 1024);
}

void u64map_reserve(struct u64map *m, size_t n)
{
	size_t cap = n / 3 * 4 + 4;          /* a load of three quarters when full */
	if (cap < 1024)
		cap = 1024;
	if (cap > m->cap)
		grow_to(m, cap);
}

uint32_t *u64map_slot(struct u64map *m, uint64_t key, int *added)
{
	if (!key) {
		*added = !m->has_zero;
		if (*added)
			m->has_zero = 1, m->zero_val = 0, m->count++;
		return &m->zero_val;
	}
	if ((m->count + 1) * 4 > m->cap * 3)
		grow(m);
	size_t i = find(m, key);
	*added = !m->keys[i];
	if (*added) {
		m->keys[i] = key;
		m->vals[i] = 0;
		m->count++;
	}
	return &m->vals[i];
}

int u64map_get(const struct u64map *m, uint64_t key, uint32_t *val)
{
	if (!key) {
		if (m->has_zero)
			*val = m->zero_val;
		return m->has_zero;
	}
	if (!m->cap)
		return 0;
	size_t i = find(m, key);
	if (!m->keys[i])
		return 0;
	*val = m->vals[i];
	return 1;
}

void u64map_free(struct u64map *m)
{
	free(m->keys);
	free(m->vals);
	*m = (struct u64map){ 0 };
}
