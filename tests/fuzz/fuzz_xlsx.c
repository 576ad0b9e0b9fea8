/* libFuzzer harness: the XLSX reader (zip directory, workbook, relationships,
 * shared strings, streamed sheet XML) on arbitrary bytes. Seeds are small
 * real workbooks, so mutations reach the XML parsers. Must never crash,
 * hang or leak. */
#include "import/xlsx_reader.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	xlsx_book *b;
	struct jz_err e;
	if (xlsx_open_mem(data, size, &b, &e))
		return 0;
	char **cells;
	int n;
	long rowno;
	long rows = 0;
	while (xlsx_next_row(b, &cells, &n, &rowno, &e) == 1 && rows++ < 100000)
		for (int i = 0; i < n; i++)
			(void)cells[i][0];
	xlsx_close(&b);
	return 0;
}
