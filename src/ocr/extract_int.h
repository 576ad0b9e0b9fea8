/* extract_int.h — what the parts of the fact extractor share (src/ocr only).
 *
 * The text model: a document's pages become one stream. Each line is
 * sanitised (invalid UTF-8 → U+FFFD), white space is dropped (one space is
 * kept only between two ASCII letters or digits, as in account numbers),
 * OCR look-alikes are repaired byte for byte (〈〉 → （）, 参拾 → 叁拾, 曰 → 日
 * after a numeral), and the lines are joined without a separator, so an
 * amount, date or 案号 that a wrap cut in two reads whole. Every byte of the
 * stream knows its line and its offset in that line, so each fact maps back
 * to where it was written. Spaced labels (「审 判 长」) read as 审判长.
 *
 * The parts: extract_text.c (stream, scanning helpers, adding facts),
 * extract_layout.c (sections, kind), extract_case.c (案号, court, 案由),
 * extract_party.c (parties, legal representatives, judges),
 * extract_money.c (amounts, dates), extract_measure.c (measures, items,
 * auction rounds); extract.c runs them and writes JSON. */
#ifndef JZ_EXTRACT_INT_H
#define JZ_EXTRACT_INT_H

#include "ocr/extract.h"
#include "legal/normalize.h"

#include <stddef.h>
#include <stdint.h>

#define XNONE ((size_t)-1)

enum {
	XF_BRK = 1,            /* a line starts at this byte */
	XF_GAP = 2,            /* white space was dropped just before it */
	XF_BOOK = 4,           /* inside a 《》 title: statutes are not facts */
	XF_CLAUSE = 8,         /* ends a clause (，；。：！？ and ASCII forms) */
	XF_SENT = 16,          /* ends a sentence (；。！？ and ASCII forms) */
};

struct xline {
	int page, line;        /* page number; line number on the page (1-based) */
	const char *text;      /* the sanitised line as written (not NUL-terminated) */
	size_t a, b;           /* the part of text this line is: [a, b) (all of it, unless a ruling printed as one run was cut) */
	size_t js, je;         /* its bytes in the stream: [js, je) */
	size_t ta, tb;         /* the same without OCR's junk around it (x_trimmed) */
	double ocr;            /* its page's OCR confidence 0..100, or < 0 */
};

struct xtext {
	char *s;               /* the stream, NUL-terminated */
	size_t n, cap;
	int *li;               /* per byte: index of its line */
	int *off;              /* per byte: offset in that line's text */
	unsigned char *fl;     /* per byte: XF_* */
	struct xline *lines;
	int nl, capl;
	char **pages;          /* sanitised page texts (owned) */
	int npages;
};

/* Sections, as line indices (half-open) and stream positions. */
struct xctx {
	struct xtext t;
	struct facts *out;
	int first;             /* index of this document's first fact in out */
	int hdr_end;           /* header: lines [0, hdr_end) */
	int par_end;           /* parties: [hdr_end, par_end) */
	size_t body_at;        /* stream start of the body */
	size_t op_at;          /* start of the operative clause (t.n when none) */
	size_t sig_at;         /* start of the signature (t.n when none) */
	size_t app_at;         /* start of an appendix of statutes (t.n when none) */
	int title_line;        /* -1 when no title was found */
	char title[128];       /* squeezed title (执行裁定书) */
	char kind[64];
	char court[160];
	char court_code[32];   /* from the reference table, when known */
	char court_prov[8];    /* province code of the court's name */
	int court_in_header;   /* the court was read from the header, above the 案号 */
	char court_read[160];  /* the name as read, when the table's nearest court replaced it; "" else */
	int has_cn;
	struct case_no cn;     /* the document's own 案号, parsed */
	char case_no[128];
	char told[11];         /* the latest date of an event the document tells of — no period's end,
				* no deadline, no day still to come (x_dates): a 落款 is no earlier */
	int sign_scanned;      /* the 落款 read so far was read from a scan */
	char places[8][160];   /* property locations already named with a certificate */
	int nplaces;
};

/* Where a line holding a whole ruling printed as one run is cut into the
 * ruling's lines (extract_runon.c): up to max offsets, ascending; 0 when
 * the line is no such run. */
size_t x_runon_cuts(const char *s, size_t n, size_t *cuts, size_t max);

/* ---- the stream (extract_text.c) ---- */
void xtext_build(struct xtext *t, const struct extract_page_in *pages, int n);
void xtext_free(struct xtext *t);
size_t x_clen(const struct xtext *t, size_t i);          /* bytes of the character at i */
size_t x_prev(const struct xtext *t, size_t i);          /* start of the character before i */
uint32_t x_cp(const struct xtext *t, size_t i);          /* code point at i */
int x_lit(const struct xtext *t, size_t i, const char *lit);
int x_in(const struct xtext *t, size_t i, const char *set);   /* character at i is one of set */
int x_cjk(const struct xtext *t, size_t i);
int x_digit(const struct xtext *t, size_t i);            /* ASCII or full-width digit */
/* First / last start of lit in [from, to), or XNONE. */
size_t x_find(const struct xtext *t, size_t from, size_t to, const char *lit);
size_t x_rfind(const struct xtext *t, size_t from, size_t to, const char *lit);
/* Whether one of words (NULL-terminated) starts at i. */
int x_lit_any(const struct xtext *t, size_t i, const char *const *words);
/* Whether any of words (NULL-terminated) starts in [from, to). */
int x_find_any(const struct xtext *t, size_t from, size_t to, const char *const *words);
/* The last start of any of words in [from, to), or XNONE. */
size_t x_rfind_any(const struct xtext *t, size_t from, size_t to, const char *const *words);
/* How many characters of the CJK word at i differ from the text, counted
 * up to max (max also when the text ends first or its characters do not
 * line up with the word's). */
int x_chars_off_max(const struct xtext *t, size_t i, const char *word, int max);
/* The same up to 2: 0, 1, or 2 for two or more. */
int x_chars_off(const struct xtext *t, size_t i, const char *word);
/* Whether the sentence at i tells a vehicle's traffic record (违章, 违法记分):
 * its fines are the traffic police's, not the court's. */
int x_traffic_record(const struct xtext *t, size_t i);
/* 「电请执行人*」「请定代表人：」: one of labels (four characters or more)
 * with one character misread, opening line i's text (specks skipped) and
 * followed by a mark, not by a word going on — or, five characters long,
 * by the party it describes (趾请执行人广西…，住所地…); one of three
 * characters only with a role in brackets after it (弄议人（利害关系人）) — its index in labels
 * and its length in *len, else -1 (also when two labels are as near). */
int x_label_misread(const struct xtext *t, size_t i, const char *const *labels, size_t *len);
/* 「站复议申请人(申请执行人):…」: a speck OCR read as a character at a, before
 * a party's role of four characters or more and its bracket or colon (not
 * 法定代表人: 「原法定代表人：」 is the former one). */
int x_speck_before_role(const struct xtext *t, size_t a);
/* A party of the trial's label at i with a bracket after it (原审原告（,
 * 原告（, or 原告/被告 with its second character misread, 「被洁（」): the
 * label's length, the bracket at i + it; 0 when none. */
size_t x_trial_label(const struct xtext *t, size_t i);
/* 「…行审6号申⏎请执行人…」: one of labels (three characters or more)
 * opening one to four characters before line k, at the end of the line
 * before it, right after a 号, a full stop or that line's start — a ruling
 * printed as one paragraph, wrapped inside the label; or one right after a
 * 号 opening line k (「…行审6⏎号申请执行人…」). Where the label opens, or XNONE. */
size_t x_label_split(const struct xtext *t, int k, const char *const *labels);
/* 「法是代表人韩小军，」: 法定代表人 with its 定 misread, at i. */
int x_rep_label_misread(const struct xtext *t, size_t i);
/* This year, by the clock: dates to come are OCR's misreads. */
int x_this_year(void);
/* Whether p starts with a Chinese numeral (〇 一 … 十, 零, 壹 … 拾). */
int x_cn_numeral(const char *p);
/* The clause (between ，；。：…) and the sentence (between 。；！？) around i,
 * each at most max bytes either way. */
void x_clause(const struct xtext *t, size_t i, size_t max, size_t *a, size_t *b);
void x_sentence(const struct xtext *t, size_t i, size_t max, size_t *a, size_t *b);
/* Stream bounds of line k. */
size_t x_ls(const struct xtext *t, int k);
size_t x_le(const struct xtext *t, int k);
int x_line_of(const struct xtext *t, size_t i);
/* Copy [a, b) of the stream into out (cut at a character boundary). */
void x_copy(const struct xtext *t, size_t a, size_t b, char *out, size_t outlen);
/* Add a fact for stream bytes [a, b): line, span and raw text from there. */
struct fact *x_add(struct xctx *c, const char *field, const char *role, const char *value, size_t a, size_t b,
		   double confidence);
/* A fact of this document with this field, role and value (role or value
 * any when NULL). */
struct fact *x_have(struct xctx *c, const char *field, const char *role, const char *value);
/* Set dst (size n) to src, cut at a character boundary. */
void x_set(char *dst, size_t n, const char *src);
/* Stream position is in the part that gives facts of the body (not the
 * header, not the appendix). */
int x_in_body(const struct xctx *c, size_t i);

/* A party's ID after its label in [a, b) that OCR broke across a line's end
 * or spoiled with look-alike letters, read when its check character then
 * agrees (extract_id.c): into out, 1; else 0. */
int x_broken_id(const struct xtext *t, size_t a, size_t b, char *out, size_t outlen);

/* An ID read whole whose check character disagrees (id, 18 characters):
 * the one change of a character to one OCR confuses it with that makes the
 * check character agree, made in place — 1; none or more than one, 0. */
int x_mend_id(char *id, int person);
/* A city's district misread in one character (温州市麻城区 → 鹿城区), as the
 * court table knows it: 1 when name was mended in place (extract_party.c). */
int x_mend_district(char *name);

/* ---- the parts ---- */
void x_layout(struct xctx *c);
/* Line k without OCR's specks around it (「-执行裁定书.」, 「|法定代表人：…」). */
void x_trimmed(const struct xtext *t, int k, size_t *a, size_t *b);
void x_trim_line(const struct xtext *t, int k, size_t *a, size_t *b);  /* computes what x_trimmed keeps */
void x_kind(struct xctx *c);
/* The document rules on an objection, a review or a 监督 petition: its story
 * is the parties' and the lower court's. By its kind once x_kind has run,
 * before that by its own 案号 (执异, 执复, 执监). */
int x_review_ruling(const struct xctx *c);
void x_court(struct xctx *c);
void x_case_numbers(struct xctx *c);
void x_check_court_case(struct xctx *c);
/* 案号 facts with their number's leading zeros as printed (第00012号):
 * what a reader compares with; linking to a case normalises again. */
void x_case_zeros(struct xctx *c);
void x_cause(struct xctx *c);
void x_parties(struct xctx *c);
void x_judges(struct xctx *c);
void x_amounts(struct xctx *c);
void x_dates(struct xctx *c);
/* A 落款 too garbled for x_dates, read from the shape of the date line (extract_sealdate.c). */
void x_seal_date(struct xctx *c);
void x_measures(struct xctx *c);
void x_items(struct xctx *c);
void x_rounds(struct xctx *c);

/* Shared word lists. */
/* The measure a word at i names (查封, 冻结 …), its length in *len; NULL if none. */
const char *x_measure_at(const struct xtext *t, size_t i, size_t *len);
/* The length of 终结本次执行程序 at i, also said around the case's number; 0 if none. */
size_t x_ends_round(const struct xtext *t, size_t i);
/* Whether the character at p (in the name s) ends a place's name: 省 市 盟
 * 县 区 旗, and 州 after 自治 (瓜州, 杭州: 州 inside a name; extract_case.c). */
int x_place_end(const char *s, const char *p);
/* A court's seat, its last place before 人民法院 (莘县 of 山东省莘县人民法院,
 * 瓜州县 of 甘肃省瓜州县人民法院), into out; 0 when there is none of two
 * characters or more. */
int x_court_seat(const char *court, char *out, size_t outlen);
/* Title endings and court-name shape (extract_layout.c / extract_case.c). */
int x_is_title(const char *s, size_t n);
size_t x_court_name_at(const struct xtext *t, size_t from, size_t to, size_t *start);

#endif
