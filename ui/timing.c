/* timing.c — JIANZHI_TUI_TIMING=FILE: a line per key with the time from
 * reading the key to the screen being updated, "first_screen" from start
 * to the first update, and "peak_rss_kb" at exit. For bench/tui.sh. */
#include "ui.h"

#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

double timing_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

void timing_open(struct tui *t)
{
	const char *f = getenv("JIANZHI_TUI_TIMING");
	t->timing = f && *f ? fopen(f, "a") : NULL;
	if (t->timing)
		setvbuf(t->timing, NULL, _IOLBF, 0);
}

void timing_key(struct tui *t, int key, double ms)
{
	char name[32];
	if (t->timing)
		fprintf(t->timing, "key %s %.3f\n", keymap_key_name(key, name), ms);
}

void timing_note(struct tui *t, const char *what, double ms)
{
	if (t->timing)
		fprintf(t->timing, "%s %.3f\n", what, ms);
}

void timing_close(struct tui *t)
{
	if (!t->timing)
		return;
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	fprintf(t->timing, "peak_rss_kb %ld\n", ru.ru_maxrss);
	fclose(t->timing);
	t->timing = NULL;
}

static double input_at;

void timing_input_done(void) { input_at = timing_now_ms(); }
double timing_input_at(void) { return input_at; }
