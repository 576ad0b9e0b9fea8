/* csv_reader.c — see csv_reader.h. Bytes are decoded to UTF-8 into buf,
 * a record's fields are gathered into rec (each ended by a NUL, starts in
 * off[]), then every field is checked: NULs and invalid bytes are replaced
 * and reported with their column. Limits are applied while gathering, so
 * a hostile record never grows rec past CSV_MAX_RECORD. */
#include "import/csv_reader.h"
#include "util/strbuf.h"
#include "util/textenc.h"
#include "util/utf8.h"
#include "util/xalloc.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RAW_CHUNK (256 * 1024)
#define SAMPLE (64 * 1024)
#define MAX_REPORTED 4          /* problems named per row; more are counted */

enum problem { P_NUL, P_BYTES, P_CELL, P_RECORD, P_FIELDS };

struct csv_reader {
	FILE *f;                 /* NULL for an in-memory source */
	const char *mem;
	size_t mem_len, mem_pos;
	char path[512];
	enum textenc enc;
	iconv_t cd;
	char sep;
	/* Decoded UTF-8 text waiting to be parsed: buf[pos..len). */
	char *buf;
	size_t len, pos, cap;
	/* Undecoded tail of a GB18030 chunk (a character split across reads). */
	char raw_tail[8];
	size_t raw_tail_len;
	char *raw;               /* undecoded bytes from the source */
	size_t rawcap;
	int eof;
	long long bytes_read;
	long rowno;
	/* The current record: fields' bytes in rec, their start offsets in off. */
	struct strbuf rec;
	size_t *off;
	char **cells;
	int ncap;
	size_t fseen;            /* bytes seen in the current field (kept or not) */
	int cut;                 /* the current field was cut at CSV_MAX_CELL */
	int full;                /* the record hit CSV_MAX_RECORD: drop the rest */
	int capped;              /* CSV_MAX_FIELDS fields ended: drop the rest */
	/* Problems of the current record: kind and 1-based column. */
	enum problem pkind[MAX_REPORTED];
	int pcol[MAX_REPORTED], np, nmore;
	struct strbuf why;
};

static size_t source_read(csv_reader *r, char *dst, size_t n)
{
	if (r->f)
		return fread(dst, 1, n, r->f);
	size_t k = r->mem_len - r->mem_pos < n ? r->mem_len - r->mem_pos : n;
	if (k)
		memcpy(dst, r->mem + r->mem_pos, k);
	r->mem_pos += k;
	return k;
}

static void buf_reserve(csv_reader *r, size_t extra)
{
	if (r->pos > 0 && r->pos == r->len)
		r->pos = r->len = 0;
	if (r->buf && r->len + extra <= r->cap)
		return;
	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->len - r->pos);
		r->len -= r->pos;
		r->pos = 0;
		if (r->len + extra <= r->cap)
			return;
	}
	size_t cap = r->cap ? r->cap : 4096;
	while (cap < r->len + extra)
		cap *= 2;
	r->buf = xrealloc(r->buf, cap);
	r->cap = cap;
}

/* GB18030 → UTF-8; an invalid byte becomes U+FFFD so the row can be flagged. */
static void decode_gb(csv_reader *r, char *raw, size_t n, int final)
{
	char *in = raw;
	size_t inleft = n;
	buf_reserve(r, n * 2 + 16);
	while (inleft > 0) {
		char *out = r->buf + r->len;
		size_t outleft = r->cap - r->len;
		size_t rc = iconv(r->cd, &in, &inleft, &out, &outleft);
		r->len = (size_t)(out - r->buf);
		if (rc != (size_t)-1)
			break;
		if (errno == E2BIG) {
			buf_reserve(r, inleft * 2 + 16);
		} else if (errno == EINVAL && !final && inleft < sizeof r->raw_tail) {
			memcpy(r->raw_tail, in, inleft);   /* at most 3 bytes */
			r->raw_tail_len = inleft;
			return;
		} else {
			buf_reserve(r, 3);
			memcpy(r->buf + r->len, "\xEF\xBF\xBD", 3);
			r->len += 3;
			in++;
			inleft--;
		}
	}
	r->raw_tail_len = 0;
}

/* The buffer for undecoded bytes: a chunk for a file, no more than the
 * input for a small in-memory source (kept off the stack: cheap to fuzz). */
static char *raw_buf(csv_reader *r)
{
	if (!r->raw) {
		size_t want = RAW_CHUNK + 8;
		if (!r->f && r->mem_len - r->mem_pos + 16 < want)
			want = r->mem_len - r->mem_pos + 16;
		r->raw = xmalloc(want);
		r->rawcap = want;
	}
	return r->raw;
}

/* Read more text into buf; 0 at end of input. */
static int fill(csv_reader *r)
{
	if (r->eof)
		return 0;
	char *raw = raw_buf(r);
	memcpy(raw, r->raw_tail, r->raw_tail_len);
	size_t got = source_read(r, raw + r->raw_tail_len, r->rawcap - 8);
	r->bytes_read += (long long)got;
	size_t n = got + r->raw_tail_len;
	if (got == 0)
		r->eof = 1;
	if (r->enc == ENC_UTF8) {
		buf_reserve(r, n);
		memcpy(r->buf + r->len, raw, n);
		r->len += n;
		r->raw_tail_len = 0;
	} else if (n > 0) {
		decode_gb(r, raw, n, r->eof);
	}
	return n > 0;
}

static char detect_sep(const char *s, size_t n)
{
	int comma = 0, tab = 0, semi = 0, q = 0;
	for (size_t i = 0; i < n && (q || (s[i] != '\n' && s[i] != '\r')); i++) {
		if (s[i] == '"') q = !q;
		else if (!q && s[i] == ',') comma++;
		else if (!q && s[i] == '\t') tab++;
		else if (!q && s[i] == ';') semi++;
	}
	if (tab > comma && tab >= semi) return '\t';
	if (semi > comma) return ';';
	return ',';
}

/* The encoding by majority of the sample's non-ASCII lines: one GBK row in
 * a UTF-8 file (or the reverse) must not decide for the whole file. */
static enum textenc detect_encoding(const char *s, size_t n, size_t *bom)
{
	*bom = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	if (*bom)
		return ENC_UTF8;
	long utf8 = 0, other = 0;
	for (size_t i = 0; i < n;) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - s) : n;
		int ascii = 1;
		for (size_t k = i; k < end && ascii; k++)
			ascii = (unsigned char)s[k] < 0x80;
		size_t dummy;
		if (!ascii) {
			/* textenc_detect forgives a character cut by the sample's end */
			if (textenc_detect(s + i, end - i, &dummy) == ENC_UTF8)
				utf8++;
			else
				other++;
		}
		i = end + 1;
	}
	return other > utf8 ? ENC_GB18030 : ENC_UTF8;
}

static int start(csv_reader *r, struct jz_err *e)
{
	char *sample = raw_buf(r);
	size_t want = r->rawcap - 8 < SAMPLE ? r->rawcap - 8 : SAMPLE;
	size_t n = source_read(r, sample, want);
	r->bytes_read = (long long)n;
	size_t bom;
	r->enc = detect_encoding(sample, n, &bom);
	if (r->enc == ENC_GB18030) {
		r->cd = iconv_open("UTF-8", "GB18030");
		if (r->cd == (iconv_t)-1)
			return jz_err_set(e, "%s: cannot convert GB18030 (iconv)", r->path);
		decode_gb(r, sample, n, n < SAMPLE);
	} else {
		buf_reserve(r, n + 1);
		if (n > bom)
			memcpy(r->buf, sample + bom, n - bom);
		r->len = n - bom;
	}
	if (n < SAMPLE)
		r->eof = 1;
	r->sep = detect_sep(r->buf, r->len);
	return 0;
}

static csv_reader *alloc_reader(const char *name)
{
	csv_reader *r = xcalloc(1, sizeof *r);
	snprintf(r->path, sizeof r->path, "%s", name);
	r->cd = (iconv_t)-1;
	return r;
}

int csv_open(const char *path, csv_reader **out, struct jz_err *e)
{
	*out = NULL;
	FILE *f = fopen(path, "rb");
	if (!f)
		return jz_err_set(e, "%s: %s", path, strerror(errno));
	csv_reader *r = alloc_reader(path);
	r->f = f;
	if (start(r, e)) {
		csv_close(&r);
		return -1;
	}
	*out = r;
	return 0;
}

int csv_open_mem(const char *buf, size_t len, csv_reader **out, struct jz_err *e)
{
	csv_reader *r = alloc_reader("(memory)");
	r->mem = buf;
	r->mem_len = buf ? len : 0;
	if (start(r, e)) {
		csv_close(&r);
		return -1;
	}
	*out = r;
	return 0;
}

static void ensure_fields(csv_reader *r, int n)
{
	if (n < r->ncap)
		return;
	r->ncap = n * 2 + 16;
	r->off = xrealloc(r->off, sizeof *r->off * (size_t)r->ncap);
	r->cells = xrealloc(r->cells, sizeof *r->cells * (size_t)r->ncap);
}

static void note(csv_reader *r, enum problem k, int col)
{
	for (int i = 0; i < r->np; i++)
		if (r->pkind[i] == k && r->pcol[i] == col)
			return;
	if (r->np < MAX_REPORTED) {
		r->pkind[r->np] = k;
		r->pcol[r->np++] = col;
	} else {
		r->nmore++;
	}
}

/* Append field text within the cell and record limits; what does not fit
 * is counted (fseen) but not kept, and the row is flagged. */
static void add_bytes(csv_reader *r, int nf, const char *p, size_t n)
{
	r->fseen += n;
	if (r->capped) {
		note(r, P_FIELDS, CSV_MAX_FIELDS + 1);
		return;
	}
	if (r->full)
		return;
	size_t have = r->rec.len - r->off[nf];
	size_t room_cell = have < CSV_MAX_CELL ? CSV_MAX_CELL - have : 0;
	size_t room_rec = r->rec.len < CSV_MAX_RECORD ? CSV_MAX_RECORD - r->rec.len : 0;
	size_t take = n;
	if (take > room_rec) {
		take = room_rec;
		r->full = 1;
		note(r, P_RECORD, nf + 1);
	}
	if (take > room_cell) {
		take = room_cell;
		if (!r->cut)
			note(r, P_CELL, nf + 1);
		r->cut = 1;
	}
	sb_add(&r->rec, p, take);
}

/* End the current field; the next one starts after its NUL. Past
 * CSV_MAX_FIELDS fields the rest of the record is dropped (and flagged). */
static void push_field(csv_reader *r, int *nf)
{
	r->fseen = 0;
	if (r->capped) {
		note(r, P_FIELDS, CSV_MAX_FIELDS + 1);
		return;
	}
	if (r->cut || r->full) {
		/* a cut may split a character: end the cell on a boundary */
		size_t start = r->off[*nf];
		r->rec.len = start + utf8_cut_tail(r->rec.buf + start, r->rec.len - start);
	}
	sb_addc(&r->rec, '\0');
	r->cut = 0;
	++*nf;
	ensure_fields(r, *nf + 1);
	r->off[*nf] = r->rec.len;
	r->capped = *nf == CSV_MAX_FIELDS;
}

/* The record's last field: the end of the record is no extra field. */
static void end_record(csv_reader *r, int *nf)
{
	if (!r->capped)
		push_field(r, nf);
}

enum { F_NUL = 1, F_INVALID = 2, F_REPLACED = 4 };

/* What is wrong with one field's bytes (F_ flags). */
static int field_state(const char *s, size_t n)
{
	int st = 0;
	if (memchr(s, '\0', n))
		st |= F_NUL;
	if (!textenc_valid_utf8(s, n))
		st |= F_INVALID;
	else if (memmem(s, n, "\xEF\xBF\xBD", 3))
		st |= F_REPLACED;           /* a GB18030 byte iconv could not map */
	return st;
}

/* s[0..n) with NULs and invalid UTF-8 replaced by U+FFFD, appended to out. */
static void repair_field(struct strbuf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
		if (c && len && i + len <= n && textenc_valid_utf8(s + i, len)) {
			sb_add(out, s + i, len);
			i += len;
		} else {
			sb_adds(out, "\xEF\xBF\xBD");
			i++;
		}
	}
}

/* Check every field of the record (nf fields, off[nf] is the end) and
 * rebuild it when a field holds NULs or invalid UTF-8: the database only
 * ever holds valid UTF-8 and a NUL never cuts a cell short. */
static void check_record(csv_reader *r, int nf)
{
	int rebuild = 0;
	for (int i = 0; i < nf; i++) {
		int st = field_state(r->rec.buf + r->off[i], r->off[i + 1] - r->off[i] - 1);
		if (st & F_NUL)
			note(r, P_NUL, i + 1);
		if (st & (F_INVALID | F_REPLACED))
			note(r, P_BYTES, i + 1);
		rebuild |= st & (F_NUL | F_INVALID);
	}
	if (!rebuild)
		return;
	struct strbuf fixed = STRBUF_INIT;
	sb_grow(&fixed, r->rec.len + 16);
	for (int i = 0; i < nf; i++) {
		const char *s = r->rec.buf + r->off[i];
		size_t n = r->off[i + 1] - r->off[i] - 1;
		r->off[i] = fixed.len;
		repair_field(&fixed, s, n);
		sb_addc(&fixed, '\0');
	}
	r->off[nf] = fixed.len;
	sb_free(&r->rec);
	r->rec = fixed;
}

static const char *problem_text(const csv_reader *r, enum problem k)
{
	switch (k) {
	case P_NUL: return "含有 NUL 空字节（已替换为 \xEF\xBF\xBD）";
	case P_BYTES: return r->enc == ENC_UTF8 ? "含有无效字节（不是 UTF-8 编码，可能是 GBK）"
					   : "含有无法识别的字节（不是有效的 GB18030/GBK 编码）";
	case P_CELL: return "超过单元格上限 64 KiB，已截断";
	case P_RECORD: return "起超过单行上限 1 MiB，其后内容已舍弃";
	case P_FIELDS: return "起超过列数上限，其后各列已舍弃";
	}
	return "";
}

static void format_problems(csv_reader *r)
{
	sb_reset(&r->why);
	for (int i = 0; i < r->np; i++)
		sb_printf(&r->why, "%s第%ld行第%d列%s", i ? "；" : "", r->rowno, r->pcol[i],
			  problem_text(r, r->pkind[i]));
	if (r->nmore)
		sb_printf(&r->why, "；另有 %d 处同类问题", r->nmore);
}

/* Scan buf for one record into rec; *nf gets its fields. 0 when the input
 * ended before any byte of a record. */
static int scan_record(csv_reader *r, int *nfp)
{
	int nf = 0, inq = 0, any = 0, done = 0;
	int need = 0;   /* a byte of lookahead is missing from buf */
	while (!done) {
		if ((r->pos >= r->len || need) && !fill(r) && r->pos >= r->len) {
			if (!any && r->rec.len == 0)
				return 0;
			break;
		}
		need = 0;
		char *p = r->buf + r->pos, *end = r->buf + r->len;
		while (p < end) {
			char c = *p;
			if (inq) {
				if (c == '"') {
					if (p + 1 == end && !r->eof) {
						need = 1;  /* the next byte tells "" from " */
						break;
					}
					if (p + 1 < end && p[1] == '"') {
						add_bytes(r, nf, "\"", 1);
						p += 2;
						continue;
					}
					inq = 0;
					p++;
					continue;
				}
				/* Copy a run of ordinary bytes at once. */
				char *q = memchr(p, '"', (size_t)(end - p));
				if (!q) q = end;
				add_bytes(r, nf, p, (size_t)(q - p));
				p = q;
				continue;
			}
			if (c == '"' && r->fseen == 0) {
				inq = 1; any = 1; p++;
			} else if (c == r->sep) {
				push_field(r, &nf); any = 1; p++;
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && p + 1 == end && !r->eof) {
					need = 1;  /* the next byte may be the \n of \r\n */
					break;
				}
				p += (c == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
				done = 1;
				break;
			} else {
				char *q = p;
				while (q < end && *q != r->sep && *q != '\n' && *q != '\r' && *q != '"')
					q++;
				if (q == p)
					q++;       /* a stray quote inside an unquoted field */
				add_bytes(r, nf, p, (size_t)(q - p));
				any = 1;
				p = q;
			}
		}
		r->pos = (size_t)(p - r->buf);
		if (!done && r->pos >= r->len && r->eof && r->raw_tail_len == 0)
			break;
	}
	end_record(r, &nf);
	*nfp = nf;
	return 1 + any;
}

static void reset_record(csv_reader *r)
{
	sb_reset(&r->rec);
	ensure_fields(r, 2);
	r->off[0] = 0;
	r->fseen = 0;
	r->cut = r->full = r->capped = 0;
	r->np = r->nmore = 0;
	sb_reset(&r->why);
}

int csv_next_row(csv_reader *r, char ***cells, int *ncells, long *rowno, int *bad_text,
		 struct jz_err *e)
{
	(void)e;
	for (;;) {
		reset_record(r);
		int nf, got = scan_record(r, &nf);
		if (!got)
			return 0;
		r->rowno++;
		if (got == 1 && nf == 1 && r->rec.len <= 1)
			continue;  /* blank line: counted, not returned */
		check_record(r, nf);
		format_problems(r);
		for (int i = 0; i < nf; i++)
			r->cells[i] = r->rec.buf + r->off[i];
		*cells = r->cells;
		*ncells = nf;
		*rowno = r->rowno;
		if (bad_text)
			*bad_text = r->np > 0;
		return 1;
	}
}

const char *csv_row_problem(const csv_reader *r)
{
	return sb_str(&r->why);
}

const char *csv_encoding(const csv_reader *r)
{
	return textenc_name(r->enc);
}

long long csv_bytes_read(const csv_reader *r)
{
	return r->bytes_read;
}

void csv_close(csv_reader **rp)
{
	csv_reader *r = rp ? *rp : NULL;
	if (!r)
		return;
	if (r->f)
		fclose(r->f);
	if (r->cd != (iconv_t)-1)
		iconv_close(r->cd);
	free(r->buf);
	free(r->raw);
	sb_free(&r->rec);
	sb_free(&r->why);
	free(r->off);
	free(r->cells);
	free(r);
	*rp = NULL;
}
