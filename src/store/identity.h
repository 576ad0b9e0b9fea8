/* identity.h — who is acting, from the kernel.
 *
 * The login is the real uid's (getpwuid(getuid())): no environment
 * variable or flag changes it. Only root may act as another login, by
 * setting JIANZHI_USER (tests run as root use it to play several people;
 * docs/shared-host.md). A uid without a passwd entry is "uid1234". */
#ifndef JZ_STORE_IDENTITY_H
#define JZ_STORE_IDENTITY_H

#include <stddef.h>

/* Write the acting login into out (at most n-1 bytes). */
void identity_login(char *out, size_t n);

#endif
