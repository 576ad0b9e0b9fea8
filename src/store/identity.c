#include "store/identity.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void identity_login(char *out, size_t n)
{
	uid_t uid = getuid();
	const char *as = getenv("JIANZHI_USER");
	if (uid == 0 && as && *as) {
		snprintf(out, n, "%s", as);
		return;
	}
	struct passwd *pw = getpwuid(uid);
	if (pw && pw->pw_name && *pw->pw_name)
		snprintf(out, n, "%s", pw->pw_name);
	else
		snprintf(out, n, "uid%lu", (unsigned long)uid);
}
