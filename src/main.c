/* jianzhi — entry point: joins the core (src/) and the TUI (ui/). */
#include "config.h"
#include "cli.h"
#include "tui.h"

#include <locale.h>

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	cli_set_tui(tui_main);
	return cli_main(argc, argv);
}
