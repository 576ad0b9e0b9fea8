/* Placeholder until this module lands; replaced by its owner. */
#include "cli.h"

int cmd_draft(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx; (void)argc; (void)argv;
	return cli_fail("draft", "not built yet");
}
