/* jianzhi — entry point: joins the core (src/) and the TUI (ui/). */
#include "config.h"
#include "cli/cli.h"
#include "store/privilege.h"
#include "util/editor.h"
#include "tui.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The subcommand: the first argument that is not an option (or --db's value). */
static const char *subcommand(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--db") == 0)
			i++;
		else if (argv[i][0] != '-')
			return argv[i];
	}
	return "";
}

int main(int argc, char **argv)
{
	/* First of all: on a setgid install, put the shared group down (it is
	 * taken up only to open the database: store/privilege.h). */
	if (privilege_init() != 0) {
		fputs("jianzhi: cannot drop the shared group's rights; refusing to run\n", stderr);
		return 1;
	}
	editor_set_child_hook(privilege_drop_forever);   /* $EDITOR runs with the person's rights only */
	/* Tesseract's OpenMP reads OMP_THREAD_LIMIT when libgomp is loaded,
	 * before main: with its default a page took 10.9 s instead of 1.2 s
	 * here (threads spinning against each other and our own workers). So
	 * the OCR commands restart themselves once with the limit set. */
	const char *sub = subcommand(argc, argv);
	if ((strcmp(sub, "ocr") == 0 || strcmp(sub, "extract") == 0) && !getenv("OMP_THREAD_LIMIT")) {
		setenv("OMP_THREAD_LIMIT", "1", 1);
		execv("/proc/self/exe", argv);   /* on failure: carry on, only slower */
	}
	setlocale(LC_ALL, "");
	cli_set_tui(tui_main);
	return cli_main(argc, argv);
}
