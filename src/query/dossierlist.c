/* dossierlist.c — a case's documents: the statement of query/sql.h and the
 * typed rows of query/dossierlist.h read from it. */
#include "query/dossierlist.h"
#include "query/rows.h"
#include "query/sql.h"
#include "legal/normalize.h"

#include <stdlib.h>
#include <string.h>

/* The file name after the last '/' of a path column. */
#define BASENAME(p) "substr(" p ", length(rtrim(" p ", replace(" p ", '/', ''))) + 1)"

/* "卷宗.pdf 第3–5页" from the first and last page's source; a document
 * spanning files names both ends. */
#define SOURCE_SQL                                                                                              \
	"(SELECT CASE WHEN a.src_path IS NULL THEN ''"                                                         \
	" WHEN a.src_path = b.src_path AND a.src_page = b.src_page THEN " BASENAME("a.src_path")               \
	" || ' 第' || a.src_page || '页'"                                                                      \
	" WHEN a.src_path = b.src_path THEN " BASENAME("a.src_path") " || ' 第' || a.src_page || '–' || b.src_page" \
	" || '页'"                                                                                             \
	" ELSE " BASENAME("a.src_path") " || ' 第' || a.src_page || '页 – ' || " BASENAME("b.src_path")          \
	" || ' 第' || b.src_page || '页' END"                                                                  \
	" FROM (SELECT src_path, src_page FROM pages WHERE doc_id = d.id ORDER BY page_no LIMIT 1) a,"         \
	" (SELECT src_path, src_page FROM pages WHERE doc_id = d.id ORDER BY page_no DESC LIMIT 1) b)"

#define COUNT_FACTS(cond) "(SELECT count(*) FROM facts f WHERE f.doc_id = d.id AND " cond ")"

int dossier_query(jz_db *db, long long case_id, sqlite3_stmt **out, struct jz_err *e)
{
	if (db_prepare(db,
		       "SELECT d.id AS doc_id, coalesce(d.kind, '文书') AS kind,"
		       " coalesce((SELECT f.value FROM facts f WHERE f.doc_id = d.id AND f.field = 'date'"
		       "  AND f.role = '落款' AND f.status <> 'rejected' ORDER BY f.confidence DESC, f.id LIMIT 1), '')"
		       "  AS signed,"
		       " coalesce((SELECT group_concat(v, '，') FROM (SELECT DISTINCT f.value || ' ' || f.role AS v"
		       "  FROM facts f WHERE f.doc_id = d.id AND f.field = 'date' AND f.role <> '落款'"
		       "  AND f.status <> 'rejected' ORDER BY f.value, f.role)), '') AS dates,"
		       " d.pages AS pages,"
		       " (SELECT count(*) FROM pages p WHERE p.doc_id = d.id AND p.low_conf = 1) AS low_conf,"
		       " (SELECT count(*) FROM pages p WHERE p.doc_id = d.id AND p.error IS NOT NULL) AS failed,"
		       " " COUNT_FACTS("f.status <> 'rejected'") " AS facts,"
		       " " COUNT_FACTS("f.status = 'proposed'") " AS proposed,"
		       " " COUNT_FACTS("f.status IN ('confirmed', 'corrected')") " AS confirmed,"
		       " " COUNT_FACTS("f.status = 'rejected'") " AS rejected,"
		       " coalesce(" SOURCE_SQL ", '') AS source, d.path AS path"
		       " FROM documents d WHERE d.case_id = ?1"
		       " ORDER BY signed = '', signed, d.id",
		       out, e))
		return -1;
	sqlite3_bind_int64(*out, 1, case_id);
	return 0;
}

int dossier_case_id(jz_db *db, const char *case_no, long long *case_id, struct jz_err *e)
{
	char norm[160];
	struct case_no cn;
	*case_id = 0;
	if (norm_case_no(case_no, norm, sizeof norm, &cn) != NORM_OK)
		return jz_err_set(e, "“%s”不是案号", case_no);
	*case_id = db_case_id(db, norm);
	return *case_id ? 0 : jz_err_set(e, "没有案号为 %s 的案件", norm);
}

static void fill_row(sqlite3_stmt *st, void *row)
{
	struct dossier_row *r = row;
	r->doc_id = sqlite3_column_int64(st, 0);
	r->kind = db_col_dup(st, 1);
	r->signed_on = db_col_dup(st, 2);
	r->dates = db_col_dup(st, 3);
	r->pages = sqlite3_column_int(st, 4);
	r->low_conf_pages = sqlite3_column_int(st, 5);
	r->failed_pages = sqlite3_column_int(st, 6);
	r->facts = sqlite3_column_int(st, 7);
	r->proposed = sqlite3_column_int(st, 8);
	r->confirmed = sqlite3_column_int(st, 9);
	r->rejected = sqlite3_column_int(st, 10);
	r->source = db_col_dup(st, 11);
	r->path = db_col_dup(st, 12);
}

int dossierlist_fetch_id(jz_db *db, long long case_id, struct dossier_row **rows, int *n, struct jz_err *e)
{
	sqlite3_stmt *st;
	*rows = NULL;
	*n = 0;
	if (dossier_query(db, case_id, &st, e))
		return -1;
	return rows_read(db, st, fill_row, rows, sizeof **rows, n, e);
}

int dossierlist_fetch(jz_db *db, const char *case_no, struct dossier_row **rows, int *n, struct jz_err *e)
{
	long long id;
	*rows = NULL;
	*n = 0;
	if (dossier_case_id(db, case_no, &id, e))
		return -1;
	return dossierlist_fetch_id(db, id, rows, n, e);
}

void dossier_rows_free(struct dossier_row *rows, int n)
{
	for (int i = 0; i < n; i++) {
		struct dossier_row *r = &rows[i];
		free(r->kind);
		free(r->signed_on);
		free(r->dates);
		free(r->source);
		free(r->path);
	}
	free(rows);
}
