#!/usr/bin/python3
"""Planted-violation set "rules_e" (江苏省, 5 basic courts) for the jianzhi rule engine.

Deterministic: fixed seed, no clock.  Standard library only.
    /usr/bin/python3 gen.py            # writes ./data/ next to this file
    /usr/bin/python3 gen.py OUTDIR     # writes OUTDIR/
Today (screen.today) is 2026-11-15 -- set by the scorer.
All persons, companies, numbers, phones, plates, accounts and addresses are invented.
"""
import csv
import datetime as dt
import os
import random
import sys

R = random.Random(20261115)
D = dt.date
TODAY = D(2026, 11, 15)
ONE = dt.timedelta(days=1)


def days(n):
    return dt.timedelta(days=n)


# ---------------------------------------------------------------- calendar (State Council notices)
def _rng(a, b):
    out = []
    while a <= b:
        out.append(a)
        a += ONE
    return out


HOLIDAYS = set()
MAKEUP = set()
# 2023, 2024: from the State Council notices as remembered (used only to place ordinary acts on workdays)
for a, b in [((2022, 12, 31), (2023, 1, 2)), ((2023, 1, 21), (2023, 1, 27)), ((2023, 4, 5), (2023, 4, 5)),
             ((2023, 4, 29), (2023, 5, 3)), ((2023, 6, 22), (2023, 6, 24)), ((2023, 9, 29), (2023, 10, 6)),
             ((2024, 1, 1), (2024, 1, 1)), ((2024, 2, 10), (2024, 2, 17)), ((2024, 4, 4), (2024, 4, 6)),
             ((2024, 5, 1), (2024, 5, 5)), ((2024, 6, 10), (2024, 6, 10)), ((2024, 9, 15), (2024, 9, 17)),
             ((2024, 10, 1), (2024, 10, 7)),
             # 2025: 国办发明电〔2024〕12号 (checked)
             ((2025, 1, 1), (2025, 1, 1)), ((2025, 1, 28), (2025, 2, 4)), ((2025, 4, 4), (2025, 4, 6)),
             ((2025, 5, 1), (2025, 5, 5)), ((2025, 5, 31), (2025, 6, 2)), ((2025, 10, 1), (2025, 10, 8)),
             # 2026: 国务院办公厅 2025-11-04 通知 (checked)
             ((2026, 1, 1), (2026, 1, 3)), ((2026, 2, 15), (2026, 2, 23)), ((2026, 4, 4), (2026, 4, 6)),
             ((2026, 5, 1), (2026, 5, 5)), ((2026, 6, 19), (2026, 6, 21)), ((2026, 9, 25), (2026, 9, 27)),
             ((2026, 10, 1), (2026, 10, 7))]:
    HOLIDAYS.update(_rng(D(*a), D(*b)))
for t in [(2023, 1, 28), (2023, 1, 29), (2023, 4, 23), (2023, 5, 6), (2023, 6, 25), (2023, 10, 7), (2023, 10, 8),
          (2024, 2, 4), (2024, 2, 18), (2024, 4, 7), (2024, 4, 28), (2024, 5, 11), (2024, 9, 14), (2024, 9, 29),
          (2024, 10, 12),
          (2025, 1, 26), (2025, 2, 8), (2025, 4, 27), (2025, 9, 28), (2025, 10, 11),
          (2026, 1, 4), (2026, 2, 14), (2026, 2, 28), (2026, 5, 9), (2026, 9, 20), (2026, 10, 10)]:
    MAKEUP.add(D(*t))


def is_wd(d):
    if d in MAKEUP:
        return True
    if d in HOLIDAYS:
        return False
    return d.weekday() < 5


def wd(d):
    """the first working day on or after d"""
    while not is_wd(d):
        d += ONE
    return d


def wd_back(d):
    """the last working day on or before d"""
    while not is_wd(d):
        d -= ONE
    return d


def add_wd(d, n):
    """n-th working day after d (d itself not counted)"""
    while n > 0:
        d += ONE
        if is_wd(d):
            n -= 1
    return d


def add_months(d, n):
    y, m = d.year, d.month + n
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last))


# ---------------------------------------------------------------- identifiers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"
_seq = {}


def pid(area, birth, male=None):
    key = (area, birth)
    n = _seq.get(key, R.randint(10, 60)) + R.randint(1, 7)
    if male is not None and (n % 2 == 1) != male:
        n += 1
    _seq[key] = n
    body = "%s%s%03d" % (area, birth.strftime("%Y%m%d"), n % 1000)
    return body + ID_C[sum(int(c) * w for c, w in zip(body, ID_W)) % 11]


def id_ok(s):
    return len(s) == 18 and s[:17].isdigit() and ID_C[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17]


US_A = "0123456789ABCDEFGHJKLMNPQRTUWXY"
US_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_used_org = set()


def uscc(area, kind="91"):
    while True:
        org = "".join(R.choice("0123456789") for _ in range(8))
        if org not in _used_org:
            _used_org.add(org)
            break
    c = 11 - sum(int(x) * w for x, w in zip(org, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    org += {10: "X", 11: "0"}.get(c, str(c))
    body = kind + area + org
    c = (31 - sum(US_A.index(x) * w for x, w in zip(body, US_W)) % 31) % 31
    code = body + US_A[c]
    if id_ok(code):          # all digits and would also pass as a 身份证号: draw again
        return uscc(area, kind)
    return code


def uscc_ok(s):
    return len(s) == 18 and all(x in US_A for x in s) and \
        US_A[(31 - sum(US_A.index(x) * w for x, w in zip(s[:17], US_W)) % 31) % 31] == s[17]


# ---------------------------------------------------------------- names
SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭陆汪范廖石金贾夏韦付方邹熊孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIV = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国文辉力明永健世广志义兴良海山仁波宁贵福生龙元全胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘")
_names = set()
RESERVED = {"张伟", "王建国", "陈静", "李强", "刘洋"}


def pname():
    while True:
        n = R.choice(SUR) + "".join(R.choice(GIV) for _ in range(R.choice([1, 2, 2])))
        if n not in _names and n not in RESERVED:
            _names.add(n)
            return n


ZIHAO = ["恒泰", "鼎盛", "华瑞", "金诺", "宏图", "博远", "嘉禾", "瑞丰", "汇通", "永信", "新锐", "盛达", "天宇", "和美", "锦程",
         "远航", "佳园", "铭泰", "润发", "昊天", "丰源", "德润", "安泰", "凯越", "国联", "东升", "明阳", "长青", "华章", "启航",
         "诚鑫", "泓博", "益康", "志远", "晟达", "卓越", "信达", "祥和", "万通", "银河", "江南", "金陵", "锡源", "虞山", "秦淮"]
TRADE = ["商贸", "建材", "装饰工程", "电子科技", "物流", "机械设备", "餐饮管理", "纺织", "文化传媒", "建筑工程", "信息技术", "服装", "五金机电", "食品"]
_cos = set()


def coname(city, trade=None, suffix="有限公司"):
    while True:
        n = "%s%s%s%s" % (city, R.choice(ZIHAO), trade or R.choice(TRADE), suffix)
        if n not in _cos:
            _cos.add(n)
            return n


ROADS = ["中山路", "北京东路", "汉中路", "珠江路", "龙蟠路", "湖南路", "天元东路", "双龙大道", "胜利路", "将军大道", "中山北路",
         "解放南路", "人民中路", "学前路", "干将路", "海虞北路", "青墩塘路", "黄河路", "长江路", "运河西路"]


def addr(city):
    return "%s%s%d号%d幢%d室" % (city, R.choice(ROADS), R.randint(1, 399), R.randint(1, 30), R.randint(101, 2402))


def phone():
    return "1" + R.choice("3456789") + "".join(R.choice("0123456789") for _ in range(9))


def plate():
    return "苏" + R.choice("ABEP") + "·" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))


def vin():
    return "L" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))


def acct():
    return "6217" + "".join(R.choice("0123456789") for _ in range(15))


AREAS = ["320102", "320104", "320106", "320111", "320115", "320213", "320214", "320508", "320581", "320582",
         "321002", "320411", "340104", "370102", "410105"]


def person(birth=None, area=None, name=None, male=None):
    b = birth or (D(1967, 1, 1) + days(R.randint(0, 365 * 31)))
    n = name or pname()
    return (n, pid(area or R.choice(AREAS), b, male))


def company(court, trade=None, kind="91", suffix="有限公司", name=None):
    n = name or coname(court["city"], trade, suffix)
    return (n, uscc(court["area"], kind))


# ---------------------------------------------------------------- courts and judges
COURTS = {
    "A": {"name": "南京市玄武区人民法院", "code": "苏0102", "area": "320102", "city": "南京"},
    "B": {"name": "南京市鼓楼区人民法院", "code": "苏0106", "area": "320106", "city": "南京"},
    "C": {"name": "南京市江宁区人民法院", "code": "苏0115", "area": "320115", "city": "南京"},
    "D": {"name": "无锡市梁溪区人民法院", "code": "苏0213", "area": "320213", "city": "无锡"},
    "E": {"name": "常熟市人民法院", "code": "苏0581", "area": "320581", "city": "常熟"},   # the GBK ledger
}
JUDGES = {k: [pname() for _ in range(4)] for k in COURTS}
OUTLIER = {"A": pname(), "C": pname()}       # JUDGE-OUTLIER fires
LONE_JUDGE_C = pname()                         # one 终本 only (an early one): miss

_case_seq = {}
CASES = []
EXPECT = []   # (rule, case_no, expect, why)
PLANTED = []  # (rule, case_no, expect, boundary, basis)


class Case:
    def __init__(self, court, F, ctype="执", cause=None, app=None, debtors=None, claim=None, judge=None, basis_doc="判决书"):
        self.court = court
        self.ck = [k for k, v in COURTS.items() if v is court][0]
        self.F = F
        self.no = "§%d§" % len(CASES)   # placeholder; real 案号 assigned in number_cases() in filing order
        self.ctype = ctype
        self.cause = cause or R.choice(["买卖合同纠纷", "民间借贷纠纷", "租赁合同纠纷", "服务合同纠纷", "装饰装修合同纠纷",
                                        "机动车交通事故责任纠纷", "承揽合同纠纷", "建设工程施工合同纠纷", "物业服务合同纠纷"])
        self.app = app or (person() if R.random() < 0.6 else company(court))
        self.debtors = debtors or [person()]
        self.claim = claim or R.choice([1, 2, 3, 5, 8]) * R.choice([1000, 10000]) + R.randint(0, 90) * 100
        self.paid = 0
        self.close = None
        self.method = ""
        self.zb_reason = ""
        self.prior = ""
        self.judge = judge or R.choice(JUDGES[self.ck])
        bd = F - days(R.randint(25, 80))
        bcode = R.choice(["民初", "民初", "民初", "民终"])
        self.basis = "（%d）%s%s%d号" % (bd.year, court["code"] if bcode == "民初" else court["code"][:3], bcode, R.randint(100, 9999))
        self.basis_date = bd
        self.basis_doc = basis_doc
        self.events = []
        self.hk = {}
        CASES.append(self)

    def ev(self, kind, d, **kw):
        assert d <= TODAY, (self.no, kind, d)
        e = {"案号": self.no, "事件类型": kind, "日期": d}
        e.update(kw)
        self.events.append(e)
        return e

    def drop(self, *kinds):
        self.events = [e for e in self.events if e["事件类型"] not in kinds]

    def last_event(self):
        return max(e["日期"] for e in self.events)

    @property
    def dname(self):
        return self.debtors[0][0]

    @property
    def did(self):
        return self.debtors[0][1]


def is_entity(p):
    return not id_ok(p[1])


ALLCH = "总对总（存款、车辆、不动产、证券、网络资金、股权、保险、公积金）"
NOTFOUND = "未发现可供执行的财产"


def start(c, found=None, report="按期", notice_gap=None):
    """执行依据, 执行通知 + 报告财产令 (same day), 网络查控, 财产报告"""
    c.ev("执行依据", c.basis_date, 标的物=c.basis_doc, 备注=c.basis)
    n = wd(c.F + days(notice_gap if notice_gap is not None else R.randint(1, 4)))
    c.ev("执行通知", n, 到期日=n + days(7), 备注="同时送达报告财产令")
    c.ev("报告财产令", n, 到期日=n + days(10))
    q = wd(n + days(R.randint(0, 3)))
    c.ev("网络查控", q, 标的物=ALLCH, 结果=("发现：" + found) if found else NOTFOUND)
    if report:
        rd = n + days(R.randint(4, 9)) if report == "按期" else n + days(R.randint(16, 25))
        c.ev("财产报告", wd(rd), 结果=report, 备注="申报无可供执行财产" if not found else "申报财产")
    return n, q


def xianxiao(c, d):
    p = c.debtors[0]
    who = p[0] if not is_entity(p) else "%s及其法定代表人%s" % (p[0], c.hk.get("rep", "（法定代表人）"))
    return c.ev("限制消费", d, 标的物=who)


def zb(c, Z, hearing="sign", entity_bk="declined", post=True, report="按期", xx=True, reason=None):
    """a lawful 终本 (unless the options say otherwise)"""
    n, q = start(c, report=report)
    F = c.F
    if xx:
        xianxiao(c, wd(n + days(R.randint(10, 20))))
    c.ev("现场调查", wd(F + days(R.randint(30, 50))), 标的物="被执行人住所地", 结果=NOTFOUND)
    c.ev("网络查控", wd(Z - days(R.randint(18, 30))), 标的物=ALLCH, 结果=NOTFOUND)
    if is_entity(c.debtors[0]) and entity_bk == "declined":
        c.ev("破产释明", wd(Z - days(R.randint(35, 45))), 结果="申请执行人、被执行人均不同意移送破产审查",
             备注="已释明执行转破产的条件和后果")
    if hearing in ("sign", "panel", "note_sign", "note_panel"):
        t = wd_back(Z - days(R.randint(6, 12)))
        if hearing == "note_sign":
            c.ev("终本前告知申请人", t, 备注="已告知执行情况、财产调查措施、终本依据及法律后果，听取意见；申请执行人签字确认")
        else:
            c.ev("终本前告知申请人", t, 备注="已告知执行情况、财产调查措施、终本依据及法律后果，听取意见")
        if hearing == "sign":
            c.ev("申请执行人确认终本", max(t, wd_back(Z - days(R.randint(1, 3)))))
        elif hearing == "panel":
            p = max(t, wd_back(Z - days(3)))
            c.ev("合议庭评议", p)
            c.ev("院长批准", max(p, wd_back(Z - ONE)))
    zn = "经合议庭审查、院长批准" if hearing == "note_panel" else ""
    c.ev("终本", Z, 备注=zn)
    c.close, c.method = Z, "终结本次执行程序"
    c.zb_reason = reason or "经穷尽财产调查措施，未发现被执行人有可供执行的财产"
    c.paid = 0
    if post:
        post_queries(c, Z)


def post_queries(c, Z, until=TODAY, found_at=None):
    d = Z
    while True:
        nd = wd(d + days(R.randint(150, 172)))
        if nd > until - days(3):
            break
        c.ev("终本后查询", nd, 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
        d = nd


def done_voluntary(c, end_days=None):
    n, q = start(c, found="存款 %s元（%s）" % (fmt_money(c.claim + R.randint(1000, 50000)), bank()))
    pay = wd(n + days(R.randint(5, 20)))
    c.ev("案款到账", pay, 金额=c.claim, 备注="被执行人主动履行")
    out = wd(pay + days(R.randint(3, 15)))
    c.ev("案款发放", out, 金额=c.claim, 买受人=c.app[0])
    c.close, c.method, c.paid = wd(out + days(R.randint(0, 3))), "执行完毕", c.claim


def done_deduct(c):
    acc = acct()
    item = "%s账户%s存款" % (bank(), acc)
    n, q = start(c, found="存款（%s）" % item)
    f = wd(q + days(R.randint(0, 2)))
    c.ev("冻结", f, 到期日=add_months(f, 12) - ONE, 标的物=item, 金额=c.claim)
    k = wd(f + days(R.randint(5, 15)))
    c.ev("案款到账", k, 金额=c.claim, 备注="扣划冻结存款")
    out = wd(k + days(R.randint(5, 20)))
    c.ev("案款发放", out, 金额=c.claim, 买受人=c.app[0])
    c.close, c.method, c.paid = wd(out + days(R.randint(0, 3))), "执行完毕", c.claim
    c.ev("解封", c.close, 标的物=item, 备注="执行完毕，解除冻结")


def done_settle(c):
    n, q = start(c)
    h = wd(q + days(R.randint(10, 25)))
    last = h + days(R.randint(40, 80))
    c.ev("和解", h, 到期日=last, 结果="已履行完毕", 备注="分期履行，申请执行人确认款项已收到")
    c.close, c.method, c.paid = wd(last + days(R.randint(1, 6))), "执行完毕", c.claim


def done_with_xx(c, comp=None, lift=0):
    """限消 then full performance; lifted `lift` working days later (None: never)"""
    n, q = start(c)
    x = wd(n + days(R.randint(10, 18)))
    xianxiao(c, x)
    comp = comp or wd(x + days(R.randint(20, 60)))
    c.ev("案款到账", comp, 金额=c.claim, 备注="被执行人履行全部义务")
    c.ev("案款发放", comp, 金额=c.claim, 买受人=c.app[0])
    c.close, c.method, c.paid = comp, "执行完毕", c.claim
    if lift is not None:
        ld = comp if lift == 0 else add_wd(comp, lift)
        c.ev("解除限制消费", ld, 标的物=c.dname, 备注="被执行人已履行完毕")
    return comp


def young_open(c, found=True):
    acc = acct()
    item = "%s账户%s存款" % (bank(), acc)
    n, q = start(c, found=("存款（%s）" % item) if found else None, report="按期" if c.F < TODAY - days(25) else None)
    if found:
        amt = min(c.claim, R.randint(3, 30) * 1000)
        c.ev("冻结", wd(q + days(R.randint(0, 2))), 到期日=add_months(q, 12), 标的物=item, 金额=amt)


BANKS = ["中国工商银行南京新街口支行", "中国建设银行南京鼓楼支行", "中国农业银行无锡梁溪支行", "中国银行常熟支行",
         "交通银行南京江宁支行", "江苏银行南京玄武支行", "招商银行无锡分行营业部", "南京银行江宁支行"]


def bank():
    return R.choice(BANKS)


def fmt_money(x):
    return "{:,}".format(x)


def plant(rule, c, expect, boundary, basis, also=None):
    cn = c.no if isinstance(c, Case) else c
    EXPECT.append((rule, cn, expect, boundary))
    PLANTED.append((rule, cn, expect, boundary, basis))


REG = {k: [] for k in ["不动产", "车辆", "股权", "存款", "出行", "企业登记", "户籍"]}

# ---------------------------------------------------------------- bases (short citations for planted.md)
B_HEAR = "民诉法解释第五百一十七条第一款（签字确认或合议庭审查并院长批准后方可裁定终本）；终本规定第五条（告知并听取意见，条号U）"
B_BK = "民诉法解释第五百一十一条（企业法人，经申请执行人之一或被执行人同意，应当中止并移送破产审查）、第五百一十三条；执行工作规定第61条"
B_RES = "终本规定第九条（核查属实的应当恢复执行；30日为政策默认）；民诉法解释第五百一十七条第二款；立案结案意见第六条（执恢立案）"
B_WL = "失信规定（2017）第一条、第三条、第四条"
B_XL = "限消规定（2015）第九条（履行完毕应当及时解除；3个工作日为政策默认，民诉法第八十五条计期，国务院节假日安排含调休）"
B_DC = "民诉法第二百四十三条（公民死亡以遗产偿还）、第二百六十七条第（三）项（中止）、第二百六十八条第（三）项（终结）；民诉法解释第四百七十三条；失信规定第一条（惩戒对象为未履行义务的被执行人本人）"
B_JZ = "刑法第三百一十三条、第三百一十四条；拒执解释（2024）第三条、第六条、第七条；民法典合同编解释第四十二条式的70%标准（政策）"
B_SL = "九民纪要第53条（职业放贷人，U）；两高两部《关于办理非法放贷刑事案件若干问题的意见》（2年内10次以上，U）；虚假诉讼解释第一条"
B_X6 = "期限规定第一条（6个月执结，期满前5日内申请延长）；执行工作规定第63条（中止期间扣除）；民法典第二百零二条（月末日）"
B_ID = "两高执行监督规定（怠于履行职责，条号U）；90日为政策默认"
B_SD = "domain.md SERIAL-DEBTOR（同一被执行人多个终本案件）；民诉法解释第五百一十四条、第五百零八条（参与分配）"
B_JO = "domain.md SERIAL-JUDGE（承办人早终本占比异常）；终本规定第一条第（四）项（三个月为下限）"
B_PG = "domain.md PRIORITY-GROUP（农民工/残疾人/老年人或劳动争议：提升线索等级）；老年人权益保障法第二条（60周岁以上）"


def ct(k):
    return COURTS[k]


def rd(a, b):
    """a random date in [a, b]"""
    return a + days(R.randint(0, (b - a).days))


def normal_zb_dates(lo, hi):
    """filing in [lo, hi]; 终本 150..330 days later and not after 2026-10-20"""
    F = wd(rd(lo, hi))
    Z = wd(F + days(R.randint(150, 330)))
    if Z > D(2026, 10, 20):
        Z = wd(D(2026, 10, 12) - days(R.randint(0, 20)))
    assert (Z - F).days >= 140
    return F, Z


# =====================================================================================
# ZB-HEARING
# =====================================================================================
def plant_hearing():
    r = "ZB-HEARING"
    # fires
    F, Z = D(2025, 9, 8), D(2026, 3, 16)
    c = Case(ct("A"), F)
    zb(c, Z, hearing="none")
    plant(r, c, "fire", "no 告知 and no approval of any kind before 终本 (签字/合议庭+院长 all missing)", B_HEAR)

    F, Z = D(2025, 10, 13), D(2026, 4, 20)
    c = Case(ct("B"), F)
    zb(c, Z, hearing="none")
    c.ev("终本前告知申请人", D(2026, 4, 10), 备注="已告知并听取意见，申请执行人不同意终本，未签字")
    c.ev("合议庭评议", D(2026, 4, 14))
    plant(r, c, "fire", "告知 done, applicant did not sign; 合议庭评议 but no 院长批准", B_HEAR)

    F, Z = D(2025, 11, 3), D(2026, 5, 25)
    c = Case(ct("E"), F)
    zb(c, Z, hearing="none")
    c.ev("合议庭评议", D(2026, 5, 18))
    c.ev("院长批准", D(2026, 5, 20))
    plant(r, c, "fire", "合议庭+院长批准 present, but no 终本前告知/听取意见 and no signature (GBK ledger)", B_HEAR)

    F, Z = D(2025, 12, 1), D(2026, 6, 15)
    c = Case(ct("C"), F)
    zb(c, Z, hearing="none")
    c.ev("合议庭评议", D(2026, 6, 8))
    c.ev("院长批准", D(2026, 6, 10))
    c.ev("终本前告知申请人", D(2026, 6, 22), 备注="电话告知已终本")
    plant(r, c, "fire", "告知 only AFTER the 终本 ruling (6-22 > 6-15); approval by panel+院长 present", B_HEAR)

    F, Z = D(2025, 8, 4), D(2026, 2, 13)
    c = Case(ct("D"), F)
    zb(c, Z, hearing="none")
    c.ev("终本前告知申请人", D(2026, 2, 3), 备注="已告知并听取意见")
    c.ev("合议庭评议", D(2026, 2, 5))
    c.ev("院长批准", D(2026, 2, 24), 备注="补批")
    plant(r, c, "fire", "院长批准 dated after the 终本 ruling (2-24 > 2-13): 第五百一十七条 requires approval BEFORE the ruling", B_HEAR)

    # misses
    F, Z = D(2025, 8, 18), D(2026, 2, 24)
    c = Case(ct("A"), F)
    zb(c, Z, hearing="none")
    c.ev("终本前告知申请人", D(2026, 2, 14), 备注="已告知并听取意见（调休工作日）")
    c.ev("申请执行人确认终本", D(2026, 2, 14))
    plant(r, c, "miss", "告知 and signature on 2026-02-14 (a Saturday 调休 workday), 终本 on the first workday after 春节", B_HEAR)

    F, Z = D(2025, 10, 20), D(2026, 5, 11)
    c = Case(ct("B"), F)
    zb(c, Z, hearing="panel")
    plant(r, c, "miss", "no signature, but 告知 + 合议庭评议 + 院长批准 all before 终本 (the alternative limb)", B_HEAR)

    F, Z = D(2025, 9, 22), D(2026, 4, 27)
    c = Case(ct("C"), F)
    zb(c, Z, hearing="note_sign")
    plant(r, c, "miss", "signature recorded only in the 备注 of the 告知 row (申请执行人签字确认)", B_HEAR)

    F, Z = D(2025, 11, 17), D(2026, 6, 30)
    c = Case(ct("E"), F)
    zb(c, Z, hearing="note_panel")
    plant(r, c, "miss", "approval recorded only in the 终本 row's 备注 (经合议庭审查、院长批准) + 告知 before; month-end 终本 (GBK ledger)", B_HEAR)

    F, Z = D(2025, 12, 8), D(2026, 7, 1)
    c = Case(ct("D"), F)
    zb(c, Z, hearing="none")
    c.ev("终本前告知申请人", D(2026, 6, 30), 备注="已告知并听取意见")
    c.ev("申请执行人确认终本", D(2026, 6, 30))
    plant(r, c, "miss", "告知 and signature the day before 终本 (boundary: before, not after)", B_HEAR)


# =====================================================================================
# ZB-BANKRUPTCY
# =====================================================================================
def plant_bankruptcy():
    r = "ZB-BANKRUPTCY"
    C = ct("C")
    for i, (F, Z, how) in enumerate([
            (D(2025, 7, 7), D(2026, 1, 19), "none"),
            (D(2025, 9, 1), D(2026, 3, 23), "app_consent"),
            (D(2025, 10, 9), D(2026, 4, 13), "after"),
            (D(2025, 6, 9), D(2025, 12, 22), "debtor_consent")]):
        co = company(C)
        c = Case(C, F, debtors=[co], app=company(C), cause="买卖合同纠纷")
        c.hk["rep"] = pname()
        REG["企业登记"].append(dict(人员姓名=c.hk["rep"], 身份证号=pid("320115", rd(D(1965, 1, 1), D(1985, 1, 1))),
                                 企业名称=co[0], 职务="法定代表人", 任职日期=D(2016, 3, 1)))
        zb(c, Z, entity_bk="skip")
        if how == "none":
            plant(r, c, "fire", "企业法人 (USCC 91…有限公司) debtor 终本'd with no 破产释明/征询 at all", B_BK)
        elif how == "app_consent":
            c.ev("破产释明", wd(Z - days(40)), 结果="申请执行人同意移送破产审查；被执行人不同意")
            plant(r, c, "fire", "applicant consented to 移送破产审查, court 终本'd instead of 中止+移送 (第五百一十一条 应当)", B_BK)
        elif how == "after":
            c.ev("破产释明", wd(Z + days(12)), 结果="申请执行人、被执行人均不同意移送破产审查")
            plant(r, c, "fire", "破产释明 only after the 终本 ruling", B_BK)
        else:
            c.ev("破产释明", wd(Z - days(30)), 结果="被执行人同意移送破产审查；申请执行人不同意")
            plant(r, c, "fire", "debtor (not applicant) consented — 第五百一十一条 says 申请执行人之一或者被执行人同意 suffices; 终本 instead of 移送", B_BK)
    # misses
    F, Z = D(2025, 8, 11), D(2026, 2, 2)
    ind = (C["city"] + "江宁区" + R.choice(["鑫旺五金店", "好运来便利店", "老陈汽修部", "惠民小吃店"]), uscc(C["area"], "92"))
    c = Case(C, F, debtors=[ind], cause="买卖合同纠纷")
    c.hk["rep"] = pname()
    zb(c, Z, entity_bk="skip")
    plant(r, c, "miss", "debtor is a 个体工商户 (USCC 92…), not an 企业法人: no 执转破 duty", B_BK)

    F, Z = D(2025, 9, 15), D(2026, 3, 30)
    co = company(C)
    c = Case(C, F, debtors=[co], cause="承揽合同纠纷")
    c.hk["rep"] = pname()
    zb(c, Z, entity_bk="declined")
    plant(r, c, "miss", "企业法人 debtor: 破产释明 before 终本, both sides declined → 终本 lawful", B_BK)

    F = D(2025, 11, 10)
    co = company(C)
    c = Case(C, F, debtors=[co], cause="建设工程施工合同纠纷")
    c.hk["rep"] = pname()
    n, q = start(c)
    xianxiao(c, wd(n + days(14)))
    c.ev("破产释明", D(2026, 2, 9), 结果="申请执行人同意移送破产审查")
    c.ev("移送破产", D(2026, 2, 13), 备注="移送被执行人住所地法院破产审查")
    c.ev("中止", D(2026, 2, 13), 备注="移送破产审查，中止执行")
    c.close, c.method = D(2026, 6, 8), "终结执行"
    plant(r, c, "miss", "consent → 移送破产 + 中止; 宣告破产后 终结执行 (第五百一十一、五百一十三条 followed)", B_BK)

    F, Z = D(2025, 10, 20), D(2026, 4, 27)
    c = Case(C, F, cause="民间借贷纠纷")
    zb(c, Z)
    plant(r, c, "miss", "natural-person debtor (no 破产 procedure for 自然人 here), 终本 without 释明", B_BK)


# =====================================================================================
# ZH-RESUME
# =====================================================================================
def plant_resume():
    r = "ZH-RESUME"
    # F1: 终本后查询 finds deposits, no 执恢
    c = Case(ct("A"), D(2024, 11, 4))
    zb(c, D(2025, 5, 19), post=False)
    c.ev("终本后查询", D(2025, 11, 3), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    c.ev("终本后查询", D(2026, 4, 27), 标的物=ALLCH, 结果="发现：存款 86,420元（江苏银行南京玄武支行）", 备注="查询结果已告知申请执行人")
    c.ev("终本后查询", D(2026, 10, 12), 标的物=ALLCH, 结果="发现：存款 86,420元（江苏银行南京玄武支行）", 备注="查询结果已告知申请执行人")
    plant(r, c, "fire", "终本后查询 2026-04-27 found 存款; no 执恢 case by 2026-11-15 (>30 days)", B_RES)

    # F2: applicant's clue verified true, no 执恢 (GBK court)
    c = Case(ct("E"), D(2024, 9, 9))
    zb(c, D(2025, 3, 24), post=False)
    c.ev("终本后查询", D(2025, 9, 8), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    c.ev("财产线索", D(2026, 3, 2), 标的物="被执行人在常熟市海虞北路有商铺租金收入，承租人为某超市", 结果="明确具体")
    c.ev("线索核查", D(2026, 3, 6), 结果="属实", 备注="承租人确认每月支付租金12,000元")
    c.ev("终本后查询", D(2026, 3, 6), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    c.ev("终本后查询", D(2026, 8, 31), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    plant(r, c, "fire", "申请执行人线索 核查属实 2026-03-06 (租金收入), no 执恢 for 8 months", B_RES)

    # F3: registry: new 不动产 registered after 终本 + query found it
    c = Case(ct("B"), D(2024, 10, 14))
    zb(c, D(2025, 4, 21), post=False)
    c.ev("终本后查询", D(2025, 10, 13), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    c.ev("终本后查询", D(2026, 4, 7), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    loc = addr("南京市鼓楼区")
    REG["不动产"].append(dict(权利人=c.dname, 证件号码=c.did, 坐落=loc, 不动产权证号="苏（2026）宁鼓不动产权第%07d号" % R.randint(1, 9999999),
                           价值=1860000, 登记日期=D(2026, 5, 12), 转移日期="", 受让人="", 受让人证件号="", 转让价格="",
                           联系电话=phone(), 住址=addr("南京市鼓楼区")))
    c.ev("终本后查询", D(2026, 9, 28), 标的物=ALLCH, 结果="发现：不动产（%s）" % loc, 备注="查询结果已告知申请执行人")
    plant(r, c, "fire", "debtor registered a 不动产 on 2026-05-12 after 终本 (registry, unencumbered, still held); query 2026-09-28 shows it; no 执恢", B_RES)

    # F4: vehicle found, no 执恢
    c = Case(ct("D"), D(2025, 1, 6))
    zb(c, D(2025, 7, 14), post=False)
    c.ev("终本后查询", D(2026, 1, 12), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    pl = plate().replace("苏A", "苏B").replace("苏E", "苏B").replace("苏P", "苏B")
    REG["车辆"].append(dict(所有人=c.dname, 证件号码=c.did, 号牌号码=pl, 车辆识别代号=vin(), 价值=132000,
                          登记日期=D(2026, 6, 18), 转移日期="", 受让人="", 受让人证件号="", 转让价格=""))
    c.ev("终本后查询", D(2026, 7, 6), 标的物=ALLCH, 结果="发现：车辆 %s" % pl, 备注="查询结果已告知申请执行人")
    plant(r, c, "fire", "终本后查询 2026-07-06 found a vehicle (also in the 车辆 registry, registered 2026-06-18); no 执恢 (132 days)", B_RES)

    # misses
    # M1: found, 执恢 18 days later, then paid
    c = Case(ct("A"), D(2024, 12, 2))
    zb(c, D(2025, 6, 16), post=False)
    c.ev("终本后查询", D(2025, 12, 8), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    c.ev("终本后查询", D(2026, 6, 1), 标的物=ALLCH, 结果="发现：存款 %s元（南京银行江宁支行）" % fmt_money(c.claim + 5000), 备注="查询结果已告知申请执行人")
    h = Case(ct("A"), D(2026, 6, 19), ctype="执恢", cause=c.cause, app=c.app, debtors=c.debtors, claim=c.claim, judge=c.judge)
    h.prior = c.no
    h.basis, h.basis_date = c.basis, c.basis_date
    h.ev("恢复执行", D(2026, 6, 19), 备注="依申请恢复执行")
    item = "南京银行江宁支行账户%s存款" % acct()
    h.ev("冻结", D(2026, 6, 22), 到期日=D(2027, 6, 21), 标的物=item, 金额=c.claim)
    h.ev("案款到账", D(2026, 7, 6), 金额=c.claim, 备注="扣划冻结存款")
    h.ev("案款发放", D(2026, 7, 20), 金额=c.claim, 买受人=c.app[0])
    h.close, h.method, h.paid = D(2026, 7, 21), "执行完毕", c.claim
    h.ev("解封", D(2026, 7, 21), 标的物=item)
    c.ev("解除限制消费", D(2026, 7, 22), 标的物=c.dname, 备注="执恢案件执行完毕")
    plant(r, c, "miss", "found 2026-06-01, 执恢 %s filed 2026-06-19 (18 days) and executed" % h.no, B_RES)
    plant(r, h, "miss", "the 执恢 case itself (filed 18 days after discovery, 执行完毕)", B_RES)

    # M2: found 20 days ago, 执恢 not yet
    c = Case(ct("B"), D(2024, 12, 9))
    zb(c, D(2025, 6, 23), post=False)
    c.ev("终本后查询", D(2025, 12, 15), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    c.ev("终本后查询", D(2026, 6, 8), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    c.ev("终本后查询", D(2026, 10, 26), 标的物=ALLCH, 结果="发现：存款 23,150元（交通银行南京江宁支行）", 备注="查询结果已告知申请执行人")
    plant(r, c, "miss", "property found 2026-10-26, only 20 days before today: still within 30 days", B_RES)

    # M3: ID conflict: same name, different ID acquires real estate
    c = Case(ct("C"), D(2024, 8, 5))
    zb(c, D(2025, 2, 17))
    other = person(name=c.dname, area="321002")
    REG["不动产"].append(dict(权利人=other[0], 证件号码=other[1], 坐落=addr("扬州市广陵区"), 不动产权证号="苏（2026）扬州市不动产权第%07d号" % R.randint(1, 9999999),
                           价值=980000, 登记日期=D(2026, 3, 20), 转移日期="", 受让人="", 受让人证件号="", 转让价格="",
                           联系电话=phone(), 住址=addr("扬州市广陵区")))
    plant(r, c, "miss", "a 不动产 registered 2026-03-20 to a person with the debtor's NAME but a different 身份证号 (%s)" % other[1], B_RES)

    # M4: clue checked, not true
    c = Case(ct("D"), D(2024, 11, 11))
    zb(c, D(2025, 5, 26), post=False)
    c.ev("终本后查询", D(2025, 11, 17), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    c.ev("财产线索", D(2026, 4, 13), 标的物="被执行人驾驶一辆白色宝马轿车", 结果="明确具体")
    c.ev("线索核查", D(2026, 4, 17), 结果="不属实", 备注="车辆登记在案外人名下，系借用")
    c.ev("终本后查询", D(2026, 5, 11), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    c.ev("终本后查询", D(2026, 10, 26), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    plant(r, c, "miss", "applicant's clue checked within 4 days and found 不属实", B_RES)

    # M5: 30 days exactly, across 国庆
    c = Case(ct("E"), D(2024, 12, 16))
    zb(c, D(2025, 7, 7), post=False)
    c.ev("终本后查询", D(2026, 1, 5), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    c.ev("终本后查询", D(2026, 6, 22), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    c.ev("终本后查询", D(2026, 9, 30), 标的物=ALLCH, 结果="发现：存款 %s元（中国银行常熟支行）" % fmt_money(c.claim // 2), 备注="查询结果已告知申请执行人")
    h = Case(ct("E"), D(2026, 10, 30), ctype="执恢", cause=c.cause, app=c.app, debtors=c.debtors, claim=c.claim, judge=c.judge)
    h.prior = c.no
    h.basis, h.basis_date = c.basis, c.basis_date
    h.ev("恢复执行", D(2026, 10, 30), 备注="依职权恢复执行")
    h.ev("冻结", D(2026, 11, 2), 到期日=D(2027, 11, 1), 标的物="中国银行常熟支行账户%s存款" % acct(), 金额=c.claim // 2)
    plant(r, c, "miss", "found 2026-09-30, 执恢 %s filed 2026-10-30 = day 30 (国庆 in between): within 30 days" % h.no, B_RES)


# =====================================================================================
# XY-WRONG-LIST
# =====================================================================================
def plant_wronglist():
    r = "XY-WRONG-LIST"
    # F1 minor at decision (16)
    minor = person(birth=D(2009, 3, 20), area="320104", male=True)
    c = Case(ct("A"), D(2025, 12, 1), debtors=[minor], cause="机动车交通事故责任纠纷")
    zb(c, D(2026, 6, 8), report="逾期")
    c.ev("失信", D(2026, 3, 10), 标的物="失信规定第一条第（四）项 违反财产报告制度", 到期日=D(2028, 3, 10))
    plant(r, c, "fire", "debtor born 2009-03-20 (ID %s) was 16 when listed 失信 2026-03-10 (第四条)" % minor[1], B_WL)
    # F2 one day before 18th birthday
    m2 = person(birth=D(2008, 6, 12), area="320115", male=False)
    c = Case(ct("C"), D(2025, 12, 15), debtors=[m2], cause="侵权责任纠纷")
    zb(c, D(2026, 7, 6), report="逾期")
    c.ev("失信", D(2026, 6, 11), 标的物="失信规定第一条第（四）项 违反财产报告制度", 到期日=D(2028, 6, 11))
    plant(r, c, "fire", "listed 2026-06-11, the day BEFORE the debtor's 18th birthday (born 2008-06-12): still a minor", B_WL)
    # F3 ground (一) while frozen assets cover the debt
    c = Case(ct("B"), D(2026, 8, 3), claim=250000, cause="买卖合同纠纷")
    item = "中国建设银行南京鼓楼支行账户%s存款" % acct()
    start(c, found="存款 261,300元（%s）" % item)
    c.ev("冻结", D(2026, 8, 6), 到期日=D(2027, 8, 5), 标的物=item, 金额=250000)
    c.ev("失信", D(2026, 8, 20), 标的物="失信规定第一条第（一）项 有履行能力而拒不履行")
    c.ev("网络查控", D(2026, 10, 12), 标的物=ALLCH, 结果="发现：存款（已冻结）")
    plant(r, c, "fire", "ground 第一条第（一）项 although 250,000 frozen ≥ the 250,000 debt (第三条第（二）项)", B_WL)
    # F4 refused to report, fined, never listed
    c = Case(ct("D"), D(2025, 10, 13))
    zb(c, D(2026, 4, 20), report="拒绝")
    c.ev("罚款", D(2025, 11, 24), 标的物="拒报财产", 金额=10000, 买受人=c.dname)
    plant(r, c, "fire", "财产报告 拒绝 (第一条第（四）项 ground recorded, fined) but never listed 失信 (应纳入而未纳入)", B_WL)
    # F5 flew after 限消, never listed
    c = Case(ct("E"), D(2025, 11, 24))
    zb(c, D(2026, 6, 1))
    xx = [e for e in c.events if e["事件类型"] == "限制消费"][0]["日期"]
    REG["出行"].append(dict(旅客姓名=c.dname, 旅客证件号=c.did, 交通方式="航空", 车次="MU2869", 席别="经济舱",
                          乘车日期=D(2026, 4, 18), 出发地="上海虹桥", 到达地="昆明长水", 票号="781%010d" % R.randint(1, 10 ** 9)))
    plant(r, c, "fire", "flight 2026-04-18 after 限消 %s (限消规定第三条第（一）项 → 失信规定第一条第（五）项), no 失信 decision (GBK ledger)" % xx, B_WL)

    # misses
    a18 = person(birth=D(2008, 3, 9), area="320102", male=True)
    c = Case(ct("A"), D(2025, 12, 8), debtors=[a18], cause="机动车交通事故责任纠纷")
    zb(c, D(2026, 6, 15), report="逾期")
    c.ev("失信", D(2026, 3, 10), 标的物="失信规定第一条第（四）项 违反财产报告制度", 到期日=D(2028, 3, 10))
    plant(r, c, "miss", "born 2008-03-09: turned 18 the day before the 2026-03-10 listing (adult)", B_WL)

    c = Case(ct("C"), D(2026, 7, 6), claim=400000, cause="买卖合同纠纷")
    item = "南京银行江宁支行账户%s存款" % acct()
    start(c, found="存款 80,000元（%s）" % item)
    c.ev("冻结", D(2026, 7, 9), 到期日=D(2027, 7, 8), 标的物=item, 金额=80000)
    c.ev("失信", D(2026, 7, 27), 标的物="失信规定第一条第（一）项 有履行能力而拒不履行")
    c.ev("案款到账", D(2026, 8, 10), 金额=80000, 备注="扣划冻结存款")
    c.ev("案款发放", D(2026, 8, 24), 金额=80000, 买受人=c.app[0])
    c.ev("网络查控", D(2026, 10, 19), 标的物=ALLCH, 结果=NOTFOUND)
    plant(r, c, "miss", "ground (一) with only 80,000 frozen against a 400,000 debt: 第三条第（二）项 does not apply", B_WL)

    c = Case(ct("B"), D(2026, 7, 13), claim=150000, cause="租赁合同纠纷")
    item = "招商银行无锡分行营业部账户%s存款" % acct()
    start(c, found="存款 150,000元（%s）" % item, report="逾期")
    c.ev("冻结", D(2026, 7, 16), 到期日=D(2027, 7, 15), 标的物=item, 金额=150000, 处置障碍="案外人主张为其保证金，已提出异议")
    c.ev("失信", D(2026, 8, 12), 标的物="失信规定第一条第（四）项 违反财产报告制度", 到期日=D(2028, 8, 12))
    c.ev("网络查控", D(2026, 10, 20), 标的物=ALLCH, 结果="发现：存款（已冻结）")
    plant(r, c, "miss", "frozen assets cover the debt, but the ground is （四） 违反财产报告制度: 第三条 bars only 第一条第（一）项", B_WL)

    c = Case(ct("D"), D(2026, 3, 9))
    n, q = start(c, report="逾期")
    c.ev("案款到账", D(2026, 4, 3), 金额=c.claim, 备注="被执行人履行全部义务")
    c.ev("案款发放", D(2026, 4, 15), 金额=c.claim, 买受人=c.app[0])
    c.close, c.method, c.paid = D(2026, 4, 16), "执行完毕", c.claim
    plant(r, c, "miss", "late 财产报告 but the debtor paid everything within weeks: 第一条 needs 未履行 → no listing due", B_WL)

    c = Case(ct("A"), D(2025, 11, 10))
    zb(c, D(2026, 5, 18))
    REG["出行"].append(dict(旅客姓名=c.dname, 旅客证件号=c.did, 交通方式="铁路", 车次="D3025", 席别="二等座",
                          乘车日期=D(2026, 7, 3), 出发地="南京南", 到达地="武汉", 票号="E%09d" % R.randint(1, 10 ** 9)))
    plant(r, c, "miss", "after 限消 the debtor took a D-train in 二等座 (allowed: only G 全部座位 / other 动车 一等以上 are banned)", B_WL)

    c = Case(ct("C"), D(2025, 11, 17))
    zb(c, D(2026, 5, 25))
    other = person(name=c.dname, area="370102")
    REG["出行"].append(dict(旅客姓名=other[0], 旅客证件号=other[1], 交通方式="航空", 车次="CA1818", 席别="公务舱",
                          乘车日期=D(2026, 8, 9), 出发地="济南遥墙", 到达地="北京首都", 票号="999%010d" % R.randint(1, 10 ** 9)))
    plant(r, c, "miss", "a business-class flight by a namesake with a different 身份证号 (%s): not the debtor" % other[1], B_WL)


# =====================================================================================
# XY-XIANXIAO-LIFT
# =====================================================================================
def plant_xianxiao():
    r = "XY-XIANXIAO-LIFT"
    c = Case(ct("A"), D(2026, 4, 13))
    done_with_xx(c, comp=D(2026, 7, 8), lift=None)
    plant(r, c, "fire", "执行完毕 2026-07-08, 限制消费令 never lifted", B_XL)

    c = Case(ct("B"), D(2026, 6, 8))
    done_with_xx(c, comp=D(2026, 10, 9), lift=None)
    c.ev("解除限制消费", D(2026, 10, 14), 标的物=c.dname)
    plant(r, c, "fire", "完毕 Fri 2026-10-09; 3 working days = 10-10 (Sat 调休 workday), 10-12, 10-13; lifted 10-14 = 4th working day", B_XL)

    c = Case(ct("E"), D(2026, 3, 16))
    done_with_xx(c, comp=D(2026, 5, 20), lift=None)
    c.ev("解除限制消费", D(2026, 6, 10), 标的物=c.dname)
    plant(r, c, "fire", "完毕 2026-05-20, lifted 2026-06-10 (15 working days) (GBK ledger)", B_XL)

    # misses
    c = Case(ct("C"), D(2026, 6, 22))
    done_with_xx(c, comp=D(2026, 9, 29), lift=None)
    c.ev("解除限制消费", D(2026, 10, 9), 标的物=c.dname)
    plant(r, c, "miss", "完毕 Tue 2026-09-29, lifted Fri 10-09: working days 9-30, 10-08, 10-09 (国庆) — 10 calendar days but on time", B_XL)

    c = Case(ct("D"), D(2026, 9, 7))
    done_with_xx(c, comp=D(2026, 11, 12), lift=None)
    plant(r, c, "miss", "完毕 Thu 2026-11-12, not lifted yet: deadline 11-17 (11-13, 11-16, 11-17) is after today", B_XL)

    c = Case(ct("A"), D(2026, 2, 2))
    done_with_xx(c, comp=D(2026, 4, 30), lift=None)
    c.ev("解除限制消费", D(2026, 5, 8), 标的物=c.dname)
    plant(r, c, "miss", "完毕 Thu 2026-04-30, lifted Fri 05-08: working days 5-6, 5-7, 5-8 (劳动节 5-1..5-5) — on time", B_XL)

    c = Case(ct("B"), D(2025, 11, 24))
    done_with_xx(c, comp=D(2026, 2, 13), lift=None)
    c.ev("解除限制消费", D(2026, 2, 25), 标的物=c.dname)
    plant(r, c, "miss", "完毕 Fri 2026-02-13, lifted 02-25: working days 2-14 (Sat 调休), 2-24, 2-25 (春节 2-15..2-23) — on time", B_XL)

    c = Case(ct("C"), D(2025, 10, 27))
    zb(c, D(2026, 5, 6))
    plant(r, c, "miss", "限消 never lifted but the case is 终本 (not performed): no lifting duty", B_XL)
    return


# =====================================================================================
# XY-DECEASED
# =====================================================================================
def plant_deceased():
    r = "XY-DECEASED"

    def hj(p, death):
        REG["户籍"].append(dict(姓名=p[0], 身份证号=p[1], 住址=addr("南京市"), 死亡日期=death))

    c = Case(ct("A"), D(2025, 9, 15))
    zb(c, D(2026, 4, 13), xx=False)
    c.ev("限制消费", D(2026, 2, 10), 标的物=c.dname)
    hj(c.debtors[0], D(2025, 12, 3))
    plant(r, c, "fire", "限制消费令 2026-02-10 against a debtor who died 2025-12-03 (户籍)", B_DC)

    c = Case(ct("B"), D(2025, 11, 3))
    zb(c, D(2026, 5, 18), xx=False)
    c.ev("限制消费", D(2026, 3, 2), 标的物=c.dname)
    hj(c.debtors[0], D(2026, 1, 20))
    plant(r, c, "fire", "限制消费 2026-03-02 against a debtor who died 2026-01-20", B_DC)

    c = Case(ct("D"), D(2025, 7, 14))
    zb(c, D(2026, 1, 26), xx=False)
    c.ev("限制消费", D(2025, 10, 13), 标的物=c.dname)
    hj(c.debtors[0], D(2025, 9, 20))
    plant(r, c, "fire", "限制消费令 2025-10-13, debtor died 2025-09-20 (3 weeks earlier)", B_DC)

    # misses
    c = Case(ct("C"), D(2025, 3, 10))
    zb(c, D(2025, 9, 15))
    hj(c.debtors[0], D(2026, 2, 1))
    c.ev("中止", D(2026, 3, 2), 备注="被执行人死亡，等待继承人继承")
    c.ev("解除限制消费", D(2026, 3, 3), 标的物=c.dname, 备注="被执行人死亡")
    plant(r, c, "miss", "限消 imposed in 2025 while alive; died 2026-02-01; court 中止 and lifted 限消 in March", B_DC)

    c = Case(ct("A"), D(2025, 10, 20))
    zb(c, D(2026, 4, 27), report="逾期")
    c.ev("失信", D(2026, 1, 12), 标的物="失信规定第一条第（四）项 违反财产报告制度", 到期日=D(2028, 1, 12))
    other = person(name=c.dname, area="410105", birth=D(1949, 5, 2))
    hj(other, D(2025, 10, 30))
    plant(r, c, "miss", "户籍 shows a DEAD namesake with a different 身份证号 (%s); the debtor is alive" % other[1], B_DC)

    c = Case(ct("E"), D(2025, 8, 25))
    zb(c, D(2026, 3, 9), report="逾期")
    c.ev("失信", D(2026, 2, 5), 标的物="失信规定第一条第（四）项 违反财产报告制度", 到期日=D(2028, 2, 5))
    hj(c.debtors[0], D(2026, 2, 6))
    c.ev("删除失信", D(2026, 3, 16), 标的物="被执行人死亡")
    c.ev("解除限制消费", D(2026, 3, 16), 标的物=c.dname, 备注="被执行人死亡")
    plant(r, c, "miss", "失信 2026-02-05, debtor died the NEXT day (2026-02-06); measures removed after (GBK ledger)", B_DC)

    c = Case(ct("D"), D(2025, 12, 1))
    zb(c, D(2026, 6, 8))
    if is_entity(c.app):
        c.app = person()
    hj(c.app, D(2026, 7, 1))
    plant(r, c, "miss", "the APPLICANT died (2026-07-01), not the debtor: sanctions on the living debtor stay lawful", B_DC)


# =====================================================================================
# JZ-TRANSFER
# =====================================================================================
def re_row(p, loc, val, start, end="", to=None, price=""):
    REG["不动产"].append(dict(权利人=p[0], 证件号码=p[1], 坐落=loc, 不动产权证号="苏（%d）宁不动产权第%07d号" % (start.year, R.randint(1, 9999999)),
                           价值=val, 登记日期=start, 转移日期=end, 受让人=to[0] if to else "", 受让人证件号=to[1] if to else "",
                           转让价格=price, 联系电话=phone(), 住址=addr("南京市")))


def plant_transfer():
    r = "JZ-TRANSFER"
    # F1 real estate at 30% after 应诉通知
    c = Case(ct("A"), D(2025, 3, 3))
    c.basis_date = D(2025, 1, 15)
    c.ev("应诉通知", D(2024, 9, 10), 备注="被执行人收到应诉通知书（%s）" % c.basis)
    zb(c, D(2025, 9, 22))
    re_row(c.debtors[0], addr("南京市玄武区"), 1200000, D(2018, 6, 1), D(2024, 11, 20), person(), 360000)
    plant(r, c, "fire", "不动产 sold 2024-11-20 (after 应诉通知 2024-09-10) for 360,000 = 30% of 1,200,000 to a stranger; case 终本", B_JZ)
    # F2 equity for nothing after judgment
    c = Case(ct("B"), D(2025, 4, 7))
    c.basis_date = D(2025, 3, 3)
    zb(c, D(2025, 10, 27))
    tgt = coname("南京", "信息技术")
    to = person()
    REG["股权"].append(dict(股东=c.dname, 证件号码=c.did, 企业名称=tgt, 出资额=500000, 持股比例="50%", 登记日期=D(2019, 4, 2),
                          转移日期=D(2025, 3, 20), 受让人=to[0], 受让人证件号=to[1], 转让价格=0))
    plant(r, c, "fire", "50% 股权 (出资 500,000) transferred for 0 on 2025-03-20, after the judgment took effect (2025-03-03), before 立案; case 终本", B_JZ)
    # F3 seized vehicle transferred (pattern B)
    c = Case(ct("C"), D(2026, 6, 1))
    pl = "苏A·" + "".join(R.choice("0123456789ABCDEFGHJK") for _ in range(5))
    n, q = start(c, found="车辆 %s" % pl)
    c.ev("查封", D(2026, 6, 10), 到期日=D(2028, 6, 9), 标的物="小型轿车 %s" % pl, 评估价=145000)
    to = person()
    REG["车辆"].append(dict(所有人=c.dname, 证件号码=c.did, 号牌号码=pl, 车辆识别代号=vin(), 价值=145000, 登记日期=D(2021, 5, 8),
                          转移日期=D(2026, 8, 5), 受让人=to[0], 受让人证件号=to[1], 转让价格=138000))
    c.ev("网络查控", D(2026, 10, 19), 标的物=ALLCH, 结果="车辆已过户至案外人")
    plant(r, c, "fire", "vehicle 查封 2026-06-10 then transferred 2026-08-05 (刑法第三百一十四条: a SEIZED asset; price 95% irrelevant)", B_JZ)
    # F4 related buyer: company whose 法定代表人 is the debtor
    c = Case(ct("D"), D(2025, 5, 12))
    c.basis_date = D(2025, 4, 8)
    c.ev("应诉通知", D(2024, 12, 2), 备注="被执行人收到应诉通知书")
    zb(c, D(2025, 12, 1))
    buyer = company(ct("D"))
    REG["企业登记"].append(dict(人员姓名=c.dname, 身份证号=c.did, 企业名称=buyer[0], 职务="法定代表人", 任职日期=D(2020, 8, 1)))
    re_row(c.debtors[0], addr("无锡市梁溪区"), 900000, D(2017, 3, 1), D(2025, 1, 20), buyer, 860000)
    plant(r, c, "fire", "不动产 sold 2025-01-20 (after 应诉通知) at 96%% to %s whose 法定代表人 is the debtor (affiliate); case 终本" % buyer[0], B_JZ)

    # misses
    c = Case(ct("A"), D(2025, 4, 14))
    c.basis_date = D(2025, 2, 17)
    c.ev("应诉通知", D(2024, 10, 8), 备注="被执行人收到应诉通知书")
    zb(c, D(2025, 11, 3))
    re_row(c.debtors[0], addr("南京市秦淮区"), 800000, D(2015, 9, 1), D(2023, 6, 12), person(), 0)
    plant(r, c, "miss", "gift of 不动产 on 2023-06-12, BEFORE the 应诉通知 (2024-10-08): outside 拒执 (拒执解释第六条)", B_JZ)

    c = Case(ct("B"), D(2025, 5, 19))
    c.basis_date = D(2025, 4, 1)
    zb(c, D(2025, 12, 8))
    re_row(c.debtors[0], addr("南京市鼓楼区"), 1000000, D(2016, 2, 1), D(2025, 4, 28), person(), 700000)
    plant(r, c, "miss", "不动产 sold after judgment at exactly 70% (700,000 of 1,000,000) to a stranger: not 'below 70%'", B_JZ)

    c = Case(ct("C"), D(2025, 6, 9))
    c.basis_date = D(2025, 5, 6)
    zb(c, D(2025, 12, 22))
    other = person(name=c.dname, area="340104")
    re_row(other, addr("合肥市蜀山区"), 1100000, D(2016, 2, 1), D(2025, 5, 20), person(), 440000)
    plant(r, c, "miss", "40%% sale by a namesake with a different 身份证号 (%s)" % other[1], B_JZ)

    c = Case(ct("D"), D(2026, 1, 12))
    c.basis_date = D(2025, 12, 1)
    done_voluntary(c)
    re_row(c.debtors[0], addr("无锡市滨湖区"), 1500000, D(2019, 2, 1), D(2026, 1, 5), person(), 300000)
    plant(r, c, "miss", "20% sale after judgment, but the debt was paid in full (执行完毕): not 致使判决无法执行 (拒执解释第七条)", B_JZ)

    c = Case(ct("E"), D(2025, 6, 16))
    c.basis_date = D(2025, 5, 12)
    zb(c, D(2026, 1, 5))
    re_row(c.debtors[0], addr("常熟市虞山街道"), 760000, D(2014, 2, 1), D(2025, 5, 26), person(), 690000)
    plant(r, c, "miss", "sold after judgment at 91% to an unrelated buyer (GBK ledger)", B_JZ)


# =====================================================================================
# XS-SERIAL-LENDER
# =====================================================================================
def plant_lender():
    r = "XS-SERIAL-LENDER"
    lender1 = person(birth=D(1972, 4, 16), area="320106", male=True)
    dates = [D(2025, 1, 13) + days(52 * i) for i in range(10)]   # 2025-01-13 .. 2026-04-xx: 10 in 16 months
    for i, F in enumerate(dates):
        F = wd(F)
        c = Case(ct("A" if i % 2 else "B"), F, app=lender1, cause="民间借贷纠纷", claim=R.randint(5, 30) * 10000)
        if F < D(2026, 2, 1):
            done_voluntary(c)
        else:
            done_deduct(c)
        plant(r, c, "fire", "natural-person lender %s: 10 民间借贷 enforcement cases 2025-01..2026-04 against 10 different borrowers" % lender1[0], B_SL)
    lender2 = company(ct("D"), trade="投资咨询")
    for i in range(10):
        F = wd(D(2024, 11, 4) + days(55 * i))
        c = Case(ct("D"), F, app=lender2, cause="民间借贷纠纷", claim=R.randint(3, 20) * 10000)
        done_voluntary(c) if i % 3 else done_settle(c)
        plant(r, c, "fire", "non-financial company %s: 10 民间借贷 cases 2024-11..2026-03" % lender2[0], B_SL)
    # misses
    bankco = ("江苏紫金农村商业银行股份有限公司", uscc("320100", "91"))
    for i in range(4):
        F = wd(D(2025, 6, 2) + days(40 * i))
        c = Case(ct("B"), F, app=bankco, cause="金融借款合同纠纷", claim=R.randint(10, 50) * 10000)
        done_deduct(c)
        plant(r, c, "miss", "licensed bank (金融借款合同纠纷): a financial institution, not a 职业放贷人 (4 cases shown)", B_SL)
    for k in range(4):
        p = person(name="王建国", area=["320102", "320213", "320581", "320411"][k], birth=D(1968 + 5 * k, 3 + k, 8 + k))
        for j in range(2):
            F = wd(D(2025, 2, 3) + days(200 * j + 37 * k))
            c = Case(ct("ABDE"[k]), F, app=p, cause="民间借贷纠纷", claim=R.randint(2, 9) * 10000)
            done_voluntary(c)
            plant(r, c, "miss", "four lenders all named 王建国 with different 身份证号, 2 民间借贷 cases each (8 by name)", B_SL)
    slow = person(birth=D(1970, 8, 20), area="320213", male=False)
    for i in range(7):
        F = wd(D(2018, 10, 8) + days(400 * i))
        c = Case(ct("D"), F, app=slow, cause="民间借贷纠纷", claim=R.randint(2, 9) * 10000)
        done_voluntary(c)
        plant(r, c, "miss", "lender with 7 民间借贷 cases over 7 years (at most 2 in any 24 months)", B_SL)
    trader = company(ct("C"), trade="建材")
    for i in range(8):
        F = wd(D(2025, 3, 3) + days(60 * i))
        cause = "民间借贷纠纷" if i in (2, 5) else "买卖合同纠纷"
        c = Case(ct("C"), F, app=trader, cause=cause, claim=R.randint(3, 20) * 10000)
        done_voluntary(c)
        plant(r, c, "miss", "trading company with 8 cases, only 2 of them 民间借贷 (ordinary sales creditor)", B_SL)


# =====================================================================================
# XJ-6MONTH
# =====================================================================================
def open_with_property(c, item, amt, val=None, kind="冻结", recent=None):
    n, q = start(c, found=item)
    e = c.ev(kind, wd(q + days(1)), 到期日=add_months(q, 12 if kind == "冻结" else 36), 标的物=item, 金额=amt if kind == "冻结" else "")
    if val:
        e["评估价"] = val
    if recent:
        c.ev("网络查控", recent, 标的物=ALLCH, 结果="发现：" + item + "（已控制）")
    return e


def plant_6month():
    r = "XJ-6MONTH"
    c = Case(ct("A"), D(2026, 3, 2), claim=200000)
    open_with_property(c, "中国工商银行南京新街口支行账户%s存款" % acct(), 50000, recent=D(2026, 10, 20))
    plant(r, c, "fire", "filed 2026-03-02, 50,000 frozen, still open 2026-11-15 (8.5 months), no 延长期限批准", B_X6)

    c = Case(ct("B"), D(2026, 5, 12), claim=600000)
    open_with_property(c, "不动产 南京市鼓楼区中山北路%d号%d室" % (R.randint(1, 300), R.randint(101, 2401)), "", val=2100000, kind="查封",
                       recent=D(2026, 10, 26))
    c.ev("评估", D(2026, 9, 7), 标的物="不动产", 评估价=2100000)
    plant(r, c, "fire", "filed Tue 2026-05-12 with seized real estate; 6 months ended Thu 11-12 (a workday), still open on 11-15", B_X6)

    c = Case(ct("C"), D(2025, 6, 2), claim=120000)
    n, q = start(c, found="工资收入")
    c.ev("冻结", D(2025, 6, 10), 到期日=D(2026, 6, 9), 标的物="被执行人工资收入（每月30%）", 金额=120000)
    d = D(2025, 7, 10)
    for i in range(8):
        c.ev("案款到账", wd(d), 金额=15000, 备注="扣留工资收入")
        lp = wd(d + days(10))
        c.ev("案款发放", lp, 金额=15000, 买受人=c.app[0])
        d = add_months(d, 1)
    c.close, c.method, c.paid = wd(lp + ONE), "执行完毕", 120000
    c.ev("解封", c.close, 标的物="被执行人工资收入（每月30%）")
    plant(r, c, "fire", "property (wages) from the start; closed 执行完毕 %s (>8 months), no extension approved" % c.close, B_X6)

    c = Case(ct("D"), D(2026, 2, 9), claim=300000)
    open_with_property(c, "中国农业银行无锡梁溪支行账户%s存款" % acct(), 90000, recent=D(2026, 10, 12))
    c.ev("延长期限批准", D(2026, 8, 20), 到期日=D(2027, 2, 9), 备注="副院长批准")
    plant(r, c, "fire", "6 months expired 2026-08-09; extension approved only on 2026-08-20 (after expiry, not ≥5 days before)", B_X6)

    # misses
    c = Case(ct("A"), D(2026, 5, 15), claim=180000)
    open_with_property(c, "江苏银行南京玄武支行账户%s存款" % acct(), 40000, recent=D(2026, 10, 13))
    plant(r, c, "miss", "filed 2026-05-15: 6 months end on 2026-11-15 = today (a Sunday) — not yet exceeded", B_X6)

    c = Case(ct("B"), D(2026, 2, 10), claim=260000)
    open_with_property(c, "中国建设银行南京鼓楼支行账户%s存款" % acct(), 60000, recent=D(2026, 10, 19))
    c.ev("延长期限批准", D(2026, 8, 3), 到期日=D(2027, 2, 10), 备注="院长批准（期满前申请）")
    plant(r, c, "miss", "extension approved 2026-08-03, ≥5 days before the 2026-08-10 expiry, until 2027-02-10", B_X6)

    c = Case(ct("C"), D(2026, 3, 2), claim=150000)
    open_with_property(c, "交通银行南京江宁支行账户%s存款" % acct(), 30000)
    c.ev("中止", D(2026, 4, 1), 到期日=D(2026, 7, 1), 备注="案外人异议审查期间中止执行")
    c.ev("恢复执行", D(2026, 7, 1))
    c.ev("网络查控", D(2026, 10, 26), 标的物=ALLCH, 结果="发现：存款（已冻结）")
    plant(r, c, "miss", "258 days open minus 91 days 中止 (4-01..7-01) = 167 days < 6 months (执行工作规定第63条)", B_X6)

    c = Case(ct("E"), D(2025, 8, 29), claim=90000)
    n, q = start(c, found="工资收入")
    c.ev("冻结", D(2025, 9, 8), 到期日=D(2026, 9, 7), 标的物="被执行人工资收入", 金额=90000)
    d = D(2025, 10, 10)
    for i in range(5):
        c.ev("案款到账", wd(d), 金额=18000, 备注="扣留工资收入")
        c.ev("案款发放", wd(d + days(8)), 金额=18000, 买受人=c.app[0])
        d = add_months(d, 1)
    c.close, c.method, c.paid = D(2026, 2, 28), "执行完毕", 90000
    c.ev("解封", D(2026, 2, 28), 标的物="被执行人工资收入")
    plant(r, c, "miss", "filed Fri 2025-08-29, closed 2026-02-28 (Sat 调休 workday) = last day of 6 months (no 2-29 in 2026 → 月末日, 民法典第二百零二条) (GBK ledger)", B_X6)


# =====================================================================================
# XJ-IDLE  (+ PRIORITY-GROUP doubles)
# =====================================================================================
def plant_idle():
    r = "XJ-IDLE"
    c = Case(ct("A"), D(2026, 5, 20))
    start(c)
    c.ev("现场调查", D(2026, 7, 10), 标的物="被执行人住所地", 结果=NOTFOUND)
    plant(r, c, "fire", "open, no property, last act 2026-07-10: 128 days without any act", B_ID)

    c = Case(ct("D"), D(2026, 6, 15))
    start(c)
    c.ev("限制消费", D(2026, 8, 10), 标的物=c.dname)
    plant(r, c, "fire", "open, last act 2026-08-10 (限消): 97 days", B_ID)

    worker = person(birth=D(1979, 9, 3), area="321002", male=True)
    c = Case(ct("C"), D(2026, 6, 1), app=worker, cause="追索劳动报酬纠纷", claim=38600)
    start(c)
    c.ev("现场调查", D(2026, 7, 31), 标的物="被执行人经营场所", 结果=NOTFOUND)
    plant(r, c, "fire", "open 追索劳动报酬 case, last act 2026-07-31: 107 days (also PRIORITY-GROUP)", B_ID)
    plant("PRIORITY-GROUP", c, "fire", "追索劳动报酬纠纷 (劳动争议, 农民工 wages) with an XJ-IDLE violation (deliberately double-planted)", B_PG)

    almost60 = person(birth=D(1966, 11, 20), area="320104", male=False)
    c = Case(ct("B"), D(2026, 5, 25), app=almost60, cause="买卖合同纠纷")
    start(c)
    c.ev("现场调查", D(2026, 7, 20), 标的物="被执行人住所地", 结果=NOTFOUND)
    plant(r, c, "fire", "open, last act 2026-07-20: 118 days (applicant 59, see PRIORITY-GROUP miss)", B_ID)
    plant("PRIORITY-GROUP", c, "miss", "XJ-IDLE violation, but the applicant (born 1966-11-20) is 59 on 2026-11-15, not 老年人; 买卖合同纠纷 (double-planted)", B_PG)

    # misses
    c = Case(ct("A"), D(2026, 6, 8))
    start(c)
    c.ev("现场调查", D(2026, 8, 18), 标的物="被执行人住所地", 结果=NOTFOUND)
    plant(r, c, "miss", "open, last act 2026-08-18: 89 days (< 90)", B_ID)

    c = Case(ct("B"), D(2026, 4, 13))
    start(c)
    c.ev("中止", D(2026, 6, 10), 备注="被执行人涉嫌刑事犯罪，相关财产已被公安机关查封，中止执行")
    plant(r, c, "miss", "no act since 2026-06-10 but execution 中止 (open-ended) — nothing due", B_ID)

    c = Case(ct("E"), D(2026, 5, 11))
    start(c)
    c.ev("暂缓", D(2026, 7, 1), 到期日=D(2026, 12, 31), 备注="被执行人提供担保，经申请执行人同意暂缓执行")
    plant(r, c, "miss", "暂缓执行 from 2026-07-01 until 2026-12-31 (GBK ledger)", B_ID)

    c = Case(ct("D"), D(2025, 8, 11))
    zb(c, D(2026, 3, 2), post=False)
    c.ev("终本后查询", D(2026, 6, 29), 标的物=ALLCH, 结果=NOTFOUND, 备注="查询结果已告知申请执行人")
    plant(r, c, "miss", "a closed 终本 case: last act 2026-06-29 (139 days) — post-终本 queries are 6-monthly, not an idle open case", B_ID)


# =====================================================================================
# SERIAL-DEBTOR
# =====================================================================================
def plant_serial_debtor():
    r = "SERIAL-DEBTOR"
    p = person(birth=D(1975, 2, 11), area="320102", male=True)
    for k, (F, Z) in zip("AAB", [(D(2024, 9, 2), D(2025, 3, 24)), (D(2025, 1, 6), D(2025, 7, 21)), (D(2025, 4, 14), D(2025, 11, 10))]):
        c = Case(ct(k), F, debtors=[p])
        zb(c, Z, xx=(k != "B" or True))
        plant(r, c, "fire", "debtor %s (%s) has 3 终本 cases in two courts" % p, B_SD)
    co = company(ct("D"), trade="装饰工程")
    rep = pname()
    REG["企业登记"].append(dict(人员姓名=rep, 身份证号=pid("320213", D(1971, 7, 7)), 企业名称=co[0], 职务="法定代表人", 任职日期=D(2015, 5, 5)))
    for F, Z in [(D(2024, 6, 3), D(2024, 12, 16)), (D(2024, 10, 8), D(2025, 4, 21)), (D(2025, 2, 10), D(2025, 8, 25)), (D(2025, 7, 7), D(2026, 1, 19))]:
        c = Case(ct("D"), F, debtors=[co], cause="装饰装修合同纠纷")
        c.hk["rep"] = rep
        zb(c, Z)
        plant(r, c, "fire", "company %s has 4 终本 cases (破产释明 declined each time)" % co[0], B_SD)
    # misses
    for k, area in zip("ACE", ["320106", "320411", "320582"]):
        F, Z = normal_zb_dates(D(2024, 8, 1), D(2025, 6, 30))
        c = Case(ct(k), F, debtors=[person(name="陈静", area=area)])
        zb(c, Z)
        plant(r, c, "miss", "three debtors named 陈静 with different 身份证号, one 终本 each", B_SD)
    p2 = person(birth=D(1983, 12, 1), area="320115", male=True)
    F, Z = normal_zb_dates(D(2024, 10, 1), D(2025, 4, 30))
    c = Case(ct("C"), F, debtors=[p2])
    zb(c, Z)
    plant(r, c, "miss", "debtor with one 终本 case and one young open case (only 1 终本)", B_SD)
    c2 = Case(ct("C"), D(2026, 9, 14), debtors=[p2])
    young_open(c2, found=False)
    plant(r, c2, "miss", "the same debtor's young open case", B_SD)
    co2 = company(ct("B"))
    rep2 = person(birth=D(1969, 10, 10), area="320106", male=True)
    REG["企业登记"].append(dict(人员姓名=rep2[0], 身份证号=rep2[1], 企业名称=co2[0], 职务="法定代表人", 任职日期=D(2012, 1, 9)))
    F, Z = normal_zb_dates(D(2024, 9, 1), D(2025, 3, 30))
    c = Case(ct("B"), F, debtors=[co2])
    c.hk["rep"] = rep2[0]
    zb(c, Z)
    plant(r, c, "miss", "company with one 终本 case; its 法定代表人 is a different party with his own single 终本 case", B_SD)
    F, Z = normal_zb_dates(D(2024, 9, 1), D(2025, 3, 30))
    c = Case(ct("B"), F, debtors=[rep2])
    zb(c, Z)
    plant(r, c, "miss", "the 法定代表人's own single 终本 case (a different person from the company)", B_SD)


# =====================================================================================
# JUDGE-OUTLIER
# =====================================================================================
def early_zb(court_key, judge, F, extra_days):
    Z = wd(add_months(F, 3) + days(extra_days))
    c = Case(ct(court_key), F, judge=judge)
    zb(c, Z)
    assert Z > add_months(F, 3)
    return c


def plant_judge():
    r = "JUDGE-OUTLIER"
    for i, F in enumerate([D(2025, 1, 6), D(2025, 3, 10), D(2025, 5, 12), D(2025, 8, 4), D(2025, 11, 28)]):
        c = early_zb("A", OUTLIER["A"], F, [4, 6, 3, 8, 1][i])
        plant(r, c, "fire", "承办人 %s (玄武): all 5 of the judge's 终本 cases closed within 3 months + ≤10 days of filing (peers: ~0%%)" % OUTLIER["A"], B_JO)
    for i, F in enumerate([D(2025, 2, 10), D(2025, 4, 14), D(2025, 7, 7), D(2025, 10, 13)]):
        c = early_zb("C", OUTLIER["C"], F, [5, 9, 2, 12][i])
        plant(r, c, "fire", "承办人 %s (江宁): all 4 of the judge's 终本 cases closed within 3 months + ≤14 days" % OUTLIER["C"], B_JO)
    # misses
    c = early_zb("A", JUDGES["A"][0], D(2025, 6, 9), 7)
    plant(r, c, "miss", "承办人 %s (玄武): 1 early 终本 among the judge's several ordinary 终本 cases" % JUDGES["A"][0], B_JO)
    c = early_zb("C", LONE_JUDGE_C, D(2025, 9, 1), 6)
    plant(r, c, "miss", "承办人 %s: a single 终本 case in the set (early, but n = 1)" % LONE_JUDGE_C, B_JO)
    c = early_zb("D", JUDGES["D"][1], D(2025, 4, 7), 9)
    plant(r, c, "miss", "承办人 %s (梁溪): 1 early 终本 among the judge's several ordinary 终本 cases" % JUDGES["D"][1], B_JO)
    # one ordinary (late) 终本 of the outlier's court colleague, month-end filing
    F = D(2025, 8, 29)
    c = Case(ct("A"), F, judge=JUDGES["A"][0])
    zb(c, wd(add_months(F, 5) + days(3)))
    plant(r, c, "miss", "colleague's ordinary 终本 (5 months)", B_JO)


# =====================================================================================
# PRIORITY-GROUP (other doubles)
# =====================================================================================
def plant_priority():
    r = "PRIORITY-GROUP"
    old = person(birth=D(1948, 2, 14), area="320102", male=False)
    c = Case(ct("A"), D(2025, 10, 27), app=old, cause="民间借贷纠纷")
    zb(c, D(2026, 5, 11), hearing="none")
    plant("ZB-HEARING", c, "fire", "no 告知 and no approval before 终本 (also PRIORITY-GROUP: applicant 78)", B_HEAR)
    plant(r, c, "fire", "applicant born 1948 (老年人, 78) and the case has a ZB-HEARING violation (double-planted)", B_PG)

    w = person(birth=D(1986, 5, 5), area="320411", male=True)
    c = Case(ct("B"), D(2026, 5, 18), app=w, cause="劳动争议", claim=46800)
    done_with_xx(c, comp=D(2026, 8, 12), lift=None)
    plant("XY-XIANXIAO-LIFT", c, "fire", "执行完毕 2026-08-12, 限消 never lifted (also PRIORITY-GROUP: 劳动争议)", B_XL)
    plant(r, c, "fire", "劳动争议 case with an XY-XIANXIAO-LIFT violation (double-planted)", B_PG)

    old2 = person(birth=D(1951, 9, 9), area="320213", male=True)
    c = Case(ct("D"), D(2026, 2, 2), app=old2, cause="房屋租赁合同纠纷", claim=220000)
    open_with_property(c, "中国农业银行无锡梁溪支行账户%s存款" % acct(), 60000, recent=D(2026, 10, 14))
    plant("XJ-6MONTH", c, "fire", "filed 2026-02-02, deposits frozen, open 9.5 months, no extension (also PRIORITY-GROUP: applicant 75)", B_X6)
    plant(r, c, "fire", "applicant born 1951 (75) and an XJ-6MONTH violation (double-planted)", B_PG)

    # misses: lawful priority cases
    c = Case(ct("C"), D(2026, 6, 15), app=person(birth=D(1990, 1, 20), area="320115"), cause="追索劳动报酬纠纷", claim=27500)
    done_voluntary(c)
    plant(r, c, "miss", "追索劳动报酬 case handled lawfully (paid in weeks): nothing to raise", B_PG)
    old3 = person(birth=D(1944, 12, 30), area="320581", male=True)
    F, Z = normal_zb_dates(D(2025, 3, 1), D(2025, 8, 30))
    c = Case(ct("E"), F, app=old3, cause="民间借贷纠纷")
    zb(c, Z)
    plant(r, c, "miss", "applicant born 1944 (老年人), lawful 终本 with full hearing and post-终本 queries (GBK ledger)", B_PG)
    c = Case(ct("B"), D(2026, 9, 21), app=person(birth=D(1995, 6, 6), area="320106"), cause="劳动争议", claim=15800)
    young_open(c)
    plant(r, c, "miss", "young 劳动争议 case, timely acts: no lead to raise", B_PG)


# =====================================================================================
# background
# =====================================================================================
def background():
    n = 0
    for k in "ABCDE":
        C = ct(k)
        judges = JUDGES[k]
        for i in range(30):
            kind = ["vol", "deduct", "settle", "xx", "zb", "zb", "zb", "zb_co", "young", "young"][i % 10]
            judge = judges[i % 4]
            if kind in ("zb", "zb_co"):
                F, Z = normal_zb_dates(D(2023, 6, 1), D(2025, 12, 15))
                if kind == "zb_co":
                    co = company(C)
                    c = Case(C, F, debtors=[co], judge=judge)
                    c.hk["rep"] = pname()
                    REG["企业登记"].append(dict(人员姓名=c.hk["rep"], 身份证号=pid(C["area"], rd(D(1960, 1, 1), D(1990, 1, 1))),
                                             企业名称=co[0], 职务="法定代表人", 任职日期=rd(D(2010, 1, 1), D(2020, 1, 1))))
                else:
                    c = Case(C, F, judge=judge)
                zb(c, Z, hearing=R.choice(["sign", "sign", "panel", "note_sign"]))
            elif kind == "young":
                F = wd(rd(D(2026, 8, 24), D(2026, 11, 2)))
                c = Case(C, F, judge=judge)
                young_open(c, found=R.random() < 0.6)
                if c.debtors and R.random() < 0.5 and not is_entity(c.debtors[0]):
                    REG["存款"].append(dict(户名=c.dname, 证件号码=c.did, 开户行=bank(), 账号=acct(), 余额=R.randint(1, 90) * 100,
                                          开户日期=rd(D(2012, 1, 1), D(2024, 1, 1)), 销户日期=""))
            else:
                F = wd(rd(D(2023, 3, 1), D(2026, 6, 30)))
                c = Case(C, F, judge=judge)
                if kind == "vol":
                    if i == 0:
                        c.debtors = [person(), person()]
                    done_voluntary(c)
                elif kind == "deduct":
                    done_deduct(c)
                elif kind == "settle":
                    done_settle(c)
                else:
                    done_with_xx(c, lift=R.choice([0, 1, 2]))
                if R.random() < 0.3 and not is_entity(c.debtors[0]):
                    re_row(c.debtors[0], addr(C["city"] + "市"), R.randint(60, 300) * 10000, rd(D(2010, 1, 1), D(2022, 1, 1)))
            assert c.close is None or (c.close - c.F).days < 170 or c.method == "终结本次执行程序", (c.no, kind)
            n += 1
    return n


# =====================================================================================
# output
# =====================================================================================
CN_DIG = "〇一二三四五六七八九"


def cn_date(d):
    y = "".join(CN_DIG[int(x)] for x in str(d.year))

    def num(n):
        if n < 10:
            return "〇一二三四五六七八九"[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_DIG[n - 10]
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    return "%s年%s月%s日" % (y, num(d.month), num(d.day))


def date_var(d, i):
    if not d:
        return ""
    v = i % 6
    if v == 0:
        return d.isoformat()
    if v == 1:
        return "%d/%d/%d" % (d.year, d.month, d.day)
    if v == 2:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if v == 3:
        return d.strftime("%Y%m%d")
    if v == 4:
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    return cn_date(d)


DX = "零壹贰叁肆伍陆柒捌玖"


def daxie(n):
    """integer yuan -> 大写 (…元整)"""
    assert n > 0 and n < 10 ** 12
    units = ["仟", "佰", "拾", ""]

    def sec(x):
        s, zero = "", False
        for i, dgt in enumerate("%04d" % x):
            dgt = int(dgt)
            if dgt == 0:
                zero = bool(s) or zero
            else:
                if zero and s:
                    s += "零"
                zero = False
                s += DX[dgt] + units[i]
        return s
    parts = [(n // 10 ** 8, "亿"), (n // 10 ** 4 % 10 ** 4, "万"), (n % 10 ** 4, "")]
    out, pend = "", False
    for v, u in parts:
        if v == 0:
            if out:
                pend = True
            continue
        if out and (pend or v < 1000):
            out += "零"
        out += sec(v) + u
        pend = False
    return "人民币" + out + "元整"


def money_var(x, i):
    if x in ("", None):
        return ""
    v = i % 5
    if x == 0:
        return "0"
    if v == 0:
        return "{:,.2f}".format(x)
    if v == 1:
        return "%s元" % x
    if v == 2 and x % 100 == 0:
        w = x / 10000.0
        s = ("%.4f" % w).rstrip("0").rstrip(".")
        return s + "万元"
    if v == 3:
        return daxie(x)
    return str(x)


def cell(v):
    if isinstance(v, dt.date):
        return v.isoformat()
    if v is None:
        return ""
    return str(v)


def number_cases():
    """assign 案号 per court, year and type in filing order, then replace the placeholders everywhere"""
    m = {}
    for c in sorted(CASES, key=lambda c: (c.F, CASES.index(c))):
        key = (c.ck, c.F.year, c.ctype)
        n = _case_seq.get(key, R.randint(200, 1500) if c.ctype == "执" else R.randint(10, 90)) + R.randint(1, 23)
        _case_seq[key] = n
        m[c.no] = "（%d）%s%s%d号" % (c.F.year, c.court["code"], c.ctype, n)

    import re as _re
    pat = _re.compile("§[0-9]+§")

    def fix(x):
        if isinstance(x, str) and "§" in x:
            return pat.sub(lambda mo: m[mo.group(0)], x)
        return x
    for c in CASES:
        for e in c.events:
            e["案号"] = m[e["案号"]]
        c.prior = fix(c.prior)
        c.no = m[c.no]
    EXPECT[:] = [tuple(fix(x) for x in t) for t in EXPECT]
    PLANTED[:] = [tuple(fix(x) for x in t) for t in PLANTED]


def write(out):
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    cols = ["案号", "法院", "立案日期", "结案日期", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人", "被执行人证件号码",
            "执行标的", "实际到位金额", "执行依据", "承办人", "终本理由", "原案号"]

    def row(c):
        return [c.no, c.court["name"], c.F, c.close or "", c.method, c.cause, c.app[0], c.app[1],
                "、".join(p[0] for p in c.debtors), "、".join(p[1] for p in c.debtors), c.claim, c.paid,
                c.basis, c.judge, c.zb_reason, c.prior]
    main = [c for c in CASES if c.ck != "E"]
    gbk = [c for c in CASES if c.ck == "E"]
    main.sort(key=lambda c: (c.ck, c.F, c.no))
    gbk.sort(key=lambda c: (c.F, c.no))
    with open(os.path.join(out, "ledger.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for c in main:
            w.writerow([cell(x) for x in row(c)])
    gcols = ["执行案号", "收案日期", "结案时间", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人", "证件号码",
             "申请执行标的金额(元)", "到位金额（元）", "执行依据文号", "执行法官", "终本理由", "执行法院", "关联案号"]
    with open(os.path.join(out, "ledger_gbk.csv"), "w", encoding="gbk", newline="") as f:
        w = csv.writer(f)
        w.writerow(["常熟市人民法院执行案件台账（截至2026年11月13日，未结及已结案件）"] + [""] * (len(gcols) - 1))
        w.writerow(gcols)
        for i, c in enumerate(gbk):
            no = c.no if i % 3 else c.no.replace("（", "(").replace("）", ")")
            prior = c.prior.replace("（", "(").replace("）", ")") if (c.prior and i % 2) else c.prior
            method = {"终结本次执行程序": "终本" if i % 2 else "终结本次执行程序"}.get(c.method, c.method)
            w.writerow([no, date_var(c.F, i), date_var(c.close, i + 1), method, c.cause, c.app[0], c.app[1],
                        "、".join(p[0] for p in c.debtors), "、".join(p[1] for p in c.debtors),
                        money_var(c.claim, i), money_var(c.paid, i + 2), c.basis, c.judge, c.zb_reason, c.court["name"], prior])
    ecols = ["案号", "事件类型", "日期", "到期日", "标的物", "金额", "评估价", "起拍价", "成交价", "买受人", "买受人证件号", "轮次",
             "拍卖平台", "优先债权", "不可分物", "处置障碍", "结果", "备注"]
    evs = []
    for c in CASES:
        for e in c.events:
            evs.append(e)
    evs.sort(key=lambda e: (e["案号"], e["日期"]))
    with open(os.path.join(out, "events.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(ecols)
        for e in evs:
            w.writerow([cell(e.get(k, "")) for k in ecols])
    regcols = {
        "不动产": ["权利人", "证件号码", "坐落", "不动产权证号", "价值", "登记日期", "转移日期", "受让人", "受让人证件号", "转让价格", "联系电话", "住址"],
        "车辆": ["所有人", "证件号码", "号牌号码", "车辆识别代号", "价值", "登记日期", "转移日期", "受让人", "受让人证件号", "转让价格"],
        "股权": ["股东", "证件号码", "企业名称", "出资额", "持股比例", "登记日期", "转移日期", "受让人", "受让人证件号", "转让价格"],
        "存款": ["户名", "证件号码", "开户行", "账号", "余额", "开户日期", "销户日期"],
        "出行": ["旅客姓名", "旅客证件号", "交通方式", "车次", "席别", "乘车日期", "出发地", "到达地", "票号"],
        "企业登记": ["人员姓名", "身份证号", "企业名称", "职务", "任职日期"],
        "户籍": ["姓名", "身份证号", "住址", "死亡日期"],
    }
    for k, cs in regcols.items():
        with open(os.path.join(out, "registry_%s.csv" % k), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(cs)
            for rrow in REG[k]:
                w.writerow([cell(rrow.get(x, "")) for x in cs])
    with open(os.path.join(out, "expected.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("rule\tcase_no\texpect\twhy\n")
        for rule, cn, ex, why in EXPECT:
            f.write("%s\t%s\t%s\t%s\n" % (rule, cn, ex, why.replace("\t", " ")))
    with open(os.path.join(out, "planted.md"), "w", encoding="utf-8") as f:
        f.write("# Planted cases (rules_e, 江苏省; today 2026-11-15)\n\n")
        f.write("Every planted case, by rule. A case listed under two rules was planted for both on purpose.\n")
        f.write("Everything not listed here is lawful background (expect no lead of any listed rule).\n\n")
        order = []
        for p in PLANTED:
            if p[0] not in order:
                order.append(p[0])
        for rule in order:
            ps = [p for p in PLANTED if p[0] == rule]
            nf = sum(1 for p in ps if p[2] == "fire")
            f.write("## %s (fire %d / miss %d)\n\n" % (rule, nf, len(ps) - nf))
            f.write("Legal basis: %s\n\n" % ps[0][4])
            f.write("| 案号 | expect | boundary tested |\n|---|---|---|\n")
            for p in ps:
                f.write("| %s | %s | %s |\n" % (p[1], p[2], p[3].replace("|", "/")))
            f.write("\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "data")
    plant_hearing()
    plant_bankruptcy()
    plant_resume()
    plant_wronglist()
    plant_xianxiao()
    plant_deceased()
    plant_transfer()
    plant_lender()
    plant_6month()
    plant_idle()
    plant_serial_debtor()
    plant_judge()
    plant_priority()
    nb = background()
    number_cases()
    nos = [c.no for c in CASES]
    assert len(nos) == len(set(nos)), "duplicate case numbers"
    write(out)
    print("cases: %d (background %d); events: %d; expected rows: %d" % (
        len(CASES), nb, sum(len(c.events) for c in CASES), len(EXPECT)))


if __name__ == "__main__":
    main()
