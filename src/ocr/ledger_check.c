/* ledger_check.c — a document's names read against its case (ledger_check.h). */
#include "ocr/ledger_check.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One name the case holds: a party (with its ID), a 法定代表人 of one of its
 * companies, its 承办人, or another 承办人 of its court (the bench of a
 * ruling is the court's judges, each 承办人 of cases of their own). */
enum who { W_PARTY, W_REP, W_JUDGE, W_COURT_JUDGE };

struct known {
	char *name, *id_no, *role, *kind;
	enum who who;
};

struct knowns {
	struct known *v;
	int n, cap;
};

static const char known_sql[] =
	"SELECT p.name, p.id_no, 0, cp.role, p.kind FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
	" WHERE cp.case_id = ?1"
	" UNION SELECT p.name, p.id_no, 1, NULL, NULL FROM case_parties cp"
	" JOIN party_links l ON l.b = cp.party_id AND l.kind = '法定代表人'"
	" JOIN parties p ON p.id = l.a WHERE cp.case_id = ?1"
	" UNION SELECT judge, NULL, 2, NULL, NULL FROM cases WHERE id = ?1 AND judge IS NOT NULL"
	" UNION SELECT t.judge, NULL, 3, NULL, NULL FROM cases c JOIN case_tally t ON t.court = c.court_code"
	" WHERE c.id = ?1 AND t.judge <> '' AND t.judge IS NOT c.judge AND t.n > 0";

static char *col_or_null(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? NULL : xstrdup(db_col(st, i));
}

static int knowns_load(jz_db *db, long long case_id, struct knowns *k, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, known_sql, &st, e))
		return -1;
	sqlite3_bind_int64(st, 1, case_id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = db_col(st, 0);
		if (!*name)
			continue;
		k->v = xgrow(k->v, sizeof *k->v, &k->cap, k->n + 1);
		k->v[k->n++] = (struct known){ xstrdup(name), col_or_null(st, 1), col_or_null(st, 3), col_or_null(st, 4),
					       (enum who)sqlite3_column_int(st, 2) };
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : jz_err_set(e, "台账核对：%s", db_errmsg(db));
}

static void knowns_free(struct knowns *k)
{
	for (int i = 0; i < k->n; i++) {
		free(k->v[i].name);
		free(k->v[i].id_no);
		free(k->v[i].role);
		free(k->v[i].kind);
	}
	free(k->v);
}

int ledger_name_distance(const char *read, const char *known)
{
	if (!strcmp(read, known))
		return 0;
	size_t n = utf8_chars(known);
	int diff = utf8_diff(read, known);
	if (n >= 2 && (diff == 1 || (n >= 8 && diff == 2)))
		return 1;
	return n >= 4 && utf8_one_more(read, known) ? 1 : -1;
}

/* Which of the case's names a fact of this field may be: a judge only the
 * 承办人, a 法定代表人 a representative or a person party, a party a party. */
static int fits(const struct fact *x, const struct known *k)
{
	if (!strcmp(x->field, "judge"))     /* a 人民陪审员 is no one's 承办人 */
		return (k->who == W_JUDGE || k->who == W_COURT_JUDGE) && strcmp(x->role, "人民陪审员");
	if (!strcmp(x->field, "legal_rep"))
		return k->who == W_REP || k->who == W_PARTY;
	return k->who == W_PARTY;
}

/* The one known name the fact's value is exactly, else the only one it is
 * near; NULL when none or when two are equally near. */
static const struct known *match(const struct fact *x, const struct knowns *k, int *dist)
{
	const struct known *near = NULL;
	int nnear = 0;
	for (int i = 0; i < k->n; i++) {
		if (!fits(x, &k->v[i]))
			continue;
		int d = ledger_name_distance(x->value, k->v[i].name);
		if (d == 0) {
			*dist = 0;
			return &k->v[i];
		}
		if (d == 1 && (!near || strcmp(near->name, k->v[i].name))) {
			near = &k->v[i];
			nnear++;
		}
	}
	*dist = 1;
	return nnear == 1 ? near : NULL;
}

/* A party's ID against the case's: a digit or two misread is the case's,
 * more is a conflict the note names. */
static void check_id(struct fact *x, const struct known *k, size_t used)
{
	if (!*x->id_no || !k->id_no || !*k->id_no || !strcmp(x->id_no, k->id_no))
		return;
	int diff = utf8_diff(x->id_no, k->id_no);
	size_t room = sizeof x->checked - used;
	if (diff >= 1 && diff <= 2 && strlen(k->id_no) < sizeof x->id_no) {
		snprintf(x->checked + used, room, "；证件号据台账更正（识别为“%s”）", x->id_no);
		snprintf(x->id_no, sizeof x->id_no, "%s", k->id_no);
		if (x->confidence > 0.6)
			x->confidence = 0.6;
	} else {
		snprintf(x->checked + used, room, "；证件号与台账不符（台账为“%s”）", k->id_no);
		if (x->confidence > 0.5)
			x->confidence = 0.5;
	}
}

static void check_fact(struct fact *x, const struct knowns *k)
{
	/* the note quotes the reading: a name past 100 bytes is no person's
	 * or company's name OCR misread, and would not fit */
	if (strlen(x->value) > 100 || strlen(x->id_no) > 24)
		return;
	int dist;
	const struct known *m = match(x, k, &dist);
	if (!m)
		return;
	if (dist == 0) {
		snprintf(x->checked, sizeof x->checked, "与台账相符");
		if (x->confidence < 0.95)
			x->confidence = 0.95;
	} else {
		snprintf(x->checked, sizeof x->checked, "据台账更正（识别为“%s”）", x->value);
		snprintf(x->value, sizeof x->value, "%s", m->name);
		x->confidence = 0.6;
	}
	if (!strcmp(x->field, "party"))
		check_id(x, m, strlen(x->checked));
}

/* Whether some fact now names the party. */
static int named(const struct facts *f, const struct known *k)
{
	for (int i = 0; i < f->n; i++)
		if (!strcmp(f->v[i].field, "party") && !strcmp(f->v[i].value, k->name))
			return 1;
	return 0;
}

/* The first reading of the party's name right after its role's label on
 * the page (「被执行人能居明名下…」, 「被执行人：能居明」), or the name itself
 * where the extractor did not take it: its byte offset, and *len its
 * bytes; -1 when none is. */
static long near_after_label(const char *text, const struct known *k, size_t *len)
{
	size_t chars = utf8_chars(k->name), rl = strlen(k->role);
	for (const char *p = strstr(text, k->role); p; p = strstr(p + 1, k->role)) {
		if (p - text >= 3 && !strncmp(p - 3, "被", 3) && strcmp(k->role, "被执行人"))
			continue;             /* 被申请执行人 is no 申请执行人 */
		const char *q = p + rl;
		while (*q == ':' || *q == ' ' || !strncmp(q, "：", 3))
			q += *q == ':' || *q == ' ' ? 1 : 3;
		const char *e = q;
		for (size_t n = 0; n < chars && *e && *e != '\n'; n++) {
			int l;
			utf8_decode(e, strlen(e), &l);
			e += l > 0 ? l : 1;
		}
		char *read = xstrndup(q, (size_t)(e - q));
		int d = utf8_diff(read, k->name);
		free(read);
		if (chars >= 2 && (d == 0 || d == 1 || (chars >= 8 && d == 2))) {
			*len = (size_t)(e - q);
			return (long)(q - text);
		}
	}
	return -1;
}

/* Whether the reading is a party the extractor took as it stands (which
 * check_fact left as read: near two of the case's names), or near another
 * of the case's names too. */
static int taken(const struct facts *f, const struct knowns *k, const char *at, size_t len)
{
	char *read = xstrndup(at, len);
	int hit = 0, near = 0;
	const char *first = NULL;
	for (int i = 0; i < f->n && !hit; i++)
		hit = !strcmp(f->v[i].field, "party") && !strcmp(f->v[i].value, read);
	for (int i = 0; i < k->n && !hit; i++)
		if (k->v[i].who == W_PARTY && ledger_name_distance(read, k->v[i].name) >= 0 &&
		    (!first || strcmp(first, k->v[i].name))) {
			first = first ? first : k->v[i].name;
			near++;
		}
	free(read);
	return hit || near > 1;
}

/* A party of the case the extractor did not take from the document, read
 * there with a character wrong where its label names it: 「被执行人能居明」 —
 * no surname first, so no name to the extractor — is 熊启明 of the case.
 * Added with the page and line it was read on, for review. */
static void add_missing(const struct knowns *k, const struct ocr_page *pages, int npages, struct facts *f)
{
	for (int i = 0; i < k->n; i++) {
		const struct known *p = &k->v[i];
		if (p->who != W_PARTY || !p->role || strlen(p->name) > 100 || named(f, p))
			continue;
		for (int g = 0; g < npages; g++) {
			size_t len;
			const char *text = pages[g].text;
			long at = text && !pages[g].error ? near_after_label(text, p, &len) : -1;
			if (at < 0 || taken(f, k, text + at, len))
				continue;
			f->v = xgrow(f->v, sizeof *f->v, &f->cap, f->n + 1);
			struct fact *x = &f->v[f->n++];
			memset(x, 0, sizeof *x);
			snprintf(x->field, sizeof x->field, "party");
			snprintf(x->role, sizeof x->role, "%s", p->role);
			snprintf(x->value, sizeof x->value, "%s", p->name);
			snprintf(x->raw, sizeof x->raw, "%.*s", (int)len, text + at);
			snprintf(x->party_kind, sizeof x->party_kind, "%s", p->kind && !strcmp(p->kind, "org") ? "org" : "person");
			int exact = !strcmp(x->raw, x->value);
			snprintf(x->checked, sizeof x->checked, exact ? "据台账补充" : "据台账补充（文中识别为“%s”）", x->raw);
			x->fen = -1;
			x->confidence = exact ? 0.8 : 0.6;
			x->page = pages[g].page_no;
			x->line = 1;
			const char *ls = text;
			for (const char *c = text; c < text + at; c++)
				if (*c == '\n') {
					x->line++;
					ls = c + 1;
				}
			x->span_start = (int)(text + at - ls);
			x->span_end = x->span_start + (int)len;
			break;
		}
	}
}

int ledger_check_facts(jz_db *db, long long case_id, const struct ocr_page *pages, int npages, struct facts *f,
		       struct jz_err *e)
{
	struct knowns k = { 0 };
	int rc = knowns_load(db, case_id, &k, e);
	for (int i = 0; rc == 0 && k.n && i < f->n; i++) {
		struct fact *x = &f->v[i];
		if (!strcmp(x->field, "party") || !strcmp(x->field, "legal_rep") || !strcmp(x->field, "judge"))
			check_fact(x, &k);
	}
	if (rc == 0)
		add_missing(&k, pages, npages, f);
	knowns_free(&k);
	return rc;
}

/* Whether one of the document's parties is (or is near) a party of case id. */
static int shares_party(jz_db *db, long long id, const struct facts *f)
{
	sqlite3_stmt *st;
	if (db_prepare(db, "SELECT p.name FROM case_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = ?1",
		       &st, NULL))
		return 0;
	sqlite3_bind_int64(st, 1, id);
	int hit = 0;
	while (!hit && sqlite3_step(st) == SQLITE_ROW)
		for (int i = 0; i < f->n && !hit; i++)
			hit = !strcmp(f->v[i].field, "party") && ledger_name_distance(f->v[i].value, db_col(st, 0)) >= 0;
	sqlite3_finalize(st);
	return hit;
}

long long ledger_near_case(jz_db *db, char *case_no, size_t len, struct facts *f)
{
	/* the 案号 up to its number: 「（2022）鄂0102执异」 */
	size_t n = strlen(case_no), pre = n;
	while (pre > 0 && (case_no[pre - 1] < '0' || case_no[pre - 1] > '9'))
		pre--;                    /* past 号 (and 之一) */
	while (pre > 0 && case_no[pre - 1] >= '0' && case_no[pre - 1] <= '9')
		pre--;
	if (pre == 0 || pre == n)
		return 0;
	sqlite3_stmt *st;
	if (db_prepare(db, "SELECT id, case_no FROM cases WHERE case_no > ?1 AND case_no < ?1 || char(1114111)", &st, NULL))
		return 0;
	sqlite3_bind_text(st, 1, case_no, (int)pre, SQLITE_TRANSIENT);
	long long found = 0;
	int many = 0;
	char near[160] = "";
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *c = db_col(st, 1);
		long long id = sqlite3_column_int64(st, 0);
		if (utf8_diff(c, case_no) != 1 || !shares_party(db, id, f))
			continue;
		many += found != 0;
		found = id;
		snprintf(near, sizeof near, "%s", c);
	}
	sqlite3_finalize(st);
	if (!found || many)
		return 0;
	for (int i = 0; i < f->n; i++) {
		struct fact *x = &f->v[i];
		if (strcmp(x->field, "case_no") || strlen(x->value) > 100)
			continue;
		snprintf(x->checked, sizeof x->checked, "据台账更正（识别为“%s”；台账中此案号不存在，一字之差的%s当事人相同）",
			 x->value, near);
		snprintf(x->value, sizeof x->value, "%s", near);
		x->confidence = 0.6;
		break;
	}
	snprintf(case_no, len, "%s", near);
	return found;
}
