#include "store/settings.h"
#include "util/xalloc.h"
#include "store/audit.h"
#include "store/db.h"
#include "store/policy.h"
#include "legal/normalize.h"
#include "util/strbuf.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const struct setting_def defs[] = {
	{ "org.name", SET_TEXT, "××××人民检察院", "本院全称（文书落款、版头）" },
	{ "org.short", SET_TEXT, "×检", "本院简称（文号前缀，如 嵊检）" },
	{ "org.doc_prefix", SET_TEXT, NULL, "检察建议书文号前缀（如 嵊检民执建；空则由简称生成）" },
	{ "org.region", SET_TEXT, NULL, "本院所在地区（如 浙江省绍兴市）" },
	{ "org.upper", SET_TEXT, NULL, "上一级人民检察院全称（检察建议书版记“抄送”；空则不抄送）" },
	{ "drafts.reply_months", SET_INT, "3", "法院回复检察建议的期限（月）" },
	{ "screen.today", SET_DATE, NULL, "筛查所依据的日期（空则为今天）" },
	{ "ocr.low_confidence", SET_INT, "60", "低于此置信度的页标为待核对" },
	{ "facts.min_confidence", SET_INT, "101",
	  "待审要素置信度（0..1）×100 达到此值即供规则使用（101：只用已确认的）" },
	{ "demo.seed", SET_TEXT, NULL, "生成演示库所用的种子" },
	{ "office.code", SET_TEXT, NULL, "本院在全省汇总中的名称（jianzhi sync export 前须设置）" },
	{ NULL, 0, NULL, NULL },
};

const struct setting_def *settings_defs(void)
{
	return defs;
}

const struct setting_def *settings_def(const char *key)
{
	for (const struct setting_def *d = defs; d->key; d++)
		if (strcmp(d->key, key) == 0)
			return d;
	return NULL;
}

static char *stored(jz_db *db, const char *key)
{
	sqlite3_stmt *st;
	char *v = NULL;
	if (sqlite3_prepare_v2(db->sql, "SELECT value FROM settings WHERE key=?", -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = db_col_dup(st, 0);
	sqlite3_finalize(st);
	return v;
}

char *settings_get(jz_db *db, const char *key)
{
	char *v = stored(db, key);
	if (v)
		return v;
	const struct setting_def *d = settings_def(key);
	return d && d->dflt ? xstrdup(d->dflt) : NULL;
}

long long settings_get_int(jz_db *db, const char *key)
{
	char *v = settings_get(db, key), *end = NULL;
	long long n = v ? strtoll(v, &end, 10) : 0;
	if (!v || end == v || *end) {
		const struct setting_def *d = settings_def(key);
		n = d && d->dflt ? strtoll(d->dflt, NULL, 10) : 0;
	}
	free(v);
	return n;
}

/* rule.CODE.PARAM: a code and a parameter name of letters, digits, - and _. */
static int rule_param_key(const char *key)
{
	if (strncmp(key, "rule.", 5) != 0)
		return 0;
	const char *dot = strchr(key + 5, '.');
	if (!dot || dot == key + 5 || !dot[1])
		return 0;
	for (const char *p = key + 5; *p; p++)
		if (!(*p == '.' || *p == '-' || *p == '_' || (*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'Z')
		      || (*p >= 'a' && *p <= 'z')))
			return 0;
	return 1;
}

static int check_value(const struct setting_def *d, const char *key, const char *value, struct jz_err *e)
{
	if (!*value || !d || d->type == SET_TEXT)
		return 0;
	if (d->type == SET_INT) {
		char *end;
		strtoll(value, &end, 10);
		return *end ? jz_err_set(e, "设置 %s 需要整数，而不是“%s”", key, value) : 0;
	}
	char iso[11];
	if (norm_date(value, iso, 0) != NORM_OK || strcmp(iso, value) != 0)
		return jz_err_set(e, "设置 %s 需要日期 YYYY-MM-DD，而不是“%s”", key, value);
	return 0;
}

int settings_put(jz_db *db, const char *key, const char *value, struct jz_err *e)
{
	sqlite3_stmt *st;
	const char *sql = *value ? "INSERT INTO settings(key,value) VALUES(?1,?2) "
				   "ON CONFLICT(key) DO UPDATE SET value=excluded.value"
				 : "DELETE FROM settings WHERE key=?1";
	if (db_prepare(db, sql, &st, e))
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (*value)
		sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : jz_err_set(e, "数据库错误: %s", db_errmsg(db));
	sqlite3_finalize(st);
	return rc;
}

int settings_set(jz_db *db, const char *key, const char *value, struct jz_err *e)
{
	const struct setting_def *d = settings_def(key);
	if (!d && !rule_param_key(key))
		return jz_err_set(e, "没有名为 %s 的设置（jianzhi settings 列出全部；规则参数写作 rule.代码.参数）", key);
	if (check_value(d, key, value, e) || policy_check(db, PA_SETTINGS, NULL, e))
		return -1;
	char *before = stored(db, key);
	struct strbuf b = STRBUF_INIT, a = STRBUF_INIT;
	sb_adds(&b, "{\"value\":");
	sb_add_json_or_null(&b, before);
	sb_addc(&b, '}');
	sb_adds(&a, "{\"value\":");
	sb_add_json_or_null(&a, *value ? value : NULL);
	sb_addc(&a, '}');
	int own, rc = db_begin_own(db, &own, e);
	if (rc == 0)
		rc = settings_put(db, key, value, e);
	if (rc == 0)
		rc = audit_log(db, "settings.set", "settings", 0, sb_str(&b), sb_str(&a), key, e);
	rc = db_end(db, own, rc, e);
	free(before);
	sb_free(&b);
	sb_free(&a);
	return rc;
}

void settings_today(jz_db *db, char out[11])
{
	char *s = settings_get(db, "screen.today");
	if (s && strlen(s) == 10) {
		memcpy(out, s, 11);
	} else {
		time_t t = time(NULL);
		struct tm tm;
		localtime_r(&t, &tm);
		strftime(out, 11, "%Y-%m-%d", &tm);
	}
	free(s);
}
