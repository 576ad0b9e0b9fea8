/* keymap.c — one key map for every view: the defaults of actions.def, then
 * the user's keymap file. A binding has a scope: every view, or one view
 * by name (案件, 线索 …). Lookup asks the view's scoped bindings first,
 * then the general ones, and among the actions a key means it takes the
 * one the view handles before a global one. */
#include "ui.h"
#include "keymap_parse.h"
#include "util/paths.h"
#include "util/xalloc.h"

#include <stdlib.h>
#include <string.h>

static const struct { const char *name, *keys, *label, *help; } defs[A_COUNT] = {
	[A_NONE] = { "", "", "", "" },
#define ACTION(id, n, k, l, h) [A_##id] = { n, k, l, h },
#include "actions.def"
#undef ACTION
};

const char *action_name(enum act a) { return a < A_COUNT ? defs[a].name : ""; }
const char *action_label(enum act a) { return a < A_COUNT ? defs[a].label : ""; }
const char *action_help(enum act a) { return a < A_COUNT ? defs[a].help : ""; }
int action_is_global(enum act a) { return a >= A_QUIT && a <= A_REDRAW; }

static enum act action_by_name(const char *name)
{
	for (int a = 1; a < A_COUNT; a++)
		if (strcmp(defs[a].name, name) == 0)
			return (enum act)a;
	return A_NONE;
}

/* ---- key names ---- */
static const struct { const char *name; int key; } named[] = {
	{ "Enter", KF(KEY_ENTER) }, { "Esc", 27 }, { "Space", ' ' }, { "Tab", '\t' },
	{ "Up", KF(KEY_UP) }, { "Down", KF(KEY_DOWN) }, { "Left", KF(KEY_LEFT) }, { "Right", KF(KEY_RIGHT) },
	{ "PgUp", KF(KEY_PPAGE) }, { "PgDn", KF(KEY_NPAGE) }, { "Home", KF(KEY_HOME) }, { "End", KF(KEY_END) },
	{ "Backspace", KF(KEY_BACKSPACE) }, { "Del", KF(KEY_DC) },
};

/* Shown in help: arrows as arrows. */
static const char *display_name(int key)
{
	switch (key) {
	case KF(KEY_UP): return "↑";
	case KF(KEY_DOWN): return "↓";
	case KF(KEY_LEFT): return "←";
	case KF(KEY_RIGHT): return "→";
	default: return NULL;
	}
}

const char *keymap_key_name(int key, char buf[32])
{
	const char *d = display_name(key);
	if (d)
		return d;
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (named[i].key == key)
			return named[i].name;
	if (key >= KF(KEY_F(1)) && key <= KF(KEY_F(12)))
		snprintf(buf, 32, "F%d", key - KF(KEY_F(0)));
	else if (key > 0 && key < 32)
		snprintf(buf, 32, "C-%c", key + 'a' - 1);
	else if (key >= 0x200000)
		snprintf(buf, 32, "%s", keyname(key - 0x200000));
	else {
		mbstate_t st;
		memset(&st, 0, sizeof st);
		size_t k = wcrtomb(buf, (wchar_t)key, &st);
		buf[k == (size_t)-1 ? 0 : k] = 0;
	}
	return buf;
}

/* "q", "C-l", "F1", "Enter" … → a key code; -1 when not a key. */
static int parse_key(const char *s)
{
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (strcmp(named[i].name, s) == 0)
			return named[i].key;
	if (s[0] == 'C' && s[1] == '-' && s[2] && !s[3])
		return s[2] >= 'a' && s[2] <= 'z' ? CTRL(s[2]) : -1;
	if (s[0] == 'F' && s[1] >= '1' && s[1] <= '9') {
		int n = atoi(s + 1);
		return n >= 1 && n <= 12 ? KF(KEY_F(n)) : -1;
	}
	wchar_t wc;
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t k = mbrtowc(&wc, s, strlen(s), &st);
	return k != (size_t)-1 && k != (size_t)-2 && k > 0 && !s[k] && wc > ' ' ? (int)wc : -1;
}

/* ---- bindings ---- */
struct binding { int scope; int key; enum act a; };   /* scope -1: every view */
static struct binding *binds;
static int nbinds, capbinds;

static void bind_key(int scope, int key, enum act a)
{
	binds = xgrow(binds, sizeof *binds, &capbinds, nbinds + 1);
	binds[nbinds++] = (struct binding){ scope, key, a };
}

static void unbind_key(int scope, int key)
{
	for (int i = 0; i < nbinds; i++)
		if (binds[i].key == key && binds[i].scope == scope)
			binds[i].a = A_NONE;
}

static void bind_defaults(void)
{
	for (int a = 1; a < A_COUNT; a++) {
		char *keys = xstrdup(defs[a].keys), *save = NULL;
		for (char *k = strtok_r(keys, " ", &save); k; k = strtok_r(NULL, " ", &save)) {
			int code = parse_key(k);
			if (code >= 0)
				bind_key(-1, code, (enum act)a);
		}
		free(keys);
	}
}

static int scope_by_name(const char *name)
{
	static const char *const names[V_COUNT] = {
		[V_CASES] = "案件", [V_LEADS] = "线索", [V_RULES] = "规则", [V_DRAFTS] = "文稿", [V_DOCS] = "文书",
		[V_OUTCOMES] = "成效", [V_DETAIL] = "案件详情", [V_LEAD] = "线索详情", [V_RULE] = "规则详情",
		[V_DRAFT] = "文稿详情", [V_DOC] = "文书详情", [V_HELP] = "帮助", [V_MONEY] = "资金", [V_SIMILAR] = "类案",
		[V_HISTORY] = "历史", [V_DIFF] = "对比",
	};
	for (int i = 0; i < V_COUNT; i++)
		if (names[i] && strcmp(names[i], name) == 0)
			return i;
	int v = views_by_name(name);
	return v;
}

/* One line's words (keymap_parse.c): "bind [VIEW] KEY ACTION" or "unbind [VIEW] KEY". */
static void parse_line(char **w, int n, const char *file, int lineno, void *arg)
{
	struct strbuf *msg = arg;
	int is_bind = strcmp(w[0], "bind") == 0, want = is_bind ? 3 : 2;
	if (!is_bind && strcmp(w[0], "unbind") != 0) {
		sb_printf(msg, "%s 第%d行：未知指令“%s”（bind 或 unbind）；", file, lineno, w[0]);
		return;
	}
	int scope = -1, at = 1;
	if (n == want + 1) {
		scope = scope_by_name(w[1]);
		at = 2;
		if (scope < 0) {
			sb_printf(msg, "%s 第%d行：未知视图“%s”；", file, lineno, w[1]);
			return;
		}
	} else if (n != want) {
		sb_printf(msg, "%s 第%d行：格式应为 %s；", file, lineno,
			  is_bind ? "bind [视图] 键 动作" : "unbind [视图] 键");
		return;
	}
	int key = parse_key(w[at]);
	if (key < 0) {
		sb_printf(msg, "%s 第%d行：无法识别的键“%s”；", file, lineno, w[at]);
		return;
	}
	if (!is_bind) {
		unbind_key(scope, key);
		if (scope >= 0)
			bind_key(scope, key, A_NONE);   /* hides the general binding there */
		return;
	}
	enum act a = action_by_name(w[at + 1]);
	if (a == A_NONE) {
		sb_printf(msg, "%s 第%d行：未知动作“%s”（? 帮助列出动作名）；", file, lineno, w[at + 1]);
		return;
	}
	unbind_key(scope, key);
	bind_key(scope, key, a);
}

void keymap_init(struct strbuf *msg)
{
	nbinds = 0;
	bind_defaults();
	struct strbuf path = STRBUF_INIT;
	char *file = paths_user_config_file("keys", "JIANZHI_KEYS");
	sb_adds(&path, file);
	free(file);
	/* the syntax is checked in keymap_parse.c (fuzzed on its own) */
	FILE *f = fopen(sb_str(&path), "rb");
	if (f) {
		char *text = xmalloc(KEYMAP_MAX_BYTES + 1);
		size_t n = fread(text, 1, KEYMAP_MAX_BYTES + 1, f);
		fclose(f);
		keymap_parse_text(text, n, sb_str(&path), parse_line, msg, msg);
		free(text);
	}
	sb_free(&path);
}

void keymap_free(void)
{
	free(binds);
	binds = NULL;
	nbinds = capbinds = 0;
}

static int handles(const enum act *acts, enum act a)
{
	for (; acts && *acts != A_NONE; acts++)
		if (*acts == a)
			return 1;
	return 0;
}

enum act keymap_lookup(enum view_id view, const enum act *view_acts, int key)
{
	if (key == '\r' || key == '\n')
		key = KF(KEY_ENTER);
	for (int i = nbinds - 1; i >= 0; i--)      /* scoped: the last binding wins */
		if (binds[i].scope == (int)view && binds[i].key == key)
			return binds[i].a;
	enum act global = A_NONE;
	for (int i = 0; i < nbinds; i++) {
		if (binds[i].scope != -1 || binds[i].key != key || binds[i].a == A_NONE)
			continue;
		if (handles(view_acts, binds[i].a))
			return binds[i].a;
		if (global == A_NONE && action_is_global(binds[i].a))
			global = binds[i].a;
	}
	return global;
}

/* Is key bound to a in view (a scoped binding overrides a general one)? */
static int bound(enum view_id view, int key, enum act a)
{
	for (int i = nbinds - 1; i >= 0; i--)
		if (binds[i].scope == (int)view && binds[i].key == key)
			return binds[i].a == a;
	return 1;
}

void keymap_keys(enum view_id view, enum act a, struct strbuf *out)
{
	char buf[32];
	int first = 1;
	for (int i = 0; i < nbinds; i++) {
		if (binds[i].a != a || (binds[i].scope != -1 && binds[i].scope != (int)view))
			continue;
		if (binds[i].scope == -1 && !bound(view, binds[i].key, a))
			continue;
		sb_printf(out, "%s%s", first ? "" : " ", keymap_key_name(binds[i].key, buf));
		first = 0;
	}
}
