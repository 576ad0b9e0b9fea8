#include "import/csv_reader.h"
#include "util/strbuf.h"
#include "util/textenc.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RAW_CHUNK (256 * 1024)

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
	int eof;
	long long bytes_read;
	long rowno;
	/* The current record: fields' bytes in rec, their start offsets in off. */
	struct strbuf rec;
	size_t *off;
	char **cells;
	int ncap;
};

static size_t source_read(csv_reader *r, char *dst, size_t n)
{
	if (r->f)
		return fread(dst, 1, n, r->f);
	size_t k = r->mem_len - r->mem_pos < n ? r->mem_len - r->mem_pos : n;
	memcpy(dst, r->mem + r->mem_pos, k);
	r->mem_pos += k;
	return k;
}

static void buf_reserve(csv_reader *r, size_t extra)
{
	if (r->pos > 0 && r->pos == r->len)
		r->pos = r->len = 0;
	if (r->len + extra <= r->cap)
		return;
	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->len - r->pos);
		r->len -= r->pos;
		r->pos = 0;
		if (r->len + extra <= r->cap)
			return;
	}
	size_t cap = r->cap ? r->cap : RAW_CHUNK * 2;
	while (cap < r->len + extra)
		cap *= 2;
	r->buf = realloc(r->buf, cap);
	if (!r->buf)
		abort();
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
		} else if (errno == EINVAL && !final) {
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

/* Read more text into buf; 0 at end of input. */
static int fill(csv_reader *r)
{
	if (r->eof)
		return 0;
	char raw[RAW_CHUNK + 8];
	memcpy(raw, r->raw_tail, r->raw_tail_len);
	size_t got = source_read(r, raw + r->raw_tail_len, RAW_CHUNK);
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

static int start(csv_reader *r, struct jz_err *e)
{
	char sample[65536];
	size_t n = source_read(r, sample, sizeof sample);
	r->bytes_read = (long long)n;
	size_t bom;
	r->enc = textenc_detect(sample, n, &bom);
	if (r->enc == ENC_GB18030) {
		r->cd = iconv_open("UTF-8", "GB18030");
		if (r->cd == (iconv_t)-1)
			return jz_err_set(e, "%s: cannot convert GB18030 (iconv)", r->path);
		decode_gb(r, sample, n, n < sizeof sample);
	} else {
		buf_reserve(r, n);
		if (n > bom)
			memcpy(r->buf, sample + bom, n - bom);
		r->len = n - bom;
	}
	if (n < sizeof sample)
		r->eof = 1;
	r->sep = detect_sep(r->buf, r->len);
	return 0;
}

static csv_reader *alloc_reader(const char *name)
{
	csv_reader *r = calloc(1, sizeof *r);
	if (!r)
		abort();
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
	r->mem_len = len;
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
	r->off = realloc(r->off, sizeof *r->off * (size_t)r->ncap);
	r->cells = realloc(r->cells, sizeof *r->cells * (size_t)r->ncap);
	if (!r->off || !r->cells)
		abort();
}

/* End the current field; the next one starts after its NUL. */
static void push_field(csv_reader *r, int *nf)
{
	sb_addc(&r->rec, '\0');
	++*nf;
	ensure_fields(r, *nf + 1);
	r->off[*nf] = r->rec.len;
}

/* Replace invalid UTF-8 in s[0..n) with U+FFFD, appending to out. */
static void repair_utf8(struct strbuf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
		if (len && i + len <= n && textenc_valid_utf8(s + i, len)) {
			sb_add(out, s + i, len);
			i += len - 1;
		} else {
			sb_adds(out, "\xEF\xBF\xBD");
		}
	}
}

/* Flag a record holding text that was not valid in the file's encoding
 * (U+FFFD from decoding, or invalid UTF-8, which is repaired here so the
 * database only ever holds valid UTF-8). Repaired field by field: a NUL
 * byte inside a field must not be taken for a field's end (found by
 * tests/fuzz/fuzz_bank: that overran the offsets array). */
static int check_record(csv_reader *r, int nf)
{
	if (textenc_valid_utf8(r->rec.buf, r->rec.len))
		return memmem(r->rec.buf, r->rec.len, "\xEF\xBF\xBD", 3) != NULL;
	struct strbuf fixed = STRBUF_INIT;
	for (int i = 0; i < nf; i++) {             /* field i is off[i] .. off[i+1]-1, then its NUL */
		size_t from = r->off[i], to = r->off[i + 1] - 1;
		r->off[i] = fixed.len;
		repair_utf8(&fixed, r->rec.buf + from, to - from);
		sb_addc(&fixed, '\0');
	}
	r->off[nf] = fixed.len;
	sb_free(&r->rec);
	r->rec = fixed;
	return 1;
}

int csv_next_row(csv_reader *r, char ***cells, int *ncells, long *rowno, int *bad_text,
		 struct jz_err *e)
{
	(void)e;
	for (;;) {
		sb_reset(&r->rec);
		int nf = 0, inq = 0, any = 0, done = 0;
		ensure_fields(r, 2);
		r->off[0] = 0;
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
							sb_addc(&r->rec, '"');
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
					sb_add(&r->rec, p, (size_t)(q - p));
					p = q;
					continue;
				}
				if (c == '"' && r->rec.len == r->off[nf]) {
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
					if (q == p) { sb_addc(&r->rec, c); q++; }
					else sb_add(&r->rec, p, (size_t)(q - p));
					any = 1;
					p = q;
				}
			}
			r->pos = (size_t)(p - r->buf);
			if (!done && r->pos >= r->len && r->eof && r->raw_tail_len == 0)
				break;
		}
		r->rowno++;
		push_field(r, &nf);
		if (!any && nf == 1 && r->rec.len <= 1)
			continue;  /* blank line: counted, not returned */
		int bad = check_record(r, nf);
		for (int i = 0; i < nf; i++)
			r->cells[i] = r->rec.buf + r->off[i];
		*cells = r->cells;
		*ncells = nf;
		*rowno = r->rowno;
		if (bad_text)
			*bad_text = bad;
		return 1;
	}
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
	sb_free(&r->rec);
	free(r->off);
	free(r->cells);
	free(r);
	*rp = NULL;
}
