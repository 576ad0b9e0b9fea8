/* demo_drafts.c — the demo's drafts: one in each state of the review, by
 * invented colleagues, so the drafts list and the ledger export have
 * something to show. */
#include "demo/demo.h"
#include "util/xalloc.h"
#include "store/db.h"
#include "drafts/drafts.h"
#include "store/users.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long long lead_of(struct demo_ctx *c, const char *rule)
{
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT min(id) FROM leads WHERE rule_code = '%s' AND status = 'active'", rule);
	return db_int(c->db, sql, 0);
}

static jz_db *acting;   /* the handle the demo plays its users on */

static int as(const char *login, int rc)
{
	users_act_as(acting, login);
	return rc;
}

int demo_add_drafts(struct demo_ctx *c, struct jz_err *e)
{
	acting = c->db;
	char *me_hold = xstrdup(jz_login(c->db));
	const char *me = me_hold;
	if (users_set(c->db, "demo_reviewer", "俞国华（演示）", "部门负责人", e) ||
	    users_set(c->db, "demo_chief", "钱文清（演示）", "检察长", e) ||
	    users_set(c->db, "demo_clerk", "竺晓雯（演示）", "书记员", e)) {
		free(me_hold);
		return -1;
	}
	static const struct { const char *rule, *tpl; int stage; } plan[] = {
		{ "ZB-3MONTH", "检察建议书-纠正违法执行", 0 },   /* 草稿 */
		{ "ZB-PROPERTY", "督促恢复执行", 1 },              /* 已提交 */
		{ "KZ-EXPIRY", "检察建议书-纠正违法执行", 2 },     /* 已退回 */
		{ "JZ-TRAVEL", "移送线索函", 3 },                  /* 已发出 */
		{ "CZ-STARTPRICE-70", "检察建议书-纠正违法执行", 4 }, /* 已回复 采纳 */
		{ "FP-PAYOUT-30D", "检察建议书-纠正违法执行", 5 },  /* 发出已久、回复逾期 */
		{ "JUDGE-OUTLIER", "检察建议书-类案", 0 },
	};
	int rc = 0;
	for (size_t i = 0; i < sizeof plan / sizeof plan[0] && rc == 0; i++) {
		long long lead = lead_of(c, plan[i].rule), id;
		if (!lead)
			continue;
		int st = plan[i].stage;
		rc = drafts_new(c->db, lead, 0, plan[i].tpl, &id, e);
		if (rc == 0 && st >= 1)
			rc = drafts_step(c->db, id, DA_SUBMIT, 0, NULL, e);
		if (rc == 0 && st == 2)
			rc = as(me, as("demo_reviewer", 0) || drafts_step(c->db, id, DA_RETURN, 0,
				"请补充查封期限届满前后的执行记录，并核对续封裁定的送达情况。", e) ? -1 : 0);
		if (rc == 0 && st >= 3)
			rc = as(me, as("demo_chief", 0) || drafts_step(c->db, id, DA_APPROVE, 0, NULL, e) ? -1 : 0);
		if (rc == 0 && st >= 3)
			rc = as(me, as("demo_reviewer", 0) || drafts_step(c->db, id, DA_ISSUE, 0, NULL, e) ? -1 : 0);
		if (rc == 0 && st == 4)
			rc = drafts_reply(c->db, id, 0, "采纳", 1, 2000000, NULL, e);
		if (rc == 0 && st == 5) {
			/* issued four months before the demo's today: the reply is overdue */
			char sql[256];
			snprintf(sql, sizeof sql, "UPDATE drafts SET issued_at = date('%s', '-4 months'),"
				 " reply_due = date('%s', '-1 months') WHERE id = %lld", DEMO_TODAY, DEMO_TODAY, id);
			rc = db_exec(c->db, sql, e);
		}
	}
	users_act_as(c->db, me);
	free(me_hold);
	return rc;
}
