/* libFuzzer harness: the XLSX reader (zip directory, workbook with hidden
 * sheets, relationships, shared strings with their size limit, DTD
 * refusal, streamed sheet XML with cell and row limits) on arbitrary
 * bytes. The input's length modulo 3 picks how the sheet is chosen
 * (default, by a header test, by name), as table_open_opts does; the
 * bytes stay a whole zip so seeds keep working. Seeds are small real
 * workbooks, so mutations reach the XML parsers. Must never crash, hang
 * or leak. */
#include "import/xlsx_reader.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int has_case_no(char **cells, int n, void *arg)
{
	(void)arg;
	for (int i = 0; i < n; i++)
		if (strstr(cells[i], "案号"))
			return 1;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int mode = (int)(size % 3);
	xlsx_book *b;
	struct jz_err e;
	if (xlsx_open_mem(data, size, &b, &e))
		return 0;
	struct xlsx_pick pk = { 0 };
	if (mode == 1)
		pk.header_test = has_case_no;
	else if (mode == 2)
		pk.sheet = "台账";
	if (xlsx_choose_sheet(b, &pk, &e) == 0) {
		char **cells;
		int n;
		long rowno, rows = 0;
		while (xlsx_next_row(b, &cells, &n, &rowno, &e) == 1 && rows++ < 100000) {
			size_t total = 0;
			for (int i = 0; i < n; i++) {
				size_t len = strlen(cells[i]);
				if (len > XLSX_MAX_CELL)
					__builtin_trap();   /* the cell limit holds */
				total += len;
			}
			if (total > XLSX_MAX_ROW)
				__builtin_trap();
			(void)xlsx_row_problem(b);
		}
		(void)xlsx_sheet_name(b);
	}
	xlsx_close(&b);
	return 0;
}
