/* Placeholder until its module lands; replaced by its owner. */
#include "demo.h"

int demo_plant_violations(struct demo_ctx *c, struct jz_err *e)
{
	(void)c; (void)e;
	return 0;
}
