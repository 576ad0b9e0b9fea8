/* demo_plant.c — cases that break the rules, planted into the demo so every
 * rule in db/rules has leads to show (and a near miss that must not fire).
 * Each plant starts from a lawful case like the ordinary ones and changes
 * the one fact the rule is about. Dates are relative to the demo's today. */
#include "demo/demo.h"
#include "legal/calendar.h"
#include "legal/normalize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct plant {
	struct demo_ctx *c;
	struct jz_err *e;
	int failed;
	long long id;                  /* the case being planted */
	long long debtor_pid;
	char debtor[64], debtor_id[19];
	long fd, close;                /* filing / closing day */
	long long claim;
	long long last_ev;             /* the event ev() inserted last */
	const struct demo_court *court; /* the court of new cases; NULL: any */
};

/* Flags: leave out one lawful step of the base case. */
enum { NO_NOTICE = 1, NO_REPORT = 2, NO_XX = 4, NO_QUERY = 8, NO_HEARING = 16, NO_POSTQ = 32, NO_APPROVAL = 64 };

static long rnd(struct plant *p, long lo, long hi) { return demo_rng_range(&p->c->rng, lo, hi); }

static void day(long d, char out[11]) { norm_days_date(d, out); }

static void ev(struct plant *p, const char *kind, long d, long end, const char *item, long long amount,
	       long long value, long long price, const char *who, const char *who_id, const char *detail)
{
	char a[11], b[11];
	if (p->failed)
		return;
	day(d, a);
	if (end >= 0)
		day(end, b);
	p->last_ev = demo_add_event(p->c, p->id, kind, a, end >= 0 ? b : NULL, item, amount, value, price, who,
				    who_id, detail, p->e);
	if (p->last_ev < 0)
		p->failed = 1;
}

static void reg(struct plant *p, const char *kind, const char *item, long long value, long start,
		long end, const char *detail)
{
	char a[11], b[11];
	if (p->failed)
		return;
	day(start, a);
	if (end >= 0)
		day(end, b);
	if (demo_add_registry(p->c, kind, p->debtor_pid, p->debtor, p->debtor_id, item, NULL, value, a,
			      end >= 0 ? b : NULL, detail, p->e) < 0)
		p->failed = 1;
}

/* A 企业登记 record of the debtor naming a company by its 信用代码. */
static void reg_company(struct plant *p, const char *company, const char *code, const char *role, long start,
			long end)
{
	char a[11], b[11], detail[64];
	if (p->failed)
		return;
	day(start, a);
	if (end >= 0)
		day(end, b);
	snprintf(detail, sizeof detail, "{\"role\":\"%s\"}", role);
	if (demo_add_registry(p->c, "企业登记", p->debtor_pid, p->debtor, p->debtor_id, company, code, 0, a,
			      end >= 0 ? b : NULL, detail, p->e) < 0)
		p->failed = 1;
}

/* The event columns demo_add_event does not take (NULL / 0: none). */
struct evx { const char *round, *platform, *result; long long priority, deal; };

static void evx(struct plant *p, const char *kind, long d, long end, const char *item, long long amount,
		long long value, long long price, const char *who, const struct evx *x)
{
	char a[11], b[11];
	sqlite3_stmt *st;
	if (p->failed)
		return;
	day(d, a);
	if (end >= 0)
		day(end, b);
	long long id = demo_add_event(p->c, p->id, kind, a, end >= 0 ? b : NULL, item, amount, value, price, who,
				      NULL, NULL, p->e);
	if (id < 0 || db_prepare(p->c->db, "UPDATE events SET round = ?2, platform = ?3, result = ?4,"
				 " priority_fen = nullif(?5, 0), deal_fen = nullif(?6, 0) WHERE id = ?1", &st, p->e)) {
		p->failed = 1;
		return;
	}
	sqlite3_bind_int64(st, 1, id);
	db_bind_text_or_null(st, 2, x->round);
	db_bind_text_or_null(st, 3, x->platform);
	db_bind_text_or_null(st, 4, x->result);
	sqlite3_bind_int64(st, 5, x->priority);
	sqlite3_bind_int64(st, 6, x->deal);
	if (sqlite3_step(st) != SQLITE_DONE) {
		jz_err_set(p->e, "demo: %s", db_errmsg(p->c->db));
		p->failed = 1;
	}
	sqlite3_finalize(st);
}

/* A new case; method NULL = open. The debtor is new unless debtor is given. */
static void new_case(struct plant *p, long fd, long close, const char *method, const char *cause,
		     const char *judge, const char *debtor, const char *debtor_id)
{
	struct demo_ctx *c = p->c;
	const struct demo_court *ct = p->court ? p->court : &demo_courts[rnd(p, 0, 5)];
	char fds[11], cls[11], no[96], name[64], id[19];
	day(fd, fds);
	day(close, cls);
	demo_case_no(c, ct->code, atoi(fds), "执", no, sizeof no);
	p->fd = fd;
	p->close = close;
	p->claim = rnd(p, 50, 3000) * 100000LL;
	p->id = demo_add_case(c, no, ct->code, fds, method ? cls : NULL, method, cause, p->claim,
			      0, NULL, judge ? judge : ct->judges[rnd(p, 0, 5)], NULL, p->e);
	if (p->id < 0) {
		p->failed = 1;
		return;
	}
	demo_person_name(&c->rng, name, sizeof name);
	demo_person_id(&c->rng, 1960, 1995, id);
	if (demo_add_party(c, p->id, "申请执行人", name, id, p->e) < 0)
		p->failed = 1;
	if (debtor) {
		snprintf(p->debtor, sizeof p->debtor, "%s", debtor);
		snprintf(p->debtor_id, sizeof p->debtor_id, "%s", debtor_id);
	} else {
		demo_person_name(&c->rng, p->debtor, sizeof p->debtor);
		demo_person_id(&c->rng, 1960, 1998, p->debtor_id);
	}
	p->debtor_pid = demo_add_party(c, p->id, "被执行人", p->debtor, p->debtor_id, p->e);
	if (p->debtor_pid < 0)
		p->failed = 1;
}

/* A lawful 终本 case of debtor (NULL: a new person) filed fd, closed close,
 * minus the steps in omit. */
static void zb_case_of(struct plant *p, long fd, long close, unsigned omit, const char *judge, const char *debtor,
		       const char *debtor_id)
{
	new_case(p, fd, close, "终结本次执行程序", debtor ? "买卖合同纠纷" : "民间借贷纠纷", judge, debtor, debtor_id);
	if (!(omit & NO_NOTICE))
		ev(p, "执行通知", fd + 2, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	if (!(omit & NO_REPORT))
		ev(p, "报告财产令", fd + 2, fd + 7, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "网络查控", fd + 4, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	if (!(omit & NO_XX))
		ev(p, "限制消费", fd + 15, -1, p->debtor, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	if (!(omit & NO_QUERY))
		ev(p, "网络查控", close - 10, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	if (!(omit & NO_HEARING))
		ev(p, "终本前告知申请人", close - 6, -1, "约谈申请执行人并告知财产调查结果", 0, 0, 0, NULL, NULL, NULL);
	if (!(omit & NO_APPROVAL))
		ev(p, "申请执行人确认终本", close - 6, -1, "申请执行人签字确认", 0, 0, 0, NULL, NULL, NULL);
	ev(p, "终本", close, -1, NULL, 0, 0, 0, NULL, NULL, NULL);
	if (!(omit & NO_POSTQ))
		for (long d = close + 150; d < p->c->today_days; d += 150)
			ev(p, "终本后查询", d, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
}

static void zb_case(struct plant *p, long fd, long close, unsigned omit, const char *judge)
{
	zb_case_of(p, fd, close, omit, judge, NULL, NULL);
}

/* A lawful open case with a seized flat (valued, extension approved, active). */
static void open_case(struct plant *p, long fd, const char *flat, long long value)
{
	new_case(p, fd, 0, NULL, "买卖合同纠纷", NULL, NULL, NULL);
	long t = p->c->today_days;
	ev(p, "执行通知", fd + 2, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "报告财产令", fd + 2, fd + 7, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "网络查控", fd + 4, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	if (flat)
		ev(p, "查封", fd + 15, fd + 15 + 3 * 365, flat, 0, value ? value : p->claim, 0, NULL, NULL, NULL);
	if (t - fd > 170)   /* approved, and approved again before each extension ran out */
		for (long at = fd + 160, end = fd + 2 * 365; at < t; at = end - 10, end += 2 * 365)
			ev(p, "延长期限批准", at, end, NULL, 0, 0, 0, NULL, NULL, NULL);
	ev(p, "网络查控", t - rnd(p, 10, 40), -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
}

/* A case paid in full after an auction of a flat, closed at close. */
static void paid_case(struct plant *p, long fd, const char *flat, long long value, long long start,
		      const char *buyer, const char *buyer_id)
{
	long seize = fd + 15, auction = fd + 120, rec = auction + 15, payout = rec + 10;
	new_case(p, fd, payout, "执行完毕", "金融借款合同纠纷", NULL, NULL, NULL);
	ev(p, "执行通知", fd + 2, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "报告财产令", fd + 2, fd + 7, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "网络查控", fd + 4, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	ev(p, "查封", seize, seize + 3 * 365, flat, 0, value, 0, NULL, NULL, NULL);
	ev(p, "评估", seize + 40, -1, flat, 0, value, 0, NULL, NULL, NULL);
	ev(p, "拍卖", auction, -1, flat, start, value, start, buyer, buyer_id, "{\"round\":1,\"result\":\"成交\"}");
	ev(p, "案款到账", rec, -1, "拍卖价款", start, 0, 0, buyer, NULL, NULL);
	ev(p, "案款发放", payout, -1, "申请执行人", p->claim, 0, 0, NULL, NULL, NULL);
	ev(p, "解封", payout, -1, flat, 0, 0, 0, NULL, NULL, NULL);
}

static void flat_name(struct plant *p, char *out, size_t len)
{
	static const char *const roads[] = { "剡湖街道北直街", "三江街道官河路", "鹿山街道鹿山路", "浦口街道东南路" };
	snprintf(out, len, "嵊州市%s%ld号%ld幢%ld室", roads[rnd(p, 0, 3)], rnd(p, 301, 600), rnd(p, 21, 40),
		 rnd(p, 101, 1802));
}

/* ---- one planting function per rule: n cases that fire, then a near miss ---- */

static void plant_zb(struct plant *p, long t)
{
	for (int i = 0; i < 3; i++) {
		long fd = t - rnd(p, 300, 900);
		zb_case(p, fd, fd + rnd(p, 45, 80), 0, NULL);                  /* ZB-3MONTH */
		zb_case(p, fd, fd + 150, (unsigned)(i == 0 ? NO_NOTICE | NO_REPORT : NO_XX), NULL); /* ZB-PRECOND */
		zb_case(p, fd, fd + 160, NO_QUERY, NULL);                      /* ZB-INVEST */
		zb_case(p, fd, fd + 170, i == 1 ? NO_APPROVAL : NO_HEARING, NULL); /* ZB-HEARING */
		zb_case(p, fd, fd + 140, NO_POSTQ, NULL);                      /* ZH-6M-QUERY */
	}
	long fd = t - 500;                         /* near miss: 终本 the day after the three months */
	zb_case(p, fd, calendar_add_months(calendar_default(), fd, 3) + 1, 0, NULL);
}

static void plant_property(struct plant *p, long t)
{
	char flat[128];
	for (int i = 0; i < 3; i++) {
		long fd = t - rnd(p, 400, 900);
		zb_case(p, fd, fd + 180, 0, NULL);                              /* ZB-PROPERTY */
		flat_name(p, flat, sizeof flat);
		reg(p, i == 2 ? "车辆" : "不动产", i == 2 ? "浙D7Q2K8" : flat, rnd(p, 30, 200) * 1000000LL,
		    fd - 2000, -1, NULL);
		zb_case(p, fd, fd + 200, 0, NULL);                              /* ZB-SEIZED */
		flat_name(p, flat, sizeof flat);
		ev(p, "查封", fd + 20, fd + 20 + 3 * 365, flat, 0, p->claim, 0, NULL, NULL, NULL);
		zb_case(p, fd, fd + 150, 0, NULL);                              /* ZH-RESUME */
		flat_name(p, flat, sizeof flat);
		reg(p, "不动产", flat, rnd(p, 50, 300) * 1000000LL, t - rnd(p, 60, 200), -1, NULL);
		zb_case(p, fd, fd + 150, 0, NULL);                              /* JZ-TRANSFER */
		flat_name(p, flat, sizeof flat);
		reg(p, "不动产", flat, rnd(p, 50, 300) * 1000000LL, fd - 3000, fd + 60, "{\"to\":\"其亲属\"}");
	}
	long fd = t - 600;
	zb_case(p, fd, fd + 150, 0, NULL);         /* near miss: the car was sold long before */
	reg(p, "车辆", "浙D5M3N1", 9000000, fd - 2000, fd - 400, NULL);
}

static void plant_control(struct plant *p, long t)
{
	char flat[128], plate[16];
	for (int i = 0; i < 3; i++) {
		flat_name(p, flat, sizeof flat);
		open_case(p, t - rnd(p, 1100, 1180), NULL, 0);                 /* KZ-EXPIRY */
		ev(p, "查封", p->fd + 20, t - rnd(p, 10, 60), flat, 0, p->claim, 0, NULL, NULL, NULL);
		ev(p, "评估", p->fd + 60, -1, flat, 0, p->claim, 0, NULL, NULL, NULL);
		flat_name(p, flat, sizeof flat);
		open_case(p, t - rnd(p, 200, 300), NULL, 0);                   /* KZ-OVERSEIZE: a flat that */
		ev(p, "查封", p->fd + 20, p->fd + 20 + 3 * 365, flat, 0, p->claim, 0, NULL, NULL, NULL);   /* covers the */
		ev(p, "评估", p->fd + 60, -1, flat, 0, p->claim, 0, NULL, NULL, NULL);                      /* debt, and */
		char acct[64];                                                  /* money frozen on top */
		snprintf(acct, sizeof acct, "嵊州农商银行 账号62309101%ld", rnd(p, 100000, 999999));
		ev(p, "冻结", p->fd + 25, p->fd + 25 + 365, acct, p->claim * rnd(p, 2, 6), 0, 0, NULL, NULL, NULL);
		snprintf(plate, sizeof plate, "浙D%ldK%02ld", rnd(p, 10, 99), rnd(p, 10, 99));
		long fd = t - rnd(p, 400, 500);                                 /* KZ-PAPER-VEHICLE: 终本 with */
		zb_case(p, fd, fd + 200, 0, NULL);                              /* the car on paper only */
		ev(p, "查封", fd + 20, fd + 20 + 2 * 365, plate, 0, rnd(p, 5, 20) * 1000000LL, 0, NULL, NULL, NULL);
		ev(p, "评估", fd + 60, -1, plate, 0, 8000000, 0, NULL, NULL, NULL);
		flat_name(p, flat, sizeof flat);
		open_case(p, t - rnd(p, 300, 400), NULL, 0);                   /* CZ-IDLE */
		ev(p, "查封", p->fd + 20, p->fd + 20 + 3 * 365, flat, 0, p->claim, 0, NULL, NULL, NULL);
	}
	flat_name(p, flat, sizeof flat);
	open_case(p, t - 1100, NULL, 0);           /* near miss: renewed before it ran out */
	ev(p, "查封", p->fd + 20, t - 20, flat, 0, p->claim, 0, NULL, NULL, NULL);
	ev(p, "评估", p->fd + 60, -1, flat, 0, p->claim, 0, NULL, NULL, NULL);
	ev(p, "续封", t - 40, t - 40 + 3 * 365, flat, 0, p->claim, 0, NULL, NULL, NULL);
}

static void plant_disposal(struct plant *p, long t)
{
	char flat[128], name[64], id[19], company[96], cid[19];
	for (int i = 0; i < 3; i++) {
		long long v = rnd(p, 100, 400) * 1000000LL;
		flat_name(p, flat, sizeof flat);
		demo_person_name(&p->c->rng, name, sizeof name);
		demo_person_id(&p->c->rng, 1970, 1990, id);
		paid_case(p, t - rnd(p, 400, 700), flat, v, v * rnd(p, 55, 68) / 100, name, id);   /* CZ-STARTPRICE-70 */
		flat_name(p, flat, sizeof flat);
		open_case(p, t - rnd(p, 300, 500), flat, v);                   /* CZ-DISCOUNT-20 + CZ-REAUCTION-30D */
		ev(p, "评估", p->fd + 50, -1, flat, 0, v, 0, NULL, NULL, NULL);
		ev(p, "流拍", p->fd + 100, -1, flat, 0, v, v * 8 / 10, NULL, NULL, "{\"round\":1}");
		ev(p, "拍卖", p->fd + 120, -1, flat, v * 55 / 100, v, v * 55 / 100, "某竞买人", NULL,
		   "{\"round\":2,\"result\":\"成交\"}");
		flat_name(p, flat, sizeof flat);
		open_case(p, t - rnd(p, 300, 500), flat, v);                   /* CZ-REAUCTION-30D */
		ev(p, "评估", p->fd + 50, -1, flat, 0, v, 0, NULL, NULL, NULL);
		ev(p, "流拍", t - rnd(p, 60, 120), -1, flat, 0, v, v * 8 / 10, NULL, NULL, "{\"round\":1}");
		flat_name(p, flat, sizeof flat);                               /* CZ-RELATED-BUYER */
		demo_company_name(&p->c->rng, company, sizeof company);
		demo_company_id(&p->c->rng, cid);
		paid_case(p, t - rnd(p, 400, 700), flat, v, v * 8 / 10, company, cid);
		reg_company(p, company, cid, "法定代表人", p->fd - 1500, -1);
	}
	flat_name(p, flat, sizeof flat);
	demo_person_name(&p->c->rng, name, sizeof name);
	demo_person_id(&p->c->rng, 1970, 1990, id);
	paid_case(p, t - 500, flat, 100000000, 70000000, name, id);   /* near miss: exactly 70% */
}

static void plant_money_and_time(struct plant *p, long t)
{
	for (int i = 0; i < 3; i++) {
		open_case(p, t - rnd(p, 120, 160), NULL, 0);                   /* FP-PAYOUT-30D */
		long rec = t - rnd(p, 45, 90);
		ev(p, "案款到账", rec, -1, "扣划存款", p->claim / 2, 0, 0, NULL, NULL, NULL);
		char flat[128];
		flat_name(p, flat, sizeof flat);
		new_case(p, t - rnd(p, 250, 400), 0, NULL, "买卖合同纠纷", NULL, NULL, NULL);  /* XJ-6MONTH */
		ev(p, "执行通知", p->fd + 2, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
		ev(p, "报告财产令", p->fd + 2, p->fd + 7, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
		ev(p, "查封", p->fd + 10, p->fd + 10 + 3 * 365, flat, 0, p->claim, 0, NULL, NULL, NULL);
		ev(p, "评估", p->fd + 50, -1, flat, 0, p->claim, 0, NULL, NULL, NULL);
		ev(p, "网络查控", t - 20, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
		new_case(p, t - rnd(p, 300, 600), 0, NULL, "劳务合同纠纷", NULL, NULL, NULL);   /* XJ-IDLE */
		ev(p, "执行通知", p->fd + 3, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
		ev(p, "报告财产令", p->fd + 3, p->fd + 8, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
		ev(p, "网络查控", p->fd + 5, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
		ev(p, "延长期限批准", p->fd + 160, p->fd + 700, NULL, 0, 0, 0, NULL, NULL, NULL);
		new_case(p, t - rnd(p, 200, 400), t - rnd(p, 100, 150), "执行完毕", "信用卡纠纷", NULL, NULL, NULL);
		ev(p, "执行通知", p->fd + 2, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);  /* XY-XIANXIAO-LIFT */
		ev(p, "报告财产令", p->fd + 2, p->fd + 7, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
		ev(p, "限制消费", p->fd + 20, -1, p->debtor, 0, 0, 0, p->debtor, p->debtor_id, NULL);
		ev(p, "失信", p->fd + 40, -1, p->debtor, 0, 0, 0, p->debtor, p->debtor_id, NULL);   /* XY-DELETE-3WD */
		ev(p, "案款到账", p->close - 10, -1, "被执行人履行", p->claim, 0, 0, NULL, NULL, NULL);
		ev(p, "案款发放", p->close, -1, "申请执行人", p->claim, 0, 0, NULL, NULL, NULL);
		new_case(p, t - rnd(p, 60, 150), 0, NULL, "民间借贷纠纷", NULL, NULL, NULL);    /* CX-NOTICE-10D */
		ev(p, "执行通知", p->fd + rnd(p, 15, 40), -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
		ev(p, "报告财产令", p->fd + 60, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);  /* CX-REPORT-ORDER */
		ev(p, "网络查控", t - 10, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	}
	open_case(p, t - 100, NULL, 0);            /* near miss: paid out on day 29 */
	ev(p, "案款到账", t - 60, -1, "扣划存款", p->claim / 3, 0, 0, NULL, NULL, NULL);
	ev(p, "案款发放", t - 31, -1, "申请执行人", p->claim / 3, 0, 0, NULL, NULL, NULL);
}

static void plant_crime(struct plant *p, long t)
{
	for (int i = 0; i < 3; i++) {
		long fd = t - rnd(p, 400, 800);
		zb_case(p, fd, fd + 150, 0, NULL);                              /* JZ-TRAVEL */
		reg(p, "出行", i == 1 ? "G7355 杭州东—嵊州新昌" : "航班 MU5137 杭州—北京", 0, t - rnd(p, 20, 200), -1,
		    i == 1 ? "{\"mode\":\"铁路\"}" : "{\"mode\":\"航空\"}");
	}
	long fd = t - 500;
	zb_case(p, fd, fd + 150, 0, NULL);         /* near miss: travelled before the 限消 */
	reg(p, "出行", "航班 CA1701 杭州—北京", 0, fd + 5, -1, "{\"mode\":\"航空\"}");
	/* near miss: a D train in 二等座 under the 限消 (限消规定 第三条 allows it) */
	reg(p, "出行", "D3135 杭州东—嵊州新昌", 0, fd + 200, -1, "{\"mode\":\"铁路\",\"seat\":\"二等座\"}");
}

static void plant_cross_case(struct plant *p, long t)
{
	/* SERIAL-DEBTOR: one company debtor in four 终本 cases */
	char debtor[64], id[19];
	demo_company_name(&p->c->rng, debtor, sizeof debtor);
	demo_company_id(&p->c->rng, id);
	for (int i = 0; i < 4; i++) {
		long fd = t - 900 + i * 90;
		new_case(p, fd, fd + 160, "终结本次执行程序", "买卖合同纠纷", NULL, debtor, id);
		ev(p, "执行通知", fd + 2, -1, NULL, 0, 0, 0, debtor, id, NULL);
		ev(p, "报告财产令", fd + 2, fd + 7, NULL, 0, 0, 0, debtor, id, NULL);
		ev(p, "网络查控", fd + 4, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
		ev(p, "限制消费", fd + 15, -1, debtor, 0, 0, 0, debtor, id, NULL);
		ev(p, "网络查控", fd + 150, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
		ev(p, "终本前告知申请人", fd + 154, -1, "约谈申请执行人", 0, 0, 0, NULL, NULL, NULL);
		ev(p, "申请执行人确认终本", fd + 154, -1, "申请执行人签字确认", 0, 0, 0, NULL, NULL, NULL);
		ev(p, "终本", fd + 160, -1, NULL, 0, 0, 0, NULL, NULL, NULL);
		for (long d = fd + 300; d < t; d += 150)
			ev(p, "终本后查询", d, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	}
	/* JUDGE-OUTLIER: an invented judge of one court who closes most cases
	 * just after three months (his peers are that court's judges) */
	p->court = &demo_courts[0];
	for (int i = 0; i < 24; i++) {
		long fd = t - 1200 + i * 40;
		zb_case(p, fd, fd + (i % 5 == 4 ? rnd(p, 200, 300) : rnd(p, 96, 118)), 0, "金宏伟");
	}
	p->court = NULL;
}

/* ---- group A (财产查询, 财产控制): what the import carries beyond ev() ---- */

/* Set the result and 处置障碍 of the event ev() inserted last. */
static void ev_note(struct plant *p, const char *result, const char *obstacle)
{
	sqlite3_stmt *st;
	if (p->failed)
		return;
	if (sqlite3_prepare_v2(p->c->db->sql, "UPDATE events SET result = coalesce(?1, result),"
			       " obstacle = coalesce(?2, obstacle) WHERE id = ?3", -1, &st, NULL) != SQLITE_OK) {
		p->failed = jz_err_set(p->e, "demo: %s", db_errmsg(p->c->db)) != 0;
		return;
	}
	db_bind_text_or_null(st, 1, result);
	db_bind_text_or_null(st, 2, obstacle);
	sqlite3_bind_int64(st, 3, p->last_ev);
	if (sqlite3_step(st) != SQLITE_DONE)
		p->failed = jz_err_set(p->e, "demo: %s", db_errmsg(p->c->db)) != 0;
	sqlite3_finalize(st);
}

/* CX-REPORT-SANCTION, CX-CLUE-7D: the debtor breaks the reporting duty and
 * nothing follows; the applicant's clear leads wait too long. */
static void plant_inquiry(struct plant *p, long t)
{
	static const char *const breach[] = { "拒绝报告", "虚假报告", "逾期报告" };
	for (int i = 0; i < 3; i++) {
		open_case(p, t - rnd(p, 200, 300), NULL, 0);                   /* CX-REPORT-SANCTION */
		ev(p, "财产报告", p->fd + 12, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
		ev_note(p, breach[i], NULL);
		open_case(p, t - rnd(p, 200, 300), NULL, 0);                   /* CX-CLUE-7D */
		ev(p, "财产线索", p->fd + 30, -1, "被执行人在嵊州农商银行的存款", 0, 0, 0, NULL, NULL, NULL);
		ev_note(p, i == 1 ? "紧急" : "明确具体", NULL);
		if (i < 2) {
			ev(p, "线索核查", p->fd + 30 + rnd(p, 12, 25), -1, "被执行人在嵊州农商银行的存款", 0, 0, 0,
			   NULL, NULL, NULL);
			ev_note(p, "不属实", NULL);
		}
	}
	open_case(p, t - 250, NULL, 0);            /* near miss: listed as 失信 after the refusal */
	ev(p, "财产报告", p->fd + 12, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	ev_note(p, "拒绝报告", NULL);
	ev(p, "失信", p->fd + 20, p->fd + 20 + 730, "违反财产报告制度", 0, 0, 0, p->debtor, p->debtor_id, NULL);
	open_case(p, t - 250, NULL, 0);            /* near miss: a lead checked on the 5th day */
	ev(p, "财产线索", p->fd + 30, -1, "被执行人在嵊州农商银行的存款", 0, 0, 0, NULL, NULL, NULL);
	ev_note(p, "明确具体", NULL);
	ev(p, "线索核查", p->fd + 35, -1, "被执行人在嵊州农商银行的存款", 0, 0, 0, NULL, NULL, NULL);
	ev_note(p, "不属实", NULL);
}

/* KZ-CONTROL-DELAY, KZ-EXEMPT: found property left uncontrolled; a
 * wheelchair or a family's furniture seized; the only home auctioned. */
static void plant_control_a(struct plant *p, long t)
{
	char flat[128], found[96];
	static const char *const exempt[] = { "电动轮椅一台", "被执行人家中衣柜、床等家具一套" };
	for (int i = 0; i < 3; i++) {
		open_case(p, t - rnd(p, 200, 300), NULL, 0);                   /* KZ-CONTROL-DELAY */
		long long dep = rnd(p, 20, 90) * 100000LL;
		snprintf(found, sizeof found, "发现：银行存款%lld元（嵊州农商银行）", dep / 100);
		ev(p, "网络查控", p->fd + 30, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
		ev_note(p, found, NULL);
		if (i < 2)
			ev(p, "冻结", p->fd + 30 + rnd(p, 12, 30), t + 200, "银行存款（嵊州农商银行）", dep, dep, 0,
			   NULL, NULL, NULL);
		open_case(p, t - rnd(p, 100, 140), NULL, 0);                   /* KZ-EXEMPT (young: not idle) */
		if (i < 2) {
			ev(p, "扣押", p->fd + 40, p->fd + 40 + 2 * 365, exempt[i], 0, 300000, 0, NULL, NULL, NULL);
		} else {
			flat_name(p, flat, sizeof flat);
			ev(p, "查封", p->fd + 20, p->fd + 20 + 3 * 365, flat, 0, p->claim, 0, NULL, NULL, NULL);
			ev_note(p, NULL, "被执行人及其家属唯一住房");
			ev(p, "拍卖公告", p->fd + 90, p->fd + 120, flat, 0, p->claim, p->claim * 7 / 10, NULL, NULL, NULL);
		}
	}
	open_case(p, t - 250, NULL, 0);            /* near miss: frozen on the 3rd day after the find */
	ev(p, "网络查控", p->fd + 30, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	ev_note(p, "发现：银行存款36000元（嵊州农商银行）", NULL);
	ev(p, "冻结", p->fd + 33, t + 200, "银行存款（嵊州农商银行）", 3600000, 3600000, 0, NULL, NULL, NULL);
	flat_name(p, flat, sizeof flat);
	open_case(p, t - 120, NULL, 0);            /* near miss: the only home seized, not auctioned */
	ev(p, "查封", p->fd + 20, p->fd + 20 + 3 * 365, flat, 0, p->claim, 0, NULL, NULL, NULL);
	ev_note(p, NULL, "被执行人及其家属唯一住房");
}

/* ---- group B (处置, 分配): rules added with issue 11 ---- */

static const struct evx online1 = { "1", "人民法院诉讼资产网", NULL, 0, 0 };

/* An open case whose flat (worth the claim) is valued and announced for a
 * first online auction: notice `notice` days before the announcement,
 * bidding `days` days after it, 保证金 `deposit` percent of a 起拍价 of 80%. */
static void announced_case(struct plant *p, long t, long notice, long days, long deposit)
{
	char flat[128];
	flat_name(p, flat, sizeof flat);
	open_case(p, t - rnd(p, 300, 400), flat, 0);
	long long v = p->claim;
	long ann = t - rnd(p, 60, 90);
	ev(p, "评估", p->fd + 50, -1, flat, 0, v, 0, NULL, NULL, NULL);
	ev(p, "拍卖通知", ann - notice, -1, flat, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	evx(p, "拍卖公告", ann, ann + days, flat, v * 8 / 10 * deposit / 100, v, v * 8 / 10, NULL, &online1);
}

static void plant_b_procedure(struct plant *p, long t)
{
	announced_case(p, t, 5, 20, 10);             /* CZ-PROCEDURE: 20 days' notice of a flat's auction */
	announced_case(p, t, 1, 35, 10);             /* CZ-PROCEDURE: parties told a day before the 公告 */
	announced_case(p, t, 5, 35, 30);             /* CZ-PROCEDURE: 保证金 30% */
	announced_case(p, t, 3, 30, 20);             /* near miss: 3 days, 30 days, 20% */
}

/* CZ-FUTILE: a flat worth the claim, mortgaged for `ahead` percent of its
 * value, offered at 80% of it. */
static void futile_case(struct plant *p, long t, long ahead, const char *told)
{
	char flat[128];
	struct evx seized = { NULL, NULL, NULL, 0, 0 }, note = { NULL, NULL, told, 0, 0 };
	flat_name(p, flat, sizeof flat);
	open_case(p, t - rnd(p, 300, 400), NULL, 0);
	long long v = p->claim;
	seized.priority = v * ahead / 100;
	evx(p, "查封", p->fd + 15, p->fd + 15 + 3 * 365, flat, 0, v, 0, NULL, &seized);
	ev(p, "评估", p->fd + 50, -1, flat, 0, v, 0, NULL, NULL, NULL);
	long ann = t - rnd(p, 40, 60);
	evx(p, "拍卖通知", ann - 5, -1, flat, 0, 0, 0, p->debtor, &note);
	evx(p, "拍卖公告", ann, ann + 32, flat, v * 8 / 100, v, v * 8 / 10, NULL, &online1);
}

static void plant_b_futile(struct plant *p, long t)
{
	for (int i = 0; i < 3; i++)
		futile_case(p, t, rnd(p, 85, 120), NULL);   /* nothing left, applicant not told */
	futile_case(p, t, 100, "已告知申请执行人：拍卖所得清偿优先债权后无剩余可能");   /* near miss: told */
}

/* CZ-RELATED-BUYER near miss: the debtor left the buying company before the sale. */
static void plant_b_buyer(struct plant *p, long t)
{
	char flat[128], company[96], cid[19];
	flat_name(p, flat, sizeof flat);
	demo_company_name(&p->c->rng, company, sizeof company);
	demo_company_id(&p->c->rng, cid);
	paid_case(p, t - rnd(p, 400, 700), flat, 150000000, 120000000, company, cid);
	reg_company(p, company, cid, "法定代表人", p->fd - 1500, p->fd - 30);
}

/* FP-PLAN-15D: money from a sale shared among creditors; served on day s,
 * paid out on day s + `wait`. */
static void plan_case(struct plant *p, long t, long wait)
{
	char other[96], oid[19];
	open_case(p, t - rnd(p, 300, 400), NULL, 0);
	demo_company_name(&p->c->rng, other, sizeof other);
	demo_company_id(&p->c->rng, oid);
	long rec = t - rnd(p, 60, 90);
	ev(p, "案款到账", rec, -1, "扣划存款", p->claim, 0, 0, NULL, NULL, NULL);
	ev(p, "参与分配", rec - 20, -1, NULL, p->claim / 2, 0, 0, other, oid, NULL);
	ev(p, "分配方案", rec + 3, -1, NULL, 0, 0, 0, NULL, NULL, NULL);
	ev(p, "分配方案送达", rec + 5, -1, NULL, 0, 0, 0, other, oid, NULL);
	ev(p, "分配方案送达", rec + 5, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "案款发放", rec + 5 + wait, -1, "申请执行人", p->claim * 2 / 3, 0, 0, NULL, NULL, NULL);
}

static void plant_b_plan(struct plant *p, long t)
{
	for (int i = 0; i < 3; i++)
		plan_case(p, t, rnd(p, 3, 10));          /* paid out inside the 15-day objection period */
	plan_case(p, t, 25);                         /* near miss: well after it */
}

/* The lawful routine of an open case filed fd against debtor (id). */
static void routine(struct plant *p, long t, long fd, const char *debtor, const char *id)
{
	ev(p, "执行通知", fd + 2, -1, NULL, 0, 0, 0, debtor, id, NULL);
	ev(p, "报告财产令", fd + 2, fd + 7, NULL, 0, 0, 0, debtor, id, NULL);
	ev(p, "网络查控", fd + 4, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	ev(p, "延长期限批准", fd + 160, fd + 2 * 365, NULL, 0, 0, 0, NULL, NULL, NULL);
	ev(p, "网络查控", t - rnd(p, 10, 40), -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
}

/* FP-ORDER: one company debtor, two cases on its factory: the first seizer
 * (a) and a later one (b) that sells it and pays its own applicant. */
static void order_pair(struct plant *p, long t, int first_paid)
{
	char debtor[64], id[19], site[96];
	struct evx sold = { "1", "人民法院诉讼资产网", NULL, 0, 0 };
	demo_company_name(&p->c->rng, debtor, sizeof debtor);
	demo_company_id(&p->c->rng, id);
	snprintf(site, sizeof site, "嵊州市经济开发区%ld号厂房", rnd(p, 10, 99));
	long fd = t - rnd(p, 400, 500);
	new_case(p, fd, 0, NULL, "买卖合同纠纷", NULL, debtor, id);
	long long a = p->id, v = p->claim;
	routine(p, t, fd, debtor, id);
	ev(p, "查封", fd + 10, fd + 10 + 3 * 365, site, 0, v, 0, NULL, NULL, NULL);
	new_case(p, fd + 20, 0, NULL, "买卖合同纠纷", NULL, debtor, id);
	routine(p, t, fd + 20, debtor, id);
	ev(p, "轮候查封", fd + 30, -1, site, 0, v, 0, NULL, NULL, NULL);
	ev(p, "评估", fd + 60, -1, site, 0, v, 0, NULL, NULL, NULL);
	sold.deal = v * 8 / 10;
	evx(p, "拍卖", fd + 150, -1, site, 0, v, v * 8 / 10, "某竞买人", &sold);
	ev(p, "案款到账", fd + 160, -1, "拍卖价款", v * 8 / 10, 0, 0, NULL, NULL, NULL);
	ev(p, "案款发放", fd + 170, -1, "申请执行人", v * 8 / 10, 0, 0, NULL, NULL, NULL);
	if (first_paid) {
		long long b = p->id;
		p->id = a;
		ev(p, "案款发放", fd + 170, -1, "申请执行人", v / 4, 0, 0, NULL, NULL, NULL);
		p->id = b;
	}
}

static void plant_b_order(struct plant *p, long t)
{
	for (int i = 0; i < 3; i++)
		order_pair(p, t, 0);                     /* the later seizer paid, the first one not */
	order_pair(p, t, 1);                         /* near miss: the first seizer was paid too */
}

static void plant_group_b(struct plant *p, long t)
{
	plant_b_procedure(p, t);
	plant_b_futile(p, t);
	plant_b_buyer(p, t);
	plant_b_plan(p, t);
	plant_b_order(p, t);
}

/* Group C1 (终本, 消极执行): 执转破 — a company closed as 终本 for three
 * creditors, never asked about bankruptcy; near misses: a company whose
 * court explained 移送破产, an open case whose six months stood still
 * during a 中止, an idle-looking case under an instalment 和解. */
static void plant_c1(struct plant *p, long t)
{
	char company[96], cid[19], flat[128];
	demo_company_name(&p->c->rng, company, sizeof company);
	demo_company_id(&p->c->rng, cid);
	for (int i = 0; i < 3; i++) {                                      /* ZB-BANKRUPTCY */
		long fd = t - 800 + i * 120;
		zb_case_of(p, fd, fd + 150 + i * 10, 0, NULL, company, cid);
	}
	demo_company_name(&p->c->rng, company, sizeof company);
	demo_company_id(&p->c->rng, cid);
	for (int i = 0; i < 2; i++) {             /* near miss: the parties were asked (破产释明) */
		long fd = t - 700 + i * 100;
		zb_case_of(p, fd, fd + 160, 0, NULL, company, cid);
		if (i == 1)
			ev(p, "破产释明", fd + 150, -1, NULL, 0, 0, 0, NULL, NULL, NULL);
	}
	new_case(p, t - 190, 0, NULL, "买卖合同纠纷", NULL, NULL, NULL);  /* near miss: XJ-6MONTH */
	flat_name(p, flat, sizeof flat);
	ev(p, "执行通知", p->fd + 2, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "报告财产令", p->fd + 2, p->fd + 7, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "查封", p->fd + 15, p->fd + 15 + 3 * 365, flat, 0, p->claim, 0, NULL, NULL, NULL);
	ev(p, "中止", p->fd + 20, p->fd + 100, NULL, 0, 0, 0, NULL, NULL, NULL);
	ev(p, "网络查控", t - 20, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	new_case(p, t - 300, 0, NULL, "民间借贷纠纷", NULL, NULL, NULL);   /* near miss: XJ-IDLE */
	ev(p, "执行通知", p->fd + 2, -1, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "报告财产令", p->fd + 2, p->fd + 7, NULL, 0, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "网络查控", p->fd + 5, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	ev(p, "延长期限批准", p->fd + 160, p->fd + 700, NULL, 0, 0, 0, NULL, NULL, NULL);
	ev(p, "和解", p->fd + 170, t + 200, NULL, 0, 0, 0, NULL, NULL, "{\"note\":\"分十二期履行\"}");
}

/* ---- group C2 (信用惩戒, 刑事线索, 虚假诉讼): XY-WRONG-LIST, XY-DECEASED,
 * JZ-AFTER-SANCTION, XS-COLLUSION, XS-SERIAL-LENDER ---- */

static void person(struct plant *p, char name[64], char id[19], int y0, int y1)
{
	demo_person_name(&p->c->rng, name, 64);
	demo_person_id(&p->c->rng, y0, y1, id);
}

/* A lawful open case between a given applicant and debtor (notice, report
 * order, online queries, an extension once it runs past six months). */
static void given_case(struct plant *p, long fd, const char *cause, const char *app, const char *app_id,
		       const char *debtor, const char *debtor_id)
{
	struct demo_ctx *c = p->c;
	const struct demo_court *ct = &demo_courts[rnd(p, 0, 5)];
	char fds[11], no[96];
	if (p->failed)
		return;
	day(fd, fds);
	demo_case_no(c, ct->code, atoi(fds), "执", no, sizeof no);
	p->fd = fd;
	p->close = 0;
	p->claim = rnd(p, 50, 800) * 100000LL;
	p->id = demo_add_case(c, no, ct->code, fds, NULL, NULL, cause, p->claim, 0, NULL, ct->judges[rnd(p, 0, 5)],
			      NULL, p->e);
	snprintf(p->debtor, sizeof p->debtor, "%s", debtor);
	snprintf(p->debtor_id, sizeof p->debtor_id, "%s", debtor_id);
	if (p->id < 0 || demo_add_party(c, p->id, "申请执行人", app, app_id, p->e) < 0 ||
	    (p->debtor_pid = demo_add_party(c, p->id, "被执行人", debtor, debtor_id, p->e)) < 0) {
		p->failed = 1;
		return;
	}
	long t = c->today_days;
	ev(p, "执行通知", fd + 2, -1, NULL, 0, 0, 0, debtor, debtor_id, NULL);
	ev(p, "报告财产令", fd + 2, fd + 7, NULL, 0, 0, 0, debtor, debtor_id, NULL);
	ev(p, "网络查控", fd + 4, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	if (t - fd > 170)
		ev(p, "延长期限批准", fd + 160, fd + 2 * 365, NULL, 0, 0, 0, NULL, NULL, NULL);
	ev(p, "网络查控", t - rnd(p, 10, 40), -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
}

/* XY-WRONG-LIST (a minor listed; listed on ground (一) with the seized flat
 * covering the claim; fined for breaking the 限消令, never listed) and
 * XY-DECEASED (the debtor died, the 限消令 stays). */
static void plant_c2_credit(struct plant *p, long t)
{
	char app[64], app_id[19], name[64], id[19], flat[128];
	for (int i = 0; i < 3; i++) {
		person(p, app, app_id, 1960, 1990);
		person(p, name, id, 2009, 2011);                               /* XY-WRONG-LIST: a minor */
		given_case(p, t - rnd(p, 200, 400), "机动车交通事故责任纠纷", app, app_id, name, id);
		ev(p, "失信", p->fd + 40, -1, name, 0, 0, 0, name, id, NULL);
		flat_name(p, flat, sizeof flat);                               /* XY-WRONG-LIST: secured */
		open_case(p, t - rnd(p, 60, 150), flat, 0);
		ev(p, "失信", p->fd + 30, -1, "失信规定第一条第（一）项：有履行能力而拒不履行", 0, 0, 0, p->debtor,
		   p->debtor_id, NULL);
		long fd = t - rnd(p, 400, 700);
		zb_case(p, fd, fd + 150, 0, NULL);                              /* XY-WRONG-LIST: not listed */
		ev(p, "罚款", fd + 40, -1, "违反限制消费令", 1000000, 0, 0, p->debtor, p->debtor_id, NULL);
		zb_case(p, fd, fd + 160, 0, NULL);                              /* XY-DECEASED */
		reg(p, "户籍", "浙江省嵊州市", 0, fd - 12000, t - rnd(p, 60, 300), NULL);
	}
	long fd = t - rnd(p, 300, 450);
	zb_case(p, fd, fd + 150, 0, NULL);         /* near miss: fined, then listed within 30 days */
	ev(p, "罚款", fd + 40, -1, "违反限制消费令", 1000000, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "失信", fd + 55, fd + 55 + 2 * 365, "失信规定第一条第（五）项：违反限制消费令", 0, 0, 0, p->debtor,
	   p->debtor_id, NULL);
	zb_case(p, fd, fd + 150, 0, NULL);         /* near miss: died ten days ago */
	reg(p, "户籍", "浙江省嵊州市", 0, fd - 12000, t - 10, NULL);
}

/* JZ-AFTER-SANCTION: fined for refusing to report, listed, then flew. */
static void plant_c2_sanction(struct plant *p, long t)
{
	for (int i = 0; i < 3; i++) {
		long fd = t - rnd(p, 300, 600);
		zb_case(p, fd, fd + 150, 0, NULL);
		ev(p, "罚款", fd + 30, -1, "拒绝报告财产", 1000000, 0, 0, p->debtor, p->debtor_id, NULL);
		ev(p, "失信", fd + 45, fd + 45 + 2 * 365, "失信规定第一条第（四）项：违反财产报告制度", 0, 0, 0,
		   p->debtor, p->debtor_id, NULL);
		reg(p, "出行", i == 1 ? "G7355 杭州东—嵊州新昌" : "航班 MU5137 杭州—北京", 0, t - rnd(p, 20, 150), -1,
		    i == 1 ? "{\"mode\":\"铁路\",\"seat\":\"二等座\"}" : "{\"mode\":\"航空\"}");
	}
	long fd = t - 400;                         /* near miss: flew first, fined for it, listed */
	zb_case(p, fd, fd + 150, 0, NULL);
	reg(p, "出行", "航班 CA1701 杭州—北京", 0, fd + 20, -1, "{\"mode\":\"航空\"}");
	ev(p, "罚款", fd + 30, -1, "违反限制消费令乘坐飞机", 1000000, 0, 0, p->debtor, p->debtor_id, NULL);
	ev(p, "失信", fd + 40, fd + 40 + 2 * 365, "失信规定第一条第（五）项：违反限制消费令", 0, 0, 0,
	   p->debtor, p->debtor_id, NULL);
}

/* XS-COLLUSION: a company the debtor represents gets a 调解书 against him
 * 18 days after the 应诉通知 and claims in the case that seized his flat. */
static void collusion(struct plant *p, long t, int related)
{
	char flat[128], co[96], co_id[19];
	flat_name(p, flat, sizeof flat);
	open_case(p, t - rnd(p, 120, 160), flat, 0);
	long long a = p->id, claim = p->claim;
	long a_fd = p->fd;
	char debtor[64], debtor_id[19];
	snprintf(debtor, sizeof debtor, "%s", p->debtor);
	snprintf(debtor_id, sizeof debtor_id, "%s", p->debtor_id);
	demo_company_name(&p->c->rng, co, sizeof co);
	demo_company_id(&p->c->rng, co_id);
	if (related)
		reg(p, "企业登记", co, 0, a_fd - 2000, -1, "{\"role\":\"法定代表人\"}");
	given_case(p, a_fd + rnd(p, 20, 40), "民间借贷纠纷", co, co_id, debtor, debtor_id);
	ev(p, "应诉通知", p->fd - (related ? 30 : 90), -1, NULL, 0, 0, 0, debtor, debtor_id, NULL);
	ev(p, "执行依据", p->fd - 12, -1, related ? "民事调解书" : "民事判决书", 0, 0, 0, NULL, NULL, NULL);
	long claimed = p->fd + 10;
	p->id = a;
	ev(p, "参与分配", claimed, -1, NULL, claim * 8 / 10, 0, 0, co, co_id, NULL);
}

/* XS-SERIAL-LENDER: one lender, n 民间借贷 cases against n debtors within a year. */
static void lender(struct plant *p, long t, int n)
{
	char app[64], app_id[19], name[64], id[19];
	person(p, app, app_id, 1965, 1985);
	for (int i = 0; i < n; i++) {
		person(p, name, id, 1970, 1995);
		given_case(p, t - 300 + i * 50, "民间借贷纠纷", app, app_id, name, id);
		ev(p, "执行依据", p->fd - rnd(p, 15, 40), -1, "民事调解书", 0, 0, 0, NULL, NULL, NULL);
	}
}

static void plant_c2(struct plant *p, long t)
{
	plant_c2_credit(p, t);
	plant_c2_sanction(p, t);
	for (int i = 0; i < 3; i++)
		collusion(p, t, 1);
	collusion(p, t, 0);                        /* near miss: an unrelated creditor's 判决 */
	lender(p, t, 5);
	lender(p, t, 5);
	lender(p, t, 4);                           /* near miss: four cases */
}

int demo_plant_violations(struct demo_ctx *c, struct jz_err *e)
{
	struct plant p;
	memset(&p, 0, sizeof p);
	p.c = c;
	p.e = e;
	long t = c->today_days;
	void (*steps[])(struct plant *, long) = { plant_zb, plant_property, plant_control, plant_disposal,
						   plant_money_and_time, plant_crime, plant_cross_case,
						   plant_group_b, plant_c1, plant_inquiry, plant_control_a, plant_c2 };
	for (size_t i = 0; i < sizeof steps / sizeof steps[0] && !p.failed; i++)
		steps[i](&p, t);
	return p.failed ? -1 : 0;
}
