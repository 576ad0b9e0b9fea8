/* rules_lib.h — the rule library: SQL files with a comment header.
 *
 * A rule is a <CODE>.sql file (format in jianzhi-rules(5), contract in
 * docs/rules.md): "-- key: value" header lines (code, title, stage,
 * severity, version, verification, basis (repeatable), remedy, needs,
 * param "name = default | note") then one read-only SELECT over the TEMP
 * table screen_scope(case_id). Three sources:
 *   built-in  <datadir>/db/rules — what screening runs;
 *   shared    installed into the database by an administrator
 *             (rules_install, audited) — screening runs them too, and one
 *             overrides the built-in rule of its code;
 *   personal  a user's own files ($JIANZHI_RULES_DIR, else
 *             ~/.config/jianzhi/rules) — tried with `jianzhi rules try`,
 *             never screened into the shared leads or the rules table. */
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
	char *after;          /* "leads": reads the other rules' leads, so runs after them (screen.c) */
	char *sql, *path;
	struct rule_param params[RULE_MAX_PARAMS];
	int nparams;
	int user;             /* 1 personal (the user's directory), 2 shared (the database) */
};

struct rule_problem { char *path, *msg; };

struct rule_lib {
	struct rule *rules;   /* sorted by code */
	int n;
	struct rule_problem *problems;   /* files that could not be read as rules */
	int nproblems;
};

/* Load the rules screening runs: built-in, then the shared ones of db
 * (db may be NULL: built-in only). Files that are not valid rules are
 * listed in lib->problems (the others still load). -1 only when the
 * built-in directory cannot be read. */
int rules_load(jz_db *db, struct rule_lib *lib, struct jz_err *e);
/* Add the user's personal rules to lib (they override by code). */
void rules_load_personal(struct rule_lib *lib);
/* Read one rule file (size-checked) and parse it. */
int rules_read_file(const char *path, struct rule *r, struct jz_err *e);
/* Install a rule file into the database for everyone (管理员, audited; its
 * SQL must prepare as one read-only statement), or remove a shared rule. */
int rules_install(jz_db *db, const char *path, struct jz_err *e);
int rules_uninstall(jz_db *db, const char *code, struct jz_err *e);
/* Parse one rule file's text (for tests and the loader). */
int rules_parse(const char *path, const char *text, struct rule *r, struct jz_err *e);
const struct rule *rules_find(const struct rule_lib *lib, const char *code);
void rules_free(struct rule_lib *lib);
void rule_free(struct rule *r);
/* The user rules directory (malloc'd). */
char *rules_user_dir(void);

/* Write the library into the rules table (upsert of what changed; rules no
 * longer present lose their path, never their row, so old leads keep their
 * rule). Keeps a user's enabled=0 choice. only: just that rule (a screen of
 * one rule), else all. */
int rules_sync(jz_db *db, const struct rule_lib *lib, const char *only, struct jz_err *e);

/* Enable or disable a rule (管理员 only, audited with the row before and
 * after). 0, or -1 with e saying why (no such rule, not allowed). */
int rules_set_enabled(jz_db *db, const char *code, int on, struct jz_err *e);

#endif
