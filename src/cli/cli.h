/* cli.h — the command line: dispatch, shared option handling, output.
 *
 * Contract (docs/cli.md, jianzhi(1)): exit 0 ok, 1 runtime failure, 2 usage
 * error; messages to stderr, data to stdout; every subcommand takes --help. */
#ifndef JZ_CLI_H
#define JZ_CLI_H

#include "store/db.h"
#include "store/jzdb.h"
#include <stdio.h>

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

struct cli_ctx {
	const char *db_path;     /* from --db, $JIANZHI_DB or the XDG default */
	const char *prog;        /* "jianzhi" */
};

/* A subcommand: argv[0] is the subcommand name; returns an exit code. */
typedef int (*cli_cmd_fn)(struct cli_ctx *ctx, int argc, char **argv);

struct cli_command {
	const char *name;
	cli_cmd_fn fn;
	const char *usage;       /* one line: "import cases|registry KIND|events FILE" */
	const char *summary;     /* one line, Chinese then English gloss */
};

int cli_main(int argc, char **argv);
/* main.c hands over the TUI entry point (ui/ is linked only into the binary). */
void cli_set_tui(int (*fn)(const char *db_path));
const struct cli_command *cli_commands(void);   /* NULL-terminated by name */

/* Open the database named by ctx (creating and migrating it); on failure
 * print the message and return NULL. */
jz_db *cli_open_db(struct cli_ctx *ctx);

/* Print "jianzhi CMD: message" to stderr; return EXIT_USAGE / EXIT_FAIL. */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int cli_fail(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* True when argv holds -h or --help (before any "--"). */
int cli_wants_help(int argc, char **argv);
/* Print help text for a subcommand to stdout and return EXIT_OK. */
int cli_print_help(const char *text);

/* Print s padded with spaces to cols screen columns (CJK counted as 2). */
void cli_print_padded(FILE *f, const char *s, int cols);

/* Output formats shared by listing commands. */
enum cli_format { FMT_TABLE, FMT_CSV, FMT_JSON };
/* Parse "table"|"csv"|"json"; -1 when unknown. */
int cli_parse_format(const char *s);
/* Print every row of st in the chosen format (table pads by display width). */
int cli_print_stmt(sqlite3_stmt *st, enum cli_format fmt, FILE *out);

/* The subcommands (one file each, src/cmd_*.c). */
int cmd_init(struct cli_ctx *, int, char **);
int cmd_demo(struct cli_ctx *, int, char **);
int cmd_import(struct cli_ctx *, int, char **);
int cmd_cases(struct cli_ctx *, int, char **);
int cmd_backup(struct cli_ctx *, int, char **);
int cmd_restore(struct cli_ctx *, int, char **);
int cmd_audit(struct cli_ctx *, int, char **);
int cmd_doctor(struct cli_ctx *, int, char **);
int cmd_users(struct cli_ctx *, int, char **);
int cmd_settings(struct cli_ctx *, int, char **);
int cmd_ocr(struct cli_ctx *, int, char **);
int cmd_extract(struct cli_ctx *, int, char **);
int cmd_screen(struct cli_ctx *, int, char **);
int cmd_rules(struct cli_ctx *, int, char **);
int cmd_leads(struct cli_ctx *, int, char **);
int cmd_label(struct cli_ctx *, int, char **);
int cmd_samples(struct cli_ctx *, int, char **);
int cmd_sync(struct cli_ctx *, int, char **);
int cmd_draft(struct cli_ctx *, int, char **);
int cmd_export(struct cli_ctx *, int, char **);
int cmd_stats(struct cli_ctx *, int, char **);

#endif
