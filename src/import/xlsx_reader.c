/* xlsx_reader.c — see xlsx_reader.h. Whole parts (workbook, relationships,
 * shared strings) are parsed in one go; a sheet is pumped chunk by chunk and
 * the parser suspended after each row. Every parser refuses DTDs. */
#include "import/xlsx_reader.h"
#include "import/zip_mem.h"
#include "util/strbuf.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <expat.h>
#include <minizip/unzip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { CHUNK = 65536, MAX_COLS = 16384, MAX_ROWNO = 1048576, HEADER_ROWS = 20, MAX_NOTES = 4 };

struct sheet_ref { char *name, *rid, *part; int hidden; };

struct xlsx_book {
	unzFile zf;
	struct zip_mem mem;
	char *label;                 /* file name for messages */
	/* shared strings: text NUL-separated, start offsets, "was cut" flags */
	struct strbuf sst;
	size_t *sst_off;
	unsigned char *sst_cut;
	size_t nsst, capsst;
	struct sheet_ref *sheets;
	int nsheets, cur;            /* cur: sheet being read, -1 before the first */
	int only, only_opened;       /* a chosen sheet (-1: the default choice) */
	XML_Parser p;                /* the open sheet's parser, NULL when none */
	XML_Parser part_parser;      /* the parser running now (to stop it) */
	const char *part_name;       /* its part, for messages */
	int sheet_eof, sheet_rows;
	char buf[CHUNK];
	/* the row being assembled */
	long row_no, last_row_no;
	int in_cell, in_value, in_inline, cell_col, last_col, cell_type, row_done;
	int val_cut, row_full;
	struct strbuf text;          /* cell values, NUL-separated */
	struct strbuf val;           /* the current cell's text */
	int *cols; size_t *offs; int ncell, capcell;
	char **out; int capout;
	char empty;                  /* writable "" for missing cells */
	struct strbuf why;           /* the row's problems */
	int nnotes;
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

static char *dupstr(const char *s)
{
	return xstrdup(s ? s : "");
}

static void fail_parse(xlsx_book *b, const char *msg)
{
	if (!b->failed)
		snprintf(b->errmsg, sizeof b->errmsg, "%s", msg);
	b->failed = 1;
	XML_StopParser(b->part_parser, XML_FALSE);
}

/* ---- DTDs are refused: no entity (XXE, billion laughs) is ever expanded ---- */

static void on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid,
		       int internal)
{
	(void)name; (void)sysid; (void)pubid; (void)internal;
	fail_parse(ud, "含有 DTD（<!DOCTYPE>）：为防外部实体（XXE）攻击拒绝读取；请在 Excel 中另存后再导入");
}

static void on_entity(void *ud, const XML_Char *name, int is_param, const XML_Char *value, int vlen,
		      const XML_Char *base, const XML_Char *sysid, const XML_Char *pubid,
		      const XML_Char *notation)
{
	(void)name; (void)is_param; (void)value; (void)vlen; (void)base; (void)sysid; (void)pubid;
	(void)notation;
	fail_parse(ud, "含有实体声明（<!ENTITY>）：为防外部实体（XXE）攻击拒绝读取");
}

static XML_Parser new_parser(xlsx_book *b, const char *part)
{
	XML_Parser p = XML_ParserCreate(NULL);
	if (!p)
		xalloc_die();          /* expat is out of memory */
	XML_SetUserData(p, b);
	XML_SetStartDoctypeDeclHandler(p, on_doctype);
	XML_SetEntityDeclHandler(p, on_entity);
	XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
	b->part_parser = p;
	b->part_name = part;
	b->failed = 0;
	return p;
}

static const char *xml_error(xlsx_book *b, XML_Parser p)
{
	return b->failed ? b->errmsg : XML_ErrorString(XML_GetErrorCode(p));
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
	XML_Parser p = new_parser(b, name);
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
					(unsigned long)XML_GetCurrentLineNumber(p), xml_error(b, p));
			break;
		}
		if (n == 0)
			break;
	}
	XML_ParserFree(p);
	b->part_parser = NULL;
	unzCloseCurrentFile(b->zf);
	return rc;
}

static void wb_start(void *ud, const char *name, const char **atts)
{
	xlsx_book *b = ud;
	if (strcmp(local(name), "sheet") != 0)
		return;
	if (b->nsheets == XLSX_MAX_SHEETS) {
		fail_parse(b, "工作表超过 1024 个");
		return;
	}
	b->sheets = xrealloc(b->sheets, sizeof *b->sheets * (size_t)(b->nsheets + 1));
	struct sheet_ref *s = &b->sheets[b->nsheets++];
	s->name = dupstr(attr(atts, "name", 0));
	s->rid = dupstr(attr(atts, "id", 1));
	s->part = NULL;
	const char *state = attr(atts, "state", -1);
	s->hidden = state && (strcmp(state, "hidden") == 0 || strcmp(state, "veryHidden") == 0);
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

/* Cell text is kept up to XLSX_MAX_CELL bytes; the rest only sets val_cut. */
static void add_text(void *ud, const char *s, int n)
{
	xlsx_book *b = ud;
	if (!b->in_value || n <= 0)
		return;
	size_t room = b->val.len < XLSX_MAX_CELL ? XLSX_MAX_CELL - b->val.len : 0;
	if ((size_t)n > room) {
		b->val_cut = 1;
		n = (int)room;
	}
	sb_add(&b->val, s, (size_t)n);
}

/* Shared strings: the text of every <t> in an <si>, except phonetic runs. */
static void sst_start(void *ud, const char *name, const char **atts)
{
	(void)atts;
	xlsx_book *b = ud;
	const char *l = local(name);
	if (strcmp(l, "si") == 0) {
		sb_reset(&b->val);
		b->val_cut = 0;
	} else if (strcmp(l, "t") == 0 && !b->in_inline) {
		b->in_value = 1;
	} else if (strcmp(l, "rPh") == 0) {
		b->in_inline = 1;          /* reused as "inside a phonetic run" */
	}
}

static void sst_end(void *ud, const char *name)
{
	xlsx_book *b = ud;
	const char *l = local(name);
	if (strcmp(l, "t") == 0) {
		b->in_value = 0;
	} else if (strcmp(l, "rPh") == 0) {
		b->in_inline = 0;
	} else if (strcmp(l, "si") == 0) {
		size_t len = b->val_cut ? utf8_cut_tail(b->val.buf, b->val.len) : b->val.len;
		/* the table's real cost: text, its NUL, an offset and a flag */
		if (b->sst.len + len + 1 + (b->nsst + 1) * (sizeof(size_t) + 1) > XLSX_MAX_SST) {
			fail_parse(b, "共享字符串表超过 128 MiB 上限，无法读取；请把工作簿另存为 CSV 再导入");
			return;
		}
		if (b->nsst == b->capsst) {
			b->capsst = b->capsst ? b->capsst * 2 : 1024;
			b->sst_off = xrealloc(b->sst_off, sizeof *b->sst_off * b->capsst);
			b->sst_cut = xrealloc(b->sst_cut, b->capsst);
		}
		b->sst_off[b->nsst] = b->sst.len;
		b->sst_cut[b->nsst++] = (unsigned char)b->val_cut;
		sb_add(&b->sst, b->val.len ? b->val.buf : "", len);
		sb_addc(&b->sst, '\0');
	}
}

static int parse_sst(xlsx_book *b, struct jz_err *e)
{
	int rc = parse_part(b, "xl/sharedStrings.xml", sst_start, sst_end, add_text, e);
	b->in_value = b->in_inline = 0;
	return rc;
}

/* ---- row problems ---- */

/* "AB" for 0-based column 27. */
static void col_letters(int c, char out[8])
{
	char tmp[8];
	int n = 0;
	for (c++; c > 0 && n < 7; c = (c - 1) / 26)
		tmp[n++] = (char)('A' + (c - 1) % 26);
	for (int i = 0; i < n; i++)
		out[i] = tmp[n - 1 - i];
	out[n] = '\0';
}

static void note(xlsx_book *b, int col, const char *what)
{
	if (b->nnotes++ >= MAX_NOTES)
		return;
	char letters[8];
	col_letters(col, letters);
	sb_printf(&b->why, "%s第%ld行第%s列%s", b->why.len ? "；" : "", b->row_no, letters, what);
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

static void start_row(xlsx_book *b, const char **atts)
{
	const char *r = attr(atts, "r", -1);
	char *end = NULL;
	long n = r ? strtol(r, &end, 10) : 0;
	/* a row number out of Excel's range or going backwards is not trusted */
	if (!r || *end || n <= b->last_row_no || n > MAX_ROWNO)
		n = b->last_row_no + 1;
	b->row_no = b->last_row_no = n;
	b->ncell = 0;
	b->last_col = -1;
	b->row_full = 0;
	b->nnotes = 0;
	sb_reset(&b->text);
	sb_reset(&b->why);
}

static void sheet_start(void *ud, const char *name, const char **atts)
{
	xlsx_book *b = ud;
	const char *l = local(name);
	if (strcmp(l, "row") == 0) {
		start_row(b, atts);
	} else if (strcmp(l, "c") == 0) {
		const char *r = attr(atts, "r", -1);
		int c = r ? col_of_ref(r) : -1;
		b->cell_col = c >= 0 ? c : b->last_col < MAX_COLS ? b->last_col + 1 : MAX_COLS;
		b->last_col = b->cell_col;
		b->cell_type = cell_type(attr(atts, "t", -1));
		b->in_cell = 1;
		b->val_cut = 0;
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
	size_t len = b->val_cut ? utf8_cut_tail(b->val.buf, b->val.len) : b->val.len;
	int cut = b->val_cut;
	if (b->cell_type == T_SHARED) {
		char *end;
		unsigned long i = strtoul(v, &end, 10);
		int ok = *v && !*end && i < b->nsst;
		v = ok ? b->sst.buf + b->sst_off[i] : "";
		cut = ok && b->sst_cut[i];
		len = strlen(v);
	} else if (b->cell_type == T_BOOL) {
		v = strcmp(v, "1") == 0 ? "TRUE" : "FALSE";
		len = strlen(v);
	}
	if (!len || b->cell_col >= MAX_COLS)
		return;
	if (cut)
		note(b, b->cell_col, "超过单元格上限 64 KiB，已截断");
	if (b->row_full || b->text.len + len + 1 > XLSX_MAX_ROW) {
		if (!b->row_full)
			note(b, b->cell_col, "起超过单行上限 1 MiB，其后内容已舍弃");
		b->row_full = 1;
		return;
	}
	if (b->ncell == b->capcell) {
		b->capcell = b->capcell ? b->capcell * 2 : 32;
		b->cols = xrealloc(b->cols, sizeof *b->cols * (size_t)b->capcell);
		b->offs = xrealloc(b->offs, sizeof *b->offs * (size_t)b->capcell);
	}
	b->cols[b->ncell] = b->cell_col;
	b->offs[b->ncell] = b->text.len;
	b->ncell++;
	sb_add(&b->text, v, len);
	sb_addc(&b->text, '\0');   /* the NUL separates cells */
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
		b->out = xrealloc(b->out, sizeof *b->out * (size_t)max);
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
		b->part_parser = NULL;
		unzCloseCurrentFile(b->zf);
	}
}

/* Start streaming sheet i: 1 open, -1 when its part is missing. */
static int open_sheet(xlsx_book *b, int i, struct jz_err *e)
{
	close_sheet(b);
	b->cur = i;
	const char *part = b->sheets[i].part;
	if (!part || !open_part(b, part))
		return jz_err_set(e, "%s: sheet '%s' (%s) is missing", b->label, b->sheets[i].name,
				  part ? part : "no relationship");
	b->p = new_parser(b, part);
	XML_SetElementHandler(b->p, sheet_start, sheet_end);
	XML_SetCharacterDataHandler(b->p, add_text);
	b->sheet_eof = 0;
	b->sheet_rows = 0;
	b->last_row_no = 0;
	b->in_cell = b->in_value = b->in_inline = 0;
	return 1;
}

/* The next visible sheet with a part: 1 opened, 0 none left, -1 error. */
static int open_next_sheet(xlsx_book *b, struct jz_err *e)
{
	close_sheet(b);
	while (++b->cur < b->nsheets)
		if (b->sheets[b->cur].part && !b->sheets[b->cur].hidden)
			return open_sheet(b, b->cur, e);
	return 0;
}

static int xml_failed(xlsx_book *b, struct jz_err *e)
{
	return jz_err_set(e, "%s: sheet '%s' (%s) near row %ld: %s", b->label,
			  b->sheets[b->cur].name, b->sheets[b->cur].part, b->last_row_no + 1,
			  xml_error(b, b->p));
}

/* Feed the open sheet until a row is done (1), the sheet ends (0) or fails (-1). */
static int pump_sheet(xlsx_book *b, struct jz_err *e)
{
	b->row_done = 0;
	b->part_parser = b->p;
	XML_ParsingStatus st;
	XML_GetParsingStatus(b->p, &st);
	if (st.parsing == XML_SUSPENDED) {
		if (XML_ResumeParser(b->p) == XML_STATUS_ERROR)
			return xml_failed(b, e);
		if (b->row_done)
			return 1;
	}
	if (st.parsing == XML_FINISHED)
		return 0;
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

/* Open the sheet to read next: the chosen one once, else the default walk. */
static int next_sheet(xlsx_book *b, struct jz_err *e)
{
	if (b->only < 0)
		return open_next_sheet(b, e);
	if (b->only_opened)
		return 0;
	b->only_opened = 1;
	return open_sheet(b, b->only, e);
}

int xlsx_next_row(xlsx_book *b, char ***cells, int *ncells, long *rowno, struct jz_err *e)
{
	for (;;) {
		if (!b->p) {
			/* Only move on to a later sheet while nothing has been read. */
			if (b->cur >= 0 && b->sheet_rows > 0)
				return 0;
			int rc = next_sheet(b, e);
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
		if (had_rows || b->only >= 0)
			return 0;
	}
}

const char *xlsx_row_problem(const xlsx_book *b)
{
	return sb_str(&b->why);
}

const char *xlsx_sheet_name(const xlsx_book *b)
{
	return b->cur >= 0 && b->cur < b->nsheets ? b->sheets[b->cur].name : "";
}

/* ---- choosing the sheet ---- */

static int pick_by_name(xlsx_book *b, const char *name, struct jz_err *e)
{
	for (int i = 0; i < b->nsheets; i++)
		if (strcmp(b->sheets[i].name, name) == 0) {
			b->only = i;
			return 0;
		}
	struct strbuf list = STRBUF_INIT;
	for (int i = 0; i < b->nsheets; i++)
		sb_printf(&list, "%s%s%s", i ? "、" : "", b->sheets[i].name,
			  b->sheets[i].hidden ? "（隐藏）" : "");
	jz_err_set(e, "%s: 没有名为“%s”的工作表（工作簿中有：%s）", b->label, name, sb_str(&list));
	sb_free(&list);
	return -1;
}

/* 1 when one of the first rows of sheet i passes the test, -1 on error. */
static int sheet_has_header(xlsx_book *b, int i, const struct xlsx_pick *pk, struct jz_err *e)
{
	if (open_sheet(b, i, e) < 0)
		return -1;
	int rows = pk->header_rows > 0 ? pk->header_rows : HEADER_ROWS, found = 0, rc = 0;
	for (int r = 0; r < rows && !found; r++) {
		if ((rc = pump_sheet(b, e)) <= 0)
			break;
		char **cells;
		int n = build_row(b, &cells);
		found = pk->header_test(cells, n, pk->arg) != 0;
	}
	close_sheet(b);
	return rc < 0 ? -1 : found;
}

int xlsx_choose_sheet(xlsx_book *b, const struct xlsx_pick *pk, struct jz_err *e)
{
	if (!pk)
		return 0;
	if (pk->sheet && *pk->sheet)
		return pick_by_name(b, pk->sheet, e);
	if (!pk->header_test)
		return 0;
	int found = -1;
	for (int i = 0; i < b->nsheets && found < 0; i++) {
		if (b->sheets[i].hidden || !b->sheets[i].part)
			continue;
		int rc = sheet_has_header(b, i, pk, e);
		if (rc < 0)
			return -1;
		if (rc)
			found = i;
	}
	b->cur = -1;
	b->sheet_rows = 0;
	b->only = found;
	return 0;
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
	int visible = 0;
	for (int i = 0; i < b->nsheets; i++)
		visible += !b->sheets[i].hidden;
	for (int i = 0; i < b->nsheets && !visible; i++)
		b->sheets[i].hidden = 0;     /* all hidden: better read them than nothing */
	return parse_sst(b, e) < 0 ? -1 : 0;
}

static xlsx_book *new_book(const char *label)
{
	xlsx_book *b = xcalloc(1, sizeof *b);
	b->label = dupstr(label);
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
	b->mem.len = buf ? len : 0;
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
	sb_free(&b->sst);
	free(b->sst_off);
	free(b->sst_cut);
	for (int i = 0; i < b->nsheets; i++) {
		free(b->sheets[i].name);
		free(b->sheets[i].rid);
		free(b->sheets[i].part);
	}
	free(b->sheets);
	sb_free(&b->text);
	sb_free(&b->val);
	sb_free(&b->why);
	free(b->cols);
	free(b->offs);
	free(b->out);
	free(b->label);
	free(b);
	*bp = NULL;
}
