#include "config.h"
#include "util/xalloc.h"
#include "util/paths.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <unistd.h>

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* True when the running binary sits in the build tree: then the data files
 * are read from the source tree, so a fresh build needs no install. */
static int running_from_build_tree(void)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return 0;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return 0;
	*slash = '\0';
	return strcmp(exe, JZ_BUILDDIR) == 0;
}

/* Running setgid (the kernel's AT_SECURE): the environment and the build
 * tree must not choose the SQL that reaches the shared database. */
static int secure_mode(void)
{
	return getauxval(AT_SECURE) != 0;
}

/* Owned by root and writable by nobody else. */
static int root_only(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && st.st_uid == 0 && !(st.st_mode & (S_IWGRP | S_IWOTH));
}

/* <folder of the binary>/../share/jianzhi, when it holds the schema (an
 * installed tree moved as a whole, or a scratch prefix). Running setgid it
 * counts only when the binary's folder and the data folders are root's
 * and writable by nobody else: a person cannot make a copy of the binary
 * read their own migrations. */
static const char *beside_binary(void)
{
	static char dir[PATH_MAX];
	char exe[PATH_MAX], schema[PATH_MAX + 16];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash || slash == exe)
		return NULL;
	*slash = '\0';
	snprintf(dir, sizeof dir, "%.*s/../share/jianzhi", PATH_MAX - 20, exe);
	snprintf(schema, sizeof schema, "%s/db/schema", dir);
	if (!is_dir(schema))
		return NULL;
	if (secure_mode()) {
		char db[PATH_MAX + 8];
		snprintf(db, sizeof db, "%s/db", dir);
		if (!root_only(exe) || !root_only(dir) || !root_only(db) || !root_only(schema))
			return NULL;
	}
	return dir;
}

const char *paths_datadir(void)
{
	static const char *dir;
	if (dir)
		return dir;
	const char *env = secure_getenv("JIANZHI_DATADIR");
	if (env && *env)
		return dir = env;
	if (!secure_mode() && running_from_build_tree() && is_dir(JZ_SRCDIR "/db/schema"))
		return dir = JZ_SRCDIR;
	if ((dir = beside_binary()))
		return dir;
	return dir = JZ_PKGDATADIR;
}

char *paths_data_file(const char *rel)
{
	const char *d = paths_datadir();
	size_t n = strlen(d) + strlen(rel) + 2;
	char *p = xmalloc(n);
	snprintf(p, n, "%s/%s", d, rel);
	return p;
}

const char *paths_ocr_module(void)
{
	if (!secure_mode() && running_from_build_tree())
		return JZ_BUILDDIR "/jianzhi-ocr.so";
	return JZ_PKGLIBDIR "/jianzhi-ocr.so";
}

/* $XDG_<var>/jianzhi, else ~/<fallback>/jianzhi (XDG base directories). */
static char *xdg_dir(const char *var, const char *fallback)
{
	const char *x = getenv(var);
	const char *home = getenv("HOME");
	char buf[PATH_MAX];
	if (x && *x)
		snprintf(buf, sizeof buf, "%s/jianzhi", x);
	else
		snprintf(buf, sizeof buf, "%s/%s/jianzhi", home ? home : ".", fallback);
	return xstrdup(buf);
}

char *paths_user_config_dir(void)
{
	return xdg_dir("XDG_CONFIG_HOME", ".config");
}

char *paths_user_data_dir(void)
{
	return xdg_dir("XDG_DATA_HOME", ".local/share");
}

char *paths_user_config_file(const char *rel, const char *env)
{
	/* secure_getenv: a setgid jianzhi reads only the login's own files */
	const char *over = env ? secure_getenv(env) : NULL;
	if (over && *over)
		return xstrdup(over);
	char *dir = paths_user_config_dir();
	size_t n = strlen(dir) + strlen(rel) + 2;
	char *p = xmalloc(n);
	snprintf(p, n, "%s/%s", dir, rel);
	free(dir);
	return p;
}

int paths_mkdir_parent(const char *path)
{
	char buf[PATH_MAX];
	if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf)
		return -1;
	char *slash = strrchr(buf, '/');
	if (!slash || slash == buf)
		return 0;
	*slash = '\0';
	for (char *p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0700) != 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(buf, 0700) != 0 && errno != EEXIST)
		return -1;
	return 0;
}
