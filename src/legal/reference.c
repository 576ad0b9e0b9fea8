#include "legal/reference.h"
#include "util/paths.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct court { char *code, *name; };
struct province { char *full, *shrt, *code; };

static struct {
	struct court *courts;
	int ncourts, capc;
	struct strmap by_name, by_code, causes;
	int ncauses, capn;
	char **cause_names;      /* for near matches: the strmap cannot be walked */
	struct province prov[40];
	int nprov;
	char err[256];
} ref;

static pthread_once_t once = PTHREAD_ONCE_INIT;

/* Split one TSV line in place into at most max fields; returns the count. */
static int split_tabs(char *line, char **f, int max)
{
	int n = 0;
	for (char *p = line; n < max;) {
		f[n++] = p;
		char *t = strchr(p, '\t');
		if (!t)
			break;
		*t = '\0';
		p = t + 1;
	}
	return n;
}

/* Call row(fields, n) for each data line of a TSV file (header skipped). */
static int read_tsv(const char *rel, void (*row)(char **f, int n))
{
	char *path = paths_data_file(rel);
	char *text = sb_read_file(path);
	if (!text) {
		snprintf(ref.err, sizeof ref.err, "参考数据 %s 无法读取", path);
		free(path);
		return -1;
	}
	free(path);
	int lineno = 0;
	for (char *p = text; p && *p;) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		size_t len = strlen(p);
		if (len && p[len - 1] == '\r')
			p[len - 1] = '\0';
		char *f[8];
		if (lineno++ > 0 && *p)
			row(f, split_tabs(p, f, 8));
		p = nl ? nl + 1 : NULL;
	}
	free(text);
	return 0;
}

/* 浙江省 → 浙江, 广西壮族自治区 → 广西, 北京市 → 北京. */
static char *province_short(const char *full)
{
	static const char *const tails[] = { "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市", NULL };
	size_t n = strlen(full);
	for (int i = 0; tails[i]; i++) {
		size_t k = strlen(tails[i]);
		if (n > k && strcmp(full + n - k, tails[i]) == 0)
			return xstrndup(full, n - k);
	}
	return xstrdup(full);
}

static void court_row(char **f, int n)
{
	if (n < 2 || !*f[0] || !*f[1])
		return;
	ref.courts = xgrow(ref.courts, sizeof *ref.courts, &ref.capc, ref.ncourts + 1);
	struct court *c = &ref.courts[ref.ncourts];
	c->code = xstrdup(f[0]);
	c->name = xstrdup(f[1]);
	strmap_put(&ref.by_name, c->name, ref.ncourts);
	strmap_put(&ref.by_code, c->code, ref.ncourts);
	ref.ncourts++;
	/* a province's high court: one-character code, name …高级人民法院 */
	static const char high[] = "高级人民法院";
	size_t ln = strlen(c->name), hl = strlen(high);
	if (strlen(c->code) == 3 && ln > hl && strcmp(c->name + ln - hl, high) == 0 && !strstr(c->name, "兵团") &&
	    ref.nprov < (int)(sizeof ref.prov / sizeof *ref.prov)) {
		struct province *p = &ref.prov[ref.nprov++];
		p->full = xstrndup(c->name, ln - hl);
		p->shrt = province_short(p->full);
		p->code = c->code;
	}
}

static void cause_row(char **f, int n)
{
	/* level 1 rows are the 部分 headings, not causes a court writes */
	if (n < 3 || !*f[2] || strcmp(f[0], "1") == 0)
		return;
	strmap_put(&ref.causes, f[2], atol(f[0]));
	ref.cause_names = xgrow(ref.cause_names, sizeof *ref.cause_names, &ref.capn, ref.ncauses + 1);
	ref.cause_names[ref.ncauses++] = xstrdup(f[2]);
}

static void load(void)
{
	read_tsv("db/reference/courts.tsv", court_row);
	read_tsv("db/reference/causes.tsv", cause_row);
}

const char *ref_court_code(const char *name)
{
	pthread_once(&once, load);
	long long i;
	return name && strmap_get(&ref.by_name, name, &i) ? ref.courts[i].code : NULL;
}

const char *ref_court_name(const char *code)
{
	pthread_once(&once, load);
	long long i;
	return code && strmap_get(&ref.by_code, code, &i) ? ref.courts[i].name : NULL;
}

const char *ref_province_code(const char *name)
{
	pthread_once(&once, load);
	const char *best = NULL;
	size_t best_len = 0;
	for (int i = 0; name && i < ref.nprov; i++) {
		const char *cand[2] = { ref.prov[i].full, ref.prov[i].shrt };
		for (int k = 0; k < 2; k++) {
			size_t n = strlen(cand[k]);
			if (n > best_len && strncmp(name, cand[k], n) == 0) {
				best = ref.prov[i].code;
				best_len = n;
			}
		}
	}
	return best;
}

const char *ref_court_near(const char *name, int maxdiff)
{
	pthread_once(&once, load);
	if (!name || utf8_chars(name) < 8)
		return NULL;
	const char *found = NULL;
	for (int i = 0; i < ref.ncourts; i++) {
		int d = utf8_diff(name, ref.courts[i].name);
		if (d < 1 || d > maxdiff)
			continue;
		if (found)
			return NULL;         /* two courts as near: do not guess */
		found = ref.courts[i].name;
	}
	return found;
}

/* A place of the table as OCR might have misread it into want: best (32
 * bytes, "" at first) becomes cand when it is one character off want and
 * no other one was; -1 when want exists as written or two are as near
 * (nothing to mend, no guess), else 0. */
static int near_candidate(char *best, const char *cand, const char *want)
{
	int d = utf8_diff(cand, want);
	if (d == 0)
		return -1;
	if (d != 1 || !strcmp(best, cand))
		return 0;
	if (best[0])
		return -1;
	snprintf(best, 32, "%s", cand);
	return 0;
}

int ref_district_near(const char *city, const char *district, char *out, size_t outlen)
{
	pthread_once(&once, load);
	size_t cl = strlen(city), dl = strlen(district);
	if (cl < 6 || dl < 6 || dl >= 16 || dl >= outlen)
		return 0;
	char best[32] = "";
	for (int i = 0; i < ref.ncourts; i++) {
		const char *at = strstr(ref.courts[i].name, city);
		if (!at || strlen(at + cl) < dl)
			continue;
		char cand[16];
		memcpy(cand, at + cl, dl);
		cand[dl] = '\0';
		if (strcmp(cand + dl - 3, district + dl - 3) != 0)
			continue;            /* 区 stays 区, 县 stays 县 */
		if (near_candidate(best, cand, district) < 0)
			return 0;
	}
	if (!best[0])
		return 0;
	memcpy(out, best, dl + 1);
	return 1;
}

int ref_cities_near(const char *prov_code, const char *city, char (*out)[32], int max)
{
	pthread_once(&once, load);
	size_t pl = prov_code ? strlen(prov_code) : 0, cl = strlen(city);
	if (!pl || cl < 9 || cl >= 32 || strcmp(city + cl - 3, "市"))
		return 0;
	int n = 0;
	for (int i = 0; i < ref.ncourts; i++) {
		if (strncmp(ref.courts[i].code, prov_code, pl))
			continue;
		const char *name = ref.courts[i].name;
		for (const char *m = strstr(name, "市"); m; m = strstr(m + 3, "市")) {
			if ((size_t)(m + 3 - name) < cl)
				continue;
			char cand[32];
			memcpy(cand, m + 3 - cl, cl);
			cand[cl] = '\0';
			int d = utf8_diff(cand, city), seen = 0;
			if (d == 0)
				return -1;
			for (int k = 0; k < n && !seen; k++)
				seen = !strcmp(out[k], cand);
			if (d == 1 && !seen && n < max)
				memcpy(out[n++], cand, cl + 1);
		}
	}
	return n;
}

int ref_city_near(const char *prov_code, const char *city, char *out, size_t outlen)
{
	char cands[2][32];
	if (strlen(city) >= outlen || ref_cities_near(prov_code, city, cands, 2) != 1)
		return 0;
	memcpy(out, cands[0], strlen(cands[0]) + 1);
	return 1;
}

int ref_place_known(const char *place)
{
	pthread_once(&once, load);
	for (int i = 0; i < ref.ncourts; i++)
		if (strstr(ref.courts[i].name, place))
			return 1;
	return 0;
}

int ref_is_cause(const char *name, size_t len)
{
	pthread_once(&once, load);
	char buf[256];
	if (!name || len == 0 || len >= sizeof buf)
		return 0;
	memcpy(buf, name, len);
	buf[len] = '\0';
	long long level;
	return strmap_get(&ref.causes, buf, &level);
}

/* The province code a court code starts with (浙0683 → 浙), or NULL. */
static const char *province_of_code(const char *code)
{
	for (int k = 0; code && k < ref.nprov; k++)
		if (!strncmp(code, ref.prov[k].code, strlen(ref.prov[k].code)))
			return ref.prov[k].code;
	return NULL;
}

const char *ref_city_province(const char *city)
{
	pthread_once(&once, load);
	if (!city || utf8_chars(city) < 3)
		return NULL;
	const char *found = NULL;
	for (int i = 0; i < ref.ncourts; i++) {
		const char *prov = strstr(ref.courts[i].name, city) ? province_of_code(ref.courts[i].code) : NULL;
		if (!prov)
			continue;
		if (found && strcmp(found, prov) != 0)
			return NULL;     /* a city name two provinces share */
		found = prov;
	}
	return found;
}

int ref_is_province_code(const char *s)
{
	pthread_once(&once, load);
	return province_of_code(s) != NULL;
}

int ref_cause_level(const char *name)
{
	pthread_once(&once, load);
	long long level;
	return name && strmap_get(&ref.causes, name, &level) ? (int)level : 0;
}

const char *ref_cause_near(const char *name)
{
	pthread_once(&once, load);
	if (!name || utf8_chars(name) < 4)
		return NULL;
	const char *found = NULL;
	for (int i = 0; i < ref.ncauses; i++) {
		if (utf8_diff(name, ref.cause_names[i]) != 1)
			continue;
		if (found && strcmp(found, ref.cause_names[i]))
			return NULL;             /* two causes as near: do not guess */
		found = ref.cause_names[i];    /* (融资租赁合同纠纷 is listed at two levels: one cause) */
	}
	return found;
}

int ref_cause_tail(const char *name)
{
	pthread_once(&once, load);
	size_t n = name ? strlen(name) : 0;
	if (n == 0)
		return 0;
	for (int i = 0; i < ref.ncauses; i++) {
		size_t m = strlen(ref.cause_names[i]);
		if (m > n && !strcmp(ref.cause_names[i] + m - n, name))
			return 1;
	}
	return 0;
}

int ref_court_count(void)
{
	pthread_once(&once, load);
	return ref.ncourts;
}

int ref_cause_count(void)
{
	pthread_once(&once, load);
	return ref.ncauses;
}

const char *ref_error(void)
{
	pthread_once(&once, load);
	return ref.err;
}
