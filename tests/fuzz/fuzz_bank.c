/* libFuzzer harness: the bank statement row parser. Arbitrary bytes go
 * through the CSV reader; rows before the first header are read as the
 * account's key:value lines (bank_block_read), every later row through
 * bank_row_parse with the standard column map. Must never crash or leak. */
#include "import/bank_row.h"
#include "import/csv_reader.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	csv_reader *r;
	struct jz_err e;
	if (csv_open_mem((const char *)data, size, &r, &e))
		return 0;
	static struct column_map map;       /* built once: matching resets it */
	static int ready;
	if (!ready)
		ready = !columns_init(&map, bank_columns, BF_COUNT, NULL, &e);
	struct bank_rec rec;
	struct bank_block blk;
	struct strbuf why = STRBUF_INIT, warn = STRBUF_INIT;
	bank_rec_init(&rec);
	memset(&blk, 0, sizeof blk);
	char **cells;
	int n, bad, header = 0;
	long rowno;
	while (csv_next_row(r, &cells, &n, &rowno, &bad, &e) == 1) {
		if (!header && columns_match(&map, cells, n) >= 2) {
			header = 1;
		} else if (!header) {
			bank_block_read(&blk, &map, cells, n);
		} else {
			sb_reset(&why);
			sb_reset(&warn);
			bank_row_parse(&rec, &map, cells, n, NULL, &blk, &why, &warn);
		}
	}
	sb_free(&why);
	sb_free(&warn);
	bank_rec_free(&rec);
	csv_close(&r);
	return 0;
}
