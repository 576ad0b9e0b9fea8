/* Placeholder until this module lands; replaced by its owner. */
#include "cli.h"

int cmd_ocr(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx; (void)argc; (void)argv;
	return cli_fail("ocr", "not built yet");
}

int cmd_extract(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx; (void)argc; (void)argv;
	return cli_fail("extract", "not built yet");
}

