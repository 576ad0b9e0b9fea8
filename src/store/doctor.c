/* doctor.c — see doctor.h. */
#include "store/doctor.h"
#include "store/lazy_index.h"
#include "store/audit.h"
#include "store/db.h"
#include "store/privilege.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <langinfo.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define LEFTOVER_AGE 3600        /* seconds: no write of ours takes that long */

struct doc {
	const struct doctor_opts *o;
	struct doctor_report *r;
	char folder[PATH_MAX];
	int shared;                  /* the folder is shared: group and modes matter */
	gid_t group;                 /* the group it must belong to */
	char group_name[64];
	int db_missing;
};

static struct doctor_item *add(struct doctor_report *r, int problem, const char *fix, const char *fmt, va_list ap)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->items = xrealloc(r->items, (size_t)r->cap * sizeof *r->items);
	}
	struct doctor_item *it = &r->items[r->n++];
	va_list cp;
	va_copy(cp, ap);
	int len = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	it->what = xmalloc((size_t)len + 1);
	vsnprintf(it->what, (size_t)len + 1, fmt, ap);
	it->problem = problem;
	it->fixed = 0;
	it->fix = fix ? xstrdup(fix) : NULL;
	r->problems += problem;
	return it;
}

static void fine(struct doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fine(struct doc *d, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d->r, 0, NULL, fmt, ap);
	va_end(ap);
}

static struct doctor_item *wrong(struct doc *d, const char *fix, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static struct doctor_item *wrong(struct doc *d, const char *fix, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct doctor_item *it = add(d->r, 1, fix, fmt, ap);
	va_end(ap);
	return it;
}

static void mark_fixed(struct doc *d, struct doctor_item *it)
{
	it->fixed = 1;
	d->r->problems--;
}

/* A path as one shell word. */
static void sb_add_quoted(struct strbuf *sb, const char *s)
{
	if (*s && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+:,=@") == strlen(s)) {
		sb_adds(sb, s);
		return;
	}
	sb_addc(sb, '\'');
	for (; *s; s++)
		if (*s == '\'')
			sb_adds(sb, "'\\''");
		else
			sb_addc(sb, *s);
	sb_addc(sb, '\'');
}

/* "sudo " when only root (or the file's owner) may change it. */
static const char *as_owner(const struct stat *st)
{
	return geteuid() == 0 || st->st_uid == getuid() ? "" : "sudo ";
}

/* "jianzhi --db PATH " followed by rest, as one command line. */
static void jz_command(struct strbuf *cmd, const struct doc *d, const char *rest)
{
	sb_adds(cmd, "jianzhi --db ");
	sb_add_quoted(cmd, d->o->db_path);
	sb_printf(cmd, " %s", rest);
}

static void check_locale(struct doc *d)
{
	const char *cs = nl_langinfo(CODESET);
	if (cs && strcmp(cs, "UTF-8") == 0)
		fine(d, "区域设置为 UTF-8");
	else
		wrong(d, "export LC_ALL=C.UTF-8",
		      "区域设置的字符集是 %s 而不是 UTF-8（如通过 SSH 登录时 LANG=C）：中文会显示为空白或乱码；"
		      "把修复命令写进 ~/.profile", cs && *cs ? cs : "未知");
}

static void find_folder(struct doc *d)
{
	snprintf(d->folder, sizeof d->folder, "%s", d->o->db_path);
	char *slash = strrchr(d->folder, '/');
	if (!slash)
		snprintf(d->folder, sizeof d->folder, ".");
	else if (slash == d->folder)
		slash[1] = 0;
	else
		*slash = 0;
}

/* Decide whether the folder is shared, and with which group. 0 when it exists. */
static int look_at_folder(struct doc *d, struct stat *st)
{
	if (stat(d->folder, st) != 0 || !S_ISDIR(st->st_mode)) {
		wrong(d, NULL, "数据库目录 %s 不存在或无法访问: %s", d->folder, strerror(errno));
		return -1;
	}
	int setgid_install = privilege_active() && st->st_gid == privilege_gid();
	d->shared = setgid_install || (st->st_mode & (S_ISGID | S_IWGRP));
	d->group = privilege_active() ? privilege_gid() : st->st_gid;
	struct group *g = getgrgid(d->group);
	if (g)
		snprintf(d->group_name, sizeof d->group_name, "%s", g->gr_name);
	else
		snprintf(d->group_name, sizeof d->group_name, "%lu", (unsigned long)d->group);
	return 0;
}

/* Group and mode of one shared file or folder; repaired in fix mode. */
static void check_mode(struct doc *d, const char *path, const struct stat *st, mode_t want, const char *kind)
{
	mode_t have = st->st_mode & 07777;
	int group_ok = st->st_gid == d->group, mode_ok = have == want;
	if (group_ok && mode_ok) {
		fine(d, "%s %s: %04o，属组 %s", kind, path, (unsigned)have, d->group_name);
		return;
	}
	struct strbuf cmd = STRBUF_INIT, why = STRBUF_INIT;
	if (!group_ok) {
		sb_printf(&cmd, "%schgrp %s ", as_owner(st), d->group_name);
		sb_add_quoted(&cmd, path);
		struct group *g = getgrgid(st->st_gid);
		sb_printf(&why, "属组是 %s，应为 %s", g ? g->gr_name : "?", d->group_name);
	}
	if (!mode_ok) {
		sb_printf(&cmd, "%s%schmod %04o ", cmd.len ? " && " : "", as_owner(st), (unsigned)want);
		sb_add_quoted(&cmd, path);
		sb_printf(&why, "%s权限是 %04o，应为 %04o", why.len ? "；" : "", (unsigned)have, (unsigned)want);
	}
	struct doctor_item *it = wrong(d, sb_str(&cmd), "%s %s: %s（共享目录中其他用户的 jianzhi 会因此无法读写）",
				       kind, path, sb_str(&why));
	if (d->o->fix && (group_ok || chown(path, (uid_t)-1, d->group) == 0) && (mode_ok || chmod(path, want) == 0))
		mark_fixed(d, it);
	sb_free(&cmd);
	sb_free(&why);
}

static void check_folder(struct doc *d)
{
	struct stat st;
	if (look_at_folder(d, &st)) {
		d->db_missing = 1;     /* said once, for the folder */
		return;
	}
	if (d->shared)
		check_mode(d, d->folder, &st, 02770, "共享数据库目录");
	else
		fine(d, "数据库目录 %s（个人目录，不共享）", d->folder);
}

/* The database and its -wal/-shm: group and mode when shared, writable when personal. */
static void check_files(struct doc *d)
{
	static const char *const sfx[] = { "", "-wal", "-shm" };
	for (int i = 0; i < 3; i++) {
		char path[PATH_MAX + 8];
		snprintf(path, sizeof path, "%s%s", d->o->db_path, sfx[i]);
		struct stat st;
		if (stat(path, &st) != 0 && errno != ENOENT) {
			wrong(d, NULL, "%s 无法访问: %s", path, strerror(errno));
			d->db_missing |= i == 0;
			continue;
		}
		if (stat(path, &st) != 0) {
			if (i == 0) {
				struct strbuf cmd = STRBUF_INIT;
				jz_command(&cmd, d, "init");
				wrong(d, sb_str(&cmd), "数据库 %s 不存在", path);
				sb_free(&cmd);
				d->db_missing = 1;
			}
			continue;
		}
		if (d->shared)
			check_mode(d, path, &st, 0660, i == 0 ? "数据库" : "数据库附属文件");
		else if (i == 0 && faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) != 0)
			wrong(d, NULL, "数据库 %s 对你是只读的：只能浏览，不能标注或修改", path);
		else if (i == 0)
			fine(d, "数据库 %s 可读写", path);
	}
}

static void check_binary(struct doc *d)
{
	char exe[PATH_MAX];
	const char *path = d->o->exe;
	if (!path) {
		ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
		exe[n > 0 ? n : 0] = 0;
		path = exe;
	}
	struct stat st;
	if (!*path || stat(path, &st) != 0) {
		wrong(d, NULL, "找不到正在运行的 jianzhi 程序文件");
		return;
	}
	int ok = (st.st_mode & S_ISGID) && st.st_gid == d->group && st.st_uid == 0 && !(st.st_mode & (S_IWGRP | S_IWOTH));
	if (ok) {
		fine(d, "程序 %s 以组 %s 运行（setgid），属 root，他人不可改", path, d->group_name);
		return;
	}
	struct strbuf cmd = STRBUF_INIT;
	sb_printf(&cmd, "%schown root:%s ", geteuid() == 0 ? "" : "sudo ", d->group_name);
	sb_add_quoted(&cmd, path);
	sb_printf(&cmd, " && %schmod 2755 ", geteuid() == 0 ? "" : "sudo ");
	sb_add_quoted(&cmd, path);
	wrong(d, sb_str(&cmd), "程序 %s 不是属 root、setgid 到组 %s 的（现为 %04o，属组 %lu）：共享目录里的数据库"
	      "只应通过 jianzhi 写入", path, d->group_name, (unsigned)(st.st_mode & 07777), (unsigned long)st.st_gid);
	sb_free(&cmd);
}

static void check_files_and_install(struct doc *d)
{
	int up = privilege_raise_for(d->o->db_path);
	check_folder(d);
	if (!d->db_missing)
		check_files(d);
	if (up)
		privilege_lower();
	if (d->shared || privilege_active())
		check_binary(d);
}

/* The schema this binary knows against the database's; 0 when they match. */
static int check_schema(struct doc *d, jz_db *db)
{
	struct jz_err e;
	int mine = db_schema_version(&e);
	long long have = db_int(db, "PRAGMA user_version", -1);
	if (mine < 0) {
		wrong(d, NULL, "读不到本程序的数据库结构文件: %s", e.msg);
		return -1;
	}
	if (have == mine) {
		fine(d, "数据库结构版本 %lld 与程序一致", have);
		return 0;
	}
	struct strbuf cmd = STRBUF_INIT;
	jz_command(&cmd, d, "init");
	if (have < mine)
		wrong(d, sb_str(&cmd), "数据库结构版本 %lld 比本程序的 %d 旧：由有写权限的人运行修复命令升级", have, mine);
	else
		wrong(d, NULL, "数据库结构版本 %lld 比本程序的 %d 新：请安装新版 jianzhi", have, mine);
	sb_free(&cmd);
	return -1;
}

/* The one remedy for damage: a verified backup (restore checks it first). */
static void damaged(struct doc *d, const char *what)
{
	struct strbuf cmd = STRBUF_INIT;
	jz_command(&cmd, d, "restore 备份文件.db");
	wrong(d, sb_str(&cmd), "%s；请保全现状、报告管理员，并从 jianzhi backup 做的最近备份恢复", what);
	sb_free(&cmd);
}

static void check_integrity(struct doc *d, jz_db *db)
{
	const char *pragma = d->o->full ? "PRAGMA integrity_check" : "PRAGMA quick_check";
	char *res = db_text(db, pragma);
	if (res && strcmp(res, "ok") == 0) {
		fine(d, "%s: ok", pragma + 7);
	} else {
		char what[400];
		snprintf(what, sizeof what, "数据库已损坏（%s: %.200s）", pragma + 7, res ? res : db_errmsg(db));
		damaged(d, what);
	}
	free(res);
}

static void check_foreign_keys(struct doc *d, jz_db *db)
{
	sqlite3_stmt *st;
	if (db_prepare(db, "PRAGMA foreign_key_check", &st, NULL))
		return;
	long long n = 0, first_row = 0;
	char first_table[64] = "";
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (n++ == 0) {
			snprintf(first_table, sizeof first_table, "%s", db_col(st, 0));
			first_row = sqlite3_column_int64(st, 1);
		}
	}
	sqlite3_finalize(st);
	if (n == 0) {
		fine(d, "外键完整");
		return;
	}
	struct strbuf cmd = STRBUF_INIT;
	sb_adds(&cmd, "sqlite3 ");
	sb_add_quoted(&cmd, d->o->db_path);
	sb_adds(&cmd, " 'PRAGMA foreign_key_check'");
	wrong(d, sb_str(&cmd), "%lld 行引用了不存在的记录（第一处：%s 表 rowid %lld）：数据曾被绕过 jianzhi 改动，"
	      "修复命令列出全部，须逐条核对", n, first_table, first_row);
	sb_free(&cmd);
}

static void check_audit(struct doc *d, jz_db *db)
{
	long long bad, rows;
	char head[65];
	struct jz_err e;
	if (audit_verify(db, &bad, &rows, head, &e)) {
		wrong(d, NULL, "无法核验审计链: %s", e.msg);
	} else if (bad) {
		char what[200];
		snprintf(what, sizeof what, "审计链在第 %lld 行断开：该行或其前一行被绕过 jianzhi 改动或删除过", bad);
		damaged(d, what);
	} else {
		fine(d, "审计链完整（%lld 行）", rows);
	}
}

/* Not a problem: the indexes a bulk load left for later (store/lazy_index.h). */
static void check_lazy_indexes(struct doc *d, jz_db *db)
{
	int n = lazy_index_pending(db);
	if (n)
		fine(d, "%d 个索引待建：下次筛查时建立，或打开工作台后在后台建立，下次导入先建其所需；建成前排序和查找较慢", n);
	else
		fine(d, "索引齐全");
}

/* Open read-only (no migration, no stamp, no write) and look inside. */
static void check_database(struct doc *d)
{
	struct jz_err e;
	jz_db *db = jz_open(d->o->db_path, JZ_OPEN_READONLY, &e);
	if (!db) {
		wrong(d, NULL, "%s", e.msg);
		return;
	}
	fine(d, "%s 是 jianzhi 的数据库", d->o->db_path);
	if (check_schema(d, db) == 0) {
		check_integrity(d, db);
		check_foreign_keys(d, db);
		check_audit(d, db);
		check_lazy_indexes(d, db);
	}
	jz_close(&db);
}

/* ".NAME.XXXXXX" (util/atomicfile.h) and "NAME.demo-tmp…" left by a
 * write that was killed. */
static int is_leftover(const char *name, const char *base)
{
	size_t b = strlen(base), n = strlen(name);
	if (n == b + 8 && name[0] == '.' && strncmp(name + 1, base, b) == 0 && name[b + 1] == '.')
		return 1;
	return strncmp(name, base, b) == 0 && strncmp(name + b, ".demo-tmp", 9) == 0;
}

static void check_leftover(struct doc *d, const char *name, const char *base)
{
	char path[PATH_MAX * 2];
	struct stat st;
	snprintf(path, sizeof path, "%s/%s", d->folder, name);
	if (!is_leftover(name, base) || lstat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
	    time(NULL) - st.st_mtime < LEFTOVER_AGE)
		return;
	struct strbuf cmd = STRBUF_INIT;
	sb_printf(&cmd, "%srm -f ", as_owner(&st));
	sb_add_quoted(&cmd, path);
	struct doctor_item *it = wrong(d, sb_str(&cmd), "%s 是一次被中断的写入留下的临时文件（%ld 分钟前），可以删除",
				       path, (long)(time(NULL) - st.st_mtime) / 60);
	if (d->o->fix && unlink(path) == 0)
		mark_fixed(d, it);
	sb_free(&cmd);
}

static void check_leftovers(struct doc *d)
{
	const char *slash = strrchr(d->o->db_path, '/');
	const char *base = slash ? slash + 1 : d->o->db_path;
	int up = privilege_raise_for(d->o->db_path);
	DIR *dir = opendir(d->folder);
	int before = d->r->n;
	for (struct dirent *de; dir && (de = readdir(dir)); )
		check_leftover(d, de->d_name, base);
	if (dir)
		closedir(dir);
	if (up)
		privilege_lower();
	if (dir && d->r->n == before)
		fine(d, "目录中没有中断的写入留下的临时文件");
}

int doctor_run(const struct doctor_opts *o, struct doctor_report *r)
{
	memset(r, 0, sizeof *r);
	struct doc d = { .o = o, .r = r };
	find_folder(&d);
	check_locale(&d);
	check_files_and_install(&d);
	if (!d.db_missing)
		check_database(&d);
	check_leftovers(&d);
	return r->problems;
}

void doctor_report_free(struct doctor_report *r)
{
	for (int i = 0; i < r->n; i++) {
		free(r->items[i].what);
		free(r->items[i].fix);
	}
	free(r->items);
	memset(r, 0, sizeof *r);
}
