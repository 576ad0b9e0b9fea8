/* bank_seen.c — see bank_seen.h. Accounts are found by an open-addressing
 * table of their numbers (the previous row's account first); each keeps the
 * date and time of its last row and the keys of its current run. */
#include "import/bank_seen.h"
#include "util/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { RUN_MAX = 256 };       /* a longer run of one date and time is recounted in SQL */

struct run_key { uint64_t h; uint32_t n; };

struct acct {
	char *no;
	char id[32];               /* the holder ID its rows gave, "" none yet */
	char last[24];             /* date and time of its previous row */
	int order;                 /* 1 oldest first, -1 newest first, 0 not yet known */
	int unsorted;              /* its rows were out of order: recount them */
	struct run_key *run;
	int nrun, caprun;
};

/* Open addressing: a key hash's high 44 bits and a 20-bit count per slot. */
struct counter { uint64_t *slot; size_t n, used; };
#define COUNT_BITS 20
#define COUNT_MASK ((1ULL << COUNT_BITS) - 1)

struct bank_seen {
	struct acct *acct;
	int nacct, capacct, last;
	int *slot;                 /* account index + 1, 0 empty */
	size_t nslot;
	struct counter cps;
	int unsorted;
};

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static uint64_t fnv_str(uint64_t h, const char *s)
{
	return fnv(h, s, strlen(s) + 1);
}

#define FNV0 1469598103934665603ULL

/* ---- the counterparty counter ---- */

static size_t counter_home(uint64_t h, size_t n)
{
	return (size_t)((h >> COUNT_BITS) ^ (h >> 43)) & (n - 1);
}

static void counter_grow(struct counter *c)
{
	size_t n = c->n ? c->n * 2 : 4096;
	uint64_t *slot = xcalloc(n, sizeof *slot);
	for (size_t i = 0; i < c->n; i++)
		if (c->slot[i]) {
			size_t j = counter_home(c->slot[i], n);
			while (slot[j])
				j = (j + 1) & (n - 1);
			slot[j] = c->slot[i];
		}
	free(c->slot);
	c->slot = slot;
	c->n = n;
}

/* Count one more h; returns the count, this one included (saturating). */
static uint32_t counter_add(struct counter *c, uint64_t h)
{
	h = (h & ~COUNT_MASK) | (1ULL << 63);      /* never 0: 0 marks an empty slot */
	if ((c->used + 1) * 2 > c->n)
		counter_grow(c);
	size_t i = counter_home(h, c->n);
	while (c->slot[i] && (c->slot[i] & ~COUNT_MASK) != h)
		i = (i + 1) & (c->n - 1);
	if (!c->slot[i]) {
		c->slot[i] = h;
		c->used++;
	}
	if ((c->slot[i] & COUNT_MASK) < COUNT_MASK)
		c->slot[i]++;
	return (uint32_t)(c->slot[i] & COUNT_MASK);
}

/* ---- accounts ---- */

static void grow_slots(struct bank_seen *s)
{
	size_t n = s->nslot ? s->nslot * 2 : 64;
	int *slot = xcalloc(n, sizeof *slot);
	for (int k = 0; k < s->nacct; k++) {
		size_t i = fnv_str(FNV0, s->acct[k].no) & (n - 1);
		while (slot[i])
			i = (i + 1) & (n - 1);
		slot[i] = k + 1;
	}
	free(s->slot);
	s->slot = slot;
	s->nslot = n;
}

static struct acct *account(struct bank_seen *s, const char *no)
{
	if (s->last >= 0 && strcmp(s->acct[s->last].no, no) == 0)
		return &s->acct[s->last];
	if ((size_t)(s->nacct + 1) * 2 > s->nslot)
		grow_slots(s);
	size_t i = fnv_str(FNV0, no) & (s->nslot - 1);
	for (; s->slot[i]; i = (i + 1) & (s->nslot - 1))
		if (strcmp(s->acct[s->slot[i] - 1].no, no) == 0)
			return &s->acct[s->last = s->slot[i] - 1];
	s->acct = xgrow(s->acct, sizeof *s->acct, &s->capacct, s->nacct + 1);
	struct acct *a = &s->acct[s->nacct];
	memset(a, 0, sizeof *a);
	a->no = xstrdup(no);
	s->slot[i] = ++s->nacct;
	s->last = s->nacct - 1;
	return a;
}

/* ---- repeat numbers ---- */

static uint32_t repeat_number(struct bank_seen *s, struct acct *a, const struct bank_rec *r)
{
	char when[24];
	snprintf(when, sizeof when, "%s %s", r->date, r->time);
	int c = a->last[0] ? strcmp(when, a->last) : 1;
	if (c != 0) {                              /* a new date and time: a new run */
		int dir = c > 0 ? 1 : -1;
		if (a->last[0] && a->order && a->order != dir)
			s->unsorted = a->unsorted = 1;
		if (a->last[0] && !a->order)
			a->order = dir;
		memcpy(a->last, when, sizeof a->last);
		a->nrun = 0;
	}
	if (a->nrun >= RUN_MAX) {
		s->unsorted = a->unsorted = 1;
		return 1;
	}
	uint64_t h = fnv(FNV0, &r->amount, sizeof r->amount);
	h = fnv(h, &r->dir, 1);
	h = fnv_str(h, bank_rec_text(r, BT_CP_ACCOUNT));
	long long bal = r->has_balance ? r->balance : INT64_MIN;
	h = fnv(h, &bal, sizeof bal);
	for (int i = 0; i < a->nrun; i++)
		if (a->run[i].h == h)
			return ++a->run[i].n;
	a->run = xgrow(a->run, sizeof *a->run, &a->caprun, a->nrun + 1);
	a->run[a->nrun++] = (struct run_key){ h, 1 };
	return 1;
}

/* ---- the rest ---- */

struct bank_seen *bank_seen_new(void)
{
	struct bank_seen *s = xcalloc(1, sizeof *s);
	s->last = -1;
	return s;
}

void bank_seen_free(struct bank_seen **sp)
{
	struct bank_seen *s = *sp;
	if (!s)
		return;
	for (int k = 0; k < s->nacct; k++) {
		free(s->acct[k].no);
		free(s->acct[k].run);
	}
	free(s->acct);
	free(s->slot);
	free(s->cps.slot);
	free(s);
	*sp = NULL;
}

int bank_seen_row(struct bank_seen *s, const struct bank_rec *r, int *acct, uint32_t *seq, int *new_cp,
		  struct strbuf *why)
{
	struct acct *a = account(s, bank_rec_text(r, BT_ACCOUNT));
	*acct = (int)(a - s->acct);
	if (r->holder_id[0] && a->id[0] && strcmp(r->holder_id, a->id) != 0)
		return sb_printf(why, "账号%s的证件号码%s与本文件前面各行的%s不同", a->no, r->holder_id, a->id), -1;
	if (r->holder_id[0] && !a->id[0])
		snprintf(a->id, sizeof a->id, "%s", r->holder_id);
	*seq = repeat_number(s, a, r);
	const char *cpa = bank_rec_text(r, BT_CP_ACCOUNT), *name = bank_rec_text(r, BT_CP_NAME);
	*new_cp = (*cpa || *name) &&
		  counter_add(&s->cps, fnv_str(fnv_str(fnv_str(FNV0, a->no), cpa), name)) == 1;
	return 0;
}

int bank_seen_unsorted(const struct bank_seen *s)
{
	return s->unsorted;
}

const char *bank_seen_unsorted_account(const struct bank_seen *s, int *i)
{
	for (; *i < s->nacct; ++*i)
		if (s->acct[*i].unsorted)
			return s->acct[(*i)++].no;
	return NULL;
}
