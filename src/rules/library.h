/* rules_lib.h — the rule library: SQL files with a comment header.
 *
 * A rule is <dir>/<CODE>.sql (format in jianzhi-rules(5)): "-- key: value"
 * header lines (code, title, stage, severity, version, verification, basis
 * (repeatable), remedy, needs, param "name = default | note") then one
 * SELECT returning case_id, hit_key, evidence that joins the TEMP table
 * screen_scope(case_id). Built-in rules come from <datadir>/db/rules; a user
 * directory ($JIANZHI_RULES_DIR, else ~/.config/jianzhi/rules) adds rules
 * and overrides built-ins of the same code. */
#ifndef JZ_RULES_LIB_H
#define JZ_RULES_LIB_H

#include "store/jzdb.h"
#include "util/err.h"

#define RULE_MAX_PARAMS 12

struct rule_param {
	char *name, *dflt, *note;
};

struct rule {
	char *code, *title, *stage, *severity, *version, *verification, *basis, *remedy, *needs;
	char *sql, *path;
	struct rule_param params[RULE_MAX_PARAMS];
	int nparams;
	int user;             /* from the user directory */
};

struct rule_problem { char *path, *msg; };

struct rule_lib {
	struct rule *rules;   /* sorted by code */
	int n;
	struct rule_problem *problems;   /* files that could not be read as rules */
	int nproblems;
};

/* Load the built-in and user rules. Files that are not valid rules are
 * listed in lib->problems (the others still load). -1 only when the
 * built-in directory cannot be read. */
int rules_load(struct rule_lib *lib, struct jz_err *e);
/* Parse one rule file's text (for tests and the loader). */
int rules_parse(const char *path, const char *text, struct rule *r, struct jz_err *e);
const struct rule *rules_find(const struct rule_lib *lib, const char *code);
void rules_free(struct rule_lib *lib);
void rule_free(struct rule *r);
/* The user rules directory (malloc'd). */
char *rules_user_dir(void);

/* Write the library into the rules table (upsert; rules no longer present
 * are disabled, never deleted, so old leads keep their rule). Keeps a
 * user's enabled=0 choice. */
int rules_sync(jz_db *db, const struct rule_lib *lib, struct jz_err *e);

/* Enable or disable a rule (管理员 only, audited with the row before and
 * after). 0, or -1 with e saying why (no such rule, not allowed). */
int rules_set_enabled(jz_db *db, const char *code, int on, struct jz_err *e);

#endif
