/* libFuzzer harness: registry and event rows. The first byte picks the
 * table kind (the eight registry kinds, an alias, or events); the rest
 * goes through the CSV reader, the header is matched with that kind's
 * column map (else every field in order) and every later row is parsed
 * exactly as `import registry KIND` / `import events` parse it. Asserts
 * that a rejected row always says why. Must never crash, leak or hit
 * undefined behaviour. */
#include "import/csv_reader.h"
#include "import/events.h"
#include "import/registry.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const kinds[] = { "不动产", "车辆", "公积金", "股权", "存款", "出行", "企业登记", "户籍",
				     "航空", "events" };
#define NKINDS (int)(sizeof kinds / sizeof *kinds)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct column_map maps[2];   /* registry, events: built once */
	static int ready;
	struct jz_err e;
	if (!ready) {
		registry_columns_init(&maps[0], &e);
		event_columns_init(&maps[1], &e);
		ready = 1;
	}
	if (size < 1)
		return 0;
	int kind = data[0] % NKINDS, ev = kind == NKINDS - 1;
	struct column_map *map = &maps[ev];
	csv_reader *r;
	if (csv_open_mem((const char *)data + 1, size - 1, &r, &e))
		return 0;
	struct strbuf why = STRBUF_INIT, warn = STRBUF_INIT;
	char **cells;
	int n, bad, header = 0;
	long rowno;
	while (csv_next_row(r, &cells, &n, &rowno, &bad, &e) == 1) {
		if (!header) {
			header = 1;
			if (columns_match(map, cells, n) < 2)
				for (int i = 0; i < map->nspec; i++)
					map->col[i] = i;    /* no header: fields in order */
			continue;
		}
		sb_reset(&why);
		sb_reset(&warn);
		int rc = ev ? event_row_parse(map, cells, n, &why)
			    : registry_row_parse(kinds[kind], map, cells, n, &why, &warn);
		if (rc < 0 && why.len == 0)
			__builtin_trap();           /* a rejection names its reason */
	}
	sb_free(&why);
	sb_free(&warn);
	csv_close(&r);
	return 0;
}
