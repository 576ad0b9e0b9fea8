/* dbcopy.h — whole copies of a database.
 *
 * dbcopy_to writes a consistent copy of an open database into a file with
 * SQLite's online backup (safe while others write; the caller makes the
 * file appear atomically). dbcopy_replace swaps a copy in as the database
 * (restore): refused while anyone has the database open, the new file
 * lands whole (util/atomicfile.h) with the old one's mode, and the old
 * -wal/-shm/-journal go with it. On a setgid install the shared group is
 * raised only to create, rename and remove files in the database's folder
 * (store/privilege.h). */
#ifndef JZ_STORE_DBCOPY_H
#define JZ_STORE_DBCOPY_H

#include "store/db.h"

/* Copy db into the existing or new file at path (overwritten). 0 or -1. */
int dbcopy_to(jz_db *db, const char *path, struct jz_err *e);
/* Replace the database at dbpath with the database file at backup (which
 * the caller has verified). 0, or -1 with e saying why (dbpath untouched). */
int dbcopy_replace(const char *dbpath, const char *backup, struct jz_err *e);

#endif
