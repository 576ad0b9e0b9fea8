/* templates.c — finding and reading draft templates (.tpl files in the
 * user's template folder, then the installed templates/). */
#include "drafts/drafts.h"
#include "util/paths.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *dup(const char *s) { return xstrdup(s ? s : ""); }

static char *user_template_dir(void)
{
	return paths_user_config_file("templates", "JIANZHI_TEMPLATES_DIR");
}

/* A name that stays inside the template folders: no path, no dot files. */
static int name_ok(const char *name)
{
	return *name && name[0] != '.' && !strchr(name, '/') && !strstr(name, "..");
}


/* "## key: value" header lines, then the body. */
static void parse_template(struct template_info *t, const char *text)
{
	const char *p = text;
	while (strncmp(p, "## ", 3) == 0) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		const char *colon = memchr(p, ':', n);
		if (colon) {
			char key[32], val[512];
			snprintf(key, sizeof key, "%.*s", (int)(colon - p - 3), p + 3);
			const char *v = colon + 1;
			while (*v == ' ') v++;
			snprintf(val, sizeof val, "%.*s", (int)(p + n - v), v);
			char **slot = strcmp(key, "title") == 0 ? &t->title : strcmp(key, "kind") == 0 ? &t->kind
				    : strcmp(key, "type") == 0 ? &t->type : strcmp(key, "needs") == 0 ? &t->needs : NULL;
			if (slot) {
				free(*slot);
				*slot = dup(val);
			}
		}
		p += n + (nl != NULL);
	}
	t->body = dup(p);
}

int drafts_template_load(const char *name, struct template_info *t, struct jz_err *e)
{
	memset(t, 0, sizeof *t);
	if (!name_ok(name))
		return jz_err_set(e, "模板名“%s”无效：不能含有“/”或“..”，也不能以“.”开头（jianzhi draft templates 列出可用模板）", name);
	char *dirs[2] = { user_template_dir(), paths_data_file("templates") };
	for (int i = 0; i < 2 && !t->body; i++) {
		struct strbuf path = STRBUF_INIT;
		sb_printf(&path, "%s/%s.tpl", dirs[i], name);
		char *text = sb_read_file(path.buf);
		if (text) {
			t->path = sb_detach(&path);
			parse_template(t, text);
			free(text);
		}
		sb_free(&path);
	}
	free(dirs[0]);
	free(dirs[1]);
	if (!t->body)
		return jz_err_set(e, "没有名为“%s”的文书模板（jianzhi draft templates 列出全部模板）", name);
	t->name = dup(name);
	if (!t->title) t->title = dup(name);
	if (!t->kind) t->kind = dup("检察建议");
	if (!t->type) t->type = dup("建");
	if (!t->needs) t->needs = dup("case");
	return 0;
}

void template_info_free(struct template_info *t)
{
	char *all[] = { t->name, t->title, t->kind, t->type, t->needs, t->path, t->body };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
		free(all[i]);
	memset(t, 0, sizeof *t);
}

void drafts_template_list(void (*fn)(const char *, const char *, void *), void *arg)
{
	char *dirs[2] = { paths_data_file("templates"), user_template_dir() };
	for (int i = 0; i < 2; i++) {
		DIR *d = opendir(dirs[i]);
		struct dirent *de;
		while (d && (de = readdir(d))) {
			size_t n = strlen(de->d_name);
			if (n < 5 || strcmp(de->d_name + n - 4, ".tpl") != 0)
				continue;
			char name[256];
			snprintf(name, sizeof name, "%.*s", (int)(n - 4), de->d_name);
			struct template_info t;
			struct jz_err e;
			if (drafts_template_load(name, &t, &e) == 0) {
				fn(name, t.title, arg);
				template_info_free(&t);
			}
		}
		if (d)
			closedir(d);
		free(dirs[i]);
	}
}

