/* users.h — who uses jianzhi and in which roles.
 *
 * The login comes from the kernel (store/identity.h); the users table names
 * the people and user_roles gives each login its roles (store/policy.h
 * lists what each role may do). Only a 管理员 changes users and roles, and
 * every change is audited. */
#ifndef JZ_STORE_USERS_H
#define JZ_STORE_USERS_H

#include "store/db.h"
#include "util/err.h"

/* Act as another login from now on, on this handle only (the demo records
 * a review history by several invented users). Core code only: no face
 * reaches it, so nobody can change who they are. */
void users_act_as(jz_db *db, const char *login);
/* The roles of login as text ("承办检察官、管理员"), malloc'd; NULL when the
 * login is not an active user. */
char *users_role(jz_db *db, const char *login);
/* Give login exactly these roles (one or several, separated by , or 、)
 * and a name; a 管理员 only. */
int users_set(jz_db *db, const char *login, const char *name, const char *roles, struct jz_err *e);
/* Take a login's roles away (the user stays in the history); a 管理员 only,
 * and not the last 管理员. */
int users_disable(jz_db *db, const char *login, struct jz_err *e);
/* On a new database (no users yet): the acting login becomes 管理员 and
 * 承办检察官. Does nothing when users exist. */
int users_bootstrap(jz_db *db, const char *name, struct jz_err *e);
/* 1 when every role named in roles (separated by , or 、) is known. */
int users_role_valid(const char *roles);

#endif
