/* documents.c — storing OCRed documents, their pages and facts, one
 * transaction each (contract in documents.h). */
#include "ocr/documents.h"
#include "ocr/ledger_check.h"
#include "util/sha256.h"
#include "store/audit.h"
#include "store/db.h"
#include "store/policy.h"
#include "ocr/extract.h"
#include "legal/normalize.h"
#include "store/users.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int documents_sha256(const char *path, char out[65])
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	struct sha256 c;
	sha256_init(&c);
	unsigned char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sha256_add(&c, buf, n);
	fclose(f);
	sha256_hex(&c, out);
	return 0;
}

int documents_known(jz_db *db, const char *sha, long long *doc_id)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(db->sql, "SELECT id FROM documents WHERE sha256 = ?", -1, &s, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(s, 1, sha, -1, SQLITE_STATIC);
	int known = sqlite3_step(s) == SQLITE_ROW;
	if (known)
		*doc_id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return known;
}

int documents_file_stored(jz_db *db, const char *sha, int npages)
{
	sqlite3_stmt *s;
	if (npages <= 0 || sqlite3_prepare_v2(db->sql, "SELECT count(DISTINCT src_page) FROM pages WHERE src_sha256 = ?",
					      -1, &s, NULL) != SQLITE_OK)
		return 0;
	sqlite3_bind_text(s, 1, sha, -1, SQLITE_STATIC);
	int stored = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) >= npages;
	sqlite3_finalize(s);
	return stored;
}

/* The case of a 案号: found — with misread (the document's facts), also
 * the case it was misread from (ledger_near_case, which mends the fact) —
 * or created (its provenance the scan's import_files row); 0 when the text
 * is not a 案号. */
static long long case_for(jz_db *db, const char *case_no, long long file_id, char *norm, size_t normlen,
			  struct facts *misread, struct jz_err *e)
{
	struct case_no cn;
	if (!case_no || norm_case_no(case_no, norm, normlen, &cn) != NORM_OK)
		return 0;
	long long id = db_case_id(db, norm);
	if (!id && misread)
		id = ledger_near_case(db, norm, normlen, misread);
	if (id)
		return id;
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT INTO cases(case_no, year, court_code, type_code, seq, src_file_id) VALUES(?,?,?,?,?,?)",
		       &s, e))
		return -1;
	sqlite3_bind_text(s, 1, norm, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 2, cn.year);
	sqlite3_bind_text(s, 3, cn.court, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, cn.type, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 5, cn.seq);
	sqlite3_bind_int64(s, 6, file_id);
	id = sqlite3_step(s) == SQLITE_DONE ? db_last_id(db) : -1;
	sqlite3_finalize(s);
	return id < 0 ? jz_err_set(e, "创建案件 %s 失败：%s", norm, db_errmsg(db)) : id;
}

/* The document's own 案号 first — or the case it was misread from, one
 * character off and with a party of the document (ledger_check.h) —, then
 * --case, then the folder's name. */
static long long attach_case(jz_db *db, const struct doc_in *in, struct facts *f, long long file_id,
			     struct doc_out *out, struct jz_err *e)
{
	const struct fact *own = facts_first(f, "case_no");
	const char *cand[3] = { own ? own->value : NULL, in->case_no, in->folder_case };
	static const char *const by[3] = { "案号", "--case", "文件夹名" };
	for (int i = 0; i < 3; i++) {
		long long id = case_for(db, cand[i], file_id, out->case_no, sizeof out->case_no, i == 0 ? f : NULL, e);
		if (id != 0) {
			out->case_by = id <= 0 ? "" : i == 0 && own->checked[0] ? "案号，据台账更正" : by[i];
			return id;
		}
	}
	out->case_no[0] = '\0';
	return 0;
}

static long long file_row(jz_db *db, const char *path, const char *sha, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT INTO import_files(kind, path, sha256, format, imported_by) VALUES('scan', ?, ?, 'ocr', ?)",
		       &s, e))
		return -1;
	sqlite3_bind_text(s, 1, path, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, sha, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 3, jz_login(db), -1, SQLITE_STATIC);
	long long id = sqlite3_step(s) == SQLITE_DONE ? db_last_id(db) : -1;
	sqlite3_finalize(s);
	return id;
}

static int store_pages(jz_db *db, long long doc, const struct doc_in *d, long long *page_ids, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT INTO pages(doc_id, page_no, text, confidence, engine, settings, low_conf, error,"
		       " src_path, src_sha256, src_page) VALUES(?,?,?,?,?,?,?,?,?,?,?)", &s, e))
		return -1;
	int rc = 0;
	for (int i = 0; i < d->n && rc == 0; i++) {
		const struct ocr_page *p = &d->pages[i];
		sqlite3_bind_int64(s, 1, doc);
		sqlite3_bind_int(s, 2, p->page_no);
		sqlite3_bind_text(s, 3, p->text ? p->text : "", -1, SQLITE_STATIC);
		if (p->error) sqlite3_bind_null(s, 4); else sqlite3_bind_double(s, 4, p->confidence);
		sqlite3_bind_text(s, 5, ocr_engine_version(), -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 6, ocr_settings(), -1, SQLITE_STATIC);
		sqlite3_bind_int(s, 7, p->error || p->confidence < OCR_LOW_CONFIDENCE);
		if (p->error) sqlite3_bind_text(s, 8, p->error, -1, SQLITE_STATIC); else sqlite3_bind_null(s, 8);
		sqlite3_bind_text(s, 9, d->src[i].path, -1, SQLITE_STATIC);
		sqlite3_bind_text(s, 10, d->src[i].sha, -1, SQLITE_STATIC);
		sqlite3_bind_int(s, 11, d->src[i].page);
		rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "%s 第%d页：%s", d->src[i].path, d->src[i].page,
								       db_errmsg(db));
		page_ids[i] = db_last_id(db);
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	return rc;
}

static void bind_text_or_null(sqlite3_stmt *s, int i, const char *v)
{
	if (v && *v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, i);
}

/* One fact row: where it was read, its field, role and value, the details of
 * a party, an item or a measure, and its confidence (0..1). */
static void bind_fact(sqlite3_stmt *s, jz_db *db, long long doc, long long case_id, long long page_id,
		      const struct fact *x)
{
	if (case_id) sqlite3_bind_int64(s, 1, case_id); else sqlite3_bind_null(s, 1);
	sqlite3_bind_int64(s, 2, doc);
	sqlite3_bind_int64(s, 3, page_id);
	sqlite3_bind_int(s, 4, x->line);
	sqlite3_bind_int(s, 5, x->span_start);
	sqlite3_bind_int(s, 6, x->span_end);
	sqlite3_bind_text(s, 7, x->field, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 8, x->role, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 9, x->value, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(s, 10, x->raw, -1, SQLITE_TRANSIENT);
	long long fen = !strcmp(x->field, "amount") ? atoll(x->value) : x->fen;
	if (fen >= 0) sqlite3_bind_int64(s, 11, fen); else sqlite3_bind_null(s, 11);
	sqlite3_bind_double(s, 12, x->confidence);
	sqlite3_bind_int(s, 13, x->negated);
	bind_text_or_null(s, 14, x->party_kind);
	bind_text_or_null(s, 15, x->id_no);
	bind_text_or_null(s, 16, x->action);
	sqlite3_bind_text(s, 17, jz_login(db), -1, SQLITE_STATIC);
	bind_text_or_null(s, 18, x->checked);
}

static int store_facts(jz_db *db, long long doc, long long case_id, const struct facts *f,
		       const long long *page_ids, const struct doc_in *d, struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT INTO facts(case_id, doc_id, page_id, line, span_start, span_end, field, role, value,"
		       " raw, amount_fen, confidence, negated, party_kind, id_no, action, created_by, checked)"
		       " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", &s, e))
		return -1;
	int rc = 0;
	for (int i = 0; i < f->n && rc == 0; i++) {
		const struct fact *x = &f->v[i];
		long long page_id = 0;
		for (int p = 0; p < d->n; p++)
			if (d->pages[p].page_no == x->page)
				page_id = page_ids[p];
		bind_fact(s, db, doc, case_id, page_id, x);
		rc = sqlite3_step(s) == SQLITE_DONE ? 0 : jz_err_set(e, "fact: %s", db_errmsg(db));
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	return rc;
}

static void extract_in(const struct doc_in *d, struct facts *f)
{
	struct extract_page_in *in = xcalloc((size_t)(d->n > 0 ? d->n : 1), sizeof *in);
	for (int i = 0; i < d->n; i++)
		in[i] = (struct extract_page_in){ d->pages[i].error ? NULL : d->pages[i].text, d->pages[i].page_no,
						  d->pages[i].confidence };
	extract_doc(in, d->n, f);
	free(in);
}

static long long insert_document(jz_db *db, const struct doc_in *d, long long case_id, const char *kind,
				 struct jz_err *e)
{
	sqlite3_stmt *s;
	if (db_prepare(db, "INSERT INTO documents(sha256, path, case_id, kind, pages, imported_by) VALUES(?,?,?,?,?,?)",
		       &s, e))
		return -1;
	sqlite3_bind_text(s, 1, d->sha, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, d->path, -1, SQLITE_STATIC);
	if (case_id) sqlite3_bind_int64(s, 3, case_id); else sqlite3_bind_null(s, 3);
	bind_text_or_null(s, 4, kind);
	sqlite3_bind_int(s, 5, d->n);
	sqlite3_bind_text(s, 6, jz_login(db), -1, SQLITE_STATIC);
	long long id = sqlite3_step(s) == SQLITE_DONE ? db_last_id(db)
						     : jz_err_set(e, "%s：%s", d->path, db_errmsg(db));
	sqlite3_finalize(s);
	return id;
}

/* Everything of one document, inside the caller's transaction; its names
 * read against the case it is attached to first. */
static int store_rows(jz_db *db, const struct doc_in *d, struct facts *f, struct doc_out *out,
		      struct jz_err *e)
{
	long long *pages = xcalloc((size_t)(d->n > 0 ? d->n : 1), sizeof *pages);
	long long file = file_row(db, d->path, d->sha, e);
	long long case_id = file < 0 ? -1 : attach_case(db, d, f, file, out, e);
	int rc = case_id < 0 || (case_id > 0 && ledger_check_facts(db, case_id, d->pages, d->n, f, e)) ||
		 (out->doc_id = insert_document(db, d, case_id, out->kind, e)) < 0 ||
		 store_pages(db, out->doc_id, d, pages, e) || store_facts(db, out->doc_id, case_id, f, pages, d, e) ||
		 audit_log(db, "ocr", "documents", out->doc_id, NULL, NULL, d->path, e) ? -1 : 0;
	free(pages);
	return rc;
}

int documents_store_doc(jz_db *db, const struct doc_in *d, struct doc_out *out, struct jz_err *e)
{
	memset(out, 0, sizeof *out);
	out->case_by = "";
	if (policy_check(db, PA_OCR, NULL, e))
		return -1;
	struct facts f = { 0 };
	extract_in(d, &f);
	out->facts = f.n;
	for (int i = 0; i < d->n; i++)
		out->failed_pages += d->pages[i].error != NULL;
	const struct fact *kind = facts_first(&f, "kind");
	snprintf(out->kind, sizeof out->kind, "%s", kind ? kind->value : "");
	int rc = db_begin(db, e);
	if (rc == 0) {
		rc = store_rows(db, d, &f, out, e);
		out->facts = f.n;          /* with the parties the case's ledger found */
		for (int i = 0; i < f.n; i++) {
			out->ledger_checked += f.v[i].checked[0] != 0;
			out->ledger_mended += strstr(f.v[i].checked, "据台账") != NULL;
		}
		rc = rc == 0 ? db_commit(db, e) : (db_rollback(db), -1);
	}
	facts_free(&f);
	return rc;
}

int documents_store(jz_db *db, const char *path, const char *sha, const char *case_no,
		    const struct ocr_doc *d, long long *doc_id, int *facts_n, struct jz_err *e)
{
	struct page_src *src = xcalloc((size_t)(d->n > 0 ? d->n : 1), sizeof *src);
	for (int i = 0; i < d->n; i++)
		src[i] = (struct page_src){ path, sha, d->pages[i].page_no };
	struct doc_in in = { path, sha, case_no, NULL, d->pages, src, d->n };
	struct doc_out out;
	int rc = documents_store_doc(db, &in, &out, e);
	free(src);
	*doc_id = out.doc_id;
	*facts_n = out.facts;
	return rc;
}

int documents_search(jz_db *db, const char *text, sqlite3_stmt **out, struct jz_err *e)
{
	if (db_prepare(db, "SELECT d.id AS doc_id, d.path, p.page_no AS page, snippet(pages_fts, 0, '【', '】', '…', 12) AS snippet,"
		       " coalesce(c.case_no, '') AS case_no FROM pages_fts JOIN pages p ON p.id = pages_fts.rowid"
		       " JOIN documents d ON d.id = p.doc_id LEFT JOIN cases c ON c.id = d.case_id"
		       " WHERE pages_fts MATCH ?1 ORDER BY rank LIMIT 200", out, e))
		return -1;
	struct strbuf q = STRBUF_INIT;       /* an FTS5 phrase: quotes doubled */
	sb_addc(&q, '"');
	for (const char *p = text; *p; p++) {
		if (*p == '"')
			sb_addc(&q, '"');
		sb_addc(&q, *p);
	}
	sb_addc(&q, '"');
	sqlite3_bind_text(*out, 1, q.buf, -1, SQLITE_TRANSIENT);
	sb_free(&q);
	return 0;
}
