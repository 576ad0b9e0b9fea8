/* doctor.h — is this database, its files and this install in order?
 *
 * doctor_run looks at, in order: the locale (UTF-8, or Chinese turns into
 * blanks); the database's folder, the database and its -wal/-shm (when
 * the folder is shared — setgid or group-writable, or this is a setgid
 * install — they must belong to the shared group, the folder 2770, the
 * files 0660); the binary (on a shared install: setgid to that group,
 * root's, writable by nobody else); then, opening the database read-only
 * (never migrating, never writing): that it is a jianzhi database, its
 * schema version against this binary's, PRAGMA quick_check (integrity_check
 * when full), PRAGMA foreign_key_check, the audit chain (audit_verify);
 * and leftovers of interrupted writes in the folder (".NAME.XXXXXX"
 * temporaries of util/atomicfile.h, "NAME.demo-tmp") older than an hour.
 *
 * Each check gives one item: what was found, in Chinese, naming the file,
 * and for a problem the exact shell command that fixes it. With fix, the
 * safe repairs are made at once — modes and group of the folder and the
 * database files, stale leftovers removed — and the item says so; the
 * rest (a damaged file, a broken audit chain, a wrong binary) is only
 * reported. On a setgid install the shared group is raised only to look
 * at and repair the database's own folder and files (store/privilege.h).
 * The core never prints: the caller shows the items. */
#ifndef JZ_STORE_DOCTOR_H
#define JZ_STORE_DOCTOR_H

struct doctor_item {
	int problem;     /* 1: something is wrong (0: checked and fine) */
	int fixed;       /* the problem was repaired (fix mode) */
	char *what;      /* one line */
	char *fix;       /* the command that repairs it; NULL when none is needed */
};

struct doctor_report {
	struct doctor_item *items;
	int n, cap;
	int problems;    /* problems not fixed */
};

struct doctor_opts {
	const char *db_path;
	const char *exe;      /* the binary to check ("/proc/self/exe" resolved when NULL) */
	int fix;              /* repair modes, group and leftovers */
	int full;             /* integrity_check instead of quick_check */
};

/* Run every check into r (zeroed first; free with doctor_report_free).
 * Returns r->problems: 0 when all is well. */
int doctor_run(const struct doctor_opts *o, struct doctor_report *r);
void doctor_report_free(struct doctor_report *r);

#endif
