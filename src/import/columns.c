#include "import/columns.h"
#include "legal/normalize.h"
#include "util/strbuf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Canonical header text: ASCII-folded, no spaces, no trailing unit in
 * brackets ("执行标的（元）" → "执行标的"), no trailing '*' or ':'. */
static void header_key(const char *in, char *out, size_t len)
{
	norm_ascii_fold(in, out, len, 1);
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
	header_key(line, key, sizeof key);
	if (!*key)
		return 0;
	if (!eq)
		return jz_err_set(e, "%s:%d: expected 'field = 表头'", file, lineno);
	*eq = '\0';
	header_key(line, key, sizeof key);
	if (strchr(key, '.'))
		return 0;      /* "kind.X = Y" maps a value: read by the importer kind */
	norm_ascii_fold(eq + 1, val, sizeof val, 0);
	char *v = val;
	while (*v == ' ') v++;
	for (size_t n = strlen(v); n && v[n - 1] == ' '; n--)
		v[n - 1] = '\0';
	for (int i = 0; i < m->nspec; i++) {
		char lab[64];
		header_key(m->spec[i].label, lab, sizeof lab);
		if (strcmp(key, m->spec[i].field) == 0 || strcmp(key, lab) == 0) {
			free(m->extra_syn[i]);
			m->extra_syn[i] = strdup(v);
			return 0;
		}
	}
	return jz_err_set(e, "%s:%d: unknown field '%s'", file, lineno, key);
}

static int load_map(struct column_map *m, const char *path, struct jz_err *e)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return jz_err_set(e, "%s: %s", path, strerror(errno));
	char line[1024];
	int lineno = 0, rc = 0;
	while (rc == 0 && fgets(line, sizeof line, f)) {
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		rc = parse_map_line(m, line, path, lineno, e);
	}
	fclose(f);
	return rc;
}

int columns_init(struct column_map *m, const struct column_spec *spec, int nspec,
		 const char *map_file, struct jz_err *e)
{
	m->spec = spec;
	m->nspec = nspec;
	m->col = malloc(sizeof *m->col * (size_t)nspec);
	m->extra_syn = calloc((size_t)nspec, sizeof *m->extra_syn);
	if (!m->col || !m->extra_syn)
		abort();
	for (int i = 0; i < nspec; i++)
		m->col[i] = -1;
	if (map_file && load_map(m, map_file, e)) {
		columns_free(m);
		return -1;
	}
	return 0;
}

static int field_matches(const struct column_map *m, int i, const char *key)
{
	char syn[256];
	if (m->extra_syn[i]) {
		header_key(m->extra_syn[i], syn, sizeof syn);
		if (strcmp(key, syn) == 0)
			return 1;
	}
	for (int k = 0; k < COLUMNS_MAX_SYN && m->spec[i].syn[k]; k++) {
		header_key(m->spec[i].syn[k], syn, sizeof syn);
		if (strcmp(key, syn) == 0)
			return 1;
	}
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

int columns_lookup(const struct column_map *m, const char *header)
{
	char key[256];
	header_key(header, key, sizeof key);
	if (!*key)
		return -1;
	for (int i = 0; i < m->nspec; i++)
		if (field_matches(m, i, key))
			return i;
	return -1;
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
	free(m->col);
	m->extra_syn = NULL;
	m->col = NULL;
}
