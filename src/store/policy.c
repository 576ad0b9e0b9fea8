/* policy.c — the table of policy.h and its checks. */
#include "store/policy.h"
#include "store/audit.h"
#include "store/db.h"

#include <stdio.h>
#include <string.h>

#define WORKERS (ROLE_PROSECUTOR | ROLE_HEAD | ROLE_CHIEF)
#define REVIEWERS (ROLE_HEAD | ROLE_CHIEF)
#define EVERYONE (WORKERS | ROLE_CLERK | ROLE_ADMIN)

enum own_rule { OWN_ANY, OWN_ONLY, OWN_NEVER, OWN_OR_REVIEWER };

static const struct {
	const char *name;        /* Chinese, for messages */
	const char *audit;       /* action name in the audit trail */
	unsigned roles;
	enum own_rule own;
	const char *states;      /* drafts: the states it starts from */
} table[PA_COUNT] = {
	[PA_LABEL] = { "标注线索", "label", WORKERS, OWN_ANY, NULL },
	[PA_FACT_REVIEW] = { "审核文书要素", "fact.review", WORKERS, OWN_ANY, NULL },
	[PA_DRAFT_NEW] = { "起草文稿", "draft.new", WORKERS, OWN_ANY, NULL },
	[PA_DRAFT_EDIT] = { "修改文稿", "draft.save", WORKERS, OWN_ONLY, "草稿|已退回" },
	[PA_DRAFT_SUBMIT] = { "提交文稿审批", "draft.submit", WORKERS, OWN_ONLY, "草稿|已退回" },
	[PA_DRAFT_COMMENT] = { "添加审核意见", "draft.comment", WORKERS, OWN_ANY, NULL },
	[PA_DRAFT_RETURN] = { "退回文稿", "draft.return", REVIEWERS, OWN_NEVER, "已提交" },
	[PA_DRAFT_APPROVE] = { "批准文稿", "draft.approve", REVIEWERS, OWN_NEVER, "已提交" },
	[PA_DRAFT_ISSUE] = { "发出文稿（编定文号）", "draft.issue", REVIEWERS, OWN_NEVER, "已批准" },
	[PA_DRAFT_REPLY] = { "登记法院回复", "draft.reply", WORKERS, OWN_OR_REVIEWER, "已发出|跟进监督" },
	[PA_DRAFT_FOLLOWUP] = { "跟进监督", "draft.followup", WORKERS, OWN_OR_REVIEWER, "已发出|已回复" },
	[PA_DRAFT_REVISE] = { "修订已发出的文稿", "draft.revise", WORKERS, OWN_OR_REVIEWER, "已发出|已回复|跟进监督" },
	[PA_IMPORT] = { "导入数据", "import", WORKERS | ROLE_ADMIN, OWN_ANY, NULL },
	[PA_OCR] = { "识别扫描文书", "ocr", WORKERS | ROLE_ADMIN, OWN_ANY, NULL },
	[PA_SCREEN] = { "运行筛查", "screen", WORKERS | ROLE_ADMIN, OWN_ANY, NULL },
	[PA_EXPORT] = { "导出", "export", EVERYONE, OWN_ANY, NULL },
	[PA_SEE_IDS] = { "查看完整证件号", "unmask", WORKERS, OWN_ANY, NULL },
	[PA_USERS] = { "管理用户和角色", "user.set", ROLE_ADMIN, OWN_ANY, NULL },
	[PA_RULES] = { "启用或停用规则", "rule.enable", ROLE_ADMIN, OWN_ANY, NULL },
	[PA_SETTINGS] = { "修改设置", "settings.set", ROLE_ADMIN, OWN_ANY, NULL },
	[PA_BACKUP] = { "备份数据库", "backup", ROLE_ADMIN | REVIEWERS, OWN_ANY, NULL },
	[PA_RESTORE] = { "恢复数据库", "restore", ROLE_ADMIN, OWN_ANY, NULL },
};

static const char *const role_names[] = { "承办检察官", "部门负责人", "检察长", "书记员", "管理员" };

unsigned policy_role_bit(const char *role)
{
	for (int i = 0; i < 5; i++)
		if (role && strcmp(role, role_names[i]) == 0)
			return 1u << i;
	return 0;
}

const char *policy_role_name(unsigned bit)
{
	for (int i = 0; i < 5; i++)
		if (bit == 1u << i)
			return role_names[i];
	return "";
}

const char *policy_roles_text(unsigned roles, char *buf, size_t len)
{
	size_t o = 0;
	buf[0] = 0;
	for (int i = 0; i < 5; i++)
		if (roles & (1u << i))
			o += (size_t)snprintf(buf + o, len - o, "%s%s", o ? "、" : "", role_names[i]);
	if (!o)
		snprintf(buf, len, "无");
	return buf;
}

const char *policy_draft_states(enum policy_act a)
{
	return a < PA_COUNT ? table[a].states : NULL;
}

const char *policy_act_name(enum policy_act a)
{
	return a < PA_COUNT ? table[a].name : "";
}

/* 0 allowed; else why not, in words. */
static int refuse_reason(jz_db *db, enum policy_act a, const char *author, char *why, size_t len)
{
	char have[96], need[96];
	int own = author && strcmp(author, jz_login(db)) == 0;
	unsigned mine = db->roles & table[a].roles;
	if (!mine) {
		snprintf(why, len, "无权%s：需要%s角色（%s 的角色：%s）", table[a].name,
			 policy_roles_text(table[a].roles, need, sizeof need), jz_login(db),
			 policy_roles_text(db->roles, have, sizeof have));
		return -1;
	}
	if (table[a].own == OWN_NEVER && own) {
		snprintf(why, len, "不能%s：这是你自己起草的文稿，须由他人审批", table[a].name);
		return -1;
	}
	if (table[a].own == OWN_ONLY && author && !own) {
		snprintf(why, len, "不能%s：只有起草人 %s 可以", table[a].name, author);
		return -1;
	}
	if (table[a].own == OWN_OR_REVIEWER && author && !own && !(db->roles & REVIEWERS)) {
		snprintf(why, len, "不能%s：只有起草人 %s 或部门负责人、检察长可以", table[a].name, author);
		return -1;
	}
	return 0;
}

int policy_allows(jz_db *db, enum policy_act a, const char *author)
{
	char why[256];
	return a < PA_COUNT && refuse_reason(db, a, author, why, sizeof why) == 0;
}

int policy_check(jz_db *db, enum policy_act a, const char *author, struct jz_err *e)
{
	char why[256];
	if (a >= PA_COUNT)
		return jz_err_set(e, "未知的操作");
	if (refuse_reason(db, a, author, why, sizeof why) == 0)
		return 0;
	/* The refusal itself is history; best effort (a read-only database
	 * cannot record it). */
	char note[320];
	snprintf(note, sizeof note, "%s: %s", table[a].audit, why);
	audit_log(db, "denied", "", 0, NULL, NULL, note, NULL);
	return jz_err_set(e, "%s", why);
}
