/* outcomes.h — 监督成效 for the faces: the funnel 线索 → 成案 → 检察建议 →
 * 采纳 → 恢复执行 → 到位金额 with its rates per rule, court, judge or month;
 * the documents waiting for the court's reply; and the 终本后 agenda. Each
 * is a panel read from one named view (v_rule_outcomes and the other
 * groups' views, v_replies, v_agenda), the same the CLI (`jianzhi stats`, through
 * query/sql.h) and the exports read: one definition of 成案率 and the rest.
 *
 * A panel has columns a person can sort by (outcomes_col_*); the default
 * order is the most hits first (the month panel: by month), the nearest
 * date first for replies and the agenda. Strings are never NULL ("" when
 * absent); rates are fractions, -1 when there is nothing to divide by;
 * money is fen. */
#ifndef JZ_QUERY_OUTCOMES_H
#define JZ_QUERY_OUTCOMES_H

#include "store/jzdb.h"
#include "util/err.h"
#include "util/strbuf.h"

enum outcome_panel { OP_RULE, OP_COURT, OP_JUDGE, OP_MONTH, OP_REPLIES, OP_AGENDA, OP_COUNT };

/* "rule" … "agenda" (for --by and remembered settings) and 按规则 … 终本后议程. */
const char *outcomes_panel_name(enum outcome_panel p);
const char *outcomes_panel_title(enum outcome_panel p);
int outcomes_panel_parse(const char *name);          /* -1 when unknown */
int outcomes_is_funnel(enum outcome_panel p);

/* The sortable columns of a panel: English name (":sort", CSV header) and
 * Chinese title. */
int outcomes_ncols(enum outcome_panel p);
const char *outcomes_col_name(enum outcome_panel p, int col);
const char *outcomes_col_title(enum outcome_panel p, int col);
int outcomes_col_parse(enum outcome_panel p, const char *name);   /* -1 when unknown */

struct outcomes_query {
	enum outcome_panel panel;
	int sort;                /* a column of the panel; -1: the panel's default order */
	int desc;
};

struct outcome_row {
	char *key;               /* rule code / court code / judge / YYYY-MM */
	char *name;              /* rule title / court name / the judge's court / "" */
	char *court_code;        /* court and judge panels; "" otherwise */
	long long hits, labelled, confirmed, suggestions, replied, adopted, resumed, recovered_fen;
	double precision, adoption, resume_rate;   /* 成案率, 采纳率, 恢复执行率; -1 none */
};

struct reply_row {
	long long draft_id, case_id;
	int days_left;           /* negative: overdue by that many days */
	char *state;             /* 逾期 / 七日内到期 / 未到期 */
	char *reply_due, *issued_on, *doc_no, *title, *kind, *status, *case_no, *court, *judge;
};

/* A detail text is split at its first AGENDA_PIECES - 1 "，" into shared
 * pieces (the dates and the fixed wording of one kind repeat across
 * thousands of rows); outcomes_agenda_detail puts it back together. */
#define AGENDA_PIECES 3
struct agenda_row {
	long long case_id, draft_id;
	int days_left;
	const char *kind;        /* 终本后复查 / 五年期满 / 查封到期 / 回复到期 */
	const char *due, *court, *judge;        /* shared: outcomes.shared */
	const char *detail[AGENDA_PIECES];      /* shared; NULL past the last piece */
	char *case_no;           /* the row's own (a million-case agenda is a
				  * hundred thousand rows, held by the workstation) */
};

/* The row's detail text, appended to sb. */
void outcomes_agenda_detail(const struct agenda_row *r, struct strbuf *sb);

/* One panel's rows; the array for the panel is set, the others NULL. */
#define AGENDA_NCOLS 7
struct outcomes {
	enum outcome_panel panel;
	int n;
	struct outcome_row *funnel;
	struct reply_row *replies;
	struct agenda_row *agenda;   /* in the default order once sorted */
	struct strmap *shared;       /* the agenda's repeated strings */
	int ordered;                 /* agenda rows put in the default order */
	int *order[AGENDA_NCOLS];    /* per column: the rows ascending, ties in
				      * the default order (made on first use) */
	int *shown;                  /* the rows as outcomes_sort_agenda ordered
				      * them; NULL: the default order */
};

int outcomes_fetch(jz_db *db, const struct outcomes_query *q, struct outcomes *out, struct jz_err *e);
void outcomes_free(struct outcomes *o);

/* Show the agenda rows of o in the order of q (its sort column either
 * way, ties in the panel's default order, as outcomes_fetch would read
 * them): the workstation reads the agenda once and orders it on each key,
 * from per-column orders made once. outcomes_agenda_at(o, i) is the i-th
 * row so ordered. */
void outcomes_sort_agenda(struct outcomes *o, const struct outcomes_query *q);
const struct agenda_row *outcomes_agenda_at(const struct outcomes *o, int i);
/* Make every column's order now (the background reader does: a first
 * sort of a hundred thousand rows takes some 40 ms, too long for a key). */
void outcomes_agenda_orders(struct outcomes *o);

/* Counts for a summary line: documents waiting for a reply, of them
 * overdue and due within seven days. (Not the agenda: on a big database
 * it is read only when its panel is shown.) */
struct outcomes_counts { long waiting, overdue, due_soon; };
int outcomes_count(jz_db *db, struct outcomes_counts *c, struct jz_err *e);

#endif
