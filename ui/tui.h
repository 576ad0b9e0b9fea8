/* tui.h — the ncurses workstation's entry point (no curses types here). */
#ifndef JZ_TUI_H
#define JZ_TUI_H

/* Open the workstation on the database at db_path; returns an exit code. */
int tui_main(const char *db_path);

#endif
