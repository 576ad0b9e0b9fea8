/* limits.c — the default page limits (ocr.h). Apart from the OCR code so
 * the binary, which opens the OCR module only to read scans, has them
 * without it. */
#include "ocr/ocr.h"

void ocr_limits_default(struct ocr_limits *l)
{
	l->max_pixels = (long long)OCR_MAX_MEGAPIXELS * 1000000;
	l->max_pages = OCR_MAX_PAGES;
}
