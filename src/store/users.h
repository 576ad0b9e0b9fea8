/* users.h — who is using jianzhi and in what role.
 *
 * The OS login is the user (getpwuid(getuid())); $JIANZHI_USER overrides it
 * for tests and demos. The users table maps logins to roles:
 * 承办检察官, 部门负责人, 检察长, 书记员, 管理员. */
#ifndef JZ_USERS_H
#define JZ_USERS_H

#include <sqlite3.h>
#include "util/err.h"

const char *users_current_login(void);
/* Act as another login from now on (the demo records a review history by
 * several invented users); NULL or "" goes back to the OS login. */
void users_set_current(const char *login);
/* The role of login, malloc'd, or NULL when the login is not in the table. */
char *users_role(sqlite3 *db, const char *login);
/* Add or change a user. role must be one of the five. */
int users_set(sqlite3 *db, const char *login, const char *name, const char *role, struct jz_err *e);
/* 1 when role is a known role name. */
int users_role_valid(const char *role);

#endif
