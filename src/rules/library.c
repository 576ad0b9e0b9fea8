/* library.c — see library.h. Rule files are outside input (a user's
 * directory): they are size-limited and checked before parsing. */
#include "rules/library.h"
#include "store/audit.h"
#include "store/db.h"
#include "store/policy.h"
#include "util/paths.h"
#include "util/strbuf.h"
#include "util/textenc.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup_range(const char *s, size_t n)
{
	while (n && (*s == ' ' || *s == '\t')) s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
	char *d = xmalloc(n + 1);
	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

static int add_param(struct rule *r, const char *v, const char *path, int line, struct jz_err *e)
{
	/* "name = default | note" */
	const char *eq = strchr(v, '='), *bar = strchr(v, '|');
	if (!eq || (bar && bar < eq))
		return jz_err_set(e, "%s:%d: param wants 'name = default | note'", path, line);
	if (r->nparams == RULE_MAX_PARAMS)
		return jz_err_set(e, "%s:%d: more than %d params", path, line, RULE_MAX_PARAMS);
	struct rule_param *p = &r->params[r->nparams++];
	p->name = dup_range(v, (size_t)(eq - v));
	const char *dend = bar ? bar : v + strlen(v);
	p->dflt = dup_range(eq + 1, (size_t)(dend - eq - 1));
	p->note = bar ? dup_range(bar + 1, strlen(bar + 1)) : dup_range("", 0);
	for (const char *c = p->name; *c; c++)
		if (!(*c == '_' || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9')))
			return jz_err_set(e, "%s:%d: param name '%s' must be [a-z0-9_]", path, line, p->name);
	return 0;
}

static char **field_slot(struct rule *r, const char *key)
{
	static const char *const keys[] = { "code", "title", "stage", "severity", "version",
					    "verification", "remedy", "needs", "after" };
	char **slots[] = { &r->code, &r->title, &r->stage, &r->severity, &r->version,
			   &r->verification, &r->remedy, &r->needs, &r->after };
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (strcmp(key, keys[i]) == 0)
			return slots[i];
	return NULL;
}

/* A "--" line: "-- key: value" for a known key sets it; any other comment
 * is ignored. 0 ok, 1 not a comment line (the SQL starts), -1 error. */
static int header_line(struct rule *r, struct strbuf *basis, const char *s, size_t n,
		       const char *path, int line, struct jz_err *e)
{
	if (n < 2 || strncmp(s, "--", 2) != 0)
		return 1;
	char *text = dup_range(s + 2, n - 2);
	char *colon = strchr(text, ':');
	int rc = 0;
	if (colon) {
		*colon = '\0';
		const char *v = colon + 1;
		while (*v == ' ')
			v++;
		char **slot = field_slot(r, text);
		if (strcmp(text, "basis") == 0) {
			if (basis->len)
				sb_addc(basis, '\n');
			sb_adds(basis, v);
		} else if (strcmp(text, "param") == 0) {
			rc = add_param(r, v, path, line, e);
		} else if (slot) {
			free(*slot);
			*slot = dup_range(v, strlen(v));
		}
	}
	free(text);
	return rc;
}

/* A code names the rule in leads, the CLI and file names: keep it plain. */
static int code_ok(const char *c)
{
	size_t n = strlen(c);
	return n >= 1 && n <= 64 &&
	       strspn(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") == n;
}

int rules_parse(const char *path, const char *text, struct rule *r, struct jz_err *e)
{
	memset(r, 0, sizeof *r);
	struct strbuf basis = STRBUF_INIT, sql = STRBUF_INIT;
	int line = 0, in_sql = 0, rc = 0;
	for (const char *s = text; *s && rc == 0;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		line++;
		if (!in_sql) {
			int h = header_line(r, &basis, s, n, path, line, e);
			if (h < 0)
				rc = -1;
			else if (h == 1 && n > 0 && strspn(s, " \t\r") < n)
				in_sql = 1;
		}
		if (in_sql)
			sb_add(&sql, s, n), sb_addc(&sql, '\n');
		s = nl ? nl + 1 : s + n;
	}
	r->basis = sb_detach(&basis);
	r->sql = sb_detach(&sql);
	r->path = dup_range(path, strlen(path));
	if (rc == 0 && (!r->code || !*r->code))
		rc = jz_err_set(e, "%s: no '-- code:' header", path);
	else if (rc == 0 && !code_ok(r->code))
		rc = jz_err_set(e, "%s: code '%.64s' must be 1–64 of A-Z a-z 0-9 _ -", path, r->code);
	else if (rc == 0 && (!r->title || !*r->sql))
		rc = jz_err_set(e, "%s: a rule needs '-- title:' and a SELECT", path);
	const char *dflt[][2] = { { "stage", "" }, { "severity", "中" }, { "version", "1" },
				  { "verification", "" }, { "remedy", "" }, { "needs", "" }, { "after", "" },
				  { "title", "" }, { "code", "" } };
	for (size_t i = 0; i < sizeof dflt / sizeof dflt[0]; i++) {
		char **slot = field_slot(r, dflt[i][0]);
		if (!*slot)
			*slot = dup_range(dflt[i][1], strlen(dflt[i][1]));
	}
	if (rc)
		rule_free(r);
	return rc;
}

void rule_free(struct rule *r)
{
	char *all[] = { r->code, r->title, r->stage, r->severity, r->version, r->verification,
			r->basis, r->remedy, r->needs, r->after, r->sql, r->path };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		free(all[i]);
	for (int i = 0; i < r->nparams; i++) {
		free(r->params[i].name);
		free(r->params[i].dflt);
		free(r->params[i].note);
	}
	memset(r, 0, sizeof *r);
}

#define RULE_MAX_BYTES (1 << 20)

/* A rule file as text: NULL with e set when it cannot be read, is over
 * 1 MiB, or holds a NUL or invalid UTF-8 (which would cut or garble the
 * SQL silently). */
static char *read_file(const char *path, struct jz_err *e)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		jz_err_set(e, "%s: %s", path, strerror(errno));
		return NULL;
	}
	char *text = xmalloc(RULE_MAX_BYTES + 2);
	size_t n = fread(text, 1, RULE_MAX_BYTES + 1, f);
	fclose(f);
	text[n] = '\0';
	const char *why = n > RULE_MAX_BYTES ? "larger than 1 MiB"
			: memchr(text, '\0', n) ? "holds a NUL byte"
			: !textenc_valid_utf8(text, n) ? "is not valid UTF-8" : NULL;
	if (why) {
		jz_err_set(e, "%s: %s, not read as a rule", path, why);
		free(text);
		return NULL;
	}
	return text;
}

static void add_problem(struct rule_lib *lib, const char *path, const char *msg)
{
	lib->problems = xrealloc(lib->problems, sizeof *lib->problems * (size_t)(lib->nproblems + 1));
	lib->problems[lib->nproblems].path = dup_range(path, strlen(path));
	lib->problems[lib->nproblems].msg = dup_range(msg, strlen(msg));
	lib->nproblems++;
}

static void add_rule(struct rule_lib *lib, struct rule *r)
{
	for (int i = 0; i < lib->n; i++)
		if (strcmp(lib->rules[i].code, r->code) == 0) {
			rule_free(&lib->rules[i]);     /* a user rule overrides a built-in */
			lib->rules[i] = *r;
			return;
		}
	lib->rules = xrealloc(lib->rules, sizeof *lib->rules * (size_t)(lib->n + 1));
	lib->rules[lib->n++] = *r;
}

static int ends_with(const char *s, const char *sfx)
{
	size_t a = strlen(s), b = strlen(sfx);
	return a >= b && strcmp(s + a - b, sfx) == 0;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.sql file of dir in name order; -1 when dir cannot be opened. */
static int load_dir(struct rule_lib *lib, const char *dir, int user, struct jz_err *e)
{
	DIR *d = opendir(dir);
	if (!d)
		return jz_err_set(e, "%s: %s", dir, strerror(errno));
	char **names = NULL;
	int n = 0;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || !ends_with(de->d_name, ".sql"))
			continue;
		names = xrealloc(names, sizeof *names * (size_t)(n + 1));
		names[n++] = dup_range(de->d_name, strlen(de->d_name));
	}
	closedir(d);
	qsort(names, (size_t)n, sizeof *names, cmp_name);
	for (int i = 0; i < n; i++) {
		struct strbuf path = STRBUF_INIT;
		sb_printf(&path, "%s/%s", dir, names[i]);
		struct jz_err fe;
		struct rule r;
		char *text = read_file(path.buf, &fe);
		if (text && rules_parse(path.buf, text, &r, &fe) == 0) {
			r.user = user;
			add_rule(lib, &r);
		} else {
			add_problem(lib, path.buf, fe.msg);
		}
		free(text);
		sb_free(&path);
		free(names[i]);
	}
	free(names);
	return 0;
}

static int cmp_rule(const void *a, const void *b)
{
	return strcmp(((const struct rule *)a)->code, ((const struct rule *)b)->code);
}

char *rules_user_dir(void)
{
	struct strbuf sb = STRBUF_INIT;
	const char *env = getenv("JIANZHI_RULES_DIR"), *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	if (env && *env)
		sb_adds(&sb, env);
	else if (xdg && *xdg)
		sb_printf(&sb, "%s/jianzhi/rules", xdg);
	else
		sb_printf(&sb, "%s/.config/jianzhi/rules", home ? home : ".");
	return sb_detach(&sb);
}

/* The shared rules of the database (a bad one is listed as a problem). */
static void load_shared(jz_db *db, struct rule_lib *lib)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, "SELECT code, text FROM shared_rules ORDER BY code", -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct strbuf where = STRBUF_INIT;
		sb_printf(&where, "db:shared/%s", db_col(st, 0));
		struct rule r;
		struct jz_err fe;
		if (rules_parse(sb_str(&where), db_col(st, 1), &r, &fe) == 0) {
			r.user = 2;
			add_rule(lib, &r);
		} else {
			add_problem(lib, sb_str(&where), fe.msg);
		}
		sb_free(&where);
	}
	sqlite3_finalize(st);
}

int rules_load(jz_db *db, struct rule_lib *lib, struct jz_err *e)
{
	memset(lib, 0, sizeof *lib);
	char *dir = paths_data_file("db/rules");
	int rc = load_dir(lib, dir, 0, e);
	free(dir);
	if (rc)
		return -1;
	if (db)
		load_shared(db, lib);
	qsort(lib->rules, (size_t)lib->n, sizeof *lib->rules, cmp_rule);
	return 0;
}

void rules_load_personal(struct rule_lib *lib)
{
	char *udir = rules_user_dir();
	struct jz_err ue;
	load_dir(lib, udir, 1, &ue);     /* a missing user directory is normal */
	free(udir);
	qsort(lib->rules, (size_t)lib->n, sizeof *lib->rules, cmp_rule);
}

int rules_read_file(const char *path, struct rule *r, struct jz_err *e)
{
	char *text = read_file(path, e);
	int rc = text ? rules_parse(path, text, r, e) : -1;
	free(text);
	return rc;
}

/* The rule's SQL must compile here as one read-only statement. */
static int sql_ok(jz_db *db, const struct rule *r, struct jz_err *e)
{
	db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS screen_scope(case_id INTEGER PRIMARY KEY)", NULL);
	sqlite3_stmt *st = NULL;
	const char *tail = NULL;
	if (db_prepare_untrusted(db, r->sql, &st, &tail) != SQLITE_OK)
		return jz_err_set(e, "%s：规则 SQL 有误：%s", r->path, db_errmsg(db));
	int ro = st && sqlite3_stmt_readonly(st);
	sqlite3_finalize(st);
	while (tail && (*tail == ' ' || *tail == '\n' || *tail == '\t' || *tail == '\r' || *tail == ';'))
		tail++;
	if (!ro || (tail && *tail))
		return jz_err_set(e, "%s：规则必须是一条只读的 SELECT 语句", r->path);
	return 0;
}

int rules_install(jz_db *db, const char *path, struct jz_err *e)
{
	struct rule r;
	if (policy_check(db, PA_RULES, NULL, e) || rules_read_file(path, &r, e))
		return -1;
	char *text = read_file(path, e);
	int rc = text && sql_ok(db, &r, e) == 0 ? db_begin(db, e) : -1;
	if (rc == 0) {
		sqlite3_stmt *st;
		rc = db_prepare(db, "INSERT OR REPLACE INTO shared_rules(code, text, installed_by) VALUES(?1, ?2, ?3)", &st, e);
		if (rc == 0) {
			sqlite3_bind_text(st, 1, r.code, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 3, jz_login(db), -1, SQLITE_STATIC);
			rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "规则：%s", db_errmsg(db));
			sqlite3_finalize(st);
		}
		if (rc == 0)
			rc = audit_log(db, "rule.install", "shared_rules", 0, NULL, NULL, r.code, e);
		rc = rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
	}
	free(text);
	rule_free(&r);
	return rc;
}

int rules_uninstall(jz_db *db, const char *code, struct jz_err *e)
{
	if (policy_check(db, PA_RULES, NULL, e) || db_begin(db, e))
		return -1;
	sqlite3_stmt *st;
	int rc = db_prepare(db, "DELETE FROM shared_rules WHERE code = ?1", &st, e);
	if (rc == 0) {
		sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "规则：%s", db_errmsg(db));
		sqlite3_finalize(st);
	}
	if (rc == 0 && db_changes(db) == 0)
		rc = jz_err_set(e, "没有已安装的共享规则“%s”（jianzhi rules list 中标为“共享”的才可卸载）", code);
	if (rc == 0)
		rc = audit_log(db, "rule.uninstall", "shared_rules", 0, NULL, NULL, code, e);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}

const struct rule *rules_find(const struct rule_lib *lib, const char *code)
{
	for (int i = 0; i < lib->n; i++)
		if (strcmp(lib->rules[i].code, code) == 0)
			return &lib->rules[i];
	return NULL;
}

void rules_free(struct rule_lib *lib)
{
	for (int i = 0; i < lib->n; i++)
		rule_free(&lib->rules[i]);
	free(lib->rules);
	for (int i = 0; i < lib->nproblems; i++) {
		free(lib->problems[i].path);
		free(lib->problems[i].msg);
	}
	free(lib->problems);
	memset(lib, 0, sizeof *lib);
}

static char *params_json(const struct rule *r)
{
	struct strbuf sb = STRBUF_INIT;
	sb_addc(&sb, '{');
	for (int i = 0; i < r->nparams; i++) {
		if (i)
			sb_addc(&sb, ',');
		sb_add_json_str(&sb, r->params[i].name);
		sb_adds(&sb, ":{\"default\":");
		sb_add_json_str(&sb, r->params[i].dflt);
		sb_adds(&sb, ",\"note\":");
		sb_add_json_str(&sb, r->params[i].note);
		sb_addc(&sb, '}');
	}
	sb_addc(&sb, '}');
	return sb_detach(&sb);
}

/* The path of every rule not in codes (",CODE,CODE,") set to ''. */
static int clear_gone_paths(jz_db *db, const char *codes, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql, "UPDATE rules SET path = '' WHERE path <> '' AND instr(?1, ',' || code || ',') = 0",
			       -1, &st, NULL) != SQLITE_OK)
		return jz_err_set(e, "rules: %s", db_errmsg(db));
	sqlite3_bind_text(st, 1, codes, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "rules: %s", db_errmsg(db));
	sqlite3_finalize(st);
	return rc;
}

/* Write the library into `rules` — only what changed: a screen syncs first,
 * and rewriting 50 identical rows made every screen a write (and a rule
 * change, for db_write_mark) even when no file had changed. */
int rules_sync(jz_db *db, const struct rule_lib *lib, const char *only, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db->sql,
		"INSERT INTO rules(code,title,stage,severity,version,basis,verification,remedy,needs,"
		"params,sql_text,path) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12) "
		"ON CONFLICT(code) DO UPDATE SET title=?2, stage=?3, severity=?4, version=?5, basis=?6, "
		"verification=?7, remedy=?8, needs=?9, params=?10, sql_text=?11, path=?12, "
		"loaded_at=strftime('%Y-%m-%dT%H:%M:%S','now','localtime') "
		"WHERE title IS NOT ?2 OR stage IS NOT ?3 OR severity IS NOT ?4 OR version IS NOT ?5 "
		"OR basis IS NOT ?6 OR verification IS NOT ?7 OR remedy IS NOT ?8 OR needs IS NOT ?9 "
		"OR params IS NOT ?10 OR sql_text IS NOT ?11 OR path IS NOT ?12", -1, &st, NULL) != SQLITE_OK)
		return jz_err_set(e, "rules: %s", db_errmsg(db));
	int rc = 0;
	struct strbuf codes = STRBUF_INIT;       /* ",CODE,CODE," — the library's rules */
	sb_addc(&codes, ',');
	for (int i = 0; i < lib->n && rc == 0; i++) {
		const struct rule *r = &lib->rules[i];
		if (only && strcmp(only, r->code) != 0)
			continue;
		const char *v[] = { r->code, r->title, r->stage, r->severity, r->version, r->basis,
				    r->verification, r->remedy, r->needs };
		for (int k = 0; k < 9; k++)
			sqlite3_bind_text(st, k + 1, v[k], -1, SQLITE_STATIC);
		char *pj = params_json(r);
		sqlite3_bind_text(st, 10, pj, -1, free);
		sqlite3_bind_text(st, 11, r->sql, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 12, r->path, -1, SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE)
			rc = jz_err_set(e, "rules: %s", db_errmsg(db));
		sqlite3_reset(st);
		sb_adds(&codes, r->code);
		sb_addc(&codes, ',');
	}
	sqlite3_finalize(st);
	/* a rule whose file is gone keeps its row (its leads name it) without a
	 * path; a sync of one rule leaves the others to a sync of them all */
	if (rc == 0 && !only)
		rc = clear_gone_paths(db, sb_str(&codes), e);
	sb_free(&codes);
	return rc;
}

int rules_set_enabled(jz_db *db, const char *code, int on, struct jz_err *e)
{
	if (policy_check(db, PA_RULES, NULL, e) || db_begin(db, e))
		return -1;
	long long row = db_int_s(db, "SELECT rowid FROM rules WHERE code = ?1", code, 0);
	if (!row) {
		db_rollback(db);
		return jz_err_set(e, "没有规则“%s”（jianzhi rules list 列出全部规则）", code);
	}
	char *before = audit_row_json(db, "rules", row);
	sqlite3_stmt *st;
	int rc = db_prepare(db, "UPDATE rules SET enabled = ?1 WHERE code = ?2", &st, e);
	if (rc == 0) {
		sqlite3_bind_int(st, 1, on ? 1 : 0);
		sqlite3_bind_text(st, 2, code, -1, SQLITE_STATIC);
		rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "规则：%s", db_errmsg(db));
		sqlite3_finalize(st);
	}
	char *after = rc == 0 ? audit_row_json(db, "rules", row) : NULL;
	if (rc == 0)
		rc = audit_log(db, on ? "rule.enable" : "rule.disable", "rules", row, before, after, code, e);
	free(before);
	free(after);
	return rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
}
