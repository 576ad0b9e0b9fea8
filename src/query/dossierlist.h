/* dossierlist.h — a case's 卷宗: the documents attached to it, with their
 * kind, pages, dates and fact counts, as typed rows for the faces (the
 * workstation calls dossierlist_fetch; the CLI prints dossier_query of
 * query/sql.h, the same SQL).
 *
 * Order: by the 落款 date (the date the document was signed), documents
 * without one last, then in the order they were stored (a 卷宗's page
 * order). Dates and counts leave out rejected facts; a corrected date is
 * shown as corrected. Strings are never NULL ("" when absent). Reading
 * needs no role beyond being a user. */
#ifndef JZ_QUERY_DOSSIERLIST_H
#define JZ_QUERY_DOSSIERLIST_H

#include "store/jzdb.h"

struct dossier_row {
	long long doc_id;
	char *kind;              /* 终本裁定书 …; "文书" when the extractor found none */
	char *signed_on;         /* the 落款 date, ISO; "" when none */
	char *dates;             /* the other dates: "2024-01-10 立案，2024-03-02 查封" */
	char *source;            /* where it was read: "卷宗.pdf 第3–5页", "p1.png 第1页 – p3.png 第1页" */
	char *path;              /* the full path of its first file */
	int pages, low_conf_pages, failed_pages;
	int facts, proposed, confirmed, rejected;   /* confirmed counts corrected ones too */
};

/* The documents of the case with this 案号 (any accepted spelling; it is
 * normalised). -1 with e naming the 案号 when there is no such case. */
int dossierlist_fetch(jz_db *db, const char *case_no, struct dossier_row **rows, int *n, struct jz_err *e);
/* The same by case id (the case detail view has it). */
int dossierlist_fetch_id(jz_db *db, long long case_id, struct dossier_row **rows, int *n, struct jz_err *e);
void dossier_rows_free(struct dossier_row *rows, int n);

#endif
