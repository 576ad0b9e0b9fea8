/* casedetail.h — everything about one case, section by section, as typed
 * rows for the faces.
 *
 * Each section is loaded into a struct case_detail by casedetail_load; the
 * caller frees it with casedetail_free. Strings are never NULL ("" when
 * absent); money is in fen with -1 for unknown. ID numbers are as stored:
 * the face masks them (legal/mask.h) unless the user asks to see them, and
 * asking is audited through casedetail_reveal_ids. */
#ifndef JZ_QUERY_CASEDETAIL_H
#define JZ_QUERY_CASEDETAIL_H

#include "store/jzdb.h"

struct cd_case {
	char *case_no, *court_code, *court_name, *filing, *closing, *method, *cause;
	char *basis_no, *judge, *zb_reason, *source;   /* source: "file:row" */
	long long claim, paid;
};

struct cd_party {
	char *role, *name, *kind, *id_no, *phone, *address;
	int id_valid;            /* 1 right, 0 wrong check character, -1 no ID */
	long long party_id;
};

struct cd_event {
	char *date, *kind, *item, *end_date, *counterparty, *source;
	long long amount, value;
};

struct cd_property {
	char *kind, *holder, *match, *item, *reg_no, *start, *end, *source;
	long long value;
};

struct cd_document {
	long long id;
	char *kind, *path;
	int pages, low_conf_pages;
};

struct cd_lead {
	long long id;
	char *rule, *title, *severity, *status, *label, *evidence, *basis;
};

struct cd_related {
	long long case_id;
	char *case_no, *relation, *method, *filing;
};

struct case_detail {
	long long id;
	int found;
	struct cd_case c;
	struct cd_party *parties;     int nparties;
	struct cd_event *events;      int nevents;
	struct cd_property *props;    int nprops;
	struct cd_document *docs;     int ndocs;
	struct cd_lead *leads;        int nleads;
	struct cd_related *related;   int nrelated;
};

/* Case id for a 案号 (normalised or as typed); 0 when none. */
long long casedetail_find(jz_db *db, const char *case_no);

/* Load every section of a case (related cases: at most related_limit of
 * each kind). 0 ok (d->found says whether the case exists), -1 on error. */
int casedetail_load(jz_db *db, long long case_id, int related_limit, struct case_detail *d,
		    struct jz_err *e);
/* Only the timeline, registry records and parties (a lead's facts). */
int casedetail_load_facts(jz_db *db, long long case_id, struct case_detail *d, struct jz_err *e);
void casedetail_free(struct case_detail *d);

/* Record in the audit trail that the current user displayed the case's
 * full ID numbers. */
int casedetail_reveal_ids(jz_db *db, long long case_id, struct jz_err *e);

#endif
