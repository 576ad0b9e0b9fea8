/* sanitizer_options.c — defaults for an ASan build of the binary.
 *
 * LeakSanitizer stops the world with ptrace at exit; a setgid process is not
 * dumpable, so in the shared-host install (bin/jianzhi setgid to the
 * database group) every run would end in "LeakSanitizer has encountered a
 * fatal error" and exit 1. Leaks are still checked in every run that is not
 * setgid (the whole test suite but the shared-host test). Compiled to
 * nothing in a normal build. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JZ_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define JZ_ASAN 1
#endif

#ifdef JZ_ASAN
#include <unistd.h>

const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return getegid() != getgid() || geteuid() != getuid() ? "detect_leaks=0" : "";
}
#else
/* ISO C wants a translation unit to declare something. */
typedef int jz_sanitizer_options_unused;
#endif
