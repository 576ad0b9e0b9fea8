/* tui.h — the ncurses workstation's entry point (no curses types here). */
#ifndef JZ_TUI_H
#define JZ_TUI_H

#include "cli/cli.h"

/* Open the TUI on ctx->db_path; returns an exit code. */
int tui_main(struct cli_ctx *ctx);

#endif
