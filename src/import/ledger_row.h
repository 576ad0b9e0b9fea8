/* ledger_row.h — one ledger row, parsed and checked (no database).
 *
 * ledger_row_parse normalises every field and says what is wrong: errors
 * (the row is rejected) and warnings (the row lands) as Chinese sentences
 * naming the field and the value. */
#ifndef JZ_LEDGER_ROW_H
#define JZ_LEDGER_ROW_H

#include "import/columns.h"
#include "legal/normalize.h"
#include "util/strbuf.h"

enum ledger_field {
	LF_CASE_NO, LF_FILING, LF_CLOSING, LF_METHOD, LF_CAUSE, LF_APPLICANT, LF_APPLICANT_ID,
	LF_DEBTOR, LF_DEBTOR_ID, LF_CLAIM, LF_PAID, LF_BASIS, LF_JUDGE, LF_ZB_REASON, LF_COURT,
	LF_PRIOR, LF_COUNT
};

extern const struct column_spec ledger_columns[LF_COUNT];

#define LEDGER_MAX_PARTIES 16

struct ledger_party {
	const char *name;        /* points into the row's name buffer */
	struct id_info id;       /* kind ID_NONE when no ID was given */
};

struct ledger_row {
	char case_no[160];
	struct case_no cn;
	char filing[11], closing[11];
	const char *method, *cause, *basis_no, *judge, *zb_reason, *court_name;
	long long claim_fen, paid_fen;
	int has_claim, has_paid;
	struct ledger_party applicants[LEDGER_MAX_PARTIES], debtors[LEDGER_MAX_PARTIES];
	int napplicants, ndebtors;
	struct strbuf names;     /* storage for party names and the text fields */
	char basis_buf[160];
	char prior_case_no[160];  /* 原案号, normalised, or "" */
	struct strbuf errors, warnings;
	unsigned char hash_bytes[8];   /* of the normalised content, spots exact repeats: as cases.row_hash */
				       /* holds it (a BLOB: 8 bytes, not 16 of hex) */
	/* A bulk load's party numbering, done on the reader thread
	 * (import/ledger_bulk.c, prepare): each party's id, whether this row
	 * brings it first, and the row's 被执行人 sort key. */
	long long app_pid[LEDGER_MAX_PARTIES], debt_pid[LEDGER_MAX_PARTIES];
	unsigned char app_new[LEDGER_MAX_PARTIES], debt_new[LEDGER_MAX_PARTIES];
	struct strbuf debtor_key;   /* empty: no 被执行人 */
};

void ledger_row_init(struct ledger_row *r);
void ledger_row_free(struct ledger_row *r);
/* Parse cells through map; returns the number of errors (0: row is good). */
int ledger_row_parse(struct ledger_row *r, const struct column_map *map, char **cells, int ncells);

#endif
