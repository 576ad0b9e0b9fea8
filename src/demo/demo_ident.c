/* Invented identities for the demo: a fast PRNG, person and company names,
 * valid 身份证号 and 统一社会信用代码. Nothing here names a real person. */
#include "demo/demo.h"
#include "legal/normalize.h"

#include <stdio.h>
#include <string.h>

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

void demo_rng_seed(struct demo_rng *r, uint64_t seed)
{
	/* splitmix64 expands the seed into the four state words */
	for (int i = 0; i < 4; i++) {
		uint64_t z = (seed += 0x9E3779B97F4A7C15ull);
		z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
		z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
		r->s[i] = z ^ (z >> 31);
	}
}

uint64_t demo_rng_next(struct demo_rng *r)
{
	uint64_t *s = r->s;
	uint64_t out = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
	s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return out;
}

long demo_rng_range(struct demo_rng *r, long lo, long hi)
{
	if (hi <= lo)
		return lo;
	return lo + (long)(demo_rng_next(r) % (uint64_t)(hi - lo + 1));
}

int demo_rng_chance(struct demo_rng *r, double p)
{
	return (double)(demo_rng_next(r) >> 11) * 0x1.0p-53 < p;
}

#define PICK(r, arr) (arr[demo_rng_next(r) % (sizeof arr / sizeof arr[0])])

static const char *const surnames[] = {
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
	"郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
	"彭", "曾", "田", "董", "潘", "袁", "蒋", "蔡", "余", "杜", "叶", "程", "魏", "吕", "丁",
	"沈", "任", "姚", "卢", "钟", "骆", "楼", "俞", "裘", "竺", "商", "钱", "金", "邢", "尹",
};
static const char *const given[] = {
	"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
	"明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "文", "辉", "玲", "红",
	"志", "海", "峰", "燕", "云", "斌", "林", "鹏", "飞", "琴", "波", "宇", "浩", "凯", "晨",
	"俊", "彬", "慧", "婷", "雪", "梅", "鑫", "亮", "佳", "瑞", "春", "东", "荣", "新", "兴",
};
static const char *const towns[] = {
	"嵊州市", "绍兴市", "诸暨市", "新昌县", "绍兴市柯桥区", "绍兴市上虞区", "绍兴市越城区",
};
static const char *const brands[] = {
	"恒昌", "金泰", "鼎越", "瑞丰", "宏达", "永盛", "凯旋", "华越", "信和", "锦程", "天禾",
	"博远", "润安", "泰隆", "嘉禾", "盛景", "合众", "同创", "益丰", "远帆", "德润", "新茂",
	"越秀", "剡溪", "曹娥", "鉴湖", "会稽", "兰亭", "云栖", "汇通", "卓尔", "宸光",
};
static const char *const trades[] = {
	"纺织", "建材", "机械制造", "贸易", "建筑工程", "食品", "电子科技", "物流", "房地产开发",
	"服饰", "汽车销售", "领带", "茶业", "五金", "化工", "家具", "餐饮管理", "装饰工程",
};

void demo_person_name(struct demo_rng *r, char *out, size_t len)
{
	const char *s = PICK(r, surnames), *g1 = PICK(r, given);
	if (demo_rng_chance(r, 0.2))
		snprintf(out, len, "%s%s", s, g1);
	else
		snprintf(out, len, "%s%s%s", s, g1, PICK(r, given));
}

void demo_company_name(struct demo_rng *r, char *out, size_t len)
{
	snprintf(out, len, "%s%s%s有限公司", PICK(r, towns), PICK(r, brands), PICK(r, trades));
}

static const char *const regions[] = {
	"330683", "330602", "330603", "330604", "330624", "330681", "330102", "330106",
	"330203", "330302", "330402", "330502", "330702", "330782", "331002", "341202",
};
enum { NREG = 16 };

static void person_id_parts(const char *region, long days, int seq, char out[19])
{
	char date[11];
	norm_days_date(days, date);
	snprintf(out, 19, "%s%.4s%.2s%.2s%03d", region, date, date + 5, date + 8, seq);
	out[17] = norm_id18_check_char(out);
	out[18] = '\0';
}

void demo_person_id(struct demo_rng *r, int y0, int y1, char out[19])
{
	char lo[11], hi[11];
	snprintf(lo, sizeof lo, "%04d-01-01", y0);
	snprintf(hi, sizeof hi, "%04d-12-31", y1);
	long d = demo_rng_range(r, norm_date_days(lo), norm_date_days(hi));
	person_id_parts(regions[demo_rng_next(r) % NREG], d, (int)demo_rng_range(r, 1, 999), out);
}

/* Distinct k give distinct IDs: k is spread over region × birth day × sequence
 * by a multiplier coprime to the space's size (so the map is a bijection). */
void demo_person_id_seq(long k, char out[19])
{
	const long days = 16790;                    /* 1955-01-01 .. ~2000-12-20 */
	const long n = (long)NREG * days * 999;
	long m = (long)(((unsigned long long)k * 1000003ull) % (unsigned long long)n);
	long base = norm_date_days("1955-01-01");
	person_id_parts(regions[m % NREG], base + (m / NREG) % days, (int)(m / (NREG * days)) + 1,
			out);
}

/* 组织机构代码 (GB 11714) check character over 8 digits. */
static char org_check(const char *d8)
{
	static const int w[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
	int sum = 0;
	for (int i = 0; i < 8; i++)
		sum += (d8[i] - '0') * w[i];
	int c = 11 - sum % 11;
	return c == 10 ? 'X' : c == 11 ? '0' : (char)('0' + c);
}

static void company_id_from(const char *region, long serial, char out[19])
{
	char d8[16], buf[48];
	snprintf(d8, sizeof d8, "%08ld", serial % 100000000L);
	snprintf(buf, sizeof buf, "91%.6s%.8s%c", region, d8, org_check(d8));
	memcpy(out, buf, 17);
	out[17] = norm_uscc_check_char(out);
	out[18] = '\0';
}

void demo_company_id(struct demo_rng *r, char out[19])
{
	company_id_from(regions[demo_rng_next(r) % 6], demo_rng_range(r, 10000000, 99999999), out);
}

void demo_company_id_seq(long k, char out[19])
{
	/* 73939133 is prime, so k -> k*p mod 10^8 is a bijection */
	long serial = (long)(((unsigned long long)k * 73939133ull + 12345678ull) % 100000000ull);
	company_id_from(regions[k % 6], serial, out);
}
