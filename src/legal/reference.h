/* reference.h — the reference tables of db/reference, read as data.
 *
 * courts.tsv (code name level province parent_code): courts with their
 * 法院代字; causes.tsv (level code name parent): the official names of the
 * 民事案件案由规定. Both are read once, on first use, from
 * paths_data_file("db/reference/…"); when a file cannot be read the tables
 * are empty and ref_error() says why — callers then check shapes only.
 * Provinces come from the high courts' rows (浙江省高级人民法院 → 浙江省 /
 * 浙江 → 浙), so 内蒙古 gives 内 and 贵州 gives 黔 as the table says.
 * Thread-safe after loading (read-only). */
#ifndef JZ_REFERENCE_H
#define JZ_REFERENCE_H

#include <stddef.h>

/* The 法院代字 of a court named exactly so, or NULL. */
const char *ref_court_code(const char *name);
/* The court of a 法院代字 (浙0683), or NULL when the table lacks it. */
const char *ref_court_name(const char *code);
/* The one court whose name differs from name in 1..maxdiff characters (the
 * same number of them: OCR's misreadings, 温州市庵城区 for 鹿城区), or NULL
 * when none or several do, or name is under 8 characters. */
const char *ref_court_near(const char *name, int maxdiff);
/* A district (or county) of city that OCR misread in one character: city
 * 「长沙市」, district 「岳昔区」 → out 「岳麓区」 (1), when exactly one court of
 * the table sits in such a district of that city and none in district as
 * written; else 0. */
int ref_district_near(const char *city, const char *district, char *out, size_t outlen);
/* A city (宝鸡市, with its 市) of the province whose code is prov_code (陕)
 * that OCR misread in one character: 「军鸡市」 → out 「宝鸡市」 (1), when exactly
 * one city of that province's courts is that near and none is named so;
 * else 0. */
int ref_city_near(const char *prov_code, const char *city, char *out, size_t outlen);
/* Every city of that province's courts one character from city (录州市 →
 * 泉州市, 福州市, 漳州市), up to max of them into out: how many; -1 when a
 * court names city as written. */
int ref_cities_near(const char *prov_code, const char *city, char (*out)[32], int max);
/* 1 when some court of the table is named with place in its name (瓜州县,
 * 长沙市岳麓区): a place that exists. */
int ref_place_known(const char *place);
/* The province code (浙) of a name starting with a province (浙江省…,
 * 浙江…, 上海铁路运输法院 → 沪), or NULL. */
const char *ref_province_code(const char *name);
/* 1 when the len bytes at name are an official 案由 (any level but the
 * eleven 部分 headings). */
int ref_is_cause(const char *name, size_t len);
/* The province code (赣) of the courts whose names hold city (南昌市), when
 * they all agree; NULL otherwise. */
const char *ref_city_province(const char *city);
/* 1 when s starts with a province code (浙, 内 …). */
int ref_is_province_code(const char *s);
/* The level of an official 案由 (2 大类, 3, 4), or 0. */
int ref_cause_level(const char *name);
/* The one official 案由 that differs from name in one character (异款合同纠纷
 * → 借款合同纠纷), or NULL when none or several do. */
const char *ref_cause_near(const char *name);
/* 1 when name ends an official 案由 longer than it (工程监理合同纠纷 of
 * 建设工程监理合同纠纷): a court's shorter way of writing that cause. */
int ref_cause_tail(const char *name);
/* Rows loaded: courts, causes. */
int ref_court_count(void);
int ref_cause_count(void);
/* Why a table is missing ("" when both loaded). */
const char *ref_error(void);

#endif
