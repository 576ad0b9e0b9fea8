/* jianzhi import registry KIND FILE | import events FILE. */
#include "cli.h"

int cmd_import_registry(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx; (void)argc; (void)argv;
	return cli_fail("import registry", "not built yet");
}

int cmd_import_events(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx; (void)argc; (void)argv;
	return cli_fail("import events", "not built yet");
}
