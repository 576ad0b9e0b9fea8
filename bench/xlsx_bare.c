/* The reference for bench/export.sh: the same query as `jianzhi export xlsx
 * --what cases`, each cell written with libxlsxwriter in constant-memory
 * mode — no formats, widths, masking or progress. Usage: xlsx_bare DB OUT SQLFILE */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

int main(int argc, char **argv)
{
	if (argc != 4)
		return 2;
	FILE *f = fopen(argv[3], "rb");
	static char sql[16384];
	size_t n = f ? fread(sql, 1, sizeof sql - 1, f) : 0;
	if (f)
		fclose(f);
	sql[n] = 0;
	sqlite3 *db;
	sqlite3_stmt *st;
	if (sqlite3_open(argv[1], &db) || sqlite3_prepare_v2(db, sql, -1, &st, NULL))
		return 1;
	lxw_workbook_options o = { .constant_memory = LXW_TRUE };
	lxw_workbook *wb = workbook_new_opt(argv[2], &o);
	lxw_worksheet *ws = workbook_add_worksheet(wb, "案件");
	int cols = sqlite3_column_count(st);
	for (int c = 0; c < cols; c++)
		worksheet_write_string(ws, 0, (lxw_col_t)c, sqlite3_column_name(st, c), NULL);
	lxw_row_t r = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		r++;
		for (int c = 0; c < cols; c++) {
			int t = sqlite3_column_type(st, c);
			if (t == SQLITE_INTEGER || t == SQLITE_FLOAT)
				worksheet_write_number(ws, r, (lxw_col_t)c, sqlite3_column_double(st, c), NULL);
			else if (t == SQLITE_TEXT)
				worksheet_write_string(ws, r, (lxw_col_t)c, (const char *)sqlite3_column_text(st, c), NULL);
		}
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
