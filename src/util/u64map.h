/* u64map.h — a 64-bit key → 32-bit value map (open addressing, grows by
 * doubling, 12 bytes a slot) for keys that are already hashes: an import's
 * "have I staged this record key before, and in which row?" asked of
 * memory instead of an index in the staging file. */
#ifndef JZ_U64MAP_H
#define JZ_U64MAP_H

#include <stddef.h>
#include <stdint.h>

struct u64map {
	uint64_t *keys;          /* 0: an empty slot (key 0 lives in zero_val) */
	uint32_t *vals;
	size_t cap, count;
	int has_zero;
	uint32_t zero_val;
};

/* The value slot of key, added (value 0, *added = 1) when absent. Valid
 * until the next call that adds a key. */
uint32_t *u64map_slot(struct u64map *m, uint64_t key, int *added);
/* Room for n keys without growing (a map about to be filled with a count
 * known beforehand: no rehashing on the way). */
void u64map_reserve(struct u64map *m, size_t n);
/* 1 and *val when key is held, 0 when not (nothing added). */
int u64map_get(const struct u64map *m, uint64_t key, uint32_t *val);
void u64map_free(struct u64map *m);

#endif
