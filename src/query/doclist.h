/* doclist.h — scanned documents, their pages and extracted facts, as typed
 * rows for the faces (the SQL: query/sql.h). Strings never NULL. */
#ifndef JZ_QUERY_DOCLIST_H
#define JZ_QUERY_DOCLIST_H

#include "store/jzdb.h"

struct doc_row {
	long long id;
	char *kind, *path, *case_no;
	int pages, low_conf_pages, facts, proposed;
};

struct doc_page {
	int page_no, low_conf;
	double confidence;
	char *error, *text;
};

struct doc_fact {
	long long id, version;
	int page_no, line;
	double confidence;       /* 0..1, -1 when unknown */
	int negated;             /* a measure said not to be taken */
	char *field, *role, *value, *raw, *status;
	char *checked;           /* what the case's ledger says of it; "" unchecked */
};

struct doc_info {
	long long id;
	struct doc_page *pages;  int npages;
	struct doc_fact *facts;  int nfacts;
};

int doclist_fetch(jz_db *db, struct doc_row **rows, int *n, struct jz_err *e);
void doc_rows_free(struct doc_row *rows, int n);
int doclist_get(jz_db *db, long long id, struct doc_info *out, struct jz_err *e);
void doc_info_free(struct doc_info *d);

#endif
