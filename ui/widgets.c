/* widgets.c — theme and CJK-aware drawing (columns from util/utf8.h,
 * never bytes), wrapping that keeps numbers and dates whole, pick lists. */
#include "ui.h"
#include "legal/cnfmt.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

static attr_t roles[R_NROLES];

/* Foreground colours only, on the terminal's own background, chosen to
 * read on dark and light themes (no yellow, no white). */
void theme_init(void)
{
	roles[R_TITLE] = A_BOLD;
	roles[R_HEADER] = A_BOLD | A_UNDERLINE;
	roles[R_CURSOR] = A_REVERSE;
	roles[R_STATUS] = A_REVERSE;
	roles[R_WARN] = A_BOLD;
	roles[R_MUTED] = A_DIM;
	roles[R_MARKED] = A_BOLD;
	roles[R_OK] = A_BOLD;
	const char *nc = getenv("NO_COLOR");
	if ((nc && *nc) || !has_colors() || start_color() == ERR)
		return;
	use_default_colors();
	init_pair(1, COLOR_RED, -1);
	init_pair(2, COLOR_BLUE, -1);
	init_pair(3, COLOR_MAGENTA, -1);
	init_pair(4, COLOR_GREEN, -1);
	init_pair(5, COLOR_CYAN, -1);
	roles[R_WARN] = COLOR_PAIR(1) | A_BOLD;
	roles[R_TITLE] = COLOR_PAIR(2) | A_BOLD;
	roles[R_MARKED] = COLOR_PAIR(3) | A_BOLD;
	roles[R_OK] = COLOR_PAIR(4) | A_BOLD;
	roles[R_AMOUNT] = COLOR_PAIR(5);
}

attr_t theme(enum role r)
{
	return r < R_NROLES ? roles[r] : A_NORMAL;
}

/* UTF-8 → wide string (malloc'd); invalid bytes become U+FFFD. */
static wchar_t *widen(const char *s, size_t *len)
{
	size_t n = strlen(s), o = 0;
	wchar_t *w = xmalloc((n + 1) * sizeof *w);
	mbstate_t st;
	memset(&st, 0, sizeof st);
	while (w && *s) {
		wchar_t c;
		size_t k = mbrtowc(&c, s, n, &st);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			c = 0xFFFD;
			k = 1;
			memset(&st, 0, sizeof st);
		}
		if (c == L'\t' || c == L'\n' || c == L'\r')
			c = L' ';
		w[o++] = c;
		s += k;
		n -= k;
	}
	if (w)
		w[o] = 0;
	*len = o;
	return w;
}

static int wcw(wchar_t c)
{
	return utf8_cp_width((uint32_t)c);
}

int text_width(const char *utf8)
{
	return utf8_width(utf8);
}

const char *fmt_yuan(long long fen, char buf[32])
{
	if (fen < 0)
		buf[0] = 0;
	else
		cn_yuan(fen, buf, 32);
	return buf;
}

/* How many wide characters fit in width columns (leaving room for "…"
 * when the text is cut); *cols gets their width. */
static size_t fit(const wchar_t *w, size_t n, int width, int *cols)
{
	int total = 0;
	for (size_t i = 0; i < n; i++)
		total += wcw(w[i]);
	int room = total <= width ? width : width - 1;
	size_t i = 0;
	*cols = 0;
	while (i < n && *cols + wcw(w[i]) <= room)
		*cols += wcw(w[i++]);
	return i;
}

static void put(int y, int x, int width, const char *utf8, attr_t a, int right)
{
	if (width <= 0 || y < 0 || y >= LINES || x >= COLS)
		return;
	if (x + width > COLS)
		width = COLS - x;
	size_t n;
	wchar_t *w = widen(utf8 ? utf8 : "", &n);
	int cols;
	size_t k = fit(w, n, width, &cols);
	int cut = k < n, pad = width - cols - cut;
	attr_t old;
	short pair;
	attr_get(&old, &pair, NULL);
	attrset(a);
	move(y, x);
	if (right)
		for (int i = 0; i < pad; i++)
			addch(' ');
	if (k)
		addnwstr(w, (int)k);
	if (cut)
		addwstr(L"…");
	if (!right)
		for (int i = 0; i < pad; i++)
			addch(' ');
	attr_set(old, pair, NULL);
	free(w);
}

void draw_cell(int y, int x, int width, const char *utf8, attr_t a) { put(y, x, width, utf8, a, 0); }
void draw_cell_right(int y, int x, int width, const char *utf8, attr_t a) { put(y, x, width, utf8, a, 1); }

static void push_line(char ***lines, int *n, int *cap, const char *s, size_t len)
{
	*lines = xgrow(*lines, sizeof **lines, cap, *n + 1);
	(*lines)[(*n)++] = xstrndup(s, len);
}

/* Part of a token a line must not break inside: Latin letters, digits and
 * the punctuation of numbers and dates (1,234.50 / 2023-05-06 / 10:30). */
static int token_char(const char *s)
{
	unsigned char c = (unsigned char)*s;
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == ','
	       || c == '-' || c == ':' || c == '/' || c == '%' || c == '_';
}

/* Where to end a line that would overflow at s: before the token s is in,
 * when the token started on this line after its beginning. */
static const char *break_point(const char *start, const char *s)
{
	if (!token_char(s))
		return s;
	const char *t = s;
	while (t > start && token_char(t - 1))
		t--;
	return t > start ? t : s;
}

int wrap_text(const char *utf8, int width, char ***lines, int *n, int *cap)
{
	const char *s = utf8 ? utf8 : "", *start = s;
	int cols = 0, len;
	if (width < 2)
		width = 2;
	while (*s) {
		if (*s == '\n') {
			push_line(lines, n, cap, start, (size_t)(s - start));
			start = ++s;
			cols = 0;
			continue;
		}
		int cw = utf8_cp_width(utf8_decode(s, strlen(s), &len));
		if (cols + cw > width) {
			const char *b = break_point(start, s);
			push_line(lines, n, cap, start, (size_t)(b - start));
			start = b;
			cols = utf8_width_n(start, (size_t)(s - start));
		}
		cols += cw;
		s += len;
	}
	if (s > start || !*utf8)
		push_line(lines, n, cap, start, (size_t)(s - start));
	return *n;
}

int menu_pick(const char *title, const char *const *items, int n)
{
	int w = text_width(title) + 4;
	for (int i = 0; i < n; i++)
		if (text_width(items[i]) + 6 > w)
			w = text_width(items[i]) + 6;
	if (w > COLS - 2)
		w = COLS - 2;
	int h = n + 2 > LINES - 2 ? LINES - 2 : n + 2, cur = 0, top = 0;
	int y0 = (LINES - h) / 2, x0 = (COLS - w) / 2;
	timeout(-1);             /* a choice: wait for its key (the main loop sets its own wait again) */
	for (;;) {
		if (cur < top)
			top = cur;
		if (cur >= top + h - 2)
			top = cur - (h - 3);
		draw_cell(y0, x0, w, title, theme(R_STATUS));
		for (int i = 0; i < h - 2; i++) {
			char buf[512];
			int k = top + i;
			snprintf(buf, sizeof buf, k < n ? " %c %s" : "", k < 9 ? '1' + k : ' ', k < n ? items[k] : "");
			draw_cell(y0 + 1 + i, x0, w, buf, k == cur ? theme(R_CURSOR) : A_NORMAL);
		}
		draw_cell(y0 + h - 1, x0, w, " Enter 选择  Esc 取消", theme(R_STATUS));
		refresh();
		wint_t ch;
		int r = get_wch(&ch);
		timing_input_done();
		if (r == KEY_CODE_YES && ch == KEY_RESIZE)
			return -1;
		if ((r == KEY_CODE_YES && ch == KEY_UP) || (r == OK && ch == L'k'))
			cur = cur > 0 ? cur - 1 : cur;
		else if ((r == KEY_CODE_YES && ch == KEY_DOWN) || (r == OK && ch == L'j'))
			cur = cur < n - 1 ? cur + 1 : cur;
		else if ((r == KEY_CODE_YES && ch == KEY_ENTER) || (r == OK && (ch == L'\n' || ch == L'\r')))
			return cur;
		else if (r == OK && ch >= L'1' && ch <= L'9' && (int)(ch - L'1') < n)
			return (int)(ch - L'1');
		else if (r == OK && (ch == 27 || ch == L'q'))
			return -1;
	}
}
