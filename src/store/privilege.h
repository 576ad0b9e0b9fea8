/* privilege.h — the shared host's one privilege, and how little it is used.
 *
 * On a shared host (docs/shared-host.md) the binary is setgid to a
 * dedicated group (by default "jianzhi") that owns the database folder,
 * mode 2770. The people are not members of that group: they reach the
 * database only through jianzhi, whose core enforces who may do what
 * (store/policy.h). The contract:
 *
 *  - main() calls privilege_init() before anything else. When the process
 *    runs setgid (effective gid ≠ real gid) it remembers that group, sets
 *    the effective gid back to the real gid — from then on every file is
 *    opened with the person's own rights — and removes from the
 *    environment the variables that choose files whose content reaches
 *    the shared database (PRIVILEGE_SCRUBBED below).
 *  - The group is taken up again only between privilege_raise() and
 *    privilege_lower(), only by src/store, only around opening or creating
 *    a database and its -wal/-shm (and swapping a restored copy in), and
 *    only for files in a folder that belongs to the group
 *    (privilege_covers). Brackets nest.
 *  - A child about to exec another program (an editor) calls
 *    privilege_drop_forever() first, so the group cannot come back.
 *
 * Without setgid every function here does nothing and privilege_covers is
 * false: a personal install behaves exactly as before. */
#ifndef JZ_STORE_PRIVILEGE_H
#define JZ_STORE_PRIVILEGE_H

#include <sys/types.h>

/* The variables removed when running setgid: they choose the SQL that
 * migrations, rules and templates run against the database, or files the
 * workstation reads. */
#define PRIVILEGE_SCRUBBED { "JIANZHI_DATADIR", "JIANZHI_RULES_DIR", "JIANZHI_TEMPLATES_DIR", "JIANZHI_KEYS" }

/* See above. 0 ok; -1 when the effective gid could not be dropped (then
 * the program must stop). */
int privilege_init(void);
/* 1 when running setgid (the group is held in reserve). */
int privilege_active(void);
/* The reserved group; (gid_t)-1 when not running setgid. */
gid_t privilege_gid(void);
/* 1 when path's folder belongs to the reserved group (checked with the
 * person's own rights): the only files the group is used for. */
int privilege_covers(const char *path);
/* Take the group up (0, or -1 with errno) / put it down again. No-ops
 * unless running setgid. privilege_lower aborts if the group cannot be
 * put down: the program never carries on holding it by mistake. */
int privilege_raise(void);
void privilege_lower(void);
/* Raise when privilege_covers(path): 1 when raised (then call
 * privilege_lower), 0 when the person's own rights are to be used. */
int privilege_raise_for(const char *path);
/* Give the reserved group up for good (real, effective and saved gid all
 * become the real gid): for a child before exec. */
void privilege_drop_forever(void);

#endif
