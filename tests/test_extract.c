/* The fact extractor on text: documents written here from what the law
 * requires each kind to say (终本 rulings under the 2016 终本 rules, notices
 * and orders under 民诉法 第二百五十一/二百五十二条, auction rules, 异议/复议,
 * 保全, 非诉行政执行), in the varied ways courts and OCR write them: labels
 * with and without 「：」, spaced titles and signatures, IDs on the next line,
 * wrapped amounts, 〈〉 and O for 0, statute titles full of measure words,
 * negated measures. Every person, company and number is invented. */
#include "ocr/extract.h"
#include "util/utf8.h"
#include "json_check.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static struct facts f;

static void run(const char *text)
{
	facts_free(&f);
	extract_page(text, 1, &f);
}

/* The first fact of field (and role unless NULL) with value (unless NULL). */
static const struct fact *get(const char *field, const char *role, const char *value)
{
	for (int i = 0; i < f.n; i++)
		if (!strcmp(f.v[i].field, field) && (!role || !strcmp(f.v[i].role, role)) &&
		    (!value || !strcmp(f.v[i].value, value)))
			return &f.v[i];
	return NULL;
}

static const char *val(const char *field, const char *role)
{
	const struct fact *x = get(field, role, NULL);
	return x ? x->value : "(none)";
}

static int count(const char *field, const char *role)
{
	int n = 0;
	for (int i = 0; i < f.n; i++)
		n += !strcmp(f.v[i].field, field) && (!role || !strcmp(f.v[i].role, role));
	return n;
}

/* A measure with this value, negated or not. */
static int measure(const char *m, int negated)
{
	for (int i = 0; i < f.n; i++)
		if (!strcmp(f.v[i].field, "measure") && !strcmp(f.v[i].value, m) && f.v[i].negated == negated)
			return 1;
	return 0;
}

static int json_ok(void)
{
	struct strbuf sb = STRBUF_INIT;
	facts_json(&f, &sb);
	int good = json_valid(sb.buf, sb.len) && utf8_valid(sb.buf, sb.len);
	sb_free(&sb);
	return good;
}

/* 终本: published style, labels without 「：」, spaced title and signature. */
static const char ZB[] =
	"北京市西城区人民法院\n"
	"执 行 裁 定 书\n"
	"（2023）京0102执8841号\n"
	"申请执行人孙立华，女，1979年3月8日出生，汉族，住北京市西城区月坛南街12号。\n"
	"委托诉讼代理人周敏，北京市宏正律师事务所律师。\n"
	"被执行人北京华茂商贸有限公司，住所地北京市西城区阜成门外大街7号，统一社会信用代码91110102MA01C7KT5U。\n"
	"法定代表人韩东，该公司总经理。\n"
	"被执行人韩东，男，1968年11月2日出生，汉族，住北京市海淀区学院路3号，\n"
	"公民身份号码11010819681102003X。\n"
	"申请执行人孙立华与被执行人北京华茂商贸有限公司、韩东买卖合同纠纷一案，本院作出的（2022）京0102民初15532号民事判决书"
	"已经发生法律效力。申请执行人于2023年3月6日向本院申请强制执行，本院于同日立案，执行标的为人民币486,200元及迟延履行"
	"期间的债务利息。案件受理费8,593元由被执行人负担。\n"
	"本院于2023年3月10日向被执行人发出执行通知书、报告财产令。经通过网络执行查控系统查询，被执行人名下无可供执行的车辆、"
	"不动产。本院于2023年4月2日冻结被执行人北京华茂商贸有限公司在中国建设银行股份有限公司北京阜成门支行的账户（账号1105 "
	"0161 3800 0000 1234），冻结金额2,013.56元，已扣划至本院账户。\n"
	"本院对被执行人韩东采取了限制消费措施，并将其纳入失信被执行人名单。\n"
	"本案执行中，已执行到位2,013.56元，尚有484,186.44元未履行。\n"
	"依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条、《最高人民法院关于严格规范终结本次执行"
	"程序的规定（试行）》第一条之规定，裁定如下：\n"
	"终结本次执行程序。\n"
	"申请执行人发现被执行人有可供执行财产的，可以再次申请执行。\n"
	"审 判 长　李　强\n"
	"审 判 员　王晓燕\n"
	"人民陪审员　赵　刚\n"
	"二〇二三年六月二十日\n"
	"书 记 员　陈　丽\n";

static void test_zb(void)
{
	run(ZB);
	is_str(val("kind", NULL), "终本裁定书", "终本: kind from the title and the operative clause");
	is_str(val("court", NULL), "北京市西城区人民法院", "court from the header (in the reference table)");
	is_str(val("case_no", NULL), "（2023）京0102执8841号", "the document's own 案号");
	is_str(val("prior_case_no", "执行依据"), "（2022）京0102民初15532号", "执行依据 案号 with its role");
	is_str(val("cause", NULL), "买卖合同纠纷", "案由 as the 案由规定 names it");
	const struct fact *x = get("party", "申请执行人", "孙立华");
	ok(x && !strcmp(x->party_kind, "person"), "申请执行人 without 「：」, a person");
	x = get("party", "被执行人", "北京华茂商贸有限公司");
	ok(x && !strcmp(x->party_kind, "org") && !strcmp(x->id_no, "91110102MA01C7KT5U"),
	   "被执行人 company with its 统一社会信用代码");
	x = get("party", "被执行人", "韩东");
	ok(x && !strcmp(x->id_no, "11010819681102003X") && x->confidence > 0.8, "身份证号 on the next line, check character right");
	ok(!get("party", NULL, "周敏"), "the 委托诉讼代理人 (a lawyer) is not a party");
	is_str(val("legal_rep", "北京华茂商贸有限公司"), "韩东", "法定代表人 of the company");
	ok(get("amount", "标的", "48620000") != NULL, "执行标的 486,200元 in fen");
	ok(get("amount", "费用", "859300") && !get("amount", "标的", "859300"), "案件受理费 is 费用, not 标的");
	ok(get("amount", "到位", "201356") != NULL, "到位 amount");
	ok(get("amount", "未履行", "48418644") != NULL, "未履行 amount (keyword after the amount)");
	ok(get("date", "通知", "2023-03-10") != NULL, "date of the 执行通知 (发出执行通知书)");
	ok(get("date", "落款", "2023-06-20") != NULL, "落款 date in Chinese numerals");
	ok(!get("date", NULL, "1979-03-08") && !get("date", NULL, "1968-11-02"), "birth dates are not facts");
	ok(get("judge", "审判长", "李强") && get("judge", "审判员", "王晓燕") && get("judge", "人民陪审员", "赵刚"),
	   "judges with spaced labels and names");
	ok(!get("judge", NULL, "陈丽"), "书记员 is not a judge");
	ok(measure("网络查控", 0) && measure("冻结", 0) && measure("限制消费", 0) && measure("失信", 0) &&
	   measure("终结本次执行程序", 0), "measures taken");
	ok(!get("measure", NULL, "查封") && !get("measure", NULL, "扣押"), "no measure from the 《》 statute titles");
	ok(!get("measure", NULL, "恢复执行"), "「可以再次申请执行」 is a right, not a measure");
	x = get("item", "存款", "11050161380000001234");
	ok(x && !strcmp(x->action, "冻结"), "frozen account: number without spaces, action 冻结");
	x = get("case_no", NULL, NULL);
	ok(x && x->page == 1 && x->line == 3 && x->span_start == 0 && !strcmp(x->raw, "（2023）京0102执8841号"),
	   "案号 keeps page, line, span and raw text");
	x = get("judge", "审判长", "李强");
	ok(x && !strcmp(x->raw, "李　强"), "raw text keeps the spacing as written");
	ok(json_ok(), "JSON valid");
}

/* 恢复执行: the body recounts the earlier 终本; IDs on the next line. */
static const char HF[] =
	"浙江省杭州市中级人民法院\n"
	"执行裁定书\n"
	"(2024)浙01执恢56号\n"
	"申请执行人：杭州恒信小额贷款股份有限公司，住所地浙江省杭州市上城区望江东路9号，统一社会信用代码91330105MA2H3N6J8G。\n"
	"法定代表人：钟毅，该公司董事长。\n"
	"被执行人：钱江潮，男，1975年5月5日生，汉族，住浙江省杭州市拱墅区湖墅南路88号，身份证号码：\n"
	"330105197505050018。\n"
	"本院在执行申请执行人杭州恒信小额贷款股份有限公司与被执行人钱江潮小额借款合同纠纷一案中，因未发现被执行人有可供执行的"
	"财产，于2023年9月1日作出（2022）浙01执633号执行裁定，终结本次执行程序。2024年2月19日，申请执行人以发现被执行人名下"
	"有位于杭州市拱墅区湖墅南路88号3幢1单元702室的房产为由，向本院申请恢复执行。\n"
	"本院认为，申请执行人提供了被执行人可供执行的财产线索。依照《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条"
	"规定，裁定如下：\n"
	"恢复本院（2022）浙01执633号案件的执行。\n"
	"审判长 高 远\n"
	"审判员 柳青青\n"
	"二○二四年二月二十六日\n";

static void test_resume(void)
{
	run(HF);
	is_str(val("kind", NULL), "恢复执行裁定书", "a 恢复执行 ruling is not read as 终本");
	is_str(val("case_no", NULL), "（2024）浙01执恢56号", "执恢 案号 with ASCII brackets");
	is_str(val("prior_case_no", "原执行案号"), "（2022）浙01执633号", "原执行案号");
	ok(get("party", "被执行人", "钱江潮") && !strcmp(get("party", "被执行人", "钱江潮")->id_no, "330105197505050018"),
	   "ID after 「身份证号码：」 on the next line");
	ok(measure("恢复执行", 0), "恢复…的执行 is the measure 恢复执行");
	is_str(val("cause", NULL), "小额借款合同纠纷", "a fourth-level 案由");
	is_str(val("date", "落款"), "2024-02-26", "落款 with ○ for 〇");
}

/* 执行异议: 异议人（案外人）, a bureau as party, 负责人, bracketed 执行案号. */
static const char YY[] =
	"江苏省扬州市江都区人民法院\n"
	"执行裁定书\n"
	"（2023）苏1012执异45号\n"
	"异议人（案外人）：扬州市江都区国土资源局，住所地扬州市江都区龙川北路1号。\n"
	"负责人：曹建，该局局长。\n"
	"申请执行人：扬州润邦建材有限公司，住所地扬州市江都区仙女镇工业园，统一社会信用代码91321012MA1R5K7QPA。\n"
	"被执行人：扬州宏远置业有限公司，住所地扬州市江都区文昌东路18号。\n"
	"本院在执行申请执行人扬州润邦建材有限公司与被执行人扬州宏远置业有限公司建设工程施工合同纠纷一案［执行案号（2023）"
	"苏1012执1203号］中，于2023年5月8日查封了被执行人名下坐落于扬州市江都区仙女镇文昌路66号的土地使用权。异议人不服，"
	"向本院提出书面异议，请求解除对上述土地的查封。\n"
	"依照《中华人民共和国民事诉讼法》第二百三十八条规定，裁定如下：\n"
	"驳回扬州市江都区国土资源局的异议。\n"
	"如不服本裁定，可以自本裁定送达之日起十五日内向本院提起诉讼。\n"
	"审　判　长　　蒋文华\n"
	"代理审判员　　于　洋\n"
	"二〇二三年八月十一日\n"
	"法官助理　　李想\n";

static void test_objection(void)
{
	run(YY);
	is_str(val("kind", NULL), "执行异议裁定书", "执行异议裁定书");
	const struct fact *x = get("party", "异议人", "扬州市江都区国土资源局");
	ok(x && !strcmp(x->party_kind, "org"), "国土资源局 is an organisation, role 异议人");
	is_str(val("legal_rep", "扬州市江都区国土资源局"), "曹建", "负责人 as legal_rep");
	is_str(val("prior_case_no", "原执行案号"), "（2023）苏1012执1203号", "执行案号 in ［］");
	ok(get("date", "查封", "2023-05-08") != NULL, "date of a 查封");
	ok(get("judge", "代理审判员", "于洋") != NULL, "代理审判员");
	ok(!get("judge", NULL, "李想"), "法官助理 is not a judge");
	ok(!get("measure", NULL, "解除查封"), "what the objector asks (请求解除…查封) is not a measure");
	x = get("item", "不动产", "扬州市江都区仙女镇文昌路66号");
	ok(x && !strcmp(x->action, "查封"), "坐落 of the seized land, action 查封");
}

/* 非诉行政执行, old 案号 form, spaced 行政裁定书, O for 〇 in the 落款. */
static const char XZ[] =
	"湖南省长沙市岳麓区人民法院\n"
	"行 政 裁 定 书\n"
	"（2014）岳行非审字第35号\n"
	"申请执行人：长沙市岳麓区人力资源和社会保障局。住所地长沙市岳麓区金星中路1号。\n"
	"法定代表人：易文，局长。\n"
	"被执行人：长沙市岳麓区望月湖丰味餐馆，经营者胡小平。\n"
	"申请执行人长沙市岳麓区人力资源和社会保障局于2014年3月3日作出岳人社罚决字〔2014〕12号行政处罚决定，对被执行人处以罚款人民币"
	"20000元。申请执行人于2014年9月1日向本院申请强制执行。\n"
	"本院经审查认为，该行政处罚决定事实清楚。依照《中华人民共和国行政诉讼法》第九十七条之规定，裁定如下：\n"
	"准予强制执行长沙市岳麓区人力资源和社会保障局作出的岳人社罚决字〔2014〕12号行政处罚决定。\n"
	"审判长　唐　敏\n"
	"二O一四年九月二十六日\n";

static void test_admin(void)
{
	run(XZ);
	is_str(val("kind", NULL), "行政非诉执行审查裁定书", "行政非诉执行审查裁定书");
	is_str(val("case_no", NULL), "（2014）岳行非审字第35号", "old 案号 「（2014）岳行非审字第35号」");
	ok(get("party", "申请执行人", "长沙市岳麓区人力资源和社会保障局") &&
	   !strcmp(get("party", "申请执行人", "长沙市岳麓区人力资源和社会保障局")->party_kind, "org"), "a 局 as 申请执行人");
	ok(get("amount", "罚款", "2000000") != NULL, "罚款 amount");
	const struct fact *x = get("date", "落款", "2014-09-26");
	ok(x && x->confidence < 0.9, "落款 with O for 〇: read, with less confidence");
	is_int(count("party", NULL), 2, "a 决字〔2014〕12号 document number and a body sentence make no party");
}

/* 拍卖公告 of a special court; the plate written with 「·」. */
static const char PM[] =
	"上海铁路运输法院\n"
	"拍卖公告（第一次）\n"
	"（2024）沪7101执355号\n"
	"上海铁路运输法院将于2024年7月15日10时至2024年7月16日10时止（延时的除外）在淘宝网司法拍卖网络平台上进行公开拍卖活动，"
	"现公告如下：\n"
	"一、拍卖标的：被执行人上海申通货运有限公司名下的沪A·D7361号重型厢式货车一辆。\n"
	"二、起拍价：人民币186,000元，保证金：人民币18,000元，评估价：人民币265,700元。\n"
	"二〇二四年六月十八日\n";

static void test_auction(void)
{
	run(PM);
	is_str(val("court", NULL), "上海铁路运输法院", "上海铁路运输法院 (not 「…人民法院」)");
	is_str(val("kind", NULL), "拍卖公告", "拍卖公告");
	is_str(val("auction_round", NULL), "1", "first auction, from the title");
	ok(get("amount", "起拍价", "18600000") && get("amount", "保证金", "1800000") && get("amount", "评估价", "26570000"),
	   "起拍价, 保证金, 评估价 after 「：」 labels");
	ok(get("date", "拍卖", "2024-07-15") != NULL, "auction date");
	const struct fact *x = get("item", "车辆", "沪AD7361");
	ok(x && !strcmp(x->action, "拍卖"), "plate without 「·」, action 拍卖");
	ok(get("party", "被执行人", "上海申通货运有限公司") != NULL, "被执行人 named in the body");
	is_str(val("date", "落款"), "2024-06-18", "公告 落款");
	run("北京市海淀区人民法院\n民事裁定书\n（2023）京0108财保41号\n申请人：北京智芯微电子科技有限公司。\n"
	    "申请人请求冻结被申请人银行存款人民币800万元。申请人以保险公司出具的保函提供担保，担保金额为800万元。\n");
	ok(get("amount", "保证金", "800000000") != NULL, "a preservation's 担保金额 is the security given (保证金)");
	run("海南省海口市龙华区人民法院\n民事裁定书\n（2021）琼0106财保11号\n申请人：海南椰岛物流有限公司。\n"
	    "椰岛公司以其向本院交纳的现金人民币陆拾肆万贰仟元整（642,000.00元）作为保证金提供担保。\n");
	ok(get("amount", "保证金", "64200000") && !get("amount", "到位", NULL),
	   "money paid to the court 作为保证金 is the security, not money the enforcement received");
	run("渝B60Q65奥迪牌A4L小型轿车一辆司法要严公告\n受重庆市涪陵区人民法院委托，定于9月7日10：00起至9月12日10：00止对以下标的物"
	    "以互联网竞价方式进行公开整体变卖，公告如下：\n");
	is_str(val("kind", NULL), "拍卖公告", "a 公告 whose 变卖 OCR misread in the title (司法要严公告), the body's 公开整体变卖: a sale's 公告");
	run("杭州凭信科技有限公司：\n本院于2020年08月12日立案执行申请人梁光超申请执行你单位劳动争议仲裁一案。依照《最高人民法院关于限制被执行人"
	    "高消费及有关消费的若干规定》第一条的规定，对你单位采取限制消费措施。\n");
	is_str(val("kind", NULL), "限制消费令", "a notice without its title that restricts its addressee (对你单位采取限制消费措施): a 限制消费令");
	run("吉林省镇赉县人民法院\n行政裁定书\n(2015)镇行非执宇第13号\n申请执行人镇赉县国土资源局。\n");
	ok(get("case_no", NULL, "（2015）镇行非执字第13号") != NULL, "an old-style 案号's 字 misread (镇行非执宇第13号): 字第");
	run("辽宁省新民市人民法院\n拍卖公告“，4广门从己.\n    (2019)辽0181执1620号\n本院定于2019年9月16日10时至2019年9月17日10时止在淘宝网"
	    "司法拍卖网络平台上进行第二次公开拍卖活动，现公告如下：\n一、拍卖标的：被执行人名下的小型轿车一辆。\n二、成交后，买受人应付清成交款。\n");
	ok(!strcmp(val("kind", NULL), "拍卖公告") && get("case_no", NULL, "（2019）辽0181执1620号"),
	   "a whole title opening its line with a seal's specks after a mark (拍卖公告“，4广门从己.), the 案号 below: title and 案号 read");
	run("广东省肇庆市中级人民法院将于2019年5月15日10时至2019年5月16日10时在京东网司法拍卖网络平台上对字画一幅进行公，\n"
	    "：，，开拍卖活动，现就有关的网上拍卖事宜敬告各位竞买人：\n一、本《竞买须知》根据相关法律规定所制订。\n"
	    "二、拍卖成交后，买受人应在五日内付清成交款。\n");
	is_str(val("kind", NULL), "拍卖公告", "…and one printed without its title that names its 《竞买须知》 (公开拍卖 garbled): no 成交确认裁定书");
	run("浙江省杭州市中级人民法院\n执行裁定书\n（2023）浙01执监8号\n申诉人：浙江海晟融资租赁有限公司，住所地浙江省杭州市上城区。\n"
	    "被申诉人：啦州临岚置业有限公司，住所地浙江省杭州市临平区。\n本院认为，杭州临岚公司的主张不能成立。\n");
	ok(get("party", "被申诉人", "杭州临岚置业有限公司") && !get("party", NULL, "啦州临岚置业有限公司"),
	   "an organisation's opening place misread in its first character (啦州): the one place the document names more often (杭州)");
	run("浙江省温州市鹿城区人民法院\n执行通知书\n（2024）浙0302执88号\n瓯江恒达建设有限公司：\n本院受理的申请执行人温州某某公司与你单位纠纷一案。\n");
	ok(get("party", "被执行人", "瓯江恒达建设有限公司") != NULL, "…but not a name of its own (瓯江, a river) the document names as often as the place (浙江)");
}

/* 执行通知书: the addressee line, warnings that are not measures. */
static const char TZ[] =
	"广东省深圳市宝安区人民法院\n"
	"执行通知书\n"
	"（2025）粤0306执1877号\n"
	"黎志强：\n"
	"申请执行人深圳市鹏城建筑劳务有限公司与你劳务合同纠纷一案，本院作出的（2024）粤0306民初20917号民事判决书已经发生法律效力。"
	"申请执行人于2025年2月10日向本院申请执行，本院于2025年2月12日立案执行。责令你自收到本通知之日起立即履行下列义务：\n"
	"一、向申请执行人支付劳务费人民币68,500元及逾期付款利息；\n"
	"二、负担案件受理费1,512元、申请执行费985元。\n"
	"逾期不履行的，本院将依法强制执行，并可对你采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。\n"
	"联系人：执行员　钟　鸣\n"
	"二〇二五年二月十三日\n";

static void test_notice(void)
{
	run(TZ);
	is_str(val("kind", NULL), "执行通知书", "执行通知书");
	ok(get("party", "被执行人", "黎志强") != NULL, "the addressee of a notice is the 被执行人");
	ok(get("date", "立案", "2025-02-12") != NULL, "立案 date (于…立案执行)");
	ok(get("amount", "本金", "6850000") != NULL, "劳务费 is the principal");
	ok(get("amount", "费用", "98500") != NULL, "申请执行费 is 费用");
	is_int(count("measure", NULL), 0, "the warning (逾期不履行的…可对你采取…) is not a measure");
	ok(get("judge", "执行员", "钟鸣") != NULL, "执行员 after 「联系人：」");
}

/* 成交确认: 不动产权证号, 买受人, 成交价, round 2, 解除查封. */
static const char CJ[] =
	"浙江省绍兴市柯桥区人民法院\n"
	"执行裁定书\n"
	"（2024）浙0603执2310号之一\n"
	"申请执行人：绍兴柯桥纺城布业有限公司。\n"
	"被执行人：孟建峰，男，1981年6月16日出生，汉族，住绍兴市柯桥区华舍街道。\n"
	"本院依法拍卖了被执行人孟建峰名下位于绍兴市柯桥区华舍街道蜀阜村12号的房屋（不动产权证号：浙(2019)绍兴市柯桥区不动产权"
	"第0051234号）。该房产经第二次拍卖，由买受人沈佳怡以最高价人民币1,326,000元竞得，买受人已于2024年10月9日将全部成交款"
	"交付本院。\n"
	"依照《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第二十条之规定，裁定如下：\n"
	"一、被执行人孟建峰名下位于绍兴市柯桥区华舍街道蜀阜村12号的房屋所有权归买受人沈佳怡所有。\n"
	"二、解除对上述房产的查封。\n"
	"审判员　俞佳\n"
	"二〇二四年十月二十一日\n";

static void test_sale(void)
{
	run(CJ);
	is_str(val("kind", NULL), "成交确认裁定书", "成交确认裁定书");
	is_str(val("case_no", NULL), "（2024）浙0603执2310号之一", "案号 with 之一");
	ok(get("party", "买受人", "沈佳怡") != NULL, "买受人");
	ok(get("amount", "成交价", "132600000") != NULL, "成交价 (以最高价…竞得)");
	is_str(val("auction_round", NULL), "2", "second auction");
	const struct fact *x = get("item", "不动产", NULL);
	ok(x && !strcmp(x->value, "浙（2019）绍兴市柯桥区不动产权第0051234号") && !strcmp(x->action, "拍卖"),
	   "不动产权证号 (full-width brackets), action 拍卖");
	is_int(count("item", NULL), 1, "the same house is one item");
	ok(measure("解除查封", 0), "解除对…的查封 is 解除查封");
	ok(get("date", "到账", "2024-10-09") != NULL, "成交款 date");
}

/* 查封裁定: everything seized in the operative clause. */
static const char CF[] =
	"重庆市渝北区人民法院\n"
	"执行裁定书\n"
	"（2024）渝0112执1456号\n"
	"申请执行人：重庆两江融资担保有限公司。\n"
	"被执行人：重庆星河汽车零部件有限公司。\n"
	"被执行人：罗嘉明，男，1983年4月17日出生，住重庆市渝北区。\n"
	"依照《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条之规定，裁定如下：\n"
	"一、查封被执行人罗嘉明名下位于重庆市渝北区龙溪街道金龙路18号2幢17-3的房屋（不动产权证号：渝（2018）渝北区不动产权第"
	"000781234号），查封期限为三年。\n"
	"二、冻结被执行人罗嘉明持有的重庆星河汽车零部件有限公司35%的股权。\n"
	"三、扣押被执行人重庆星河汽车零部件有限公司所有的渝A 3K9D2号小型轿车一辆。\n"
	"四、续行查封被执行人名下位于重庆市渝北区双凤桥街道空港大道99号的商铺。\n"
	"审判员　万　里\n"
	"二〇二四年五月二十日\n";

static void test_seizure(void)
{
	run(CF);
	is_str(val("kind", NULL), "查封裁定书", "查封裁定书 (the first measure of the operative clause)");
	const struct fact *x = get("item", "股权", NULL);
	ok(x && !strcmp(x->value, "重庆星河汽车零部件有限公司 35%") && !strcmp(x->action, "冻结"), "股权 「公司 NN%%」, 冻结");
	x = get("item", "车辆", NULL);
	ok(x && !strcmp(x->value, "渝A3K9D2") && !strcmp(x->action, "扣押"), "plate with a space, 扣押");
	x = get("item", "不动产", "渝（2018）渝北区不动产权第000781234号");
	ok(x && !strcmp(x->action, "查封"), "不动产权证号 of the seized house");
	x = get("item", "不动产", "重庆市渝北区双凤桥街道空港大道99号");
	ok(x && !strcmp(x->action, "续行查封"), "续行查封 of a 商铺 by its 坐落");
	ok(measure("续行查封", 0) && measure("扣押", 0) && measure("冻结", 0), "续行查封, 扣押, 冻结");
}

/* Negation scoped to its clause. */
static const char NEG[] =
	"四川省成都市武侯区人民法院\n"
	"执行裁定书\n"
	"（2024）川0107执4410号\n"
	"申请执行人：成都蓉锦物业服务有限公司。\n"
	"被执行人：马晓东，男。\n"
	"本院在执行中，经网络查控系统查询，被执行人名下有存款1,250.33元，本院已予扣划。因被执行人已与申请执行人达成部分履行计划，"
	"本院未将其纳入失信被执行人名单，也没有对其采取限制消费措施。被执行人名下车辆已被其他法院查封，本院尚未解除查封。\n"
	"裁定如下：\n"
	"终结本次执行程序。\n"
	"审判员　程　杰\n"
	"二〇二四年九月二日\n";

static void test_negation(void)
{
	run(NEG);
	ok(measure("失信", 1) && !measure("失信", 0), "「本院未将其纳入失信被执行人名单」: 失信 negated");
	ok(measure("限制消费", 1) && !measure("限制消费", 0), "「没有对其采取限制消费措施」: negated");
	ok(measure("解除查封", 1), "「尚未解除查封」: 解除查封 negated");
	ok(measure("查封", 0), "a negation in another clause does not reach 查封");
	ok(measure("网络查控", 0), "网络查控 taken");
	ok(json_ok(), "JSON with negated measures valid");
}

/* 财产保全 in a 民初 case: 申请人/被申请人. */
static const char BQ[] =
	"福建省厦门市思明区人民法院\n"
	"民 事 裁 定 书\n"
	"（2024）闽0203民初8812号之一\n"
	"申请人：厦门鹭岛电子科技有限公司，住所地厦门市思明区莲前西路200号。\n"
	"被申请人：林志远，男，1985年1月1日出生，汉族，住厦门市湖里区，公民身份号码35020319850101001X。\n"
	"申请人厦门鹭岛电子科技有限公司与被申请人林志远买卖合同纠纷一案，申请人于2024年6月3日向本院提出财产保全申请。\n"
	"裁定如下：\n"
	"冻结被申请人林志远名下银行存款人民币320,000元或查封、扣押其相应价值的财产。\n"
	"案件申请费2,120元，由申请人负担。\n"
	"审判员　黄　婷\n"
	"二〇二四年六月四日\n";

static void test_preservation(void)
{
	run(BQ);
	is_str(val("kind", NULL), "财产保全裁定书", "财产保全裁定书");
	ok(get("party", "申请人", "厦门鹭岛电子科技有限公司") && get("party", "被申请人", "林志远"), "申请人 and 被申请人");
	ok(get("amount", "费用", "212000") != NULL, "申请费 is 费用");
	ok(!get("item", "存款", NULL), "「名下银行存款」 names no bank or account");
}

static void test_kinds(void)
{
	run("河南省郑州市金水区人民法院\n执行裁定书\n（2023）豫0105执6620号\n被执行人：郑州恒达建材销售有限公司。\n"
	    "本院在执行中，被执行人已于2023年11月20日被依法宣告破产。裁定如下：\n终结本院（2023）豫0105执6620号案件的执行。\n"
	    "审判员　任　杰\n二〇二三年十二月一日\n");
	is_str(val("kind", NULL), "终结执行裁定书", "终结执行 is not 终结本次执行程序");
	ok(!get("measure", NULL, "终结本次执行程序"), "no 终本 measure in a 终结执行 ruling");
	run("山东省青岛市市南区人民法院\n案款发放通知书\n（2024）鲁0202执991号\n青岛海韵渔具有限公司：\n"
	    "你单位与被执行人王海鹏买卖合同纠纷一案，本院已执行到位案款人民币45,600元，于2024年8月6日到账。现将案款人民币45,600元"
	    "发放给你单位。\n执行员　姜　涛\n二〇二四年八月九日\n");
	is_str(val("kind", NULL), "案款发放通知书", "案款发放通知书");
	ok(get("party", "申请执行人", "青岛海韵渔具有限公司") && get("amount", "发放", "4560000") &&
	   get("date", "到账", "2024-08-06"), "payout: the addressee is the 申请执行人; 发放 amount; 到账 date");
	run("广东省高级人民法院\n执行裁定书\n（2023）粤执复612号\n复议申请人（异议人）：广州南沙港湾贸易有限公司。\n"
	    "复议申请人不服广东省广州市中级人民法院（2023）粤01执异288号执行裁定，向本院申请复议。\n裁定如下：\n驳回复议申请。\n"
	    "审　判　长　　欧阳建国\n二〇二三年十一月三十日\n");
	ok(!strcmp(val("kind", NULL), "执行复议裁定书") && get("party", "复议申请人", "广州南沙港湾贸易有限公司") &&
	   get("prior_case_no", "异议案号", "（2023）粤01执异288号"), "执行复议: 复议申请人, 异议案号");
	ok(get("judge", "审判长", "欧阳建国") != NULL, "a four-character name (compound surname)");
	run("江西省南昌市东湖区人民法院\n报告财产令\n（2024）赣0102执2208号\n被申请执行人：南昌洪都汽车配件有限公司\n"
	    "责令你单位在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。\n二〇二四年三月十八日\n");
	ok(!strcmp(val("kind", NULL), "报告财产令") && get("party", "被执行人", "南昌洪都汽车配件有限公司") &&
	   !get("party", "申请执行人", NULL), "报告财产令; 被申请执行人 is 被执行人, never 申请执行人");
	run("湖南省长沙市天心区人民法院\nas |：地：千财关令、8人3 -\n（2024）湘0103执2871号\n长沙湘韵装饰工程有限公司：\n"
	    "本院受理的申请执行人谭小军与你单位追索劳动报酬纠纷一案。本院于2024年3月20日向你单位送达了执行通知书。依照《最高人民法院关于"
	    "民事执行中财产调查若干问题的规定》，责令你单位在收到本，\n，，，，念后五日内，如实向本院书面报告当前的财产情况。本院已查封你单位的车辆。\n");
	ok(!strcmp(val("kind", NULL), "报告财产令"),
	   "an order to its addressee whose title OCR lost, 本令 garbled too: 责令你单位…如实向本院…报告…财产 a 报告财产令");
	run("北京知识产权法院\n限制消费令\n（2024）京73执118号\n北京云图数码科技有限公司：\n"
	    "本院于2024年3月1日立案执行申请执行人上海墨香文化传播有限公司申请执行你单位侵害作品信息网络传播权纠纷一案。依照《最高人民法院"
	    "关于限制被执行人高消费及有关消费的若干规定》第一条的规定，对你单位采取限制消费措施。\n二〇二四年四月二日\n");
	ok(!strcmp(val("kind", NULL), "限制消费令") && !strcmp(val("court", NULL), "北京知识产权法院") &&
	   measure("限制消费", 0), "北京知识产权法院 限制消费令 (若干规定 is no condition)");
	run("云南省昆明市五华区人民法院\n拘 留 决 定 书\n（2024）云0102执1633号之二\n"
	    "被执行人段文彬拒不报告财产情况。依照《中华人民共和国民事诉讼法》第一百一十八条之规定，决定如下：\n对段文彬拘留十五日。\n"
	    "执行员　尹　东\n二〇二四年四月十一日\n");
	ok(!strcmp(val("kind", NULL), "拘留决定书") && measure("拘留", 0), "拘留决定书 and 拘留");
	run("决定书\n（2024）浙0683执55号\n被执行人：嵊州市百盛五金有限公司。\n决定如下：\n对被执行人嵊州市百盛五金有限公司罚款人民币"
	    "五万元。\n二〇二四年一月五日\n");
	ok(!strcmp(val("kind", NULL), "罚款决定书") && get("amount", "罚款", "5000000"), "罚款决定书 from the operative clause");
	run("安徽省合肥市蜀山区人民法院\n决 定 书\n（2023）皖0104执3321号\n被执行人：合肥宏宇装饰工程有限公司。\n"
	    "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条之规定，决定如下：\n"
	    "将合肥宏宇装饰工程有限公司纳入失信被执行人名单。\n二〇二三年七月三日\n");
	ok(!strcmp(val("kind", NULL), "失信决定书") && measure("失信", 0), "失信决定书");
	run("浙江省宁波市鄞州区人民法院\n变卖公告\n（2024）浙0212执3301号\n本院定于2024年9月2日10时至2024年11月1日10时止在人民法院"
	    "诉讼资产网对被执行人名下位于宁波市鄞州区首南街道天童南路1号的商铺进行公开变卖，变卖价为人民币1,680,000元。\n"
	    "二〇二四年八月十五日\n");
	ok(!strcmp(val("auction_round", NULL), "变卖") && measure("变卖", 0), "变卖公告: round 变卖");
	run("浙江省宁波市鄞州区人民法院\n拍卖公告\n（2024）浙0212执3302号\n被执行人名下位于宁波市鄞州区钟公庙街道的住宅于2024年6月1日"
	    "第一次拍卖流拍。本院定于2024年7月10日10时起在淘宝网司法拍卖网络平台进行第二次拍卖，起拍价为人民币1,200,000元。\n"
	    "二〇二四年六月二十日\n");
	ok(!strcmp(val("auction_round", NULL), "2") && count("auction_round", NULL) == 1,
	   "an announcement of the second auction that tells of the first: its own round, 2, only");
	run("浙江省宁波市鄞州区人民法院\n执行裁定书\n（2024）浙0212执3303号\n被执行人：宁波恒川贸易有限公司。\n"
	    "本院查封的被执行人名下厂房经第一次拍卖、第二次拍卖均流拍，申请执行人不同意以物抵债。\n"
	    "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下：\n"
	    "终结本次执行程序。\n审判员　李　强\n二〇二四年九月二日\n");
	is_int(count("auction_round", NULL), 0, "a 终本 ruling that tells of two auctions has no round of its own");
	run("浙江省宁波市鄞州区人民法院\n执行裁定书\n（2024）浙0212执异55号\n异议人（被执行人）：宁波恒川贸易有限公司。\n"
	    "异议人称，其厂房从未进行评估即被拍卖。\n本院查明，本院于2024年3月5日委托宁波正信评估有限公司对该厂房进行评估，"
	    "评估价为3,200,000元。\n依照《中华人民共和国民事诉讼法》第二百三十六条之规定，裁定如下：\n驳回异议人的异议请求。\n"
	    "审判长　李　强\n二〇二四年九月二日\n");
	ok(measure("评估", 0) && !measure("评估", 1),
	   "评估 the court did, and a party says it did not: one fact, not negated");
	run("执行裁定书\n（2024）浙0683执77号\n被执行人：嵊州市金刚机械有限公司。\n裁定如下：\n"
	    "扣押被执行人嵊州市金刚机械有限公司所有的数控机床三台。\n审判员　张　伟\n");
	ok(!strcmp(val("kind", NULL), "扣押裁定书") && get("item", "其他", "数控机床三台"), "扣押裁定书, other property");
	run("执行裁定书\n（2024）浙0683执78号\n裁定如下：\n冻结被执行人在中国农业银行股份有限公司嵊州支行账号"
	    "6228480012345678901的存款。\n");
	ok(!strcmp(val("kind", NULL), "冻结裁定书") && get("item", "存款", "6228480012345678901"), "冻结裁定书, account");
}

/* Parties and roles across documents: 案外人, 第三人, 保全案号, 利息, 生效. */
static void test_roles(void)
{
	run("陕西省西安市雁塔区人民法院\n执行裁定书\n（2024）陕0113执4012号\n申请执行人：西安曲江文旅置业有限公司。\n"
	    "被申请执行人：李卫国，男，1970年2月3日出生。\n案外人：西安秦川机械厂。\n第三人：王秀兰，女，1972年8月8日出生。\n"
	    "该判决于2023年12月1日发生法律效力。本院于2024年3月20日作出（2024）陕0113执保16号裁定，已冻结被执行人李卫国名下存款。"
	    "执行标的为借款本金人民币500,000元、利息人民币36,250元。\n裁定如下：\n冻结被执行人李卫国在中国工商银行股份有限公司西安雁塔"
	    "支行的存款人民币10,000元。\n审判员　白　雪\n二〇二四年四月八日\n");
	ok(get("party", "被执行人", "李卫国") && !get("party", "申请执行人", "李卫国"), "被申请执行人 → 被执行人");
	ok(get("party", "案外人", "西安秦川机械厂") && get("party", "第三人", "王秀兰"), "案外人 and 第三人");
	is_str(get("party", "案外人", NULL) ? get("party", "案外人", NULL)->party_kind : "", "org", "a 厂 is an organisation");
	is_str(val("prior_case_no", "保全案号"), "（2024）陕0113执保16号", "保全案号");
	ok(get("amount", "本金", "50000000") && get("amount", "利息", "3625000"), "本金 and 利息 in one clause");
	ok(get("date", "生效", "2023-12-01") != NULL, "生效 date");
	const struct fact *x = get("item", "存款", "中国工商银行股份有限公司西安雁塔支行");
	ok(x && x->fen == 1000000 && !strcmp(x->action, "冻结"), "deposit named by its bank, with the amount");
	run("杭州市西湖区人民法院\n执行裁定书\n（2024）浙0106执77号\n申请执行人：李四。\n"
	    "被执行人：杭州西湖区张三便利店（个体工商户），住所地杭州市西湖区文三路1号。\n经营者：张三，男，1975年3月2日出生。\n"
	    "被执行人：杭州青禾文具商行（个人独资企业）。\n投资人：王五。\n本院认为。\n");
	ok(get("legal_rep", "杭州西湖区张三便利店", "张三") && get("legal_rep", "杭州青禾文具商行", "王五") &&
	   !get("party", NULL, "张三"), "a 字号's 经营者 (民诉法解释 第五十九条) and a 个人独资企业's 投资人 answer for it, as a 法定代表人");
}

/* OCR: 〈〉 and O for 0 in the 案号, wrapped amount and date, spaced names. */
static const char OCR[] =
	"浙江省嵊州市人民法院\n"
	"执 行 裁 定 书\n"
	"〈2024〉浙0683执1O1号\n"
	"申请执行人：钱晓明，男，公民身份号码\n"
	"330683198507120017。\n"
	"被执行人：嵊州市恒昌纺织有限公司，统一社会信用代码91330683MA2BCD1232。\n"
	"本院依法查封了被执行人名下位于嵊州市鹿山街道鹿山路8号1幢502室的房产，评估价为\n"
	"80万元。执行标的为叁拾伍万陆仟元\n"
	"整。本院于2024年1月1\n"
	"0日立案执行。\n"
	"审 判 员　俞 晓 峰\n"
	"二0二四年四月九日\n";

static void test_ocr(void)
{
	run(OCR);
	const struct fact *x = get("case_no", NULL, NULL);
	ok(x && !strcmp(x->value, "（2024）浙0683执101号") && !strcmp(x->raw, "〈2024〉浙0683执1O1号"),
	   "案号 with 〈〉 and O for 0, raw as written");
	ok(get("amount", "标的", "35600000") != NULL, "大写 amount cut by a line break");
	ok(get("amount", "评估价", "80000000") != NULL, "评估价 cut by a line break");
	x = get("date", "立案", "2024-01-10");
	ok(x && x->line == 9, "date cut by a line break, on the line where it starts");
	ok(get("date", "落款", "2024-04-09") != NULL, "落款 with 0 for 〇");
	ok(get("judge", "审判员", "俞晓峰") != NULL, "name spaced per character");
	x = get("party", "申请执行人", "钱晓明");
	ok(x && !strcmp(x->id_no, "330683198507120017") && x->confidence > 0.8, "ID on the next line");
	x = get("item", "不动产", NULL);
	ok(x && x->fen == 80000000, "the seized house with its value");
	/* what Tesseract made of a speckled scan */
	run("HL UR TH A BA be\n-执行裁定书.\n(2024) 浙0683执101号，          ，\n申请执行人，钱晓明，男。\n被执行人;嵊州市恒昌纺织有限公司。\n"
	    "本院于2024年]月10目立案执行。\n终结本次执行各\n审判员。俞晓峰\n二O〇二四年四月九日\n");
	ok(!strcmp(val("case_no", NULL), "（2024）浙0683执101号") && !strcmp(val("kind", NULL), "终本裁定书"),
	   "junk around the title and the 案号 line");
	ok(get("party", "申请执行人", "钱晓明") && get("party", "被执行人", "嵊州市恒昌纺织有限公司"), "「，」 and 「;」 read for 「：」");
	ok(get("date", "立案", "2024-01-10") && get("judge", "审判员", "俞晓峰"), "]月 and 目 for 1月 and 日; 「。」 after 审判员");
	ok(get("date", "落款", "2024-04-09") != NULL, "a zero read twice in the year (二O〇二四)");
	run("浙江省嵊州市人民法院 执行裁定书 （2024）浙0683执102号\n被执行人：张三，男，1980年1月1日出生，汉族，\n"
	    "住浙江省嵊州市鹿山街道，\n公民身份号码 3306 8319 8001 0100 13。\n本院执行标的为100 000元。\n裁定如下：\n"
	    "终结本次执行程序。\n");
	ok(!strcmp(val("kind", NULL), "终本裁定书") && !strcmp(val("case_no", NULL), "（2024）浙0683执102号"),
	   "court, title and 案号 on one line");
	x = get("party", "被执行人", "张三");
	ok(x && !strcmp(x->id_no, "330683198001010013") && x->confidence > 0.8, "an ID two lines down, its digits spaced by OCR");
	ok(get("amount", "标的", "10000000") != NULL, "an amount with a space between its digits");
	run("执行裁定书\n案由：借贷纠纷\n");
	ok(get("cause", NULL, "借贷纠纷") && get("cause", NULL, NULL)->confidence < 0.6, "an unofficial 案由 after 「案由：」, less sure");
	run("执行裁定书\n申请执行人：钱晓明，公民身份号码330683198507120013。\n");
	x = get("party", "申请执行人", "钱晓明");
	ok(x && x->confidence < 0.7, "an ID with a wrong check character lowers the confidence");
}

static void test_courts(void)
{
	const struct fact *c0;
	ok(utf8_diff("长沙市岳麓区", "长沙市岳昔区") == 1 && utf8_diff("岳麓区", "岳麓区") == 0 && utf8_diff("岳麓", "岳麓区") == -1 &&
	   utf8_diff("a区", "b区") == 1, "utf8_diff counts the characters that differ between names of one length");
	ok(utf8_one_more("金间融信人小额", "金间融信小额") && utf8_one_more("金间融信小额", "金间融信小额x") &&
	   utf8_one_more("a", "") && !utf8_one_more("金间融信小额", "金间融信小额") && !utf8_one_more("甲乙丙", "甲丁乙戊"),
	   "utf8_one_more: one character put in or taken out, anywhere");
	ok(utf8_edits("云南省昆明市官渡区人民法院", "到二省有市守计区人民法院") == 6 && utf8_edits("", "甲乙") == 2 &&
	   utf8_edits("甲乙丙", "甲乙丙") == 0 && utf8_edits("kitten", "sitting") == 3 &&
	   utf8_edits("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五", "") == -1,
	   "utf8_edits: characters put in, taken out or changed; -1 past 64 characters");
	run("到二省有市守计区人民法院\n执行裁定书\n（2024）云0111执9127号\n申请执行人：昆明雅筑装饰工程有限公司。\n被执行人：杨某。\n");
	const struct fact *ct = get("court", NULL, "云南省昆明市官渡区人民法院");
	ok(ct && ct->confidence < 0.7, "a court name OCR garbled past reading: the 案号's own court, less sure");
	run("云南省昆明市五华区人民法院\n执行裁定书\n（2024）云0111执9127号\n申请执行人：昆明雅筑装饰工程有限公司。\n被执行人：杨某。\n");
	ok(get("court", NULL, "云南省昆明市五华区人民法院") != NULL, "a court of the table read whole stays, whatever the 案号 says");
	run("广西壮族自治区南宁市青秀区人民法院\n执行裁定书\n（2020）桂0103执恢88号\n"
	    "申请执行人黄某与被执行人南宁某某建筑劳务有限公司追索荔动报酬纠纷一案，本院（2019）桂0103民初4512号民事判决已发生法律效力。\n");
	ok(get("cause", NULL, "追索劳动报酬纠纷") != NULL, "「追索荔动报酬纠纷一案」: one character from one official cause");
	run("甘肃省武山县人民法院\n执行裁定书\n（2020）甘0524执100号\n"
	    "本院在执行申请执行人马永福与被执行人武山县恒达劳务有限责任公司劳务合同纪纷_案中，本院查明。\n");
	ok(get("cause", NULL, "劳务合同纠纷") != NULL, "…纠纷 read as 纪纷 and its 一 as a speck (劳务合同纪纷_案): the cause");
	run("某某县人民法院\n执行裁定书\n（2020）甘0524执101号\n本院在执行中查明，被执行人的纪纷一事已调解。\n");
	ok(!get("cause", NULL, NULL), "…not a word before 纷一 that is no cause near one");
	run("执行裁定书\n（2022）沪74执113号\n本院在执行申请执行人上海某某公司与被执行人江苏某某公司融资租赁和同纠纷一寄中。\n");
	ok(get("cause", NULL, "融资租赁合同纠纷") != NULL, "…和同纠纷一寄 (一案 misread too): still the cause");
	run("执行裁定书\n（2022）冀0102执13号\n本院在执行申请执行人某银行与被执行人李某某、沈某金融和借款合同纠纷一案中。\n");
	is_str(val("cause", NULL), "金融借款合同纠纷", "a speck read inside the cause (金融和借款合同纠纷): the whole cause, not 借款合同纠纷");
	run("执行裁定书\n（2022）冀0102执14号\n本院在执行申请执行人张三与被执行人王五和借款合同纠纷一案中。\n");
	is_str(val("cause", NULL), "借款合同纠纷", "…but a name before 和 makes no cause of its own");
	run("执行裁定书\n（2024）豫0103执88号\n本院在执行申请执行人某公司与被执行人王海涛、常丽娜小额借坎合同纠纷一案中查明。\n");
	is_str(val("cause", NULL), "小额借款合同纠纷", "a character misread before the 大类 (小额借坎合同纠纷): the longest official cause that near");
	run("执行裁定书\n（2024）陕0102执88号\n申请执行人西安长乐坊商贸有限公司与被执行人郑某某股权元\n转让纠纷一案，本院于2022年5月30日作出民事判决。\n");
	is_str(val("cause", NULL), "股权转让纠纷", "a speck read at the end of the line a cause wrapped over (股权元⏎转让纠纷): the cause without it");
	run("执行裁定书\n（2022）沪74执112号\n本院在执行申请执行人上海某某公司与被执行人江苏某某公司融资租赁和同纠纷一案中。\n");
	ok(get("cause", NULL, "融资租赁合同纠纷") != NULL,
	   "「融资租赁和同纠纷一案」: one character from 融资租赁合同纠纷, which the 案由规定 lists at two levels — one cause, "
	   "not two to choose between");
	run("上海金融法院\n执行裁定书\n（2023）沪74执复36号\n申请执行人宏远公司与被执行人锦程公司某某之间纠纷一案。\n");
	ok(!get("cause", NULL, NULL), "but a run no official cause is one character from gives none");
	run("海南省海口市美兰区人民法院\n执行裁定书\n（2023）琼0108执恢12号\n"
	    "被执行人在另案(2022)琼0106执3911号案件中被冻结的款项，本院(2024)琼0108执5520号等三案已终结本次执行程序。"
	    "本院以（2020）琼0108执4981号立案执行。\n");
	ok(get("prior_case_no", "其他", "（2022）琼0106执3911号") && get("prior_case_no", "其他", "（2024）琼0108执5520号") &&
	   get("prior_case_no", "原执行案号", "（2020）琼0108执4981号"),
	   "「另案…执3911号」「…执5520号等三案」: other cases, not the one enforced");
	run("甘肃省武山县人民法院\n执行裁定书\n（2020）甘0524执88号\n申请执行人马永福。\n被执行人武山县恒达劳务有限责任公司，住所地武山县。\n"
	    "法是代表人韩小军，该公司经理。\n");
	ok(get("legal_rep", "武山县恒达劳务有限责任公司", "韩小军") != NULL, "「法是代表人韩小军，」: 法定代表人 with its 定 misread and no colon");
	run("执行裁定书\n依照《最高人民法院关于人民法院执行工作若干问题的规定》，裁定如下：\n查封被执行人的房产。\n");
	ok(!get("court", NULL, NULL), "「依照《最高人民法院…》」 is no court");
	run("青川湾市人民法院\n执行裁定书\n（2024）浙0699执9号\n");
	is_str(val("court", NULL), "青川湾市人民法院", "a court missing from the reference table is kept as written");
	run("嵊州市人民法院\n执行裁定书\n（2024）浙0683执9号\n");
	is_str(val("court", NULL), "嵊州市人民法院", "a court written without its province: as written…");
	ok(get("court", NULL, NULL)->confidence >= 0.85 && get("case_no", NULL, NULL)->confidence > 0.85,
	   "…and known to the table, which finds its 案号's 浙0683 the court's own");
	run("浙江省温州市庵城区人民法院\n执行裁定书\n本院认为。\n");
	is_str(val("court", NULL), "浙江省温州市鹿城区人民法院", "one character of a court's name misread: the table's court");
	run("吉林省长春市明阳区人民法院\n执行裁定书\n本院认为。\n");
	is_str(val("court", NULL), "吉林省长春市明阳区人民法院", "…but not when two courts are as near (朝阳区, 双阳区)");
	run("吉林省长春市明阳区人民法院\n执行裁定书\n（2024）吉0104执9号\n");
	c0 = get("court", NULL, NULL);
	ok(c0 && !strcmp(c0->value, "吉林省长春市朝阳区人民法院") && c0->confidence <= 0.8,
	   "…the 案号's 法院代字 (吉0104) names which, less sure");
	/* the development scans' header 案号, spoiled around the court's code */
	const char *spoiled[][3] = {
		{ "安徽省合肥市蜀山区人民法院", "（2023）上皖0104执恢318号", "（2023）皖0104执恢318号" },
		{ "浙江省杭州市西湖区人民法院", "，（2023），浙0106执3517号4  -  -", "（2023）浙0106执3517号" },
		{ "山东省青岛市中级人民法院", "” -        ”，（2022/鲁02执1376号-", "（2022）鲁02执1376号" },
		{ "福建省厦门市思明区人民法院", "《2023)阁0203执2954号", "（2023）闽0203执2954号" },
		{ "河北省石家庄市裕华区人民法院", "（2023）性0108执和异342号", "（2023）冀0108执异342号" },
	};
	int rebuilt = 0;
	for (int k = 0; k < 5; k++) {
		char doc[512];
		snprintf(doc, sizeof doc, "%s\n执行裁定书\n%s\n申请执行人：张三。\n本院认为。\n", spoiled[k][0], spoiled[k][1]);
		run(doc);
		c0 = get("case_no", NULL, spoiled[k][2]);
		rebuilt += c0 && c0->confidence < 0.7 && count("case_no", NULL) == 1;
	}
	ok(rebuilt == 5, "a header 案号 spoiled around the court's code (上皖0104, ），浙0106, /鲁02, 阁0203) or with a "
	   "character put into its type (执和异): rebuilt from the court's code, less sure");
	run("浙江省杭州市西湖区人民法院\n执行裁定书\n（2023）浙0106执3517号\n本院认为，（2021）浙0106民初88号判决。\n");
	ok(get("case_no", NULL, "（2023）浙0106执3517号") && get("prior_case_no", NULL, "（2021）浙0106民初88号") &&
	   count("case_no", NULL) == 1, "a 案号 read as written is not rebuilt");
	run("浙江省杭州市中级人民法院\n执行裁定书\n（2024）苏01执9号\n");
	const struct fact *c = get("court", NULL, NULL), *n = get("case_no", NULL, NULL);
	ok(c && n && c->confidence < 0.8 && n->confidence < 0.8, "a 案号 of another province lowers both confidences");
	ok(n && !strcmp(n->value, "（2024）浙01执9号") && strstr(n->raw, "苏01"),
	   "…and the header's 案号 takes the court's province letter (its raw text as read)");
	run("山东省烟台市之不区人民法院\n执行裁定书\n（2024）和鲁0602执异188号\n申请执行人：姜美华。\n");
	n = get("case_no", NULL, "（2024）鲁0602执异188号");
	ok(n && n->confidence < 0.7 && get("court", NULL, "山东省烟台市芝罘区人民法院") && !strcmp(val("kind", NULL), "执行异议裁定书"),
	   "court (之不区) and 案号 (和鲁0602) both spoiled: the header's code whose court is two characters from the one read names both");
	run("山东省青岛市之不区人民法院\n执行裁定书\n（2024）和鲁0602执异188号\n申请执行人：姜美华。\n");
	ok(!get("case_no", NULL, NULL) && get("court", NULL, "山东省青岛市之不区人民法院"),
	   "…but not a code whose court is further from the one read (青岛 for 烟台)");
	run("0 ee AAA\n江西省南昌市东湖区人民法院，.\n拍卖公告.，”：，0\n -（2025）闽0102执1866号。..\n本院定于拍卖。\n");
	ok(!strcmp(val("kind", NULL), "拍卖公告") && get("case_no", NULL, "（2025）赣0102执1866号"),
	   "a header with OCR's specks: the court line, the title and the 案号 still read");
	run("云南省昆明市五华区人民法院\n决定书\n帮野（2024）云0102扰8120号全\n本院认为。\n");
	n = get("case_no", NULL, "（2024）云0102执8120号");
	ok(n && n->confidence < 0.7, "扰 for 执 after the court's digits: repaired, less sure");
	run("最高人民法院\n执行裁定书\n42021)最高法执监462号\n申诉人不服。\n");
	ok(get("case_no", NULL, "（2021）最高法执监462号") && !strcmp(val("kind", NULL), "执行监督裁定书"),
	   "「42021)」 opening the header's 案号 line: the （ read as a digit");
	run("浙江省杭州市中级人民法院\n执行裁定书\n（2024）渐01执9号\n");
	n = get("case_no", NULL, NULL);
	ok(n && !strcmp(n->value, "（2024）浙01执9号") && n->confidence < 0.8, "法院代字 repaired from the court (渐 → 浙)");
	run("内蒙古自治区赤峰市中级人民法院\n执行裁定书\n（2023）蒙04执12号\n");
	ok(!strcmp(val("case_no", NULL), "（2023）内04执12号") && get("case_no", NULL, NULL)->confidence > 0.8,
	   "Inner Mongolia's code is 内");
	run("广西壮族自治区南宁市中级人民法院\n执行裁定书\n（2023）桂01执7号\n");
	ok(get("case_no", NULL, NULL) && get("case_no", NULL, NULL)->confidence > 0.85, "a matching province keeps confidence");
	run("北京市第四中级人民法院\n执行裁定书\n（2023）京04执15号\n");
	ok(get("court", NULL, NULL) && get("court", NULL, NULL)->confidence > 0.95, "a court and 案号 the table agrees on");
	run("执行裁定书\n（2022）浙0683行审12号\n");
	is_str(val("case_no", NULL), "（2022）浙0683行审12号", "行审 案号 accepted");
}

static void test_pages(void)
{
	/* two documents in one scan: page 2 opens with its own header */
	struct extract_page_in pages[3] = {
		{ "浙江省嵊州市人民法院\n执行裁定书\n（2024）浙0683执101号\n申请执行人：钱晓明。\n本院查封了被执行人的车辆。", 1, 90 },
		{ "浙江省嵊州市人民法院\n执行通知书\n（2025）浙0683执202号\n俞建国：\n责令你履行义务。", 2, 40 },
		{ "本通知书送达后即生效。\n执行员　钱国平\n二〇二五年三月三日", 3, 95 },
	};
	facts_free(&f);
	extract_doc(pages, 3, &f);
	is_int(count("case_no", NULL), 2, "a batch scan gives each document its own 案号");
	const struct fact *x = get("case_no", NULL, "（2025）浙0683执202号");
	ok(x && x->page == 2, "the second document's 案号 on page 2");
	x = get("judge", "执行员", "钱国平");
	ok(x && x->page == 3, "page 3 continues the second document");
	const struct fact *c1 = get("case_no", NULL, "（2024）浙0683执101号"), *c2 = get("case_no", NULL, "（2025）浙0683执202号");
	ok(c1 && c2 && c2->confidence < c1->confidence - 0.2, "a page with low OCR confidence gives less confident facts");
	struct extract_page_in lots[2] = {
		{ "浙江省嵊州市人民法院\n执行裁定书\n（2024）浙0683执101号\n申请执行人：钱晓明。\n"
		  "本院查封了被执行人名下浙D12345号小型轿车。", 1, 90 },
		{ "浙江省嵊州市人民法院\n拍卖公告\n本院将在淘宝网司法拍卖网络平台上对被执行人所有的一批太阳能组件进行公开拍卖。\n", 2, 90 },
	};
	facts_free(&f);
	extract_doc(lots, 2, &f);
	x = get("item", "其他", "一批太阳能组件");
	ok(x && x->page == 2, "a dossier's second document, an announcement naming its lot in general words: "
	   "its lot read though the first document had an item");
	/* a page that opens with an item of the operative clause goes on the ruling before it */
	struct extract_page_in items[2] = {
		{ "三、撤销四川省成都市武侯区人民法院（2021）川0107执5821号之一执行裁定。\n审判长霍东升\n", 2, 90 },
		{ "撤销本院（2023）鄂0102执4471号执行裁定。\n审判长聂红\n", 2, 90 },
	};
	ok(!extract_opens_document(&items[0]), "「三、撤销…执行裁定」 opening a page is no title: no new document");
	ok(!extract_opens_document(&items[1]), "「撤销本院（2023）…号执行裁定」 (its 一、 lost) opening a page: no new document");
	struct extract_page_in scanned = {
		"执行裁定书\n（2023）琼0106执4107号之二\n申请执行人：某某公司。\n被执行人：李某。\n"
		"本院查明，被执行人于2093年4月28日将和解款汇入本院执行款专户；出资期限为2080年12月31日。\n", 1, 90 };
	facts_free(&f);
	extract_doc(&scanned, 1, &f);
	ok(get("date", NULL, "2023-04-28") && !get("date", NULL, "2093-04-28") && !get("date", NULL, "2080-12-31"),
	   "on a scan, a date whose year is yet to come and one digit off the 案号's (2093 for 2023) is the 案号's year; "
	   "one further off (2080) is no date");
	struct extract_page_in signed_before = {
		"四川省成都市武侯区人民法院\n执行裁定书\n（2022）川0107执恢88号\n申请执行人：某某公司。\n被执行人：李某。\n"
		"本院于2022年1月14日立案执行，于2022年2月10日冻结了被执行人的存款，于2022年3月8日扣划存款2万元。\n"
		"裁定如下：\n终结本次执行程序。\n审判员　张某\n二〇二一年四月二十九日\n", 1, 90 };
	facts_free(&f);
	extract_doc(&signed_before, 1, &f);
	const struct fact *sg = get("date", "落款", NULL);
	ok(sg && !strcmp(sg->value, "2022-04-29"),
	   "on a scan, a ruling's 落款 before the events it tells of (2021 under a ruling of 2022's): the one year a digit "
	   "away that puts it on or after them, within four months");
	struct extract_page_in sale = {
		"湖南省东安县人民法院\n拍卖公告\n（2023）湘1122执88号\n本院定于2023年10月16日10时至2023年10月17日10时止进行公开拍卖。"
		"自2023年10月9日起至2023年10月13日止接受咨询。\n二〇二三年九月二十八日\n", 1, 90 };
	facts_free(&f);
	extract_doc(&sale, 1, &f);
	ok(get("date", "落款", "2023-09-28") != NULL, "…but a sale's 公告 tells of what is to come: its 落款 as read");
	signed_before.ocr_conf = -1;
	facts_free(&f);
	extract_doc(&signed_before, 1, &f);
	ok(get("date", "落款", "2021-04-29") != NULL, "…and a text as written keeps its 落款 as written");
	struct extract_page_in hao = {
		"大连市旅顺口区人氏法辽\n行政裁定书\n（2019）辽0212行审89汪\n申请执行人大连市自然资源局，住所地大连市中山区人民路72号。\n"
		"被执行人王某某。\n申请执行人于2019年3月1日向本院申请强制执行。\n", 1, 90 };
	facts_free(&f);
	extract_doc(&hao, 1, &f);
	ok(get("case_no", NULL, "（2019）辽0212行审89号") && !strcmp(val("kind", NULL), "行政非诉执行审查裁定书"),
	   "a scan's header 案号 whose 号 was misread ending its line (…行审89汪), the court above it past mending: the document's own");
	hao.ocr_conf = -1;
	facts_free(&f);
	extract_doc(&hao, 1, &f);
	ok(!get("case_no", NULL, NULL), "…a text as written: no 案号 without its 号");
	struct extract_page_in suffix = {
		"江西省南昌市红谷滩区人民法院\n执行裁定书\n|  2022)鞘0113执6828旬之一，\n申请执行人：姜某。\n", 1, 90 };
	facts_free(&f);
	extract_doc(&suffix, 1, &f);
	ok(get("case_no", NULL, "（2022）赣0113执6828号之一") != NULL,
	   "a scan's header 案号 rebuilt from the court's code keeps its 之一 after a misread 号 (6828旬之一)");
	struct extract_page_in cert = {
		"湖南省长沙市雨花区人民法院\n执行裁定书\n（2022）湘0111执异88号\n被执行人：罗某某。\n"
		"本院查封了被执行人名下位于长沙市雨花区劳动东路139号的房产（不动产权证号：湘（2020）长沙市不动六权利0187632号）。\n", 1, 90 };
	facts_free(&f);
	extract_doc(&cert, 1, &f);
	ok(get("item", "不动产", "湘（2020）长沙市不动产权第0187632号") != NULL,
	   "on a scan, 不动产权第 with two characters misread (不动六权利) still marks the certificate's number");
	struct extract_page_in cert2 = {
		"广西壮族自治区南宁市青秀区人民法院\n执行裁定书\n（2023）桂0103执88号\n被执行人：覃某某。\n"
		"被执行人名下有位于南宁市青秀区民族大道136号的房产一处(不动产权证号:桂(2021)南宁市不动产枚第0219348号),本院已查封。\n", 1, 90 };
	facts_free(&f);
	extract_doc(&cert2, 1, &f);
	ok(get("item", "不动产", "桂（2021）南宁市不动产权第0219348号") != NULL, "…and with its 权 misread (不动产枚第)");
	struct extract_page_in written = { scanned.text, 1, -1 };
	facts_free(&f);
	extract_doc(&written, 1, &f);
	ok(!get("date", NULL, "2023-04-28") && get("date", NULL, "2080-12-31"),
	   "in a text as written, a date to come is a term as written, never mended");
	struct extract_page_in going_on = {
		"费7,096元，共计426,855元。本院于2023年4月10日向被执行人芜湖某某公司送达了执行通知书、\n报告财产令。\n"
		"2023年4月12日，本院查封了被执行人名下的厂房。\n", 2, 90 };
	ok(!extract_opens_document(&going_on), "「…送达了执行通知书、⏎报告财产令。」 opening a page: the sentence going on, "
	   "no title of a new document");
	struct extract_page_in sentence = {
		"纳入失信被执行人名单的决定。\n\n武侯法院认为，锦程公司已被冻结的股权价值足以清偿剩余债务。\n", 2, 90 };
	struct extract_page_in titled = { "失信决定书\n（2023）川0107执1号\n被执行人：某某公司。\n", 2, 90 };
	ok(!extract_opens_document(&sentence) && extract_opens_document(&titled),
	   "「纳入失信被执行人名单的决定。」 opening a page is the sentence going on, no title; 「失信决定书」 is one");
	struct extract_page_in closing[2] = {
		{ "维持原裁定。.\n黄某强向本院申诉称，其于2016年8月12日与渔泰公司签订合同。\n", 2, 90 },
		{ "特此令。\n二〇二三年七月三日\n（院印）\n", 2, 90 },
	};
	struct extract_page_in final_words = { "本裁定为终审裁定。\n审判长　张某\n二〇二三年七月三日\n", 2, 90 };
	ok(!extract_opens_document(&final_words), "「本裁定为终审裁定。」 opening a page: the ruling's last words, no title");
	ok(!extract_opens_document(&closing[0]) && !extract_opens_document(&closing[1]),
	   "「维持原裁定。.」「特此令。」 opening a page (its mark a speck to OCR) is no title: no new document");
	struct extract_page_in running = {
		"况下即终结本次执行程序，违反法律规定；三、请求撤销（2022）豫03\n执异87号执行裁定。\n本院认为，根据规定。\n", 2, 90 };
	ok(!extract_opens_document(&running), "「…（2022）豫03⏎执异87号执行裁定。」: a 案号 running on to a line ending 裁定 is no title");
}

static void test_robust(void)
{
	run("");
	is_int(f.n, 0, "empty text: no facts");
	run("执行裁定书\n审判员: 俞晓峰\n");
	is_str(val("judge", "审判员"), "俞晓峰", "「审判员: 俞晓峰」 (ASCII colon and space)");
	ok(json_ok(), "its JSON is valid");
	/* invalid bytes and a character cut in the middle */
	run("执行裁定书\n审判员\xE4\xBF 俞\xFF晓峰\n被执行人：张\xE4\xB8三，男。\n\x01\x7F");
	ok(json_ok(), "invalid UTF-8 in the input: JSON is still valid UTF-8");
	int good = 1;
	for (int i = 0; i < f.n; i++)
		good &= utf8_valid(f.v[i].value, strlen(f.v[i].value)) && utf8_valid(f.v[i].raw, strlen(f.v[i].raw));
	ok(good, "every value and raw text is valid UTF-8");
	/* a very long name is cut at a character boundary */
	char big[4096] = "被执行人：";
	for (int i = 0; i < 300; i++)
		strcat(big, "华");
	strcat(big, "有限公司。\n");
	run(big);
	good = f.n > 0;
	for (int i = 0; i < f.n; i++)
		good &= utf8_valid(f.v[i].value, strlen(f.v[i].value)) && utf8_valid(f.v[i].raw, strlen(f.v[i].raw));
	ok(good, "a long name is cut on a character boundary");
	ok(!utf8_valid("\xFF\xBA\x8B", 3) && !utf8_valid("\xF5\x80\x80\x80", 4) && utf8_valid("\xEF\xBF\xBD", 3),
	   "bytes F5..FF never lead a character (found by the fuzzer)");
	/* 「被执行ƻ」 and a stray byte: a label one character off, that character two bytes wide */
	run("\xE6\xB5\x99\x86\xE3\x80\x82\x0C\xB0\x91\xE6\xAE\x95\xE9\x99\xA2\n"
	    "\xE8\xA2\xAB\xE6\x89\xA7\xE8\xA1\x8C\xC6\xBB\xB6\xE6\x9C\x89\xE9\x99\x90\xE5\x85\xAC\xE5\x8F\xB8\n");
	good = 1;
	for (int i = 0; i < f.n; i++)
		good &= utf8_valid(f.v[i].value, strlen(f.v[i].value)) && utf8_valid(f.v[i].raw, strlen(f.v[i].raw));
	ok(good && json_ok(), "a label whose last character is one of another width (被执行ƻ, found by the fuzzer): no name cut mid-character");
	run("上\xE6\xFF\xFF\xBA\x8B裁定书\n被执行人：张\xFF\xBA\x8B三。\n");
	ok(json_ok(), "a stray FF before continuation bytes: JSON still valid");
	run("（（（号号号 元元元 年年年 纠纷 人民法院 审判员 《《《 》》 裁定如下：\n\n\n如下：");
	ok(json_ok(), "garbage: no crash, valid JSON");
	/* found by the fuzzer: a full-width digit ends an account number; the
	 * stream reads it as one byte, the raw text took one of its three */
	run("北京市西城区人民法院\n执行裁定书\n（2023）京0102执884号\n"
	    "本院冻结被执行人在中国建设银行北京阜成门支行的账户（账号1104 0161 3800 000- 1234２）。\n");
	int whole = f.n > 0;
	for (int i = 0; i < f.n; i++)
		whole &= utf8_valid(f.v[i].raw, strlen(f.v[i].raw));
	ok(whole && json_ok(), "a fact's raw text ends on a whole character (full-width digit last)");
}

/* Published rulings: an ID followed by 「，」, a party under two roles, a
 * supervision ruling, a resumed case sold at auction. */
static void test_published(void)
{
	run("山东省济南市历下区人民法院\n执行裁定书\n（2024）鲁0102执7755号\n"
	    "被执行人：济南泉城宏图广告传媒有限公司，统一社会信用代码91370102MA3C6Q0A2P，住所地济南市历下区泉城路180号。\n"
	    "被执行人：葛建华，男，公民身份号码320102198111230037，住江苏省南京市玄武区。\n本院认为。\n");
	const struct fact *x = get("party", "被执行人", "济南泉城宏图广告传媒有限公司");
	ok(x && !strcmp(x->id_no, "91370102MA3C6Q0A2P"), "a 统一社会信用代码 followed by 「，」");
	x = get("party", "被执行人", "葛建华");
	ok(x && !strcmp(x->id_no, "320102198111230037"), "a 公民身份号码 followed by 「，」");
	run("山东省济南市历下区人民法院\n执行裁定书\n（2024）鲁0102执7755号\n"
	    "被执行人：济南泉城宏图广告传媒有限公司，统一社会信用代码91370102MA3C6QOA\n2P，住所地济南市历下区泉城路180号。\n本院认为。\n");
	x = get("party", "被执行人", "济南泉城宏图广告传媒有限公司");
	ok(x && !strcmp(x->id_no, "91370102MA3C6Q0A2P"), "an ID cut by a line break, O read for 0");
	run("四川省高级人民法院\n执 行 裁 定 书\n（2023）川执监148号\n"
	    "申诉人（申请执行人）：成都蓉信融资担保有限公司。\n被申诉人（被执行人）：成都锦程物流有限公司。\n"
	    "申诉人不服四川省成都市中级人民法院（2022）川01执复377号执行裁定，向本院申诉。\n裁定如下：\n撤销。\n");
	ok(!strcmp(val("kind", NULL), "执行监督裁定书"), "执监: 执行监督裁定书");
	ok(get("party", "申诉人", "成都蓉信融资担保有限公司") && get("party", "申请执行人", "成都蓉信融资担保有限公司") &&
	   get("party", "被申诉人", "成都锦程物流有限公司") && get("party", "被执行人", "成都锦程物流有限公司"),
	   "申诉人（申请执行人）: the party under both roles");
	ok(get("prior_case_no", "其他", "（2022）川01执复377号") != NULL, "a 执复 number cited later is neither 原执行 nor 异议");
	run("安徽省合肥市蜀山区人民法院\n执行裁定书\n（2023）皖0104执恢318号\n被执行人：储德昌。\n"
	    "买受人邬振国以最高应价1106720元竞得。\n裁定如下：\n被执行人储德昌名下的房产所有权归买受人邬振国所有。\n");
	ok(!strcmp(val("kind", NULL), "成交确认裁定书"), "a 执恢 case's sale is confirmed, not resumed");
	run("江苏省南京市鼓楼区人民法院\n执行裁定书\n（2024）苏0106执3187号\n"
	    "申请执行人于2024年3月4日向本院申请执行，本院于同日立案。截至目前，本案尚有本金495783.62元及利息未执行到位。"
	    "本院未对该车辆采取查封措施即终结本次执行程序。人民法院不得冻结。\n");
	ok(get("date", "立案", "2024-03-04") != NULL, "于…申请执行，本院于同日立案: the filing date");
	ok(get("amount", "未履行", "49578362") != NULL, "尚有本金…未执行到位 is 未履行");
	ok(measure("终结本次执行程序", 0) && measure("查封", 1), "未查封即终结本次执行程序: the 终本 was done");
	ok(!measure("冻结", 0) && !measure("冻结", 1), "不得冻结 is no measure");
	run("陕西省西安市雁塔区人民法院\n执行裁定书\n（2024）陕0113执异77号\n"
	    "异议人称，本案执行标的仅为163500元，本院却冻结了其银行账户资金2000000元。本院于2024年1月9日收到异议书。"
	    "本院查明，执行标的为163500元。上述款项2136.91元已于2022年9月5日发放给申请执行人。"
	    "根据《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第十九条的规定，扣押被执行人的财产，以其价额为限。"
	    "本院查封了被执行人位于西安市雁塔区科技路48号的三套房屋。\n");
	ok(count("amount", "标的") == 1, "the 标的 told twice is one fact");
	ok(!get("amount", NULL, "200000000"), "a frozen sum is not the sentence's 标的, nor an amount of no role");
	ok(get("amount", "发放", "213691") != NULL, "…元已于（a date）发放给申请执行人 is 发放");
	ok(get("date", "通知", "2024-01-09") != NULL, "于…收到 a document: its service");
	ok(!measure("扣押", 0), "「的规定，扣押…」 quotes the rule: no measure");
	ok(measure("查封", 0) && get("item", "不动产", "西安市雁塔区科技路48号") != NULL,
	   "位于…48号的三套房屋: the place without 「的三套」");
	run("浙江省杭州市西湖区人民法院\n执行裁定书\n（2023）浙0106执3517号\n"
	    "该判决确定：黎东海支付货款256,000元及逾期付款利息（以256,000元为基数，自2022年1月1日起计算至实际付清之日止）。"
	    "本院冻结并扣划被执行人银行存款12,345.67元。案外人邵雨晴称，其于2019年4月2日付清全部价款。"
	    "另查明，案外人邵雨晴提交了房屋买卖合同。\n裁定如下：\n终结本院（2023）浙0106执3517号案件本次执行程序。\n");
	ok(!strcmp(val("kind", NULL), "终本裁定书") && measure("终结本次执行程序", 0),
	   "终结本院（…）号案件本次执行程序 is 终本");
	ok(get("date", "其他", "2022-01-01") && get("date", "其他", "2019-04-02") && !get("date", "到账", NULL),
	   "自…起计算至实际付清之日止, 付清全部价款: no money of the case arrived");
	ok(count("party", NULL) == 1 && get("party", "案外人", "邵雨晴"),
	   "「被执行人银行存款」 names no party; a name before 提交 ends there");
	run("某某市人民法院\n执行裁定书\n（2024）桂0202执1号\n本院在执行中，依法拍卖被执行人的房产，买受人已于2024年11月28日缴清全部价款。\n");
	ok(get("date", "到账", "2024-11-28") != NULL, "…but an auction's 买受人 paying 价款 pays the court: 到账");
	run("山东省青岛市中级人民法院\n执行裁定书\n（2022）鲁02执1376号\n"
	    "本案执行标的：本金5,000,000元、利息864,200元、律师代理费200,000元、案件受理费53,364元，合计6,117,564元。"
	    "本院依法扣划被执行人青岛蓝港湾食品有限公司银行存款35,816.20元、栾福生银行存款2,103.55元，共计37,919.75元。\n");
	ok(get("amount", "本金", "500000000") && get("amount", "利息", "86420000") && get("amount", "费用", "20000000") &&
	   get("amount", "费用", "5336400"), "a list of sums: each item by its own word (律师代理费 a fee, not interest)");
	ok(get("amount", "标的", "611756400") && get("amount", "到位", "210355") && get("amount", "到位", "3791975"),
	   "合计/共计 after a list is what the sentence opened with (执行标的, 扣划)");
	run("四川省高级人民法院\n执行裁定书\n（2023）川执复217号\n"
	    "复议申请人（利害关系人）：成都锦程置地有限公司，住所地四川省成都市锦江区红星路三段1号。\n"
	    "执行中，成都中院冻结了被执行人对成都锦程置地有限公司享有的到期债权12,600,000元。"
	    "复议申请人称，执行法院不应冻结，请求撤销原裁定。\n");
	ok(get("party", "复议申请人", "成都锦程置地有限公司") && get("party", "利害关系人", "成都锦程置地有限公司"),
	   "复议申请人（利害关系人）: both roles");
	ok(get("item", "其他", "到期债权") && !get("item", "其他", "到期债权12"),
	   "a frozen receivable, without the digits of the sum after it");
	ok(measure("冻结", 0) && !measure("冻结", 1), "「不应冻结」 (what one argues) is no negated measure");
	run("浙江省杭州市中级人民法院\n执行裁定书\n（2023）浙01执复88号\n"
	    "判决归还借款本金2800000元，并支付利息（以2800000元为基数，按年利率6.5%计算）。"
	    "临平法院应当解除对织机的扣押。\n");
	ok(get("amount", "本金", "280000000") && count("amount", NULL) == 1, "以…元为基数 is the principal again, no fact");
	ok(!measure("解除查封", 0) && !measure("扣押", 0), "what a court 应当 do is not done");
	run("南宁市青秀区人民法院\n执行裁定书\n（2024）桂0103执恢207号\n"
	    "本院以被执行人无可供执行的财产为由终结本次执行程序。\n");
	ok(measure("终结本次执行程序", 0) && !measure("终结本次执行程序", 1), "「无可供执行的财产」 negates no measure");
	run("山西省太原市小店区人民法院\n执行裁定书\n（2019）晋0105执恢88号\n"
	    "通过网络执行查控系统查询被执行人的财产，冻结并扣划了恒通租赁中心银行存款，执行到位42300元，已发放给申请执行人。\n");
	ok(!get("item", "存款", NULL) && measure("冻结", 0),
	   "冻结并扣划了恒通租赁中心银行存款: a holder's deposits (…中心), no bank named, nor the verbs before it");
	run("吉林省长春市朝阳区人民法院\n案款发放通知书\n（2024）吉0104执2293号\n"
	    "本院已于2024年10月8日扣划被执行人吉林宏远建设集团有限公司银行存款人民币326,540.00元。"
	    "被执行人邹国庆有能力履行而拒不履行。申请执行人符建军与被执行人蒙德华民间借贷纠纷一案。"
	    "买受人应在2025年7月30日前将余款缴入本院指定账户。增价幅度：人民币5,000元。"
	    "本院冻结被执行人在中国农业银行股份有限公司贵阳南明支行的账户（账号：2301 0101 0400 18837）内的存款人民币642,800元。\n");
	ok(get("party", "被执行人", "吉林宏远建设集团有限公司") && !get("item", "存款", "吉林宏远建设集团有限公司银行"),
	   "「某某有限公司银行存款」: the company, no bank");
	ok(get("amount", "到位", "32654000") != NULL, "…and the sum taken");
	ok(get("date", "到账", "2024-10-08") != NULL, "于…扣划: the money's date");
	ok(get("party", "被执行人", "邹国庆") && get("party", "被执行人", "蒙德华"),
	   "a name before 有能力 or before the 案由 (民间借贷纠纷)");
	ok(!get("party", "买受人", NULL), "「买受人应在…」 names no buyer");
	ok(get("date", "其他", "2025-07-30") != NULL, "…日前: a deadline");
	ok(!get("amount", NULL, "500000"), "增价幅度 is no amount of the case");
	ok(get("item", "存款", "23010101040018837") && !get("amount", NULL, "64280000"),
	   "a frozen account's sum is the item's value, not also an amount with no role");
	run("天津市河西区人民法院\n报告财产令\n（2025）津0103执3390号\n"
	    "拒绝报告或者虚假报告的，本院将根据情节轻重对你予以罚款、拘留。本院将被执行人保丽华纳入失信被执行人名单。\n");
	ok(!measure("罚款", 0) && !measure("拘留", 0), "「…的，本院将…予以罚款、拘留」 is a warning");
	ok(measure("失信", 0), "「本院将被执行人…纳入失信名单」 is done");
	run("某某市人民法院\n执行裁定书\n（2021）冀1002执1号\n本院在执行中，澜石公司申请对卜长青予以司法拘留，本院经审查认为卜长青"
	    "已部分履行义务，未对其采取拘留措施。经询价，拍卖无剩余可能，本院未对该房产启动评估、拍卖。本院依申请对李四予以罚款。\n");
	ok(measure("拘留", 1) && !measure("拘留", 0), "申请对…予以司法拘留 is asked, not done; 未对其采取拘留措施 says it was not");
	ok(measure("拍卖", 1) && !measure("拍卖", 0), "拍卖无剩余可能 is what an auction would bring, no auction held");
	ok(measure("罚款", 0), "…but 依申请对…予以罚款 is done");
	run("某某市人民法院\n执行裁定书\n（2021）冀1002执1号\n裁定如下：\n终结本次执行程序。\n申请执行人发现被执行人有可供执行财产的，"
	    "本从同本院申请恢复执行。申旅执行人申请恢复执行不党申请执行时殖期间的限制。被执行人有可供执行的财产时再申请恢复执行。\n");
	ok(!measure("恢复执行", 0) && !measure("恢复执行", 1),
	   "the right to have the case resumed, its 可以 misread (本从): 发现…可供执行财产的, …期间的限制 — no 恢复执行");
	run("某某市人民法院\n执行裁定书\n（2024）豫0105执1号\n本院于2024年6月5日对被执行人覃国良采取了限\n“”制消费措施。\n");
	ok(measure("限制消费", 0), "限制消费 wrapped after 限, OCR's quote marks opening the next line");
	run("某某市人民法院\n执行裁定书\n（2024）豫0105执1号\n本院于2024年1月22日对郭某某采取了限制消贰措施。\n");
	ok(measure("限制消费", 0), "限制消贰措施: 费 misread, 措施 after it");
	run("陕西省宝鸡市中级人民法院\n执行裁定书\n（2022）陕03执298号之二\n申请执行人：宝鸡市秦源投资有限公司。\n"
	    "被执行人：雷振华，男，1969年5月28日出生。\n买受人：杨春燕，女，1988年1月9日出生。\n"
	    "本院在执行中，依法拍卖被执行人的房产。竞买人杨春燕以最高价竞得，买受人杨春蕊已将价款交付本院。\n裁定如下：\n"
	    "一、上述房产归买受人杨春燕所有。\n");
	ok(get("party", "买受人", "杨春燕") && count("party", "买受人") == 1,
	   "a person the block names, misread once in the body (杨春蕊): no second 买受人");
	run("某某市人民法院\n执行裁定书\n（2024）豫0105执1号\n本院认为:《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》"
	    "第十九条规定:“查封、扣押、冻结被执行人的财产,以其价额足以清偿法律文书确定的债权额及执行费用为限。”"
	    "因该商铺已抵押，拍卖后无剩余可能。判决确认其对该房产折价或者拍卖、变卖所得价款享有优先受偿权。\n");
	ok(!measure("扣押", 0) && !measure("冻结", 0) && !measure("拍卖", 0) && !measure("变卖", 0),
	   "a statute quoted after 规定: (half- or full-width colon), 拍卖后无剩余可能, 拍卖、变卖所得价款: no measure taken");
	run("山东省青岛市黄岛区人民法院\n执 行 裁 定 书\n(2022)鲁0211执异318号\n"
	    "2022年3月2日,青岛某某融资担保有限公司申请执行,本院立案执行。2022年3月9日,本院冻结被执行人刘某的存款。\n"
	    "裁定如下:\n驳回。\n审判长 韩**\n审判员 陈*\n二〇二二年五月三十日\n");
	ok(get("date", "立案", "2022-03-02") && get("date", "查封", "2022-03-09"), "a date that opens its sentence: the next clause's verb");
	ok(get("judge", "审判长", "韩**") && get("judge", "审判员", "陈*"), "judges masked as published");
	run("最高人民法院\n执 行 裁 定 书\n（2021）最高法执监462号\n"
	    "宜昌中院以人民币38,600,000元的价格变卖荆楚矿业公司名下的采矿权，扣除评估费126,000元后，按照抵押权顺位分配："
	    "向抵押权人宜昌三峡农村商业银行股份有限公司支付21,500,000元。\n");
	ok(get("amount", "成交价", "3860000000") && get("amount", "发放", "2150000000"),
	   "以…元的价格变卖 is the price; 分配：向…支付…元 is paid out");
	ok(measure("变卖", 0) && !measure("评估", 0), "评估费 is a fee, no 评估 taken");
}

/* How many of the 落款 lines (as read, ISO date) give that 落款 when they
 * sign a short ruling whose body is body. */
static int seals_read(const char *const lines[][2], int n, const char *body)
{
	int read = 0;
	for (int k = 0; k < n; k++) {
		char doc[512];
		snprintf(doc, sizeof doc, "思明区人民法院\n执行裁定书\n（2022）闽0203执2954号\n%s裁定如下：\n终结执行。\n"
			 "审判员霍东升\n%s\n书记员谭琪\n", body, lines[k][0]);
		run(doc);
		if (get("date", "落款", lines[k][1]))
			read++;
		else
			printf("# no 落款 %s from %s\n", lines[k][1], lines[k][0]);
	}
	return read;
}

/* What OCR makes of the development rulings' scans (tests/data/extract_dev
 * rendered by eval/docs/tools/render_pages.py): specks, a bracket read as
 * 《, a label with one character wrong, a name misread once, the 落款 under
 * the seal. */
static void test_scanned(void)
{
	run("厦门市思明区人民法院\n执行裁定书\n（2023）闽0203执2954号\n"
	    "申诉人《申请执行人）：成都蓉信融资担保有限公司。\n法定代表人：\n"
	    "被执行人：|厦门鹭岛明辉餐饮有限公司，住所地福建省厦门市。\n"
	    "本院在执行中，被执行人厦门获岛明辉餐饮有限公司未履行。被执行人厦门鹭岛明辉餐饮有限公司仍未履行。\n"
	    "裁定如下：\n终结执行。\n    ”审判长霍东升\n审判员滕“雅\n审浏长鲁文斌\n人民隆审员师\\伟民\n"
	    "三〇三一年十月二十九晶\n书记员二谭“琪\n");
	ok(get("party", "申诉人", "成都蓉信融资担保有限公司") && get("party", "申请执行人", "成都蓉信融资担保有限公司"),
	   "「申诉人《申请执行人）」: both roles");
	ok(count("legal_rep", NULL) == 0, "「法定代表人：」 left empty: the next line's label is no name");
	ok(get("party", "被执行人", "厦门鹭岛明辉餐饮有限公司") && count("party", "被执行人") == 1,
	   "a speck before the name dropped; a one-character misreading is the same party");
	ok(get("judge", "审判长", "霍东升") && get("judge", "审判员", "滕雅"), "specks before and inside a judge's name");
	ok(get("judge", "审判长", "鲁文斌") && get("judge", "人民陪审员", "师伟民"),
	   "a signature label with one character misread");
	ok(get("date", "落款", "2021-10-29") != NULL, "三〇三一年…晶 under the seal: 2021, 日");
	const char *const seals[][2] = { { "忌〇二四年五月九日", "2024-05-09" },
					 { "二9二四年十二月二十七日-十国", "2024-12-27" }, { "工O二三年七月二十四卓", "2023-07-24" } };
	ok(seals_read(seals, 3, "") == 3,
	   "a 落款 under the seal: its year is 二〇 and two numerals (忌〇二四, 二9二四, 工O二三), 卓 for 日");
	/* what the development scans made of their 落款 lines, beyond x_dates */
	const char *const shapes[][2] = { { "二〇二三插十一月十日", "2023-11-10" }, { "三局二二年十一月三十日", "2022-11-30" },
					  { "二〇二二年十一月二十五有", "2022-11-25" }, { "本二〇二三年三月二斗九卓", "2023-03-29" },
					  { "和三〇二四年三月上五有日", "2024-03-15" }, { "二人二三年七月二十四日", "2023-07-24" },
					  { "三〇工四年三月一日", "2024-03-01" } };
	int shaped = seals_read(shapes, 7, "本院于2022年3月9日立案执行。\n");
	ok(shaped == 7, "a 落款 read from its shape: one mark misread, the year's zero, 十 as 上 or 斗, a speck around it");
	const char *const bu[][2] = { { "二〇二四年九月卜九日", "2024-09-19" } };
	ok(seals_read(bu, 1, "") == 1, "十 read as 卜 where it must stand (九月卜九日): 19");
	const char *const alone[][2] = { { "二O=O年+月二十三日", "2020-10-23" }, { "二〇二四年-月十九日", "2024-01-19" } };
	ok(seals_read(alone, 2, "") == 2, "a month of one numeral read as + (十) or - (一) before its 月");
	run("思明区人民法院\n执行裁定书\n（2022）闽0203执2954号\n裁定如下：\n终结执行。\n审判员霍东升\n二〇二三年上月三十一日\n书记员谭琪\n");
	is_int(count("date", "落款"), 0, "…not 上 alone (上月: 七 as often as 十)");
	const char *const more[][2] = { { "二人@〇二五年五月八日", "2025-05-08" } };
	ok(seals_read(more, 1, "") == 1, "a speck inside the year's first part when its 年 is read right (二人@〇二五年)");
	const char *const ends[][2] = { { "二〇二四插七月一日", "2024-07-01" } };
	ok(seals_read(ends, 1, "本院于2024年6月3日查封被执行人房产，查封期限三年，自2024年7月1日起至2027年6月30日止。\n") == 1,
	   "a 落款 read from its shape is no earlier than the events told — a seizure's end (至2027年6月30日止) is none");
	run("湖南省长沙市岳麓区人民法院\n协助执行通知书\n（2024）湘0104执3030号\n\n长沙市不动产登记中心：\n\n"
	    "请协助执行下列事项：查封被执行人名下房产，查封期限三年，自2024年7月1日起至2027年6月30日止。\n\n"
	    "附：执行裁定书一份\n\n二〇二四年七月一日\n（院印）\n经办人：执行员刘洋\n");
	ok(get("date", "落款", "2024-07-01") != NULL,
	   "a blank line before 「附：执行裁定书一份」 is not that note: no appendix begins there, the 落款 after it is read");
	run("温州市鹿城区人民法院\n执行通知书\n（2025）浙0302执1201号\n特此通知。\n二人〇二五年四月十月\n〈院印）\n"
	    "执行员：纪明远联系电话：0577-88000000\n");
	ok(get("date", "落款", "2025-04-10") != NULL, "a notice's 落款 before its 执行员's contact line, 日 read as 月");
	/* stop 50: a 年 misread among a year the seal spoiled, a 月 read as two characters, and the
	 * latest event no day still to come (将于…到期) */
	const char *const lost_nian[][2] = { { "二DO二也半三月七日", "2025-03-07" } };
	ok(seals_read(lost_nian, 1, "本院于2025年3月3日收到申请。\n") == 1,
	   "a year spoiled with its 年 (二DO二也半), two of its numerals left: the year of the latest event");
	const char *const two_char_yue[][2] = { { "二四二四年一人站十六日", "2024-01-16" } };
	ok(seals_read(two_char_yue, 1, "申请人于2024年1月8日申请称：查封将于2024年2月4日到期。\n") == 1,
	   "a 月 read as two characters (一人站十六日), its 年 and 日 right; 将于…到期 is no event told");
	const char *const unsure[][2] = { { "二DO二也半三月七日", "2025-03-07" }, { "二四二四年一人站十六日", "2024-01-16" } };
	ok(seals_read(unsure, 2, "本院于2025年9月3日收到申请。\n") == 0,
	   "…neither when an event told came after it");
	const char *const more_shapes[][2] = { { "二〇二二年十月十入昌", "2022-10-18" }, { "二〇二四年四川十入日", "2024-04-18" },
					       { ".  .二〇二五年三月十-日", "2025-03-11" }, { "二DO. 4年七为二日", "2024-07-02" },
					       { "-帮加届国二四三四年四月十五日四", "2024-04-15" } };
	ok(seals_read(more_shapes, 2, "本院于2022年9月26日立案执行。\n") == 2 &&
	   seals_read(more_shapes + 2, 1, "本院于2025年3月4日约谈申请执行人。\n") == 1 &&
	   seals_read(more_shapes + 3, 2, "本院于2024年4月2日立案执行。\n") == 2,
	   "入 for 八 (十入), 一 as a dash after 十 (十-日), a 月 misread after a 年 read right (七为二日), "
	   "five specks before a 落款 whose 年, 月 and 日 are read right");
	const char *const too_spoiled[][2] = { { "-帮加届国二四三四年四为十五日四", "2024-04-15" } };
	ok(seals_read(too_spoiled, 1, "本院于2024年4月2日立案执行。\n") == 0,
	   "…but specks before it and a mark misread too: no 落款");
	const char *const not_shapes[][2] = { { "二〇二五年工月八日", "2025-02-08" } };
	ok(seals_read(not_shapes, 1, "") == 0, "…but 工 is 二 only in the year: in a month it was as often 五");
	const char *const specked[][2] = { { "      .      “…，，二〇二三年五月十日", "2023-05-10" } };
	ok(seals_read(specked, 1, "") == 1, "specks before a 落款 on its line still leave it alone there");
	run("思明区人民法院\n执行裁定书\n（2024）闽0203执2954号\n本院于2024年8月12日立案执行。\n裁定如下：\n终结执行。\n"
	    "审判员霍东升\n二〇二三插十一月十日\n书记员谭琪\n");
	ok(!get("date", "落款", NULL), "a 落款 read from its shape before the document's own 立案: not trusted");
	run("思明区人民法院\n执行裁定书\n（2022）闽0203执2954号\n裁定如下：\n终结执行。\n审判员霍东升\n二〇二三插十一月\n"
	    "二〇二二年第三十二号\n书记员谭琪\n");
	ok(!get("date", "落款", NULL), "no day, or no month: no 落款 from the shape");
	run("思明区人民法院\n执行裁定书\n（2022）闽0203执2954号\n二〇二三插十一月十日\n裁定如下：\n终结执行。\n审判员霍东升\n"
	    "二〇二三年十二月一日\n书记员谭琪\n");
	ok(get("date", "落款", "2023-12-01") && count("date", "落款") == 1, "a 落款 read as written wins over a shape");
	ok(!get("judge", NULL, "谭琪"), "书记员 still no judge");
	run("本院认为\n人民法院依法执行。\n");
	ok(!get("court", NULL, NULL), "「人民法院」 alone is no court");
	run("浙江省杭州市中级人民法院\n执行裁定书\n（2023）浙01执复88号\n申请执行人：浙江钱塘农村商业银行股份有限公司。\n"
	    "|法定代表人：|应志清，该行董事长。|\n本院认为。\n");
	ok(get("legal_rep", "浙江钱塘农村商业银行股份有限公司", "应志清") != NULL, "「|法定代表人：|应志清」: specks around the label");
	run("黑龙江省哈尔滨市道里区人民法院\n执行裁定书\n（2023）黑0102执1207号\n申请执行人：哈尔滨冰城润泽商贸有限公司，住所地黑龙江\n\n"
	    "省哈尔滨市道里区中央大街101号。\n法定代表人，佟海波，经理。\n\n本院在执行中。\n");
	ok(get("legal_rep", "哈尔滨冰城润泽商贸有限公司", "佟海波") != NULL,
	   "a blank line OCR left inside the parties block; 「法定代表人，」 for 「：」");
	run("最高人民法院\n执行裁定书\n（2021）最高法执监462号\n申诉人（申请执行人）：中国华融资产管理股份有限公司湖北\n"
	    "省分公司。住所地：湖北省武汉市。\n”被执行人，保丽华，女。\n本院认为。\n");
	ok(get("party", "申请执行人", "中国华融资产管理股份有限公司湖北省分公司") && get("party", "被执行人", "保丽华"),
	   "a company's name the page wrapped; a party line opening with a speck");
	run("合肥市蜀山区人民法院\n执行裁定书\n（2023）皖0104执318号\n"
	    "本院查封被执行人名下房产（不动产权证号：皖《2018》合肥市不动产权第1093325号）。\n");
	const struct fact *house = get("item", "不动产", "皖（2018）合肥市不动产权第1093325号");
	ok(house && strstr(house->raw, "《2018》"), "《2018》 read for （2018） in a 不动产权证号 (raw as read)");
	/* dev_shixin_01's scan: title and 案号 garbled, a speck read as 「4」 before the first label */
	const char *garbled = "站\n云南省昆明市五华区人民法院，\n证书\n帮野（2024）云0102扰8120号全\n"
			      "4   “申请执行人：昆明滇池春城汽车销售服务有限公司，住所地\n云南省昆明市五华区西昌路215号。，，\n"
			      "“请定代表人：普建国，总经理。.和\n”被执行人，保丽华，女，1979年3月9日出生，彝族，住云南\n"
			      ".省昆明市五华区。公民身份号码530102197903090020。\n"
			      "   ”本院在执行申请执行人昆明滇池春城汽车销售服务有限公司与被执行人保丽华纠纷一案中。\n";
	run(garbled);
	const struct fact *debtor = get("party", "被执行人", "保丽华");
	ok(debtor && !strcmp(debtor->id_no, "530102197903090020"),
	   "a header OCR garbled still ends where the first party label starts (「4   “申请执行人」: a speck before it)");
	ok(get("legal_rep", "昆明滇池春城汽车销售服务有限公司", "普建国") != NULL,
	   "「请定代表人：」 opening its line: 法定代表人 with one character misread");
	run("浙江省温州市鹿城区人民法院\n执行通知书\n（2024）浙0302执1号\n"
	    "申请执行人：温州市麻城区瑞安商砼有限公司.住所地温州市。\n被执行人：长沙市岳昔区城市管理和综合执法局。\n"
	    "被执行人：钮建平.，男。\n被执行人：苏州市工业园区某某有限公司。\n本院认为。\n");
	ok(get("party", "申请执行人", "温州市鹿城区瑞安商砼有限公司") && get("party", "被执行人", "长沙市岳麓区城市管理和综合执法局"),
	   "an organisation's district misread in one character (麻城区, 岳昔区): the one district of its city the court table knows");
	ok(get("party", "被执行人", "苏州市工业园区某某有限公司") && get("party", "被执行人", "钮建平"),
	   "…a zone that is no district stays as written; OCR's 「.」 ends a name");
	run("广西壮族自治区南宁市青秀区人民法院\nmm二ae\n执行裁定书\n（2024）桂0103执恢207号\n"
	    "[GTA农秀梅，女，1983年8月17日出生，壮族，住南宁市\n青和KE。\n"
	    "被执行人：蒙德华，男，1980年1月5日出生，壮族，住广西壮族自治区南宁市\n兴宇区、公民身份号码4s0102198nn105001T-\n"
	    "被执行人：韦一，男，公民身份号码4s0102198nn1050018。\n"
	    "申请执行人农秀梅与被执行人蒙德华民间借贷纠纷一案，本院认为。\n");
	debtor = get("party", "被执行人", "蒙德华");
	ok(debtor && debtor->id_no[0], "the first party's label lost to OCR: the block still opens there (the ID on its next line is read)");
	ok(debtor && !strcmp(debtor->id_no, "450102198001050017") && get("party", "被执行人", "韦一") &&
	   !get("party", "被执行人", "韦一")->id_no[0],
	   "an ID with letters and signs for digits (s, n, &): mended when the check character then agrees, never else");
	run("江西省南昌市东湖区人民法院\n执行裁定书\n（2025）赣0102执1866号\n申请执行人：甲公司。\n"
	    "本院在执行申请执行人甲公司与被执行人熊启明异款合同纠纷一案中，依法查封了被执行人名下位于南昌市东湖区八一大道357号的住宅"
	    "（不动产权证号：组（2020）南昌市不动产权第02”18834号）。\n");
	const struct fact *cause = get("cause", NULL, NULL), *cert = get("item", "不动产", NULL);
	ok(cause && !strcmp(cause->value, "借款合同纠纷") && cause->confidence < 0.8,
	   "a 大类 (合同纠纷) after a misread character: the one 案由 one character off (异款 → 借款), less sure");
	run("江西省南昌市东湖区人民法院\n执行裁定书\n（2025）赣0102执1866号\n"
	    "本院在执行申请执行人甲公司与被执行人南昌某某工程咨询有限公司工程监理合同纠纷一案中，本院查明如下。\n");
	cause = get("cause", NULL, NULL);
	ok(cause && !strcmp(cause->value, "工程监理合同纠纷"),
	   "工程监理合同纠纷: the court's shorter name of 建设工程监理合同纠纷, as written (not the 大类 合同纠纷)");
	run("云南省昆明市西山区人民法院\n执行裁定书\n（2024）云0112执88号\n申请执行人：昆明某某公司。\n被执行人：李某某。\n"
	    "本院在执行申请执行人昆明某某公司与被执行人李某某竣饰装修合同纠纷一案中，本院查明如下。\n");
	cause = get("cause", NULL, NULL);
	ok(cause && !strcmp(cause->value, "装饰装修合同纠纷"),
	   "「竣饰装修合同纠纷」: the whole official cause, its first character misread — not the tail 饰装修合同纠纷");
	run("江西省南昌市东湖区人民法院\n执行裁定书\n（2025）赣0102执1866号\n"
	    "本院在执行申请执行人甲公司与被执行人南昌某某工程咨询有限公司合同纠纷一案中，本院查明如下。\n");
	cause = get("cause", NULL, NULL);
	ok(cause && !strcmp(cause->value, "合同纠纷"), "…but a company's name before 合同纠纷 is no part of the cause");
	run("江西省南昌市东湖区人民法院\n执行裁定书\n（2025）赣0102执1866号\n申请执行人：甲公司。\n"
	    "本院在执行申请执行人甲公司与被执行人熊启明异款合同纠纷一案中，依法查封了被执行人名下位于南昌市东湖区八一大道357号的住宅"
	    "（不动产权证号：组（2020）南昌市不动产权第02”18834号）。\n");
	cert = get("item", "不动产", NULL);
	ok(cert && !strcmp(cert->value, "赣（2020）南昌市不动产权第0218834号"),
	   "a 不动产权证号: the province code OCR misread is the city's province (组 → 赣); a quote between digits dropped");
	run("广东省广州市中级人民法院\n执行裁定书\n（2024）粤01执复62号\n"
	    "本院认为，该院于2023年立案，案号为《2023 )粤0106执18840号。执行中。\n");
	ok(get("prior_case_no", "原执行案号", "（2023）粤0106执18840号") != NULL,
	   "「案号为《2023 )粤0106执18840号」: 《 and a space before ) around a year, no title");
	run("浙江省温州市鹿城区人民法院\n执行通知书\n（2025）浙0302执4471号\n瓯江恒达建设有限公司：\n"
	    "申请执行人温州市鹿城区瑞安商砼有限公司与你单位买卖合同纠\n纷一案，本院（2024）浙0302民初15203号民事判决书已经发生\n"
	    "法律效力。\n");
	ok(get("party", "申请执行人", "温州市鹿城区瑞安商砼有限公司") && count("party", "申请执行人") == 1,
	   "a notice's addressee line opens no parties block (the body's line cut before 纠纷 stays body)");
	run("江苏省苏州市姑苏区人民法院\n执行裁定书\n（2023）苏0508执异55号\n申请执行人：苏州金间融信人小额贷款有限公司。\n"
	    "本院在执行申请执行人苏州金间融信小额贷款有限公司与被执行人褚国良一案中，申请执行人苏州金间融信小额贷款有限公司申请。\n");
	ok(count("party", "申请执行人") == 1 && get("party", "申请执行人", "苏州金间融信小额贷款有限公司"),
	   "an organisation read with a character put in once: one party, the reading the text repeats");
	run("四川省高级人民法院\n执行裁定书\n（2023）川执监5号\n本院认为。\n裁定如下：\n驳回。\n"
	    "审判长入霍东升\n审判员欧阳了晓\n审判员了张\n审判员和蒙晓峰\n");
	ok(get("judge", "审判长", "霍东升") && get("judge", "审判员", "欧阳晓") && count("judge", NULL) == 3 &&
	   get("judge", "审判员", "蒙晓峰"),
	   "specks read as characters in a signature name: 了 anywhere, a first character that is no surname "
	   "before one that is (入霍东升), and 和 before a surname in four characters — OCR's commonest speck "
	   "there (和孙秀兰 for 孙秀兰 on the development scans); 和晓东 keeps its surname (below)");
	run("四川省高级人民法院\n执行裁定书\n（2023）川执监5号\n本院认为。\n裁定如下：\n驳回。\n"
	    "审判长严振国“蚌吕\n审判员阮“晓\n");
	ok(get("judge", "审判长", "严振国") && get("judge", "审判员", "阮晓") && count("judge", NULL) == 2,
	   "the seal's marks after a whole three-character name are no part of it (严振国“蚌吕); a speck inside "
	   "a shorter one is skipped (阮“晓)");
	run("Eeeklklklklklelelelelklelk\n”新江省杭州市西湖区人民法院\n执行裁定书\n，（2023），浙0106执3517号4\n申请执行人：张三。\n");
	ok(get("court", NULL, "浙江省杭州市西湖区人民法院") && get("case_no", NULL, "（2023）浙0106执3517号"),
	   "a speck before the court's name (「”新江省…」) and a line of noise above it");
	run("本院认为，被执行人应偿还本金52.000.000元及相应利息，另付利息1.50元，违约金1.500元，律师代理费27.605万元。\n");
	ok(get("amount", "本金", "5200000000") && get("amount", "利息", "150") && get("amount", NULL, "150000") &&
	   get("amount", NULL, "27605000"),
	   "「52.000.000元」, 「1.500元」: OCR's periods between thousands (an amount in 元 has two decimals at most); "
	   "1.50元 and 27.605万元 are decimals");
	run("本院认为，被执行人应支付货款人民币壹佰贰拾叁万肆仟伍佰元整（1，\n234,500.00元）；执行到位35.816.20元，"
	    "已履行和解款180.,000\n元，另付评估费5;000元。评估价值为人民币1,38 .:\n6,000元。\n");
	ok(get("amount", "本金", "123450000") && count("amount", "本金") == 1,
	   "a 大写 amount with the digits in brackets after it: the digits count, across the wrap at 「1，」");
	ok(get("amount", "到位", "3581620") && get("amount", NULL, "18000000") && get("amount", NULL, "500000") &&
	   get("amount", NULL, "138600000"),
	   "OCR's marks between an amount's digits: 35.816.20, 180.,000, 5;000, 「1,38 .:」 where the amount wraps");
	run("最高人民法院\n执行裁定书\n（2021）最高法执监462号\n本院查明，宜昌中院于2020年5月8日作出（2020）哪05执异37号执行裁定。"
	    "湖北高院作出（2020）哪执复211号执行裁定。执行依据为湖北省高级人民法院（2017）哪民初49号民事判决，"
	    "山东省青岛市中级人民法院（202i）鲁02民初2261号民事判决。\n");
	ok(get("prior_case_no", "异议案号", "（2020）鄂05执异37号") && get("prior_case_no", NULL, "（2020）鄂执复211号") &&
	   get("prior_case_no", "执行依据", "（2017）鄂民初49号"),
	   "a 案号's province misread (哪): the province of the court named just before it (宜昌中院, 湖北高院, 湖北省…)");
	ok(get("prior_case_no", NULL, "（2021）鲁02民初2261号") != NULL, "i for 1 in a 案号's year");
	run("云南省昆明市五华区人民法院\n站定忆\n   |（2024）云0102执8120号\n"
	    "-  ”，”电请执行人*昆明滇池春城汽车销售服务有限公司，住所地.…:\n。云南洗昆明市五华区英昌路215号。\n"
	    "“请定代表人：普建国，总经理。|\n。”被执行人，保丽华，女，1979年3月9日出生，汉族，住云南。，\n"
	    ".和省昆明市五华区。公民身份号码530102197903090021。\n本院在执行申请执行人昆明滇池春城汽车销售服务有限公司一案中。\n");
	ok(get("party", "申请执行人", "昆明滇池春城汽车销售服务有限公司") &&
	   get("legal_rep", "昆明滇池春城汽车销售服务有限公司", "普建国") && get("party", "被执行人", "保丽华"),
	   "a party label misread in one character (电请执行人*) opens the parties block after a garbled title");
	run("云南省昆明市五华区人民法院\n执行裁定书\n（2024）云0102执8120号\n申请执行人：张三，男，1980年1月1日出生。\n"
	    "被执行人：李四，男，1981年1月1日出生。\n法定代理人：王五，系李四之父。\n申请执行书，载明如下。\n本院认为。\n");
	ok(!get("legal_rep", NULL, "王五") && count("party", NULL) == 2,
	   "…but 法定代理人 and 申请执行书 are words of their own, no misread label");
	run("黑龙江省哈尔滨市道里区人民法辽\n执行裁定书\n（2023）黑0102执1207号\n申请执行人杭州青禾纸业贸易有限公司与被执行人黎东海买卖合同\n"
	    "”纠纷一案，本院通过网络执行查挖系统查询，被执行人名下川A: D2M17号重型厢式货车已被查封。\n");
	ok(get("court", NULL, "黑龙江省哈尔滨市道里区人民法院") != NULL,
	   "a header court whose last character is misread (人民法辽): the court the table knows");
	ok(get("cause", NULL, "买卖合同纠纷") != NULL, "a closing mark opening a line inside a word (买卖合同⏎”纠纷) is OCR's");
	ok(measure("网络查控", 0) && get("item", "车辆", "川AD2M17"),
	   "网络执行查控系统 with one character misread; a plate's dot read as 「: 」");
	run("执行裁定书\n（2023）甘0403执811号\n本院查明，被执行人名下登记有甘D5K2733小型轿车一辆、甘DF62817号小型轿车、"
	    "甘D50381D号大型客车各一辆。\n");
	ok(get("item", "车辆", "甘D5K273") && get("item", "车辆", "甘DF62817") && get("item", "车辆", "甘D50381D") &&
	   count("item", "车辆") == 3,
	   "six characters no 新能源 plate can be (5K2733): the 号 read as 3 dropped; a small (F6…) and a large (…D) one kept");
	run("衬县回族目治区有妃市利通区人民法院\n，案款发放通知书.\n    (2024》于0302执877号\n马志平：\n"
	    "你申请执行某某公司买卖合同纠纷一案，本院（2023）宁0302民初3141号民事判决书已经发生法律效力。\n");
	ok(get("case_no", NULL, "（2024）宁0302执877号") && get("court", NULL, "宁夏回族自治区吴忠市利通区人民法院"),
	   "court and header 案号 both spoiled (于0302): the code of the 案号 the body calls 本院's rebuilds the 案号, "
	   "and the 案号 names the court");
	run("山西省吕梁市中级人民法院\n执行裁定书\n（2023）晋11执512号\n"
	    "被执行人一审被告、二审上诉人）：吕梁市恒泰置业有限公司，住所地山西省吕梁市离石区。\n"
	    "法定代表人：高某某，该公司执行董事。\n本院认为。\n");
	ok(get("party", "被执行人", "吕梁市恒泰置业有限公司") && get("legal_rep", "吕梁市恒泰置业有限公司", "高某某") &&
	   count("party", NULL) == 1,
	   "the trial's roles in a bracket OCR lost the opener of (被执行人一审被告、二审上诉人）：): no party 二审上诉人, "
	   "the company after 「）：」 with its 法定代表人");
	run("山西省吕梁市中级人民法院\n执行裁定书\n（2023）晋11执513号\n"
	    "被执行人“一审被告、二审上诉人）：江苏蓝港新能源科技有限公司，住所地江苏省常州市新北区。\n"
	    "法定代表人：付长青，总经理。\n本院认为。\n");
	ok(get("party", "被执行人", "江苏蓝港新能源科技有限公司") && get("legal_rep", "江苏蓝港新能源科技有限公司", "付长青"),
	   "…and with OCR's “ for its opener (被执行人“一审被告、二审上诉人）：)");
	run("上海金融法院\n执行裁定书\n（2023）沪74执复36号\n复议申请人被执行人）：上海锦程物流有限公司，住所地上海市浦东新区。\n"
	    "法定代表人：陈伟，执行董事。\n本院认为。\n");
	ok(get("party", "复议申请人", "上海锦程物流有限公司") && get("party", "被执行人", "上海锦程物流有限公司") &&
	   get("legal_rep", "上海锦程物流有限公司", "陈伟"),
	   "a second role whose bracket lost its opener (复议申请人被执行人）：): the party under both");
	run("北京市海淀区人民法院\n民事裁定书\n（2023）京0108财保41号\n贰告（申请人），北京智芯微电子科技有限公司，住所地北京市海淀区。\n"
	    "法定代表人：钱立新，董事长。\n害乞（被申请人），深圳市迅捷芯半导体有限公司，住所地广东省深圳市。\n本院认为。\n");
	ok(get("party", "申请人", "北京智芯微电子科技有限公司") && get("legal_rep", "北京智芯微电子科技有限公司", "钱立新") &&
	   get("party", "被申请人", "深圳市迅捷芯半导体有限公司"),
	   "the trial's label misread in both characters (贰告, 害乞), the enforcement's role in the bracket after it: that role");
	run("广西壮族自治区河池市宜州区人民法院\n执行裁定书\n（2020）桂1203执586号之二\n"
	    "趾请执行人广西宜州农村商业银行股份有限公司，住所地广西壮族自治区河池市宜州区。\n法定代表人韦某某，该行董事长。\n"
	    "被执行人：覃某某，男，1980年出生。\n本院认为。\n");
	ok(get("party", "申请执行人", "广西宜州农村商业银行股份有限公司") && get("legal_rep", "广西宜州农村商业银行股份有限公司", "韦某某"),
	   "a five-character label misread in one character with no colon after it (趾请执行人广西…), the party's seat after it: the label");
	run("吉林省白城市中级人民法院\n执行裁定书\n（2019）吉08执异42号\n弄议人(利害关系人):吉林汇商投资有限公司。\n"
	    "法定代表人:毕厚新,执行董事兼总经理。\n申请执行人:吉林冠沅建筑工程有限责任公司。\n法定代表人:李柏生,总经理。\n"
	    "在本院执行申请执行人吉林冠沅建筑工程有限责任公司与被执行人…一案中,异议人吉林汇商投资有限公司对本院…不服。\n");
	ok(get("party", "异议人", "吉林汇商投资有限公司") && get("legal_rep", "吉林汇商投资有限公司", "毕厚新") &&
	   get("legal_rep", "吉林冠沅建筑工程有限责任公司", "李柏生"),
	   "a three-character label misread in one character (弄议人), a role in brackets after it: the label, and the block "
	   "it opens gives the 法定代表人");
	run("某某市人民法院\n执行裁定书\n（2019）吉08执异43号\n弄议人:吉林汇商投资有限公司。\n本院认为。\n");
	ok(!get("party", "异议人", NULL), "…not without the bracket (弄议人:): three characters one off are too often a word");
	run("安徽省巢湖市人民法院\n执行裁定书\n（2021）皖0181执寞25号\n申请执行人：某某，男。\n被执行人：某某，男。\n"
	    "在本院执行某某与某某民间借贷纠纷一案中，安徽广宏园林建设有限公司向本院提出书面异议。本院受理后，依法组成合议庭进行了审查，"
	    "现已审查终结。\n异议人广宏园林公司称，巢湖市人民法院在执行该案中要求冻结其工程款。\n");
	ok(get("case_no", NULL, "（2021）皖0181执异25号") && get("kind", NULL, "执行异议裁定书"),
	   "the header's 案号 with its type's second character misread (执寞), the text naming its 异议人: 执异, an objection's ruling");
	ok(!get("kind", NULL, "终结执行裁定书"), "…and 现已审查终结 ends the review, not the execution");
	run("某某市人民法院\n执行裁定书\n（2021）皖0181执寞26号\n申请执行人：某某，男。\n被执行人：某某，男。\n"
	    "本院在执行中查明被执行人无财产可供执行。\n");
	ok(get("case_no", NULL, "（2021）皖0181执26号") != NULL, "…no review's party named: the character a speck, 执");
	run("某某市人民法院\n执行裁定书\n（2021）皖0181执25号\n申请执行人：某某，男。\n被执行人：某某，男。\n"
	    "本院依法组成合议庭进行了审查，现已审查终结。本院在执行中查明被执行人已死亡，无遗产可供执行。\n");
	ok(!get("kind", NULL, "终结执行裁定书"), "现已审查终结, 在执行中: no 终结执行 ruling for the review's end");
	run("惠州市利阳区人民法院将于2018年4月21日10时至2018年4月22日10时止在淘宝网司法拍卖网络平台上进行公开拍卖活动，现公告如下：\n"
	    "一、拍卖标的：被执行人名下的厂房。\n");
	ok(get("court", NULL, "惠州市惠阳区人民法院") != NULL,
	   "a court named without its province, one character misread (惠州市利阳区): the one court a province makes one off, "
	   "named as printed");
	run("连云港市海州区人民法耽\n执行裁定书\n（2019）苏0706执异93号\n异议人：某某公司。\n本院认为。\n");
	ok(get("court", NULL, "连云港市海州区人民法院") && !get("court", NULL, "江苏省连云港市海州区人民法院"),
	   "a header court without its province, 院 misread (人民法耽): mended, still named without the province");
	run("重庆市万州区人民法院\n执行裁定书\n(2015)万法执异字第12号\n申请执行人重庆市万州区永德建筑工程有限公司,住所地:重庆市万\n"
	    "州区白岩路53号佳庆大厦10号楼,组织机构代码:73394031-5。\n负责人**太,经理。\n本院认为。\n");
	{
		const struct fact *f = get("party", "申请执行人", "重庆市万州区永德建筑工程有限公司");
		ok(f && !strcmp(f->id_no, "73394031-5"),
		   "an older ruling's 组织机构代码 (GB 11714, nine characters, its check right) on the wrapped line: the company's code");
	}
	run("某某市人民法院\n执行裁定书\n(2015)万法执异字第13号\n申请执行人某某建筑工程有限公司,组织机构代码:73394031-6。\n本院认为。\n");
	{
		const struct fact *f = get("party", "申请执行人", "某某建筑工程有限公司");
		ok(f && !f->id_no[0], "…a check character that does not agree: no code");
	}
	run("因被执行人未履行生效判决确定的义务，申请执行人于2018年6月4向\n本院申请强制执行，本院于同日立案。"
	    "本院于2019年7月15日10时至2019年7月16昌10时止进行第一次网络司法拍卖，流拍。\n");
	ok(get("date", "立案", "2018-06-04") && get("date", NULL, "2019-07-16"),
	   "a day whose 日 OCR lost (2018年6月4向本院) or misread (2019年7月16昌10时): still the date");
	run("本院于2019年6月5、6日两次前往被执行人住所，并于2019年6月份查询其存款。\n");
	ok(!get("date", NULL, "2019-06-05") && count("date", NULL) <= 1, "…not a day before 、 (6月5、6日) nor a month (6月份)");
	run("被执行人：王某，男，1984年6月9上日出生，汉族。被执行人：李某，女，1985年3月7出生。\n");
	is_int(count("date", NULL), 0, "…nor a birth date, a speck before its 日 (9上日出生) or its 日 lost (7出生)");
	run("甘肃省兰州市城关区人民法院\n执行裁定书\n（2019）甘0102执恢211号\n"
	    "被执行人（原审被；兰州市城关区永福农资经营部（个体工商户），经营场所甘肃省兰州市城关区焦家湾路17号，统一社会信用代\n"
	    "码92620102MA71Y4D695。\n经营者：杨玉珍。\n被执行人〈〈原审被；杨永福，男，1972年9月14日出生，回族，住甘肃省兰\n\n"
	    "州市城关区东岗西路556号3单元501室，\n公民身份号码：620102197209141513。\n"
	    "本院在执行申请执行人甘肃陇原农资连锁有限公司与被执行人兰州市城关区永福农资经营部、杨永福买卖合同纠纷一案中查明。\n");
	{
		const struct fact *f = get("party", "被执行人", "兰州市城关区永福农资经营部"), *g = get("party", "被执行人", "杨永福");
		ok(f && !strcmp(f->id_no, "92620102MA71Y4D695") && get("legal_rep", "兰州市城关区永福农资经营部", "杨玉珍") &&
		   g && !strcmp(g->id_no, "620102197209141513"),
		   "the trial's role in a bracket whose close OCR read as a mark (（原审被；, 〈〈原审被；): the name after the mark, "
		   "its code and its 经营者 — not after the bracket inside the name (（个体工商户）)");
	}
	run("甘肃省兰州市城关区人民法院\n执行裁定书\n（2019）甘0102执恢212号\n"
	    "被执行人（原审被；赣州市城关区永福农资经营部（个体工商户），经营场所甘肃省兰州市城关区焦家湾路17号，统一社会信用代\n"
	    "码92620102MA71Y4D695。\n被执行人〔〈原审被；牧永福，男，1972年9月14日出生，回族，住甘肃省兰\n\n"
	    "州市城关区东岗西路556号3单元501室，\n公民身份号码：620102197209141513。\n"
	    "本院在执行申请执行人甘肃陇原农资连锁有限公司与被执行人兰州市城关区永福农资经营部、杨永福买卖合同纠纷一案中查明。\n");
	{
		const struct fact *f = get("party", "被执行人", "兰州市城关区永福农资经营部"), *g = get("party", "被执行人", "杨永福");
		ok(f && !strcmp(f->id_no, "92620102MA71Y4D695") && g && !strcmp(g->id_no, "620102197209141513") &&
		   !get("party", NULL, "牧永福"),
		   "…the name after the mark misread and read once (赣州市…, 牧永福): the ID goes to the body's party, past the "
		   "name's aside (（个体工商户）) and after 〔");
	}
	run("甘肃省兰州市城关区人民法院\n执行裁定书\n（2019）甘0102执恢213号\n被执行人：兰州丰禾农业科技有限公司，住所地甘肃省兰州市。\n"
	    "法定代表人：杨了永福，该公司总经理。\n被执行人：杨永福，男，1972年9月14日出生。\n本院认为。\n");
	ok(get("legal_rep", "兰州丰禾农业科技有限公司", "杨永福") && !get("legal_rep", NULL, "杨了永福"),
	   "a 法定代表人 with a speck read as 了 inside (杨了永福), the text naming 杨永福: 杨永福");
	run("某某市人民法院\n执行裁定书\n（2019）甘0102执恢214号\n被执行人：某某科技有限公司，住所地甘肃省兰州市。\n"
	    "法定代表人：王一鸣，该公司总经理。\n被执行人：王鸣，男。\n本院认为。\n");
	ok(get("legal_rep", "某某科技有限公司", "王一鸣") != NULL, "…a name of three whose 一 is its own (王一鸣) stays");
	run("重庆市万州区人民法院\n执行裁定书\n(2015)万法执异字第00012号\n申请执行人某某公司。\n"
	    "本院于2011年11月24日作出(2011)万法民初字第04445号民事判决。\n");
	ok(get("case_no", NULL, "（2015）万法执异字第00012号") && get("prior_case_no", NULL, "（2011）万法民初字第04445号"),
	   "an old 案号 with its number's leading zeros (第00012号, 第04445号): as printed");
	run("湖南省浏阳市人民法院\n执行通知书\n（2021）湘0181执2137号\n曾某某：\n你与李某某民间借贷纠纷一案，责令你于2021年4月19日之前履行下列义务。\n"
	    "特此通知。\n二〇二一年四月六日\n承办法官：袁昆\n联系电话：18817136709\n");
	ok(get("judge", "执行员", "袁昆") != NULL, "a notice's 承办法官 signing it (承办法官：袁昆): the judge who handles the case");
	run("湖南省浏阳市人民法院\n执行通知书\n（2021）湘0181执2138号\n曾某某：\n特此通知。\n二〇二一年四月六日\n"
	    "联系人：执行员钟鸣\n承办人：李某\n");
	ok(get("judge", "执行员", "钟鸣") && !get("judge", NULL, "李某"), "…a 联系人 with his role; a 承办人 without one is no judge");
	run("江苏省苏州市中级人民法院\n执行裁定书\n（2022）苏05执复88号\n"
	    "2021年3月9日，姑苏法院查封了被执行人名下位于苏州市姑苏区三香路某号的房产（不动产权证号苏《2018）\"苏州市不动产权第5012876号）。\n");
	ok(get("item", "不动产", "苏（2018）苏州市不动产权第5012876号") && count("item", "不动产") == 1,
	   "a certificate's year opened by OCR's 《 and a quote before its city (苏《2018）\"苏州市…): the whole number");
	run("新疆维吾尔自治区高级人民法院\n执行裁定书\n（2022）新执复99号\n"
	    "复议申请人(被执和个-新疆天山建材(集团)房地产开发有限公司,住所地新疆维吾尔自治区乌鲁木齐市。\n法定代表人:杭宇,该公司董事长。\n"
	    "被执行人(原审被告(反诉原告)):某某公司。\n本院认为。\n");
	ok(get("party", "复议申请人", "新疆天山建材(集团)房地产开发有限公司") &&
	   get("legal_rep", "新疆天山建材(集团)房地产开发有限公司", "杭宇") && !get("party", NULL, "房地产开发有限公司"),
	   "a role's bracket whose close OCR read as - (被执和个-…): the name after it, its own bracket (集团) kept");
	run("吉林省白城市中级人民法院\n执行裁定书\n(2019)吉08执异42号\n"
	    "在本院执行申请执行人吉林冠沅建筑工程有限责任公司与被执行人吉林博泰农业科技开发股份有限公司(以\n"
	    "_下简称博泰公司)建设工程合同纠纷一案中,异议人对本院的处置行为不服。\n");
	ok(get("party", "被执行人", "吉林博泰农业科技开发股份有限公司") && !get("party", NULL, "吉林博泰农业科技开发股份有限公司(以_下简称博泰公司"),
	   "a short name's bracket the page wrapped, OCR's speck after the wrap (…公司(以⏎_下简称博泰公司)): the name ends before it");
	run("北京知识产权法院\n民事裁定书\n（2023）京73民初1876号之一\n原告申请人）：北京智芯微电子科技有限公司，住所地北京市海淀区。\n"
	    "法定代表人：钱立新，董事长。\n本院认为。\n");
	ok(get("party", "申请人", "北京智芯微电子科技有限公司") && get("legal_rep", "北京智芯微电子科技有限公司", "钱立新"),
	   "the trial's label, then the role whose opener OCR lost (原告申请人）：): that role");
	run("四川省高级人民法院\n执行裁定书\n（2023）川执复305号\n站复议申请人(申请执行人):四川蜀筑劳务有限公司,住所地四川省成都市。\n"
	    "法定代表人:邓国栋,该公司总经理。\n本院认为。\n");
	ok(get("party", "复议申请人", "四川蜀筑劳务有限公司") && get("legal_rep", "四川蜀筑劳务有限公司", "邓国栋"),
	   "a speck read as a character before a label and its bracket (站复议申请人(申请执行人):)");
	run("福建省连江县人民法院\n执行裁定书\n（2024）闽0122执88号\n"
	    "申请执行人陈秀珠，女，1972年4月9日出生，汉族，住福建省连江县琅头镇长门村。。\n后街23号。公民身份号码350122197204092281。\n"
	    "被执行人连江县海润水产养殖专业合作社，住所地福建省连江县，统一社会信用代码93350122MA2Y6DK1PL。\n法定代表人黄德明，该合作社理事长。\n"
	    "本院认为。\n");
	{
		const struct fact *p1 = get("party", "申请执行人", "陈秀珠");
		ok(p1 && !strcmp(p1->id_no, "350122197204092281") && get("legal_rep", "连江县海润水产养殖专业合作社", "黄德明"),
		   "OCR's full stop inside a record (…长门村。。⏎后街23号。公民身份号码…): the ID is the record's, the block goes on");
	}
	run("湖南省高级人民法院\n执行裁定书\n（2024）湘执监43号\n"
	    "申诉人（异议人、复议申请人、被执行人）：耒阳市金泰房地产开发有限公司（以下人简称金泰公司），住所地湖南省耒阳市。\n"
	    "被执行人：和白银和盛建筑工程有限公司，住所地甘肃省白银市。\n被执行人：和平县某某建材有限公司，住所地广东省和平县。\n本院认为。\n");
	ok(get("party", "申诉人", "耒阳市金泰房地产开发有限公司") && get("party", "被执行人", "耒阳市金泰房地产开发有限公司") &&
	   count("party", NULL) >= 4, "three roles in the bracket (异议人、复议申请人、被执行人): the party under each, the short name's "
	   "bracket with a speck (（以下人简称…) not in the name");
	ok(get("party", "被执行人", "白银和盛建筑工程有限公司") && get("party", "被执行人", "和平县某某建材有限公司"),
	   "a speck read as 和 before a company's opening place (和白银…) dropped; 和平县 is a place");
	run("上海市第一中级人民法院\n执行裁定书\n（2023）沪01执复36号\n申请执行人：某某。\n"
	    "本院于2023年9月11日作出(2023)了沪o115民初19342号民事判决。\n");
	ok(get("prior_case_no", NULL, "（2023）沪0115民初19342号") != NULL,
	   "a speck between a body 案号's year and its province's letter (…)了沪o115…)");
	{	/* （20227） on 2026-12-08: 2022, or 2027 — a year to come, which no 案号 has yet */
		time_t now = time(NULL);
		struct tm tm;
		localtime_r(&now, &tm);
		int y = tm.tm_year + 1900, old = y - 4, extra = (y + 1) % 10, readings = 0, only = 0;
		char digits[32], text[256], want[64];
		snprintf(digits, sizeof digits, "%d%d", old, extra);
		for (int k = 0; k < 5; k++) {     /* the readings one digit less gives, none to come */
			char r[5];
			for (int i = 0, o = 0; i < 5; i++)
				if (i != k)
					r[o++] = digits[i];
			r[4] = '\0';
			int v = atoi(r);
			if (v >= 1990 && v <= y && v != only)
				readings++, only = v;
		}
		snprintf(text, sizeof text, "上海市第一中级人民法院\n执行裁定书\n（2023）沪01执复36号\n申请执行人：某某。\n"
			 "浦东法院立案执行，案号为（%s）\n沪0115执28753号，执行标的为2,284,880元。\n", digits);
		run(text);
		snprintf(want, sizeof want, "（%d）沪0115执28753号", only);
		ok(readings == 1 ? get("prior_case_no", NULL, want) != NULL : !get("prior_case_no", NULL, NULL),
		   "a year with a digit put in (20227) is the one reading one digit less gives that is no year to come");
	}
	run("某某市人民法院\n执行裁定书\n（2020）桂1203执587号\n申请执行权利人认为本院应当继续执行，住所地不明。\n");
	ok(!get("party", NULL, NULL), "…but not a word going on (申请执行权利人…)");
	run("陕西省西安市中级人民法院\n执行裁定书\n（2023）陕01执异88号\n申请人（申请执行人）：西安系川汇达供应链管理有限公司，住所地陕西省西安市。\n"
	    "法定代表人：白晓军。\n被申请人：何某某，男，1977年出生，系该公司股东。\n本院认为。\n");
	ok(get("party", "申请人", "西安系川汇达供应链管理有限公司") && !get("party", NULL, "西安") && get("party", "被申请人", "何某某"),
	   "系 after a place (西安系川汇达…有限公司, 秦 misread) ends no name; after a person's (何某某，…系) it still does");
	run("十、买受人和逾期未支付拍卖余款，法院可以裁定重新拍卖重新拍卖时，原买受\n人不得参加竞买。\n");
	is_int(count("party", NULL), 0, "「买受人和逾期未支付…」 (OCR's 和 before 逾期): a rule of the sale, no buyer 和逾期");
	run("竞买须知\n十三、竞买人在参与拍卖前须如实向司法拍卖变卖）网络平台提供确切的送达地址。\n");
	ok(!measure("变卖", 0), "司法拍卖（变卖）网络平台 with its opener lost: still a name's aside, no sale by 变卖");
	run("山西省汾阳市人民法院\n行政裁定书\n（2019）晋1182行审31号\n申请执行人汾阳市自然资源局。\n被执行人李某某。\n"
	    "本院经审查，被执行人擅自在集体土地上新建的建筑物及其它设施，恢复土地原状、执行被处罚款2.5万元。\n本院认为。\n");
	ok(!measure("恢复执行", 0), "恢复土地原状、执行…罚款: two duties the agency asks for, no 恢复执行");
	run("河南省郑州市中原区人民法院\n执行裁定书\n（2022）豫0102执恢77号\n申请执行人：张某某。\n被执行人：李某某。\n"
	    "本院认为，被执行人未履行义务。\n裁定如下：\n终结本次执行程序。\n  -    2判员王某和人\n可二二年上月六\n书记员赵某、\n"
	    "，附相关法律条文：ee\n《各人民共和国民事诉讼法》第一百四十二条被执行人未按执行通知蔬履行法律交电\n"
	    "确定的义务，人民法院有权查询被执行人的存款情况。人民法\n生查询、扣和邦、冻结、划拓、变价的财产不得超出被执行人应当履行义务的范围.人民；\n"
	    "水院决定扣押、闲结、划拥、变价财产，应当作出城定，并发出协助扰行通知书。\n");
	ok(!measure("冻结", 0) && !measure("扣押", 0),
	   "「，附相关法律条文：」 with OCR's speck before it still opens the appendix (the signature above read past knowing): the statute's words are no measures");
	run("执行裁定书\n（2020）鲁09执异31号\n本院冻结了被执行人在工商银行泰安分行的25xxx07账户存款87万元。\n");
	ok(get("item", "存款", "25×××07") && count("item", "存款") == 1,
	   "an account masked as published, OCR's x for ×: 25×××07, no item of the bank instead");
	run("执行裁定书\n（2020）鲁09执异32号\n本院扣划被执行人在工商银行泰安分行的16X X X51账户存款102万元。\n");
	ok(get("item", "存款", "16×××51") && count("item", "存款") == 1,
	   "an account masked as published, OCR's X for × and spaces between them (16X X X51): 16×××51, no item of the bank");
	run("执行裁定书\n（2020）粤1302执99号\n一、查封被执行人邓某名下号牌为粤YXXXXX的车辆。\n");
	ok(get("item", "车辆", "粤Y×××××") != NULL, "a plate masked as published, OCR's X for every ×: 粤Y×××××");
	run("执行裁定书\n（2018）粤0114执4076号\n一、查封权属于被执行人邓军的号牌为粤Y xxxxx的车辆档案。\n");
	ok(get("item", "车辆", "粤Y×××××") != NULL, "…read as x after a space (粤Y xxxxx)");
	run("执行裁定书\n（2020）粤1302执98号\n一、查封被执行人邓某名下号牌为粤YX1234的车辆。\n");
	ok(get("item", "车辆", "粤YX1234") != NULL, "…a plate's own X among its characters stays");
	run("执行裁定书\n（2021）陕0524执88号\n扣划被执行人在中国邮政储蓄银行6217997900100012345了三户内存款人民币1200元。\n");
	ok(get("item", "存款", "6217997900100012345") && count("item", "存款") == 1,
	   "a card's number right after its bank, 账户 misread (了三户): the account, not the bank");
	run("广东省肇庆市中级人民法院\n拍卖公告\n本院将于2024年5月15日10时起在京东网司法拍卖网络平台对被执行人的字画一幅进行公开拍卖（一拍）。\n"
	    "竞买人在参与拍卖前须如实向司法拍卖（变卖）网络平台提供确切的送达地址。\n");
	ok(get("auction_round", NULL, "1") && !get("auction_round", NULL, "变卖"),
	   "an announcement's round: 「（一拍）」 in brackets is its round; 司法拍卖（变卖）网络平台 names a platform, no sale by 变卖");
	run("执行裁定书\n（2025）桂0103执1102号\n申请执行人：覃某。\n被执行人：韦某。\n"
	    "本院查明，被执行人曾因妨害执行被本院以(2025)桂0103司惩21号决定书罚款一万元。\n");
	ok(get("prior_case_no", "其他", "（2025）桂0103司惩21号") && !get("prior_case_no", "执行依据", NULL),
	   "a 司惩 决定书 (a fine for obstructing) is a sanction told, not the judgment enforced");
	run("本院认为，被执行人应支付借款本金50000元及利息，并负担公证费1,500元、保管费800元、审计费2,000元。\n");
	ok(get("amount", "费用", "150000") && get("amount", "费用", "80000") && get("amount", "费用", "200000"),
	   "公证费, 保管费, 审计费: fees, not interest or principal");
	run("河南省郑州市金水区人民法院\n执行裁定书\n(2024)豫0105质异251号\n异议人：某某公司。\n本院认为。\n");
	ok(get("case_no", NULL, "（2024）豫0105执异251号") && get("kind", NULL, "执行异议裁定书"),
	   "a 案号 type misread in one character (质异): the one known type that near, and the kind it gives");
	run("执行裁定书\n（2024）豫0105执忆251号\n本院认为。\n");
	ok(!get("case_no", NULL, "（2024）豫0105执异251号") && !get("case_no", NULL, "（2024）豫0105执恢251号"),
	   "执忆: one character off many types (执异, 执恢, 执保 …) — no guess");
	run("执行裁定书\n（2024）甘0981执12号\n本院查明，申请执行人已于2023年获(2023)甘0981司救5号司法救助。\n");
	ok(!!get("prior_case_no", "其他", "（2023）甘0981司救5号"), "司救 is a type of its own (司法救助), not 司惩 misread");
	run("江西省南昌县人民法院\n本款决定书\n（2024）赣0121司惩40号\n被罚款人：南昌某某劳务有限公司，住所地江西省南昌县。\n"
	    "本院认为，被罚款人擅自转移已被查封的财产。依照规定，决定如下：\n对南昌某某劳务有限公司罚款人民币十万元。\n"
	    "如再有妨害执行行为，本院将依法予以拘留。\n");
	is_str(val("kind", NULL), "罚款决定书", "「本款决定书」 fining a 被罚款人, a warning of 拘留 after: a 罚款决定书");
	run("执行决定书\n（2024）赣0121司惩41号\n被罚款人：南昌某某劳务有限公司。\n本院认为。决定如下：\n罚款十万元；逾期不缴，予以拘留。\n");
	is_str(val("kind", NULL), "罚款决定书", "a 被罚款人 named in the parties: a 罚款决定书 whatever the body warns of");
	run("执行裁定书\n（2023）皖0207执异91号\n被执行人：芜湖某某开发管理有限公司，住所地安徽省芜湖市。\n法定代表人:和孙某,该公司总经理。\n本院认为。\n");
	ok(get("legal_rep", "芜湖某某开发管理有限公司", "孙某") != NULL,
	   "法定代表人:和孙某: a speck read as 和 before a surname and its mask — 孙某");
	run("上海金融法院\n执行裁定书\n（2023）沪74执复52号\n复议申请人（被执行&海锦华物流有限公司，住所地上海市浦东新区川沙路8号。\n"
	    "本院认为，复议申请人上海锦华物流有限公司（以下简称锦华公司）不服浦东法院执行裁定，申请复议。\n");
	ok(count("party", "复议申请人") == 1 && get("party", "复议申请人", "上海锦华物流有限公司"),
	   "a name read without its first character (海锦华…) and whole in the body (上海锦华…) once each: the shorter "
	   "counts only where it stands alone, and the one opening with a known place wins");
	run("山西省吕梁市中级人民法院\n执行裁定书\n（2023）晋11执301号\n本院查封了被执行人名下房产（不动产权证号：置（2017）离石区不动产权第0003456号）。\n");
	ok(get("item", "不动产", "晋（2017）离石区不动产权第0003456号") != NULL,
	   "a 不动产权证号 whose province is no province (置): the court's, less sure");
	run("河北省廊坊市广阳区人民法院\n执行裁定书\n（2023）冀1003执301号\n本院查封了被执行人名下房产（费（2018）亡坊市不动产权第0067123号）。\n");
	ok(get("item", "不动产", "冀（2018）廊坊市不动产权第0067123号") != NULL,
	   "…and its city then mended within that province (亡坊市 → 廊坊市)");
	run("执行裁定书\n（2021）豫0311执566号\n本院冻结了被执行人在国建设银行股份有限公司洛阳洛龙支行开立的银行账户内存款。\n");
	ok(get("item", "存款", "中国建设银行股份有限公司洛阳洛龙支行") != NULL, "「国建设银行…」: a national bank's name, its 中 lost");
	run("某某市某某区人民法辽\n执行裁定书\n本院认为。\n");
	ok(!get("court", NULL, NULL), "…but only a court the table knows");
	run("湖南省长沙市岳舌区人民污院\n执行裁定书\n，.  Z二十ce -HH 7\n国汪二加，（2023）湘0104执复217号和-站\n"
	    "申请执行人：张三，男，1980年1月1日出生。\n本院认为。\n");
	ok(get("court", NULL, "湖南省长沙市岳麓区人民法院") != NULL,
	   "a header court with one character of 人民法院 and one of its district misread (人民污院, 岳舌区)");
	ok(get("case_no", NULL, "（2023）湘0104执复217号") && get("party", "申请执行人", "张三"),
	   "a line of noise in the header, and noise around the header's 案号: still the document's own");
	run("和辽宁省大连市中级人民法院\n执行裁定书\n（2022）辽02执1207号\n本院认为。\n");
	ok(get("court", NULL, "辽宁省大连市中级人民法院") != NULL, "a speck read as a character before the court's name");
	run("河南省郑州市中级人民法院\n执行裁定书\n（2023）浙0106执3517号\n本院认为，被执行人名下登记有了驳A7K352呈小型轿车\n"
	    "一辆，支付代偿款2 ”\n386000元，银行存款18632.50\n.元已予扣划，不动产权证号：蓝〈（2020）南昌市不动产权第0218834号，"
	    "均已查封。裁定如下：\n你结本院（2023）浙0106执3517号案件本次执行程序。\n");
	const struct fact *plate = get("item", "车辆", "豫A7K352");
	ok(plate && plate->confidence < 0.7, "a plate whose province is misread (驳A7K352), said of the debtor's car: the court's province, less sure");
	ok(get("amount", NULL, "238600000") && get("amount", NULL, "1863250"),
	   "an amount cut by 「 ”」 where it wraps; a speck opening the line before 元");
	ok(get("item", "不动产", "赣（2020）南昌市不动产权第0218834号") != NULL, "a certificate's bracket read twice (蓝〈（2020）)");
	ok(!strcmp(val("kind", NULL), "终本裁定书") && measure("终结本次执行程序", 0),
	   "终结本院…号案件本次执行程序 with 终 misread (你结): still 终本");
	run("本院认为，型号A12345的轿车一辆已查封。\n");
	ok(!get("item", "车辆", NULL), "…but a model number is no plate");
	run("湖北省武汉市江岸区人民法院\n执行裁定书\n（20624）峙0102执异63号\n异议人（申请执行人）：武汉江城鼎盛建材有限公司。\n"
	    "本院认为，被执行人于2019年4月16日以人民币38，\n. 600,000元的价格变卖采矿权。“未院已对被执行人采取限制消费措施。\n"
	    "裁定如下：\n一、驳回异议；\n三、撤销湖北省武汉市江岸区人民法院（2021）鄂0102执5821号之一执行裁定。\n");
	ok(get("case_no", NULL, "（2024）鄂0102执异63号") != NULL, "a digit put into a header 案号's year (20624), its province misread");
	ok(get("amount", NULL, "3860000000") != NULL, "an amount wrapped at 「38，」 with a speck opening the next line");
	ok(measure("限制消费", 0) && !measure("限制消费", 1), "未院 is 本院 misread, no negation");
	ok(!strcmp(val("kind", NULL), "执行异议裁定书") && count("case_no", NULL) == 1, "an operative clause's items");
	run("某某市人民法院\n执行裁定书\n（2024）闽0503执21号\n本院在执行中，判决支付装修工程款84，\n-  600元及违约金。"
	    "本院执行到位372,916,40元。另有500-1000元不等。\n");
	ok(get("amount", "本金", "8460000") && !get("amount", NULL, "60000"), "a dash opening the line an amount wrapped to (84，⏎-  600元)");
	ok(get("amount", "到位", "37291640") != NULL, "a last group of two digits after groups of three is the fen (372,916,40元)");
	run("某某市人民法院\n执行裁定书\n（2024）滇0111执21号\n本案已执行到位2,315.40元。截至目前，被执行人尚欠85，\n，144.60元及迟延履行期间的债务利息未履行。\n");
	ok(get("amount", "未履行", "8514460") && !get("amount", NULL, "14460"),
	   "an amount wrapped after its comma, the comma read again opening the next line (85，⏎，144.60元)");
	ok(!get("amount", NULL, "50000100000") && !get("amount", NULL, "5001000"), "…a range's dash inside a line groups nothing");
	run("云南省昆明市五华区人民法院\n决定书\n（2024）云0102殷8120号\n本院依照（2023）云0102初551号民事判决。\n");
	const struct fact *yin = get("case_no", NULL, "（2024）云0102执8120号");
	ok(yin && yin->confidence < 0.7, "殷 for 执: a type of one character no known type has is 执, less sure");
	ok(!get("prior_case_no", NULL, "（2023）云0102执551号"), "…but 初 (民初 with 民 lost) is not made 执");
	run("本院认为，双方之间合同纠纷一案，依法执行。\n");
	ok(get("cause", NULL, "合同纠纷") != NULL, "…but 之间合同纠纷 is words, not a misread 居间合同纠纷");
	run("浙江省杭州市西湖区人民法院\n执行裁定书\n，（2023），浙0106执3517号4\n申请执行人：张三。\n"
	    "本院在执行（2023）浙0106执3517号申请执行人张三与被执行人李四一案中。\n");
	const struct fact *own = get("case_no", NULL, "（2023）浙0106执3517号");
	ok(own && own->confidence > 0.8 && count("prior_case_no", NULL) == 0,
	   "a rebuilt header 案号 the body cites as read: the document's own, not a prior case, and surer");
	run("申请执行人：甲公司。\n本院认为，请定代表人：张三的说法不成立。\n");
	ok(count("legal_rep", NULL) == 0, "a misread label counts only where it opens a line of the parties block");
}

/* Phrasings of real rulings met in development set 3 (tests/data/extract_dev3). */
static void test_real_phrasing(void)
{
	run("北京知识产权法院\n民事裁定书\n（2023）京73民初1876号之一\n"
	    "原告（申请人）：北京智芯微电子科技有限公司，住所地北京市海淀区上地信息路26号。\n法定代表人：钱立新，董事长。\n"
	    "被告（被申请人）：深圳市迅捷芯半导体有限公司，住所地广东省深圳市南山区。\n"
	    "原告北京智芯微电子科技有限公司（以下简称智芯公司）与被告深圳市迅捷芯半导体有限公司侵害发明专利权纠纷一案，"
	    "2023年7月3日，智芯公司向本院提出财产保全申请，请求冻结迅捷芯公司银行存款。申请人智芯公司提供了担保。\n");
	ok(get("party", "申请人", "北京智芯微电子科技有限公司") && get("party", "被申请人", "深圳市迅捷芯半导体有限公司") &&
	   get("legal_rep", "北京智芯微电子科技有限公司", "钱立新"), "原告（申请人）：a party by its bracket's role");
	ok(!get("party", NULL, "智芯公司"), "a short name (以下简称智芯公司) is the party it stands for, not another");
	ok(get("date", "其他", "2023-07-03") != NULL, "the day preservation was asked for seizes nothing");
	run("江西省南昌县人民法院\n罚款决定书\n（2024）赣0121司惩31号\n被罚款人：江西赣鄱建筑劳务有限公司，住所地江西省南昌县。\n"
	    "本院在执行申请执行人张国华与被执行人江西赣鄱建筑劳务有限公司劳务合同纠纷一案中，被执行人应立即交回挖掘机。\n");
	ok(get("party", "被执行人", "江西赣鄱建筑劳务有限公司") && !get("party", NULL, "应立"),
	   "被罚款人 the ruling calls 被执行人 is the debtor; 应立即 is no name");
	run("江西省南昌县人民法院\n罚款决定书\n（2024）赣0121司惩32号\n被罚款人：中国某某银行股份有限公司南昌支行。\n"
	    "本院在执行申请执行人张国华与被执行人王某劳务合同纠纷一案中，被罚款人拒不协助冻结。\n");
	ok(!get("party", "被执行人", "中国某某银行股份有限公司南昌支行"), "a bank fined for not assisting is no debtor");
	run("上海金融法院\n执行裁定书\n（2023）沪74执复36号\n复议申请人（被执行人）：上海锦程物流有限公司，住所地上海市。\n"
	    "申请执行人：上海宏远商业保理有限公司，住所地上海市。\n"
	    "复议申请人上海锦程物流有限公司（以下简称锦程公司）不服浦东法院执行裁定，向本院申请复议。"
	    "浦东法院查明，申请执行人上海宏远商业保理有限公司（以下简称宏远公司）与被执行人锦程公司保理合同纠纷一案，"
	    "被执行人上海锦程物流有限公司持有上海某某物流有限公司30%的股权，本院予以冻结。该股权暂无处置价值。\n");
	ok(!get("party", NULL, "锦程公司") && count("party", "申请执行人") == 1, "a short name in the body adds no party");
	ok(count("item", "股权") == 1, "该股权: the equity named before, not another item");
	run("山东省高级人民法院\n执行裁定书\n（2016）鲁执复1号\n异议人（被执行人）：山东省建设建工（集团）有限责任公司。\n"
	    "建设建工公司称：泰安中院冻结、扣划异议人建设建工公司泰安分公司在泰安的银行存款200万元。\n");
	ok(count("party", "异议人") == 1 && !get("party", NULL, "建设建工公司泰安分公司"),
	   "…nor a short name's branch (建设建工公司泰安分公司): a branch's own name holds its company's 有限");
	run("陕西省宝鸡市中级人民法院\n执行裁定书\n（2022）陕03执298号之二\n"
	    "申请执行人宝鸡市秦源投资有限公司与被执行人宝鸡市恒瑞置业有限公司股权转让纠纷一案，本院已将房产拍卖。\n"
	    "三、买受人杨春燕可持本裁定书到宝鸡市不动产登记中心办理过户手续。\n");
	ok(get("party", "买受人", "杨春燕") && count("item", "股权") == 0, "可持 ends a name; 股权转让纠纷 is a 案由, no item");
	run("辽宁省大连市甘井子区人民法院\n报告财产令\n（2019）辽0211执4126号\n"
	    "你单位逾期报告的，本院并可将你单位纳入失信被执行人名单。\n"
	    "申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请执行人申请恢复执行不受申请执行时效期间的限制。\n");
	ok(!measure("失信", 0) && !measure("恢复执行", 0), "可将 warns; 申请恢复执行不受…限制 states the law");
	run("湖南省岳阳市岳阳楼区人民法院\n执行裁定书\n（2022）湘0602执2087号\n"
	    "本院于2021年11月18日作出的（2021）湘0602民初4415号民事判决书已经发生法律效力。判决被执行人赔偿申请执行人各项损失182,569元。"
	    "2021年6月3日，本院执行人员在物流园内找到该车辆，依法予以扣押。本院于2020年4月13日立案执行，同日向被执行人发出执行通知书。\n");
	ok(get("date", "其他", "2021-11-18") && get("amount", "本金", "18256900"),
	   "the day a judgment was made is 其他; 判决…赔偿 orders the principal");
	ok(get("date", "查封", "2021-06-03") != NULL, "a date opening its sentence: the sentence's act (扣押)");
	ok(get("date", "立案", "2020-04-13") && get("date", "通知", "2020-04-13"), "立案执行，同日…执行通知书: both");
	run("广东省佛山市中级人民法院\n执行裁定书\n（2024）粤06执1158号\n"
	    "本案执行到位款项3,151.92元，已全部发放给申请执行人。被执行人于2024年3月5日向本院交纳执行款500,000元。仲裁费36,218元。"
	    "本院扣划被执行人存款35,816.20元、王某存款2,103.55元，上述款项已发放申请执行人。\n"
	    "本院于2019年7月22日冻结了被执行人在福建连江农村商业银行股份有限公司筱埕支行开立的银行账户，本院已于2019年9月11日解除对上述银行账户的冻结。"
	    "本院定于2025年3月27日将上述款项通过银行转账方式支付至你的收款账户。\n");
	ok(get("amount", "到位", "315192") && get("amount", "发放", "315192"), "recovered, then paid out: both");
	ok(!get("amount", "发放", "3581620") && !get("amount", "发放", "210355"), "two sums paid out together: neither alone");
	ok(get("amount", "到位", "50000000") && get("amount", "费用", "3621800"), "交纳执行款 is recovered; 仲裁费 a fee");
	ok(get("item", "存款", "福建连江农村商业银行股份有限公司筱埕支行") && count("item", "存款") == 1,
	   "the bank before 开立的银行账户; 银行转账 names none");
	ok(get("date", "其他", "2019-09-11") != NULL, "the day a freeze was lifted is no seizure");
	run("湖南省长沙市雨花区人民法院\n执行裁定书\n（2022）湘0111执异218号\n案外人：罗美琴，女，住长沙市。\n"
	    "本院在执行申请执行人甲公司与被执行人邹志强买卖合同纠纷一案中，案外人罗美琴于2022年8月3日对本院查封的位于长沙市雨花区劳动东路139号7栋1203室的房屋提出书面异议，"
	    "请求：1.中止执行；2.解除对上述房屋的查封。\n"
	    "案外人罗美琴称，其与邹志强签订《房屋买卖合同》，约定以86万元的价格购买上述房屋，其已支付购房款30万元。\n"
	    "2021年9月15日，本院作出执行裁定，查封了位于长沙市雨花区劳动东路139号7栋1203室的房屋（不动产权证号：湘（2020）长沙市不动产权第0187632号）。"
	    "罗美琴未交付剩余价款560,000元，不能证明其在本院查封之前已占有该房屋。\n");
	ok(get("date", "其他", "2022-08-03") && get("date", "其他", "2021-09-15"),
	   "对本院查封的房屋提出异议: no seizure that day; 作出执行裁定: the ruling's day");
	ok(!measure("解除查封", 0) && !measure("查封", 1), "请求：…解除查封 is asked; 查封之前 is a time");
	ok(!get("amount", NULL, "86000000") && !get("amount", NULL, "30000000") && !get("amount", NULL, "56000000"),
	   "a sale between the parties, told in an objection: no sum of the case");
	ok(count("item", "不动产") == 1, "a place told before its certificate is that property");
	run("吉林省长春市朝阳区人民法院\n执行裁定书\n（2024）吉0104执异57号\n"
	    "申请执行人：吉林省恒信融资担保有限公司\n住所地吉林省长春市朝阳区人民大街7088号。\n统一社会信用代码91220104MA14WB2N6Q\n"
	    "本院在执行申请执行人吉林省恒信融资担保有限公司与被执行人孙立伟追偿权纠纷一案中，孙立伟提出书面异议，本院于2024年4月2日受理后，依法进行审查。"
	    "对李红梅提出的对孙立伟名下车辆采取查封措施的请求，异议裁定未予审查。\n");
	const struct fact *x = get("party", "申请执行人", "吉林省恒信融资担保有限公司");
	ok(x && !strcmp(x->id_no, "91220104MA14WB2N6Q"), "the ID on a line of its own after the address");
	ok(get("date", "其他", "2024-04-02") && !measure("查封", 0), "异议…受理 files no case; 查封措施的请求 asks");
	run("江西省南昌县人民法院\n罚款决定书\n（2024）赣0121司惩33号\n"
	    "本院查封了被执行人的卡特彼勒320GC型履带式挖掘机一台。依照《中华人民共和国民事诉讼法》第一百一十四条规定，本院指定被执行人负责保管该挖掘机。\n");
	ok(count("item", "其他") == 1, "一台 named once; 该挖掘机 the same, not across a clause");
}

/* Phrasings of the republished rulings of development set 4 (tests/data/extract_dev4). */
static void test_republished(void)
{
	run("广西壮族自治区河池市宜州区人民法院\n执行裁定书\n(2020)桂1203执586号之二\n"
	    "本院于2020年6月1日作出(2020)桂1203执586号之一执行裁定。被执行人覃某某虽不同意以物抵债,但未提供其他财产。\n"
	    "裁定如下:\n一、将被执行人覃某某名下的房屋作价359,520元交付申请执行人抵债;\n");
	ok(get("kind", NULL, "成交确认裁定书") != NULL, "以物抵债 (作价交付申请执行人): a 成交确认裁定书");
	ok(get("prior_case_no", "其他", "（2020）桂1203执586号之一") != NULL, "an earlier ruling of this very case is 其他");
	ok(!get("party", NULL, "覃某某虽"), "a masked name ends at its last 某");
	run("北京知识产权法院\n执行裁定书\n(2022)京73执88号\n"
	    "依据最高人民法院(2021)最高法知民终905号民事判决。被执行人河北恒拓电子设备有限公司在招商银行股份有限公司北京望京支行调查期间存款被冻结。\n");
	ok(get("prior_case_no", "执行依据", "（2021）最高法知民终905号") != NULL, "知民终 is a 案号 type of its own");
	ok(count("item", "其他") == 0, "设备 inside a company's name is no item");
	run("四川省成都市中级人民法院\n执行裁定书\n(2023)川01执复305号\n"
	    "因锦程公司拒不履行生效法律文书确定的义务,武侯法院于2022年11月3日将锦程公司纳入失信被执行人名单。"
	    "武侯法院认为,锦程公司已被冻结的股权价值足以清偿债务。"
	    "本院认为,《最高人民法院关于公布失信被执行人名单信息的若干规定》第三条第二项规定,已被采取查封、扣押、冻结等措施的财产足以清偿债务的,人民法院不得将被执行人纳入失信名单。\n");
	ok(measure("失信", 0), "拒不履行…, on a day, 纳入失信: done");
	ok(!measure("查封", 0) && !measure("扣押", 0) && count("item", "股权") == 0,
	   "…第三条第二项规定, then the rule's words; 锦程公司已被冻结的股权 names no equity");
	run("河南省商丘市睢阳区人民法院\n执行通知书\n(2019)豫1403执1123号\n"
	    "人民法院对被执行人财产拍卖、变卖或者以物抵债的,计算至成交裁定或者抵债裁定生效之日。"
	    "王某擅自处分已被查封的财产,属于第一百一十四条第一款第三项规定的“隐藏、转移、变卖、毁损已被查封、扣押的财产”。\n");
	ok(!measure("拍卖", 0) && !measure("变卖", 0) && !measure("以物抵债", 0) && !measure("扣押", 0),
	   "a condition the law sets (…的,) and a statute quoted after 规定的“ are no acts");
	run("吉林省长春市朝阳区人民法院\n案款发放通知书\n（2024）吉0104执2107号\n长春市宏图建材销售有限公司、孙**、吉林省金桥小额贷款股份有限公司：\n"
	    "本院定于2024年5月8日发放案款。\n");
	ok(get("party", "申请执行人", "孙**") && get("party", "申请执行人", "吉林省金桥小额贷款股份有限公司"),
	   "a notice addressed to several names each");
	run("吉林省长春市朝阳区人民法院\n执行裁定书\n(2021)吉0104执5642号\n被执行人:长春通达顺物流有限公司,住所地长春市。\n法定代表人:赵**,该公司经理。\n"
	    "被执行人尚欠款项未履行。2023年5月16日上午,本院执行干警向光大银行送达了协助冻结存款通知书。"
	    "鹏程公司分别于2023年3月10日、2023年4月28日将和解款汇入本院执行款专户,共计700,000元,本院已于2023年5月8日全部发放给慧川公司。"
	    "查询了被执行人的存款、车辆,冻结了李某某名下中国邮政储蓄银行股份有限公司昆明市官渡区支行账户内存款。\n");
	ok(get("legal_rep", "长春通达顺物流有限公司", "赵**") && !get("party", NULL, "尚欠"),
	   "a masked 法定代表人 as written; 尚欠 is no name");
	ok(get("date", "通知", "2023-05-16") != NULL, "…日上午, then 送达: the notice's day");
	ok(get("amount", "到位", "70000000") && get("amount", "发放", "70000000"), "汇入本院…共计, then 发放: both");
	ok(get("item", "存款", "中国邮政储蓄银行股份有限公司昆明市官渡区支行") != NULL,
	   "the deposit's bank: the first 存款 a bank is named before");
	run("某某市人民法院\n执行裁定书\n（2024）豫0311执21号\n本院冻结了被执行人在中国针政储蓄银行股份有限公司昆明市官渡区支行的账户内存款。"
	    "本院冻结了被执行人在中国建设银行股份有限公司洛阳洛龙文行的账户内存款。本院冻结了被执行人在中国银行股份有限公司西安高新支行的"
	    "账户内存款。本院冻结了被执行人在浙商银行股份有限公司深圳科技园支行的账户内存款。\n");
	ok(get("item", "存款", "中国邮政储蓄银行股份有限公司昆明市官渡区支行") &&
	   get("item", "存款", "中国建设银行股份有限公司洛阳洛龙支行"),
	   "a national bank's name one character off (针政 for 邮政) and 文行 for 支行: mended");
	ok(get("item", "存款", "中国银行股份有限公司西安高新支行") && get("item", "存款", "浙商银行股份有限公司深圳科技园支行"),
	   "…but 中国银行 is no misread 中信银行, nor 浙商 招商: names one character apart stay as written");
	/* a ruling printed as one paragraph, as OCR read its lines: the header ran into the first record */
	run("山西省汾阳市人民法院行政裁定书（2017）晋1182行审69号申请执行人汾阳市国上上\n"
	    "资源局。法定代表人董士元，该局局长。委托代理人花铁柱，该局监察股副股长。委托代理\n"
	    "人虽建宏，该局查花村镇国土资源管理所所长。被执行人王某某。申请执行人汾阳市国土\n"
	    "资源局于2017年10月12日向本院申请强制执行汾国土资罚字（2017）第3号行政处罚决定要\n"
	    "求被执行人退还非法占用的7.57亩集体土地。本院立案登记后，依法进行了审查。申请执行人汾\n"
	    "阳市国土资源局于2017年9月13日以被执行人王某某未经批准占用集体土地为由作出行政处罚决定。\n");
	ok(get("case_no", NULL, "（2017）晋1182行审69号") && get("party", "被执行人", "王某某"),
	   "a header OCR ran into the first party's record, on a line of its own: 案号 and parties read");
	ok(get("legal_rep", "汾阳市国土资源局", "董士元") && get("party", "申请执行人", "汾阳市国土资源局") &&
	   count("party", "申请执行人") == 1,
	   "…the block ends where the body's 向本院申请 begins; 国上上 (土 read as two) is the 国土 the body names");
	/* the same, wrapped inside the first label, and a record's name wrapped after a full stop */
	run("青海省西宁市城东区人民法院行政裁定书（2017）青0102行审6号申\n"
	    "请执行人西宁市城东区国土资源局。负责人马建鑫，该局局长。委托代理人\n"
	    "张国峰，该局职工。被执行人青海华忠商贸有限公司蕊轩盆景生态园餐饮分\n"
	    "公司。负责人马克清。申请执行人西宁市城东区国土资源局于2017年6月7\n"
	    "日向本院申请执行编号2016-23号行政处罚决定书。本院依法组成合议庭进行了审查。\n");
	ok(get("legal_rep", "西宁市城东区国土资源局", "马建鑫") && get("party", "申请执行人", "西宁市城东区国土资源局"),
	   "a label the page wrapped right after the header's 案号 (…行审6号申⏎请执行人…) opens the parties' block");
	ok(get("party", "被执行人", "青海华忠商贸有限公司蕊轩盆景生态园餐饮分公司") &&
	   get("legal_rep", "青海华忠商贸有限公司蕊轩盆景生态园餐饮分公司", "马克清") && count("legal_rep", NULL) == 2,
	   "…a record run on after a full stop, its name wrapped (…餐饮分⏎公司。), has its own 负责人");
	run("某某县人民法院行政裁定书（2018）某0101行审3号申请执行人某某县自然资源局。\n"
	    "负责人李大明，该局局长。被执行人赵小川。申请执行人某某县自然\n"
	    "资源局于2018年3月1日向本院申请强制执行。\n");
	ok(count("party", "申请执行人") == 1 && get("party", "被执行人", "赵小川"),
	   "…a run-on record's name wrapped (某某县自然⏎资源局) is the party named before, not one more");
	run("青海省西宁市城东区人民法院行政裁定书（2017）青0102行审6\n"
	    "号申请执行人西宁市城东区国土资源局。负责人马建鑫，该局局长。委托代理人\n"
	    "张国峰，该局职工。被执行人王某某。申请执行人西宁市城东区国土资源局于2017年6月7\n"
	    "日向本院申请执行。\n");
	ok(get("legal_rep", "西宁市城东区国土资源局", "马建鑫") != NULL,
	   "…a 案号 wrapped before its 号, the first label right after it (…行审6⏎号申请执行人…)");
	run("山西省汾阳市人民法院行政裁定书（2017）晋1182行审69号申请执行\n"
	    "人汾阳市国土资源局。法定代表人董士元，该局局长。委托代理人花铁柱，该\n"
	    "局监察股副股长。被执行人王某某。申请执行人汾阳市国土资源局于2017年10月12日向本院申请强制执行。\n");
	ok(get("legal_rep", "汾阳市国土资源局", "董士元") && get("party", "被执行人", "王某某"),
	   "…a label wrapped before its last character (…69号申请执行⏎人汾阳市…)");
	run("山西省汾阳市人民法院行政裁定书（2017）晋1182行审69号申请执行\n"
	    "人人汾阳市国土资源局。法定代表人董士元，该局局长。委托代理人花铁柱，该\n"
	    "局监察股副股长。被执行人王某某。申请执行人汾阳市国土资源局于2017年10月12日向本院申请强制执行。\n");
	ok(get("party", "申请执行人", "汾阳市国土资源局") && !get("party", NULL, "人汾阳市国土资源局"),
	   "…its last character read twice (…申请执行⏎人人汾阳市…): no 人 in the name");
	run("某某市人民法院\n执行裁定书\n（2022）某0101执20号\n申请执行人：彭志刚，男，汉族。\n被执行人：邹建国，男，汉族。\n\n"
	    "申请执行人彭志刚与被执行人邹建国民间借贷纠纷一案，本院于2021年作出的判决已发生法律效力。\n");
	ok(count("party", "申请执行人") == 1 && count("party", "被执行人") == 1,
	   "…but a blank line before the body's opening reads no record from the body");
	run("某某市人民法院\n执行裁定书\n（2022）某0101执21号\n申请执行人：彭志刚，男，汉族。\n被执行人：邹建国，男，汉族。\n"
	    "本院认为，被执行人未履行义务，申\n请执行人彭志刚于2022年申请强制执行。\n");
	ok(count("party", "申请执行人") == 1 && !get("party", "申请执行人", "彭志刚于"),
	   "…nor a label the body wraps after a comma (…义务，申⏎请执行人…)");
	run("宝鸡市中级人民法院\n执行裁定书\n（2022）陕03执298号\n本院查封了被执行人的商业用房（不动产权证号：陕（2019）军鸡市不动产权第"
	    "0016688号）及其住房（不动产权证号：陕（2019）宝鸡市不动产权第0016689号）。\n");
	ok(get("item", "不动产", "陕（2019）宝鸡市不动产权第0016688号") &&
	   get("item", "不动产", "陕（2019）宝鸡市不动产权第0016689号"),
	   "a certificate's city misread in one character (军鸡市): the one city of its province that near");
	run("福建省泉州市丰泽区人民法院\n执行裁定书\n（2023）闽0503执88号\n本院查封了被执行人名下的住房（不动产权证号：闽（2019）录州市不动产权第"
	    "0047215号）。\n");
	ok(get("item", "不动产", "闽（2019）泉州市不动产权第0047215号") != NULL,
	   "…of several cities that near (录州市: 泉州, 福州, 漳州), the one the document names elsewhere");
	run("湖南省衡阳市中级人民法院\n执行裁定书\n（2022）湘04执复8号\n耒阳法院查封了被执行人名下的房产（不动产权证号：湘（2019）未阳市不动产权第"
	    "0008317号）。\n");
	ok(get("item", "不动产", "湘（2019）未阳市不动产权第0008317号") && count("item", "不动产") == 1,
	   "…but of two the document names (耒阳 and 衡阳), neither: the number as read");
	run("宁夏回族自治区吴忠市利通区人民法院\n执行裁定书\n（2023）宁0302执1号\n本院冻结了被执行人在中国农业银行股份有限公司吴患利通支行的账户内存款。"
	    "本院冻结了被执行人在中国农业银行股份有限公司银川兴庆支行的账户内存款。\n");
	ok(get("item", "存款", "中国农业银行股份有限公司吴忠利通支行") &&
	   get("item", "存款", "中国农业银行股份有限公司银川兴庆支行"),
	   "a branch's city misread in one character (吴患): the one city of the court's province that near");
	run("白城市中级人民法院\n执行裁定书\n（2021）吉08执异1号\n本院依法拍卖博泰公司名下的位于和白城市涨北区经济开发区泰山路5566号"
	    "办公楼及所占用的土地使用权。本院查封了被执行人位于大同市平城区新建路1号的房屋。\n");
	ok(get("item", "不动产", "白城市洮北区经济开发区泰山路5566号") && get("item", "不动产", "大同市平城区新建路1号"),
	   "an address with a speck before its city (和白城市) and its district misread (涨北区): mended; a right one as written");
	run("山东省泰安市中级人民法院\n执行裁定书\n(2016)鲁09执异3号\n申请执行人:山东宝龙实业发展有限公司,住所地泰安市。\n"
	    "法定代表人:许××董事长。\n");
	ok(get("legal_rep", "山东宝龙实业发展有限公司", "许××") != NULL, "许×× masked with ×, its 董事长 right after it: the name as written");
	run("重庆市万州区人民法院\n执行裁定书\n（2015）万法执异字第00012号\n申请执行人重庆市万州区永德建筑工程有限公司,住所地:重庆市万州区。\n"
	    "负责人**太,经理。\n被执行人四川省万县市龙沙丝织厂,住所地:重庆市万州区龙沙镇。\n负责人***,厂长。\n本院认为。\n");
	ok(get("legal_rep", "重庆市万州区永德建筑工程有限公司", "**太") && count("legal_rep", NULL) == 1,
	   "a 负责人 whose surname the publisher masked (**太) as written; one masked whole (***) names no one");
	run("浙江省高级人民法院\n执行裁定书\n（2022）浙执复146号\n"
	    "杭州中院作出执行裁定，解除对临岚中心1幢103室商铺（浙（2019）杭州市临平区不动产权第0031503号）的查封。"
	    "瑞丰公司于2023年5月17日通过网上银行将上述账户内的存款全部转出。\n");
	ok(get("item", "不动产", "浙（2019）杭州市临平区不动产权第0031503号") && count("item", "存款") == 0,
	   "a certificate in brackets starts at its province; 网上银行 is a channel, no bank");
}

/* Parties, prior 案号 and money as development set 5 writes them (tests/data/extract_dev5). */
static void test_parties_money(void)
{
	run("福建省泉州市中级人民法院\n执行裁定书\n(2022)闽05执复117号\n"
	    "复议申请人(异议人、被执行人):晋江市恒兴鞋服有限公司,住所地福建省晋江市。\n"
	    "二复议申请人共同委托诉讼代理人:黄某,福建刺桐律师事务所律师。\n"
	    "利害关系人(买受人):陈某某,男,1980年出生,住福建省泉州市。\n"
	    "利害关系人:中国建设银行股份有限公司耒阳支行,营业场所湖南省耒阳市。\n负责人:资某。\n"
	    "依据(2020)陕西汉唐证执字第315号执行证书。\n");
	ok(get("party", "异议人", "晋江市恒兴鞋服有限公司") && get("party", "被执行人", "晋江市恒兴鞋服有限公司"),
	   "a bracket of two roles gives both");
	ok(get("party", "买受人", "陈某某") && get("party", "利害关系人", "陈某某") &&
	   get("legal_rep", "中国建设银行股份有限公司耒阳支行", "资某"),
	   "the parties block goes on past 二…共同委托诉讼代理人; 利害关系人 opens a party line");
	ok(count("prior_case_no", NULL) == 0, "a notary's 证执字 number is no 案号");
	run("海南省海口市龙华区人民法院\n执行裁定书\n(2022)琼0106执4107号之二\n"
	    "本院在执行申请执行人甲公司与被执行人广西鑫旺建筑材料有限公司(以下简称鑫旺公司,法定代表人韦**)、南宁市青秀区鑫旺建材经营部一案中,"
	    "被执行人鑫旺公司未履行义务。本案系(2022)琼0106执4107号案件。\n"
	    "本案共执行到位206,842.17元，扣除申请执行费11,110.30元后，余款195,731.87元已于2022年6月28日发放给申请执行人。"
	    "买受人已缴纳的保证金71,000元转为成交价款，余款695,360元已于2022年8月3日汇入本院指定账户。\n");
	ok(get("party", "被执行人", "南宁市青秀区鑫旺建材经营部") && !get("party", NULL, "鑫旺公司"),
	   "a list of parties goes on past a short name's bracket; the short name is the party before it");
	ok(get("prior_case_no", "原执行案号", "（2022）琼0106执4107号") != NULL, "执4107号 in 执4107号之二: the case it rules in");
	ok(get("amount", "发放", "19573187") && get("amount", "到位", "69536000") && !get("amount", "未履行", NULL),
	   "余款 paid out or paid in is no sum still owed");
	run("吉林省长春市宽城区人民法院\n案款发放通知书\n(2024)吉0103执1047号\n"
	    "买受人已于2023年6月2日缴清全部成交价款。余款1,616,800元已于2024年4月26日支付至本院执行款专户。"
	    "黄某受偿679,398.28元。本院共计扣划存款5,000元,执行到位3,216.45元,已发放给申请执行人。\n");
	ok(get("date", "到账", "2023-06-02") && get("date", "到账", "2024-04-26"), "成交价款 paid in full, 支付至本院: received");
	ok(get("amount", "到位", "161680000") && get("amount", "发放", "67939828") && get("amount", "发放", "321645"),
	   "余款 paid into the court's account; 受偿 is paid out; recovered then paid out after another clause's sum");
	run("甘肃省白银市平川区人民法院\n执行裁定书\n(2020)甘0403执312号\n"
	    "本院于2020年4月7日提取了朱某某在白银市住房公积金管理中心平川管理部的住房公积金12,406.30元。"
	    "2023年3月6日，曹某某以锦华公司不履行执行和解协议为由向本院申请恢复执行，本院于2023年3月8日立案恢复执行。"
	    "被执行人尚欠借款本金、利息及诉讼费用合计442,161.88元未履行。"
	    "该裁决：偿还借款本金2,860,000元及截至2023年6月20日的利息、罚息、复利共计137,425.60元。"
	    "所有权自本裁定送达买受人时起转移。\n");
	ok(get("date", "到账", "2020-04-07") && get("amount", "到位", "1240630"), "提取 (公积金): money received that day");
	ok(get("date", "其他", "2023-03-06") && get("date", "立案", "2023-03-08"), "a verb after the next date is that date's");
	ok(get("amount", "未履行", "44216188") && get("amount", "利息", "13742560"), "a list's total takes the list's first word");
	ok(!get("party", NULL, "时起转移") && count("item", "其他") <= 1, "时起 is no name; 住房公积金管理中心 is no item");
}

/* Phrasings of rulings republished as published (masked names, run-on
 * pages, 行政非诉 orders); every name and number invented. */
static void test_published_runs(void)
{
	run("某某省高级人民法院\n执行裁定书\n（2024）某执复9号\n复议申请人（申请执行人）：郝某川。\n"
	    "被执行人：丛某某。\n被执行人：焦某莉，女，1970年3月2日出生。\n委派代表：牛某。\n被执行人：姚某伟，男。\n"
	    "复议申请人郝某川不服某某市中级人民法院（2023）某01执异77号执行裁定，向本院申请复议。\n");
	ok(get("party", "复议申请人", "郝某川") && !get("party", NULL, "郝某"), "a name masked in its middle (郝某川不服…) is whole");
	ok(get("party", "被执行人", "焦某莉") && get("party", "被执行人", "姚某伟") && !get("legal_rep", NULL, "牛某"),
	   "委派代表 goes on the parties block and is no 法定代表人");
	run("中华人民共和国最高人民法院\n执 行 裁 定 书\n（2015）执监字第88号\n申诉人（申请执行人）：钟某某。\n"
	    "本院查明：某某区人民法院于2013年4月9日作出（2013）某法民初字第512号民事裁定，冻结被告在某信用社的股金。\n");
	is_str(val("kind", NULL), "执行监督裁定书", "an old 最高人民法院 number without court letters (执监字) is 执监");
	ok(!!get("prior_case_no", "保全案号", "（2013）某法民初字第512号"), "a trial's 民事裁定 that froze is 保全, not the judgment enforced");
	run("某某市人民法院\n执行裁定书\n（2024）某0102执异5号\n"
	    "异议人对本院于2023年10月7日作出的（2023）某0102执恢54号执行通知书提出书面异议。\n"
	    "2015年4月25日，本院收到某某县自然资源局的强制执行申请书。\n"
	    "本院于2021年7月5日立（2021）某0102执788号案件执行，并于2021年7月6日作出执行裁定，裁定：一、冻结、划拨被执行人"
	    "存款4568704.6元。\n申请执行人某建公司管理人（以下简称某建公司管理人）。\n");
	ok(!!get("date", "通知", "2023-10-07"), "作出的…执行通知书: the notice's day");
	ok(get("date", "其他", "2015-04-25") && !get("date", "通知", "2015-04-25"), "本院收到…申请书: asked, not served");
	ok(!!get("date", "立案", "2021-07-05"), "于…立（2021）…号案件执行: the filing");
	ok(!get("amount", "到位", "456870460"), "裁定：一、冻结、划拨…存款…元 is ordered, not received");
	run("某某县人民法院\n行政裁定书\n（2017）某0125行审3号\n申请人：某某县自然资源局。\n被申请人：某某路桥有限公司。\n"
	    "裁定如下：\n准予强制执行某某县自然资源局的处罚决定：责令恢复土地原状。由申请人或当地人民政府组织实施。\n");
	is_str(val("kind", NULL), "行政非诉执行审查裁定书", "恢复土地原状 resumes no enforcement");
	ok(!get("party", NULL, "或当地人民政府"), "由申请人或当地人民政府组织实施 names no party");
	run("山西省汾阳市人民法院行 政 裁 定 书(2018)晋1182行审12号申请执行人某某市自然资源局。法定代表人董某元,该局局长。"
	    "委托代理人花某,该局职工。被执行人某某餐饮分公司。负责人马某清。申请执行人某某市自然资源局于2017年10月12日"
	    "向本院申请强制执行其作出的行政处罚决定,要求被执行人拆除违法建筑。本院依法组成合议庭进行了审查。\n");
	is_str(val("kind", NULL), "行政非诉执行审查裁定书", "a ruling printed as one run: its title…");
	is_str(val("case_no", NULL), "（2018）晋1182行审12号", "…its 案号…");
	ok(get("party", "被执行人", "某某餐饮分公司") && get("legal_rep", "某某市自然资源局", "董某元") &&
	   get("legal_rep", "某某餐饮分公司", "马某清"), "…its parties, each 法定代表人 with its own");
	const struct fact *cn = get("case_no", NULL, NULL);
	ok(cn && cn->line == 1 && cn->span_start > 0 && !strcmp(cn->raw, "(2018)晋1182行审12号"),
	   "…and each fact where it stands in the one line");
	run("某某市某某区人民法院\n执行裁定书\n（2024）吉0103执88号\n"
	    "本院在执行申请执行人孙**与被执行人长春某某汽车配件有限公司（以下简称某某公司，法定代表人周某）承揽合同纠纷一案中，"
	    "依据本院（2023）吉0103民初3319号民事判决立案执行。\n");
	ok(!!get("legal_rep", "长春某某汽车配件有限公司", "周某"), "a 法定代表人 named in a short name's bracket in the body");
	ok(!!get("party", "申请执行人", "孙**"), "a name masked as published (孙**与被执行人…) in the body");
	run("某某市人民法院\n执行裁定书\n（2024）闽0503执21号\n执行标的为装修款600,000元、逾期付款利息54,000元、案件受理费9,800元，合计663,800元。"
	    "被执行人于2024年5月6日、6月7日向本院执行款专户汇入300,000元、200,000元。拍卖款1,052,000元于2024年9月2日到账。\n");
	ok(get("amount", "本金", "60000000") && get("amount", "标的", "66380000"), "a list's first sum by its own word (装修款), the total the 标的");
	ok(get("amount", "到位", "30000000") && get("amount", "到位", "20000000") && get("amount", "到位", "105200000"),
	   "sums paid into the court's account (向本院…汇入) and a price that arrived (…元于…到账) are recovered");
	run("某某市人民法院\n执行异议裁定书\n（2024）陕0113执异21号\n公司章程约定的出资期限为2040年12月31日。\n");
	ok(!!get("date", "其他", "2040-12-31"), "a date to come, in a text as written, is a term (in a scan it would be a misread)");
	run("山西省太原市中级人民法院\n民事裁定书\n（2024）晋01财保9号\n申请人：大原锦阳恒通工程机械租赁有限公司。\n"
	    "被申请人：山西某某建设有限公司。\n申请人太太锦阳恒通工程机械租赁有限公司于2024年3月1日向本院申请财产保全。"
	    "本院查明，太原锦普恒通工程机械租赁有限公司与被申请人租赁合同纠纷一案。\n");
	ok(get("party", "申请人", "太原锦阳恒通工程机械租赁有限公司") && count("party", "申请人") == 1,
	   "a company misread differently in each of three mentions: each character as most readings have it");
}

/* Objection rulings as courts publish them (tests/data/extract_dev7): the
 * objector's story names the case objected in, its own deals and sums, and
 * the role words stand for the party the header named. */
static void test_objection_stories(void)
{
	run("安徽省巢湖市人民法院\n执行裁定书\n（2021）皖0181执异25号\n异议人：合肥广宏园林工程有限公司。\n"
	    "被执行人：王某。\n异议人广宏园林公司称:本院于2020年6月16日向异议人送达(2019)皖0181执365号协助执行通知书,"
	    "要求冻结王某在异议人处的工程款73万元。业主单位仅于2018年10月24日支付一笔工程款711330元,"
	    "异议人支付的前期费用已超出该款,异议人还为王某垫付数十万元。\n");
	ok(get("prior_case_no", "原执行案号", "（2019）皖0181执365号") && !get("prior_case_no", "异议案号", NULL),
	   "a 执 number in the objector's story is the case objected in, not an objection's");
	ok(!get("party", NULL, "支付") && count("party", "异议人") == 1, "异议人支付…: a verb after the role word, no party");
	ok(!get("amount", "本金", "71133000") && !get("amount", "本金", "73000000"),
	   "the objector's deals with others are no 本金 of the enforcement");
	ok(!get("amount", NULL, "10000000"), "数十万元 is a guess at a sum, no amount");
	run("湖南省衡东县人民法院\n执行裁定书\n（2021）湘0424执异29号\n异议人：南宁市某某村民小组。\n"
	    "被执行人：广西金悦房地产开发有限公司。\n"
	    "异议人称,因金悦公司、三骏公司违约,异议人将金悦公司、三骏公司诉至兴宁区人民法院,该法院作出了(2018)桂0102民初894号"
	    "民事判决书,判决解除异议人和金悦公司之间的《联营合同书》。\n"
	    "本院查明,本院于2017年3月1日作出(2016)湘0424民初9157号民事判决书,判决:驳回原告某某公司的诉讼请求。\n"
	    "本院查明,山西高院于2022年10月18日作出(2022)晋民终603号民事判决:驳回上诉,维持原判。\n");
	ok(!get("party", NULL, "将金悦公司") && !get("party", NULL, "三骏公司") && count("party", "异议人") == 1,
	   "异议人将甲公司、乙公司诉至…: the role word is the objector, the list the verb's");
	ok(!!get("prior_case_no", "其他", "（2018）桂0102民初894号"), "a judgment the objector won against others: 其他");
	ok(!!get("prior_case_no", "其他", "（2016）湘0424民初9157号"), "a judgment that dismissed the claim enforces nothing");
	ok(!!get("prior_case_no", "执行依据", "（2022）晋民终603号"), "驳回上诉，维持原判 keeps a judgment to enforce");
	run("新疆维吾尔自治区高级人民法院\n执行裁定书\n（2021）新执复139号\n复议申请人：天山房产公司。\n"
	    "乌鲁木齐中院作出执行裁定,冻结被执行人存款4568704.6元(其中本金4521093.6元、案件受理费47611元)。\n"
	    "申请执行人吴文俊与被执行人武汉胜翔公司(原武汉胜翔建筑安装工程有限公司)借款纠纷一案。\n");
	ok(!!get("amount", "本金", "452109360"), "a sum called 本金 in a review ruling stays 本金");
	ok(!get("party", "被执行人", "武汉胜翔公司(原武汉胜翔建筑安装工程有限公司"), "a name ends before its former name");
	run("吉林省白城市中级人民法院\n执行裁定书\n（2019）吉08执异42号\n异议人：某某商贸有限公司。\n"
	    "异议人对本院查封的被执行人位于白城市洮北区泰山路5566号办公楼及所占用的土地提出异议。\n");
	ok(!!get("item", "不动产", "白城市洮北区泰山路5566号"), "an address ends at the 号 its building follows");
}

/* Notices, 终本 and 抵债 rulings in more of the ways courts write them
 * (tests/data/extract_dev8). */
static void test_more_phrasings(void)
{
	run("湖南省长沙市天心区人民法院\n报 告 财 产 令\n(2024)湘0103执2871号\n"
	    "长沙湘韵装饰工程有限公司（统一社会信用代码91430103MA4L2H9T5J）：\n法定代表人：彭卫东\n"
	    "你单位至今未履行(2023)湘0103民初9127号民事判决确定的支付劳动报酬人民币86350元的义务。\n");
	const struct fact *x = get("party", "被执行人", "长沙湘韵装饰工程有限公司");
	ok(x && !strcmp(x->id_no, "91430103MA4L2H9T5J"), "an addressee with its code in brackets: the 被执行人, code and all");
	ok(!!get("amount", "本金", "8635000"), "未履行…判决确定的…86350元的义务: the judgment's sum, not what is left");
	run("四川省成都市武侯区人民法院\n执行裁定书\n（2023）川0107执100号\n申请执行人：何雪梅。\n被执行人：罗志刚。\n"
	    "该调解书确定：罗志刚偿还何雪梅借款本金35万元、利息6.8万元，合计41.8万元。"
	    "本院于2023年5月22日立案执行，并于同日冻结被执行人名下银行存款。"
	    "因被执行人确无履行能力，不属于有履行能力而拒不履行的情形，本院未将其纳入失信被执行人名单。\n");
	ok(!!get("amount", "标的", "41800000"), "本金…、利息…，合计…: the total the judgment makes due is the 标的");
	x = get("measure", NULL, "失信");
	ok(x && x->negated, "本院未将其纳入失信…: a measure not taken, though a condition of the law was told before it");
	ok(get("date", "立案", "2023-05-22") && get("date", "查封", "2023-05-22"), "…立案执行，并于同日冻结…: one date, two acts");
	run("浙江省义乌市人民法院\n案款发放通知书\n（2023）浙0782执5521号\n吴建华：\n"
	    "该房产经第二次拍卖，于2024年4月22日以1,083,000元成交，买受人已于2024年5月6日将全部成交价款缴入本院账户。"
	    "余款应当于2024年5月8日16时前缴清。上述价款扣除评估费5,800元后，剩余458,038.42元发放给申请执行人。"
	    "请申请执行人于收到本通知之日起七日内到本院领取案款。\n");
	ok(get("date", "拍卖", "2024-04-22") && get("date", "到账", "2024-05-06"),
	   "于…以…元成交: the auction's day; 将成交价款缴入本院: the day the money came");
	ok(!!get("date", "其他", "2024-05-08"), "…日16时前: a deadline, with its hour");
	ok(get("amount", "发放", "45803842") && !get("amount", "未履行", "45803842"), "剩余…元发放给申请执行人: paid out, not owed");
	ok(!get("party", NULL, "于收"), "申请执行人于收到…: no party 于收");
	run("河南省洛阳市西工区人民法院\n执行裁定书\n（2023）豫0303执恢215号之二\n申请执行人：洛阳市西工区鼎盛小额贷款有限公司。\n"
	    "被执行人：付国庆。\n裁定如下：\n一、将被执行人付国庆名下的住宅作价484400元交付申请执行人抵偿债务。\n");
	ok(!!get("amount", "成交价", "48440000"), "作价…元交付申请执行人抵债: the 抵债 price");
}

/* Phrasings of real rulings first met in development set 9: sums grouped
 * with a full-width comma, a sum the applicant asks to be enforced, a total
 * after a list of sums in clauses, the sum a 冻结、划拨 order names, a 扣划
 * ruling's kind, and a 行审 ruling's unit prices and the agency's fine. */
/* Development set 11 (real rulings of 江西 and 湖南 courts), measured blind first. */
static void test_set11_phrasings(void)
{
	run("某某区人民法院\n执行裁定书\n（2023）赣0113执450号\n申请执行人：潘某文。\n被执行人：某某物流有限公司。\n"
	    "申请执行人潘某文依据已发生法律效力的武汉市洪山区劳动人事争议仲裁委员会作出的（2022）洪劳人仲裁字第670号仲裁裁决书"
	    "向本院申请执行，本院于2023年1月9日立案执行，向被执行人发出执行通知书。\n");
	ok(!get("party", "申请执行人", "潘某文依据已发生法律效力的武汉市洪山区劳动人事争议仲裁委员会作出的"),
	   "申请执行人潘某文依据已发生法律效力的…: the name ends before 依据");
	ok(!get("cause", NULL, "人事争议") && !get("cause", NULL, "劳动争议"), "劳动人事争议仲裁委员会 is a body, no 案由");
	ok(get("date", "立案", "2023-01-09") && get("date", "通知", "2023-01-09"),
	   "「于…立案执行，向被执行人发出执行通知书」: the notice went out the day the case was filed");
	run("某某县人民法院\n执行裁定书\n（2023）赣0113执451号\n申请执行人：李某。\n被执行人：王某。\n"
	    "本院于2023年1月9日立案执行，于2023年1月20日向被执行人发出执行通知书。\n");
	ok(!get("date", "通知", "2023-01-09") && get("date", "通知", "2023-01-20"), "a notice with a day of its own keeps it");
}

static void test_set9_phrasings(void)
{
	run("某某县人民法院\n执行裁定书\n（2023）新2801执1207号\n申请执行人：某县自然资源局。\n被执行人：某县远帆商贸有限公司。\n"
	    "因被执行人未履行生效法律文书确定的义务，申请执行人于2023年3月9日向本院申请强制执行，"
	    "要求某县远帆商贸有限公司支付案件款46，250元。\n");
	ok(!!get("amount", "标的", "4625000"), "46，250元: a full-width comma groups the thousands; 申请强制执行，要求…支付: the 标的");
	run("某某县人民法院\n执行裁定书\n（2023）甘0922执311号\n申请执行人：某县应急管理局。\n被执行人：某县恒达物业有限公司。\n"
	    "依据行政处罚决定，某县恒达物业有限公司应交纳案件款9800元，执行费60元，合计9860元。\n裁定如下：\n"
	    "冻结、划拨被执行人某县恒达物业有限公司银行存款人民币9860元。\n");
	ok(get("amount", "本金", "980000") && get("amount", "费用", "6000") && get("amount", "标的", "986000"),
	   "案件款…元，执行费…元，合计…元: the case money, the fee, and their total the 标的");
	ok(!get("amount", "到位", "986000"), "冻结、划拨…存款…元 after 裁定如下: what the ruling orders, not money received");
	ok(!!get("kind", NULL, "冻结裁定书"), "a 冻结、划拨 ruling is a 冻结裁定书");
	run("某某县人民法院\n执行裁定书\n（2022）陕0524执88号之一\n申请执行人：郑丽华。\n被执行人：庞建新。\n裁定如下：\n"
	    "扣划被执行人庞建新在某银行账户内存款人民币2150.00元。\n");
	ok(!!get("kind", NULL, "冻结裁定书"), "a ruling that only orders 扣划 is a 冻结裁定书 too");
	run("某某市人民法院\n行政裁定书\n（2021）鲁1681行审27号\n申请执行人：某市自然资源和规划局。\n被执行人：某市宏盛建材有限公司。\n"
	    "申请执行人于2021年4月2日作出行政处罚决定：对非法占用的500平方米土地处以每平方米15元的罚款，罚款金额合计7500元；"
	    "对占用的林地300平方米处以12元/㎡的罚款,计3600元。\n");
	ok(get("amount", "罚款", "750000") && get("amount", "罚款", "360000"), "the fines the agency imposed are amounts");
	ok(!get("amount", NULL, "1500") && !get("amount", NULL, "1200"), "每平方米15元, 12元/㎡: rates, not sums");
	run("申请执行人请求对被执行人违法占用的林地300平方米处以12元/mi的罚款,计3600元。\n");
	ok(!get("amount", NULL, "1200") && get("amount", NULL, "360000"), "12元/mi (OCR's ㎡): a rate, the 3600元 a sum");
	ok(!get("measure", NULL, "罚款"), "an agency's fine in a 行审 ruling is no measure of the court");
	run("某某市人民法院\n执行裁定书\n（2022）新2801执402号\n申请执行人：某某自治州住房和城乡建设局，住所地为某某自治州某某市\n"
	    "法定代表人：邱立安\n被执行人：某某包装有限公司。\n");
	ok(!!get("party", "申请执行人", "某某自治州住房和城乡建设局"), "住房和城乡建设局: 住 opens a word of the name, not the address");
	ok(get("legal_rep", "某某自治州住房和城乡建设局", "邱立安") && !get("legal_rep", NULL, "邱立安被"),
	   "a representative's name at a line's end stops before the next party's label");
	run("某某市人民法院\n执行裁定书\n（2022）新2801执415号\n申请执行人：某某市市场监督管理局。\n被执行人：某某商贸有限公司。\n"
	    "本院查明被执行人某某商贸有限公司名下银行账户有存款2，150.30元，已划拨全部发放给申请执行人。"
	    "根据申请人申请依法将被执行人纳入限制高消费及失信人员名单。\n");
	ok(get("amount", "到位", "215030") && get("amount", "发放", "215030"),
	   "…有存款…元，已划拨全部发放给申请执行人: received, then paid out (the next clause says so)");
	ok(get("measure", NULL, "失信") && get("measure", NULL, "限制消费"), "纳入限制高消费及失信人员名单: both measures");
	run("申请执行人：某县人民法院刑事审判庭\n被执行人：韦某某\n"
	    "被执行人韦某某罚金一案，申请人于2023年5月8日移送执行，要求被执行人交纳罚金30000元，本院于2023年5月8日立案执行。\n"
	    "本案由覃立新任审判员，黄丽任书记员。\n裁定如下：\n终结（2023）桂1031执512号的执行\n审判员覃立新\n二〇二三年六月二日\n");
	ok(!!get("case_no", NULL, "（2023）桂1031执512号"), "a ruling printed without its header: the case its clause ends is its own");
	ok(!get("prior_case_no", NULL, "（2023）桂1031执512号"), "and no prior number");
	ok(!get("cause", NULL, NULL), "本案由…任审判员: no 案由 label");
	ok(!!get("amount", "标的", "3000000"), "a criminal fine sent to be enforced is the 标的");
	run("某某市人民法院\n执行裁定书\n（2022）新2801执3702号\n申请执行人：某某局。\n被执行人：某某有限公司。\n裁定如下：\n"
	    "终结本次执行程序。\n审判员巴特尔吉日嘎\n二〇二二年十二月二十日\n书记员王芳\n");
	ok(!!get("judge", "审判员", "巴特尔吉日嘎"), "a six-character name without its dot, alone on its line, is the judge's");
	run("某某县人民法院\n执行裁定书\n（2020）陕0524执91号之一\n申请执行人：郑丽华。\n被执行人：庞建新。\n裁定如下：\n"
	    "扣划被执行人庞建新在中国邮政储蓄银行6217997900104451234账户内存款人民币2150.00元。\n"
	    "二、扣划某某镇某某村村民委员会银行存款1020.50元。\n");
	ok(!!get("item", "存款", "6217997900104451234"), "…银行6217…账户内: the number right before 账户 is the account");
	ok(!get("item", "存款", "中国邮政储蓄银行") && !get("item", "存款", "扣划某某镇某某村村民委员会银行"),
	   "a bank named with its account number, and a committee's own 银行存款, give no bank item");
	run("某某市人民法院\n行政裁定书\n（2021）鲁1681行审31号\n申请执行人：某市自然资源局。\n被执行人：某市宏发工贸有限公司。\n"
	    "被执行人某市宏发工贸有限公司未经县级以上人民政府批准，擅自占用土地建设厂房。\n");
	ok(!get("party", NULL, "某市宏发工贸有限公司未经县级以上人民政府"), "…有限公司未经…人民政府批准: the name ends at 有限公司");
	run("申请执行人：韦某某\n被执行人：蒙某某\n本案在执行过程中，承办人员依法通过网络查询，未发现被执行人有可供执行的财产。\n");
	ok(!!get("measure", NULL, "网络查控"), "通过网络查询: the online query of the debtor's property");
}

/* Names as OCR reads them off scans of real rulings (development sets 6, 7,
 * 9 and 10 rendered as scans): the court's own county misread in a party's
 * name, an organisation's ending cut by the wrap, a lost bracket, 「.」 for
 * 「，」 after a name, 其/基 for a masked 某, 存款 misread after 公司银行. */
/* Records of the parties' block and the 落款 as OCR spoils them on scans. */
static void test_scanned_records(void)
{
	run("四川省成都市武侯区人民法院\n执行裁定书\n（2024）川0107执异88号\n"
	    "案外人【了姬议人）：成都锦江物业管理有限公司，住所地四川省成都市锦江区春熙路1号。\n法定代表人：陈小兵，董事长。\n"
	    "申请执行人：深圳前海金桥商业保理有限公司，住所地广东省深圳市前海深港合作区。.四\n法定代表人和：黎志坚。.      Eee\n"
	    "本院受理后，依法组成合议庭进行审查。\n");
	ok(get("party", "案外人", "成都锦江物业管理有限公司") && get("legal_rep", "成都锦江物业管理有限公司", "陈小兵"),
	   "「案外人【了姬议人）：…」: 【 read for （, the bracket garbled, the name after its close");
	ok(get("legal_rep", "深圳前海金桥商业保理有限公司", "黎志坚") != NULL,
	   "「法定代表人和：黎志坚」: a speck read as a character before the colon");
	run("  ”广东省佛山市南海区人民法院避卫\n站决定书aa\n。，，（2024）粤0605执12876号\n"
	    "被执行人：黎某康，男，1983年11月21日出生，汉族，住广东省佛山市南海区桂城街道。\n"
	    "本院在执行中，被执行人黎某康未履行义务，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》"
	    "第一条之规定，决定如下：\n将黎某康纳入失信被拟行人名单，失信期限为二年上国轴站\n本决定一经作出即生效。，.本0\n"
	    ".站国。二〇二四年九月二十日\n人AS\n");
	is_str(val("kind", NULL), "失信决定书",
	       "「站决定书aa」: a title between specks; 纳入失信被拟行人名单 with the list's name misread");
	ok(get("date", "落款", "2024-09-20") != NULL, "「.站国。二〇二四年九月二十日」: the seal's text read before a mark, then the 落款");
	run("广西壮族自治区南宁市青秀区人民法院\n和第和\n（2025）桂0103执901号1，，\n南宁市顺发物流有限公司：\n"
	    "申请执行人韦丽萍与你单位劳务合同纠纷一案，本院（2024）桂0103民初4567号民事判决书已经发生法律效力。"
	    "本院于同日立案，依照《中华人民共和国民事诉讼法》第二百五十二条规定，责令你单位自收到本通知书之日起三日内履行下列义务：\n"
	    "一、支付申请执行人劳务报酬人民币撞万陆什元整（86:000元）:” .\n二、负担案件受理费1,975元。\n");
	is_str(val("kind", NULL), "执行通知书", "a notice whose title OCR lost: 责令…履行 after 本通知书 is an 执行通知书");
	ok(!get("amount", NULL, "0") && get("amount", "费用", "197500"),
	   "「86:000元」: the tail 000 of a number OCR broke is no sum of 0");
	run("福建省厦门市思明区人民法院\n执行裁定书.\n，（2025）间0203扰恢45号\n"
	    "申请执行人：林美玲，女，1980年1月1日出生，汉族，住福建省厦门市思明区。\n"
	    "被执行人；厦门海天餐饮管理有限公司，住所地福建省厦门市思明区中山路200号。\n"
	    "申请执行人林美玲与被执行人厦门海天餐饮管理有限公司租赁合同纠纷一案，本院于2023年8月10日作出"
	    "（2023）闽0203执2222号执行裁定，终结本次执行程序。2025年2月14日，申请执行人林美玲向本院申请恢复执行。\n"
	    "依照《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条之规定，\n裁定如下.\n"
	    "恢复. (2023) .，闽0203执2222号案件的执行。-\n本裁定送达后立即生效。\n");
	ok(get("case_no", NULL, "（2025）闽0203执恢45号") != NULL, "扰恢 in the header: still the 执恢 number");
	is_str(val("kind", NULL), "恢复执行裁定书",
	       "「裁定如下.」 ending its line opens the operative clause: 恢复…的执行, not the 终本 the body recounts");
	run("湖南省长沙市岳麓区人民法院\n协助执行通知书\n（2024）湘0104执3030号\n长沙市不动产登记中心：\n"
	    "请协助执行下列事项：查封被执行人名下房产，查封期限三年，自2024年7月1日起至2027年6月30日止。\n"
	    "附：执行裁定书一份_\n                   .可二〇二四年七月一日”，\n（院印）”，，\n"
	    "经办人：执行员刘洋联系电话：0731-88888888\n");
	ok(get("date", "落款", "2024-07-01") && get("date", "其他", "2024-07-01"),
	   "「附：…一份_」 and 「.可二〇二四年七月一日”，」: OCR's specks around an enclosure note and a 落款 line");
	run("外华人民共和国最高人民法院\n.执行裁定书\n（2023.）最高法执监217号\n申诉人：黄某强。\n本院认为。\n");
	ok(get("case_no", NULL, "（2023）最高法执监217号") != NULL, "（2023.）: a speck before the year's close");
	is_str(val("kind", NULL), "执行监督裁定书", "…so its 执监 type gives the kind");
	run("河南省高级人民法院\n执行裁定书\n（2022）豫执复318号\n"
	    "被申请人（被执行.洛阳华瑞商贸有限公司，住所地河南省洛阳市西工区中州中路219号。\n法定代表人：孔繁荣，该公司经理。\n"
	    "本院受理后，依法组成合议庭进行审查。\n");
	ok(get("party", "被申请人", "洛阳华瑞商贸有限公司") && get("party", "被执行人", "洛阳华瑞商贸有限公司") &&
	   get("legal_rep", "洛阳华瑞商贸有限公司", "孔繁荣"),
	   "「被申请人（被执行.洛阳…」: the bracket's role with its 人 and close read as a speck; the name after it");
	const char *head = "某某市中级人民法院\n执行裁定书\n（2023）京73执178号\n";
	char doc[1024];
	snprintf(doc, sizeof doc, "%s申请执行人：张三。\n被执行人：李四。\n本院于2023年2月10日立案执行。\n"
		 "本裁定送达后立即生效。\n审判员 王磊\n%s\n书记员 邱一帆\n", head, "二O〇=三年五月二十二日");
	run(doc);
	ok(!strcmp(val("date", "落款"), "2023-05-22"), "二O〇=三年: the year's last numeral, its decade the document's");
	snprintf(doc, sizeof doc, "%s申请执行人：张三。\n本院于2023年8月10日立案执行。\n审判员 王磊\n%s\n", head,
		 "三三四年一月十九日");
	run(doc);
	ok(!strcmp(val("date", "落款"), "2024-01-19"), "三三四年: the first year ending in 四 from the document's latest date");
	snprintf(doc, sizeof doc, "%s申请执行人：张三。\n审判员 王磊\n%s\n", head, "三三四年一月十九日");
	run(doc);
	ok(!get("date", "落款", NULL), "no other date in the document: no decade to take, no 落款");
	snprintf(doc, sizeof doc, "%s申请执行人：张三。\n本院于2023年5月15日收到书面说明。\n审判员 王磊\n%s\n书记员 邱一帆\n",
		 head, "二O- -年五月=十二日");
	run(doc);
	ok(!strcmp(val("date", "落款"), "2023-05-22"),
	   "二O- -年五月=十二日: the year lost, = for 二; signed a week after the document's latest date");
	snprintf(doc, sizeof doc, "%s申请执行人：张三。\n本院于2023年5月15日收到书面说明。\n审判员 王磊\n%s\n", head,
		 "二O- -年二月=十二日");
	run(doc);
	ok(!get("date", "落款", NULL), "…but a month and day before that date: the year is not the latest's, no 落款");
	snprintf(doc, sizeof doc, "%s申请执行人：张三。\n本院于2023年1月15日收到书面说明。\n审判员 王磊\n%s\n", head,
		 "二O- -年十一月=十二日");
	run(doc);
	ok(!get("date", "落款", NULL), "…nor ten months after it: a year later is as likely");
	run("某某县人民法院\n执行裁定书\n（2023）京0108财保12号\n"
	    "申请人：北京智芯微电子科技有限公司，住所地北京市海淀区。\n统一社会信用代码：91110108MA0LR5TJ8H。\n");
	const struct fact *x = get("party", "申请人", "北京智芯微电子科技有限公司");
	ok(x && !strcmp(x->id_no, "91110108MA01R5TJ8H"), "MA0LR5: the one look-alike (L for 1) that makes the check character agree");
	run("某某区人民法院\n执行裁定书\n（2024）粤0305执异12号\n"
	    "申请执行人：深圳市前湾小额贷款有限公司，住所地深圳市南山区。\n统一社会信用代码：91440300MA5E8WJ2KJ。\n");
	x = get("party", "申请执行人", "深圳市前湾小额贷款有限公司");
	ok(x && !strcmp(x->id_no, "91440300MA5F8WJ2KJ"), "MA5E8: F read as E, the one change the check character agrees with");
	run("广东省佛山市顺德区人民法院\n执行裁定书\n（2023）粤0606执1234号\n申请执行人：佛山顺融农村商业银行股份有限公司\n"
	    "乐从支行，营业场所广东省佛山市顺德区乐从镇乐从大道东168号。\n负责人：黄嘉豪，该支行行长。\n"
	    "被执行人：佛山市顺德区铭丰家具有限公司，住所地佛山市顺德区。\n");
	ok(get("party", "申请执行人", "佛山顺融农村商业银行股份有限公司乐从支行") &&
	   get("legal_rep", "佛山顺融农村商业银行股份有限公司乐从支行", "黄嘉豪") &&
	   !get("party", "申请执行人", "佛山顺融农村商业银行股份有限公司"),
	   "「…股份有限公司⏎乐从支行，」: the branch the wrap cut off a name that looked whole");
	run("广东省佛山市顺德区人民法院\n执行裁定书\n（2023）粤0606执1235号\n申请执行人：佛山顺融农村商业银行股份有限公司\n"
	    "住所地广东省佛山市顺德区。\n被执行人：佛山市顺德区铭丰家具有限公司，住所地佛山市顺德区。\n");
	ok(get("party", "申请执行人", "佛山顺融农村商业银行股份有限公司") != NULL, "a whole name before a line of its address stays whole");
	run("湖北省武汉市江岸区人民法院\n执行裁定书\n（2024）鄂0102执异31号\n"
	    "被执行人：武汉汇通联运仓储合伙企业《有限合伙），主要经营场所湖北省武汉市。\n执行事务合伙人：杜某。\n");
	ok(get("party", "被执行人", "武汉汇通联运仓储合伙企业（有限合伙）") &&
	   get("legal_rep", "武汉汇通联运仓储合伙企业（有限合伙）", "杜某"),
	   "「合伙企业《有限合伙）」: OCR's 《 for the （ of a partnership's form");
	run("北京知识产权法院\n民事裁定书\n（2023）京73民初1876号之一\n原告（申请人）：北京智芯微电子科技有限公司，住所地北京市海淀区。\n"
	    "法定代表人：钱立新，董事长。\n被洁（被申请人）；深圳市迅捷芯半导体有限公司，住所地广东省深圳市。\n法定代表人：何振宇，总经理。\n");
	ok(get("party", "被申请人", "深圳市迅捷芯半导体有限公司") && get("legal_rep", "深圳市迅捷芯半导体有限公司", "何振宇"),
	   "「被洁（被申请人）；」: 被告 with its second character misread, the bracket's role");
	run("湖南省岳阳市岳阳楼区人民法院\n执行裁定书\n（2022）湘0602执88号\n本院查明：被执行人邹建国名下登记有湘FE.6M2K8号小型普通客车一辆；"
	    "其名下登记的湘B。2L6K8号普通二轮摩托车已于2023年1月查封；新登记有湘人8K6D2号小型越野客车一辆；"
	    "名下登记有湘F. 7M2Q5号重型厢式货车一辆。\n");
	ok(get("item", "车辆", "湘F6M2K8") && get("item", "车辆", "湘B2L6K8") && get("item", "车辆", "湘A8K6D2") &&
	   get("item", "车辆", "湘F7M2Q5"), "plates as OCR spoils their dot (「FE.」「B。」「F. 」) and A (「湘人」)");
	run("湖南省岳阳市岳阳楼区人民法院\n执行裁定书\n（2022）湘0602执89号\n申请执行人湘人100000名。\n");
	ok(!get("item", "车辆", NULL), "but 人 before digits is no plate without a vehicle after them");
	run("吉林省长春市朝阳区人民法院\n执行裁定书\n（2024）吉0104执88号\n本院查封了被执行人名下不动产（不动产权证号：吉2020）长春市"
	    "不动产权第0215587号）。另查封不动产权证号为2020）漳州市不动产权第0041573号的房产。\n");
	ok(get("item", "不动产", "吉（2020）长春市不动产权第0215587号") && get("item", "不动产", "闽（2020）漳州市不动产权第0041573号"),
	   "a certificate's year whose opening bracket OCR lost (with its province too: that of the city)");
	run("江苏省常州市武进区人民法院\n执行裁定书\n（2023）苏0412执88号\n三、冻结被执行人常州瑞洁机械制造有限公司持有的常州瑞洁.\n"
	    "精密部件有限公司60%的股权，冻结期限为三年。\n");
	ok(get("item", "股权", "常州瑞洁精密部件有限公司 60%") != NULL, "「常州瑞洁.⏎精密部件有限公司60%%的股权」: a speck ending the line the name wrapped from");
	run("河南省洛阳市西工区人民法院\n执行裁定书\n（2023）豫0303执恢215号\n申请执行人：洛阳市西工区鼎盛小额贷款有限公司。\n被执行人：竺国庆。\n"
	    "本院于2022年6月20日裁定终结本次执行程序。2023年3月6日，鼎盛公司申请恢复执行。房产经两次拍卖均流拍，申请执行人请求以物抵债。"
	    "依照《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第十六条之规定，裁定如下，ee\n"
	    "一、将被执行人竺国庆名下位于洛阳市西工区唐宫中路116号的住宅作价484400元交付申请执行人抵偿债务；\n"
	    "二、上述房产的所有权自本裁定送达时起转移。\n");
	ok(get("kind", NULL, "成交确认裁定书") != NULL,
	   "「裁定如下，ee」: the clause after a colon read as specks decides the kind, not the 终本 it recounts");
	run("某某县人民法院\n执行裁定书\n（2023）闽0111执88号\n申请执行人：福州榕达供应链管理有限公司，住所地福州市。\n"
	    "法定代表人：。，郑德铭，该公司经理。\n被执行人：兰州丰禾农业科技有限公司，住所地兰州市。\n"
	    "法定代表人：“1杨永福，该公司总经理。\n");
	ok(get("legal_rep", "福州榕达供应链管理有限公司", "郑德铭") && get("legal_rep", "兰州丰禾农业科技有限公司", "杨永福"),
	   "「：。，郑德铭」「：“1杨永福」: OCR's specks before the name");
	run("某某县人民法院\n执行裁定书\n（2021）新01执复139号\n被执行人：中建某某工程有限公司管理人。\n"
	    "负责人：宋小毛，该公司管理人负责人。\n新疆天山建材有限公司不服本院执行裁定。\n");
	ok(!get("legal_rep", NULL, "新疆天山"), "「…负责人。」 at a line's end: the next line holds no 负责人's name");
	run("某某县人民法院\n执行裁定书\n（2023）黑0109执恢215号\n申请执行人：某某农资有限公司，住所地某某市。\n"
	    "法定代表人：曲德江，总经理。\n被执行人（原审员合多滨北辰……，住所地某某市。\n法定代表人：王海，总经理。\n");
	ok(get("legal_rep", "某某农资有限公司", "曲德江") && !get("legal_rep", "某某农资有限公司", "王海"),
	   "a party line too garbled to read: its 法定代表人 is not the company above's");
	run("福建省漳州市芗城区人民法院\n执行裁定书\n（2023）闽0602执1207号\n申请执行人：张三。\n被执行人：李四。\n"
	    "申请执行人张三依据（2023）赣0602民初9127号民事判决书向本院申请执行，本院于2023年5月8日立案。\n"
	    "本院又查明，（2022）粤01民终88号民事判决已经生效。\n");
	ok(get("prior_case_no", NULL, "（2023）闽0602民初9127号") && !get("prior_case_no", NULL, "（2023）赣0602民初9127号"),
	   "赣0602 in a ruling of 闽0602: the court's own code under another province's letter, misread");
	ok(!!get("prior_case_no", NULL, "（2022）粤01民终88号"), "粤01: another city's code keeps its province");
	run("福建省漳州市芗城区人民法院\n执行裁定书\n（2023）闽0602执1207号\n申请执行人：张三。\n被执行人：李四。\n"
	    "申请执行人张三依据（2023）赣0604民初3512号民事判决书向本院申请执行，本院于2023年5月8日立案。\n");
	ok(!!get("prior_case_no", NULL, "（2023）赣0604民初3512号"),
	   "赣0604 in a ruling of 闽0602: another court's numbers, as another province's court may have — kept");
	run("河南省洛阳市西工区人民法院\n执行裁定书\n（2024）豫0303执恢31号\n申请执行人：某某公司。\n被执行人：张三。\n"
	    "本院于2021年11月8日立案执行，案号为2021)豫0303执4127号。后案号为（2022）和驳0303执5127号的案件终结。\n");
	ok(!!get("prior_case_no", NULL, "（2021）豫0303执4127号"), "案号为2021)豫0303…: a 案号 whose opening bracket OCR lost");
	ok(!!get("prior_case_no", NULL, "（2022）豫0303执5127号"), "和驳0303 in a ruling of 豫0303: the province's letter read as two characters");
	run("陕西省合阳县人民法院\n执行裁定书\n（2020）陕6524执63号之一\n被执行人：文海莹，女。\n");
	is_str(val("case_no", NULL), "（2020）陕0524执63号之一", "陕6524 under 陕西省合阳县人民法院 (陕0524): a digit of the code misread");
	run("新疆维吾尔自治区库尔勒市人民法院\n执行裁定书\n（2022）新280j执3679号\n申请执行人：张三。\n"
	    "本院依据（2020）新2801执63导之二裁定书执行。\n");
	is_str(val("case_no", NULL), "（2022）新2801执3679号", "新280j: a letter OCR read for a digit of the court's code");
	ok(!!get("prior_case_no", NULL, "（2020）新2801执63号之二"), "执63导之二: 号 read as 导");
	run("陕西省合阳县人民法院\n执行裁定书\n（2020）陕0525执63号\n被执行人：文海莹，女。\n");
	is_str(val("case_no", NULL), "（2020）陕0525执63号", "陕0525, a court of the table: kept as read");
	run("山东省烟台市芝罘区人民法院\n执行裁定书\n（2024）鲁0602执152号\n申请执行人：某某公司。\n被执行人：张三。\n"
	    "本院于2024年1月8日立案执行，执行标的为933,080\n-   ”元及迟延履行期间的债务利息。\n"
	    "被执行人尚欠利息为18,394，\n元。\n");
	ok(!!get("amount", "标的", "93308000"), "933,080⏎-   ”元: specks and the line's end between the digits and their 元");
	ok(!get("amount", NULL, "1839400"), "18,394，⏎元: a mark that may hide the decimals gives no amount");
	run("湖南省岳阳市岳阳楼区人民法院\n执行裁定书\n（2022）湘0602执1207号\n申请执行人：张三。\n被执行人：李四。\n"
	    "本案执行到位款项3.151.92苞，已全部发放给申请执行人，尚有463,328.08雹及迟延履行期间的债务利息未履行。"
	    "被执行人名下房屋建筑面积1,234.56平方米。\n");
	ok(get("amount", "发放", "315192") && get("amount", "未履行", "46332808"),
	   "3.151.92苞，463,328.08雹及: 元 misread after a sum shaped as courts write them");
	ok(!get("amount", NULL, "123456"), "1,234.56平方米: an area, no sum");
	run("云南省红河州某某县人民法院\n执行裁定书\n（2025）云2524执358号\n申请执行人：张三。\n被执行人：李四。\n"
	    "本院于2025年3月3日立案执行，执行标的为93,218.40无。本院于同日查询被执行人财产，共3处。\n");
	ok(get("amount", "标的", "9321840") && !get("amount", NULL, "300"), "93,218.40无。: 元 misread before a full stop");
	run("河北省廊坊市中级人民法院\n拍卖公告\n（2023）冀10执恢88号\n本院将于2023年9月1日在京东网司法拍卖平台公开拍卖被执行人的房产。"
	    "起拍价；1,223,600元，保证金：120,000元。\n");
	ok(get("amount", "起拍价", "122360000") != NULL, "起拍价；1,223,600元: the label's colon read as ；");
	run("广东省惠州市惠阳区人民法院\n拍卖公告\n（2018）粤1303执88号\n本院将于2018年4月21日在淘宝网司法拍卖网络平台公开拍卖被执行人的厂房。\n"
	    "起拍价；，11787511元\n保证金；，400000元；加价幅度：50000元\n");
	ok(get("amount", "起拍价", "1178751100") && get("amount", "保证金", "40000000"), "…with a speck after it (起拍价；，11787511元)");
	run("某某县人民法院\n执行裁定书\n（2023）闽0503执88号\n申请执行人：张三。\n被执行人：李四。\n"
	    "本院于2023年1月13日查封了被执行人名下的房产（不动产权证号：赣（2019）泉州市不动产权第0047215号）"
	    "及房产（不动产权证号：（2021）深圳市不动产权第0123456号）。\n");
	ok(get("item", "不动产", "闽（2019）泉州市不动产权第0047215号") && get("item", "不动产", "粤（2021）深圳市不动产权第0123456号"),
	   "a certificate's province misread (赣 for 闽) or lost: the province of the city it names");
	run("天津市第一中级人民法院\n执行裁定书\n（2020）津01执恢12号\n申请执行人：武某国。\n被执行人：天津菜某投资有限公司。\n"
	    "被执行人：天津市茶某实业发展股份有限公司。\n");
	ok(get("party", "被执行人", "天津某某投资有限公司") && get("party", "被执行人", "天津市某某实业发展股份有限公司"),
	   "菜某, 茶某: a masked 某某 with its first 某 misread");
	run("中华人民共和国最高人民法院\n执行裁定书\n(2015)执监字第134号\n让诉人(申请执行人):党宏文,男,汉族,住某某市。\n"
	    "被执行人:裴学文,男,汉族。\n本院认为，申请人户县国土.\n资源局于2016年8月31日作出户国土罚字〔2016〕第126号决定。\n");
	ok(get("party", "申诉人", "党宏文") && get("party", "申请执行人", "党宏文"),
	   "让诉人(申请执行人): 申诉人 misread in one character, known by the bracket's role");
	ok(!get("party", NULL, "户县国土.资源局"), "户县国土.⏎资源局: OCR's speck inside an organisation's name is dropped");
	run("中华人民共和国最高人民法院\n执行裁定书\n(2015)执监字第134号\n申诉人(申请执行人):上党宏文,男,汉族。\n"
	    "被执行人:上官婉清,女,汉族。\n");
	ok(get("party", "申诉人", "党宏文") && get("party", "被执行人", "上官婉清"),
	   "上党宏文: a speck read as 上 before a surname goes; 上官, a surname of two characters, stays");
	run("广西壮族自治区隆林各族自治县人民法院\n执行裁定书\n（2023）桂1031执386号\n申请执行人：隆某某。\n"
	    "本院于2023年3月6日立案执行。\n裁定如下：\n终结（2023）桂1031执386号的执行。\n本裁定送达后即发生法律效力。\n"
	    "审判员杨成作\n5。。二〇三三年三月二十七日\n书记员胡乾德\n");
	ok(!!get("date", "落款", "2023-03-27"), "「5。。二〇三三年三月二十七日」: a digit read for a speck before a 落款 in numerals");
	run("某某县人民法院\n执行裁定书\n（2019）赣0821执12号\n被执行人：邓军，男.1987年3月8日出后.汉族。\n"
	    "本院作出的判决于2018年5月6日发生法律效力。\n");
	ok(!get("date", NULL, "1987-03-08"), "「1987年3月8日出后.」: 出生 with its 生 misread is still a birth date");
	run("某某县人民法院\n执行通知书\n（2024）闽0582执5043号\n许建南：\n本院受理申请执行人某某公司与你买卖合同纠纷一案。\n"
	    "特此通知。\n。|二〇二四年七月二月\n执行，员林志强。书记员，蒙雅巡4\n");
	ok(!!get("judge", "执行员", "林志强"), "执行，员: a speck inside the label, in a notice's last lines with its 落款 unread");
	run("某某县人民法院\n拘留决定书\n（2024）甘0981司惩3号\n被拘留人：张三。\n本院决定对张三拘留十五日。\n"
	    "审判长马天福\n人民了说审员何建军\n二〇二四年四月一日\n书记员王悦\n");
	ok(!!get("judge", "人民陪审员", "何建军"), "人民了说审员: 陪 read as two characters");
	run("某某市中级人民法院\n执行裁定书\n（2023）陕01执异412号\n申请人：张三。\n驳回申请人张三的申请。\n"
	    "二〇二三年八月二十五日\n二生生站审判长杜宏伟\n书记员王悦\n");
	ok(!!get("judge", "审判长", "杜宏伟"), "二生生站审判长: specks read as characters before the label");
	run("某某县人民法院\n执行裁定书\n（2023）黑0109执恢215号\n"
	    "被执行人（原审被：对德胜，男，1970年3月12日出生，汉族，住某某市，公民身份号码230109197003124576。\n"
	    "被执行人（原审被：哆|桂芝，女，住址同上，公民身份号码\n230109197209253664。\n"
	    "申请执行人某某公司与被执行人赵德胜、刘桂芝买卖合同纠纷一案，本院作出判决。\n");
	x = get("party", "被执行人", "赵德胜");
	const struct fact *y = get("party", "被执行人", "刘桂芝");
	ok(x && y && !strcmp(x->id_no, "230109197003124576") && !strcmp(y->id_no, "230109197209253664"),
	   "a party line too garbled for its name (原审被：对德胜): its ID goes to the body's party whose name ends so");
	run("某某县人民法院\n执行裁定书\n（2021）粤0606执88号\n申请执行人：张三。\n被执行人：佛山市顺德区铭丰家具有限公司。\n"
	    "被执行人铭丰公司未履行义务。异议人伪达公司称其不知情。本院查询了被执行人北京燃气公司的财产。\n");
	ok(!get("party", NULL, "铭丰公司") && !get("party", NULL, "伪达公司"),
	   "铭丰公司: a short name whose definition OCR spoiled is no party of its own");
	ok(!!get("party", "被执行人", "北京燃气公司"), "北京燃气公司: a place first — an enterprise's whole name may end 公司");
	run("吉林省长春市朝阳区人民法院\n执行裁定书\n(2021)吉0104执5642号\n"
	    "被执行人(原审被告疲春通达顺物流有限公司,住所地吉林省长春市绿园区。统一社会信用\n代码:91220106MA0Y6QK43T。\n"
	    "法定代表人:赵** ,该公司执行董事。\n申请执行人王某与被执行人长春通达顺物流有限公司买卖合同纠纷一案，本院作出判决。\n");
	x = get("party", "被执行人", "长春通达顺物流有限公司");
	ok(x && !strcmp(x->id_no, "91220106MA0Y6QK43T") && get("legal_rep", "长春通达顺物流有限公司", "赵**"),
	   "a company's line too garbled to read (原审被告疲春…): its ID and its 法定代表人 go to the body's reading");
	run("某某县人民法院\n执行裁定书\n（2023）京0108执12号\n申访人(被执行人):王五,男。\n");
	ok(!get("party", "申诉人", "王五") && !get("party", "申请人", "王五"), "申访人: 申诉人 or 申请人, no telling — neither");
}

static void test_scanned_names(void)
{
	run("吉林省镇赉县人民法院\n行政裁定书\n（2015）镇行非执字第13号\n申请执行人：镇责县国土资源局。\n"
	    "法定代表人：白国力\n被执行人：邹城市宏达商贸有限公司。\n");
	ok(get("party", "申请执行人", "镇赉县国土资源局") && get("legal_rep", "镇赉县国土资源局", "白国力"),
	   "镇责县 in a ruling of 镇赉县人民法院: the court's own county, one character misread");
	ok(!!get("party", "被执行人", "邹城市宏达商贸有限公司"), "a real place one character off stays as read");
	run("（2023）甘0922执509号\n申请执行人：瓜州具消防救援大队\n法定代表人：任其基\n被执行人：张三\n");
	ok(!!get("party", "申请执行人", "瓜州县消防救援大队"), "瓜州具: 县 read as 具, the court known from the 案号's 甘0922");
	ok(!!get("legal_rep", NULL, "任某某"), "任其基: a masked given name, 其 and 基 read for 某");
	run("执行裁定书\n（2023）豫0105执异77号\n异议人（被执行人）：郭革某，男，汉族。\n申请执行人：王某。\n"
	    "本院在执行王某与郭某某借款合同纠纷一案中，郭某某提出异议。郭某某称其未收到通知。\n");
	ok(get("party", "被执行人", "郭某某") && !get("party", NULL, "郭革某"),
	   "郭革某 where the ruling writes 郭某某 more often: the masked name, its 某 misread");
	run("执行裁定书\n（2023）豫0105执异78号\n被执行人：郭建某，男，汉族。\n本院认为，郭建某未履行义务。\n");
	ok(!!get("party", "被执行人", "郭建某"), "郭建某 as the ruling writes it throughout: a mask of the last character, kept");
	run("天津市第一中级人民法院\n执行裁定书\n（2020）津01执恢12号\n被执行人：天津某某投资有限公司。\n");
	ok(!!get("party", "被执行人", "天津某某投资有限公司"), "天津某某: no place's suffix misread, nothing mended");
	run("天津市第一中级人民法院\n执行裁定书\n（2020）津01执恢12号\n被执行人：天津宏远投资有限公司。\n法定代表人：李其。\n");
	ok(!!get("legal_rep", NULL, "李其"), "李其 where no name is masked: a name as it may be");
	run("某某市中级人民法院\n执行裁定书\n（2021）新01执复139号\n"
	    "复议申请人（被执行人）：新疆天山建材集团)房地产开发有限公\n司，住所地新疆维吾尔自治区乌鲁木齐市。\n"
	    "法定代表人：杭宇，该公司董事长。\n新疆天山建材（集团）房地产开发有限公司不服某某区人民法院执行裁定。\n");
	ok(!!get("party", "复议申请人", "新疆天山建材（集团）房地产开发有限公司"),
	   "有限公⏎司: the ending the wrap cut; the lost 「（」 put back where the ruling writes it");
	run("某某县人民法院\n执行裁定书\n（2024）晋0104执88号\n申请执行人：山西某某股份有限公司。\n"
	    "被执行人:庞某菊.女.汉族.1973年8月26日出生.住山西省永济市。\n"
	    "被执行人:开平其其投资合伙企业(有限合伙).住所地广东省开平市。\n"
	    "冻结、划拨被执行人瓜州县三元物业服务有限公司银行存称人民币1258元。\n");
	ok(!!get("party", "被执行人", "庞某菊"), "庞某菊.女: OCR's 「.」 for 「，」 ends the name");
	ok(!!get("party", "被执行人", "开平某某投资合伙企业(有限合伙)"),
	   "开平其其…(有限合伙).住所地: two 其 for a masked 某某, and the name ends at its half-width bracket");
	ok(!get("party", NULL, "瓜州县三元物业服务有限公司银行"), "…有限公司银行存称 (存款 misread): the name ends at 公司");
	run("某某县人民法院\n执行裁定书\n（2019）鲁1522执异7号\n异议人：莘县国士资源局。\n"
	    "被执行人：广西金悦房地产开发首限公司。\n案外人：某某镇居民委员会。\n");
	ok(get("party", "异议人", "莘县国土资源局") && get("party", "被执行人", "广西金悦房地产开发有限公司"),
	   "国士资源局, 首限公司: a word organisations are named with, one character misread");
	ok(!!get("party", "案外人", "某某镇居民委员会"), "居民委员会 is a word of its own, not 村民委员会 misread");
	run("某某县人民法院\n执行裁定书\n（2019）粤0305执异9号\n申请执行人：深圳市前湾小额货款有限公司。\n被执行人：李某。\n");
	ok(get("party", "申请执行人", "深圳市前湾小额贷款有限公司") != NULL, "小额货款有限公司: 贷 misread in a lender's name");
	run("某某县人民法院\n执行裁定书\n（2019）苏0706执异10号\n异议人（被执行人）：连云港市公安消防文队。\n"
	    "申请执行人：瓜州县消防救授大队。\n被执行人：某某县消防救援支队。\n");
	ok(get("party", "异议人", "连云港市公安消防支队") && get("party", "申请执行人", "瓜州县消防救援大队") &&
	   get("party", "被执行人", "某某县消防救援支队"),
	   "公安消防文队, 消防救授大队: a fire brigade's name one character misread; 支队 and 大队 stay what they are");
	run("某某县人民法院\n执行裁定书\n（2019）鲁1522执异8号\n异议人：某某省国土资源厅。\n"
	    "申请执行人：远帆融资租赁有限公司。\n被执行人：某某消防救援支队。\n");
	ok(get("party", "异议人", "某某省国土资源厅") && get("party", "申请执行人", "远帆融资租赁有限公司") &&
	   get("party", "被执行人", "某某消防救援支队"), "国土资源厅, 融资租赁, 支队: lawful neighbours of such words stay");
	run("三\n生计庄目人民：填[这|\n，山东省高唐县人民法院\n-执行裁定书.\n.（2021）重1526执异34号，_\n"
	    "案外人：聊城全聚建筑安装工程有限公司，住所地：山东省。\n，法定代表人：杨风泉，该公司经理。|\n");
	ok(!!get("legal_rep", "聊城全聚建筑安装工程有限公司", "杨风泉"),
	   "a garbled line above the title, a 案号 whose province OCR misread: the parties' block is still found");
	run("山东省曹县人民法院\n行政裁定书\n（2018）鲁1522行审135号\n申请执行人：莘县国土资源局，住所地莘县政府街13号。\n被执行人：张某。\n");
	ok(!!get("court", NULL, "山东省莘县人民法院"),
	   "曹县 read for 莘县 under 鲁1522, the ruling naming 莘县 elsewhere: the 案号's court");
	run("山东省曹县人民法院\n行政裁定书\n（2018）鲁1522行审135号\n申请执行人：曹县国土资源局。\n被执行人：张某。\n");
	ok(!!get("court", NULL, "山东省曹县人民法院"), "and the court as read when the ruling names its place, not the 案号's");
	run("山东省胶州市人民法院\n执行裁定书\n（2023）鲁0683执12号\n申请执行人：莱州市宏达商贸有限公司。\n"
	    "被执行人：张某。\n申请执行人莱州市宏达商贸有限公司与被执行人张某买卖合同纠纷一案。\n");
	ok(!!get("court", NULL, "山东省莱州市人民法院"),
	   "胶州 read for 莱州 under 鲁0683: a seat with 州 in its name (莱州市) counted whole");
	run("0广东省深圳市中级人民法院\n执行裁定书\n(2020)粤03执复61号\n复议申请人：某某公司。\n本案由宝安法院执行。\n");
	ok(!!get("court", NULL, "广东省深圳市中级人民法院"), "「0广东省…」: a speck glued to the header's court");
	run("执行裁定书\n（2023）晋07执恢55号\n被执行人：晋中市通顺物流有限公司，住所地山西省晋中市榆次区汇通路396号，"
	    "统一社会信用代码91140702MAOKTW\n.  Q30U。\n法定代表人：贾国栋，该公司总经理。\n");
	const struct fact *x = get("party", "被执行人", "晋中市通顺物流有限公司");
	ok(x && !strcmp(x->id_no, "91140702MA0K7WQ30U"),
	   "a credit code broken across the line's end, O for 0 and T for 7: read when the check character agrees");
	run("执行裁定书\n（2023）浙0782执1187号\n被执行人：义乌市恒远针织有限公司，住所地浙江省义乌市稠城街道，"
	    "统一社会信用代码91330782MA2IEK3P7X1。\n法定代表人：楼建平。\n");
	x = get("party", "被执行人", "义乌市恒远针织有限公司");
	ok(x && !strcmp(x->id_no, "91330782MA2EK3P7X1"),
	   "a credit code read with one character too many (MA2IEK…): the one whose removal makes the check agree");
	run("执行裁定书\n（2023）浙0782执1187号\n被执行人：义乌市恒远针织有限公司，住所地浙江省义乌市稠城街道，"
	    "统一社会信用代码916102207715R93K6XK。\n法定代表人：楼建平。\n");
	x = get("party", "被执行人", "义乌市恒远针织有限公司");
	ok(x && !x->id_no[0],
	   "but not when what is left is no code's shape (16 10…: no 机构类别 6, no province 10), check or not");
	run("执行裁定书\n（2023）闽0503执2214号\n申请执行人：黄振宇，男，1983年7月14日出生，汉族，住福建省泉|\n"
	    "州市丰泽区刺桐路88号2幢1603室，公民身份号码35050 |\n    3198307140511。\n被执行人：某某公司。\n");
	x = get("party", "申请执行人", "黄振宇");
	ok(x && !strcmp(x->id_no, "350503198307140511"), "a 身份号码 broken across the line's end with a speck");
	run("执行裁定书\n（2023）闽0503执2214号\n申请执行人：黄振宇，男，住福建省泉州市，公民身份号码35050 |\n"
	    "    3198307140512。\n被执行人：某某公司。\n");
	x = get("party", "申请执行人", "黄振宇");
	ok(x && !x->id_no[0], "and not when its check character disagrees (no ID rather than a wrong one)");
	run("执行裁定书\n（2023）闽0602执1207号\n申请执行人：某某装饰工程有限公司。\n"
	    "被执行人：蒙丽华，女，1985年3月17日出生，公民身份号码：350602198503174021。\n"
	    "本院在执行申请执行人某某装饰工程有限公司与被执行人蔡丽华买卖合同纠纷一案中，判决蔡丽华支付货款。\n");
	x = get("party", "被执行人", "蔡丽华");
	ok(x && !strcmp(x->id_no, "350602198503174021") && !get("party", NULL, "蒙丽华") && count("party", "被执行人") == 1,
	   "a person the block names once, one character off the name the body repeats: the block's reading was OCR's");
	run("执行裁定书\n（2023）闽0602执1207号\n申请执行人：张丽华，女。\n被执行人：王丽华，女。\n"
	    "申请执行人张丽华与被执行人王丽华民间借贷纠纷一案，王丽华未履行。\n");
	ok(get("party", "申请执行人", "张丽华") && get("party", "被执行人", "王丽华"), "two people the block names stay two");
	run("中华人民共和国最高人民法院\n执行裁定书\n（2024）最高法执监57号\n"
	    "申诉人（申请执行从湖南星沅工程机械有限公司，住所地湖南省长沙市望城区。\n法定代表人：易振华，该公司总经理。\n");
	ok(get("party", "申诉人", "湖南星沅工程机械有限公司") && get("party", "申请执行人", "湖南星沅工程机械有限公司") &&
	   get("legal_rep", "湖南星沅工程机械有限公司", "易振华"),
	   "申诉人（申请执行从…: the bracket's role with its closing mark lost and a character misread");
	run("执行裁定书\n（2024）晋执监12号\n申诉人(申请执行人冰西某某股份有限公司,住所地山西省太原市。\n"
	    "申诉人山西某某股份有限公司(以下简称山西某某公司)不服山西省高级人民法院执行裁定。\n");
	ok(get("party", "申诉人", "山西某某股份有限公司") && !get("party", NULL, "冰西某某股份有限公司"),
	   "two readings of a name as often: the one opening with a place the court table knows");
	run("执行裁定书\n（2019）内执监5号\n申诉人(申请执行人说宏文,男,汉族,1967年11月9日出生,住内蒙古。\n"
	    "党宏文不服内蒙古自治区高级人民法院执行裁定。本院在审理党宏文与裴学文股权纠纷一案中。\n");
	ok(get("party", "申诉人", "党宏文") && get("party", "申请执行人", "党宏文") && !get("party", NULL, "说宏文"),
	   "a person the block names once, the body twice one character off: the body's reading");
	run("执行裁定书\n（2024）甘0981执215号\n申请执行人：赵某某。\n被执行人：王某。\n"
	    "王某未履行，赵某某于2024年3月4日向本院申请组虽执行，本院同日立委。和解协议签订后，王某于2024年5月6日向本院文付执行款2000元。"
	    "本院于2024年6月1日收到执行裁定书。\n");
	ok(get("date", "立案", "2024-03-04") && get("date", "到账", "2024-05-06"),
	   "本院同日立委, 向本院文付: verbs OCR misread in one character still give the dates' roles");
	ok(!get("date", "到账", "2024-06-01"), "but 收到执行裁定书 is no money received");
	run("执行裁定书\n（2024）云0111执9127号\n申请执行人：赵某某。\n被执行人：王某。\n"
	    "因王某未履行，赵某某于2024年10月8日向本院申请强制执行，本院于2024年10月9日衬案执行。"
	    "本院于2024年11月2日立索执行（2024）云0111执恢3号案件。\n");
	ok(get("date", "立案", "2024-10-09") && get("date", "立案", "2024-11-02"),
	   "衬案执行, 立索执行: the filing with one character misread");
	run("执行裁定书\n（2019）鄂11执异5号\n"
	    "该院依法冻结被执行人所持有的10%的股权，冻结期间为2016年10月26日至2019年10月25日。\n");
	ok(get("date", "查封", "2016-10-26") && get("date", "其他", "2019-10-25") && count("date", NULL) == 2,
	   "冻结期间为…至…: the freeze began on the first day, the second its end");
	run("执行裁定书\n（2024）云0111执9127号\n申请执行人：赵某某。\n被执行人：王某。\n"
	    "因王某未履行，赵某某于2024年10月8日向本院申请强制执行，本院于同日衬案执行。"
	    "2024年12月2日，本院约谈申请执行人，告知其本案执行情况。\n");
	ok(get("date", "立案", "2024-10-08") && get("date", "其他", "2024-12-02"),
	   "…申请强制执行，本院于同日衬案执行: filed that day; but 告知其本案执行情况 is no filing");
	run("执行裁定书\n（2024）鄂0102执异88号\n异议人：胡某某。\n"
	    "本院在执行中国民生银行股份有限公司武汉分行与武汉长江汇通物流有限公司金融借款合同纠纷一案中，"
	    "异议人胡某某对本院查封房屋的执行行为不服，向本院提出书面异议。本院于2024年7月2日立案受理后，依法组成合议庭进行审查。\n");
	ok(get("date", "其他", "2024-07-02") && !get("date", "立案", "2024-07-02"),
	   "…提出书面异议。本院于…立案受理后: the objection's day, not the case's filing");
	run("云南省昆明市官渡区人民法院\n执行裁定书\n（2024）云0111执9127号\n申请执行人：昆明雅筑装饰工程有限公司。\n"
	    "被执行人：李某茶，女。\n\n申请执行人昆明雅筑装饰工程有限公司〈以下简称雅筑公司）\n与被执行人李某某装饰合同纠纷一案。\n"
	    "本院于2021年9月1日将李某某纳入失信被执行人和名单。\n");
	ok(!get("party", NULL, "昆明雅筑装饰工程有限公司（以下简称雅筑公司）") && count("party", "申请执行人") == 1,
	   "（以下简称…） closing at a line's end: the short name is no part of the name");
	ok(!!get("party", "被执行人", "李某某") && !get("party", NULL, "李某茶"), "李某茶: OCR's 茶 after a masked 某");
	ok(!get("party", NULL, "和名单"), "失信被执行人和名单: no party");
	run("执行裁定书\n（2024）云0111执9127号\n申请执行人：某某公司。\n被执行人：李某。\n裁定如下：\n终结本次执行程序。\n"
	    "审判长 和晓东\n审判员 人金哲\n人民陪审员 和孙秀兰\n二〇二四年五月六日\n");
	ok(get("judge", "审判员", "金哲") && get("judge", "人民陪审员", "孙秀兰"),
	   "人金哲, 和孙秀兰: a speck read as 人 or 和 before a surname");
	ok(!!get("judge", "审判长", "和晓东"), "和晓东: 和 is a surname too, before no other");
	run("湖南省衡阳市中级人民法院\n执行裁定书\n（2024）湘04执监1号\n申诉人：未阳市金泰房地产开发有限公司。\n"
	    "被执行人：邓某菜。\n申请执行人一审原告、二审被上诉人）：郴州市锦华置业有限公司\\以下简称锦华公司）。\n");
	ok(!!get("party", "申诉人", "未阳市金泰房地产开发有限公司"),
	   "a city court's parties come from any of its places (耒阳市, 衡阳市 …): no guess which one");
	ok(!!get("party", "被执行人", "邓某某"), "邓某菜: OCR's 菜 after a masked 某");
	ok(!get("party", NULL, "一审原告") && !get("party", NULL, "二审被上诉人"), "roles of the trial are no names");
	ok(!get("party", NULL, "郴州市锦华置业有限公司\\以下简称锦华公司"), "「\\以下简称」: a speck for （ still ends the name");
}

/* Documents printed without their title, as platforms and sites copy them
 * (development set 10): an auction announcement, a 限制消费令; the court's
 * own account for deposits; a bidder's deposit frozen by the platform; a
 * court that commissioned a sale. */
static void test_untitled_copies(void)
{
	run("某某市某某区人民法院将于2019年6月3日10时至2019年6月4日10时止（延时除外）在某某区人民法院淘宝网司法拍卖网络平台上"
	    "进行公开拍卖活动，现公告如下：\n一、拍卖标的：被执行人某某食品有限公司名下的机器设备一批。\n起拍价：1200000元\n"
	    "二、网拍系统将在竞买人支付宝账户内冻结相应资金作为应缴的保证金，拍卖结束后未能竞得者冻结的保证金自动解冻。\n"
	    "三、拍卖余款在成交后十日内缴入法院指定账户（户名：某某市某某区人民法院，开户银行：某银行某支行，账号：6222020012345678901）。\n");
	ok(!!get("kind", NULL, "拍卖公告"), "将于…在…司法拍卖网络平台上进行公开拍卖活动，现公告如下: an auction announcement");
	ok(!get("item", "存款", "6222020012345678901"), "户名：…人民法院…账号: the court's account, no deposit of the debtor");
	ok(!get("measure", NULL, "冻结"), "冻结相应资金作为应缴的保证金: a bidder's deposit, no measure");
	run("某某科技有限公司:\n本院于2021年03月15日立案执行申请人吴国梁申请执行你单位劳动争议仲裁一案，"
	    "因你单位未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院对你单位采取限制消费措施。\n此令\n二〇二一年三月二十日\n");
	ok(!!get("kind", NULL, "限制消费令"), "采取限制消费措施…此令 without a title: a 限制消费令");
	ok(get("party", "申请执行人", "吴国梁") && !get("party", "申请人", "吴国梁"), "申请人…申请执行你单位: the 申请执行人");
	run("某某科技有限公司:\n本院于2021年03月15日立案执行申请人吴国梁申请执行你单位劳动争议仲裁一案，本院对你单位采取限制消费措施，"
	    "限制你单位及你单位法定代表人孙建华不得实施以下高消费行为。\n此令\n二〇二一年三月二十日\n");
	ok(!!get("legal_rep", "某某科技有限公司", "孙建华"), "你单位法定代表人…不得: the addressee's representative, named in the body");
	run("某车辆司法变卖公告\n受重庆市涪陵区人民法院委托，定于9月7日10：00起对以下标的物进行公开变卖，公告如下：\n");
	ok(!!get("court", NULL, "重庆市涪陵区人民法院"), "受…人民法院委托: the court, without 受");
}

/* A copier's dark edge read as a character before a label, and the body's
 * opening of a 复议 ruling (「复议申请人某某不服…」) told from a party line. */
static void test_copier_edge(void)
{
	run("浙江省杭州市中级人民法院\n执行裁定书\n（2023）浙01执复88号\n"
	    "复议申请人（案外人）：杭州临平鸿运纺织有限公司，住所地浙江省杭州市。\n"
	    "被执行人：杭州余杭锦程家纺有限公司，住所地浙江省杭州市临平区。\n国法定代表人：钮建平，\n"
	    "，被执行人；钮建平，男，1971年10月3日出生，汉族，住浙江省杭州市\n临平区。\n"
	    "复议申请人杭州临平鸿运纺织有限公司（以下称鸿运公司）不服浙江省杭州市临平区人民法\n"
	    "院（2023）浙0113执异156号执行裁定，向本院申请复议。\n");
	ok(get("legal_rep", "杭州余杭锦程家纺有限公司", "钮建平") && get("party", "被执行人", "钮建平"),
	   "「国法定代表人：」: the speck-read character before a label and its colon dropped, the next party still read");
	ok(count("party", "复议申请人") == 1, "「复议申请人某某（以下称…）不服…」 opens the body: no second 复议申请人");
	run("某某市人民法院\n执行裁定书\n（2023）浙01执复89号\n被申请人：海口鑫源水产贸易有限公司。\n"
	    "原法定代表人：王大明。\n");
	ok(get("party", "被申请人", "海口鑫源水产贸易有限公司") && !get("party", "申请人", "海口鑫源水产贸易有限公司"),
	   "「被申请人：」 is a label of its own, not a speck 「被」 before 「申请人：」");
	ok(!get("legal_rep", NULL, "王大明"), "「原法定代表人：」, the former one, is no speck before a label");
	run("某某市人民法院\n执行裁定书\n（2023）苏05执异12号\n异议人：王大明。\n裁定如下：\n驳回异议。\n"
	    "审判长宓立群\n审判员蒯娟\n大民陪审员郁建平\n二〇二三年七月二十八日\n书记员闻静\n");
	ok(!!get("judge", "人民陪审员", "郁建平"), "「大民陪审员」 in the signature: a five-character label with its first character misread");
	run("陕西省西安市中级人民法院\n执行裁定书\n（2023）陕01执异9号\n"
	    "异议人“被执行人）：西安锦华置地有限公司，住所地陕西省西安市雁\n塔区科技路48号。\n\n法定代表人：毛建军，总经理。\n"
	    "申请执行人：“王大明”。\n");
	ok(get("party", "异议人", "西安锦华置地有限公司") && get("party", "被执行人", "西安锦华置地有限公司") &&
	   get("legal_rep", "西安锦华置地有限公司", "毛建军"), "「异议人“被执行人）：」: OCR's “ for （ before a role, both roles read");
	ok(!!get("party", "申请执行人", "王大明"), "…but a name in quotes is still the name");
	run("某某县人民法院\n决定书\n（2024）湘0102执1号\n被执行人：保丽华。\n将被执行人保丽华纳入失信被执行人名单。\n"
	    "本决定一经作出即生效。\n上审判员段晓云\n二〇二四年十二月二十七日\n书记员杨帆\n");
	ok(!!get("judge", "审判员", "段晓云"), "「上审判员段晓云」: a short signature line with a speck read as a character first");
	run("福建省厦门市思明区人民法院\n执行裁定书\n（2023）闽0203执2954号\n"
	    "被执行人：厦门鹭岛明辉餐饮有限公司，住所地福建省厦门市。\n法定代表人：_庄国辉执行董事。\n");
	ok(!!get("legal_rep", "厦门鹭岛明辉餐饮有限公司", "庄国辉"), "「法定代表人：_庄国辉执行董事」: a speck before the name, the comma before the title lost");
}

/* What a published ruling masks (粤Ｙ×××××, 16×××51), equity held in a
 * company (在…公司所持有的10%的股权), and a party line left without its
 * full stop before the body. */
static void test_masked_published(void)
{
	run("广东省广州市花都区人民法院\n执 行 裁 定 书\n（2018）粤0114执4076号之二\n"
	    "申请执行人:广州市花都区狮岭大州无纺布商行,住所地广州市花都区狮岭镇合成村。\n"
	    "被执行人:邹清，女，1991年8月26日出生，汉族，住江西省吉安市新干县，\n"
	    "被执行人:邓军，男，1987年3月8日出生，汉族，住江西省吉安市新干县，\n"
	    "本院依据已经发生法律效力的（2017）粤0114民初4976号民事判决书，向被执行人发出执行通知书。"
	    "由于被执行人至今未能履行义务，依照《中华人民共和国民事诉讼法》第二百四十四条的规定，裁定如下：\n"
	    "一、查封权属于被执行人邓军的号牌为粤Ｙ×××××的车辆档案。\n二、查封期限为两年。\n执行员王志文\n二Ｏ一八年六月十二日\n");
	const struct fact *x = get("item", "车辆", "粤Y×××××");
	ok(x && !strcmp(x->action, "查封"), "a masked plate with a full-width letter is the vehicle seized");
	ok(get("party", "被执行人", "邓军") && count("party", "被执行人") == 2,
	   "both debtors, though their lines end with a comma");
	ok(!get("party", NULL, "本院依据已经发生法律效力的") && x, "the body that follows is no wrapped party line");
	run("江西省南昌市红谷滩区人民法院\n执行裁定书\n（2022）赣0113执6828号之一\n本院在执行中，查封被执行人名下车牌号为湘DLR7**的车辆一台。"
	    "本案申请执行人申请执行17211.68元，已执行0元。\n");
	ok(get("item", "车辆", "湘DLR7**") && get("amount", "标的", "1721168") && get("amount", "到位", "0"),
	   "a plate masked with * kept as published; 申请执行17211.68元 is the sum asked (标的)");
	run("山东省泰安市中级人民法院\n执行裁定书\n（2016）鲁09执异64号\n"
	    "异议人山东某某建工公司对本院扣划其在工商银行泰安分行的16×××51账户存款102万元不服，向本院提出书面异议。\n"
	    "二、冻结被执行人在湖北团风农村商业银行股份有限公司所持有的10%的股权。\n"
	    "三、冻结被执行人武汉胜翔建筑公司持有的股权。\n"
	    "四、另查明，被执行人租用的信箱粤Ｙ×××××已经注销。\n");
	ok(get("item", "存款", "16×××51") && !get("item", "存款", "工商银行泰安分行"),
	   "a masked account number right before 账户 is the account, not the bank");
	ok(get("item", "股权", "湖北团风农村商业银行股份有限公司 10%") != NULL,
	   "在…公司所持有的10%%的股权: the company the equity is in");
	ok(!get("item", "股权", "武汉胜翔建筑公司"), "…公司持有的股权 without 在: that company holds it, it is no item");
	ok(count("item", "车辆") == 0, "a masked run with no vehicle after it is no plate");
	run("上海市第一中级人民法院\n执行裁定书\n（2017）沪01执复22号\n复议申请人：上海宏邦化工有限公司。\n"
	    "松江法院经审查，该院于2015年4月21日作出的(2014)松民二(商)初字第2861号民事判决书已经发生法律效力。\n");
	ok(get("prior_case_no", "执行依据", "（2014）松民二（商）初字第2861号") != NULL,
	   "a pre-2016 执行依据 with its tribunal's mark (松民二(商)初字)");
	run("江苏省无锡市新吴区人民法院\n拍卖公告\n（2018）苏0214执恢12号\n"
	    "江苏省无锡市新吴区人民法院将于2018年5月4日10时至2018年5月5日10时止在阿里巴巴司法拍卖网络平台进行公开拍卖活动，现公告如下：\n"
	    "一、拍卖标的：无锡某某电力有限公司所有的一批太阳能组件。\n起拍价：2737600元；保证金：400000元。\n");
	ok(get("item", "其他", "一批太阳能组件") != NULL, "an announcement's 拍卖标的, less its owner");
	run("广东省肇庆市中级人民法院\n拍卖公告\n（2019）粤12执33号\n"
	    "本院将于2019年5月15日10时至2019年5月16日10时止在京东网司法拍卖网络平台上对以（2010）肇刑初字第42号刑事判决没收的"
	    "H-7牡丹字画一幅进行公开拍卖活动，现就有关事宜敬告各位竞买人。\n");
	ok(get("item", "其他", "H-7牡丹字画一幅") != NULL, "对X进行公开拍卖: X, after what the judgment did to it");
	run("浙江省嵊州市人民法院\n拍卖公告\n（2024）浙0683执88号\n本院将对下列财产进行公开拍卖：\n"
	    "拍卖标的：嵊州市鹿山街道某小区3幢201室，不动产权证号浙(2020)嵊州市不动产权第0001234号。\n");
	ok(count("item", "其他") == 0 && count("item", "不动产") >= 1,
	   "a lot named by its certificate: no general words beside it, no 「下列财产」");
	run("浙江省嵊州市人民法院\n执行裁定书\n（2024）浙0683执89号\n"
	    "本院认为，拍卖财产上原有的租赁权及其他用益物权，不影响在先的担保物权实现的，人民法院应当依法将其除去后进行拍卖。\n");
	ok(count("item", NULL) == 0, "a rule's 「除去后进行拍卖」 sells nothing");
	run("安徽省巢湖市人民法院\n执行裁定书\n（2020）皖0181执异15号\n异议人：合肥某某建设有限公司。\n"
	    "本院于2020年6月16日向异议人送达协助执行通知书，要求冻结被执行人在异议人处的工程款73万元。\n"
	    "本院冻结了被执行人名下的车辆，被执行人仍未支付货款。\n");
	ok(get("item", "其他", "工程款") != NULL && count("item", "其他") == 1,
	   "工程款 owed to the debtor, frozen where it is; an unpaid 货款 is the claim, no property");
}

/* Phrasings of common rulings written out this session (not from a
 * development set): a body that says why (因被执行人原因) or how (案外人已通过
 * 银行转账) a party acted, a buyer's ID in brackets in the body while the last
 * debtor's line ends with its full stop, 劳务报酬 as what is owed. */
static void test_common_rulings(void)
{
	run("重庆市渝北区人民法院\n拍卖公告\n"
	    "本院将于2024年5月10日10时至2024年5月11日10时止在淘宝网司法拍卖网络平台上对被执行人名下渝B8K2X3号小型轿车进行公开拍卖。\n"
	    "一、起拍价：135,000元，保证金：27,000元。\n"
	    "二、据评估报告显示：标的物共计1次违法记录，累计罚款金额100元，违法记分0分，具体违章情况以交巡警部门查询为准。\n"
	    "三、拍卖财产按现状交付，交付时实物与评估报告不一致的风险由买受人承担。\n"
	    "四、竞价前将在竞买人支付宝账户内冻结相应资金作为保证金，未能竞得者冻结的保证金自动解冻，冻结期间不计利息。\n"
	    "五、竞买人须如实向司法拍卖（变卖）网络平台提供送达地址。\n");
	ok(measure("拍卖", 0) && count("measure", NULL) == 1,
	   "an announcement's boilerplate: 冻结期间, 司法拍卖（变卖）网络平台, a car's 违章罚款, the 评估报告 read or at the buyer's risk — no measures");
	ok(!get("amount", "罚款", NULL) && get("amount", "起拍价", "13500000"), "累计罚款金额100元 on a car's traffic record: no amount of the case");
	run("广东省佛山市南海区人民法院\n决 定 书\n（2024）粤0605执12876号\n"
	    "被执行人：佛山市某某铝业有限公司，住所地广东省佛山市南海区大沥镇，统一社会信用代码914406053454XXXX0K。\n"
	    "本院在执行中，被执行人佛山市某某铝业有限公司无正当理由拒不履行执行和解协议，依照《最高人民法院关于公布失信被执行人"
	    "名单信息的若干规定》第一条第六项之规定，决定如下：\n将佛山市某某铝业有限公司纳入失信被执行人名单。\n");
	ok(measure("失信", 0), "拒不履行 before 决定如下：: a reason, and the operative clause after it a sentence of its own");
	const struct fact *firm = get("party", "被执行人", "佛山市某某铝业有限公司");
	ok(firm && !strcmp(firm->id_no, "914406053454XXXX0K"),
	   "a credit code the publisher masked (XXXX) is kept as printed, no character 'mended' to make it check");
	run("湖南省长沙市岳麓区人民法院\n执行裁定书\n（2022）湘0104执恢1187号\n"
	    "申请执行人：长沙银行股份有限公司岳麓支行，住所地湖南省长沙市岳麓区枫林三路1088号。负责人：唐某某，该支行行长。"
	    "委托诉讼代理人：彭某，湖南某某律师事务所律师。被执行人：刘某平，男，1979年4月12日出生，汉族，住湖南省长沙市。"
	    "被执行人：湖南某某建材贸易有限公司，住所地湖南省长沙市开福区。法定代表人：刘某平。\n"
	    "申请执行人长沙银行股份有限公司岳麓支行与被执行人刘某平金融借款合同纠纷一案。被执行人未履行。\n");
	ok(get("legal_rep", "湖南某某建材贸易有限公司", "刘某平") && !get("legal_rep", "长沙银行股份有限公司岳麓支行", "刘某平") &&
	   get("legal_rep", "长沙银行股份有限公司岳麓支行", "唐某某") && !get("party", NULL, "彭某"),
	   "a party block printed as one paragraph: each 法定代表人 with the company of its own record");
	const struct fact *debtor = get("party", "被执行人", "刘某平");
	ok(debtor && !strcmp(debtor->party_kind, "person") && get("party", "被执行人", "湖南某某建材贸易有限公司"),
	   "…and each party read from its own record there");
	run("新疆维吾尔自治区库尔勒市人民法院\n执行裁定书\n（2021）新2801执1234号\n"
	    "申请执行人：巴州某某商贸有限公司。\n被执行人：巴州某某包装有限责任公司。\n"
	    "本院在执行过程中，1、被执行人未到本院履行义务，未向本院申报财产2、通过执行网络查控系统向金融机构发出查询通知，"
	    "查明被执行人名下暂无其他财产可供执行3、未能查找到被执行人其他可供执行的财产4、根据申请人申请依法将被执行人"
	    "纳入限制高消费及失信人员名单。本案第1、2项未履行。\n");
	ok(measure("网络查控", 0) && !measure("网络查控", 1) && measure("失信", 0) && !measure("失信", 1) &&
	   measure("限制消费", 0),
	   "numbered items run together (…申报财产2、通过…): 未 denies its own item, not the next one's measures");
	run("四川省成都市武侯区人民法院\n执行裁定书\n（2024）川0107执异88号\n"
	    "案外人（异议人）：成都某某物业管理有限公司，住所地四川省成都市锦江区春熙路1号。\n"
	    "申请执行人：何某燕，女，1985年10月3日生，汉族，住四川省成都市武侯区。\n"
	    "被执行人：成都某某贸易有限公司，住所地四川省成都市武侯区人民南路四段8号。\n"
	    "案外人称：该房屋系其购买，因被执行人原因未办理过户登记，请求解除查封。"
	    "案外人已通过银行转账支付600万元，余款200万元未付。\n");
	ok(count("party", NULL) == 4 && !get("party", NULL, "原因") && !get("party", NULL, "已通过银行"),
	   "因被执行人原因 and 案外人已通过银行转账 name no party");
	run("湖北省孝感市中级人民法院\n执行裁定书\n（2024）鄂09执55号\n"
	    "本院在执行申请执行人张某与被执行人自贡市某某机械有限公司、应城市某某化工有限公司借款合同纠纷一案中，查明如下。\n");
	ok(get("party", "被执行人", "自贡市某某机械有限公司") && get("party", "被执行人", "应城市某某化工有限公司"),
	   "a company named for 自贡市 or 应城市 is still a name (自/应 open no verb there)");
	run("湖北省武汉市洪山区人民法院\n执行裁定书\n（2023）鄂0111执3456号之一\n"
	    "申请执行人：中国农业银行股份有限公司武汉洪山支行，住所地湖北省武汉市洪山区珞喻路88号。\n"
	    "被执行人：马某斌，男，1969年2月28日出生，汉族，住湖北省武汉市洪山区。\n"
	    "被执行人：刘某英，女，1971年7月9日出生，汉族，住址同上。\n"
	    "本院于2023年12月15日进行第二次拍卖，买受人黄志强（身份证号：420111198801011236）以最高价1,324,000元竞得。\n");
	const struct fact *x = get("party", "被执行人", "刘某英");
	ok(x && !*x->id_no, "a debtor whose line ends with its full stop takes no ID from the body below");
	x = get("party", "买受人", "黄志强");
	ok(x && !strcmp(x->id_no, "420111198801011236"), "the buyer's ID in brackets after the buyer's name");
	run("广西壮族自治区南宁市青秀区人民法院\n执行通知书\n（2025）桂0103执901号\n南宁市某某物流有限公司：\n"
	    "申请执行人韦某萍与你单位劳务合同纠纷一案，本院（2024）桂0103民初4567号民事判决书已经发生法律效力。"
	    "责令你单位在收到本通知书之日起三日内履行下列义务：\n"
	    "一、支付申请执行人劳务报酬人民币捌万陆仟元整（86,000元）及迟延履行期间的债务利息；\n"
	    "二、负担案件受理费1,975元、申请执行费1,190元。\n二〇二五年一月八日\n");
	ok(get("amount", "本金", "8600000") && count("amount", "费用") == 2, "劳务报酬 is what is owed; the fees are fees");
	run("山东省青岛市市南区人民法院\n民事裁定书\n（2024）鲁0202财保77号\n申请人：青岛某某贸易有限公司。\n"
	    "被申请人：青岛某某置业有限公司。\n申请人请求冻结被申请人银行存款或查封其等值财产，并以其名下位于青岛市市南区的房产提供担保。"
	    "本院查封被申请人位于青岛市崂山区海尔路5号3栋201室的房屋及位于青岛市崂山区翠苑小区的车位。\n");
	ok(count("item", "不动产") == 2 && get("item", "不动产", "青岛市崂山区海尔路5号3栋201室") &&
	   get("item", "不动产", "青岛市崂山区翠苑小区"),
	   "位于青岛市市南区的房产: a district names no property; the flat with its street does, a 小区 too");
	run("湖南省长沙市岳麓区人民法院\n协助执行通知书\n（2024）湘0104执3030号\n长沙市不动产登记中心：\n"
	    "关于申请执行人谭某军与被执行人长沙某某房地产开发有限公司商品房预售合同纠纷一案，请协助执行下列事项：\n"
	    "查封被执行人名下位于长沙市岳麓区麓谷大道66号5栋1单元1801室的房产，查封期限三年。\n"
	    "附：执行裁定书一份\n二〇二四年七月一日\n（院印）\n经办人：执行员 刘洋 联系电话：0731-88888888\n");
	ok(!strcmp(val("kind", ""), "协助执行通知书"), "协助执行通知书 is no 执行通知书 (no notice to the debtor)");
	ok(!get("party", NULL, "长沙市不动产登记中心") && get("party", "被执行人", "长沙某某房地产开发有限公司"),
	   "the registry it asks is no party");
	ok(get("date", "落款", "2024-07-01") != NULL, "「附：执行裁定书一份」 is no appendix: the 落款 after it is read");
	run("北京知识产权法院\n执行裁定书\n（2022）京73执120号\n申请执行人：北京某某科技有限公司。\n被执行人：某某电子有限公司。\n"
	    "上述判决确定：被执行人立即停止侵权行为，并赔偿申请执行人经济损失及为制止侵权行为所支付的合理开支共计2,085,000元；"
	    "一审案件受理费23,480元由被执行人负担。\n");
	ok(get("amount", "本金", "208500000") && get("amount", "费用", "2348000"),
	   "经济损失及合理开支共计…元: the sum is of the first thing named; the 受理费 is a fee");
	run("贵州省贵阳市南明区人民法院\n执行裁定书\n(2022)黔0102执4321号\n申请执行人：贵阳某某融资担保有限公司\n"
	    "被执行人：杨某富，男，汉族，1972年11月11日生\n"
	    "本院通过网络执行查控系统查询被执行人名下的财产，未发现可供执行的财产。"
	    "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下：\n"
	    "本案本次执行程序终结。\n申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。\n"
	    "审判长 何 平  审判员 韦 东  人民陪审员 潘 红\n二○二二年五月十日\n");
	ok(!strcmp(val("kind", ""), "终本裁定书") && measure("终结本次执行程序", 0) && !measure("恢复执行", 0),
	   "本案本次执行程序终结 is a 终本 ruling; the right to ask for 恢复执行 makes none");
	ok(get("judge", "人民陪审员", "潘红") && get("date", "落款", "2022-05-10"), "three judges on one line; ○ for 〇");
	run("安徽省合肥市蜀山区人民法院\n执行裁定书\n（2024）皖0104执7890号\n申请执行人：合肥某某典当有限责任公司。\n"
	    "被执行人一：合肥某某置业有限公司，住所地安徽省合肥市包河区。\n被执行人二：许某珠，女，1980年4月4日出生。\n"
	    "本院查明，被执行人合肥某某置业有限公司在徽商银行股份有限公司合肥蜀山支行开立的账号为1020301234567890123的账户内"
	    "有存款358,000.00元，被执行人许某珠名下有皖A12345号小型普通客车一辆。裁定如下：\n"
	    "一、冻结、划拨被执行人在徽商银行股份有限公司合肥蜀山支行账户（账号：1020301234567890123）内的存款358,000.00元；\n"
	    "二、查封被执行人许某珠名下皖A12345号小型普通客车一辆。\n");
	const struct fact *y = get("party", "被执行人", "许某珠");
	ok(y && y->line == 6 && get("party", "被执行人", "合肥某某置业有限公司"), "被执行人一：, 被执行人二：: both read in the block");
	y = get("item", "车辆", "皖A12345");
	ok(count("item", "存款") == 1 && y && !strcmp(y->action, "查封"),
	   "an account named twice is one item, no bank beside it; the car found first takes the 查封 the ruling orders");
	run("最高人民法院\n执行裁定书\n（2022）最高法执监210号\n申诉人（申请执行人）：天津某某重工机械有限公司。\n"
	    "被申诉人（被执行人）：河北某某矿业集团有限公司。\n"
	    "本院认为，唐山市中级人民法院未经评估即以明显低于市场价的价格变卖被执行人名下的矿山设备，违反规定。"
	    "未经本院许可，被执行人擅自处分了查封的财产。\n");
	ok(measure("评估", 1) && !measure("评估", 0) && measure("变卖", 0),
	   "未经评估即变卖: the valuation was not made, the sale was");
	run("浙江省宁波市鄞州区人民法院\n执行裁定书\n（2024）浙0212执6789号\n申请执行人：宁波某某五金制品有限公司。\n"
	    "被执行人：宁波某某纺织有限公司。\n"
	    "经网络执行查控系统查询，被执行人名下有宁波银行股份有限公司北仑支行账户存款2,356.78元，已扣划；"
	    "被执行人名下登记有浙B·K5678号重型货车一辆，车辆下落不明，无法扣押。\n");
	ok(get("item", "存款", "宁波银行股份有限公司北仑支行") && measure("扣押", 1),
	   "名下有…银行…支行: the bank without 有; 无法扣押 was not done");
	run("广东省深圳市福田区人民法院\n执行裁定书\n（2024）粤0304执恢3456号之一\n申请执行人：深圳某某商业保理有限公司。\n"
	    "被执行人：深圳某某电子科技有限公司。\n本院在执行中依法冻结被执行人持有的深圳宝安芯片制造有限公司15%的股权，"
	    "评估价值为人民币3,600,000元。裁定如下：\n拍卖被执行人持有的深圳宝安芯片制造有限公司15%的股权。\n");
	ok(strcmp(val("kind", ""), "恢复执行裁定书") != 0 && measure("拍卖", 0),
	   "a ruling of a resumed case (执恢) that orders a sale is no 恢复执行 ruling");
	run("山西省太原市小店区人民法院\n执行裁定书\n（2024）晋0105执2020号之三\n申请执行人：太原某某农村商业银行股份有限公司。\n"
	    "被执行人：太原某某钢铁贸易有限公司。\n本院于2024年4月8日对被执行人名下位于太原市小店区长治路268号1幢1单元1101号的房屋"
	    "进行网络询价，询价结果为1,860,000元。第一次拍卖起拍价1,302,000元，因无人竞买而流拍。\n");
	ok(get("amount", "评估价", "186000000") && get("amount", "起拍价", "130200000"),
	   "网络询价's result is the reference value, as a valuation's");
	run("湖北省武汉市江岸区人民法院\n执行裁定书\n（2024）鄂0102执1888号之二\n申请执行人：武汉某某商贸有限公司。\n"
	    "被执行人：武汉某某建工有限公司。\n异议人称，继续查封103室商铺明显超出执行标的额。裁定如下：\n"
	    "继续冻结被执行人在招商银行股份有限公司武汉分行开立的账户（账号：127905678910001），冻结期限一年。\n");
	const struct fact *cont = get("measure", "", "续行查封");
	ok(cont && cont->line == 7 && count("measure", NULL) == 3,
	   "the ruling's 继续冻结 is a 续行查封; a party's 继续查封…明显超出 is an argument, no 续行查封 (its 查封 as before)");
}

/* Phrasings of notices and rulings written for this stop, and the scan
 * faults one development render showed (stop 48). */
static void test_notice_addressees(void)
{
	run("广西壮族自治区桂林市七星区人民法院\n结 案 通 知 书\n（2024）桂0305执851号\n桂林漓华小额贷款有限公司：\n"
	    "你单位与被执行人蒋福生借款合同纠纷一案，本院于2024年2月26日立案执行。\n特此通知。\n");
	ok(get("party", "申请执行人", "桂林漓华小额贷款有限公司") != NULL,
	   "a notice that writes 「你单位与被执行人…一案」 is addressed to the 申请执行人");
	run("江苏省南通市崇川区人民法院\n执行裁定书\n（2024）苏0602执恢1187号\n"
	    "申请执行人：南通宏霖建材贸易有限公司。\n被执行人：季海东，男。\n"
	    "本院在执行申请执行人南通宏霖建材贸易有限公司与被执行人季海东买卖合同纠纷一案中，依据本院（2022）苏0602民初4531号民事判决书，"
	    "被执行人应支付申请执行人货款人民币386,420元。\n");
	ok(!get("party", NULL, "应支付") && get("amount", "本金", "38642000"),
	   "「被执行人应支付…」: 应 is the verb's, not a surname");
	run("浙江省温州市鹿城区人民法院\n执行通知书\n（2025）浙0302执5127号\n潘国强：\n"
	    "申请执行人温州市鹿城区南郊街道经济合作社与你房屋租赁合同纠纷一案，本院于同日立案。责令你立即履行下列义务：\n"
	    "1．支付租金及违约金人民币1,436,800元；\n2．加倍支付迟延履行期间的债务利息。\n");
	ok(get("amount", "本金", "143680000") && !get("amount", "利息", "143680000"),
	   "「租金及违约金…元」: one sum led by the principal is the 本金, not 利息");
	run("福建省厦门市思明区人民法院\n决定书\n（2025）闽0203执1642号之三\n被拘留人：黄振华，男。\n"
	    "本院在执行申请执行人厦门鹭岛融资租赁有限公司与被执行人黄振华融资租赁合同纠纷一案中，"
	    "被执行人黄振华有履行能力而拒不履行生效法律文书确定的义务。决定如下：\n对被执行人黄振华拘留十五日。\n");
	ok(!get("party", NULL, "黄振华有"), "「黄振华有履行能力」: the name ends before 有履行");
	run("山西省太原市小店区人民法院\n执行裁定书\n（2025）晋0105执恢455号\n申请执行人：某银行。\n被执行人：贾志军，男。\n"
	    "本院于2025年6月16日在淘宝网司法拍卖网络平台进行第一次拍卖，以人民币1,093,400元成交，买受人为孙小鹏。"
	    "被执行人为逃避执行转移财产。\n");
	ok(get("party", "买受人", "孙小鹏") && !get("party", "被执行人", "逃避执行"), "「买受人为孙小鹏」: who the role is; 为逃避 no name");
	run("吉林省长春市朝阳区人民法院\n决定书\n（2025）吉0104执1190号之二\n被罚款人：中国邮政储蓄银行股份有限公司长春市朝阳区支行。\n"
	    "本院在执行中向被罚款人送达协助执行通知书。被罚款人在接到协助执行通知书后，擅自将被执行人账户内存款152,000元转移。决定如下：\n"
	    "对中国邮政储蓄银行股份有限公司长春市朝阳区支行罚款人民币五十万元。\n");
	ok(!get("amount", "罚款", "15200000") && get("amount", "罚款", "50000000"), "被罚款人 names who is fined, not a fine's sum");
	run("北京知识产权法院\n民事裁定书晴晴\n|（2023）京73民初1876号之一\n"
	    "原告（申请人）：北京智芯微电子科技有限公司，住所地北\n京市海淀区上地信息路26号7层708室。统一社会信用代码911101\n"
	    "  08MA01R5T8H。1\n4法定代表人：钱立新；董事长。\n：凌云飞，北京市中正律师事务所律师。\n"
	    "被告（被申请人）：深圳市迅捷芯半导体有限公司，住所地广东省深圳市南山区。\n法定代表人：何振宇，总经理。\n"
	    "原告北京智芯微电子科技有限公司向本院申请诉前财产保全。裁定如下：\n冻结被申请人的银行存款。\n");
	ok(get("kind", NULL, "财产保全裁定书") && get("kind", NULL, NULL)->confidence >= 0.85,
	   "a title with a seal's specks read as characters after it (民事裁定书晴晴), the 案号 below: the title");
	ok(get("legal_rep", "北京智芯微电子科技有限公司", "钱立新") != NULL,
	   "「4法定代表人：」: a speck read as a digit before the label");
	ok(get("party", "被申请人", "深圳市迅捷芯半导体有限公司") && get("legal_rep", "深圳市迅捷芯半导体有限公司", "何振宇"),
	   "a lawyer's line whose label OCR lost (「：凌云飞，…律师。」) does not end the parties block");
}

/* Scan faults of the development renders: what OCR did to a 落款, a 案号,
 * a judgment's list, a sanctioned company and a garbled party line. */
static void test_scan_faults(void)
{
	run("湖南省岳阳市岳阳楼区人民法院\n执行裁定书\n（2022）湘0602执1234号\n"
	    "申请执行人：王某。\n被执行人：李某。\n"
	    "本院于2022年5月9日约谈申请执行人，告知本案执行情况。裁定如下：\n终结本次执行程序。\n"
	    "审判员  周斌\n-第五月十六日\n书记员  罗琳\n");
	ok(get("date", "落款", "2022-05-16") != NULL,
	   "a 落款 whose year and 年 the seal took (-第五月十六日): the month and day, in the year of the latest event");
	run("湖南省岳阳市岳阳楼区人民法院\n执行裁定书\n（2022）湘0602执1234号\n"
	    "申请执行人：王某。\n被执行人：李某。\n本院于2022年1月9日立案执行。裁定如下：\n终结本次执行程序。\n"
	    "审判员  周斌\n九月十六日\n");
	ok(!get("date", "落款", NULL), "a month and day eight months after the latest event: no year to give it");
	run("吉林省长春市朝阳区人民法院\n执行裁定书\n（2021）吉0104执3301号\n"
	    "本院作出的（2021）吉0104民初2317号民事判决已经发生法律效力。该判决确\n"
	    "定:一、中国大地财产保险股份有限公司长春中心支公司在交强险\n责任限额内赔偿王某各项损失(已履行);二、赵**、通达顺公司连\n"
	    "带赔偿王某各项损失人民币壹拾哉万柒什参佰元整(127,300.00元) ;\n三、案件受理费1,423元,由赵**、通达顺公司负担。\n");
	ok(get("amount", "本金", "12730000") != NULL,
	   "an item of the judgment's list (确定：一、…；二、…赔偿…元): the sum the judgment orders, the 本金");
	run("浙江省绍兴市越城区人民法院\n执行裁定书\n（2024）浙0602执恢88号\n"
	    "本院同日立案。本院于2024年3月18上日查封了被执行人朱某名下房产。本院于2024年5月6日作出裁定。\n");
	ok(get("date", "查封", "2024-03-18") && get("date", "其他", "2024-05-06"),
	   "「2024年3月18上日」: a speck read as a character between the day and 日");
	run("山东省烟台市芝罘区人民法院\n执行裁定书\n（2024）鲁0602执1123号\n本院认为，裁定如下：\n驳回异议。\n"
	    "审判长隋立新\n判员鞠红梅\n1                .审判员龙启明\n二〇二四年五月二十七日\n书记员初雪\n");
	ok(get("judge", "审判员", "鞠红梅") && get("judge", "审判员", "龙启明") && count("judge", NULL) == 3,
	   "a signature line that lost its 审 (「判员鞠红梅」), one after a digit speck (「1 .审判员」)");
	run("上海市第一中级人民法院\n执行裁定书\n（2022）沪01执复88号\n本院认为，裁定如下：\n驳回复议申请。\n"
	    "审判长沈佳怡\n罕判员顾明\n二〇二二年九月二十八日\n书记员彼程\n");
	ok(get("judge", "审判员", "顾明") && count("judge", NULL) == 2, "…and one whose 审 was misread (「罕判员顾明」)");
	run("湖南省长沙市天心区人民法院\n报告财产令\n（2024）湘0103执2871号\n长沙湘韵装饰工程有限公司〈统一社会信用代码91430103MA4L2H9T\n"
	    "5J) :\n法定代表人：彭卫东\n本院受理的申请执行人谭小军与你单位追索劳动报酬纠纷一案，已于2024年3月18日立案执行。\n");
	ok(get("party", "被执行人", "长沙湘韵装饰工程有限公司") && get("legal_rep", "长沙湘韵装饰工程有限公司", "彭卫东"),
	   "an addressee that wraps onto a short second line ending in its colon (「…9T⏎5J) :」)");
	run("甘肃省白银市平川区人民法院\n执行裁定书\n（2020）甘0403执211号\n"
	    "申请执行人张某某于2019年4月8月向本院申请强制执行，本院于同日立案。本院于2020年4月14日查封并于同年5月26日将该车辆扣押。"
	    "执行期间为2021年1月至3月。\n");
	ok(get("date", "立案", "2019-04-08") != NULL, "「2019年4月8月向本院申请」: the day's 日 read as 月");
	ok(get("date", "查封", "2020-05-26") && !get("date", NULL, "2021-03-01"),
	   "「于同年5月26日」: the year of the date before it; 「1月至3月」 no date");
	run("云南省昆明市官渡区人民法院\n执行裁定书\n（2021）云0111执88号\n"
	    "该判决确定：被告支付原告货款，以上金额合计人民币捌拾柒硅壹什零叁件元整《871,030.00元），迟延履行期间的债务利息按"
	    "《中华人民共和国民事诉讼法》第二百六十四条计算。经查询，被执行人账户内有存款3,151.92元，本院已予冻结并扣划至本院执行款专户。\n");
	ok(get("amount", NULL, "87103000") != NULL, "「元整《871,030.00元）」: a bracket read as 《 opens no title when a later 《 takes the 》");
	ok(get("amount", "到位", "315192") != NULL, "「存款3,151.92元，本院已予冻结并扣划…」: money received");
	run("云南省昆明市官渡区人民法院\n执行裁定书\n（2022）云0111执88号\n本院于2022年3月4日立案执行。申请执行标的为：1.赔偿款800,000元；"
	    "2.合理开支46,500元。以上金额合计人民币捌拾柒万壹仟零叁拾元整（871,030.00元），迟延履行期间的债务利息另计。"
	    "本案执行到位款项3,151.92元，已全部发放给申请执行人。\n");
	ok(get("amount", "标的", "87103000") != NULL, "「申请执行标的为：1.…；2.…。以上金额合计…元整（…元）」: the items' total is the 标的");
	run("上海金融法院\n执行裁定书\n（2023）沪74执复36号\n"
	    "浦东法院于2022年12月5日立案执行，案号为（2022）】沪0115执28753号，执行标的为2,284,880元。\n");
	ok(get("prior_case_no", NULL, "（2022）沪0115执28753号") != NULL, "「（2022）】沪…号」: a speck read as a second bracket");
	run("海南省海口市琼山区人民法院\n执行裁定书\n（2024）琼0107执异5号\n"
	    "本院查明，本院于2023年9月1日作出2023)琼0105民初19342\n民事判决判令郭某偿还王某借款150,000元。\n");
	ok(get("prior_case_no", "执行依据", "（2023）琼0105民初19342号") != NULL,
	   "「民初19342⏎民事判决」: a 案号 whose 号 OCR lost at the line's end");
	run("甘肃省兰州市城关区人民法院\n执行裁定书\n（2019）甘0102执恢211号\n"
	    "申请执行人于2018年6月4日向本院申请强制执行，本院于同日立案，案号为（2018）甘0102执1\n. 457号，执行标的1,359,976元。\n");
	ok(get("prior_case_no", NULL, "（2018）甘0102执1457号") != NULL,
	   "「执1⏎. 457号」: a speck opening the second line of a 案号's number");
	run("甘肃省兰州市城关区人民法院\n执行裁定书\n（2019）甘0102执恢211号\n"
	    "本院于同日立案，案号为（2018）甘0102执1，457号，执行标的1,359,976元。\n");
	ok(!get("prior_case_no", NULL, "（2018）甘0102执1457号"), "but a comma inside the number still ends it");
	run("江西省南昌县人民法院\n罚款决定书\n（2024）赣0121司惩31号\n"
	    "被罚款人：江西闽好建筑劳务有限公司，住所地江西省南昌县。\n法定代表人：熊国华，该公司总经理。\n"
	    "本院在执行申请执行人张国华与被执行人江西痹都建筑劳务有限公司劳务合同纠纷一案中查明：\n");
	ok(get("party", "被执行人", "江西闽好建筑劳务有限公司") && get("legal_rep", "江西闽好建筑劳务有限公司", "熊国华"),
	   "the fined company is the debtor the body names with two characters read otherwise");
	run("江西省南昌县人民法院\n罚款决定书\n（2024）赣0121司惩32号\n被罚款人：王小明，男。\n"
	    "本院在执行申请执行人张国华与被执行人王大明劳务合同纠纷一案中查明：\n");
	ok(!get("party", NULL, "王小明"), "a fined person one character off the debtor's name is someone else (his son)");
	run("上海金融法院\n执行裁定书\n（2023）沪74执复36号\n"
	    "复议申请人（被执行人）》；上海锦程怕流有限公司，住所地上海市浦东新区。\n法定代表人：陈伟，执行董事。\n"
	    "申请执行人：上海宏远商业保理有限公司，住所地上海市。\n"
	    "复议申请人上海锦程物流有限公司不服上海市浦东新区人民法院执行裁定，向本院申请复议。\n");
	ok(get("legal_rep", "上海锦程物流有限公司", "陈伟") != NULL,
	   "a party line too garbled to read (》；, 怕流): its 法定代表人 goes to the company the body names");
	run("上海市第二中级人民法院\n执行裁定书\n（2024）沪02执复12号\n");
	ok(get("court", NULL, "上海市第二中级人民法院") && get("case_no", NULL, "（2024）沪02执复12号"),
	   "a court the table lacks, one character from one it has (第一中级, 沪01), its 案号 one digit off: both as read");
	run("浙江省温州市庵城区人民法院\n执行裁定书\n（2024）浙0302执1号\n");
	ok(get("court", NULL, "浙江省温州市鹿城区人民法院") != NULL,
	   "a court name one character off the table's court that the 案号's code names: mended");
	run("广东省东莞市第一人民法院\n执行裁定书\n（2025）粤1971执异1288号\n");
	ok(get("court", NULL, "广东省东莞市第一人民法院") && get("case_no", NULL, "（2025）粤1971执异1288号"),
	   "东莞市第一人民法院 (粤1971) is a court of the table, not the 第三 misread");
}

/* A company named in full twice, one character apart, each reading once:
 * the short name and the body's mentions say which is right. */
static void test_name_readings(void)
{
	run("浙江省宁波市鄞州区人民法院\n执行裁定书\n（2024）浙0212执3301号\n"
	    "申请执行人：王立新，男，1975年4月2日出生，住宁波市海曙区。\n"
	    "被执行人：宁波市讲盛丰五金制品有限公司，住所地宁波市鄞州区。\n"
	    "本院在执行申请执行人王立新与被执行人宁波市鑫盛丰五金制品有限公司（以下简称鑫盛丰公司）买卖合同纠纷一案中，"
	    "鑫盛丰公司未按执行通知履行义务。\n");
	ok(get("party", "被执行人", "宁波市鑫盛丰五金制品有限公司") && !get("party", NULL, "宁波市讲盛丰五金制品有限公司"),
	   "the header's 讲盛丰 and the body's 鑫盛丰 once each: the short name 鑫盛丰公司 says which");
	run("重庆市万州区人民法院\n执行裁定书\n（2024）渝0101执异41号\n"
	    "申请执行人：重庆市达州区宏业建材有限公司，住所地重庆市万州区。\n"
	    "被执行人：四川省达县市石沙陶瓷厂（以下简称石沙厂），住所地四川省达县。\n"
	    "本院在执行申请执行人重庆市达州区宏业建材有限公司与被执行人四川省达县市达沙陶瓷厂买卖合同纠纷一案中查明。\n");
	ok(get("party", "被执行人", "四川省达县市石沙陶瓷厂") && !get("party", NULL, "四川省达县市达沙陶瓷厂"),
	   "…but not a character the text pairs less often with the next one (达沙 once, 石沙 twice; 市达 in every 达州区)");
	run("河北省保定市竞秀区人民法院\n执行裁定书\n（2024）冀0602执2210号\n"
	    "被执行人：保定市冀通五金机械有限公司，住所地保定市竞秀区。\n"
	    "本院在执行申请执行人李红与被执行人保定市慢通五金机械有限公司（以下简称慢通公司）借款合同纠纷一案中，"
	    "慢通公司名下无可供执行的财产。\n");
	ok(get("party", "被执行人", "保定市冀通五金机械有限公司") && !get("party", NULL, "保定市慢通五金机械有限公司"),
	   "…nor over a character the model never reads (冀: only its shape put it there) a common one the body repeats");
	run("浙江省宁波市鄞州区人民法院\n执行裁定书\n（2024）浙0212执3307号\n"
	    "申请执行人：宁波市江北区永丰贸易有限公司，住所地宁波市江北区。\n法定代表人：孙永丰。\n"
	    "被执行人：宁波市鄞州区佳和装饰工程有限公司，住所地宁波市鄞州区。\n法定代表人：邵丽衣。\n"
	    "被执行人：邵丽娟，女，1983年7月15日出生，住宁波市鄞州区。\n"
	    "本院在执行申请执行人宁波市江北区永丰贸易有限公司与被执行人宁波市鄞州区佳和装饰工程有限公司、邵丽娟买卖合同纠纷一案中，"
	    "邵丽娟未履行义务，本院冻结了邵丽娟名下存款。\n");
	ok(get("legal_rep", "宁波市鄞州区佳和装饰工程有限公司", "邵丽娟") && !get("legal_rep", NULL, "邵丽衣"),
	   "a 法定代表人 read once, one character off a co-debtor the text names again and again: that person");
	run("江西省南昌县人民法院\n罚款决定书\n（2024）赣0121司惩35号\n"
	    "被罚款人：江西诚远建筑劳务有限公司，住所地江西省南昌县。\n法定代表人：熊国华，该公司总经理。\n"
	    "申请执行人：张国华，男，住南昌县。\n"
	    "本院在执行申请执行人张国华与被执行人江西诚远建筑劳务有限公司劳务合同纠纷一案中，张国华申请本院调查，张国华称……\n");
	ok(get("legal_rep", "江西诚远建筑劳务有限公司", "熊国华") != NULL,
	   "…not a person of another role (the applicant 张国华 is not the debtor's 熊国华)");
}

/* What the thirteenth development set (real rulings, published text)
 * showed the extractor missing; every name and number here invented. */
static void test_set13_phrasings(void)
{
	run("最高人民法院\n执行裁定书\n（2025）最高法执监71号\n"
	    "申诉人(异议人、复议申请人,被执行人):江陵某某机械制造有限公司。住所地:湖北省荆州市。\n"
	    "法定代表人:周某,该公司董事长。\n申请执行人:某某银行股份有限公司荆州分行。\n");
	ok(get("party", "申诉人", "江陵某某机械制造有限公司") && get("party", "异议人", "江陵某某机械制造有限公司") &&
	   get("party", "复议申请人", "江陵某某机械制造有限公司") && get("party", "被执行人", "江陵某某机械制造有限公司"),
	   "「申诉人(异议人、复议申请人,被执行人):」: the bracket's roles parted by 、 and a half-width comma");
	run("最高人民法院\n执行裁定书\n（2025）最高法执监72号\n"
	    "申诉人(有异议人、复议申请人,被执行人) :江陵某某机械制造有限公司。住所地:湖北省荆州市。\n");
	ok(get("party", "异议人", "江陵某某机械制造有限公司") && get("party", "被执行人", "江陵某某机械制造有限公司"),
	   "…a speck OCR read as a character before the bracket's first role (申诉人(有异议人、…)");
	run("湖北省荆州市中级人民法院\n执行裁定书\n（2024）鄂10执异88号\n"
	    "本院在执行某某银行股份有限公司荆州分行与被执行人江陵某某机械制造有限公司保证合同纠纷一案中,"
	    "于2024年5月20日作出(2024)鄂10执31号通知书,要求被执行人支付迟延履行期间的债务利息1203456.78元。\n");
	ok(get("amount", "利息", "120345678") != NULL,
	   "「迟延履行期间的债务利息…元」 in a review ruling: the interest the objection is about, money of the case");
	run("江苏省淮安市中级人民法院\n执行裁定书\n（2019）苏08执复61号\n"
	    "一审法院在执行中查封了被执行人名下坐落于淮安市清江浦区翠柳苑5幢302室房地产,并依法进行评估。\n");
	ok(get("item", "不动产", "淮安市清江浦区翠柳苑5幢302室") && !get("item", "不动产", "淮安市清江浦区翠柳苑5幢302室房地产"),
	   "「坐落于…302室房地产」: the place, not what stands there");
	run("浙江省台州市中级人民法院\n执行裁定书\n（2022）浙10执异15号\n"
	    "本院在执行台州某某置业有限公司(以下简称某某置业公司)与温岭市恒远建设有限公司(以下简称恒远公司)"
	    "建设工程合同纠纷一案中,异议人恒远公司对本院冻结其在招商银行台州分行(以下简称招行台州分行)开立的账号为"
	    "57×××19的账户存款300万元提出书面异议。\n"
	    "最高人民法院、人力资源和社会保障部、中国银行保险监督管理委员会《关于做好防止农民工工资专用账户资金和工资保证金被查封、"
	    "冻结或者划拨有关工作的通知》第三条规定:人民法院经认定可依法采取冻结措施。\n");
	ok(get("party", "申请执行人", "台州某某置业有限公司") && get("party", "被执行人", "温岭市恒远建设有限公司"),
	   "「本院在执行甲公司（以下简称…）与乙公司（以下简称…）…纠纷一案中」: the enforcement's two sides, named with no role");
	ok(get("item", "存款", "57×××19") && count("item", "存款") == 1,
	   "「账号为57×××19的账户」: the masked account, no bank short name and no regulator (中国银行保险监督管理委员会) as items");
}

/* What the fourteenth development set (real rulings, published text)
 * showed; every name and number here invented. */
static void test_set14_phrasings(void)
{
	run("最高人民法院\n执行裁定书\n（2023）最高法执复41号\n"
	    "本院在执行申请执行人某投资有限公司与被执行人某实业集团有限公司股权转让合同纠纷一案中，查封了被执行人持有的股权。\n");
	ok(get("cause", NULL, "股权转让合同纠纷") && !get("cause", NULL, "债权转让合同纠纷"),
	   "「股权转让合同纠纷」: an official cause (股权转让纠纷) written with 合同, not mended one character off");
	run("最高人民法院\n执行裁定书\n（2024）最高法执监958号\n"
	    "申诉人(利害关系人):郑某航,男,2012年3月9日出生,汉族,住贵州省遵义市。\n"
	    "法定监护人:陈某,女,1980年5月2日出生,汉族,住贵州省遵义市。\n"
	    "申请执行人:遵义某某科技有限公司,住所地贵州省遵义市汇川区。\n法定代表人:钟某。\n"
	    "被执行人:遵义某某置业有限公司,住所地贵州省遵义市红花岗区。\n法定代表人:白某。\n"
	    "申诉人郑某航因遵义某某科技有限公司(以下简称某甲公司)申请执行遵义某某置业有限公司合同纠纷一案,不服执行裁定。\n");
	ok(get("legal_rep", "遵义某某科技有限公司", "钟某") && get("legal_rep", "遵义某某置业有限公司", "白某"),
	   "a minor's 法定监护人 line inside the block: the block goes on, its 法定代表人 are read");
	ok(!get("party", NULL, "郑某航因遵义某某科技有限公司") && get("party", "申诉人", "郑某航"),
	   "「申诉人郑某航因某公司申请执行…」: the 因 of a verb ends the name");
	run("新疆维吾尔自治区昌吉回族自治州中级人民法院\n执行裁定书\n（2021）新23执复19号\n"
	    "复议申请人(被执行人):昌吉市某某建筑安装工程有限公司,住所地新疆昌吉市。\n法定代理人:吴某平,该公司总经理。\n"
	    "判决:被告于本判决生效后十日内向原告支付工程款804,300元、利息31,226.50元【250,000元+804,300元×年利率4.35‰÷365天/年×60天】。\n");
	ok(get("legal_rep", "昌吉市某某建筑安装工程有限公司", "吴某平") != NULL,
	   "「法定代理人:…,该公司总经理」 in a company's record: its head, as some courts misname him");
	ok(get("amount", NULL, "80430000") && !get("amount", NULL, "25000000") && count("amount", NULL) == 2,
	   "「【250,000元+804,300元×年利率…】」: the terms of a reckoning are no sums of their own");
	run("甘肃省兰州市城关区人民法院\n执行裁定书\n（2019）甘0102执恢215号\n"
	    "申请执行人（原审原告）：甘肃某原农资连锁有限公司，住所地甘肃省\n兰州市城关区雁滩路3086号。\n"
	    "被执行人“原审被和忌州某禾农业科技有限公司，住所地甘肃省\n兰州市城关区东岗西路556号。\n"
	    "法定代卖人，|杨某福.该公司总经理、\n"
	    "被执行人（原审被和鞠某福，男，1972年9月14日出生，回族，\n住甘肃省兰州市城关区东岗西路556号3单元\nS01室.\n"
	    "公民身份号码：620102197209141513。\n"
	    "本院在执行申请执行人甘肃某原农资连锁有限公司与被执行人兰州某禾农业科技有限公司、杨某福买卖合同纠纷一案中查明。\n");
	{
		const struct fact *x = get("party", "被执行人", "杨某福");
		ok(x && !strcmp(x->id_no, "620102197209141513"),
		   "「法定代卖人，」 is 法定代表人 misread, not also 法定代理人 (a label only as written): the block goes on, its ID found");
	}
	run("山东省东营市中级人民法院\n执行裁定书\n（2018）鲁05执异77号\n"
	    "异议人(案外人):QD银行股份有限公司东营分行,住所地山东省东营市东营区。\n"
	    "被执行人:HR公司,住所地山东省广饶县。\n被执行人:T张某某,男,住山东省广饶县。\n");
	ok(get("party", "被执行人", "HR公司") && get("party", "异议人", "QD银行股份有限公司东营分行"),
	   "「被执行人:HR公司」: a party masked as its capital initials, as published (no short name)");
	ok(!get("party", NULL, "T张某某"), "…but one capital alone before a name is no initials");
}

int main(void)
{
	test_zb();
	test_resume();
	test_objection();
	test_admin();
	test_auction();
	test_notice();
	test_sale();
	test_seizure();
	test_negation();
	test_preservation();
	test_kinds();
	test_roles();
	test_ocr();
	test_courts();
	test_pages();
	test_robust();
	test_published();
	test_scanned();
	test_real_phrasing();
	test_republished();
	test_parties_money();
	test_published_runs();
	test_objection_stories();
	test_masked_published();
	test_common_rulings();
	test_more_phrasings();
	test_set9_phrasings();
	test_set11_phrasings();
	test_scanned_names();
	test_scanned_records();
	test_untitled_copies();
	test_copier_edge();
	test_notice_addressees();
	test_scan_faults();
	test_name_readings();
	test_set13_phrasings();
	test_set14_phrasings();
	facts_free(&f);
	return tap_done();
}
