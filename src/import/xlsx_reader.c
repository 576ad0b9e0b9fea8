#include "import/xlsx_reader.h"
#include "util/strbuf.h"
#include "import/zip_mem.h"

#include <expat.h>
#include <minizip/unzip.h>
#include <stdlib.h>
#include <string.h>

enum { CHUNK = 65536, MAX_COLS = 16384 };
/* Shared strings are the one part held whole; a bomb must not take the machine. */
#define MAX_SST_BYTES ((size_t)512 << 20)

struct sheet_ref { char *name, *rid, *part; };

struct xlsx_book {
	unzFile zf;
	struct zip_mem mem;
	char *label;                 /* file name for messages */
	char **sst;                  /* shared strings */
	size_t nsst, capsst, sst_bytes;
	struct sheet_ref *sheets;
	int nsheets, cur;            /* cur: sheet being read, -1 before the first */
	int only;                    /* --sheet: the one sheet to read, -1 any */
	XML_Parser p;                /* the open sheet's parser, NULL when none */
	XML_Parser part_parser;      /* the whole part being parsed (to stop it) */
	int sheet_eof, sheet_rows;
	char buf[CHUNK];
	/* the row being assembled */
	long row_no, last_row_no;
	int in_cell, in_value, in_inline, cell_col, last_col, cell_type, row_done;
	struct strbuf text;          /* cell values, NUL-separated */
	struct strbuf val;           /* the current cell's text */
	int *cols; size_t *offs; int ncell, capcell;
	char **out; int capout;
	char empty;                  /* writable "" for missing cells */
	int failed;
	char errmsg[256];
};

/* Element names may carry a namespace prefix (x:c); compare local names. */
static const char *local(const char *name)
{
	const char *c = strrchr(name, ':');
	return c ? c + 1 : name;
}

static const char *attr(const char **atts, const char *want, int prefixed)
{
	for (int i = 0; atts[i]; i += 2) {
		int has_prefix = strchr(atts[i], ':') != NULL;
		if (strcmp(local(atts[i]), want) == 0 && (prefixed < 0 || prefixed == has_prefix))
			return atts[i + 1];
	}
	return NULL;
}

static char *xstrdup(const char *s)
{
	char *d = strdup(s ? s : "");
	if (!d)
		abort();
	return d;
}

/* ---- whole-part parsing (workbook, relationships, shared strings) ---- */

static int open_part(xlsx_book *b, const char *name)
{
	return unzLocateFile(b->zf, name, 0) == UNZ_OK && unzOpenCurrentFile(b->zf) == UNZ_OK;
}

/* Parse a part with the given handlers; 1 parsed, 0 absent, -1 damaged. */
static int parse_part(xlsx_book *b, const char *name, XML_StartElementHandler st,
		      XML_EndElementHandler en, XML_CharacterDataHandler cd, struct jz_err *e)
{
	if (!open_part(b, name))
		return 0;
	XML_Parser p = XML_ParserCreate(NULL);
	if (!p)
		abort();
	b->part_parser = p;
	XML_SetUserData(p, b);
	XML_SetElementHandler(p, st, en);
	XML_SetCharacterDataHandler(p, cd);
	int rc = 1;
	for (;;) {
		int n = unzReadCurrentFile(b->zf, b->buf, CHUNK);
		if (n < 0) {
			rc = jz_err_set(e, "%s: %s is damaged (zip error %d)", b->label, name, n);
			break;
		}
		if (XML_Parse(p, b->buf, n, n == 0) == XML_STATUS_ERROR) {
			rc = jz_err_set(e, "%s: %s line %lu: %s", b->label, name,
					(unsigned long)XML_GetCurrentLineNumber(p),
					b->failed ? b->errmsg : XML_ErrorString(XML_GetErrorCode(p)));
			break;
		}
		if (n == 0)
			break;
	}
	XML_ParserFree(p);
	unzCloseCurrentFile(b->zf);
	return rc;
}

static void fail_parse(xlsx_book *b, XML_Parser p, const char *msg)
{
	b->failed = 1;
	snprintf(b->errmsg, sizeof b->errmsg, "%s", msg);
	XML_StopParser(p, XML_FALSE);
}

static void wb_start(void *ud, const char *name, const char **atts)
{
	xlsx_book *b = ud;
	if (strcmp(local(name), "sheet") != 0)
		return;
	b->sheets = realloc(b->sheets, sizeof *b->sheets * (size_t)(b->nsheets + 1));
	if (!b->sheets)
		abort();
	struct sheet_ref *s = &b->sheets[b->nsheets++];
	s->name = xstrdup(attr(atts, "name", 0));
	s->rid = xstrdup(attr(atts, "id", 1));
	s->part = NULL;
}

static void rels_start(void *ud, const char *name, const char **atts)
{
	xlsx_book *b = ud;
	if (strcmp(local(name), "Relationship") != 0)
		return;
	const char *id = attr(atts, "Id", -1), *target = attr(atts, "Target", -1);
	if (!id || !target)
		return;
	for (int i = 0; i < b->nsheets; i++) {
		if (b->sheets[i].part || strcmp(b->sheets[i].rid, id) != 0)
			continue;
		struct strbuf sb = STRBUF_INIT;
		if (target[0] == '/')
			sb_adds(&sb, target + 1);
		else
			sb_printf(&sb, "xl/%s", target);
		b->sheets[i].part = sb_detach(&sb);
	}
}

static void no_end(void *ud, const char *name) { (void)ud; (void)name; }
static void no_text(void *ud, const char *s, int n) { (void)ud; (void)s; (void)n; }

/* Shared strings: the text of every <t> in an <si>, except phonetic runs. */
static void sst_start(void *ud, const char *name, const char **atts)
{
	(void)atts;
	xlsx_book *b = ud;
	const char *l = local(name);
	if (strcmp(l, "si") == 0)
		sb_reset(&b->val);
	else if (strcmp(l, "t") == 0 && !b->in_inline)
		b->in_value = 1;
	else if (strcmp(l, "rPh") == 0)
		b->in_inline = 1;          /* reused as "inside a phonetic run" */
}

static void sst_end(void *ud, const char *name)
{
	xlsx_book *b = ud;
	const char *l = local(name);
	if (strcmp(l, "t") == 0)
		b->in_value = 0;
	else if (strcmp(l, "rPh") == 0)
		b->in_inline = 0;
	else if (strcmp(l, "si") == 0) {
		if (b->nsst == b->capsst) {
			b->capsst = b->capsst ? b->capsst * 2 : 1024;
			b->sst = realloc(b->sst, sizeof *b->sst * b->capsst);
			if (!b->sst)
				abort();
		}
		b->sst_bytes += b->val.len + sizeof(char *);
		if (b->sst_bytes > MAX_SST_BYTES) {
			fail_parse(b, b->part_parser, "shared strings larger than 512 MiB");
			return;
		}
		b->sst[b->nsst++] = xstrdup(sb_str(&b->val));
	}
}

static void add_text(void *ud, const char *s, int n)
{
	xlsx_book *b = ud;
	if (b->in_value)
		sb_add(&b->val, s, (size_t)n);
}

static int parse_sst(xlsx_book *b, struct jz_err *e)
{
	int rc = parse_part(b, "xl/sharedStrings.xml", sst_start, sst_end, add_text, e);
	b->in_value = b->in_inline = 0;
	return rc;
}

/* ---- sheet streaming ---- */

enum { T_NUM, T_SHARED, T_INLINE, T_STR, T_BOOL, T_OTHER };

/* "AB12" -> 27 (0-based column); -1 when there are no letters. */
static int col_of_ref(const char *r)
{
	int c = 0, any = 0;
	for (; *r >= 'A' && *r <= 'Z'; r++) {
		c = c * 26 + (*r - 'A' + 1);
		any = 1;
		if (c > MAX_COLS)
			return MAX_COLS;
	}
	return any ? c - 1 : -1;
}

static int cell_type(const char *t)
{
	if (!t || strcmp(t, "n") == 0) return T_NUM;
	if (strcmp(t, "s") == 0) return T_SHARED;
	if (strcmp(t, "inlineStr") == 0) return T_INLINE;
	if (strcmp(t, "str") == 0) return T_STR;
	if (strcmp(t, "b") == 0) return T_BOOL;
	return T_OTHER;
}

static void sheet_start(void *ud, const char *name, const char **atts)
{
	xlsx_book *b = ud;
	const char *l = local(name);
	if (strcmp(l, "row") == 0) {
		const char *r = attr(atts, "r", -1);
		long n = r ? strtol(r, NULL, 10) : 0;
		b->row_no = n > b->last_row_no ? n : b->last_row_no + 1;
		b->last_row_no = b->row_no;
		b->ncell = 0;
		b->last_col = -1;
		sb_reset(&b->text);
	} else if (strcmp(l, "c") == 0) {
		const char *r = attr(atts, "r", -1);
		int c = r ? col_of_ref(r) : -1;
		b->cell_col = c >= 0 ? c : b->last_col + 1;
		b->last_col = b->cell_col;
		b->cell_type = cell_type(attr(atts, "t", -1));
		b->in_cell = 1;
		sb_reset(&b->val);
	} else if (b->in_cell && (strcmp(l, "v") == 0 || (strcmp(l, "t") == 0 && b->in_inline))) {
		b->in_value = 1;
	} else if (b->in_cell && strcmp(l, "is") == 0) {
		b->in_inline = 1;
	}
}

static void push_cell(xlsx_book *b)
{
	const char *v = sb_str(&b->val);
	if (b->cell_type == T_SHARED) {
		char *end;
		unsigned long i = strtoul(v, &end, 10);
		v = (*v && !*end && i < b->nsst) ? b->sst[i] : "";
	} else if (b->cell_type == T_BOOL) {
		v = strcmp(v, "1") == 0 ? "TRUE" : "FALSE";
	}
	if (!*v || b->cell_col >= MAX_COLS)
		return;
	if (b->ncell == b->capcell) {
		b->capcell = b->capcell ? b->capcell * 2 : 32;
		b->cols = realloc(b->cols, sizeof *b->cols * (size_t)b->capcell);
		b->offs = realloc(b->offs, sizeof *b->offs * (size_t)b->capcell);
		if (!b->cols || !b->offs)
			abort();
	}
	b->cols[b->ncell] = b->cell_col;
	b->offs[b->ncell] = b->text.len;
	b->ncell++;
	sb_add(&b->text, v, strlen(v) + 1);   /* keep the NUL as separator */
}

static void sheet_end(void *ud, const char *name)
{
	xlsx_book *b = ud;
	const char *l = local(name);
	if (strcmp(l, "v") == 0 || strcmp(l, "t") == 0) {
		b->in_value = 0;
	} else if (strcmp(l, "is") == 0) {
		b->in_inline = 0;
	} else if (strcmp(l, "c") == 0) {
		if (b->in_cell)
			push_cell(b);
		b->in_cell = 0;
	} else if (strcmp(l, "row") == 0 && b->ncell > 0) {
		b->row_done = 1;
		XML_StopParser(b->p, XML_TRUE);     /* hand the row out; resume later */
	}
}

/* Cells array for the finished row: columns 0..max, missing ones "". */
static int build_row(xlsx_book *b, char ***cells)
{
	int max = 0;
	for (int i = 0; i < b->ncell; i++)
		if (b->cols[i] + 1 > max)
			max = b->cols[i] + 1;
	if (max > b->capout) {
		b->capout = max;
		b->out = realloc(b->out, sizeof *b->out * (size_t)max);
		if (!b->out)
			abort();
	}
	b->empty = '\0';
	for (int i = 0; i < max; i++)
		b->out[i] = &b->empty;
	for (int i = 0; i < b->ncell; i++)
		b->out[b->cols[i]] = b->text.buf + b->offs[i];
	*cells = b->out;
	return max;
}

static void close_sheet(xlsx_book *b)
{
	if (b->p) {
		XML_ParserFree(b->p);
		b->p = NULL;
		unzCloseCurrentFile(b->zf);
	}
}

static int open_next_sheet(xlsx_book *b, struct jz_err *e)
{
	close_sheet(b);
	while (++b->cur < b->nsheets) {
		const char *part = b->sheets[b->cur].part;
		if (!part || (b->only >= 0 && b->cur != b->only))
			continue;
		if (!open_part(b, part))
			return jz_err_set(e, "%s: sheet '%s' (%s) is missing", b->label,
					  b->sheets[b->cur].name, part);
		b->p = XML_ParserCreate(NULL);
		if (!b->p)
			abort();
		XML_SetUserData(b->p, b);
		XML_SetElementHandler(b->p, sheet_start, sheet_end);
		XML_SetCharacterDataHandler(b->p, add_text);
		b->sheet_eof = 0;
		b->sheet_rows = 0;
		b->last_row_no = 0;
		b->in_cell = b->in_value = b->in_inline = 0;
		return 1;
	}
	return 0;
}

static int xml_failed(xlsx_book *b, struct jz_err *e)
{
	return jz_err_set(e, "%s: sheet '%s' near row %ld: %s", b->label,
			  b->sheets[b->cur].name, b->last_row_no + 1,
			  XML_ErrorString(XML_GetErrorCode(b->p)));
}

/* Feed the open sheet until a row is done (1), the sheet ends (0) or fails (-1). */
static int pump_sheet(xlsx_book *b, struct jz_err *e)
{
	b->row_done = 0;
	XML_ParsingStatus st;
	XML_GetParsingStatus(b->p, &st);
	if (st.parsing == XML_SUSPENDED) {
		if (XML_ResumeParser(b->p) == XML_STATUS_ERROR)
			return xml_failed(b, e);
		if (b->row_done)
			return 1;
	}
	while (!b->sheet_eof) {
		int n = unzReadCurrentFile(b->zf, b->buf, CHUNK);
		if (n < 0)
			return jz_err_set(e, "%s: sheet '%s' is damaged (zip error %d)", b->label,
					  b->sheets[b->cur].name, n);
		b->sheet_eof = n == 0;
		if (XML_Parse(b->p, b->buf, n, n == 0) == XML_STATUS_ERROR)
			return xml_failed(b, e);
		if (b->row_done)
			return 1;
	}
	return 0;
}

int xlsx_next_row(xlsx_book *b, char ***cells, int *ncells, long *rowno, struct jz_err *e)
{
	for (;;) {
		if (!b->p) {
			/* Only move on to a later sheet while nothing has been read. */
			if (b->cur >= 0 && b->sheet_rows > 0)
				return 0;
			int rc = open_next_sheet(b, e);
			if (rc <= 0)
				return rc;
		}
		int rc = pump_sheet(b, e);
		if (rc < 0)
			return -1;
		if (rc == 1) {
			b->sheet_rows++;
			*ncells = build_row(b, cells);
			*rowno = b->row_no;
			return 1;
		}
		int had_rows = b->sheet_rows > 0;
		close_sheet(b);
		if (had_rows)
			return 0;
	}
}

int xlsx_select_sheet(xlsx_book *b, const char *name, struct jz_err *e)
{
	struct strbuf names = STRBUF_INIT;
	for (int i = 0; i < b->nsheets; i++) {
		if (strcmp(b->sheets[i].name, name) == 0) {
			b->only = i;
			sb_free(&names);
			return 0;
		}
		sb_printf(&names, "%s%s", i ? "、" : "", b->sheets[i].name);
	}
	jz_err_set(e, "%s: no sheet named '%s' (sheets: %s)", b->label, name, sb_str(&names));
	sb_free(&names);
	return -1;
}

const char *xlsx_sheet_name(const xlsx_book *b)
{
	return b->cur >= 0 && b->cur < b->nsheets ? b->sheets[b->cur].name : "";
}

/* ---- open / close ---- */

static int load_book(xlsx_book *b, struct jz_err *e)
{
	if (!b->zf)
		return jz_err_set(e, "%s: not a valid XLSX file (cannot read it as a zip archive)",
				  b->label);
	int rc = parse_part(b, "xl/workbook.xml", wb_start, no_end, no_text, e);
	if (rc < 0)
		return -1;
	if (rc == 0)
		return jz_err_set(e, "%s: not an XLSX workbook (xl/workbook.xml missing)", b->label);
	if (parse_part(b, "xl/_rels/workbook.xml.rels", rels_start, no_end, no_text, e) < 0)
		return -1;
	if (b->nsheets == 0)
		return jz_err_set(e, "%s: the workbook has no sheets", b->label);
	return parse_sst(b, e) < 0 ? -1 : 0;
}

static xlsx_book *new_book(const char *label)
{
	xlsx_book *b = calloc(1, sizeof *b);
	if (!b)
		abort();
	b->label = xstrdup(label);
	b->cur = -1;
	b->only = -1;
	return b;
}

static int finish_open(xlsx_book *b, xlsx_book **out, struct jz_err *e)
{
	if (load_book(b, e)) {
		xlsx_close(&b);
		return -1;
	}
	*out = b;
	return 0;
}

int xlsx_open(const char *path, xlsx_book **out, struct jz_err *e)
{
	*out = NULL;
	xlsx_book *b = new_book(path);
	b->zf = unzOpen64(path);
	return finish_open(b, out, e);
}

int xlsx_open_mem(const void *buf, size_t len, xlsx_book **out, struct jz_err *e)
{
	*out = NULL;
	xlsx_book *b = new_book("(memory)");
	b->mem.buf = buf;
	b->mem.len = len;
	zlib_filefunc64_def ff;
	zip_mem_filefuncs(&b->mem, &ff);
	b->zf = unzOpen2_64("", &ff);
	return finish_open(b, out, e);
}

void xlsx_close(xlsx_book **bp)
{
	xlsx_book *b = bp ? *bp : NULL;
	if (!b)
		return;
	close_sheet(b);
	if (b->zf)
		unzClose(b->zf);
	for (size_t i = 0; i < b->nsst; i++)
		free(b->sst[i]);
	free(b->sst);
	for (int i = 0; i < b->nsheets; i++) {
		free(b->sheets[i].name);
		free(b->sheets[i].rid);
		free(b->sheets[i].part);
	}
	free(b->sheets);
	sb_free(&b->text);
	sb_free(&b->val);
	free(b->cols);
	free(b->offs);
	free(b->out);
	free(b->label);
	free(b);
	*bp = NULL;
}
