/* libFuzzer harness: the fact extractor on arbitrary text (OCR output can
 * be anything), and the JSON writer. Must never crash, hang or leak. */
#include "ocr/extract.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	struct facts f = { 0 };
	extract_page(text, 1, &f);
	struct strbuf sb = STRBUF_INIT;
	facts_json(&f, &sb);
	sb_free(&sb);
	facts_free(&f);
	free(text);
	return 0;
}
