/* users.h — who is using jianzhi and in what role.
 *
 * The OS login is the user (store/identity.h). The users table maps logins
 * to roles:
 * 承办检察官, 部门负责人, 检察长, 书记员, 管理员. */
#ifndef JZ_USERS_H
#define JZ_USERS_H

#include "store/db.h"
#include "util/err.h"

/* Act as another login from now on, on this handle only (the demo records
 * a review history by several invented users). Core code only: no face
 * reaches it, so nobody can change who they are. */
void users_act_as(jz_db *db, const char *login);
/* The role of login, malloc'd, or NULL when the login is not in the table. */
char *users_role(jz_db *db, const char *login);
/* Add or change a user. role must be one of the five. */
int users_set(jz_db *db, const char *login, const char *name, const char *role, struct jz_err *e);
/* 1 when role is a known role name. */
int users_role_valid(const char *role);

#endif
