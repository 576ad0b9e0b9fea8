/* Placeholder TUI: lists the first screenful of cases until the real
 * workstation (ui/ views) lands. */
#include "tui.h"
#include "db.h"

#include <curses.h>
#include <stdlib.h>

int tui_main(struct cli_ctx *ctx)
{
	sqlite3 *db = cli_open_db(ctx);
	if (!db)
		return EXIT_FAIL;
	initscr();
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	mvprintw(0, 0, "检执工作台 jianzhi — %s   (q 退出)", ctx->db_path);
	sqlite3_stmt *st;
	int y = 2;
	if (sqlite3_prepare_v2(db, "SELECT case_no, coalesce(closing_method,'未结') FROM cases "
			       "ORDER BY filing_date DESC, id DESC LIMIT ?", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_int(st, 1, LINES - 3);
		while (sqlite3_step(st) == SQLITE_ROW)
			mvprintw(y++, 0, "%s  %s", sqlite3_column_text(st, 0), sqlite3_column_text(st, 1));
		sqlite3_finalize(st);
	}
	refresh();
	while (getch() != 'q')
		;
	endwin();
	db_close(&db);
	return EXIT_OK;
}
