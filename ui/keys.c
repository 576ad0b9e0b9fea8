/* keys.c — the global actions, key lookup and key names for help. */
#include "ui.h"

#include <stdio.h>

const struct action keys_global[] = {
	{ A_HELP, "?", "帮助：列出本视图的全部按键", { '?', KF(KEY_F(1)) } },
	{ A_CMD, ":", "命令行（:help 列出命令）", { ':' } },
	{ A_BACK, "q Esc", "返回上一视图（在首个视图退出）", { 'q', 27 } },
	{ A_QUIT, "Q", "退出检执工作台", { 'Q' } },
	{ A_UP, "k ↑", "上移一行", { 'k', KF(KEY_UP) } },
	{ A_DOWN, "j ↓", "下移一行", { 'j', KF(KEY_DOWN) } },
	{ A_PGUP, "PgUp Ctrl-u", "上翻一页", { KF(KEY_PPAGE), CTRL('u'), CTRL('b') } },
	{ A_PGDN, "PgDn Ctrl-d 空格", "下翻一页", { KF(KEY_NPAGE), CTRL('d'), CTRL('f'), ' ' } },
	{ A_HOME, "g Home", "到开头", { 'g', KF(KEY_HOME) } },
	{ A_END, "G End", "到末尾", { 'G', KF(KEY_END) } },
	{ A_CASES, "1", "案件列表", { '1' } },
	{ A_LEADS, "2", "线索队列", { '2' } },
	{ A_RULES, "3", "规则统计", { '3' } },
	{ A_DRAFTS, "4", "文稿与审批", { '4' } },
	{ A_DOCS, "5", "扫描文书与提取要素", { '5' } },
	{ A_REFRESH, "Ctrl-l", "重画屏幕", { CTRL('l') } },
	{ A_NONE, NULL, NULL, { 0 } },
};

static enum act find(const struct action *t, int key)
{
	for (; t && t->keys; t++)
		for (int i = 0; i < 4 && t->k[i]; i++)
			if (t->k[i] == key)
				return t->id;
	return A_NONE;
}

enum act keys_lookup(const struct action *view_acts, int key)
{
	if (key == '\r' || key == '\n')
		key = KF(KEY_ENTER);
	enum act a = find(view_acts, key);
	return a != A_NONE ? a : find(keys_global, key);
}

const char *keys_name(int key, char *buf, int size)
{
	if (key >= 0x200000)
		snprintf(buf, (size_t)size, "%s", keyname(key - 0x200000));
	else if (key < 32)
		snprintf(buf, (size_t)size, "^%c", key + '@');
	else if (key < 127)
		snprintf(buf, (size_t)size, "%c", key);
	else
		snprintf(buf, (size_t)size, "U+%04X", (unsigned)key);
	return buf;
}
