/* Placeholder until this module lands; replaced by its owner. */
#include "cli.h"

int cmd_screen(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx; (void)argc; (void)argv;
	return cli_fail("screen", "not built yet");
}

int cmd_rules(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx; (void)argc; (void)argv;
	return cli_fail("rules", "not built yet");
}

int cmd_leads(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx; (void)argc; (void)argv;
	return cli_fail("leads", "not built yet");
}

int cmd_label(struct cli_ctx *ctx, int argc, char **argv)
{
	(void)ctx; (void)argc; (void)argv;
	return cli_fail("label", "not built yet");
}

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
