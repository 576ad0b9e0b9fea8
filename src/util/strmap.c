#include "util/strmap.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

uint64_t strmap_hash(const char *s, size_t n)
{
	uint64_t h = STRMAP_HASH_START;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

uint64_t strmap_hash_field(uint64_t h, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
		h ^= *p;
		h *= 1099511628211ULL;
	}
	h ^= 0xff;
	return h * 1099511628211ULL;
}

static size_t slot(const struct strmap *m, const char *key, uint64_t h)
{
	size_t i = (size_t)h & (m->cap - 1);
	while (m->keys[i] && (m->hashes[i] != h || strcmp(m->keys[i], key) != 0))
		i = (i + 1) & (m->cap - 1);
	return i;
}

int strmap_get(const struct strmap *m, const char *key, long long *val)
{
	if (!m->cap)
		return 0;
	size_t i = slot(m, key, strmap_hash(key, strlen(key)));
	if (!m->keys[i])
		return 0;
	*val = m->vals[i];
	return 1;
}

static void grow(struct strmap *m)
{
	struct strmap n = { 0 };
	n.cap = m->cap ? m->cap * 2 : 1024;
	n.keys = xcalloc(n.cap, sizeof *n.keys);
	n.vals = xcalloc(n.cap, sizeof *n.vals);
	n.hashes = xcalloc(n.cap, sizeof *n.hashes);
	for (size_t i = 0; i < m->cap; i++)
		if (m->keys[i]) {
			size_t j = slot(&n, m->keys[i], m->hashes[i]);
			n.keys[j] = m->keys[i];
			n.vals[j] = m->vals[i];
			n.hashes[j] = m->hashes[i];
		}
	n.count = m->count;
	free(m->keys);
	free(m->vals);
	free(m->hashes);
	*m = n;
}

/* The slot holding key, added when absent. */
static size_t place(struct strmap *m, const char *key)
{
	if ((m->count + 1) * 2 > m->cap)
		grow(m);
	uint64_t h = strmap_hash(key, strlen(key));
	size_t i = slot(m, key, h);
	if (!m->keys[i]) {
		m->keys[i] = xstrdup(key);
		m->hashes[i] = h;
		m->count++;
	}
	return i;
}

void strmap_put(struct strmap *m, const char *key, long long val)
{
	size_t i = place(m, key);     /* first: it may move vals */
	m->vals[i] = val;
}

const char *strmap_intern(struct strmap *m, const char *key)
{
	size_t i = place(m, key);
	return m->keys[i];
}

void strmap_free(struct strmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	free(m->hashes);
	memset(m, 0, sizeof *m);
}
