/* Unit tests of the normalisers: 案号, dates, amounts, ID numbers, names,
 * encodings. The cases are the quirks found in real ledgers and OCR text. */
#include "legal/normalize.h"
#include "util/textenc.h"
#include "tap.h"
#include <stdlib.h>

#include <string.h>

static void case_no(const char *in, const char *want)
{
	char out[160] = "";
	int rc = norm_case_no(in, out, sizeof out, NULL);
	if (want)
		is_str(rc == NORM_OK ? out : "(rejected)", want, "案号 %s", in);
	else
		ok(rc != NORM_OK, "案号 %s is rejected", in);
}

static void test_case_no(void)
{
	case_no("（2023）浙0683执1234号", "（2023）浙0683执1234号");
	case_no("(2023)浙0683执1234号", "（2023）浙0683执1234号");
	case_no("〔2023〕浙0683执1234号", "（2023）浙0683执1234号");
	case_no("[2023]浙0683执1234号", "（2023）浙0683执1234号");
	case_no("【2023】浙0683执1234号", "（2023）浙0683执1234号");
	case_no("（２０２３）浙０６８３执１２３４号", "（2023）浙0683执1234号");
	case_no(" (2023) 浙0683 执 1234 号 ", "（2023）浙0683执1234号");
	case_no("〈2023〉浙O683执l234号", "（2023）浙0683执1234号");
	case_no("（2O23）浙0683执恢39号之二", "（2023）浙0683执恢39号之二");
	case_no("（2021）鲁06执异176号", "（2021）鲁06执异176号");
	case_no("（2020）湘执复244号", "（2020）湘执复244号");
	case_no("（2021）最高法执监344号", "（2021）最高法执监344号");
	case_no("（2023）浙0683民初456号", "（2023）浙0683民初456号");
	case_no("（2023）浙0683执0012号", "（2023）浙0683执12号");
	case_no("(2015)浙绍执字第123号", "（2015）浙绍执字第123号");
	case_no("（2014）南行非审字第35号", "（2014）南行非审字第35号");
	case_no("(2013)浙绍商初字第0456号", "（2013）浙绍商初字第456号");
	case_no("（2012）豫商民初字第7号", "（2012）豫商民初字第7号");
	case_no("(2014)松民二(商)初字第2861号", "（2014）松民二（商）初字第2861号");   /* a tribunal's mark */
	case_no("（2013）沪一中民四（商）终字第12号", "（2013）沪一中民四（商）终字第12号");
	case_no("（2014）松民二(商)(初)字第2861号", NULL);         /* one mark at most */
	case_no("（2014）松民二(商业庭)初字第2861号", NULL);       /* of one or two characters */
	case_no("（2014）(松)民二初字第2861号", NULL);             /* never before the type */
	case_no("（2023.）最高法执监217号", "（2023）最高法执监217号");   /* a speck before the close */
	case_no("（2023..）最高法执监217号", NULL);                      /* one at most */
	case_no("（2022）浙0683行审12号", "（2022）浙0683行审12号");
	case_no("（2021）京73行初3号", "（2021）京73行初3号");
	case_no("（2023）沪7101行非审8号", "（2023）沪7101行非审8号");
	case_no("（2023）浙0683财保21号", "（2023）浙0683财保21号");
	case_no("（2023）浙0683执保9号", "（2023）浙0683执保9号");
	case_no("（2022）浙06民终88号", "（2022）浙06民终88号");
	case_no("（2023）浙0683民特5号", "（2023）浙0683民特5号");
	case_no("（2023）蒙0430执55号", "（2023）内0430执55号");
	case_no("（2023）贵0102执6号", "（2023）黔0102执6号");
	case_no("（2014）南行非审字第0号", NULL);
	case_no("（2014）字第35号", NULL);
	case_no("", NULL);
	case_no("浙0683执1234号", NULL);
	case_no("（2023）浙0683执号", NULL);
	case_no("（2023）浙0683执1234", NULL);
	case_no("（2023）XY0683执1234号", NULL);
	case_no("（2023）浙683执1234号", NULL);
	case_no("（2999）浙0683执1234号", NULL);
	case_no("（2023）浙0683执1234号之", NULL);
	case_no("（2023）浙0683执行案件1234号", NULL);
	struct case_no cn;
	char out[160];
	norm_case_no("（2024）浙0683执恢7号", out, sizeof out, &cn);
	is_int(cn.year, 2024, "parsed year");
	is_str(cn.court, "浙0683", "parsed court code");
	is_str(cn.type, "执恢", "parsed type code");
	is_int(cn.seq, 7, "parsed number");
	norm_case_no("（2014）南行非审字第35号", out, sizeof out, &cn);
	ok(cn.legacy && strcmp(cn.court, "南") == 0 && strcmp(cn.type, "行非审") == 0, "old 案号: court 南, type 行非审");
	norm_case_no("(2014)松民二(商)初字第2861号", out, sizeof out, &cn);
	ok(cn.legacy && strcmp(cn.court, "松") == 0 && strcmp(cn.type, "民二（商）初") == 0,
	   "old 案号 with a tribunal's mark: court 松, type 民二（商）初");
}

static void date(const char *in, int serial, const char *want, int want_rc)
{
	char out[11] = "";
	int rc = norm_date(in, out, serial);
	if (want_rc == NORM_OK)
		is_str(rc == NORM_OK ? out : "(rejected)", want, "date %s", in);
	else
		is_int(rc, want_rc, "date %s is %s", in, want_rc == NORM_IMPOSSIBLE ? "impossible" :
		       want_rc == NORM_EMPTY ? "empty" : "unreadable");
}

static void test_dates(void)
{
	date("2023-05-06", 0, "2023-05-06", NORM_OK);
	date("2023/5/6", 0, "2023-05-06", NORM_OK);
	date("2023.5.6", 0, "2023-05-06", NORM_OK);
	date("2023年5月6日", 0, "2023-05-06", NORM_OK);
	date("2023年05月06日", 0, "2023-05-06", NORM_OK);
	date("20230506", 0, "2023-05-06", NORM_OK);
	date("2023-05-06 00:00:00", 0, "2023-05-06", NORM_OK);
	date("２０２３－０５－０６", 0, "2023-05-06", NORM_OK);
	date("二〇二三年八月二十日", 0, "2023-08-20", NORM_OK);
	date("二○二六年十一月二十二日", 0, "2026-11-22", NORM_OK);
	date("二〇二四年二月二十九日", 0, "2024-02-29", NORM_OK);
	date("45052", 1, "2023-05-06", NORM_OK);
	date("45052.0", 1, "2023-05-06", NORM_OK);
	date("61", 1, "1900-03-01", NORM_OK);
	date("45052", 0, NULL, NORM_BAD);
	date("2023-02-30", 0, NULL, NORM_IMPOSSIBLE);
	date("2023-02-29", 0, NULL, NORM_IMPOSSIBLE);
	date("2024-02-29", 0, "2024-02-29", NORM_OK);
	date("2023年13月1日", 0, NULL, NORM_BAD);
	date("2023-04-31", 0, NULL, NORM_IMPOSSIBLE);
	date("", 0, NULL, NORM_EMPTY);
	date("不详", 1, NULL, NORM_BAD);
	date("2023-5", 0, NULL, NORM_BAD);
	is_int(norm_date_days("1970-01-02"), 1, "days since epoch");
	is_int(norm_date_days("2024-03-01") - norm_date_days("2024-02-28"), 2, "leap-year day count");
	char d[11];
	norm_days_date(norm_date_days("2023-12-31") + 1, d);
	is_str(d, "2024-01-01", "days back to a date");
}

static void amount(const char *in, long long want, int want_rc)
{
	long long fen = -1;
	int rc = norm_amount_fen(in, &fen);
	if (want_rc == NORM_OK)
		is_int(rc == NORM_OK ? fen : -999, want, "amount %s", in);
	else
		is_int(rc, want_rc, "amount %s is %s", in, want_rc == NORM_NEGATIVE ? "negative" :
		       want_rc == NORM_EMPTY ? "empty" : "unreadable");
}

static void test_amounts(void)
{
	amount("1,234.50", 123450, NORM_OK);
	amount("1234.5元", 123450, NORM_OK);
	amount("12.3万元", 12300000, NORM_OK);
	amount("12.3万", 12300000, NORM_OK);
	amount("１，２３４．５０", 123450, NORM_OK);
	amount("￥8,000", 800000, NORM_OK);
	amount("¥ 8000.00 元", 800000, NORM_OK);
	amount("0", 0, NORM_OK);
	amount("0.005", 1, NORM_OK);
	amount("1.2345678万元", 1234568, NORM_OK);
	amount("叁拾伍万陆仟元整", 35600000, NORM_OK);
	amount("人民币壹佰元伍角", 10050, NORM_OK);
	amount("壹万零伍元叁角贰分", 1000532, NORM_OK);
	amount("拾元整", 1000, NORM_OK);
	amount("壹亿贰仟万元", 12000000000LL, NORM_OK);
	amount("-500", 0, NORM_NEGATIVE);
	amount("－500元", 0, NORM_NEGATIVE);
	amount("", 0, NORM_EMPTY);
	amount("约五千", 0, NORM_BAD);
	amount("12.3.4", 0, NORM_BAD);
	amount("abc", 0, NORM_BAD);
	amount("99999999999999999999", 0, NORM_BAD);
	/* issue 12: no arithmetic path may overflow; 10^15 fen is the ceiling */
	amount("一万零八亿亿元", 0, NORM_BAD);
	amount("壹亿亿亿元", 0, NORM_BAD);
	amount("999999999999999亿元", 0, NORM_BAD);
	amount("99999999.99999999亿元", 0, NORM_BAD);
	amount("10000000000000", NORM_MAX_FEN, NORM_OK);
	amount("10000000000000.01", 0, NORM_BAD);
	amount("1000000000万元", NORM_MAX_FEN, NORM_OK);
	amount("一二三四五六七八九一二三四五六七八九", 0, NORM_BAD);
	is_int(norm_cn_integer("九九九九九九九九九九九九九九九九九九九九", strlen("九九九九九九九九九九九九九九九九九九九九")),
	       -1, "20 positional digits: out of range, not overflow");
	is_int(norm_cn_integer("一千万亿", strlen("一千万亿")), 1000000000000000LL, "一千万亿 is the largest");
	{
		/* 1 + 588 commas + 000 was cut to "1,,,…" = 1 元; now refused */
		char big[600];
		memset(big, '0', sizeof big);
		memcpy(big, "1,", 2);
		for (int i = 2; i < 590; i++)
			big[i] = ',';
		memcpy(big + 590, "000", 4);
		amount(big, 0, NORM_BAD);
	}
	is_int(norm_cn_integer("二十一", strlen("二十一")), 21, "二十一");
	is_int(norm_cn_integer("十二", strlen("十二")), 12, "十二");
	is_int(norm_cn_integer("二〇二三", strlen("二〇二三")), 2023, "二〇二三 read digit by digit");
	is_int(norm_cn_integer("叁拾伍万陆仟", strlen("叁拾伍万陆仟")), 356000, "叁拾伍万陆仟");
}

static void test_ids(void)
{
	struct id_info id;
	norm_id("11010519491231002X", &id);
	ok(id.kind == ID_PERSON && id.valid, "valid 身份证号 (X check)");
	is_str(id.birth, "1949-12-31", "birth date from the ID");
	norm_id("11010519491231002x", &id);
	ok(id.kind == ID_PERSON && id.valid, "lower-case x accepted");
	norm_id("110105194912310021", &id);
	ok(id.kind == ID_PERSON && !id.valid, "wrong check character spotted");
	norm_id("34052419800101001X", &id);
	ok(id.kind == ID_PERSON && id.valid, "second vector valid");
	norm_id("１１０１０５１９４９１２３１００２Ｘ", &id);
	ok(id.kind == ID_PERSON && id.valid, "full-width ID accepted");
	norm_id("91350100M000100Y43", &id);
	ok(id.kind == ID_ORG && id.valid, "valid 统一社会信用代码");
	norm_id("91350100M000100Y44", &id);
	ok(id.kind == ID_ORG && !id.valid, "wrong credit-code check character spotted");
	norm_id("110105491231002", &id);
	ok(id.kind == ID_PERSON && id.valid && strcmp(id.norm, "11010519491231002X") == 0,
	   "15-digit ID widened to 18 (%s)", id.norm);
	norm_id("37****19900****6639", &id);
	ok(id.kind == ID_MASKED, "masked ID kept as masked");
	is_int(norm_id("", &id), NORM_EMPTY, "blank ID is empty");
	norm_id("E12345678", &id);
	ok(id.kind == ID_UNKNOWN, "passport-like number is unknown, not a crash");
	is_int(norm_id("张三", &id), NORM_BAD, "a name is not an ID");
	char first17[] = "11010519491231002";
	ok(norm_id18_check_char(first17) == 'X', "check char computed");
	ok(norm_uscc_check_char("91350100M000100Y4") == '3', "USCC check char computed");
}

static int nnames;
static char names[8][64];
static void collect(const char *n, void *arg)
{
	(void)arg;
	if (nnames < 8)
		strcpy(names[nnames++], n);
}

static void test_names(void)
{
	nnames = 0;
	norm_split_names("张三、李四；王五; 嵊州市某某贸易有限公司 , 赵六", collect, NULL);
	is_int(nnames, 5, "five names split on 、；; ,");
	is_str(names[3], "嵊州市某某贸易有限公司", "company name trimmed");
	ok(norm_name_is_org("嵊州市某某贸易有限公司"), "company recognised");
	ok(!norm_name_is_org("张三"), "person not taken for a company");
	ok(norm_name_is_org("嵊州市国土资源局"), "a 局 is an organisation");
	ok(norm_name_is_org("嵊州市鹿山街道某某村民委员会"), "a 委员会 is an organisation");
	ok(!norm_name_is_org("欧阳春"), "a three-character name is a person");
}

static void count_name(const char *name, void *arg)
{
	size_t *len = arg;
	*len = strlen(name);
}

/* A 10 MB name used to come back as its first 341 characters. */
static void test_long_name(void)
{
	size_t n = 3000000, len = 0;
	char *big = malloc(n * 3 + 1);
	for (size_t i = 0; i < n; i++)
		memcpy(big + i * 3, "赵", 3);
	big[n * 3] = '\0';
	norm_split_names(big, count_name, &len);
	is_int((long long)len, (long long)n * 3, "a 9 MB name is passed on whole, not cut at 1 KiB");
	free(big);
}

static void test_encoding(void)
{
	size_t bom;
	const char utf8[] = "\xEF\xBB\xBF案号,立案日期";
	ok(textenc_detect(utf8, sizeof utf8 - 1, &bom) == ENC_UTF8 && bom == 3, "UTF-8 with BOM");
	const char plain[] = "案号,立案日期";
	ok(textenc_detect(plain, sizeof plain - 1, &bom) == ENC_UTF8 && bom == 0, "UTF-8 without BOM");
	const char gbk[] = "\xB0\xB8\xBA\xC5,\xC1\xA2\xB0\xB8";   /* 案号,立案 in GBK */
	ok(textenc_detect(gbk, sizeof gbk - 1, &bom) == ENC_GB18030, "GBK detected as GB18030");
	const char cut[] = "ab\xE6\xA1";   /* 案 cut off at the end of the sample */
	ok(textenc_detect(cut, sizeof cut - 1, &bom) == ENC_UTF8, "UTF-8 cut at sample end still UTF-8");
}

int main(void)
{
	test_case_no();
	test_dates();
	test_amounts();
	test_ids();
	test_names();
	test_long_name();
	test_encoding();
	return tap_done();
}
