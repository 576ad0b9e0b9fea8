/* libFuzzer harness: the page source of scans (ocr/pagesrc.h) on arbitrary
 * bytes — PDF through poppler (and the repair of a PDF cut short), PNG,
 * JPEG, PNM and multi-page TIFF through leptonica, with the size checks
 * made before decoding. The bytes go to a file (the readers take paths),
 * every page is asked for, one at a time, under small limits (4
 * megapixels, 16 pages) so a mutated header cannot make a run slow. Must
 * never crash, hang or leak; a page handed out must be within the limits
 * and a refused page must say why. */
#include "ocr/pagesrc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[256];

static void remove_input(void)
{
	unlink(path);
}

static void write_input(const uint8_t *data, size_t size)
{
	if (!path[0]) {
		const char *dir = getenv("TMPDIR");
		snprintf(path, sizeof path, "%s/fuzz_pagesrc.%ld", dir && *dir ? dir : "/tmp", (long)getpid());
		setMsgSeverity(L_SEVERITY_NONE);
		atexit(remove_input);
	}
	FILE *f = fopen(path, "wb");
	if (!f)
		abort();
	if (size && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	write_input(data, size);
	struct ocr_limits lim = { 4000000, 16 };
	struct pagesrc *s;
	struct jz_err e;
	if (pagesrc_open(path, &lim, &s, &e) != 0) {
		if (!e.msg[0])
			abort();          /* a refusal always says why */
		return 0;
	}
	int n = pagesrc_count(s);
	if (n < 1 || n > lim.max_pages)
		abort();
	for (int i = 0; i < n; i++) {
		char *reason = NULL;
		PIX *p = pagesrc_page(s, i, &reason);
		if (!p == !reason)
			abort();          /* an image or a reason, never both or neither */
		if (p && ((long long)pixGetWidth(p) * pixGetHeight(p) > lim.max_pixels || pixGetWidth(p) > 20000 ||
			  pixGetHeight(p) > 20000))
			abort();          /* the limits hold */
		pixDestroy(&p);
		free(reason);
	}
	pagesrc_close(s);
	return 0;
}
