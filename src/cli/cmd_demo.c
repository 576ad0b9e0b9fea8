/* jianzhi demo — build the demo database (into a scratch file renamed into
 * place, so an interrupted build never leaves a half demo behind). */
#include "cli/cli.h"
#include "store/db.h"
#include "store/privilege.h"
#include "demo/demo.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char help[] =
	"用法: jianzhi demo [--cases N] [--seed S] [--force] [-q]\n"
	"Build a realistic demo database (invented courts' cases, parties, events,\n"
	"registry records, planted rule violations, documents and drafts).\n"
	"  --cases N   number of ordinary cases (default 3000; 1000000 works, in minutes)\n"
	"  --seed S    random seed (default 20261122); the same seed gives the same database\n"
	"  --force     replace an existing database at the target path\n"
	"  -q          no progress line\n"
	"The demo's \"today\" is " DEMO_TODAY ", so its leads do not change with the date.\n";

static void remove_db_files(const char *path)
{
	const char *sfx[] = { "", "-wal", "-shm", "-journal" };
	char buf[4096];
	for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++) {
		snprintf(buf, sizeof buf, "%s%s", path, sfx[i]);
		unlink(buf);
	}
}

static int parse_opts(int argc, char **argv, struct demo_opts *o, int *force)
{
	static const struct option longs[] = {
		{ "cases", required_argument, NULL, 'n' }, { "seed", required_argument, NULL, 's' },
		{ "force", no_argument, NULL, 'f' }, { "quiet", no_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 },
	};
	int ch;
	char *end;
	optind = 1;
	while ((ch = getopt_long(argc, argv, "q", longs, NULL)) != -1) {
		switch (ch) {
		case 'n':
			o->cases = strtol(optarg, &end, 10);
			if (*end || o->cases < 0 || o->cases > 50000000)
				return cli_usage("demo", "--cases wants a number from 0 to 50000000, not '%s'", optarg);
			break;
		case 's':
			errno = 0;
			o->seed = strtoull(optarg, &end, 10);
			if (*end || errno)
				return cli_usage("demo", "--seed wants a number, not '%s'", optarg);
			break;
		case 'f': *force = 1; break;
		case 'q': o->quiet = 1; break;
		default: return cli_usage("demo", "unknown option");
		}
	}
	if (optind < argc)
		return cli_usage("demo", "unexpected argument '%s'", argv[optind]);
	return 0;
}

static void print_summary(jz_db *db, const char *path)
{
	printf("演示数据库 %s\n", path);
	const char *q[][2] = {
		{ "案件", "SELECT count(*) FROM cases" }, { "当事人", "SELECT count(*) FROM parties" },
		{ "事件与措施", "SELECT count(*) FROM events" },
		{ "登记信息", "SELECT count(*) FROM registry_records" },
		{ "线索", "SELECT count(*) FROM leads" },
		{ "文书", "SELECT count(*) FROM documents" }, { "文稿", "SELECT count(*) FROM drafts" },
	};
	for (size_t i = 0; i < sizeof q / sizeof q[0]; i++) {
		long long n = db_int(db, q[i][1], -1);
		if (n >= 0)
			printf("  %s %lld\n", q[i][0], n);
	}
}

int cmd_demo(struct cli_ctx *ctx, int argc, char **argv)
{
	if (cli_wants_help(argc, argv))
		return cli_print_help(help);
	struct demo_opts o = { 3000, 20261122, 0 };
	int force = 0;
	int rc = parse_opts(argc, argv, &o, &force);
	if (rc)
		return rc;
	if (privilege_covers(ctx->db_path))
		return cli_fail("demo", "%s 在共享数据库的目录中，不能在那里建演示库；请用 --db 指定自己目录中的文件",
				ctx->db_path);
	if (access(ctx->db_path, F_OK) == 0 && !force) {
		struct jz_err e;
		long long n = 0;
		jz_db *old = db_open_existing(ctx->db_path, &e);
		if (old) {
			n = db_int(old, "SELECT count(*) FROM cases", 0);
			jz_close(&old);
		}
		if (n > 0)
			return cli_fail("demo", "%s already holds %lld cases; use --force to replace it",
					ctx->db_path, n);
	}
	struct jz_err busy;
	if (access(ctx->db_path, F_OK) == 0 && db_open_elsewhere(ctx->db_path, &busy))
		return cli_fail("demo", "%s；不能替换别人正在使用的数据库", busy.msg);
	/* Built under a scratch name beside the target (a killed run's scratch
	 * is removed by the next run, and jianzhi doctor reports it). */
	char tmp[4096];
	snprintf(tmp, sizeof tmp, "%s.demo-tmp", ctx->db_path);
	remove_db_files(tmp);
	struct jz_err e;
	jz_db *db = jz_open(tmp, JZ_OPEN_CREATE, &e);
	if (!db)
		return cli_fail("demo", "%s", e.msg);
	if (demo_build(db, &o, &e)) {
		jz_close(&db);
		remove_db_files(tmp);
		return cli_fail("demo", "%s", e.msg);
	}
	db_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
	jz_close(&db);
	if (access(ctx->db_path, F_OK) == 0 && db_open_elsewhere(ctx->db_path, &busy)) {   /* opened meanwhile */
		remove_db_files(tmp);
		return cli_fail("demo", "%s；不能替换别人正在使用的数据库", busy.msg);
	}
	remove_db_files(ctx->db_path);
	if (rename(tmp, ctx->db_path) != 0) {
		cli_fail("demo", "%s: %s", ctx->db_path, strerror(errno));
		remove_db_files(tmp);
		return EXIT_FAIL;
	}
	remove_db_files(tmp);   /* leftover -wal/-shm of the scratch name */
	if (!(db = jz_open(ctx->db_path, JZ_OPEN_CREATE, &e)))
		return cli_fail("demo", "%s", e.msg);
	print_summary(db, ctx->db_path);
	jz_close(&db);
	return EXIT_OK;
}
