/* extract_id.c — a party's ID that OCR broke: the number after its label
 * read on across the line's end and the specks there, the letters no such
 * number holds read as the digits they look like, and at most one more
 * character mended where that alone makes the check character agree
 * (GB 11643 for 身份号码, GB 32100 for 统一社会信用代码). */
#include "ocr/extract_int.h"

#include <ctype.h>
#include <string.h>

static const char *const LABELS[] = {
	"统一社会信用代码", "社会信用代码", "公民身份号码", "身份证号码", "身份号码", "身份证号", NULL,
};

/* OCR's specks around a broken number: ASCII signs and the marks it reads
 * for dirt (“ ” … | ，。). */
static int speck(const struct xtext *t, size_t p)
{
	unsigned char ch = (unsigned char)t->s[p];
	if (ch < 0x80)
		return ch > ' ' && !isalnum(ch);
	return x_in(t, p, "“”‘’…·，。、｜＿");
}

/* The character ch as read into a number: letters upper-cased, and those
 * no number of the kind holds as the digit they look like. */
static char as_read(char ch, int person)
{
	static const char org_from[] = "OIZS", org_to[] = "0125";
	static const char person_from[] = "ODQUILZSBGT", person_to[] = "00001125867";
	ch = (char)toupper((unsigned char)ch);
	const char *from = person ? person_from : org_from, *to = person ? person_to : org_to;
	const char *m = strchr(from, ch);
	return m ? to[m - from] : ch;
}

static int checks(const char *id, int person)
{
	struct id_info info;
	return norm_id(id, &info) == NORM_OK && info.kind == (person ? ID_PERSON : ID_ORG) && info.valid;
}

/* 「914406053454XXXX0K」: a number the publisher masked fails its check
 * for that, not for a misread character. */
static int masked(const char *id)
{
	return strstr(id, "XXX") || strstr(id, "xxx") || strchr(id, '*');
}

/* One character of id changed to what OCR confuses it with, so that the
 * check character agrees — only when exactly one such change does, and
 * never in a masked number. */
static int mend_one(char *id, int person)
{
	if (masked(id))
		return 0;
	static const char *const pairs[] = { "7T", "8B", "0D", "0Q", "1L", "6G", "4A", "3E", "5F", "EF", "9P", "2Z", NULL };
	char found[20] = "";
	int n = 0;
	for (int i = 0; i < 18 && n < 2; i++) {
		for (int k = 0; pairs[k]; k++) {
			for (int side = 0; side < 2; side++) {
				if (id[i] != pairs[k][side])
					continue;
				char keep = id[i];
				id[i] = pairs[k][!side];
				if (checks(id, person) && strcmp(found, id)) {
					memcpy(found, id, 19);
					n++;
				}
				id[i] = keep;
			}
		}
	}
	if (n != 1)
		return 0;
	memcpy(id, found, 19);
	return 1;
}

/* A code's first eight characters as GB 32100 lays them out: 登记管理部门
 * and 机构类别, then a 行政区划代码 of a province (or 100000, national). */
static int code_shaped(const char *id)
{
	static const char *const provinces[] = { "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
		"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
		"63", "64", "65", NULL };
	if (!strchr("123456789ANY", id[0]) || !strchr("1239", id[1]) || strspn(id + 2, "0123456789") < 6)
		return 0;
	if (!strncmp(id + 2, "100000", 6))
		return 1;
	for (int k = 0; provinces[k]; k++)
		if (!strncmp(id + 2, provinces[k], 2))
			return 1;
	return 0;
}

/* A 统一社会信用代码 read with one character too many (「91310115MAI1HM2N817」:
 * OCR saw the 1 twice): the 18 left when taking out one leaves a number
 * shaped as a code whose check character agrees, only when exactly one
 * such number does. Not for a 身份号码: its check (mod 11) would let a
 * wrong one pass too often. */
static int drop_one(char *id)
{
	if (masked(id))
		return 0;
	char found[19] = "", cand[19];
	int n = 0;
	for (int i = 0; i < 19 && n < 2; i++) {
		memcpy(cand, id, (size_t)i);
		memcpy(cand + i, id + i + 1, (size_t)(18 - i));
		cand[18] = '\0';
		if (code_shaped(cand) && checks(cand, 0) && strcmp(found, cand)) {
			memcpy(found, cand, 19);
			n++;
		}
	}
	if (n != 1)
		return 0;
	memcpy(id, found, 19);
	return 1;
}

int x_broken_id(const struct xtext *t, size_t a, size_t b, char *out, size_t outlen)
{
	size_t at = XNONE, p = XNONE;
	int person = 0;
	for (int k = 0; LABELS[k]; k++) {
		size_t q = x_find(t, a, b, LABELS[k]);
		if (q != XNONE && q < at)
			at = q, p = q + strlen(LABELS[k]), person = k >= 2;
	}
	if (at == XNONE)
		return 0;
	while (p < b && (x_in(t, p, "：:为是") || speck(t, p)))
		p += x_clen(t, p);
	char id[20];
	int n = 0, crossed = 0;
	while (p < b && n < 18 + !person) {
		unsigned char ch = (unsigned char)t->s[p];
		if (ch < 0x80 && isalnum(ch)) {
			id[n++] = as_read((char)ch, person);
			p++;
			continue;
		}
		/* 「…MAOKTW⏎.  Q30U」「35050 |⏎3198307140511」: specks, a line's end, specks */
		size_t q = p;
		for (int k = 0; q < b && k < 8 && speck(t, q) && !(t->fl[q] & XF_BRK); k++)
			q += x_clen(t, q);
		if (crossed || q >= b || !(t->fl[q] & XF_BRK))
			break;
		for (int k = 0; q < b && k < 8 && speck(t, q); k++)
			q += x_clen(t, q);
		if (q >= b || (unsigned char)t->s[q] >= 0x80 || !isalnum((unsigned char)t->s[q]))
			break;
		p = q;
		crossed = 1;
	}
	if (n < 18 || (p < b && (unsigned char)t->s[p] < 0x80 && isalnum((unsigned char)t->s[p])))
		return 0;                 /* 18 characters (19 for a code), not the start of something longer */
	id[n] = '\0';
	if (n == 19 ? !drop_one(id) : !checks(id, person) && !mend_one(id, person))
		return 0;
	x_set(out, outlen, id);
	return 1;
}

int x_mend_id(char *id, int person)
{
	return strlen(id) == 18 && mend_one(id, person);
}
