/* demo_cases.c — ordinary demo cases: a year-by-year flow of enforcement
 * cases whose events follow the law (notices on time, 终本 after three
 * months with the applicant told, re-queries every few months ...), so the
 * leads a user sees come from the planted violations, not from noise. */
#include "demo/demo.h"
#include "legal/normalize.h"
#include "util/progress.h"

#include <stdio.h>
#include <string.h>

struct gen {
	struct demo_ctx *c;
	struct demo_rng *r;
	struct jz_err *e;
	int failed;
	long long case_id;
	int fd, today;                     /* filing day, today (days since 1970) */
	long long claim;
	long k_person, k_company;          /* counters for unique IDs */
	char debtor[64], debtor_id[19];
	long long debtor_pid;
	int debtor_person;
	struct { char name[64], id[19]; int person; long long pid; } recent[256];  /* repeat debtors */
	int nrecent;
	long long bank_pid[4];
	sqlite3_stmt *close_case;
};

static long rnd(struct gen *g, long lo, long hi) { return demo_rng_range(g->r, lo, hi); }
static int chance(struct gen *g, double p) { return demo_rng_chance(g->r, p); }

/* One event; end < 0 means "no end date". Events planned for today or
 * later have not happened yet and are left out. Errors stop the generator. */
static void ev(struct gen *g, const char *kind, long day, long end, const char *item,
	       long long amount, long long value, long long price, const char *who,
	       const char *who_id, const char *detail)
{
	if (g->failed || day >= g->today)
		return;
	char d[11], de[11];
	norm_days_date(day, d);
	if (end >= 0)
		norm_days_date(end, de);
	if (demo_add_event(g->c, g->case_id, kind, d, end >= 0 ? de : NULL, item, amount, value,
			   price, who, who_id, detail, g->e) < 0)
		g->failed = 1;
}

static void reg(struct gen *g, const char *kind, const char *item, const char *reg_no,
		long long value, long start, long end, const char *detail)
{
	if (g->failed || start >= g->today)
		return;
	char s[11], en[11];
	norm_days_date(start, s);
	if (end >= g->today)
		end = -1;          /* not yet transferred */
	if (end >= 0)
		norm_days_date(end, en);
	if (demo_add_registry(g->c, kind, g->debtor_pid, g->debtor, g->debtor_id, item, reg_no,
			      value, s, end >= 0 ? en : NULL, detail, g->e) < 0)
		g->failed = 1;
}

static long long party(struct gen *g, const char *role, const char *name, const char *id)
{
	if (g->failed)
		return -1;
	long long pid = demo_add_party(g->c, g->case_id, role, name, id, g->e);
	if (pid < 0)
		g->failed = 1;
	return pid;
}

static void new_person(struct gen *g, char name[64], char id[19])
{
	demo_person_name(g->r, name, 64);
	demo_person_id_seq(g->k_person++, id);
}

static void new_company(struct gen *g, char name[64], char id[19])
{
	demo_company_name(g->r, name, 64);
	demo_company_id_seq(g->k_company++, id);
}

static const char *const banks[] = {
	"浙江剡溪农村商业银行股份有限公司", "绍兴越州商业银行股份有限公司嵊州支行",
	"浙江会稽农村商业银行股份有限公司", "绍兴鉴湖村镇银行股份有限公司",
};

struct cause { const char *name; int weight; long lo, hi; int bank; };
static const struct cause causes[] = {
	{ "民间借贷纠纷", 30, 10000, 800000, 0 },
	{ "买卖合同纠纷", 20, 20000, 1500000, 0 },
	{ "金融借款合同纠纷", 14, 50000, 3000000, 1 },
	{ "信用卡纠纷", 6, 5000, 80000, 1 },
	{ "劳务合同纠纷", 8, 3000, 60000, 0 },
	{ "机动车交通事故责任纠纷", 7, 10000, 300000, 0 },
	{ "抚养费纠纷", 4, 5000, 50000, 0 },
	{ "建设工程施工合同纠纷", 5, 100000, 5000000, 0 },
	{ "房屋租赁合同纠纷", 6, 10000, 200000, 0 },
};

static const struct cause *pick_cause(struct gen *g)
{
	long w = rnd(g, 1, 100);
	for (size_t i = 0; i < sizeof causes / sizeof causes[0]; i++)
		if ((w -= causes[i].weight) <= 0)
			return &causes[i];
	return &causes[0];
}

static const struct demo_court *pick_court(struct gen *g)
{
	static const int weights[] = { 22, 18, 18, 14, 10, 14, 4 };
	long w = rnd(g, 1, 100);
	for (int i = 0; i < demo_ncourts; i++)
		if ((w -= weights[i]) <= 0)
			return &demo_courts[i];
	return &demo_courts[0];
}

static void link(struct gen *g, const char *role, long long pid)
{
	if (!g->failed && demo_link_party(g->c, g->case_id, role, pid, g->e) < 0)
		g->failed = 1;
}

/* Banks and repeat debtors are linked by party id: in bulk mode the
 * generator never looks parties up, so each must be inserted once. */
static void add_applicant(struct gen *g, const struct cause *cs)
{
	char name[64], id[19];
	if (cs->bank) {
		int k = (int)rnd(g, 0, 3);
		if (!g->bank_pid[k]) {
			demo_company_id_seq(2000000000L + k, id);
			g->bank_pid[k] = party(g, "申请执行人", banks[k], id);
		} else {
			link(g, "申请执行人", g->bank_pid[k]);
		}
		return;
	}
	if (chance(g, 0.65))
		new_person(g, name, id);
	else
		new_company(g, name, id);
	party(g, "申请执行人", name, id);
}

static void add_debtor(struct gen *g, int first)
{
	char name[64], id[19];
	long long pid;
	if (g->nrecent > 20 && chance(g, 0.03)) {
		int k = (int)rnd(g, 0, (g->nrecent < 256 ? g->nrecent : 256) - 1);
		snprintf(name, sizeof name, "%s", g->recent[k].name);
		snprintf(id, sizeof id, "%s", g->recent[k].id);
		g->debtor_person = g->recent[k].person;
		pid = g->recent[k].pid;
		link(g, "被执行人", pid);
	} else {
		if ((g->debtor_person = chance(g, 0.7)))
			new_person(g, name, id);
		else
			new_company(g, name, id);
		pid = party(g, "被执行人", name, id);
		int slot = g->nrecent++ % 256;
		snprintf(g->recent[slot].name, sizeof g->recent[slot].name, "%s", name);
		snprintf(g->recent[slot].id, sizeof g->recent[slot].id, "%s", id);
		g->recent[slot].person = g->debtor_person;
		g->recent[slot].pid = pid;
	}
	if (first) {
		snprintf(g->debtor, sizeof g->debtor, "%s", name);
		snprintf(g->debtor_id, sizeof g->debtor_id, "%s", id);
		g->debtor_pid = pid;
	}
}

static void add_parties(struct gen *g, const struct cause *cs)
{
	add_applicant(g, cs);
	add_debtor(g, 1);
	if (chance(g, 0.22))
		add_debtor(g, 0);
}

/* 网络查控 rows name the channel in item; the channels queried and the
 * result are the standard ones (存款、车辆、不动产、证券、网络资金、股权、公积金),
 * left out of detail to keep a million-case demo small. */

/* 执行通知 and 报告财产令 within days, then the online query. Returns the query day. */
static long start_events(struct gen *g)
{
	long notice = g->fd + rnd(g, 1, 6);
	ev(g, "执行通知", notice, -1, NULL, 0, 0, 0, g->debtor, g->debtor_id, NULL);
	ev(g, "报告财产令", notice, notice + 5, NULL, 0, 0, 0, g->debtor, g->debtor_id, NULL);
	long q = g->fd + rnd(g, 2, 9);
	ev(g, "网络查控", q, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	return q;
}

static void house(struct gen *g, char *out, size_t len)
{
	static const char *const roads[] = { "剡湖街道北直街", "三江街道官河路", "鹿山街道鹿山路",
		"浦口街道东南路", "甘霖镇甘霖路", "长乐镇长乐路", "崇仁镇崇仁路" };
	snprintf(out, len, "嵊州市%s%ld号%ld幢%ld室", roads[rnd(g, 0, 6)], rnd(g, 1, 300),
		 rnd(g, 1, 20), rnd(g, 101, 2602));
}

/* 执行完毕 by payment, by a frozen deposit, or by auctioning a flat. Returns the closing day. */
static long path_paid(struct gen *g, long q)
{
	long close;
	int restricted = chance(g, 0.3);
	if (restricted)
		ev(g, "限制消费", g->fd + rnd(g, 8, 20), -1, g->debtor, 0, 0, 0, g->debtor, g->debtor_id, NULL);
	long w = rnd(g, 1, 100);
	if (w <= 45) {
		long rec = g->fd + rnd(g, 25, 90);
		ev(g, "案款到账", rec, -1, "被执行人主动履行", g->claim, 0, 0, g->debtor, NULL, NULL);
		close = rec + rnd(g, 3, 25);
		ev(g, "案款发放", close, -1, "申请执行人", g->claim, 0, 0, NULL, NULL, NULL);
	} else if (w <= 75) {
		long frz = q + rnd(g, 1, 5);
		char item[64];
		snprintf(item, sizeof item, "银行存款（账号尾号%04ld）", rnd(g, 0, 9999));
		ev(g, "冻结", frz, frz + 365, item, g->claim, g->claim, 0, NULL, NULL, NULL);
		long rec = frz + rnd(g, 3, 15);
		ev(g, "案款到账", rec, -1, "扣划存款", g->claim, 0, 0, NULL, NULL, NULL);
		close = rec + rnd(g, 3, 25);
		ev(g, "案款发放", close, -1, "申请执行人", g->claim, 0, 0, NULL, NULL, NULL);
	} else {
		char item[128], certno[64], buyer[64], buyer_id[19];
		house(g, item, sizeof item);
		snprintf(certno, sizeof certno, "浙（%ld）嵊州市不动产权第%07ld号", rnd(g, 2017, 2020),
			 rnd(g, 1, 9999999));
		long long value = g->claim * rnd(g, 110, 160) / 100;
		long seize = q + rnd(g, 5, 25);
		ev(g, "查封", seize, seize + 3 * 365, item, 0, value, 0, NULL, NULL, NULL);
		long eval = seize + rnd(g, 30, 60);
		ev(g, "评估", eval, -1, item, 0, value, 0, "绍兴某房地产估价有限公司", NULL, NULL);
		long auction = eval + rnd(g, 30, 60);
		long long start = value * rnd(g, 70, 100) / 100, deal = start * rnd(g, 100, 125) / 100;
		new_person(g, buyer, buyer_id);
		ev(g, "拍卖", auction, -1, item, deal, value, start, buyer, buyer_id, "{\"round\":1,\"result\":\"成交\"}");
		long rec = auction + rnd(g, 10, 30);
		ev(g, "案款到账", rec, -1, "拍卖价款", deal, 0, 0, buyer, NULL, NULL);
		close = rec + rnd(g, 3, 25);
		ev(g, "案款发放", close, -1, "申请执行人", g->claim, 0, 0, NULL, NULL, NULL);
		ev(g, "解封", close, -1, item, 0, 0, 0, NULL, NULL, NULL);
		reg(g, "不动产", item, certno, value, g->fd - rnd(g, 400, 3000), auction + rnd(g, 20, 40), NULL);
	}
	if (restricted)
		ev(g, "解除限制消费", close + rnd(g, 0, 2), -1, g->debtor, 0, 0, 0, g->debtor, g->debtor_id, NULL);
	return close;
}

/* 民诉法解释 第五百一十七条: the applicant signs his consent to 终本, or a
 * 合议庭 reviews it and the 院长 approves. Chosen by the case id, so the
 * random stream (and every other fact of the demo) stays as it was. */
static void zb_approval(struct gen *g, long told, long close)
{
	if (g->case_id % 3 == 0) {
		ev(g, "合议庭评议", close - 2, -1, NULL, 0, 0, 0, NULL, NULL, NULL);
		ev(g, "院长批准", close - 1, -1, NULL, 0, 0, 0, NULL, NULL, NULL);
	} else {
		ev(g, "申请执行人确认终本", told, -1, "申请执行人签字确认", 0, 0, 0, NULL, NULL, NULL);
	}
}

/* 终本 with the required steps before it and re-queries after it. */
static long path_zb(struct gen *g, long q, long long *paid)
{
	long close = g->fd + rnd(g, 100, 330);
	long xx = g->fd + rnd(g, 8, 40);
	ev(g, "限制消费", xx, -1, g->debtor, 0, 0, 0, g->debtor, g->debtor_id, NULL);
	int listed = chance(g, 0.5);
	if (listed)
		ev(g, "失信", g->fd + rnd(g, 41, 80), -1, g->debtor, 0, 0, 0, g->debtor, g->debtor_id,
		   "{\"ground\":\"有履行能力而拒不履行\"}");   /* ground (一): no fixed period */
	if (chance(g, 0.3))
		ev(g, "现场调查", g->fd + rnd(g, 20, 60), -1, "被执行人住所地", 0, 0, 0, NULL, NULL, NULL);
	if (chance(g, 0.25)) {
		long long amt = g->claim * rnd(g, 2, 20) / 100;
		long frz = q + rnd(g, 1, 10);
		ev(g, "冻结", frz, frz + 365, "银行存款", amt, amt, 0, NULL, NULL, NULL);
		long rec = frz + rnd(g, 3, 10);
		ev(g, "案款到账", rec, -1, "扣划存款", amt, 0, 0, NULL, NULL, NULL);
		ev(g, "解封", rec, -1, "银行存款", 0, 0, 0, NULL, NULL, NULL);   /* the emptied account */
		ev(g, "案款发放", rec + rnd(g, 2, 25), -1, "申请执行人", amt, 0, 0, NULL, NULL, NULL);
		*paid = amt;
	}
	ev(g, "网络查控", close - rnd(g, 5, 20), -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
	long told = close - rnd(g, 3, 15);
	ev(g, "终本前告知申请人", told, -1, "约谈申请执行人并告知财产调查结果", 0, 0, 0,
	   NULL, NULL, "{\"mode\":\"当面\",\"record\":true}");
	zb_approval(g, told, close);
	ev(g, "终本", close, -1, NULL, 0, 0, 0, NULL, NULL, NULL);
	int queries = 0;
	for (long d = close + rnd(g, 120, 175); d < g->today; d += rnd(g, 120, 175)) {
		ev(g, "终本后查询", d, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
		/* two empty queries after 终本: the listing goes (失信规定 第十条第一款第（四）项) */
		if (listed && ++queries == 2)
			ev(g, "删除失信", d + 1, -1, g->debtor, 0, 0, 0, g->debtor, g->debtor_id, NULL);
	}
	if (g->debtor_person && chance(g, 0.2))
		reg(g, "出行", "航班 杭州—北京", NULL, 0, xx - rnd(g, 30, 300), -1, "{\"mode\":\"航空\"}");
	if (chance(g, 0.1)) {
		char plate[16];
		snprintf(plate, sizeof plate, "浙D%05ld", rnd(g, 0, 99999));
		reg(g, "车辆", plate, NULL, rnd(g, 2000000, 15000000), g->fd - rnd(g, 1500, 3000),
		    g->fd - rnd(g, 200, 700), NULL);
	}
	return close;
}

/* Still open: long-running ones have an approved extension (renewed before
 * each one runs out), renewed seizures and regular queries. */
static void extension(struct gen *g)
{
	if (g->today - g->fd <= 170)
		return;
	ev(g, "延长期限批准", g->fd + rnd(g, 150, 170), g->fd + 365 * 2, NULL, 0, 0, 0, NULL, NULL,
	   "{\"approver\":\"分管副院长\"}");
	for (long end = g->fd + 365 * 2; end - 10 < g->today; end += 365 * 2)
		ev(g, "延长期限批准", end - 10, end + 365 * 2, NULL, 0, 0, 0, NULL, NULL,
		   "{\"approver\":\"分管副院长\"}");
}

static void path_open(struct gen *g, long q)
{
	if (g->today - g->fd < 150)
		return;
	extension(g);
	char item[128];
	house(g, item, sizeof item);
	long long value = g->claim * rnd(g, 105, 140) / 100;
	long seize = q + rnd(g, 5, 25), end = seize + 3 * 365;
	ev(g, "查封", seize, end, item, 0, value, 0, NULL, NULL, NULL);
	ev(g, "评估", seize + rnd(g, 40, 120), -1, item, 0, value, 0, "绍兴某房地产估价有限公司", NULL, NULL);
	while (end < g->today + 30) {
		long renew = end - rnd(g, 5, 30);
		if (renew >= g->today)
			renew = g->today - rnd(g, 1, 10);   /* renewed a little early */
		end = renew + 3 * 365;
		ev(g, "续封", renew, end, item, 0, value, 0, NULL, NULL, NULL);
	}
	reg(g, "不动产", item, NULL, value, g->fd - rnd(g, 400, 3000), -1, NULL);
}

/* Long-running cases are not idle: a query every two or three months. */
static void keep_active(struct gen *g, long q)
{
	for (long d = q + rnd(g, 60, 85); d < g->today; d += rnd(g, 60, 85))
		ev(g, "网络查控", d, -1, "总对总网络查控", 0, 0, 0, NULL, NULL, NULL);
}

static void one_case(struct gen *g, long fd)
{
	struct demo_ctx *c = g->c;
	const struct demo_court *court = pick_court(g);
	const struct cause *cs = pick_cause(g);
	char date[11], close_s[11], case_no[96], basis[96];
	norm_days_date(fd, date);
	int year = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
	demo_case_no(c, court->code, year, chance(g, 0.07) ? "执恢" : "执", case_no, sizeof case_no);
	snprintf(basis, sizeof basis, "（%ld）%s民初%ld号", year - rnd(g, 0, 1), court->code, rnd(g, 100, 9999));
	g->fd = (int)fd;
	g->claim = rnd(g, cs->lo, cs->hi) / 100 * 10000;   /* whole hundreds of 元, in fen */
	if (g->claim <= 0)
		g->claim = 500000;
	long age = g->today - fd;
	long w = rnd(g, 1, 100);
	const char *method = NULL;
	enum { OPEN, PAID, ZB, ENDED } path =
		age < 100 ? (age > 30 && w <= 15 ? PAID : OPEN)
		: w <= 40 ? PAID : w <= 86 ? ZB : w <= 90 ? ENDED : OPEN;
	/* the case row comes first; closing facts are updated after the events */
	long long id = demo_add_case(c, case_no, court->code, date, NULL, NULL, cs->name, g->claim, 0,
				     basis, court->judges[rnd(g, 0, 5)], NULL, g->e);
	if (id < 0) {
		g->failed = 1;
		return;
	}
	g->case_id = id;
	add_parties(g, cs);
	long q = start_events(g), close = -1;
	long long paid = 0;
	if (path == PAID) {
		close = path_paid(g, q);
		paid = g->claim;
		method = "执行完毕";
	} else if (path == ZB) {
		close = path_zb(g, q, &paid);
		method = "终结本次执行程序";
	} else if (path == ENDED) {
		close = fd + rnd(g, 30, 120);
		method = "终结执行";
	} else {
		path_open(g, q);
	}
	if (close >= g->today) {
		close = -1, method = NULL;   /* would close in the future: still open today */
		if (path != OPEN)
			extension(g);
	}
	if (close < 0) {
		keep_active(g, q);
		return;
	}
	norm_days_date(close, close_s);
	sqlite3_stmt *st = g->close_case;
	sqlite3_bind_text(st, 1, close_s, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, method, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 3, paid);
	if (path == ZB)
		sqlite3_bind_text(st, 4, "经穷尽财产调查措施，未发现被执行人有可供执行的财产", -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 5, id);
	if (sqlite3_step(st) != SQLITE_DONE)
		g->failed = jz_err_set(g->e, "demo: %s", db_errmsg(c->db)) != 0;
	sqlite3_reset(st);
}

int demo_add_ordinary_cases(struct demo_ctx *c, long n, int quiet, struct jz_err *e)
{
	static struct gen g;      /* large (recent debtors); one build at a time */
	memset(&g, 0, sizeof g);
	g.c = c;
	g.r = &c->rng;
	g.e = e;
	g.today = c->today_days;
	g.k_person = 1;
	g.k_company = 1;
	long first = norm_date_days("2021-01-04"), last = g.today - 5;
	if (sqlite3_prepare_v2(c->db->sql, "UPDATE cases SET closing_date=?1, closing_method=?2, "
			       "paid_fen=?3, zb_reason=?4 WHERE id=?5", -1, &g.close_case, NULL) != SQLITE_OK)
		return jz_err_set(e, "demo: %s", db_errmsg(c->db));
	struct progress p;
	progress_start(&p, "演示案件", quiet ? 0 : n);
	for (long i = 0; i < n && !g.failed; i++) {
		long fd = first + (long)((double)i * (double)(last - first) / (double)n) + rnd(&g, 0, 1);
		one_case(&g, fd);
		if (!quiet && (i & 1023) == 0)
			progress_update(&p, i);
	}
	progress_done(&p);
	sqlite3_finalize(g.close_case);
	return g.failed ? -1 : 0;
}
