/* strmap.h — a string → int64 hash map (open addressing, grows by doubling).
 * Keys are copied; lookups are O(1). Used for per-import caches. */
#ifndef JZ_STRMAP_H
#define JZ_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct strmap {
	char **keys;
	long long *vals;
	uint64_t *hashes;
	size_t cap, count;
};

uint64_t strmap_hash(const char *s, size_t n);   /* FNV-1a 64 */
#define STRMAP_HASH_START 1469598103934665603ULL
/* FNV-1a 64 of a key of several fields: h (STRMAP_HASH_START at first) on
 * through s (NULL as ""), then a byte no UTF-8 text holds, so ("ab", "c")
 * and ("a", "bc") differ. */
uint64_t strmap_hash_field(uint64_t h, const char *s);
/* 1 and *val when found, 0 when absent. */
int strmap_get(const struct strmap *m, const char *key, long long *val);
void strmap_put(struct strmap *m, const char *key, long long val);
/* The map's own copy of key, added (value 0) when absent: one copy of a
 * string that many rows share, valid until strmap_free. */
const char *strmap_intern(struct strmap *m, const char *key);
void strmap_free(struct strmap *m);

#endif
