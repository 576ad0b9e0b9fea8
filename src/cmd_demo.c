/* Placeholder until the demo generator lands; replaced by its owner. */
#include "cli.h"
int cmd_demo(struct cli_ctx *c, int a, char **v) { (void)c; (void)a; (void)v; return cli_fail("demo", "not built yet"); }
