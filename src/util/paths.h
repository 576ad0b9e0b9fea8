/* paths.h — where jianzhi finds its data files (schema, rules, templates).
 *
 * Order: $JIANZHI_DATADIR; the source tree when the binary runs from the
 * build tree (compiled-in JZ_SRCDIR, used only if it holds db/schema);
 * the installed $(pkgdatadir). */
#ifndef JZ_PATHS_H
#define JZ_PATHS_H

/* The data directory; a static string, valid for the program's life. */
const char *paths_datadir(void);
/* malloc'd "<datadir>/<rel>". */
char *paths_data_file(const char *rel);
/* The user's config dir for overrides: $XDG_CONFIG_HOME/jianzhi or
 * ~/.config/jianzhi (malloc'd; not created). */
char *paths_user_config_dir(void);
/* mkdir -p for the parent directory of path; 0 ok. */
int paths_mkdir_parent(const char *path);

#endif
