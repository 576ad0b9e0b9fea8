/* table.c — a list with columns: layout by priority (pure geometry, so a
 * narrow terminal drops the least needed columns and no row ever wraps),
 * a header, rows through a cell callback, and cursor moves. */
#include "ui.h"

void table_layout(struct table *tb, int width)
{
	int maxprio = 0;
	for (int i = 0; i < tb->ncols; i++)
		if (tb->cols[i].prio > maxprio)
			maxprio = tb->cols[i].prio;
	for (;; maxprio--) {
		int sum = 0, flex = 0;
		for (int i = 0; i < tb->ncols; i++)
			if (tb->cols[i].prio <= maxprio) {
				sum += tb->cols[i].width + 1;
				flex |= tb->cols[i].width == 0;
			}
		if (sum + (flex ? 8 : 0) <= width || maxprio == 0)
			break;
	}
	int fixed = 0, x = 0, flexcol = -1;
	for (int i = 0; i < tb->ncols; i++) {
		int shown = tb->cols[i].prio <= maxprio;
		tb->w[i] = shown ? tb->cols[i].width : 0;
		if (shown && tb->cols[i].width == 0)
			flexcol = i;
		else if (shown)
			fixed += tb->cols[i].width + 1;
	}
	if (flexcol >= 0) {
		tb->w[flexcol] = width - fixed - 1;
		if (tb->w[flexcol] < 4)
			tb->w[flexcol] = 4;
	}
	for (int i = 0; i < tb->ncols; i++) {
		tb->x[i] = x;
		x += tb->w[i] ? tb->w[i] + 1 : 0;
	}
}

static void draw_header(const struct table *tb, int y)
{
	draw_cell(y, 0, COLS, "", theme(R_HEADER));
	for (int i = 0; i < tb->ncols; i++)
		if (tb->w[i]) {
			if (tb->cols[i].right)
				draw_cell_right(y, tb->x[i], tb->w[i], tb->cols[i].title, theme(R_HEADER));
			else
				draw_cell(y, tb->x[i], tb->w[i], tb->cols[i].title, theme(R_HEADER));
		}
}

void table_draw(struct table *tb, int y, int h, table_cell_fn cell, void *ctx)
{
	table_layout(tb, COLS);
	if (tb->cur >= tb->n)
		tb->cur = tb->n ? tb->n - 1 : 0;
	if (tb->cur < tb->top)
		tb->top = tb->cur;
	if (tb->cur >= tb->top + h - 1)
		tb->top = tb->cur - (h - 1) + 1;
	if (tb->top < 0)
		tb->top = 0;
	draw_header(tb, y);
	for (int r = 0; r < h - 1 && tb->top + r < tb->n; r++) {
		int row = tb->top + r, cursor = row == tb->cur;
		draw_cell(y + 1 + r, 0, COLS, "", cursor ? theme(R_CURSOR) : A_NORMAL);
		for (int i = 0; i < tb->ncols; i++) {
			if (!tb->w[i])
				continue;
			char buf[64];
			enum role role = R_NORMAL;
			const char *text = cell(ctx, row, i, &role, buf);
			attr_t a = cursor ? theme(R_CURSOR) : theme(role);
			if (tb->cols[i].right)
				draw_cell_right(y + 1 + r, tb->x[i], tb->w[i], text ? text : "", a);
			else
				draw_cell(y + 1 + r, tb->x[i], tb->w[i], text ? text : "", a);
		}
	}
}

int table_move(struct table *tb, enum act a, int h)
{
	int last = tb->n ? tb->n - 1 : 0, page = h > 2 ? h - 2 : 1;
	switch (a) {
	case A_UP: if (tb->cur > 0) tb->cur--; break;
	case A_DOWN: if (tb->cur < last) tb->cur++; break;
	case A_PGUP: tb->cur = tb->cur > page ? tb->cur - page : 0; break;
	case A_PGDN: tb->cur = tb->cur + page < last ? tb->cur + page : last; break;
	case A_HOME: tb->cur = 0; break;
	case A_END: tb->cur = last; break;
	default: return 0;
	}
	return 1;
}

/* Row under screen row y (table drawn from row y0), -1 when none. */
static int table_row_at(const struct table *tb, int y0, int y)
{
	int row = tb->top + y - (y0 + 1);
	return y > y0 && row < tb->n ? row : -1;
}

int table_click(struct table *tb, int y0, int y, int dbl)
{
	int row = table_row_at(tb, y0, y);
	if (row < 0)
		return 0;
	tb->cur = row;
	return dbl;
}
