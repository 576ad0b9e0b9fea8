/* jianzhi — entry point: joins the core (src/) and the TUI (ui/). */
#include "config.h"
#include "cli/cli.h"
#include "store/db.h"
#include "store/privilege.h"
#include "util/editor.h"
#include "tui.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	/* First of all: on a setgid install, put the shared group down (it is
	 * taken up only to open the database: store/privilege.h). */
	if (privilege_init() != 0) {
		fputs("jianzhi: cannot drop the shared group's rights; refusing to run\n", stderr);
		return 1;
	}
	editor_set_child_hook(privilege_drop_forever);   /* $EDITOR runs with the person's rights only */
	setlocale(LC_ALL, "");
	db_library_init();
	cli_set_tui(tui_main);
	return cli_main(argc, argv);
}
