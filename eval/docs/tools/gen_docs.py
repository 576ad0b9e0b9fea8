#!/usr/bin/env python3
"""Generator of synthetic court enforcement documents with ground truth.

Written for the jianzhi evaluation set from the contents the law requires of each
document kind (民事诉讼法 执行编, 民诉法解释, 终本规定, 查封规定, 网拍规定, 限消规定, 失信规定,
执行异议复议规定, 财产保全规定, 行政诉讼法) and common court phrasing.  All people,
companies, ID numbers, accounts, plates and amounts are invented; ID numbers carry
valid check characters.  Independent of the project's own demo documents.

usage: gen_docs.py [--seed N] [--out DIR]    (DIR defaults to eval/docs)
Writes generated/NAME.txt and truth/NAME.json; every fact carries an "evidence"
string that is checked to occur verbatim in the text.
"""
import argparse, datetime as dt, json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evallib import (make_id, make_uscc, yuan_str, cn_date, digit_date, daxie)

# --------------------------------------------------------------------------- data
# (full name, 法院代字, 行政区划 6 digits for IDs/USCC, city prefix for addresses, level, upper court, plate prefix, 不动产 prefix)
COURTS = [
    ("浙江省嵊州市人民法院", "浙0683", "330683", "浙江省嵊州市", "基层", "浙江省绍兴市中级人民法院", "浙D", "浙", "嵊州市"),
    ("浙江省绍兴市中级人民法院", "浙06", "330602", "浙江省绍兴市越城区", "中院", "浙江省高级人民法院", "浙D", "浙", "绍兴市"),
    ("广东省深圳市福田区人民法院", "粤0304", "440304", "广东省深圳市福田区", "基层", "广东省深圳市中级人民法院", "粤B", "粤", "深圳市"),
    ("广东省深圳市中级人民法院", "粤03", "440305", "广东省深圳市南山区", "中院", "广东省高级人民法院", "粤B", "粤", "深圳市"),
    ("上海铁路运输法院", "沪7101", "310106", "上海市静安区", "专门", "上海市第三中级人民法院", "沪A", "沪", "上海市"),
    ("北京知识产权法院", "京73", "110108", "北京市海淀区", "专门", "北京市高级人民法院", "京N", "京", "北京市"),
    ("北京市朝阳区人民法院", "京0105", "110105", "北京市朝阳区", "基层", "北京市第三中级人民法院", "京Q", "京", "北京市"),
    ("上海市浦东新区人民法院", "沪0115", "310115", "上海市浦东新区", "基层", "上海市第一中级人民法院", "沪B", "沪", "上海市"),
    ("江苏省苏州市中级人民法院", "苏05", "320508", "江苏省苏州市姑苏区", "中院", "江苏省高级人民法院", "苏E", "苏", "苏州市"),
    ("江苏省无锡市锡山区人民法院", "苏0205", "320205", "江苏省无锡市锡山区", "基层", "江苏省无锡市中级人民法院", "苏B", "苏", "无锡市"),
    ("山东省济南市历下区人民法院", "鲁0102", "370102", "山东省济南市历下区", "基层", "山东省济南市中级人民法院", "鲁A", "鲁", "济南市"),
    ("湖南省长沙市雨花区人民法院", "湘0111", "430111", "湖南省长沙市雨花区", "基层", "湖南省长沙市中级人民法院", "湘A", "湘", "长沙市"),
    ("四川省成都市武侯区人民法院", "川0107", "510107", "四川省成都市武侯区", "基层", "四川省成都市中级人民法院", "川A", "川", "成都市"),
    ("河南省郑州市金水区人民法院", "豫0105", "410105", "河南省郑州市金水区", "基层", "河南省郑州市中级人民法院", "豫A", "豫", "郑州市"),
    ("湖北省武汉市江岸区人民法院", "鄂0102", "420102", "湖北省武汉市江岸区", "基层", "湖北省武汉市中级人民法院", "鄂A", "鄂", "武汉市"),
    ("福建省厦门市思明区人民法院", "闽0203", "350203", "福建省厦门市思明区", "基层", "福建省厦门市中级人民法院", "闽D", "闽", "厦门市"),
    ("安徽省合肥市蜀山区人民法院", "皖0104", "340104", "安徽省合肥市蜀山区", "基层", "安徽省合肥市中级人民法院", "皖A", "皖", "合肥市"),
    ("重庆市渝北区人民法院", "渝0112", "500112", "重庆市渝北区", "基层", "重庆市第一中级人民法院", "渝A", "渝", "重庆市"),
    ("陕西省西安市雁塔区人民法院", "陕0113", "610113", "陕西省西安市雁塔区", "基层", "陕西省西安市中级人民法院", "陕A", "陕", "西安市"),
    ("云南省昆明市盘龙区人民法院", "云0103", "530103", "云南省昆明市盘龙区", "基层", "云南省昆明市中级人民法院", "云A", "云", "昆明市"),
    ("广州铁路运输法院", "粤7101", "440106", "广东省广州市天河区", "专门", "广州铁路运输中级法院", "粤A", "粤", "广州市"),
    ("辽宁省沈阳市和平区人民法院", "辽0102", "210102", "辽宁省沈阳市和平区", "基层", "辽宁省沈阳市中级人民法院", "辽A", "辽", "沈阳市"),
]
SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国志文斌宇浩凯鹏俊帅晨欣怡佳琪雪梅兰飞鑫瑞晓东海波林峰云辉亮成永春燕婷倩颖楠鸿博睿彦昊宏伦嘉卓亭")
SHOPS = ["恒远", "嘉禾", "锦程", "鼎盛", "华茂", "瑞丰", "永泰", "天弘", "金诺", "宏达", "盛世", "德润", "新航", "卓越", "汇通", "博信", "远洋", "中拓", "顺祥", "万丰", "禾信", "铭达", "润泽", "星辰"]
TRADES = ["纺织", "建材", "贸易", "机械制造", "电子科技", "建筑工程", "物流", "餐饮管理", "房地产开发", "服饰", "食品", "新材料科技", "汽车销售", "装饰工程", "网络科技", "农业开发"]
BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "招商银行", "浙江嵊州农村商业银行", "兴业银行", "上海浦东发展银行", "中国邮政储蓄银行"]
CAUSES = ["民间借贷纠纷", "买卖合同纠纷", "金融借款合同纠纷", "建设工程施工合同纠纷", "租赁合同纠纷", "劳动争议", "机动车交通事故责任纠纷", "追索劳动报酬纠纷", "承揽合同纠纷", "服务合同纠纷", "信用卡纠纷", "物业服务合同纠纷", "装饰装修合同纠纷", "追偿权纠纷", "侵害商标权纠纷", "运输合同纠纷"]
LAWFIRMS = ["浙江剡溪律师事务所", "广东华商律师事务所", "北京市中伦文德律师事务所", "上海市锦天城律师事务所", "江苏姑苏律师事务所", "山东泉城律师事务所", "湖南天地人律师事务所", "四川蜀鼎律师事务所"]
STREETS = ["人民路", "解放路", "中山路", "建设路", "新华路", "文化路", "和平路", "长江路", "光明路", "兴业大道", "滨江路", "学府路"]
AGENCIES = [("市场监督管理局", "局长"), ("生态环境局", "局长"), ("自然资源和规划局", "局长"), ("人力资源和社会保障局", "局长"), ("住房公积金管理中心", "主任"), ("应急管理局", "局长"), ("综合行政执法局", "局长")]


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def name(self, n2=None):
        r = self.rng
        while True:
            s = r.choice(SURN) + "".join(r.choice(GIVEN) for _ in range(n2 or r.choice([1, 2, 2])))
            if s not in self.used:
                self.used.add(s)
                return s

    def company(self, court):
        r = self.rng
        while True:
            city = court[8].replace("市", "")
            s = city + "市" + r.choice(SHOPS) + r.choice(TRADES) + "有限公司"
            if s not in self.used:
                self.used.add(s)
                return s

    def address(self, court):
        r = self.rng
        return "%s%s%d号%s" % (court[3], r.choice(STREETS), r.randint(1, 899),
                               r.choice(["", "%d幢%d室" % (r.randint(1, 30), r.randint(101, 2903)), "%d单元%d室" % (r.randint(1, 6), r.randint(101, 1802))]))

    def birth(self):
        r = self.rng
        return dt.date(r.randint(1958, 2000), r.randint(1, 12), r.randint(1, 28))


# --------------------------------------------------------------------------- document builder
class Doc:
    def __init__(self, name, kind, court, rng):
        self.title = None
        self.name, self.kind, self.court, self.rng = name, kind, court, rng
        self.lines = []          # (style, text)
        self.facts = []

    def line(self, text, style="p"):
        self.lines.append((style, text))
        return text

    def fact(self, field, role, value, evidence, **kw):
        d = {"field": field, "role": role, "value": str(value), "evidence": evidence}
        d.update(kw)
        self.facts.append(d)

    def text(self):
        return "\n".join(t for _, t in self.lines) + "\n"

    def check(self):
        # facts are distinct: a value mentioned twice in the same role is one fact
        seen, uniq = set(), []
        for f in self.facts:
            k = (f["field"], f["role"], f["value"], f.get("party_kind"), f.get("id_no"), bool(f.get("negated")))
            if k not in seen:
                seen.add(k)
                uniq.append(f)
        self.facts = uniq
        txt = self.text()
        bad = [f for f in self.facts if f["evidence"] not in txt]
        if bad:
            raise SystemExit("%s: evidence not in text: %r" % (self.name, [b["evidence"] for b in bad]))


def case_no(year, court, typ, seq, suffix=""):
    return "（%d）%s%s%d号%s" % (year, court[1], typ, seq, suffix)


def amount(doc, role, fen, style=None, prefix="", suffix=""):
    """Return the surface of an amount and record the fact."""
    rng = doc.rng
    if style is None:
        style = rng.choice(["sep", "sep0", "plain", "wan", "daxie", "sep"])
    if style == "wan" and fen % 100:
        style = "sep"
    s = yuan_str(fen, style)
    if style == "daxie":
        # 大写 is usually paired with 小写 in brackets
        if rng.random() < 0.5:
            s = s + "（" + yuan_str(fen, "sep") + "）"
    surface = prefix + s + suffix
    doc.fact("amount", role, fen, surface)
    return surface


def date_fact(doc, role, d, style="cn", pre="", post=""):
    s = pre + digit_date(d, style) + post
    doc.fact("date", role, d.isoformat(), s)
    return s


def person(doc, ctx, role_label, role, colon=None, with_id=None, id_next_line=None, facts=True):
    """Add a natural-person party block; returns the name."""
    rng = doc.rng
    court = doc.court
    nm = ctx.name()
    male = rng.random() < 0.55
    b = ctx.birth()
    idn = make_id(rng, court[2], b, male)
    colon = rng.random() < 0.6 if colon is None else colon
    with_id = rng.random() < 0.75 if with_id is None else with_id
    id_next_line = rng.random() < 0.35 if id_next_line is None else id_next_line
    sep = "：" if colon else ""
    born = rng.choice(["%s出生" % digit_date(b), "%s生" % digit_date(b)])
    nation = rng.choice(["汉族，", "汉族，", "", "回族，"])
    parts = [role_label + sep + nm, "男" if male else "女", born if not nation else born]
    head = "%s%s%s，%s，%s%s，住%s" % (role_label, sep, nm, "男" if male else "女", nation, born, ctx.address(court))
    if with_id and not id_next_line:
        head += "，公民身份号码" + rng.choice(["", "："]) + idn
    doc.line(head + "。")
    if with_id and id_next_line:
        doc.line(rng.choice(["公民身份号码：", "身份证号码：", "公民身份号码"]) + idn + "。")
    if facts:
        kw = {"party_kind": "person"}
        if with_id:
            kw["id_no"] = idn
        doc.fact("party", role, nm, role_label + sep + nm, **kw)
    return nm, (idn if with_id else None)


def org(doc, ctx, role_label, role, colon=None, name=None, rep_title=None, post=None, gov=False):
    rng = doc.rng
    court = doc.court
    nm = name or ctx.company(court)
    code = make_uscc(rng, court[2])
    if gov:
        from evallib import uscc_check
        f17 = "11" + code[2:17]
        code = f17 + uscc_check(f17)
    colon = rng.random() < 0.6 if colon is None else colon
    sep = "：" if colon else ""
    give_code = rng.random() < 0.7
    s = "%s%s%s，住所地%s" % (role_label, sep, nm, ctx.address(court))
    if give_code:
        s += "，统一社会信用代码" + rng.choice(["", "："]) + code
    doc.line(s + "。")
    kw = {"party_kind": "org"}
    if give_code:
        kw["id_no"] = code
    doc.fact("party", role, nm, role_label + sep + nm, **kw)
    rep = ctx.name()
    label = rng.choice(["法定代表人", "法定代表人", "法定代表人", "负责人"]) if rep_title is None else rep_title
    title = post or rng.choice(["该公司执行董事", "该公司总经理", "该公司董事长", "执行董事兼总经理", "经理"])
    doc.line("%s%s%s，%s。" % (label, rng.choice(["：", "："]), rep, title))
    doc.fact("legal_rep", nm, rep, "%s：%s" % (label, rep))
    return nm


def lawyer(doc, ctx):
    rng = doc.rng
    doc.line("委托诉讼代理人：%s，%s律师。" % (ctx.name(), rng.choice(LAWFIRMS)))


def header(doc, title, cno, spaced=None):
    rng = doc.rng
    doc.line(doc.court[0], "court")
    spaced = rng.random() < 0.5 if spaced is None else spaced
    doc.title = doc.line(" ".join(title) if spaced else title, "title")
    doc.line(cno, "caseno")
    doc.fact("court", "", doc.court[0], doc.court[0])
    doc.fact("case_no", "", cno, cno)


def judges(doc, ctx, kinds):
    """kinds: list of role names; returns nothing; adds 书记员 etc."""
    rng = doc.rng
    spaced = {"审判长": "审 判 长", "审判员": "审 判 员", "代理审判员": "代理审判员", "人民陪审员": "人民陪审员", "执行员": "执 行 员"}
    for k in kinds:
        nm = ctx.name()
        lab = spaced[k] if rng.random() < 0.6 else k
        ln = doc.line(lab + rng.choice(["　", "　　", "  "]) + nm, "sign")
        doc.fact("judge", k, nm, ln)


def clerks(doc, ctx, assistant=None):
    rng = doc.rng
    if assistant or (assistant is None and rng.random() < 0.5):
        doc.line("法官助理" + rng.choice(["　", "　　"]) + ctx.name(), "sign")
    doc.line(rng.choice(["书 记 员", "书记员"]) + rng.choice(["　", "　　"]) + ctx.name(), "sign")


def sign_date(doc, d):
    s = cn_date(d)
    doc.line(s, "date")
    doc.fact("date", "落款", d.isoformat(), s)


def prior_judgment(doc, ctx, year, seq, typ="民初"):
    c = doc.court
    cno = "（%d）%s%s%d号" % (year, c[1], typ, seq)
    return cno


def rdate(rng, start, days_lo, days_hi):
    return start + dt.timedelta(days=rng.randint(days_lo, days_hi))


STAT_SEAL = "《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》"
STAT_AUCTION = "《最高人民法院关于人民法院网络司法拍卖若干问题的规定》"
STAT_XIAN = "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
STAT_SHIXIN = "《最高人民法院关于公布失信被执行人名单信息的若干规定》"
STAT_ZB = "《最高人民法院关于严格规范终结本次执行程序的规定（试行）》"
STAT_JIESHI = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
STAT_PAIMAI = "《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》"


def plate(rng, court):
    chars = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    tail = "".join(rng.choice("0123456789") for _ in range(5)) if rng.random() < 0.5 else \
        "".join(rng.choice(chars) for _ in range(5))
    sep = rng.choice(["·", "·", "", " "])
    return court[6] + sep + tail


def cert(rng, court, year):
    return "%s（%d）%s不动产权第%07d号" % (court[7], year, court[8], rng.randint(1, 99999))


def account(rng):
    n = "62" + "".join(rng.choice("0123456789") for _ in range(17))
    return n


def grouped(n):
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


# --------------------------------------------------------------------------- kinds
def basic_case(doc, ctx, year=None):
    rng = doc.rng
    year = year or rng.randint(2019, 2024)
    return year, rng.randint(11, 9800)


def parties_exec(doc, ctx, creditor_org=None, debtor_org=None, creditor_label="申请执行人", debtor_label="被执行人", lawyers=True):
    rng = doc.rng
    creditor_org = rng.random() < 0.4 if creditor_org is None else creditor_org
    debtor_org = rng.random() < 0.4 if debtor_org is None else debtor_org
    if creditor_org:
        cr = org(doc, ctx, creditor_label, "申请执行人" if creditor_label.startswith("申请执行人") else creditor_label)
    else:
        cr, _ = person(doc, ctx, creditor_label, "申请执行人" if creditor_label.startswith("申请执行人") else creditor_label)
    if lawyers and rng.random() < 0.5:
        lawyer(doc, ctx)
    if debtor_org:
        de = org(doc, ctx, debtor_label, "被执行人" if debtor_label.startswith("被执行人") else debtor_label)
    else:
        de, _ = person(doc, ctx, debtor_label, "被执行人" if debtor_label.startswith("被执行人") else debtor_label)
    return cr, de, debtor_org


def k_zhongben(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq)
    header(doc, "执行裁定书", cno)
    cr, de, de_org = parties_exec(doc, ctx)
    cause = rng.choice(CAUSES)
    doc.fact("cause", "", cause, cause)
    pj = prior_judgment(doc, ctx, year - 1, rng.randint(100, 9999), rng.choice(["民初", "民初", "民终"]))
    doc.fact("prior_case_no", "执行依据", pj, pj)
    d_li = dt.date(year, rng.randint(1, 6), rng.randint(1, 28))
    principal = rng.randint(3, 300) * 100000 + rng.choice([0, 0, 5000, 12345])
    p_s = amount(doc, "本金", principal)
    interest = rng.randint(1, 50) * 10000
    i_s = amount(doc, "利息", interest, "plain")
    fee = rng.randint(50, 3000) * 100
    f_s = amount(doc, "费用", fee, "plain", prefix="案件受理费")
    doc.line("申请执行人%s与被执行人%s%s一案，%s作出的%s民事%s已经发生法律效力。该判决确定：被执行人%s于判决生效之日起十日内偿还申请执行人%s借款本金%s、利息%s，并负担%s。因被执行人未履行生效法律文书确定的义务，申请执行人%s向本院申请强制执行，本院于%s立案执行。"
             % (cr, de, cause, c[0] if rng.random() < 0.5 else "本院", pj, "判决书", de, cr, p_s, i_s, f_s, cr,
                date_fact(doc, "立案", d_li)))
    d_tz = rdate(rng, d_li, 1, 8)
    doc.line("本院于%s向被执行人送达了执行通知书、报告财产令，责令其履行义务并如实申报财产，被执行人%s。" %
             (date_fact(doc, "通知", d_tz), rng.choice(["既未履行义务，也未申报财产", "逾期未报告财产", "未予理会"])))
    doc.fact("measure", "", "网络查控", "网络执行查控系统")
    found = rng.random() < 0.6
    if found:
        got = rng.randint(1, 60) * 10000 + rng.randint(0, 99) * 100
        g_s = amount(doc, "到位", got, rng.choice(["sep", "plain"]))
        doc.line("本院通过网络执行查控系统对被执行人名下的存款、车辆、不动产、证券、网络资金等财产进行了查询，冻结并扣划其银行存款%s。" % g_s)
        doc.fact("measure", "", "冻结", "冻结并扣划其银行存款")
    else:
        doc.line("本院通过网络执行查控系统对被执行人名下的存款、车辆、不动产、证券、网络资金等财产进行了查询，尚未发现可供执行的财产。")
        got = 0
    if rng.random() < 0.6:
        p = plate(rng, c)
        d_cf = rdate(rng, d_tz, 10, 40)
        doc.line("经查，被执行人名下登记有车牌号为%s的小型轿车一辆，本院于%s对该车辆予以查封，因车辆下落不明，至今未能实际扣押。" % (p, date_fact(doc, "查封", d_cf)))
        doc.fact("measure", "", "查封", "对该车辆予以查封")
        doc.fact("measure", "", "扣押", "未能实际扣押", negated=True)
        doc.fact("item", "车辆", p.replace(" ", ""), p, action="查封")
    doc.line("本院依照%s对被执行人%s发出限制消费令。" % (STAT_XIAN, "及其法定代表人" if de_org else ""))
    doc.fact("measure", "", "限制消费", "发出限制消费令")
    if rng.random() < 0.5:
        doc.line("因被执行人有履行能力而拒不履行生效法律文书确定的义务，本院已将其纳入失信被执行人名单。")
        doc.fact("measure", "", "失信", "已将其纳入失信被执行人名单")
    else:
        doc.line("因被执行人不具有%s第一条规定的情形，本院未将其纳入失信被执行人名单。" % STAT_SHIXIN)
        doc.fact("measure", "", "失信", "本院未将其纳入失信被执行人名单", negated=True)
    unpaid = principal + interest + fee - got
    u_s = amount(doc, "未履行", unpaid, rng.choice(["sep", "plain", "daxie"]))
    d_yt = rdate(rng, d_tz, 60, 100)
    doc.line("本院于%s约谈申请执行人，告知本案的执行情况、财产调查措施、被执行人的财产情况、终结本次执行程序的依据及法律后果，申请执行人%s。截至目前，被执行人尚未履行的金额为%s。"
             % (date_fact(doc, "其他", d_yt), rng.choice(["表示同意终结本次执行程序", "未能提供被执行人可供执行的财产线索"]), u_s))
    doc.line("本院认为，本案已穷尽财产调查措施，未发现被执行人有其他可供执行的财产，符合终结本次执行程序的条件。依照%s第五百一十七条、%s第一条之规定，裁定如下：" % (STAT_JIESHI, STAT_ZB))
    doc.line("终结本次执行程序。", "ruling")
    doc.fact("measure", "", "终结本次执行程序", "终结本次执行程序。")
    doc.line("申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行。申请执行人申请恢复执行不受申请执行时效期间的限制。")
    doc.line("本裁定送达后立即生效。")
    judges(doc, ctx, rng.choice([["审判长", "审判员", "审判员"], ["审判长", "审判员", "人民陪审员"], ["审判员"]]))
    sign_date(doc, rdate(rng, d_yt, 3, 20))
    clerks(doc, ctx)
    doc.fact("kind", "", "终本裁定书", "终结本次执行程序。")


def k_tongzhi(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq)
    header(doc, "执行通知书", cno)
    de_org = rng.random() < 0.5
    if de_org:
        de = ctx.company(c)
    else:
        de = ctx.name()
    doc.line(de + "：")
    doc.fact("party", "被执行人", de, de + "：", party_kind="org" if de_org else "person")
    cr = ctx.name() if rng.random() < 0.6 else ctx.company(c)
    cause = rng.choice(CAUSES)
    pj = prior_judgment(doc, ctx, year - 1, rng.randint(100, 9999), rng.choice(["民初", "民终", "民特"]))
    d_li = dt.date(year, rng.randint(1, 10), rng.randint(1, 28))
    doc.line("申请执行人%s与你%s%s一案，%s已经发生法律效力。申请执行人%s于%s向本院申请强制执行，本院已于同日立案。依照《中华人民共和国民事诉讼法》第二百四十七条、第二百五十一条，%s第四百八十条之规定，责令你%s自收到本通知书之日起立即履行下列义务："
             % (cr, "单位" if de_org else "", cause, "本院作出的" + pj + "民事判决书", cr, date_fact(doc, "立案", d_li), STAT_JIESHI, "单位" if de_org else ""))
    doc.fact("party", "申请执行人", cr, "申请执行人" + cr, party_kind="person" if len(cr) <= 3 else "org")
    doc.fact("cause", "", cause, cause)
    doc.fact("prior_case_no", "执行依据", pj, pj)
    principal = rng.randint(2, 500) * 100000 + rng.choice([0, 0, 3300, 80000])
    doc.line("一、向申请执行人%s支付%s及相应利息；" % (cr, amount(doc, "本金", principal)))
    fee = rng.randint(50, 2000) * 100
    doc.line("二、负担案件受理费%s；" % amount(doc, "费用", fee, "plain"))
    fee2 = rng.randint(50, 1500) * 100
    doc.line("三、负担申请执行费%s；" % amount(doc, "费用", fee2, "plain"))
    doc.line("四、加倍支付迟延履行期间的债务利息。")
    doc.line("你%s应当自收到本通知书之日起五日内如实向本院申报财产。逾期不履行的，本院将依法强制执行，并可依照%s对你%s的财产采取查封、扣押、冻结、拍卖等措施，还可以依法将你%s纳入失信被执行人名单、限制高消费。"
             % ("单位" if de_org else "", STAT_SEAL, "单位" if de_org else "", "单位" if de_org else ""))
    if rng.random() < 0.5:
        doc.line("特此通知。")
    nm = ctx.name()
    doc.line("承办人：%s　　联系电话：0%d-%08d" % (nm, rng.randint(10, 999), rng.randint(10000000, 89999999)))
    d = rdate(rng, d_li, 0, 6)
    sign_date(doc, d)
    doc.fact("kind", "", "执行通知书", doc.title)


def k_baogao(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq)
    header(doc, "报告财产令", cno)
    de_org = rng.random() < 0.4
    de = ctx.company(c) if de_org else ctx.name()
    doc.line("被执行人%s：" % de)
    doc.fact("party", "被执行人", de, "被执行人%s：" % de, party_kind="org" if de_org else "person")
    cr = ctx.name()
    cause = rng.choice(CAUSES)
    d_li = dt.date(year, rng.randint(1, 10), rng.randint(1, 28))
    doc.line("本院于%s立案执行的申请执行人%s与你%s%s一案，因你%s未按执行通知书履行法律文书确定的义务，依照《中华人民共和国民事诉讼法》第二百五十二条、《最高人民法院关于民事执行中财产调查若干问题的规定》第三条之规定，责令你%s在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"
             % (date_fact(doc, "立案", d_li), cr, "单位" if de_org else "", cause, "单位" if de_org else "", "单位" if de_org else ""))
    doc.fact("party", "申请执行人", cr, "申请执行人" + cr, party_kind="person")
    doc.fact("cause", "", cause, cause)
    doc.line("报告内容包括：（一）收入、银行存款、现金、理财产品、有价证券；（二）土地使用权、房屋等不动产；（三）交通运输工具、机器设备、产品、原材料等动产；（四）债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；（五）其他应当报告的财产。")
    doc.line("被执行人报告财产后，财产状况发生变动，影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。")
    doc.line("被执行人拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院可以根据情节轻重对被执行人或者其法定代理人予以罚款、拘留；构成犯罪的，依法追究刑事责任。")
    if rng.random() < 0.5:
        nm = ctx.name()
        doc.line("执行员：%s" % nm)
        doc.fact("judge", "执行员", nm, "执行员：%s" % nm)
    sign_date(doc, rdate(rng, d_li, 0, 5))
    doc.fact("kind", "", "报告财产令", doc.title)


def k_xianxiao(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq)
    header(doc, "限制消费令", cno, spaced=False)
    de_org = rng.random() < 0.6
    if de_org:
        de = org(doc, ctx, "被执行人", "被执行人", colon=True, rep_title="法定代表人")
        rep = doc.facts[-1]["value"]
    else:
        de, _ = person(doc, ctx, "被执行人", "被执行人", colon=True)
    cr = ctx.company(c) if rng.random() < 0.5 else ctx.name()
    cause = rng.choice(CAUSES)
    d_li = dt.date(year, rng.randint(1, 9), rng.randint(1, 28))
    doc.line("本院于%s立案执行申请执行人%s与被执行人%s%s一案。因被执行人%s未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《中华人民共和国民事诉讼法》第二百六十六条、%s第一条、第三条的规定，对被执行人%s采取限制消费措施，限制其不得实施以下高消费及非生活和工作必需的消费行为："
             % (date_fact(doc, "立案", d_li), cr, de, cause, de, STAT_XIAN, de + ("及其法定代表人" + rep if de_org else "")))
    doc.fact("party", "申请执行人", cr, "申请执行人" + cr, party_kind="org" if cr.endswith("公司") else "person")
    doc.fact("cause", "", cause, cause)
    doc.fact("measure", "", "限制消费", "采取限制消费措施")
    for s in ["（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
              "（三）购买不动产或者新建、扩建、高档装修房屋；", "（四）租赁高档写字楼、宾馆、公寓等场所办公；", "（五）购买非经营必需车辆；",
              "（六）旅游、度假；", "（七）子女就读高收费私立学校；", "（八）支付高额保费购买保险理财产品；", "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"]:
        doc.line(s)
    doc.line("如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")
    sign_date(doc, rdate(rng, d_li, 5, 60))
    doc.fact("kind", "", "限制消费令", "限制消费令")


def _exec_intro(doc, ctx, cr, de, cause):
    rng = doc.rng
    c = doc.court
    pj = prior_judgment(doc, ctx, rng.randint(2016, 2023), rng.randint(100, 9999), rng.choice(["民初", "民终"]))
    doc.fact("prior_case_no", "执行依据", pj, pj)
    doc.fact("cause", "", cause, cause)
    doc.line("本院在执行申请执行人%s与被执行人%s%s一案中，因被执行人未按照执行通知书履行%s民事判决书确定的义务，" % (cr, de, cause, pj))


def k_chafeng(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq, rng.choice(["", "", "之一"]))
    header(doc, "执行裁定书", cno)
    cr, de, de_org = parties_exec(doc, ctx)
    cause = rng.choice(CAUSES)
    _exec_intro(doc, ctx, cr, de, cause)
    variant = rng.choice(["house", "house", "continue", "release"])
    ct = cert(rng, c, rng.randint(2016, 2022))
    addr = ctx.address(c)
    val = rng.randint(60, 900) * 1000000
    if variant == "release":
        last = doc.lines.pop()[1]
        doc.line(last + "本院依法查封了被执行人名下位于%s的房产（不动产权证号：%s）。现被执行人已履行全部义务，申请执行人申请解除查封。依照%s第二十八条之规定，裁定如下：" % (addr, ct, STAT_SEAL))
        doc.fact("measure", "", "查封", "本院依法查封了被执行人名下")
        doc.line("解除对被执行人%s名下位于%s的房产（不动产权证号：%s）的查封。" % (de, addr, ct), "ruling")
        doc.fact("measure", "", "解除查封", "的查封。")
        doc.fact("item", "不动产", ct, ct, action="解除查封")
        kind = "查封裁定书"
    elif variant == "continue":
        last = doc.lines.pop()[1]
        d0 = dt.date(year - 3, rng.randint(1, 12), rng.randint(1, 28))
        doc.line(last + "本院于%s查封了被执行人名下位于%s的房产（%s），查封期限即将届满。申请执行人申请续行查封。依照%s第二十七条之规定，裁定如下：" % (date_fact(doc, "查封", d0), addr, ct, STAT_SEAL))
        doc.fact("measure", "", "查封", "查封了被执行人名下")
        d1 = d0 + dt.timedelta(days=365 * 3)
        doc.line("续行查封被执行人%s名下位于%s的房产（%s），查封期限三年，自%s起算。" % (de, addr, ct, digit_date(d1)), "ruling")
        doc.fact("measure", "", "续行查封", "续行查封被执行人")
        doc.fact("item", "不动产", ct, ct, action="续行查封")
        kind = "查封裁定书"
    else:
        last = doc.lines.pop()[1]
        doc.line(last + "依照《中华人民共和国民事诉讼法》第二百五十三条、第二百五十四条、%s第一条之规定，裁定如下：" % STAT_SEAL)
        vs = amount(doc, "评估价", val, rng.choice(["sep", "wan"]), prefix="")
        doc.line("一、查封被执行人%s名下位于%s的房产（不动产权证号：%s，建筑面积%d.%02d平方米），该房产经询价确定的参考价为%s；" % (de, addr, ct, rng.randint(50, 260), rng.randint(0, 99), vs), "ruling")
        doc.fact("item", "不动产", ct, ct, action="查封", fen=str(val))
        doc.fact("measure", "", "查封", "一、查封被执行人")
        d_sign = dt.date(year, rng.randint(1, 12), rng.randint(1, 20))
        d_cf = d_sign + dt.timedelta(days=rng.randint(0, 5))
        doc.line("二、查封期限为三年，自%s起算；期限届满需要续行查封的，申请执行人应当在届满前提出续行查封申请。" % date_fact(doc, "查封", d_cf), "ruling")
        kind = "查封裁定书"
    doc.line("本裁定立即执行。" if rng.random() < 0.5 else "本裁定送达后即发生法律效力。")
    judges(doc, ctx, rng.choice([["执行员"], ["审判员"], ["审判长", "审判员", "人民陪审员"]]))
    if variant in ("house",):
        sign_date(doc, d_sign)
    else:
        sign_date(doc, dt.date(year, rng.randint(1, 12), rng.randint(1, 28)))
    clerks(doc, ctx)
    doc.fact("kind", "", kind, "裁定如下")


def k_dongjie(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq)
    header(doc, "执行裁定书", cno)
    cr, de, de_org = parties_exec(doc, ctx)
    cause = rng.choice(CAUSES)
    _exec_intro(doc, ctx, cr, de, cause)
    last = doc.lines.pop()[1]
    target = rng.randint(5, 400) * 10000
    doc.line(last + "申请执行人申请冻结被执行人的财产。依照《中华人民共和国民事诉讼法》第二百四十九条、第二百五十三条、%s第一条之规定，裁定如下：" % STAT_SEAL)
    bank = rng.choice(BANKS)
    acc = account(rng)
    acc_s = grouped(acc) if rng.random() < 0.5 else acc
    doc.line("一、冻结被执行人%s在%s%s开立的账户（账号%s）内的存款，冻结数额以%s为限；" % (de, bank, c[8].rstrip("市") + "支行", acc_s, amount(doc, "标的", target)), "ruling")
    doc.fact("item", "存款", acc, acc_s, action="冻结", fen=str(target))
    doc.fact("measure", "", "冻结", "一、冻结被执行人")
    n = 2
    if rng.random() < 0.7:
        comp = ctx.company(c)
        pct = rng.choice([10, 15, 20, 30, 35, 40, 45, 51, 60, 100])
        cap = rng.randint(5, 500) * 10000 * 100
        doc.line("二、冻结被执行人%s持有的%s%d%%的股权（认缴出资额%s）及其相应的分红、红利等收益；" % (de, comp, pct, yuan_str(cap, "wan")), "ruling")
        doc.fact("item", "股权", "%s %d%%" % (comp, pct), "%s%d%%的股权" % (comp, pct), action="冻结")
        n = 3
    doc.line("%s、冻结期限为：存款一年，股权三年。" % "一二三四"[n - 1], "ruling")
    doc.line("本裁定立即执行。")
    judges(doc, ctx, rng.choice([["执行员"], ["审判员"]]))
    sign_date(doc, dt.date(year, rng.randint(1, 12), rng.randint(1, 28)))
    clerks(doc, ctx)
    doc.fact("kind", "", "冻结裁定书", "裁定如下")


def k_kouya(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq, rng.choice(["", "之二"]))
    header(doc, "执行裁定书", cno)
    cr, de, de_org = parties_exec(doc, ctx)
    cause = rng.choice(CAUSES)
    _exec_intro(doc, ctx, cr, de, cause)
    last = doc.lines.pop()[1]
    p = plate(rng, c)
    vin = "L" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16))
    doc.line(last + "经查，被执行人名下有登记车辆，本院前已依法予以查封。依照《中华人民共和国民事诉讼法》第二百五十三条、%s第一条、第六条之规定，裁定如下：" % STAT_SEAL)
    doc.fact("measure", "", "查封", "本院前已依法予以查封")
    doc.line("扣押被执行人%s名下车牌号为%s的%s一辆（车辆识别代号%s）。" % (de, p, rng.choice(["小型普通客车", "重型半挂牵引车", "小型轿车", "轻型厢式货车"]), vin), "ruling")
    doc.fact("measure", "", "扣押", "扣押被执行人")
    doc.fact("item", "车辆", p.replace(" ", ""), p, action="扣押")
    if rng.random() < 0.5:
        doc.line("扣押的车辆由本院指定的停车场保管，保管费用由被执行人负担。")
    doc.line("本裁定立即执行。")
    judges(doc, ctx, rng.choice([["执行员"], ["审判员"], ["审判长", "审判员", "审判员"]]))
    sign_date(doc, dt.date(year, rng.randint(1, 12), rng.randint(1, 28)))
    clerks(doc, ctx)
    doc.fact("kind", "", "扣押裁定书", "扣押被执行人")


def k_paimai(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq)
    rnd = rng.choice(["1", "2", "变卖"])
    title = {"1": "网络司法拍卖公告", "2": "网络司法拍卖公告", "变卖": "网络司法变卖公告"}[rnd]
    doc.line(c[0], "court")
    doc.fact("court", "", c[0], c[0])
    doc.line(title, "title")
    doc.line(cno, "caseno")
    doc.fact("case_no", "", cno, cno)
    de = ctx.name() if rng.random() < 0.6 else ctx.company(c)
    cr = ctx.name()
    doc.fact("party", "被执行人", de, "被执行人" + de, party_kind="org" if de.endswith("公司") else "person")
    doc.fact("party", "申请执行人", cr, "申请执行人" + cr, party_kind="person")
    ct = cert(rng, c, rng.randint(2015, 2022))
    addr = ctx.address(c)
    appraised = rng.randint(80, 700) * 1000000
    d0 = dt.date(year, rng.randint(3, 11), rng.randint(1, 25))
    platform = rng.choice(["淘宝网司法拍卖网络平台（网址：sf.taobao.com）", "京东网司法拍卖网络平台（网址：sifa.jd.com）", "人民法院诉讼资产网司法拍卖平台"])
    if rnd == "1":
        start = appraised * rng.choice([70, 75, 80, 85]) // 100
        word = "第一次公开拍卖"
    elif rnd == "2":
        start = appraised * rng.choice([56, 60, 64, 68]) // 100
        word = "第二次公开拍卖"
    else:
        start = appraised * rng.choice([50, 56, 60]) // 100
        word = "公开变卖"
    start -= start % 100
    deposit = (appraised // 10) - (appraised // 10) % 10000
    doc.line("本院在执行申请执行人%s与被执行人%s%s一案中，将于%s10时至%s10时止（延时的除外）在%s上进行%s活动，现公告如下："
             % (cr, de, rng.choice(CAUSES), date_fact(doc, "拍卖", d0), digit_date(d0 + dt.timedelta(days=1 if rnd != "变卖" else 60)), platform, word))
    doc.fact("auction_round", "", rnd, word)
    doc.fact("measure", "", "变卖" if rnd == "变卖" else "拍卖", word)
    doc.line("一、拍卖标的：被执行人%s名下位于%s的房产（不动产权证号：%s，建筑面积%d.%02d平方米）。" % (de, addr, ct, rng.randint(60, 240), rng.randint(0, 99)))
    doc.fact("item", "不动产", ct, ct, action="变卖" if rnd == "变卖" else "拍卖", fen=str(appraised))
    agency = rng.choice(["浙江中联资产评估有限公司", "深圳市国众联房地产土地估价有限公司", "江苏苏信房地产评估咨询有限公司", "北京华信房地产评估有限公司"])
    doc.line("二、评估价：%s（经%s评估）；%s：%s；保证金：%s；增价幅度：%s。"
             % (amount(doc, "评估价", appraised, rng.choice(["sep", "sep0", "wan"])), agency,
                "起拍价" if rnd != "变卖" else "变卖价", amount(doc, "起拍价", start, rng.choice(["sep", "sep0", "plain"])),
                amount(doc, "保证金", deposit, rng.choice(["sep0", "wan", "plain"])), yuan_str(rng.choice([500000, 1000000, 2000000]), "sep0")))
    doc.fact("measure", "", "评估", "评估）")
    if rnd == "2":
        doc.line("该标的已于%s进行第一次拍卖，因无人出价而流拍。" % digit_date(d0 - dt.timedelta(days=rng.randint(30, 60))))
    doc.line("三、竞买人应当具备完全民事行为能力，法律、行政法规和司法解释对买受人资格或者条件有特殊规定的，竞买人应当具备规定的资格或者条件。")
    doc.line("四、拍卖成交后，买受人应在拍卖结束后十日内将拍卖余款缴入本院指定账户。标的物过户登记所涉及的税费由%s承担。" % rng.choice(["买卖双方按照法律规定各自", "买受人"]))
    doc.line("五、本次拍卖依照%s、%s进行，拍卖不动产的，本院不负责腾退交付。" % (STAT_AUCTION, STAT_PAIMAI))
    doc.line("咨询电话：0%d-%08d　　监督电话：0%d-%08d" % (rng.randint(10, 999), rng.randint(1e7, 8e7), rng.randint(10, 999), rng.randint(1e7, 8e7)))
    sign_date(doc, d0 - dt.timedelta(days=rng.randint(15, 35)))
    doc.fact("kind", "", "拍卖公告", title)


def k_chengjiao(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq, rng.choice(["", "之三", "之一"]))
    header(doc, "执行裁定书", cno)
    cr, de, de_org = parties_exec(doc, ctx, lawyers=False)
    buyer, bid = person(doc, ctx, "买受人", "买受人", colon=True, with_id=True)
    cause = rng.choice(CAUSES)
    doc.fact("cause", "", cause, cause)
    ct = cert(rng, c, rng.randint(2015, 2022))
    addr = ctx.address(c)
    rnd = rng.choice(["1", "2"])
    d0 = dt.date(year, rng.randint(1, 10), rng.randint(1, 25))
    price = rng.randint(60, 600) * 1000000 + rng.randint(0, 99) * 10000
    word = "第一次拍卖" if rnd == "1" else "第二次拍卖"
    doc.line("本院在执行申请执行人%s与被执行人%s%s一案中，依法查封了被执行人名下位于%s的房产（不动产权证号：%s），并于%s在京东网司法拍卖平台进行%s。买受人%s以最高价%s竞得，并已付清全部价款。依照%s第二十二条、%s第二十六条之规定，裁定如下："
             % (cr, de, cause, addr, ct, date_fact(doc, "拍卖", d0), word, buyer, amount(doc, "成交价", price, rng.choice(["sep", "sep0", "daxie", "plain"])), STAT_AUCTION, STAT_PAIMAI))
    doc.fact("measure", "", "查封", "依法查封了被执行人名下")
    doc.fact("measure", "", "拍卖", word)
    doc.fact("auction_round", "", rnd, word)
    doc.fact("item", "不动产", ct, ct, action="拍卖", fen=str(price))
    doc.line("一、被执行人%s名下位于%s的房产（不动产权证号：%s）的所有权归买受人%s所有；" % (de, addr, ct, buyer), "ruling")
    doc.line("二、上述房产的所有权自本裁定送达买受人%s时起转移；" % buyer, "ruling")
    doc.line("三、解除对上述房产的查封、抵押登记；" if rng.random() < 0.6 else "三、解除对上述房产的查封；", "ruling")
    doc.fact("measure", "", "解除查封", "三、解除对上述房产的查封")
    doc.line("四、买受人%s可持本裁定书到登记机构办理相关产权过户登记手续。" % buyer, "ruling")
    doc.line("本裁定送达后即发生法律效力。")
    judges(doc, ctx, rng.choice([["审判长", "审判员", "审判员"], ["审判员"], ["执行员"]]))
    sign_date(doc, d0 + dt.timedelta(days=rng.randint(10, 40)))
    clerks(doc, ctx)
    doc.fact("kind", "", "成交确认裁定书", "所有权归买受人")


def k_fafang(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq)
    doc.line(c[0], "court")
    doc.fact("court", "", c[0], c[0])
    title = rng.choice(["执行款发放通知书", "案款发放通知书", "领取执行款通知书"])
    doc.line(title, "title")
    doc.line(cno, "caseno")
    doc.fact("case_no", "", cno, cno)
    cr = ctx.name()
    de = ctx.company(c) if rng.random() < 0.5 else ctx.name()
    doc.line("%s：" % cr)
    doc.fact("party", "申请执行人", cr, "申请执行人" + cr, party_kind="person")
    doc.fact("party", "被执行人", de, "被执行人" + de, party_kind="org" if de.endswith("公司") else "person")
    cause = rng.choice(CAUSES)
    doc.fact("cause", "", cause, cause)
    got = rng.randint(2, 300) * 10000 + rng.randint(0, 99) * 100 + rng.choice([0, 0, 37])
    d_dz = dt.date(year, rng.randint(1, 11), rng.randint(1, 28))
    efee = rng.randint(100, 3000) * 100
    afee = rng.randint(20, 200) * 100 if rng.random() < 0.6 else 0
    pay = got - efee - afee
    s = "本院执行的申请执行人%s与被执行人%s%s一案，被执行人%s的执行款%s已于%s划入本院执行款专户。经核算，扣除本案申请执行费%s" % (
        cr, de, cause, rng.choice(["被扣划", "经拍卖所得", "主动缴纳"]), amount(doc, "到位", got, rng.choice(["sep", "plain"])),
        date_fact(doc, "到账", d_dz), amount(doc, "费用", efee, "plain"))
    if afee:
        s += "、评估费%s" % amount(doc, "费用", afee, "plain")
    s += "后，本院向你发放执行款%s。" % amount(doc, "发放", pay, rng.choice(["sep", "daxie", "plain"]))
    doc.line(s)
    doc.line("请你于收到本通知之日起十日内，携带本人身份证件及本通知书到本院执行局办理领款手续，或书面提供本人名下的银行收款账户，由本院转账支付。")
    doc.line("逾期未领取的，本院将依照《最高人民法院关于执行款物管理工作的规定》的有关规定办理提存。")
    nm = ctx.name()
    doc.line("承办执行员：%s" % nm)
    doc.fact("judge", "执行员", nm, "承办执行员：%s" % nm)
    sign_date(doc, d_dz + dt.timedelta(days=rng.randint(3, 25)))
    doc.fact("kind", "", "案款发放通知书", title)


def k_huifu(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx, rng.randint(2021, 2024))
    cno = case_no(year, c, "执恢", seq)
    header(doc, "执行裁定书", cno)
    cr, de, de_org = parties_exec(doc, ctx)
    cause = rng.choice(CAUSES)
    doc.fact("cause", "", cause, cause)
    oy = year - rng.randint(1, 4)
    ocno = case_no(oy, c, "执", rng.randint(100, 9000))
    doc.fact("prior_case_no", "原执行案号", ocno, ocno)
    d_zb = dt.date(oy, rng.randint(2, 12), rng.randint(1, 28))
    d_ap = dt.date(year, rng.randint(1, 10), rng.randint(1, 28))
    item = rng.choice(["house", "car", "equity"])
    if item == "house":
        ct = cert(rng, c, rng.randint(2019, year))
        what = "位于%s的房产一处（不动产权证号：%s）" % (ctx.address(c), ct)
        doc.fact("item", "不动产", ct, ct)
    elif item == "car":
        p = plate(rng, c)
        what = "车牌号为%s的小型轿车一辆" % p
        doc.fact("item", "车辆", p.replace(" ", ""), p)
    else:
        comp = ctx.company(c)
        pct = rng.choice([20, 25, 30, 49, 60])
        what = "%s%d%%的股权" % (comp, pct)
        doc.fact("item", "股权", "%s %d%%" % (comp, pct), "%s%d%%的股权" % (comp, pct))
    doc.line("本院在执行申请执行人%s与被执行人%s%s一案中，因未发现被执行人有可供执行的财产，于%s作出%s执行裁定，终结本次执行程序。%s申请执行人%s于%s向本院提出申请，称发现被执行人名下有%s可供执行，请求恢复执行。"
             % (cr, de, cause, date_fact(doc, "其他", d_zb), ocno, rng.choice(["", "现"]), cr, date_fact(doc, "立案", d_ap), what))
    doc.fact("measure", "", "终结本次执行程序", "终结本次执行程序。")
    doc.line("本院经审查认为，申请执行人提供的财产线索经核实属实，本案符合恢复执行的条件。依照%s第九条、%s第五百一十七条之规定，裁定如下：" % (STAT_ZB, STAT_JIESHI))
    doc.line("本案恢复执行。", "ruling")
    doc.fact("measure", "", "恢复执行", "本案恢复执行。")
    doc.line("本裁定送达后立即生效。")
    judges(doc, ctx, rng.choice([["审判长", "审判员", "审判员"], ["审判员"], ["执行员"]]))
    sign_date(doc, d_ap + dt.timedelta(days=rng.randint(2, 14)))
    clerks(doc, ctx)
    doc.fact("kind", "", "恢复执行裁定书", "本案恢复执行。")


def k_shixin(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq)
    doc.line(c[0], "court")
    doc.fact("court", "", c[0], c[0])
    doc.line(rng.choice(["决 定 书", "决定书"]), "title")
    doc.line(cno, "caseno")
    doc.fact("case_no", "", cno, cno)
    cr, de, de_org = parties_exec(doc, ctx, lawyers=False)
    cause = rng.choice(CAUSES)
    doc.fact("cause", "", cause, cause)
    pj = prior_judgment(doc, ctx, year - 1, rng.randint(100, 9999))
    doc.fact("prior_case_no", "执行依据", pj, pj)
    situ = rng.choice(["有履行能力而拒不履行生效法律文书确定义务", "违反财产报告制度", "违反限制消费令"])
    doc.line("本院在执行申请执行人%s与被执行人%s%s一案中，被执行人未履行%s民事判决书确定的义务，且具有%s的情形。依照《中华人民共和国民事诉讼法》第二百六十六条、%s第一条第%s项之规定，决定如下："
             % (cr, de, cause, pj, situ, STAT_SHIXIN, rng.choice(["一", "三", "四"])))
    doc.line("将被执行人%s纳入失信被执行人名单。" % de, "ruling")
    doc.fact("measure", "", "失信", "纳入失信被执行人名单。")
    if rng.random() < 0.5:
        doc.line("本院同时对被执行人采取限制消费措施。")
        doc.fact("measure", "", "限制消费", "采取限制消费措施")
    doc.line("被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。")
    doc.line("本决定一经作出即生效。")
    judges(doc, ctx, rng.choice([["执行员"], ["审判员"]]))
    sign_date(doc, dt.date(year, rng.randint(1, 12), rng.randint(1, 28)))
    clerks(doc, ctx, assistant=False)
    doc.fact("kind", "", "失信决定书", "纳入失信被执行人名单。")


def k_zhongjie(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, rng.choice(["执", "执恢"]), seq)
    header(doc, "执行裁定书", cno)
    cr, de, de_org = parties_exec(doc, ctx, debtor_org=False)
    cause = rng.choice(CAUSES)
    doc.fact("cause", "", cause, cause)
    reason = rng.choice(["withdraw", "settle", "death"])
    d0 = dt.date(year, rng.randint(1, 10), rng.randint(1, 28))
    if reason == "withdraw":
        doc.line("本院在执行申请执行人%s与被执行人%s%s一案中，申请执行人%s于%s以双方已自行和解为由向本院申请撤回执行申请。依照《中华人民共和国民事诉讼法》第二百六十八条第一项之规定，裁定如下：" % (cr, de, cause, cr, date_fact(doc, "其他", d0)))
    elif reason == "settle":
        doc.line("本院在执行申请执行人%s与被执行人%s%s一案中，双方于%s达成执行和解协议，被执行人已按协议履行完毕。依照《中华人民共和国民事诉讼法》第二百六十八条第六项之规定，裁定如下：" % (cr, de, cause, date_fact(doc, "其他", d0)))
    else:
        doc.line("本院在执行申请执行人%s与被执行人%s%s一案中，被执行人%s于%s死亡，经查无遗产可供执行，又无义务承担人。依照《中华人民共和国民事诉讼法》第二百六十八条第三项之规定，裁定如下：" % (cr, de, cause, de, date_fact(doc, "其他", d0)))
    doc.line("终结本院%s案件的执行。" % cno, "ruling")
    if rng.random() < 0.5:
        doc.line("解除对被执行人%s名下银行账户的冻结及对其名下财产的查封措施。" % de, "ruling")
        doc.fact("measure", "", "冻结", "银行账户的冻结")
        doc.fact("measure", "", "查封", "对其名下财产的查封")
        doc.fact("measure", "", "解除查封", "解除对被执行人")
    doc.line("本裁定送达后立即生效。")
    judges(doc, ctx, rng.choice([["审判长", "审判员", "人民陪审员"], ["审判员"], ["代理审判员"]]))
    sign_date(doc, d0 + dt.timedelta(days=rng.randint(2, 30)))
    clerks(doc, ctx)
    doc.fact("kind", "", "终结执行裁定书", "案件的执行。")


def k_yiyi(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    seq = seq % 700 + 3
    cno = case_no(year, c, "执异", seq)
    header(doc, "执行裁定书", cno)
    outsider = rng.random() < 0.6
    if outsider:
        yi, _ = person(doc, ctx, "异议人（案外人）", "异议人", colon=True)
        doc.fact("party", "案外人", yi, "异议人（案外人）：" + yi, **{k: v for k, v in doc.facts[-1].items() if k in ("party_kind", "id_no")})
        lawyer(doc, ctx)
        cr, de, de_org = parties_exec(doc, ctx, lawyers=False)
    else:
        yi = org(doc, ctx, "异议人（被执行人）", "异议人", colon=True)
        last = doc.facts[-2]
        doc.fact("party", "被执行人", yi, last["evidence"], party_kind="org", **({"id_no": last["id_no"]} if "id_no" in last else {}))
        lawyer(doc, ctx)
        cr, _ = person(doc, ctx, "申请执行人", "申请执行人", colon=True)
        de = yi
    cause = rng.choice(CAUSES)
    doc.fact("cause", "", cause, cause)
    ey = year - 1
    ecno = case_no(ey, c, "执", rng.randint(100, 9000))
    doc.fact("prior_case_no", "原执行案号", ecno, ecno)
    ct = cert(rng, c, rng.randint(2014, 2021))
    addr = ctx.address(c)
    d_cf = dt.date(ey, rng.randint(3, 12), rng.randint(1, 28))
    if outsider:
        doc.line("本院在执行申请执行人%s与被执行人%s%s一案［执行案号%s］中，于%s查封了被执行人名下位于%s的房产（%s）。案外人%s对该房产提出书面异议，本院受理后依法组成合议庭进行了审查，现已审查终结。"
                 % (cr, de, cause, ecno, date_fact(doc, "查封", d_cf), addr, ct, yi))
        doc.fact("measure", "", "查封", "查封了被执行人名下")
        doc.fact("item", "不动产", ct, ct, action="查封")
        paid = rng.randint(50, 300) * 1000000
        doc.line("异议人%s称，其已于%s与被执行人签订房屋买卖合同，支付全部购房款%s，并已合法占有该房产，请求解除查封。" % (yi, digit_date(d_cf - dt.timedelta(days=rng.randint(200, 900))), yuan_str(paid, "wan")))
        ok = rng.random() < 0.4
        doc.line("本院认为，%s依照《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第二十八条、《中华人民共和国民事诉讼法》第二百三十八条之规定，裁定如下：" % (
            "异议人的异议理由成立。" if ok else "异议人未能提供证据证明其在查封前已合法占有该房产，其异议理由不能成立。"))
        doc.line(("中止对位于%s房产的执行。" % addr) if ok else "驳回案外人%s的异议请求。" % yi, "ruling")
        doc.line("案外人、当事人对本裁定不服，认为原判决、裁定错误的，依照审判监督程序办理；与原判决、裁定无关的，可以自本裁定送达之日起十五日内向人民法院提起诉讼。")
    else:
        fz = rng.randint(10, 200) * 10000
        doc.line("本院在执行申请执行人%s与被执行人%s%s一案［执行案号%s］中，冻结了被执行人在%s的账户存款%s。异议人%s不服，向本院提出书面异议，本院受理后依法组成合议庭进行了审查，现已审查终结。"
                 % (cr, de, cause, ecno, rng.choice(BANKS), amount(doc, "标的", fz, "sep0"), yi))
        doc.fact("measure", "", "冻结", "冻结了被执行人")
        doc.line("异议人称，被冻结的账户系其基本存款账户，冻结数额明显超出申请执行标的，请求解除超出部分的冻结。本院认为，本案执行标的与冻结数额相当，不存在明显超标的冻结。依照《中华人民共和国民事诉讼法》第二百三十六条之规定，裁定如下：")
        doc.line("驳回异议人%s的异议请求。" % yi, "ruling")
        doc.line("如不服本裁定，可以自本裁定送达之日起十日内，向%s申请复议。" % c[5])
    judges(doc, ctx, rng.choice([["审判长", "审判员", "审判员"], ["审判长", "审判员", "人民陪审员"]]))
    sign_date(doc, dt.date(year, rng.randint(1, 12), rng.randint(1, 28)))
    clerks(doc, ctx, assistant=True)
    doc.fact("kind", "", "执行异议裁定书", "书面异议")


def k_fuyi(doc, ctx):
    rng = doc.rng
    lower = doc.court
    # the review court is the upper court; keep its province and abbreviation
    upper_name = lower[5]
    code = lower[1][:3] if len(lower[1]) > 3 else lower[1]
    if "高级" in upper_name:
        code = lower[1][0]
    code = {"上海市第三中级人民法院": "沪03", "北京市第三中级人民法院": "京03"}.get(upper_name, code)
    uc = (upper_name, code) + lower[2:]
    doc.court = uc
    year, seq = basic_case(doc, ctx)
    seq = seq % 300 + 2
    cno = case_no(year, uc, "执复", seq)
    header(doc, "执行裁定书", cno)
    fy_is_debtor = rng.random() < 0.6
    lab = "复议申请人（被执行人）" if fy_is_debtor else "复议申请人（申请执行人）"
    if rng.random() < 0.5:
        fy = org(doc, ctx, lab, "复议申请人", colon=True)
        ev = doc.facts[-2]
    else:
        fy, _ = person(doc, ctx, lab, "复议申请人", colon=True)
        ev = doc.facts[-1]
    doc.fact("party", "被执行人" if fy_is_debtor else "申请执行人", fy, ev["evidence"], **{k: v for k, v in ev.items() if k in ("party_kind", "id_no")})
    lawyer(doc, ctx)
    other_label = "申请执行人" if fy_is_debtor else "被执行人"
    if rng.random() < 0.5:
        ot = org(doc, ctx, other_label, other_label, colon=True)
    else:
        ot, _ = person(doc, ctx, other_label, other_label, colon=True)
    cr, de = (ot, fy) if fy_is_debtor else (fy, ot)
    cause = rng.choice(CAUSES)
    doc.fact("cause", "", cause, cause)
    ycno = case_no(year if rng.random() < 0.5 else year - 1, lower, "执异", rng.randint(10, 900))
    doc.fact("prior_case_no", "异议案号", ycno, ycno)
    ecno = case_no(year - 1, lower, "执", rng.randint(100, 9000))
    doc.fact("prior_case_no", "原执行案号", ecno, ecno)
    doc.line("复议申请人%s不服%s%s执行裁定，向本院申请复议。本院受理后，依法组成合议庭进行审查，现已审查终结。" % (fy, lower[0], ycno))
    p = plate(rng, lower)
    d_ky = dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28))
    doc.line("%s在执行%s与%s%s一案［执行案号%s］中，于%s扣押了被执行人%s名下车牌号为%s的车辆，并拟对该车辆进行评估拍卖。%s对此提出异议，%s作出%s执行裁定，驳回其异议请求。"
             % (lower[0], cr, de, cause, ecno, date_fact(doc, "其他", d_ky), de, p, fy, lower[0], ycno))
    doc.fact("measure", "", "扣押", "扣押了被执行人")
    doc.fact("item", "车辆", p.replace(" ", ""), p, action="扣押")
    doc.line("复议申请人称，该车辆系其维持生产经营所必需的运输工具，且价值远超执行标的。本院认为，执行法院扣押车辆符合%s第二条的规定，复议理由不能成立。依照《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第二十三条第一款第一项之规定，裁定如下：" % STAT_SEAL)
    doc.line("驳回复议申请人%s的复议申请，维持%s%s执行裁定。" % (fy, lower[0], ycno), "ruling")
    doc.line("本裁定为终审裁定。")
    judges(doc, ctx, ["审判长", "审判员", rng.choice(["审判员", "代理审判员"])])
    sign_date(doc, dt.date(year, rng.randint(1, 12), rng.randint(1, 28)))
    clerks(doc, ctx, assistant=True)
    doc.fact("kind", "", "执行复议裁定书", "申请复议")


def k_baoquan(doc, ctx):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    typ = rng.choice(["财保", "民初", "执保"])
    cno = case_no(year, c, typ, seq)
    title = "民事裁定书"
    header(doc, title, cno)
    ap_org = rng.random() < 0.5
    if ap_org:
        ap = org(doc, ctx, "申请人", "申请人", colon=rng.random() < 0.7)
    else:
        ap, _ = person(doc, ctx, "申请人", "申请人")
    if rng.random() < 0.6:
        lawyer(doc, ctx)
    if rng.random() < 0.5:
        bp = org(doc, ctx, "被申请人", "被申请人")
    else:
        bp, _ = person(doc, ctx, "被申请人", "被申请人")
    cause = rng.choice(CAUSES)
    doc.fact("cause", "", cause, cause)
    d0 = dt.date(year, rng.randint(1, 11), rng.randint(1, 26))
    tgt = rng.randint(10, 2000) * 10000 + rng.choice([0, 0, 5000])
    pre = typ == "财保"
    doc.line("申请人%s与被申请人%s%s一案，申请人%s于%s向本院提出%s财产保全申请，请求冻结被申请人%s名下银行存款%s或查封、扣押其同等价值的其他财产。申请人以%s提供担保。"
             % (ap, bp, cause, ap, date_fact(doc, "立案", d0), "诉前" if pre else "诉讼", bp, amount(doc, "标的", tgt), rng.choice(["某财产保险股份有限公司出具的诉讼财产保全责任保险保函", "其名下房产", "现金"])))
    doc.line("本院经审查认为，申请人的申请符合法律规定。依照《中华人民共和国民事诉讼法》第%s条、第一百零五条、《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第一条之规定，裁定如下：" % ("一百零四" if pre else "一百零三"))
    tgt_s = yuan_str(tgt, "sep0")
    doc.line("冻结被申请人%s名下银行存款%s，或查封、扣押其同等价值的其他财产。" % (bp, tgt_s), "ruling")
    doc.fact("measure", "", "冻结", "冻结被申请人")
    doc.fact("measure", "", "查封", "或查封、扣押")
    doc.fact("measure", "", "扣押", "或查封、扣押")
    fee = min(500000, tgt // 100 + 100000) // 100 * 100
    doc.line("案件申请费%s，由申请人%s负担。" % (amount(doc, "费用", fee, "plain"), ap))
    doc.line("本裁定立即开始执行。")
    doc.line("如不服本裁定，可以向本院申请复议一次。复议期间不停止裁定的执行。")
    judges(doc, ctx, rng.choice([["审判员"], ["审判长", "审判员", "人民陪审员"], ["代理审判员"]]))
    sign_date(doc, d0 + dt.timedelta(days=rng.randint(0, 3)))
    clerks(doc, ctx)
    doc.fact("kind", "", "财产保全裁定书", "财产保全申请")


def k_xingshen(doc, ctx):
    rng = doc.rng
    c = doc.court
    old = doc.name.endswith("_01") or rng.random() < 0.3
    if old:
        year = rng.randint(2012, 2015)
        abbr = c[8][0]
        cno = "（%d）%s行非审字第%d号" % (year, abbr, rng.randint(5, 300))
    else:
        year = rng.randint(2019, 2024)
        cno = case_no(year, c, "行审", rng.randint(5, 3000))
    header(doc, "行政裁定书", cno)
    ag, post = rng.choice(AGENCIES)
    import re as _re
    agency = _re.sub(r"^.+?省", "", c[3]) + ag
    org(doc, ctx, "申请执行人", "申请执行人", colon=True, name=agency, rep_title="法定代表人", post=post, gov=True)
    if rng.random() < 0.5:
        de = org(doc, ctx, "被执行人", "被执行人", colon=True)
    else:
        de, _ = person(doc, ctx, "被执行人", "被执行人", colon=True)
    d_pen = dt.date(year - 1, rng.randint(1, 12), rng.randint(1, 28))
    d_ap = dt.date(year, rng.randint(1, 10), rng.randint(1, 28))
    docno = "%s%s罚字〔%d〕%d号" % (c[8][0], ag[:2], d_pen.year, rng.randint(1, 300))
    fine = rng.choice([2000, 5000, 10000, 30000, 50000, 100000, 200000]) * 100
    doc.line("申请执行人%s于%s向本院申请强制执行其于%s作出的%s《行政处罚决定书》。本院受理后，依法组成合议庭进行了审查。"
             % (agency, date_fact(doc, "立案", d_ap), digit_date(d_pen), docno))
    doc.line("经审查，申请执行人认定被执行人%s违反%s，决定对其处以罚款%s。被执行人在法定期限内未申请行政复议，也未提起行政诉讼，经催告后仍未履行。"
             % (de, rng.choice(["《中华人民共和国产品质量法》", "《中华人民共和国大气污染防治法》", "《住房公积金管理条例》", "《中华人民共和国安全生产法》"]),
                amount(doc, "罚款", fine, rng.choice(["sep0", "plain", "daxie"]))))
    grant = rng.random() < 0.75
    if grant:
        doc.line("本院认为，申请执行人作出的行政处罚决定事实清楚，证据充分，程序合法，适用法律正确。依照《中华人民共和国行政诉讼法》第九十七条、《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》第一百六十条之规定，裁定如下：")
        doc.line("准予强制执行申请执行人%s作出的%s《行政处罚决定书》。" % (agency, docno), "ruling")
    else:
        doc.line("本院认为，该行政处罚决定未依法告知被执行人陈述、申辩的权利，程序违法。依照《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》第一百六十一条之规定，裁定如下：")
        doc.line("不准予强制执行申请执行人%s作出的%s《行政处罚决定书》。" % (agency, docno), "ruling")
    fee = 5000
    doc.line("申请执行费%s，由被执行人负担。" % amount(doc, "费用", fee, "plain"))
    doc.line("本裁定送达后即发生法律效力。")
    judges(doc, ctx, ["审判长", "审判员", rng.choice(["人民陪审员", "审判员"])])
    sign_date(doc, d_ap + dt.timedelta(days=rng.randint(7, 30)))
    clerks(doc, ctx, assistant=False)
    doc.fact("kind", "", "行政非诉执行审查裁定书", "准予强制执行")


def k_fakuan(doc, ctx, detain=False):
    rng = doc.rng
    c = doc.court
    year, seq = basic_case(doc, ctx)
    cno = case_no(year, c, "执", seq, "之" + rng.choice(["一", "二", "三"]))
    doc.line(c[0], "court")
    doc.fact("court", "", c[0], c[0])
    doc.line(rng.choice(["决 定 书", "决定书"]), "title")
    doc.line(cno, "caseno")
    doc.fact("case_no", "", cno, cno)
    lab = "被拘留人" if detain else "被罚款人"
    if not detain and rng.random() < 0.4:
        de = org(doc, ctx, lab, "被执行人", colon=True)
    else:
        de, _ = person(doc, ctx, lab, "被执行人", colon=True, with_id=True)
    cr = ctx.name()
    cause = rng.choice(CAUSES)
    doc.fact("cause", "", cause, cause)
    doc.fact("party", "申请执行人", cr, "申请执行人" + cr, party_kind="person")
    d0 = dt.date(year, rng.randint(1, 10), rng.randint(1, 28))
    act = rng.choice(["拒不报告财产情况", "在本院查封后擅自转移被查封的车辆", "违反限制消费令乘坐飞机", "拒不履行生效判决确定的义务"])
    doc.line("本院在执行申请执行人%s与被执行人%s%s一案中，查明被执行人%s于%s%s，妨害了民事诉讼的正常进行。依照《中华人民共和国民事诉讼法》第一百一十四条、第一百一十八条、第一百一十九条之规定，决定如下："
             % (cr, de, cause, de, date_fact(doc, "其他", d0), act))
    if detain:
        days = rng.choice([5, 10, 15])
        doc.line("对被执行人%s拘留%s日。" % (de, "五十"[0:0] + {5: "五", 10: "十", 15: "十五"}[days]), "ruling")
        doc.fact("measure", "", "拘留", "拘留")
        if rng.random() < 0.6:
            doc.line("鉴于被拘留人系初次违法，本院未对其采取罚款措施。")
            doc.fact("measure", "", "罚款", "未对其采取罚款措施", negated=True)
        doc.line("由%s公安局看守所执行。" % c[8])
    else:
        fine = rng.choice([5000, 10000, 20000, 30000, 50000, 100000]) * 100
        doc.line("对被执行人%s罚款%s，限于收到本决定书之日起三日内缴纳。" % (de, amount(doc, "罚款", fine, rng.choice(["daxie", "sep0", "plain"]))), "ruling")
        doc.fact("measure", "", "罚款", "罚款")
        if rng.random() < 0.5:
            doc.line("本院暂不对其采取拘留措施。")
            doc.fact("measure", "", "拘留", "暂不对其采取拘留措施", negated=True)
    doc.line("如不服本决定，可以在收到决定书之日起三日内，口头或者书面向%s申请复议一次。复议期间，不停止本决定的执行。" % c[5])
    doc.line("院　长　" + ctx.name(), "sign")
    sign_date(doc, d0 + dt.timedelta(days=rng.randint(1, 12)))
    doc.fact("kind", "", "拘留决定书" if detain else "罚款决定书", "决定如下")


KINDS = [
    ("zhongben", k_zhongben, 4), ("tongzhi", k_tongzhi, 3), ("baogao", k_baogao, 2), ("xianxiao", k_xianxiao, 3),
    ("chafeng", k_chafeng, 3), ("dongjie", k_dongjie, 3), ("kouya", k_kouya, 2), ("paimai", k_paimai, 3),
    ("chengjiao", k_chengjiao, 2), ("fafang", k_fafang, 2), ("huifu", k_huifu, 2), ("shixin", k_shixin, 2),
    ("zhongjie", k_zhongjie, 2), ("yiyi", k_yiyi, 3), ("fuyi", k_fuyi, 2), ("baoquan", k_baoquan, 3),
    ("xingshen", k_xingshen, 3), ("fakuan", k_fakuan, 2), ("juliu", lambda d, c: k_fakuan(d, c, detain=True), 2),
]


def build_all(seed):
    docs = []
    order = list(range(len(COURTS)))
    random.Random(seed).shuffle(order)
    k = 0
    for kname, fn, n in KINDS:
        for i in range(n):
            rng = random.Random("%d-%s-%d" % (seed, kname, i))
            court = COURTS[order[k % len(COURTS)]]      # every court is used
            k += 1
            name = "gen_%s_%02d" % (kname, i + 1)
            d = Doc(name, None, court, rng)
            ctx = Ctx(rng)
            fn(d, ctx)
            kinds = [f for f in d.facts if f["field"] == "kind"]
            d.kind = kinds[0]["value"]
            d.check()
            docs.append(d)
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--out", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    a = ap.parse_args()
    docs = build_all(a.seed)
    os.makedirs(os.path.join(a.out, "generated"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "truth"), exist_ok=True)
    for d in docs:
        txt = d.text()
        open(os.path.join(a.out, "generated", d.name + ".txt"), "w", encoding="utf-8").write(txt)
        styles = [s for s, _ in d.lines]
        out = {"id": d.name, "source": "generated", "kind": d.kind, "text": txt, "facts": d.facts, "line_styles": styles}
        with open(os.path.join(a.out, "truth", d.name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=1)
    kinds = sorted(set(d.kind for d in docs))
    print("%d generated documents, %d kinds: %s" % (len(docs), len(kinds), " ".join(kinds)))


if __name__ == "__main__":
    main()
