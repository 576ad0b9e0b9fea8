#include "util/progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void progress_start(struct progress *p, const char *label, long long total)
{
	p->label = label;
	p->total = total;
	p->last_ms = 0;
	p->active = isatty(STDERR_FILENO);
	p->shown = 0;
}

void progress_update(struct progress *p, long long done)
{
	if (!p->active)
		return;
	long long t = now_ms();
	if (t - p->last_ms < 100)
		return;
	p->last_ms = t;
	p->shown = 1;
	if (p->total > 0)
		fprintf(stderr, "\r%s %lld/%lld (%d%%)\033[K", p->label, done, p->total,
			(int)(done * 100 / p->total));
	else
		fprintf(stderr, "\r%s %lld\033[K", p->label, done);
	fflush(stderr);
}

void progress_done(struct progress *p)
{
	if (p->active && p->shown)
		fprintf(stderr, "\r\033[K");
	p->shown = 0;
}
