/* party_map.c — see party_map.h. Linear probing at a load of at most one
 * half; a key is its kind byte, its bytes and a NUL in the arena. */
#include "import/party_map.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct slot {
	uint32_t off;            /* arena offset of the key; 0: empty */
	uint32_t id;
};

struct party_map {
	struct slot *slots;
	size_t mask, n;
	char *arena;
	size_t len, cap;
};

static uint64_t hash(char kind, const char *key)
{
	uint64_t h = 1469598103934665603ULL ^ (unsigned char)kind;
	for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
		h ^= *p;
		h *= 1099511628211ULL;
	}
	return h ^ (h >> 29);
}

struct party_map *party_map_new(void)
{
	struct party_map *m = xcalloc(1, sizeof *m);
	m->mask = 1023;
	m->slots = xcalloc(m->mask + 1, sizeof *m->slots);
	m->cap = 1 << 14;
	m->arena = xmalloc(m->cap);
	m->len = 1;              /* offset 0 means an empty slot */
	return m;
}

void party_map_free(struct party_map **m)
{
	if (!*m)
		return;
	free((*m)->slots);
	free((*m)->arena);
	free(*m);
	*m = NULL;
}

size_t party_map_count(const struct party_map *m)
{
	return m->n;
}

static size_t probe(const struct party_map *m, char kind, const char *key, uint64_t h)
{
	size_t i = h & m->mask;
	while (m->slots[i].off) {
		const char *k = m->arena + m->slots[i].off;
		if (k[0] == kind && strcmp(k + 1, key) == 0)
			return i;
		i = (i + 1) & m->mask;
	}
	return i;
}

static void grow(struct party_map *m)
{
	struct slot *old = m->slots;
	size_t n = m->mask + 1;
	m->mask = n * 2 - 1;
	m->slots = xcalloc(n * 2, sizeof *m->slots);
	for (size_t i = 0; i < n; i++) {
		if (!old[i].off)
			continue;
		const char *k = m->arena + old[i].off;
		m->slots[probe(m, k[0], k + 1, hash(k[0], k + 1))] = old[i];
	}
	free(old);
}

/* kind, key, NUL, and the name and its NUL when given */
static uint32_t store_key(struct party_map *m, char kind, const char *key, const char *name)
{
	size_t klen = strlen(key) + 2, nlen = name ? strlen(name) + 1 : 0;
	if (m->len + klen + nlen > m->cap) {
		while (m->len + klen + nlen > m->cap)
			m->cap *= 2;
		m->arena = xrealloc(m->arena, m->cap);
	}
	uint32_t off = (uint32_t)m->len;
	m->arena[m->len] = kind;
	memcpy(m->arena + m->len + 1, key, klen - 1);
	if (nlen)
		memcpy(m->arena + m->len + klen, name, nlen);
	m->len += klen + nlen;
	return off;
}

uint32_t *party_map_find_named(struct party_map *m, char kind, const char *key, const char *name, int *added,
			       const char **first_name)
{
	uint64_t h = hash(kind, key);
	size_t i = probe(m, kind, key, h);
	*added = 0;
	if (!m->slots[i].off) {
		if ((m->n + 1) * 2 > m->mask + 1) {
			grow(m);
			i = probe(m, kind, key, h);
		}
		m->slots[i].off = store_key(m, kind, key, name);
		m->slots[i].id = 0;
		m->n++;
		*added = 1;
	}
	if (first_name) {
		const char *k = m->arena + m->slots[i].off + 1;
		*first_name = k + strlen(k) + 1;
	}
	return &m->slots[i].id;
}

uint32_t *party_map_find(struct party_map *m, char kind, const char *key, int *added)
{
	return party_map_find_named(m, kind, key, NULL, added, NULL);
}
