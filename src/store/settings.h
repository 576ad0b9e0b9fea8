/* settings.h — the settings table with typed defaults.
 *
 * Every setting jianzhi reads is declared once here with its type, default
 * and a Chinese description; `jianzhi settings` lists, gets and sets them.
 * Rule parameters are settings too, named rule.CODE.PARAM (their defaults
 * live in the rule files, db/rules/). A value is checked against its type
 * before it is stored. */
#ifndef JZ_STORE_SETTINGS_H
#define JZ_STORE_SETTINGS_H

#include "store/jzdb.h"

enum setting_type { SET_TEXT, SET_INT, SET_DATE };

struct setting_def {
	const char *key;
	enum setting_type type;
	const char *dflt;        /* NULL: unset by default */
	const char *help;        /* Chinese, one line */
};

/* The declared settings, ended by a NULL key. */
const struct setting_def *settings_defs(void);
const struct setting_def *settings_def(const char *key);

/* The stored value, else the default; malloc'd, NULL when neither. */
char *settings_get(jz_db *db, const char *key);
/* As an integer (the default when unset or not a number). */
long long settings_get_int(jz_db *db, const char *key);
/* Check value against key's type and store it (audited). Keys must be
 * declared or rule.CODE.PARAM; an empty value removes the setting. */
int settings_set(jz_db *db, const char *key, const char *value, struct jz_err *e);
/* The date everything is measured against (rules, reply deadlines,
 * agendas): setting screen.today when set, else today's local date. */
void settings_today(jz_db *db, char out[11]);
/* Store without the checks and the audit (the demo's own settings). */
int settings_put(jz_db *db, const char *key, const char *value, struct jz_err *e);

#endif
