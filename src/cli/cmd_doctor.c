/* doctor: check the database, its files and the install; say how to fix
 * each problem, and with --fix repair modes and group (store/doctor.h). */
#include "cli/cli.h"
#include "store/doctor.h"

#include <getopt.h>
#include <stdio.h>

static const char help[] =
	"用法: jianzhi doctor [--fix] [--full]\n"
	"Check the database and the install: the locale (UTF-8), the folder, database,\n"
	"-wal and -shm (group and modes where the folder is shared), the binary (setgid\n"
	"on a shared install), the schema version, PRAGMA quick_check (--full:\n"
	"integrity_check), foreign keys, the audit chain, and leftovers of interrupted\n"
	"writes. Each problem is printed with the command that fixes it; --fix repairs\n"
	"modes, group and leftovers at once. Nothing else is changed.\n"
	"Exit status: 0 when all is well, 1 when a problem remains.\n";

static void print_items(const struct doctor_report *r)
{
	for (int i = 0; i < r->n; i++) {
		const struct doctor_item *it = &r->items[i];
		if (!it->problem)
			printf("  正常  %s\n", it->what);
		else if (it->fixed)
			printf("  已修复 %s\n", it->what);
		else {
			printf("  问题  %s\n", it->what);
			if (it->fix)
				printf("        修复: %s\n", it->fix);
		}
	}
}

int cmd_doctor(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "fix", no_argument, NULL, 'x' }, { "full", no_argument, NULL, 'F' },
		{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
	};
	struct doctor_opts o = { .db_path = ctx->db_path };
	int c;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'x': o.fix = 1; break;
		case 'F': o.full = 1; break;
		case 'h': return cli_print_help(help);
		default: return EXIT_USAGE;
		}
	}
	if (optind < argc)
		return cli_usage("doctor", "unexpected argument '%s'", argv[optind]);
	struct doctor_report r;
	int problems = doctor_run(&o, &r);
	printf("jianzhi doctor: %s\n", ctx->db_path);
	print_items(&r);
	if (problems)
		printf("%d 个问题%s\n", problems, o.fix ? "未能自动修复" : "（jianzhi doctor --fix 可修复权限、属组和临时文件）");
	else
		printf("一切正常\n");
	doctor_report_free(&r);
	return problems ? EXIT_FAIL : EXIT_OK;
}
