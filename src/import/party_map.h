/* party_map.h — party keys → party ids in memory, for a bulk load.
 *
 * A bulk load into an empty database (engine.h, struct import_bulk)
 * resolves each party of each row as it arrives instead of staging them
 * and joining afterwards. The key is the party's identity as parties.h
 * defines it: its normalised ID number (kind 'I') or, without one, its
 * exact name (kind 'N'). Open addressing; the slots hold an id and the
 * offset of the key in one arena, so a million parties take about 40 MB. */
#ifndef JZ_IMPORT_PARTY_MAP_H
#define JZ_IMPORT_PARTY_MAP_H

#include <stddef.h>
#include <stdint.h>

struct party_map;

struct party_map *party_map_new(void);
void party_map_free(struct party_map **m);
/* The id stored for (kind, key); a new key is added with id 0 and *added
 * set: store the id through the pointer before the next call. */
uint32_t *party_map_find(struct party_map *m, char kind, const char *key, int *added);
/* The same, a name kept with a key when it is added (stored after the
 * key's NUL, so look-ups by key are unchanged): *name is the name the key
 * was first added with, valid until the next call that adds a key. */
uint32_t *party_map_find_named(struct party_map *m, char kind, const char *key, const char *name, int *added,
			       const char **first_name);
size_t party_map_count(const struct party_map *m);

#endif
