/* casedetail.c — see casedetail.h. One SELECT per section; rows are read
 * into typed arrays by a fill function per row type. */
#include "query/casedetail.h"
#include "query/rows.h"
#include "store/audit.h"
#include "store/db.h"
#include "legal/normalize.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

#define SOURCE(t) "CASE WHEN " t ".src_file_id IS NOT NULL THEN (SELECT path FROM import_files f " \
	"WHERE f.id = " t ".src_file_id) || ':' || " t ".src_row ELSE '' END"

static const char case_sql[] =
	"SELECT c.case_no, c.court_code, coalesce(ct.name, ''), c.filing_date, c.closing_date,"
	" c.closing_method, c.cause, c.claim_fen, c.paid_fen, c.basis_no, c.judge, c.zb_reason, "
	SOURCE("c") " FROM cases c LEFT JOIN courts ct ON ct.id = c.court_id WHERE c.id = ?1";

static const char parties_sql[] =
	"SELECT cp.role, p.name, p.kind, p.id_no, p.id_valid, p.phone, p.address, p.id"
	" FROM case_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = ?1"
	" ORDER BY CASE cp.role WHEN '申请执行人' THEN 0 WHEN '被执行人' THEN 1 ELSE 2 END, p.name";

static const char events_sql[] =
	"SELECT e.event_date, e.kind, e.item, e.amount_fen, e.value_fen, e.end_date,"
	" e.counterparty, CASE WHEN e.src_file_id IS NOT NULL THEN (SELECT path FROM import_files f"
	" WHERE f.id = e.src_file_id) || ':' || e.src_row ELSE coalesce(e.created_by, '') END"
	" FROM events e WHERE e.case_id = ?1 ORDER BY e.event_date, e.id";

static const char props_sql[] =
	"SELECT r.kind, r.holder_name, r.match, r.item, r.reg_no, r.value_fen,"
	" r.start_date, r.end_date, " SOURCE("r") " FROM case_parties cp"
	" JOIN registry_records r ON r.party_id = cp.party_id"
	" WHERE cp.case_id = ?1 AND cp.role = '被执行人' ORDER BY r.kind, r.start_date";

static const char docs_sql[] =
	"SELECT d.id, d.kind, d.pages, d.path,"
	" (SELECT count(*) FROM pages p WHERE p.doc_id = d.id AND p.low_conf)"
	" FROM documents d WHERE d.case_id = ?1 ORDER BY d.id";

static const char leads_sql[] =
	"SELECT l.id, l.rule_code, r.title, l.severity, l.status, l.label, l.evidence, r.basis"
	" FROM leads l JOIN rules r ON r.code = l.rule_code WHERE l.case_id = ?1"
	" ORDER BY l.status, l.id";

static const char related_sql[] =
	"SELECT * FROM ("
	" SELECT c2.id, c2.case_no, '同一被执行人: ' || p.name, c2.closing_method, c2.filing_date"
	" FROM case_parties cp JOIN parties p ON p.id = cp.party_id"
	" JOIN case_parties cp2 ON cp2.party_id = cp.party_id AND cp2.role = '被执行人'"
	" JOIN cases c2 ON c2.id = cp2.case_id"
	" WHERE cp.case_id = ?1 AND cp.role = '被执行人' AND c2.id <> ?1"
	" ORDER BY c2.filing_date DESC LIMIT ?2)"
	" UNION ALL SELECT * FROM ("
	" SELECT c2.id, c2.case_no, '同一承办人: ' || c2.judge, c2.closing_method, c2.filing_date"
	" FROM cases c JOIN cases c2 ON c2.judge = c.judge AND c2.id <> c.id"
	" WHERE c.id = ?1 ORDER BY c2.filing_date DESC LIMIT ?2)";

long long casedetail_find(jz_db *db, const char *case_no)
{
	char norm[256];
	const char *key = case_no;
	if (norm_case_no(case_no, norm, sizeof norm, NULL) == 0)
		key = norm;
	return db_case_id(db, key);
}

static void fill_case(sqlite3_stmt *st, void *row)
{
	struct cd_case *c = row;
	c->case_no = db_col_dup(st, 0);
	c->court_code = db_col_dup(st, 1);
	c->court_name = db_col_dup(st, 2);
	c->filing = db_col_dup(st, 3);
	c->closing = db_col_dup(st, 4);
	c->method = db_col_dup(st, 5);
	c->cause = db_col_dup(st, 6);
	c->claim = rows_money(st, 7);
	c->paid = rows_money(st, 8);
	c->basis_no = db_col_dup(st, 9);
	c->judge = db_col_dup(st, 10);
	c->zb_reason = db_col_dup(st, 11);
	c->source = db_col_dup(st, 12);
}

static void fill_party(sqlite3_stmt *st, void *row)
{
	struct cd_party *p = row;
	p->role = db_col_dup(st, 0);
	p->name = db_col_dup(st, 1);
	p->kind = db_col_dup(st, 2);
	p->id_no = db_col_dup(st, 3);
	p->id_valid = sqlite3_column_type(st, 4) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 4);
	p->phone = db_col_dup(st, 5);
	p->address = db_col_dup(st, 6);
	p->party_id = sqlite3_column_int64(st, 7);
}

static void fill_event(sqlite3_stmt *st, void *row)
{
	struct cd_event *v = row;
	v->date = db_col_dup(st, 0);
	v->kind = db_col_dup(st, 1);
	v->item = db_col_dup(st, 2);
	v->amount = rows_money(st, 3);
	v->value = rows_money(st, 4);
	v->end_date = db_col_dup(st, 5);
	v->counterparty = db_col_dup(st, 6);
	v->source = db_col_dup(st, 7);
}

static void fill_prop(sqlite3_stmt *st, void *row)
{
	struct cd_property *p = row;
	p->kind = db_col_dup(st, 0);
	p->holder = db_col_dup(st, 1);
	p->match = db_col_dup(st, 2);
	p->item = db_col_dup(st, 3);
	p->reg_no = db_col_dup(st, 4);
	p->value = rows_money(st, 5);
	p->start = db_col_dup(st, 6);
	p->end = db_col_dup(st, 7);
	p->source = db_col_dup(st, 8);
}

static void fill_doc(sqlite3_stmt *st, void *row)
{
	struct cd_document *d = row;
	d->id = sqlite3_column_int64(st, 0);
	d->kind = db_col_dup(st, 1);
	d->pages = sqlite3_column_int(st, 2);
	d->path = db_col_dup(st, 3);
	d->low_conf_pages = sqlite3_column_int(st, 4);
}

static void fill_lead(sqlite3_stmt *st, void *row)
{
	struct cd_lead *l = row;
	l->id = sqlite3_column_int64(st, 0);
	l->rule = db_col_dup(st, 1);
	l->title = db_col_dup(st, 2);
	l->severity = db_col_dup(st, 3);
	l->status = db_col_dup(st, 4);
	l->label = db_col_dup(st, 5);
	l->evidence = db_col_dup(st, 6);
	l->basis = db_col_dup(st, 7);
}

static void fill_related(sqlite3_stmt *st, void *row)
{
	struct cd_related *r = row;
	r->case_id = sqlite3_column_int64(st, 0);
	r->case_no = db_col_dup(st, 1);
	r->relation = db_col_dup(st, 2);
	r->method = db_col_dup(st, 3);
	r->filing = db_col_dup(st, 4);
}

/* One section: rows of sql (?1 = the case, ?2 = limit) into *arr. */
static int section(jz_db *db, const char *sql, long long case_id, long long limit, rows_fill_fn fill,
		   void *arr, size_t size, int *n, struct jz_err *e)
{
	sqlite3_stmt *st;
	if (db_prepare(db, sql, &st, e))
		return -1;
	sqlite3_bind_int64(st, 1, case_id);
	if (limit)
		sqlite3_bind_int64(st, 2, limit);
	return rows_read(db, st, fill, arr, size, n, e);
}

#define SECTION(sql, limit, fill, field, count) \
	section(db, sql, case_id, limit, fill, &d->field, sizeof *d->field, &d->count, e)

int casedetail_load_facts(jz_db *db, long long case_id, struct case_detail *d, struct jz_err *e)
{
	memset(d, 0, sizeof *d);
	d->id = case_id;
	return SECTION(events_sql, 0, fill_event, events, nevents) || SECTION(props_sql, 0, fill_prop, props, nprops)
	       || SECTION(parties_sql, 0, fill_party, parties, nparties) ? -1 : 0;
}

int casedetail_load(jz_db *db, long long case_id, int related_limit, struct case_detail *d,
		    struct jz_err *e)
{
	memset(d, 0, sizeof *d);
	d->id = case_id;
	struct cd_case *one = NULL;
	int n = 0;
	if (section(db, case_sql, case_id, 0, fill_case, &one, sizeof *one, &n, e))
		return -1;
	d->found = n == 1;
	if (d->found)
		d->c = *one;
	free(one);     /* the strings moved into d->c */
	if (!d->found)
		return 0;
	if (SECTION(parties_sql, 0, fill_party, parties, nparties) || SECTION(events_sql, 0, fill_event, events, nevents)
	    || SECTION(props_sql, 0, fill_prop, props, nprops) || SECTION(docs_sql, 0, fill_doc, docs, ndocs)
	    || SECTION(leads_sql, 0, fill_lead, leads, nleads)
	    || SECTION(related_sql, related_limit, fill_related, related, nrelated)) {
		casedetail_free(d);
		return -1;
	}
	return 0;
}

static void free_case(struct cd_case *c)
{
	free(c->case_no); free(c->court_code); free(c->court_name); free(c->filing); free(c->closing);
	free(c->method); free(c->cause); free(c->basis_no); free(c->judge); free(c->zb_reason); free(c->source);
}

static void free_party(struct cd_party *p)
{
	free(p->role); free(p->name); free(p->kind); free(p->id_no); free(p->phone); free(p->address);
}

static void free_event(struct cd_event *v)
{
	free(v->date); free(v->kind); free(v->item); free(v->end_date); free(v->counterparty); free(v->source);
}

static void free_prop(struct cd_property *p)
{
	free(p->kind); free(p->holder); free(p->match); free(p->item); free(p->reg_no); free(p->start);
	free(p->end); free(p->source);
}

static void free_lead(struct cd_lead *l)
{
	free(l->rule); free(l->title); free(l->severity); free(l->status); free(l->label); free(l->evidence);
	free(l->basis);
}

static void free_related(struct cd_related *r)
{
	free(r->case_no); free(r->relation); free(r->method); free(r->filing);
}

void casedetail_free(struct case_detail *d)
{
	if (d->found)
		free_case(&d->c);
	for (int i = 0; i < d->nparties; i++)
		free_party(&d->parties[i]);
	for (int i = 0; i < d->nevents; i++)
		free_event(&d->events[i]);
	for (int i = 0; i < d->nprops; i++)
		free_prop(&d->props[i]);
	for (int i = 0; i < d->ndocs; i++) {
		free(d->docs[i].kind);
		free(d->docs[i].path);
	}
	for (int i = 0; i < d->nleads; i++)
		free_lead(&d->leads[i]);
	for (int i = 0; i < d->nrelated; i++)
		free_related(&d->related[i]);
	free(d->parties);
	free(d->events);
	free(d->props);
	free(d->docs);
	free(d->leads);
	free(d->related);
	memset(d, 0, sizeof *d);
}

int casedetail_reveal_ids(jz_db *db, long long case_id, struct jz_err *e)
{
	return audit_log(db, "party.unmask", "cases", case_id, NULL, NULL, "在工作台查看完整证件号", e);
}
