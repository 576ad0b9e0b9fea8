/* ledger_tally.c — a bulk load's running totals (contract in ledger_tally.h). */
#include "import/ledger_tally.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

#define SEP "\x1f"      /* between court and judge: in neither */

void ledger_tally_add(struct ledger_tally *t, const struct ledger_row *r)
{
	/* as v_case_tally reads the row: NULL (an empty cell) counts as '';
	 * the key built in place (a printf per row was 1.5 % of the load) */
	const char *judge = r->judge ? r->judge : "";
	size_t lc = strlen(r->cn.court), lj = strlen(judge);
	char small[256];
	char *key = lc + lj + 2 <= sizeof small ? small : xmalloc(lc + lj + 2);
	memcpy(key, r->cn.court, lc);
	key[lc] = SEP[0];
	memcpy(key + lc + 1, judge, lj + 1);
	long long n = 0;
	strmap_get(&t->cases, key, &n);
	strmap_put(&t->cases, key, n + 1);
	if (key != small)
		free(key);
	if (!r->closing[0])
		return;
	char month[8];
	memcpy(month, r->closing, 7);
	month[7] = 0;
	long long at;
	if (!strmap_get(&t->months, month, &at)) {
		t->close = xgrow(t->close, sizeof *t->close, &t->capclose, t->nclose + 1);
		t->close[t->nclose] = (struct close_month){ 0, 0, 0, 0 };
		at = t->nclose++;
		strmap_put(&t->months, month, at);
	}
	struct close_month *c = &t->close[at];
	c->closed++;
	c->zb += r->method && strcmp(r->method, "终结本次执行程序") == 0;
	c->done += r->method && strcmp(r->method, "执行完毕") == 0;
	c->paid_fen += r->has_paid ? r->paid_fen : 0;
}

static int put(sqlite3_stmt *st, jz_db *db, struct jz_err *e)
{
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "SQL error: %s", db_errmsg(db));
	sqlite3_reset(st);
	return rc;
}

int ledger_tally_write(jz_db *db, const struct ledger_tally *t, struct jz_err *e)
{
	sqlite3_stmt *cs, *ms;
	if (db_exec(db, "DELETE FROM case_tally; DELETE FROM close_tally", e) ||
	    db_prepare(db, "INSERT INTO case_tally VALUES (?1, ?2, ?3)", &cs, e))
		return -1;
	if (db_prepare(db, "INSERT INTO close_tally VALUES (?1, ?2, ?3, ?4, ?5)", &ms, e)) {
		sqlite3_finalize(cs);
		return -1;
	}
	int rc = 0;
	for (size_t i = 0; i < t->cases.cap && rc == 0; i++) {
		const char *k = t->cases.keys[i];
		if (!k)
			continue;
		const char *sep = strstr(k, SEP);
		sqlite3_bind_text(cs, 1, k, (int)(sep - k), SQLITE_STATIC);
		sqlite3_bind_text(cs, 2, sep + 1, -1, SQLITE_STATIC);
		sqlite3_bind_int64(cs, 3, t->cases.vals[i]);
		rc = put(cs, db, e);
	}
	for (size_t i = 0; i < t->months.cap && rc == 0; i++) {
		const char *k = t->months.keys[i];
		if (!k)
			continue;
		const struct close_month *c = &t->close[t->months.vals[i]];
		sqlite3_bind_text(ms, 1, k, -1, SQLITE_STATIC);
		sqlite3_bind_int64(ms, 2, c->closed);
		sqlite3_bind_int64(ms, 3, c->zb);
		sqlite3_bind_int64(ms, 4, c->done);
		sqlite3_bind_int64(ms, 5, c->paid_fen);
		rc = put(ms, db, e);
	}
	sqlite3_finalize(cs);
	sqlite3_finalize(ms);
	return rc;
}

void ledger_tally_free(struct ledger_tally *t)
{
	strmap_free(&t->cases);
	strmap_free(&t->months);
	free(t->close);
	memset(t, 0, sizeof *t);
}
