/* outcomes.c — the 监督成效 panels (see outcomes.h): their columns, the
 * statement of query/sql.h that reads a panel from its view in the order
 * asked, and the typed rows read from that statement. */
#include "query/outcomes.h"
#include "query/rows.h"
#include "query/sql.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct ocol {
	const char *name, *title;
	const char *expr;        /* the value (fen, fraction) */
	const char *print;       /* for people; NULL: expr */
};

#define PCT(x) "CASE WHEN " x " IS NULL THEN '' ELSE printf('%.1f%%', 100.0 * " x ") END"

/* The funnel panels: the key and name columns first (named per panel). */
static const struct ocol funnel_cols[] = {
	{ NULL, NULL, "key", NULL }, { NULL, NULL, "name", NULL },
	{ "hits", "线索", "hits", NULL }, { "confirmed", "成案", "confirmed", NULL },
	{ "suggestions", "检察建议", "suggestions", NULL }, { "adopted", "采纳", "adopted", NULL },
	{ "resumed", "恢复执行", "resumed", NULL },
	{ "recovered", "到位金额", "recovered_fen", "printf('%.2f', recovered_fen / 100.0)" },
	{ "precision", "成案率", "precision", PCT("precision") }, { "adoption", "采纳率", "adoption", PCT("adoption") },
	{ "resume_rate", "恢复执行率", "resume_rate", PCT("resume_rate") },
	{ "labelled", "已标注", "labelled", NULL }, { "replied", "已回复", "replied", NULL },
};
#define NFUNNEL (int)(sizeof funnel_cols / sizeof funnel_cols[0])

static const struct ocol reply_cols[] = {
	{ "state", "状态", "state", NULL }, { "reply_due", "回复期限", "reply_due", NULL },
	{ "days_left", "剩余天数", "days_left", NULL }, { "doc_no", "文号", "doc_no", NULL },
	{ "title", "文书", "title", NULL }, { "case_no", "案号", "case_no", NULL },
	{ "court", "法院", "court_name", NULL }, { "judge", "承办法官", "judge", NULL },
	{ "status", "文稿状态", "status", NULL }, { "issued_on", "发出日期", "issued_on", NULL },
};
static const struct ocol agenda_cols[] = {
	{ "kind", "事项", "kind", NULL }, { "due", "期限", "due", NULL }, { "days_left", "剩余天数", "days_left", NULL },
	{ "case_no", "案号", "case_no", NULL }, { "court", "法院", "court_name", NULL },
	{ "judge", "承办法官", "judge", NULL }, { "detail", "说明", "detail", NULL },
};

/* A funnel panel reads its group's own view with v_outcomes' column names
 * (db/schema/022), not v_outcomes WHERE grp = …: that compound compiles
 * all four groups' views, 2.7 ms of the key that opens the 成效 view. */
#define FUNNEL_FIGS "hits, labelled, confirmed, precision, suggestions, replied, adopted, adoption, resumed," \
	" resume_rate, recovered_fen"
#define FUNNEL_FROM(key, name, court, view) \
	"(SELECT " key " AS key, " name " AS name, " court " AS court_code, " FUNNEL_FIGS " FROM " view ")"

static const struct {
	const char *name, *title;
	const char *key_name, *key_title, *name_name, *name_title;   /* funnel panels */
	const char *from, *hidden, *order;   /* the view; columns after the panel's (raw only); default order */
	const char *ids;                     /* the ids people act on, after the columns in print too */
} panels[OP_COUNT] = {
	[OP_RULE] = { "rule", "按规则", "rule", "规则", "title", "规则名称",
		      FUNNEL_FROM("rule", "title", "NULL", "v_rule_outcomes"), "court_code", "hits DESC, key", NULL },
	[OP_COURT] = { "court", "按法院", "court", "法院代字", "court_name", "法院",
		       FUNNEL_FROM("court_code", "court_name", "court_code", "v_court_outcomes"), "court_code",
		       "hits DESC, key", NULL },
	[OP_JUDGE] = { "judge", "按承办法官", "judge", "承办法官", "court_name", "法院",
		       FUNNEL_FROM("judge", "court_name", "court_code", "v_judge_outcomes"), "court_code",
		       "hits DESC, court_code, key", NULL },
	[OP_MONTH] = { "month", "按月", "month", "月份", NULL, NULL,
		       FUNNEL_FROM("month", "''", "NULL", "v_month_outcomes"), "court_code", "key DESC", NULL },
	[OP_REPLIES] = { "replies", "待回复", NULL, NULL, NULL, NULL, "v_replies", "kind",
			 "reply_due, draft_id", "draft_id, case_id" },
	[OP_AGENDA] = { "agenda", "终本后议程", NULL, NULL, NULL, NULL, "v_agenda", NULL,
			"due, kind, case_no", "case_id, draft_id" },
};

const char *outcomes_panel_name(enum outcome_panel p) { return p < OP_COUNT ? panels[p].name : ""; }
const char *outcomes_panel_title(enum outcome_panel p) { return p < OP_COUNT ? panels[p].title : ""; }
int outcomes_is_funnel(enum outcome_panel p) { return p <= OP_MONTH; }

int outcomes_panel_parse(const char *name)
{
	for (int p = 0; p < OP_COUNT; p++)
		if (name && strcmp(panels[p].name, name) == 0)
			return p;
	return -1;
}

/* Column col of panel p, names filled in for the funnel's key and name. */
static struct ocol col_of(enum outcome_panel p, int col)
{
	if (p == OP_REPLIES)
		return reply_cols[col];
	if (p == OP_AGENDA)
		return agenda_cols[col];
	if (p == OP_MONTH && col >= 1)
		col++;                          /* months have no name column */
	struct ocol c = funnel_cols[col];
	if (col == 0)
		c.name = panels[p].key_name, c.title = panels[p].key_title;
	else if (col == 1)
		c.name = panels[p].name_name, c.title = panels[p].name_title;
	return c;
}

int outcomes_ncols(enum outcome_panel p)
{
	if (p == OP_REPLIES)
		return (int)(sizeof reply_cols / sizeof reply_cols[0]);
	if (p == OP_AGENDA)
		return (int)(sizeof agenda_cols / sizeof agenda_cols[0]);
	return p == OP_MONTH ? NFUNNEL - 1 : p < OP_COUNT ? NFUNNEL : 0;
}

const char *outcomes_col_name(enum outcome_panel p, int col)
{
	return col >= 0 && col < outcomes_ncols(p) ? col_of(p, col).name : "";
}

const char *outcomes_col_title(enum outcome_panel p, int col)
{
	return col >= 0 && col < outcomes_ncols(p) ? col_of(p, col).title : "";
}

int outcomes_col_parse(enum outcome_panel p, const char *name)
{
	for (int i = 0; i < outcomes_ncols(p); i++)
		if (name && strcmp(col_of(p, i).name, name) == 0)
			return i;
	return -1;
}

/* SELECT <columns AS names>, <ids>, <hidden> FROM <view> ORDER BY <sort>, <default>. */
int outcomes_select(jz_db *db, const struct outcomes_query *q, enum outcomes_form form, sqlite3_stmt **out,
		    struct jz_err *e)
{
	int print = form == OF_PRINT;
	enum outcome_panel p = q->panel;
	if ((unsigned)p >= OP_COUNT)
		return jz_err_set(e, "未知的统计方式");
	struct strbuf sql = STRBUF_INIT;
	sb_adds(&sql, "SELECT ");
	for (int i = 0; i < outcomes_ncols(p); i++) {
		struct ocol c = col_of(p, i);
		sb_printf(&sql, "%s%s AS %s", i ? ", " : "", print && c.print ? c.print : c.expr, c.name);
	}
	if (panels[p].ids && form != OF_SHEET)
		sb_printf(&sql, ", %s", panels[p].ids);
	if (form == OF_ROWS && panels[p].hidden)
		sb_printf(&sql, ", %s", panels[p].hidden);
	sb_printf(&sql, " FROM %s ORDER BY ", panels[p].from);
	if (q->sort >= 0 && q->sort < outcomes_ncols(p))
		sb_printf(&sql, "%s %s, ", col_of(p, q->sort).expr, q->desc ? "DESC" : "ASC");
	sb_adds(&sql, panels[p].order);
	int rc = db_prepare(db, sb_str(&sql), out, e);
	sb_free(&sql);
	return rc;
}

/* ---- typed rows ---- */

/* A statement's column by name (the panels name their columns). */
static int col(sqlite3_stmt *st, const char *name)
{
	for (int i = 0; i < sqlite3_column_count(st); i++)
		if (strcmp(sqlite3_column_name(st, i), name) == 0)
			return i;
	return -1;
}

static char *text(sqlite3_stmt *st, const char *name)
{
	int i = col(st, name);
	return i >= 0 ? db_col_dup(st, i) : xstrdup("");
}

static long long num(sqlite3_stmt *st, const char *name)
{
	int i = col(st, name);
	return i >= 0 ? sqlite3_column_int64(st, i) : 0;
}

static double rate(sqlite3_stmt *st, const char *name)
{
	int i = col(st, name);
	return i < 0 || sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_double(st, i);
}

static void fill_funnel(sqlite3_stmt *st, void *row)
{
	struct outcome_row *r = row;
	r->key = db_col_dup(st, 0);            /* the key comes first in every funnel panel */
	r->name = text(st, col(st, "title") >= 0 ? "title" : "court_name");
	r->court_code = text(st, "court_code");
	r->hits = num(st, "hits");
	r->labelled = num(st, "labelled");
	r->confirmed = num(st, "confirmed");
	r->suggestions = num(st, "suggestions");
	r->replied = num(st, "replied");
	r->adopted = num(st, "adopted");
	r->resumed = num(st, "resumed");
	r->recovered_fen = num(st, "recovered");
	r->precision = rate(st, "precision");
	r->adoption = rate(st, "adoption");
	r->resume_rate = rate(st, "resume_rate");
}

static void fill_reply(sqlite3_stmt *st, void *row)
{
	struct reply_row *r = row;
	r->draft_id = num(st, "draft_id");
	r->case_id = num(st, "case_id");
	r->days_left = (int)num(st, "days_left");
	r->state = text(st, "state");
	r->reply_due = text(st, "reply_due");
	r->issued_on = text(st, "issued_on");
	r->doc_no = text(st, "doc_no");
	r->title = text(st, "title");
	r->kind = text(st, "kind");
	r->status = text(st, "status");
	r->case_no = text(st, "case_no");
	r->court = text(st, "court");
	r->judge = text(st, "judge");
}

/* Kinds, dates, courts, judges and the pieces of the detail text repeat
 * from row to row (a million-case agenda: 116,576 rows, a few thousand
 * distinct values): a row points at one shared copy; only its 案号 is its
 * own. */
static _Thread_local struct strmap *agenda_shared;

static const char detail_sep[] = "，";

static void split_detail(const char *s, const char **piece)
{
	char buf[1024];
	int k = 0;
	for (const char *sep; k < AGENDA_PIECES - 1 && (sep = strstr(s, detail_sep)); k++) {
		size_t n = (size_t)(sep - s);
		if (n >= sizeof buf)
			break;
		memcpy(buf, s, n);
		buf[n] = 0;
		piece[k] = strmap_intern(agenda_shared, buf);
		s = sep + strlen(detail_sep);
	}
	piece[k] = strmap_intern(agenda_shared, s);
}

void outcomes_agenda_detail(const struct agenda_row *r, struct strbuf *sb)
{
	for (int k = 0; k < AGENDA_PIECES && r->detail[k]; k++) {
		if (k)
			sb_adds(sb, detail_sep);
		sb_adds(sb, r->detail[k]);
	}
}

static const char *text_or_empty(sqlite3_stmt *st, const char *name)
{
	int c = col(st, name);
	const unsigned char *t = c >= 0 ? sqlite3_column_text(st, c) : NULL;
	return t ? (const char *)t : "";
}

static void fill_agenda(sqlite3_stmt *st, void *row)
{
	struct agenda_row *r = row;
	static const char *const names[] = { "kind", "due", "court", "judge" };
	const char **dst[] = { &r->kind, &r->due, &r->court, &r->judge };
	r->case_id = num(st, "case_id");
	r->draft_id = num(st, "draft_id");
	r->days_left = (int)num(st, "days_left");
	for (int i = 0; i < 4; i++)
		*dst[i] = strmap_intern(agenda_shared, text_or_empty(st, names[i]));
	split_detail(text_or_empty(st, "detail"), r->detail);
	r->case_no = xstrdup(text_or_empty(st, "case_no"));
}

int outcomes_fetch(jz_db *db, const struct outcomes_query *q, struct outcomes *out, struct jz_err *e)
{
	sqlite3_stmt *st;
	memset(out, 0, sizeof *out);
	out->panel = q->panel;
	if (outcomes_select(db, q, OF_ROWS, &st, e))
		return -1;
	if (q->panel == OP_REPLIES)
		return rows_read(db, st, fill_reply, &out->replies, sizeof *out->replies, &out->n, e);
	if (q->panel == OP_AGENDA) {
		out->shared = xcalloc(1, sizeof *out->shared);
		agenda_shared = out->shared;
		int rc = rows_read(db, st, fill_agenda, &out->agenda, sizeof *out->agenda, &out->n, e);
		agenda_shared = NULL;
		if (!rc && out->n)     /* the array grew by doubling: give back the slack */
			out->agenda = xrealloc(out->agenda, (size_t)out->n * sizeof *out->agenda);
		return rc;
	}
	return rows_read(db, st, fill_funnel, &out->funnel, sizeof *out->funnel, &out->n, e);
}

void outcomes_free(struct outcomes *o)
{
	for (int i = 0; o->funnel && i < o->n; i++) {
		struct outcome_row *r = &o->funnel[i];
		free(r->key); free(r->name); free(r->court_code);
	}
	for (int i = 0; o->replies && i < o->n; i++) {
		struct reply_row *r = &o->replies[i];
		free(r->state); free(r->reply_due); free(r->issued_on); free(r->doc_no); free(r->title);
		free(r->kind); free(r->status); free(r->case_no); free(r->court); free(r->judge);
	}
	for (int i = 0; o->agenda && i < o->n; i++)
		free(o->agenda[i].case_no);
	free(o->funnel);
	free(o->replies);
	free(o->agenda);
	if (o->shared)
		strmap_free(o->shared);
	free(o->shared);
	for (int col = 0; col < AGENDA_NCOLS; col++)
		free(o->order[col]);
	free(o->shown);
	memset(o, 0, sizeof *o);
}

/* ---- the agenda sorted in memory ---- */

_Static_assert(sizeof agenda_cols / sizeof agenda_cols[0] == AGENDA_NCOLS, "AGENDA_NCOLS: the agenda's columns");

/* The next byte of a row's detail text as outcomes_agenda_detail joins
 * it (0 at the end), without joining it. */
struct detail_pos { const struct agenda_row *r; int k; const char *p; };

static unsigned char detail_next(struct detail_pos *d)
{
	while (!*d->p) {
		if (d->p == detail_sep + strlen(detail_sep)) {
			d->p = d->r->detail[d->k];
		} else if (d->k + 1 < AGENDA_PIECES && d->r->detail[d->k + 1]) {
			d->k++;
			d->p = detail_sep;
		} else {
			return 0;
		}
	}
	return (unsigned char)*d->p++;
}

static int detail_cmp(const struct agenda_row *a, const struct agenda_row *b)
{
	struct detail_pos x = { a, 0, a->detail[0] ? a->detail[0] : "" };
	struct detail_pos y = { b, 0, b->detail[0] ? b->detail[0] : "" };
	for (;;) {
		unsigned char c = detail_next(&x), d = detail_next(&y);
		if (c != d || !c)
			return (c > d) - (c < d);
	}
}

static int agenda_col_cmp(const struct agenda_row *a, const struct agenda_row *b, int col)
{
	switch (col) {
	case 0: return strcmp(a->kind, b->kind);
	case 1: return strcmp(a->due, b->due);
	case 2: return (a->days_left > b->days_left) - (a->days_left < b->days_left);
	case 3: return strcmp(a->case_no, b->case_no);
	case 4: return strcmp(a->court, b->court);
	case 5: return strcmp(a->judge, b->judge);
	case 6: return detail_cmp(a, b);
	default: return 0;
	}
}

/* The sort column (col >= 0), then panels[OP_AGENDA].order (due, kind,
 * case_no), then the ids so that equal rows keep one order. */
static int agenda_cmp(const struct agenda_row *a, const struct agenda_row *b, int col)
{
	int c = col >= 0 ? agenda_col_cmp(a, b, col) : 0;
	if (!c)
		c = strcmp(a->due, b->due);
	if (!c)
		c = strcmp(a->kind, b->kind);
	if (!c)
		c = strcmp(a->case_no, b->case_no);
	if (!c)
		c = (a->case_id > b->case_id) - (a->case_id < b->case_id);
	if (!c)
		c = (a->draft_id > b->draft_id) - (a->draft_id < b->draft_id);
	return c;
}

static int default_cmp(const void *pa, const void *pb)
{
	return agenda_cmp(*(const struct agenda_row *const *)pa, *(const struct agenda_row *const *)pb, -1);
}

/* The rows themselves in the default order, once (the SQL gives it but
 * for rows tied on 期限, 事项, 案号): pointers are sorted, then the rows
 * moved into place cycle by cycle (qsort of the rows copied them through
 * a buffer as big as the agenda). */
static void default_order(struct outcomes *o)
{
	if (o->ordered || !o->agenda)
		return;
	o->ordered = 1;
	size_t n = (size_t)o->n;
	struct agenda_row *a = o->agenda, **by = xmalloc(n * sizeof *by);
	for (size_t i = 0; i < n; i++)
		by[i] = &a[i];
	qsort(by, n, sizeof *by, default_cmp);
	/* position i takes row by[i]; follow each cycle once (done: by[i] = NULL) */
	for (size_t i = 0; i < n; i++) {
		if (!by[i] || by[i] == &a[i]) {
			by[i] = NULL;
			continue;
		}
		struct agenda_row keep = a[i];
		size_t j = i;
		while (by[j] != &a[i]) {
			size_t k = (size_t)(by[j] - a);
			a[j] = a[k];
			by[j] = NULL;
			j = k;
		}
		a[j] = keep;
		by[j] = NULL;
	}
	free(by);
}

static _Thread_local const struct outcomes *sorting;
static _Thread_local int sorting_col;

/* Rows in the default order, so ties on the column stay in it by index. */
static int col_then_index(const void *pa, const void *pb)
{
	int i = *(const int *)pa, j = *(const int *)pb;
	int c = agenda_col_cmp(&sorting->agenda[i], &sorting->agenda[j], sorting_col);
	return c ? c : (i > j) - (i < j);
}

/* The rows ascending by column col, ties in the default order. */
static const int *col_order(struct outcomes *o, int col)
{
	default_order(o);
	if (!o->order[col]) {
		int *idx = xmalloc((size_t)o->n * sizeof *idx);
		for (int i = 0; i < o->n; i++)
			idx[i] = i;
		sorting = o;
		sorting_col = col;
		qsort(idx, (size_t)o->n, sizeof *idx, col_then_index);
		sorting = NULL;
		o->order[col] = idx;
	}
	return o->order[col];
}

void outcomes_agenda_orders(struct outcomes *o)
{
	for (int col = 0; o->agenda && col < AGENDA_NCOLS; col++)
		col_order(o, col);
}

/* Ascending: the column's order. Descending: that order reversed, and
 * each run of rows tied on the column reversed back, so ties keep the
 * default order as in SQL's "ORDER BY col DESC, due, kind, case_no". */
void outcomes_sort_agenda(struct outcomes *o, const struct outcomes_query *q)
{
	if (!o->agenda)
		return;
	default_order(o);
	if (q->sort < 0 || q->sort >= AGENDA_NCOLS) {
		free(o->shown);
		o->shown = NULL;
		return;
	}
	const int *asc = col_order(o, q->sort);
	int n = o->n;
	if (!o->shown)
		o->shown = xmalloc((size_t)n * sizeof *o->shown);
	if (!q->desc) {
		memcpy(o->shown, asc, (size_t)n * sizeof *o->shown);
		return;
	}
	for (int i = 0; i < n; i++)
		o->shown[i] = asc[n - 1 - i];
	for (int i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && agenda_col_cmp(&o->agenda[o->shown[i]], &o->agenda[o->shown[j]], q->sort) == 0; j++)
			;
		for (int x = i, y = j - 1; x < y; x++, y--) {
			int t = o->shown[x];
			o->shown[x] = o->shown[y];
			o->shown[y] = t;
		}
	}
}

const struct agenda_row *outcomes_agenda_at(const struct outcomes *o, int i)
{
	return &o->agenda[o->shown ? o->shown[i] : i];
}

int outcomes_count(jz_db *db, struct outcomes_counts *c, struct jz_err *e)
{
	sqlite3_stmt *st;
	memset(c, 0, sizeof *c);
	if (db_prepare(db, "SELECT count(*), count(CASE WHEN state = '逾期' THEN 1 END),"
		       " count(CASE WHEN state = '七日内到期' THEN 1 END) FROM v_replies",
		       &st, e))
		return -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		c->waiting = sqlite3_column_int(st, 0);
		c->overdue = sqlite3_column_int(st, 1);
		c->due_soon = sqlite3_column_int(st, 2);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : jz_err_set(e, "读取监督成效失败: %s", db_errmsg(db));
}
