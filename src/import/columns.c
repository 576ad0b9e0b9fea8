/* columns.c — see columns.h. */
#include "import/columns.h"
#include "legal/normalize.h"
#include "util/strbuf.h"
#include "util/textenc.h"
#include "util/xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAP_MAX_BYTES (64 << 10)    /* a --map file is a few lines */
#define MAP_MAX_LINE 1024

/* Canonical header text: ASCII-folded, no spaces, no trailing unit in
 * brackets ("执行标的（元）" → "执行标的"), no trailing '*' or ':'. A text
 * too long for out gives "" (it is no header we know), never a prefix. */
static void header_key(const char *in, char *out, size_t len)
{
	if (norm_ascii_fold(in, out, len, 1) + 4 >= len) {
		out[0] = '\0';
		return;
	}
	for (;;) {
		size_t n = strlen(out);
		if (n && (out[n - 1] == '*' || out[n - 1] == ':')) {
			out[n - 1] = '\0';
			continue;
		}
		if (n && out[n - 1] == ')') {
			char *open = strrchr(out, '(');
			if (open && open != out) {
				*open = '\0';
				continue;
			}
		}
		break;
	}
}

static int parse_map_line(struct column_map *m, char *line, const char *file, int lineno,
			  struct jz_err *e)
{
	char *hash = strchr(line, '#');
	if (hash)
		*hash = '\0';
	char *eq = strchr(line, '=');
	char key[256], val[256];
	char blank[MAP_MAX_LINE + 8];
	if (!norm_ascii_fold(line, blank, sizeof blank, 1))
		return 0;                   /* blank or comment only */
	if (!eq)
		return jz_err_set(e, "%s:%d: expected 'field = 表头'", file, lineno);
	*eq = '\0';
	header_key(line, key, sizeof key);
	if (strchr(key, '.'))
		return 0;      /* "kind.X = Y" maps a value: read by the importer kind */
	if (norm_ascii_fold(eq + 1, val, sizeof val, 0) + 4 >= sizeof val)
		return jz_err_set(e, "%s:%d: 表头过长（超过 200 字节）", file, lineno);
	char *v = val;
	while (*v == ' ') v++;
	for (size_t n = strlen(v); n && v[n - 1] == ' '; n--)
		v[n - 1] = '\0';
	if (!*v)
		return jz_err_set(e, "%s:%d: '=' 后缺少表头", file, lineno);
	for (int i = 0; *key && i < m->nspec; i++) {
		char lab[64];
		header_key(m->spec[i].label, lab, sizeof lab);
		if (strcmp(key, m->spec[i].field) == 0 || strcmp(key, lab) == 0) {
			free(m->extra_syn[i]);
			m->extra_syn[i] = xstrdup(v);
			return 0;
		}
	}
	return jz_err_set(e, "%s:%d: unknown field '%s'", file, lineno, *key ? key : "(too long)");
}

static int parse_map_text(struct column_map *m, const char *text, size_t len, const char *file,
			  struct jz_err *e)
{
	if (len > MAP_MAX_BYTES)
		return jz_err_set(e, "%s: 映射文件超过 64 KiB，不像列名映射文件", file);
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		text += 3, len -= 3;        /* a BOM from Notepad */
	char line[MAP_MAX_LINE + 1];
	int lineno = 0;
	for (size_t pos = 0; pos < len;) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - (text + pos)) : len - pos;
		lineno++;
		if (n > MAP_MAX_LINE)
			return jz_err_set(e, "%s:%d: 行过长（超过 %d 字节）", file, lineno, MAP_MAX_LINE);
		if (memchr(text + pos, '\0', n))
			return jz_err_set(e, "%s:%d: 含有 NUL 空字节", file, lineno);
		if (!textenc_valid_utf8(text + pos, n))
			return jz_err_set(e, "%s:%d: 不是有效的 UTF-8 文本（请另存为 UTF-8）", file, lineno);
		memcpy(line, text + pos, n);
		line[n] = '\0';
		line[strcspn(line, "\r")] = '\0';
		if (parse_map_line(m, line, file, lineno, e))
			return -1;
		pos += n + 1;
	}
	return 0;
}

/* Slots in key order; equal keys in slot order, so the lowest field wins
 * as it did when fields were tried in turn. */
static int slot_cmp(const void *a, const void *b, void *keys)
{
	const char (*key)[COLUMNS_KEY_LEN] = keys;
	int sa = *(const int *)a, sb = *(const int *)b;
	int c = strcmp(key[sa], key[sb]);
	return c ? c : (sa > sb) - (sa < sb);
}

/* Fold every header a field answers to, once: after init and after each
 * --map text, the only times they change. by_key lets columns_lookup, which
 * a bank statement's preamble calls for every word, search instead of
 * comparing every synonym of every field. */
static void build_keys(struct column_map *m)
{
	m->nby_key = 0;
	for (int i = 0; i < m->nspec; i++) {
		char (*slot)[COLUMNS_KEY_LEN] = m->key + (size_t)i * COLUMNS_KEYS;
		header_key(m->extra_syn[i] ? m->extra_syn[i] : "", slot[0], COLUMNS_KEY_LEN);
		for (int k = 0; k < COLUMNS_MAX_SYN; k++)
			header_key(m->spec[i].syn[k] ? m->spec[i].syn[k] : "", slot[k + 1], COLUMNS_KEY_LEN);
		for (int k = 0; k < COLUMNS_KEYS; k++)
			if (slot[k][0])
				m->by_key[m->nby_key++] = i * COLUMNS_KEYS + k;
	}
	qsort_r(m->by_key, (size_t)m->nby_key, sizeof *m->by_key, slot_cmp, m->key);
}

int columns_parse_map(struct column_map *m, const char *text, size_t len, const char *file,
		      struct jz_err *e)
{
	int rc = parse_map_text(m, text, len, file, e);
	build_keys(m);
	return rc;
}

static int load_map(struct column_map *m, const char *path, struct jz_err *e)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return jz_err_set(e, "%s: %s", path, strerror(errno));
	char *buf = xmalloc(MAP_MAX_BYTES + 1);
	size_t n = fread(buf, 1, MAP_MAX_BYTES + 1, f);
	int err = ferror(f);
	fclose(f);
	int rc = err ? jz_err_set(e, "%s: %s", path, strerror(errno))
		     : columns_parse_map(m, buf, n, path, e);
	free(buf);
	return rc;
}

int columns_init(struct column_map *m, const struct column_spec *spec, int nspec,
		 const char *map_file, struct jz_err *e)
{
	m->spec = spec;
	m->nspec = nspec;
	m->col = xmalloc(sizeof *m->col * (size_t)(nspec > 0 ? nspec : 1));
	m->extra_syn = xcalloc((size_t)(nspec > 0 ? nspec : 1), sizeof *m->extra_syn);
	m->key = xmalloc(sizeof *m->key * COLUMNS_KEYS * (size_t)(nspec > 0 ? nspec : 1));
	m->by_key = xmalloc(sizeof *m->by_key * COLUMNS_KEYS * (size_t)(nspec > 0 ? nspec : 1));
	for (int i = 0; i < nspec; i++)
		m->col[i] = -1;
	build_keys(m);
	if (map_file && load_map(m, map_file, e)) {
		columns_free(m);
		return -1;
	}
	return 0;
}

static int field_matches(const struct column_map *m, int i, const char *key)
{
	for (int k = 0; k < COLUMNS_KEYS; k++)
		if (m->key[i * COLUMNS_KEYS + k][0] && strcmp(key, m->key[i * COLUMNS_KEYS + k]) == 0)
			return 1;
	return 0;
}

int columns_match(struct column_map *m, char **cells, int ncells)
{
	int hits = 0;
	for (int i = 0; i < m->nspec; i++)
		m->col[i] = -1;
	for (int c = 0; c < ncells; c++) {
		char key[256];
		header_key(cells[c], key, sizeof key);
		if (!*key)
			continue;
		for (int i = 0; i < m->nspec; i++)
			if (m->col[i] < 0 && field_matches(m, i, key)) {
				m->col[i] = c;
				hits++;
				break;
			}
	}
	return hits;
}

int columns_unused(const struct column_map *m, char **cells, int ncells, char *buf, size_t len)
{
	int k = 0;
	size_t o = 0;
	buf[0] = '\0';
	for (int c = 0; c < ncells; c++) {
		char key[256];
		header_key(cells[c], key, sizeof key);
		int used = 0;
		for (int i = 0; i < m->nspec && !used; i++)
			used = m->col[i] == c;
		if (!*key || used)
			continue;
		k++;
		size_t need = strlen(cells[c]) + (o ? strlen("、") : 0);
		if (o + need + 4 >= len) {        /* room for "…" and the NUL */
			if (o + 4 < len && !strstr(buf, "…"))
				o += (size_t)snprintf(buf + o, len - o, "…");
			continue;
		}
		o += (size_t)snprintf(buf + o, len - o, "%s%s", o ? "、" : "", cells[c]);
	}
	return k;
}

int columns_header_test(char **cells, int ncells, void *map)
{
	struct column_map *m = map;
	char missing[8];
	return columns_match(m, cells, ncells) >= 2 && columns_missing(m, missing, sizeof missing) == 0;
}

int columns_lookup(const struct column_map *m, const char *header)
{
	char key[256];
	header_key(header, key, sizeof key);
	if (!*key)
		return -1;
	int lo = 0, hi = m->nby_key;        /* the first slot whose key >= key */
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (strcmp(m->key[m->by_key[mid]], key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < m->nby_key && strcmp(m->key[m->by_key[lo]], key) == 0 ? m->by_key[lo] / COLUMNS_KEYS : -1;
}

int columns_missing(const struct column_map *m, char *buf, size_t len)
{
	struct strbuf sb = STRBUF_INIT;
	int n = 0;
	for (int i = 0; i < m->nspec; i++)
		if (m->spec[i].required && m->col[i] < 0) {
			if (n++)
				sb_adds(&sb, "、");
			sb_adds(&sb, m->spec[i].label);
		}
	snprintf(buf, len, "%s", sb_str(&sb));
	sb_free(&sb);
	return n;
}

const char *columns_get(const struct column_map *m, int field, char **cells, int ncells)
{
	int c = m->col[field];
	return c >= 0 && c < ncells ? cells[c] : "";
}

void columns_free(struct column_map *m)
{
	if (m->extra_syn)
		for (int i = 0; i < m->nspec; i++)
			free(m->extra_syn[i]);
	free(m->extra_syn);
	free(m->key);
	free(m->by_key);
	free(m->col);
	m->extra_syn = NULL;
	m->key = NULL;
	m->by_key = NULL;
	m->col = NULL;
}
