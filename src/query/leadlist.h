/* leadlist.h — the lead queue, one lead, and each rule's figures, as typed
 * rows for the faces (the SQL: query/sql.h).
 *
 * Strings are never NULL ("" when absent). Pages are fetched by id
 * (keyset) forwards from the last id seen or backwards from the first. */
#ifndef JZ_QUERY_LEADLIST_H
#define JZ_QUERY_LEADLIST_H

#include "store/jzdb.h"

/* Filters for listing; NULL/0 fields do not filter. */
struct lead_filter {
	const char *status;      /* active / gone */
	const char *rule;        /* rule code */
	const char *stage;
	const char *court;       /* court code */
	const char *judge;
	const char *label;       /* 成案 / 排除 / none (unlabelled) */
	long long case_id;
};

struct lead_row {
	long long id, case_id, version;
	char *rule, *title, *stage, *severity, *case_no, *court, *judge, *status, *label, *reason, *evidence;
};

struct lead_info {
	struct lead_row r;
	char *basis, *remedy, *rule_version, *first_seen, *last_seen, *gone_at, *note, *labelled_by, *labelled_at;
	char *court_name;       /* the court by name */
	char *sources;          /* the rows it rests on (query/sources.h describes them) */
	char *checked;          /* the exceptions the rule ruled out */
	char *next_change;      /* the first day its answer can change with no new data, or "" */
};

struct rule_stat {
	char *code, *title, *stage;
	long hits, active, labelled, confirmed, dismissed;
	double precision;        /* 成案率 of the labelled; -1 when none labelled */
};

/* Up to limit leads after after_id into *rows (appended; *n, *cap grow). */
int leadlist_fetch(jz_db *db, const struct lead_filter *f, long long after_id, int limit,
		   struct lead_row **rows, int *n, int *cap, struct jz_err *e);
/* Up to limit leads before before_id (0: from the end), prepended to
 * *rows in id order; returns how many, -1 on error. */
int leadlist_fetch_before(jz_db *db, const struct lead_filter *f, long long before_id, int limit,
			  struct lead_row **rows, int *n, int *cap, struct jz_err *e);
/* Leads the filter selects; -1 on error. Filtered by status and rule at
 * most, from the counts kept by db/schema/023 (exact); otherwise counted,
 * stopping past cap (*more set, the result is then cap; cap 0: exact). */
long long leadlist_count(jz_db *db, const struct lead_filter *f, long long cap, int *more, struct jz_err *e);
void lead_row_free(struct lead_row *r);
/* One lead; 1 found, 0 none, -1 error. */
int leadlist_get(jz_db *db, long long id, struct lead_info *out, struct jz_err *e);
void lead_info_free(struct lead_info *l);
/* Each rule's figures; *rows owned by the caller (rule_stats_free). */
int leadlist_rule_stats(jz_db *db, struct rule_stat **rows, int *n, struct jz_err *e);
void rule_stats_free(struct rule_stat *rows, int n);
/* 1 when an active lead waits for a label (the workstation then opens
 * on the lead queue). */
int leadlist_any_pending(jz_db *db);

#endif
