/* editor.h — running the user's text editor on a file.
 *
 * The editor is $VISUAL, else $EDITOR, else vi. Its value may carry
 * options ("emacs -nw", "vim -u NONE"): the shell splits it into words as
 * git does (sh -c 'exec $0 "$1"'), and the file name goes in as one
 * argument, never read as shell text. While the editor runs, this process
 * ignores SIGINT and SIGQUIT (a Ctrl-C belongs to the editor), and the
 * caller's terminal state is the caller's business (the workstation
 * suspends curses around the call). */
#ifndef JZ_UTIL_EDITOR_H
#define JZ_UTIL_EDITOR_H

#include "util/err.h"

/* The editor command that editor_run starts (static or the environment's). */
const char *editor_command(void);
/* A function the editor's child process runs before the editor starts
 * (main sets store/privilege.h's privilege_drop_forever: on a setgid
 * install the editor runs with the person's own rights only). */
void editor_set_child_hook(void (*fn)(void));
/* Run the editor on path and wait for it. 0 when it exited with status 0;
 * -1 with e saying how it ended. */
int editor_run(const char *path, struct jz_err *e);
/* A new temporary file only the user can read (in $TMPDIR, else /tmp),
 * named jianzhi-NAME-XXXXXX.txt, holding text; *path (malloc'd) names it. */
int editor_temp(const char *name, const char *text, char **path, struct jz_err *e);

#endif
