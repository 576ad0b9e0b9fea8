/* progress.h — a one-line progress meter on stderr, only on a terminal.
 *
 * Long work (import, OCR, screening, export) calls progress_update often;
 * it redraws at most ten times a second and prints nothing when stderr is
 * not a tty (pipes and logs stay clean). */
#ifndef JZ_PROGRESS_H
#define JZ_PROGRESS_H

struct progress {
	const char *label;
	long long total;      /* 0 when unknown */
	long long last_ms;
	int active;           /* stderr is a terminal */
	int shown;
};

void progress_start(struct progress *p, const char *label, long long total);
void progress_update(struct progress *p, long long done);
void progress_done(struct progress *p);   /* clears the line */

#endif
