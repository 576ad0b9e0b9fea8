/* demo.h — a realistic, reproducible demo database.
 *
 * Everything is invented: courts with real-looking 法院代字, persons with
 * valid 身份证号, companies with valid 统一社会信用代码, cases over several
 * years (终本 / 执行完毕 / 未结), events, measures and registry records.
 * The same seed gives the same database. Planted violations (so every rule
 * has leads to show) come from demo_plant_violations() in demo_plant.c. */
#ifndef JZ_DEMO_H
#define JZ_DEMO_H

#include <stdint.h>
#include "store/db.h"
#include "util/err.h"

struct demo_opts {
	long cases;             /* default 3000 */
	uint64_t seed;          /* default 20261122 */
	int quiet;              /* no progress line */
};

/* A small fast PRNG (xoshiro-style); deterministic for a seed. */
struct demo_rng { uint64_t s[4]; };
void demo_rng_seed(struct demo_rng *r, uint64_t seed);
uint64_t demo_rng_next(struct demo_rng *r);
/* Uniform integer in [lo, hi]. */
long demo_rng_range(struct demo_rng *r, long lo, long hi);
/* 1 with probability p (0..1). */
int demo_rng_chance(struct demo_rng *r, double p);

/* Invented identities (buffers of at least 32 bytes for names/IDs). */
void demo_person_name(struct demo_rng *r, char *out, size_t len);
void demo_company_name(struct demo_rng *r, char *out, size_t len);
/* A valid 18-digit 身份证号 for a birth year in [y0, y1]. */
void demo_person_id(struct demo_rng *r, int y0, int y1, char out[19]);
/* A valid 统一社会信用代码. */
void demo_company_id(struct demo_rng *r, char out[19]);
/* Distinct k (0 <= k < 2^31) give distinct valid IDs: for bulk generation
 * without a uniqueness check. Random IDs above may collide with these;
 * demo_add_party then reuses the existing party. */
void demo_person_id_seq(long k, char out[19]);
void demo_company_id_seq(long k, char out[19]);

/* Shared context while building; the planting code uses the same helpers. */
struct demo_ctx {
	jz_db *db;
	struct demo_rng rng;
	long long import_file_id;   /* the pseudo "demo ledger" import_files row */
	sqlite3_stmt *ins_case, *ins_party_link, *ins_event, *ins_registry;
	sqlite3_stmt *ins_party, *find_party_id, *find_party_name, *ins_court;
	int today_days;             /* the demo's "today" in days since 1970 */
	long next_seq;              /* for inventing case numbers */
	struct demo_seq *seqs;      /* last 序号 per court and year */
	int nseqs;
	long src_row;               /* provenance row counter in the demo "file" */
	int bulk;                   /* parties known unique: skip the lookup */
};
/* The demo's fixed "today", so the same seed gives the same leads. */
#define DEMO_TODAY "2026-11-15"

/* Insert helpers (return the new row id or -1 with e filled). Dates are ISO,
 * money in fen, NULL/0 for absent. */
long long demo_add_case(struct demo_ctx *c, const char *case_no, const char *court_code,
			const char *filing, const char *closing, const char *method,
			const char *cause, long long claim_fen, long long paid_fen,
			const char *basis_no, const char *judge, const char *zb_reason,
			struct jz_err *e);
long long demo_add_party(struct demo_ctx *c, long long case_id, const char *role,
			 const char *name, const char *id_no, struct jz_err *e);
/* Link an existing party to a case in a role; returns party_id or -1. */
long long demo_link_party(struct demo_ctx *c, long long case_id, const char *role,
			  long long party_id, struct jz_err *e);
long long demo_add_event(struct demo_ctx *c, long long case_id, const char *kind,
			 const char *date, const char *end_date, const char *item,
			 long long amount_fen, long long value_fen, long long price_fen,
			 const char *counterparty, const char *counterparty_id,
			 const char *detail_json, struct jz_err *e);
long long demo_add_registry(struct demo_ctx *c, const char *kind, long long party_id,
			    const char *holder_name, const char *holder_id, const char *item,
			    const char *reg_no, long long value_fen, const char *start,
			    const char *end, const char *detail_json, struct jz_err *e);
/* Ordinary cases (demo_cases.c): n cases over 2021..today with realistic
 * events, measures and registry records, lawful on their face. */
int demo_add_ordinary_cases(struct demo_ctx *c, long n, int quiet, struct jz_err *e);
/* The demo's courts: code, name and the judges of each. */
struct demo_court { const char *code, *name, *level; const char *judges[6]; };
extern const struct demo_court demo_courts[];
extern const int demo_ncourts;
/* Add n days to an ISO date (out needs 11 bytes). */
void demo_date_add(const char *iso, long days, char out[11]);
/* A fresh, unique 案号 for a court and year, e.g. （2024）浙0683执1234号. */
void demo_case_no(struct demo_ctx *c, const char *court_code, int year, const char *type,
		  char *out, size_t len);

/* Build the demo into db (which must be open and migrated, and empty of cases). */
int demo_build(jz_db *db, const struct demo_opts *o, struct jz_err *e);

/* Planted violations: defined in demo_plant.c (owned by the rules module).
 * Adds cases crafted so each rule in db/rules fires at least a few times,
 * plus near-misses that must not fire. Returns 0 or -1 with e filled. */
int demo_plant_violations(struct demo_ctx *c, struct jz_err *e);

/* Bank statements (demo_bank.c): debtors' accounts with the money rules'
 * patterns planted and lawful noise; draws from its own random stream
 * (from seed), so the rest of the demo does not change. */
int demo_add_bank(struct demo_ctx *c, uint64_t seed, struct jz_err *e);

/* Sample scanned documents (demo_docs.c, owned by the OCR module): render a
 * few enforcement documents for demo cases, OCR-free (text known), store
 * them with pages and proposed facts. */
int demo_add_documents(struct demo_ctx *c, struct jz_err *e);
/* Demo drafts and users' review history (demo_drafts.c, drafts module). */
int demo_add_drafts(struct demo_ctx *c, struct jz_err *e);

#endif
