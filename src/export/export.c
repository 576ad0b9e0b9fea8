/* export.c — the export entry points (see export.h): who may see full
 * 身份证号, the workbook's life (temporary, sheets, check, audit, rename). */
#include "export/export.h"
#include "store/policy.h"
#include "export/sheets.h"
#include "export/xlverify.h"
#include "store/audit.h"
#include "util/atomicfile.h"

#include <string.h>

static const char *const what_names[] = { "cases", "leads", "ledger", "stats" };

int export_what_parse(const char *s)
{
	for (int i = 0; i < 4; i++)
		if (strcmp(s, what_names[i]) == 0)
			return i;
	return -1;
}

int export_full_ids_allowed(jz_db *db, struct jz_err *e)
{
	return policy_check(db, PA_SEE_IDS, NULL, e);
}

/* What to write: one of the four, a list query, or another list of the
 * workstation (list >= 0: kind is then not used). */
struct job {
	const char *what;                  /* for the audit: cases / leads / ledger / stats … */
	enum export_what kind;
	const struct caselist_query *q;    /* NULL: every case, newest first */
	const struct lead_filter *f;       /* NULL: every lead */
	int describe;                      /* say the filters in the title row */
	int list;                          /* an enum export_list, or -1 */
	const struct outcomes_query *oq;   /* EXPORT_LIST_OUTCOMES */
};

/* The other lists: their own sheet functions (panels.c). */
static int fill_list(struct xl_book *b, jz_db *db, const struct job *j, struct jz_err *e)
{
	static const enum sheets_list lists[] = { [EXPORT_LIST_RULES] = SL_RULES, [EXPORT_LIST_DRAFTS] = SL_DRAFTS,
						  [EXPORT_LIST_DOCS] = SL_DOCS };
	if (j->list != EXPORT_LIST_OUTCOMES)
		return sheets_list(b, db, lists[j->list], e);
	struct strbuf note = STRBUF_INIT;
	sheets_describe_outcomes(j->oq, &note);
	int rc = sheets_outcomes(b, db, j->oq, note.len ? sb_str(&note) : NULL, e);
	sb_free(&note);
	return rc;
}

static int fill(struct xl_book *b, jz_db *db, const struct job *j, struct jz_err *e)
{
	static const struct caselist_query all_cases = { .sort = CL_FILING, .desc = 1 };
	static const struct lead_filter all_leads;
	struct strbuf note = STRBUF_INIT;
	int rc;
	if (j->list >= 0)
		return fill_list(b, db, j, e);
	switch (j->kind) {
	case EXPORT_CASES:
		if (j->describe)
			sheets_describe_cases(j->q, &note);
		rc = sheets_cases(b, db, j->q ? j->q : &all_cases, note.len ? note.buf : NULL, e);
		break;
	case EXPORT_LEADS:
		if (j->describe)
			sheets_describe_leads(j->f, &note);
		rc = sheets_leads(b, db, j->f ? j->f : &all_leads, note.len ? note.buf : NULL, e);
		break;
	case EXPORT_LEDGER:
		rc = sheets_ledger(b, db, e);
		break;
	default:
		rc = sheets_stats(b, db, e);
	}
	sb_free(&note);
	return rc;
}

/* The audit row of an export with full 身份证号. */
static int audit_unmask(jz_db *db, const char *path, const struct job *j, long rows, struct jz_err *e)
{
	struct strbuf js = STRBUF_INIT;
	sb_adds(&js, "{\"file\":");
	sb_add_json_str(&js, path);
	sb_adds(&js, ",\"what\":");
	sb_add_json_str(&js, j->what);
	sb_printf(&js, ",\"rows\":%ld", rows);
	if (j->describe && j->list < 0) {
		struct strbuf note = STRBUF_INIT;
		if (j->kind == EXPORT_CASES)
			sheets_describe_cases(j->q, &note);
		else
			sheets_describe_leads(j->f, &note);
		sb_adds(&js, ",\"selection\":");
		sb_add_json_str(&js, sb_str(&note));
		sb_free(&note);
	}
	sb_adds(&js, "}");
	int rc = audit_log(db, "export.unmask", "", 0, NULL, js.buf, "导出含完整身份证号的工作簿", e);
	sb_free(&js);
	return rc;
}

/* Write the sheets into lxw's workbook at the temporary, close it and read
 * it back; 0 when the temporary holds the whole workbook. */
static int write_book(jz_db *db, const char *path, struct atomic_file *af, const struct export_opts *o,
		      const struct job *j, long *rows, struct jz_err *e)
{
	lxw_workbook_options wo = { .constant_memory = LXW_TRUE, .tmpdir = af->dir };
	lxw_workbook *wb = workbook_new_opt(af->tmp, &wo);
	if (!wb)
		return jz_err_set(e, "%s: 无法建立工作簿", path);
	lxw_doc_properties props = { .title = "检执工作台导出", .author = "jianzhi" };
	workbook_set_properties(wb, &props);
	struct xl_book b;
	xl_book_init(&b, wb, db, !o->full_ids, o->quiet);
	int rc = fill(&b, db, j, e);
	*rows = b.rows;
	xl_book_free(&b);
	lxw_error le = workbook_close(wb);
	if (rc == 0 && le != LXW_NO_ERROR)
		rc = jz_err_set(e, "%s: 写入失败: %s", path, lxw_strerror(le));
	return rc ? rc : xl_verify(af->tmp, path, e);
}

static int run(jz_db *db, const char *path, const struct export_opts *o, const struct job *j, long *rows,
	       struct jz_err *e)
{
	*rows = 0;
	if (o->full_ids && export_full_ids_allowed(db, e))
		return -1;
	struct atomic_file af;
	if (atomic_begin(&af, path, e))
		return -1;
	int rc = write_book(db, path, &af, o, j, rows, e);
	if (rc == 0 && o->full_ids)
		rc = audit_unmask(db, path, j, *rows, e);
	if (rc == 0)
		return atomic_commit(&af, e);
	atomic_abort(&af);
	return -1;
}

int export_xlsx(jz_db *db, const char *path, const struct export_opts *o, long *rows, struct jz_err *e)
{
	if ((unsigned)o->what > EXPORT_STATS)
		return jz_err_set(e, "未知的导出内容");
	const struct job j = { what_names[o->what], o->what, NULL, NULL, 0, -1, NULL };
	return run(db, path, o, &j, rows, e);
}

int export_cases_xlsx(jz_db *db, const char *path, const struct caselist_query *q,
		      const struct export_opts *o, long *rows, struct jz_err *e)
{
	const struct job j = { "cases", EXPORT_CASES, q, NULL, 1, -1, NULL };
	return run(db, path, o, &j, rows, e);
}

int export_leads_xlsx(jz_db *db, const char *path, const struct lead_filter *f,
		      const struct export_opts *o, long *rows, struct jz_err *e)
{
	const struct job j = { "leads", EXPORT_LEADS, NULL, f, 1, -1, NULL };
	return run(db, path, o, &j, rows, e);
}

int export_list_xlsx(jz_db *db, const char *path, enum export_list what, const struct outcomes_query *q,
		     const struct export_opts *o, long *rows, struct jz_err *e)
{
	static const char *const names[] = { "rules", "drafts", "docs", "outcomes" };
	if ((unsigned)what > EXPORT_LIST_OUTCOMES || (what == EXPORT_LIST_OUTCOMES && !q))
		return jz_err_set(e, "未知的导出内容");
	const struct job j = { names[what], EXPORT_STATS, NULL, NULL, 1, (int)what, q };
	return run(db, path, o, &j, rows, e);
}
