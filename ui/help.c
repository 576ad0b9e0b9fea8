/* help.c — "?": every key of the view it was opened from, every global
 * key and every ":" command, generated from the action table and the key
 * map (so help shows the user's own bindings), aligned by screen columns. */
#include "ui.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

struct help { struct pager p; char *of; };

static const enum act acts[] = { A_UP, A_DOWN, A_PGUP, A_PGDN, A_HOME, A_END, A_NONE };
static const enum act status[] = { A_BACK, A_NONE };

/* "  KEYS…padding  text" with KEYS padded to col screen columns. */
static void line(struct pager *p, const char *keys, const char *text, int col)
{
	int pad = col - text_width(keys);
	pager_add(p, R_NORMAL, 0, "  %s%*s  %s", keys, pad > 0 ? pad : 0, "", text);
}

static void list_actions(struct pager *p, enum view_id view, const enum act *a, int globals, int col)
{
	for (; a && *a != A_NONE; a++) {
		struct strbuf keys = STRBUF_INIT;
		keymap_keys(view, *a, &keys);
		if (keys.len || !globals) {
			struct strbuf text = STRBUF_INIT;
			sb_printf(&text, "%s  〔%s〕", action_help(*a), action_name(*a));
			line(p, keys.len ? sb_str(&keys) : "（未绑定）", sb_str(&text), col);
			sb_free(&text);
		}
		sb_free(&keys);
	}
}

static void list_commands(struct pager *p, const char *const *cmds, int col)
{
	for (; cmds && *cmds; cmds++) {
		const char *tab = strchr(*cmds, '\t');
		char *name = xstrndup(*cmds, tab ? (size_t)(tab - *cmds) : strlen(*cmds));
		line(p, name, tab ? tab + 1 : "", col);
		free(name);
	}
}

static void draw(struct view *v)
{
	struct help *h = v->priv;
	pager_draw(&h->p, 1, LINES - 3);
	tui_draw_frame(v->t, v, "帮助", h->of);
}

static enum result handle(struct view *v, enum act a)
{
	struct help *h = v->priv;
	pager_move(&h->p, a, LINES - 3);
	return RES_OK;
}

static void vfree(struct view *v)
{
	struct help *h = v->priv;
	pager_clear(&h->p);
	free(h->of);
	free(h);
	free(v);
}

static const struct view_ops ops = {
	V_HELP, "帮助", acts, status, NULL, draw, handle, NULL, NULL, NULL, NULL, vfree, NULL,
};

static enum act global_list[A_COUNT];

struct view *view_help_new(struct tui *t, const struct view *of)
{
	struct view *v = xcalloc(1, sizeof *v);
	struct help *h = xcalloc(1, sizeof *h);
	v->ops = &ops;
	v->t = t;
	v->priv = h;
	h->of = xstrdup(of->ops->name);
	int n = 0;
	for (int a = 1; a < A_COUNT; a++)
		if (action_is_global(a))
			global_list[n++] = (enum act)a;
	global_list[n] = A_NONE;
	const int col = 22;
	pager_add(&h->p, R_HEADER, 0, "%s 视图的按键", of->ops->name);
	list_actions(&h->p, of->ops->id, of->ops->acts, 0, col);
	pager_add(&h->p, R_NORMAL, 0, "%s", "");
	pager_add(&h->p, R_HEADER, 0, "%s", "所有视图通用的按键");
	list_actions(&h->p, of->ops->id, global_list, 1, col);
	line(&h->p, "鼠标", "单击选中，双击打开，滚轮滚动", col);
	pager_add(&h->p, R_NORMAL, 0, "%s", "");
	pager_add(&h->p, R_HEADER, 0, "%s", "命令（按 : 输入）");
	list_commands(&h->p, of->ops->cmds, col);
	list_commands(&h->p, cmdline_help, col);
	pager_add(&h->p, R_NORMAL, 0, "%s", "");
	pager_add(&h->p, R_MUTED, 0, "%s", "按键可在 ~/.config/jianzhi/keys 中改绑：bind [视图] 键 动作名（见 man jianzhi-keys）");
	return v;
}
