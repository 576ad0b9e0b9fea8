/* help.c — "?": every key of the view it was opened from (from the same
 * action tables the dispatcher uses), then the global keys and commands. */
#include "ui.h"

#include <stdlib.h>

struct help { struct pager p; };

static void list(struct pager *p, const struct action *a)
{
	for (; a && a->keys; a++)
		pager_add(p, R_NORMAL, 0, "  %-18s %s", a->keys, a->help);
}

static void draw(struct view *v)
{
	struct help *h = v->priv;
	pager_draw(&h->p, 1, LINES - 3);
	tui_draw_frame(v->t, "帮助", " j/k 滚动  q 返回");
}

static enum result handle(struct view *v, enum act a)
{
	struct help *h = v->priv;
	if (a == A_BACK)
		return RES_BACK;
	pager_move(&h->p, a, LINES - 3);
	return RES_OK;
}

static void vfree(struct view *v)
{
	struct help *h = v->priv;
	pager_clear(&h->p);
	free(h);
	free(v);
}

static const struct view_ops ops = { "帮助", NULL, draw, handle, NULL, NULL, vfree };

struct view *view_help_new(struct tui *t, const struct view *of)
{
	struct view *v = calloc(1, sizeof *v);
	struct help *h = calloc(1, sizeof *h);
	v->ops = &ops;
	v->t = t;
	v->priv = h;
	pager_add(&h->p, R_HEADER, 0, "%s 视图的按键", of->ops->name);
	list(&h->p, of->ops->acts);
	pager_add(&h->p, R_NORMAL, 0, "%s", "");
	pager_add(&h->p, R_HEADER, 0, "%s", "所有视图通用的按键");
	list(&h->p, keys_global);
	pager_add(&h->p, R_NORMAL, 0, "  %-18s %s", "鼠标", "单击选中，双击打开，滚轮滚动");
	pager_add(&h->p, R_NORMAL, 0, "%s", "");
	pager_add(&h->p, R_HEADER, 0, "%s", "命令（按 : 输入）");
	pager_add(&h->p, R_NORMAL, 0, "  %-18s %s", ":case 案号", "打开案件详情");
	pager_add(&h->p, R_NORMAL, 0, "  %-18s %s", ":lead 编号", "打开线索");
	pager_add(&h->p, R_NORMAL, 0, "  %-18s %s", ":cases :leads [规则] :rules", "打开视图");
	pager_add(&h->p, R_NORMAL, 0, "  %-18s %s", ":sort 列 [desc]", "案件排序：case_no court filing closing method claim paid debtor leads");
	pager_add(&h->p, R_NORMAL, 0, "  %-18s %s", ":court/:status/:judge 值", "案件筛选（status: 未结 终本 执行完毕 …）");
	pager_add(&h->p, R_NORMAL, 0, "  %-18s %s", ":from/:to 日期", "立案日期范围");
	pager_add(&h->p, R_NORMAL, 0, "  %-18s %s", ":hasleads :clear", "只看有线索的案件 / 清除筛选");
	pager_add(&h->p, R_NORMAL, 0, "  %-18s %s", ":rule/:stage/:label 值", "线索筛选（label: none 成案 排除）");
	pager_add(&h->p, R_NORMAL, 0, "  %-18s %s", ":q", "退出");
	return v;
}
