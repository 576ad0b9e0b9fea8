/* paths.h — where jianzhi finds its data files (schema, rules, templates).
 *
 * Order: $JIANZHI_DATADIR; the source tree when the binary runs from the
 * build tree (compiled-in JZ_SRCDIR, used only if it holds db/schema);
 * <binary's folder>/../share/jianzhi when it holds db/schema; the
 * installed $(pkgdatadir). Running setgid (docs/shared-host.md) the
 * environment and the build tree are not consulted, and the folder beside
 * the binary only when root owns it and nobody else can write it: these
 * files are SQL run against the shared database. */
#ifndef JZ_PATHS_H
#define JZ_PATHS_H

/* The data directory; a static string, valid for the program's life. */
const char *paths_datadir(void);
/* malloc'd "<datadir>/<rel>". */
char *paths_data_file(const char *rel);
/* The user's config dir for overrides: $XDG_CONFIG_HOME/jianzhi or
 * ~/.config/jianzhi (malloc'd; not created). */
char *paths_user_config_dir(void);
/* $XDG_DATA_HOME/jianzhi or ~/.local/share/jianzhi (malloc'd; not created). */
char *paths_user_data_dir(void);
/* A file or folder in the user's config dir ("rules", "keys", "templates"),
 * unless the environment variable env (may be NULL) names another (malloc'd). */
char *paths_user_config_file(const char *rel, const char *env);
/* The OCR module (src/ocr/ocr_load.c): the build tree's when the binary
 * runs from it and not setgid, else the one installed in $(pkglibdir). A
 * static string. */
const char *paths_ocr_module(void);
/* mkdir -p for the parent directory of path; 0 ok. */
int paths_mkdir_parent(const char *path);

#endif
