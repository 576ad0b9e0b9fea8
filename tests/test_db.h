/* test_db.h — a fresh database in /tmp for a C test, and its removal
 * (with the -wal and -shm files SQLite leaves beside it). */
#ifndef JZ_TEST_DB_H
#define JZ_TEST_DB_H

#include "store/db.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* path: a mkstemp template ("/tmp/jz-…-XXXXXX"), filled in; NULL (and the
 * reason printed) when the database cannot be made. */
__attribute__((unused))
static jz_db *test_db_open(char *path)
{
	int fd = mkstemp(path);
	if (fd < 0)
		return NULL;
	close(fd);
	unlink(path);
	struct jz_err e;
	jz_db *db = jz_open(path, JZ_OPEN_CREATE, &e);
	if (!db)
		fprintf(stderr, "%s\n", e.msg);
	return db;
}

__attribute__((unused))
static void test_db_remove(jz_db **db, const char *path)
{
	static const char *const sides[] = { "", "-wal", "-shm" };
	jz_close(db);
	for (int i = 0; i < 3; i++) {
		char side[128];
		snprintf(side, sizeof side, "%s%s", path, sides[i]);
		unlink(side);
	}
}

#endif
