/* shim.c — fault injection for tests/fault_injection.sh (LD_PRELOAD).
 *
 * JZ_FAULT=write:N makes the N-th write()/pwrite()/pwrite64() of the
 * process fail with ENOSPC (a full disk); fsync:N the N-th fsync() or
 * fdatasync() with EIO; malloc:N the N-th malloc()/calloc()/realloc()
 * return NULL; N = 0 fails nothing and only counts, writing the number of
 * calls of that kind to the file JZ_FAULT_COUNT at exit (the test spreads
 * its sweep over that many). Every call after the failed one succeeds
 * again: one fault per run, so a sweep over N visits the points where a
 * command can fail. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static long target = -1, seen;
static int kind;            /* 1 write, 2 fsync, 3 malloc */

static void setup(void)
{
	const char *f = getenv("JZ_FAULT");
	if (!f)
		return;
	const char *colon = strchr(f, ':');
	if (!colon)
		return;
	kind = !strncmp(f, "write", 5) ? 1 : !strncmp(f, "fsync", 5) ? 2 : !strncmp(f, "malloc", 6) ? 3 : 0;
	target = atol(colon + 1);
}

/* 1 when this call of kind k is the one to fail. */
static int hit(int k)
{
	if (k != kind || target < 0)
		return 0;
	return ++seen == target;
}

__attribute__((constructor)) static void init(void) { setup(); }

__attribute__((destructor)) static void fini(void)
{
	const char *out = getenv("JZ_FAULT_COUNT");
	if (!out || target != 0)
		return;
	char buf[32];
	int n = 0;
	long v = seen;
	char tmp[32];
	do tmp[n++] = (char)('0' + v % 10); while ((v /= 10) && n < 30);
	for (int i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	kind = 0;                      /* the count's own write is not counted */
	int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd >= 0) {
		if (write(fd, buf, (size_t)n) < 0) { /* the test will see no count */ }
		close(fd);
	}
}

ssize_t write(int fd, const void *buf, size_t n)
{
	static ssize_t (*real)(int, const void *, size_t);
	if (!real)
		real = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
	if (fd > 2 && hit(1)) {
		errno = ENOSPC;
		return -1;
	}
	return real(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	static ssize_t (*real)(int, const void *, size_t, off_t);
	if (!real)
		real = (ssize_t (*)(int, const void *, size_t, off_t))dlsym(RTLD_NEXT, "pwrite");
	if (hit(1)) {
		errno = ENOSPC;
		return -1;
	}
	return real(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off_t off)
{
	static ssize_t (*real)(int, const void *, size_t, off_t);
	if (!real)
		real = (ssize_t (*)(int, const void *, size_t, off_t))dlsym(RTLD_NEXT, "pwrite64");
	if (hit(1)) {
		errno = ENOSPC;
		return -1;
	}
	return real(fd, buf, n, off);
}

int fsync(int fd)
{
	static int (*real)(int);
	if (!real)
		real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
	if (hit(2)) {
		errno = EIO;
		return -1;
	}
	return real(fd);
}

int fdatasync(int fd)
{
	static int (*real)(int);
	if (!real)
		real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
	if (hit(2)) {
		errno = EIO;
		return -1;
	}
	return real(fd);
}

void *malloc(size_t n)
{
	return hit(3) ? NULL : __libc_malloc(n);
}

void *calloc(size_t a, size_t b)
{
	return hit(3) ? NULL : __libc_calloc(a, b);
}

void *realloc(void *p, size_t n)
{
	return hit(3) ? NULL : __libc_realloc(p, n);
}
