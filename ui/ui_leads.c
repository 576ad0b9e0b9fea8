#include "ui_leads.h"
#include "rules/leads.h"

#include <stdlib.h>
#include <string.h>

/* Ask for the 排除 reason (and a note); 0 when the user gave one. */
static int ask_reason(struct tui *t, const char **reason, char **note)
{
	const char *const *rs = leads_dismiss_reasons();
	int n = 0;
	while (rs[n])
		n++;
	int k = menu_pick("排除理由", rs, n);
	if (k < 0)
		return -1;
	*reason = rs[k];
	*note = prompt_line(t, !strcmp(rs[k], "其他") ? "说明（必填）: " : "补充说明（可空，Enter 跳过）: ", NULL);
	return *note ? 0 : -1;
}

int ui_label_leads(struct tui *t, const long long *ids, const long long *versions, int n, const char *label)
{
	if (n > 1) {
		char q[128];
		snprintf(q, sizeof q, "对 %d 条已标记线索标注“%s”？输入 y 确认: ", n, label);
		if (!prompt_yes(t, q))
			return 0;
	}
	const char *reason = NULL;
	char *note = NULL;
	if (!strcmp(label, "排除") && ask_reason(t, &reason, &note))
		return 0;
	int ok = 0;
	struct jz_err e;
	jz_err_clear(&e);
	for (int i = 0; i < n; i++)
		if (leads_label(t->db, ids[i], versions[i], label, reason, note && *note ? note : NULL, &e) == 0)
			ok++;
	if (ok < n) {
		tui_message(t, 1, "%d 条标注未成功：%s", n - ok, e.msg);
		tui_keep_text(t, note);
	} else {
		tui_message(t, 0, "已将 %d 条线索标注为 %s%s%s", ok, label, reason ? "：" : "", reason ? reason : "");
		tui_keep_text(t, NULL);
	}
	free(note);
	return ok;
}

int ui_unlabel_lead(struct tui *t, long long id, long long version)
{
	struct jz_err e;
	if (leads_unlabel(t->db, id, version, &e)) {
		tui_message(t, 1, "%s", e.msg);
		return 0;
	}
	tui_message(t, 0, "已取消线索 #%lld 的标注", id);
	return 1;
}

long long ui_undo_label(struct tui *t)
{
	long long id = 0;
	struct jz_err e;
	if (leads_undo_last(t->db, &id, &e)) {
		tui_message(t, 1, "无法撤销：%s", e.msg);
		return 0;
	}
	tui_message(t, 0, "已撤销线索 #%lld 的标注", id);
	return id;
}
