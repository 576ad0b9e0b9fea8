/* privilege.c — see privilege.h. */
#include "store/privilege.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static gid_t reserved = (gid_t)-1;
static int depth;                  /* nesting of raise/lower */

int privilege_init(void)
{
	gid_t real = getgid(), eff = getegid();
	if (real == eff)
		return 0;
	reserved = eff;
	static const char *const scrub[] = PRIVILEGE_SCRUBBED;
	for (size_t i = 0; i < sizeof scrub / sizeof *scrub; i++)
		unsetenv(scrub[i]);
	if (setegid(real) != 0 || getegid() != real)
		return -1;
	return 0;
}

int privilege_active(void)
{
	return reserved != (gid_t)-1;
}

gid_t privilege_gid(void)
{
	return reserved;
}

int privilege_covers(const char *path)
{
	if (!privilege_active() || !path || !*path)
		return 0;
	char dir[4096];
	if (snprintf(dir, sizeof dir, "%s", path) >= (int)sizeof dir)
		return 0;
	char *slash = strrchr(dir, '/');
	const char *folder = !slash ? "." : slash == dir ? "/" : (*slash = 0, dir);
	struct stat st;
	/* with the person's own rights: the folder's parent must be reachable */
	return stat(folder, &st) == 0 && S_ISDIR(st.st_mode) && st.st_gid == reserved;
}

int privilege_raise(void)
{
	if (!privilege_active())
		return 0;
	if (depth == 0 && setegid(reserved) != 0)
		return -1;
	depth++;
	return 0;
}

void privilege_lower(void)
{
	if (!privilege_active() || depth == 0)
		return;
	if (--depth == 0 && (setegid(getgid()) != 0 || getegid() != getgid())) {
		fputs("jianzhi: cannot give up the shared group; stopping\n", stderr);
		abort();
	}
}

int privilege_raise_for(const char *path)
{
	return privilege_covers(path) && privilege_raise() == 0;
}

void privilege_drop_forever(void)
{
	gid_t real = getgid();
	if (setresgid(real, real, real) != 0)
		_exit(127);
	reserved = (gid_t)-1;
	depth = 0;
}
