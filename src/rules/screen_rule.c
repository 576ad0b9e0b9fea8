/* screen_rule.c — running one rule's SELECT into the screen's temp tables
 * (contract in screen_int.h). */
#include "rules/screen_int.h"
#include "store/db.h"
#include "store/settings.h"
#include "util/sha256.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A parameter's value: the setting rule.CODE.name, else the default. */
static char *param_value(jz_db *db, const struct rule *r, const struct rule_param *p)
{
	char key[256];
	snprintf(key, sizeof key, "rule.%s.%s", r->code, p->name);
	char *over = settings_get(db, key);
	return over ? over : xstrdup(p->dflt);
}

char *screen_rule_fingerprint(jz_db *db, const struct rule *r)
{
	struct strbuf sb = STRBUF_INIT;
	sb_printf(&sb, "v%s", r->version);
	for (int i = 0; i < r->nparams; i++) {
		char *v = param_value(db, r, &r->params[i]);
		sb_printf(&sb, " %s=%s", r->params[i].name, v);
		free(v);
	}
	struct sha256 h;
	char hex[65];
	sha256_init(&h);
	sha256_add(&h, r->sql, strlen(r->sql));
	sha256_hex(&h, hex);
	sb_printf(&sb, " sql=%.16s", hex);
	return sb_detach(&sb);
}

static void bind_value(sqlite3_stmt *st, int i, const char *v)
{
	char *end;
	long long iv = strtoll(v, &end, 10);
	if (*v && !*end) {
		sqlite3_bind_int64(st, i, iv);
		return;
	}
	double dv = strtod(v, &end);
	if (*v && !*end)
		sqlite3_bind_double(st, i, dv);
	else
		sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

/* Bind every :name of the rule: today, a setting rule.CODE.name, or the default. */
static int bind_params(jz_db *db, sqlite3_stmt *st, const struct rule *r, const char *today,
		       struct strbuf *why)
{
	int n = sqlite3_bind_parameter_count(st);
	for (int i = 1; i <= n; i++) {
		const char *name = sqlite3_bind_parameter_name(st, i);
		if (!name || (name[0] != ':' && name[0] != '@' && name[0] != '$')) {
			sb_printf(why, "参数必须有名字（:name）");
			return -1;
		}
		name++;
		if (strcmp(name, "today") == 0) {
			sqlite3_bind_text(st, i, today, -1, SQLITE_TRANSIENT);
			continue;
		}
		const struct rule_param *p = NULL;
		for (int k = 0; k < r->nparams; k++)
			if (strcmp(r->params[k].name, name) == 0)
				p = &r->params[k];
		if (!p) {
			sb_printf(why, "参数 :%s 没有“-- param:”默认值", name);
			return -1;
		}
		char *v = param_value(db, r, p);
		bind_value(st, i, v);
		free(v);
	}
	return 0;
}

/* Where each output column of the rule is (-1: absent). */
struct rule_cols {
	int case_id, hit_key, evidence, fires, wake, sources, checked;
};

static int find_cols(sqlite3_stmt *st, struct rule_cols *c, struct strbuf *why)
{
	*c = (struct rule_cols){ -1, -1, -1, -1, -1, -1, -1 };
	struct { const char *name; int *at; } want[] = {
		{ "case_id", &c->case_id }, { "hit_key", &c->hit_key }, { "evidence", &c->evidence },
		{ "fires", &c->fires }, { "wake", &c->wake }, { "sources", &c->sources }, { "checked", &c->checked },
	};
	int n = sqlite3_column_count(st);
	for (int i = 0; i < n; i++)
		for (size_t k = 0; k < sizeof want / sizeof *want; k++)
			if (strcmp(sqlite3_column_name(st, i), want[k].name) == 0)
				*want[k].at = i;
	if (c->case_id < 0 || c->evidence < 0) {
		sb_printf(why, "规则的 SELECT 必须返回 case_id 和 evidence 列");
		return -1;
	}
	return 0;
}

static void bind_col(sqlite3_stmt *ins, int at, sqlite3_stmt *st, int col)
{
	if (col < 0)
		sqlite3_bind_text(ins, at, "", 0, SQLITE_STATIC);
	else if (sqlite3_column_type(st, col) == SQLITE_NULL)
		sqlite3_bind_text(ins, at, "", 0, SQLITE_STATIC);
	else
		sqlite3_bind_value(ins, at, sqlite3_column_value(st, col));
}

/* One result row: a hit (fires, the default) and/or a wake date. */
static int keep_row(const struct screen_stmts *ss, const struct rule *r, const char *today, sqlite3_stmt *st,
		    const struct rule_cols *c)
{
	sqlite3_int64 case_id = sqlite3_column_int64(st, c->case_id);
	const char *wake = c->wake >= 0 ? (const char *)sqlite3_column_text(st, c->wake) : NULL;
	if (wake && strlen(wake) >= 10 && strncmp(wake, today, 10) > 0) {
		sqlite3_bind_text(ss->wake, 1, r->code, -1, SQLITE_STATIC);
		sqlite3_bind_int64(ss->wake, 2, case_id);
		sqlite3_bind_text(ss->wake, 3, wake, 10, SQLITE_TRANSIENT);
		int rc = sqlite3_step(ss->wake);
		sqlite3_reset(ss->wake);
		if (rc != SQLITE_DONE)
			return -1;
	}
	if (c->fires >= 0 && (sqlite3_column_type(st, c->fires) == SQLITE_NULL || !sqlite3_column_int(st, c->fires)))
		return 0;            /* the row only carries a wake day */
	sqlite3_bind_text(ss->hit, 1, r->code, -1, SQLITE_STATIC);
	sqlite3_bind_int64(ss->hit, 2, case_id);
	bind_col(ss->hit, 3, st, c->hit_key);
	bind_col(ss->hit, 4, st, c->evidence);
	bind_col(ss->hit, 5, st, c->sources);
	bind_col(ss->hit, 6, st, c->checked);
	int rc = sqlite3_step(ss->hit);
	sqlite3_reset(ss->hit);
	return rc == SQLITE_DONE ? 0 : -1;
}

int screen_rule_run(jz_db *db, const struct rule *r, const char *today, const struct screen_stmts *ss,
		    struct strbuf *why)
{
	sqlite3_stmt *st;
	const char *tail = NULL;
	if (db_prepare_untrusted(db, r->sql, &st, &tail) != SQLITE_OK) {     /* reading only */
		sb_printf(why, "%s", db_errmsg(db));
		return -1;
	}
	struct rule_cols c;
	if (!st || !sqlite3_stmt_readonly(st)) {
		sb_printf(why, "规则必须是一条只读的 SELECT 语句");
		sqlite3_finalize(st);
		return -1;
	}
	if (find_cols(st, &c, why) || bind_params(db, st, r, today, why)) {
		sqlite3_finalize(st);
		return -1;
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (keep_row(ss, r, today, st, &c)) {
			rc = SQLITE_ERROR;
			break;
		}
	if (rc != SQLITE_DONE)
		sb_printf(why, "%s", db_errmsg(db));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}
