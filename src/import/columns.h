/* columns.h — finding the columns of a table by their header names.
 *
 * Each importer describes its fields with the header synonyms courts use
 * ("立案日期", "立案时间", "收案日期" ...). The header row is found among the
 * first rows (titles above it are skipped): it is the first row in which
 * at least min_hits fields are recognised. A --map file can name other
 * headers: lines "field = 表头" (# starts a comment; UTF-8, at most 64 KiB). Matching ignores
 * spaces, full-width forms, and a trailing unit such as "(元)" / "（元）". */
#ifndef JZ_COLUMNS_H
#define JZ_COLUMNS_H

#include "util/err.h"

#define COLUMNS_MAX_SYN 12
#define COLUMNS_KEYS (COLUMNS_MAX_SYN + 1)
#define COLUMNS_KEY_LEN 256     /* a --map header may fold to 200 bytes */

struct column_spec {
	const char *field;                        /* "case_no" */
	const char *label;                        /* "案号" for messages */
	const char *syn[COLUMNS_MAX_SYN];         /* NULL-terminated synonyms */
	int required;
};

struct column_map {
	const struct column_spec *spec;
	int nspec;
	int *col;                /* per spec field: column index or -1 */
	char **extra_syn;        /* from --map: per field, one more header (or NULL) */
	/* per field, COLUMNS_KEYS slots: the --map header, then the synonyms,
	 * each as header_key made it once, so matching a cell folds only the
	 * cell ("" for an empty slot) */
	char (*key)[COLUMNS_KEY_LEN];
	int *by_key;             /* the non-empty slots sorted by key, then slot */
	int nby_key;
};

/* Prepare a map for spec (nspec entries); map_file may be NULL. */
int columns_init(struct column_map *m, const struct column_spec *spec, int nspec,
		 const char *map_file, struct jz_err *e);
/* Parse --map text (len bytes; file names it in errors) into m: 0, or -1
 * naming the line. NULs, invalid UTF-8, lines over 1 KiB, headers over 200
 * bytes and texts over 64 KiB are errors, never silently cut. */
int columns_parse_map(struct column_map *m, const char *text, size_t len, const char *file,
		      struct jz_err *e);
/* Try cells as the header row: returns how many fields were recognised
 * and fills m->col. */
int columns_match(struct column_map *m, char **cells, int ncells);
/* A header test for table_opts: cells name at least two fields of the
 * column_map *map and every required one. */
int columns_header_test(char **cells, int ncells, void *map);
/* After a match: the labels of required fields that are missing, joined
 * with "、" into buf; returns how many are missing. */
int columns_missing(const struct column_map *m, char *buf, size_t len);
/* The field a header text names (a synonym or a --map header), or -1.
 * Reads only the spec and the --map names, not the matched columns. */
int columns_lookup(const struct column_map *m, const char *header);
/* After a match: the non-empty header cells that name no field, joined
 * with "、" into buf (cut with "…" when longer); returns how many. */
int columns_unused(const struct column_map *m, char **cells, int ncells, char *buf, size_t len);
/* Cell for field i of a row, "" when the column is absent or short. */
const char *columns_get(const struct column_map *m, int field, char **cells, int ncells);
void columns_free(struct column_map *m);

#endif
