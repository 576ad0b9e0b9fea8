#!/usr/bin/python3
"""gen.py OUTDIR -- independent planted-violation dataset for jianzhi's screening rules (set B).

Written from the law only (legal-brief.md part A, domain.md, docs/laws/) and the import formats
in docs/data-formats.md.  Deterministic: fixed seed, no clock.  Writes into OUTDIR:
  ledger.csv (UTF-8), ledger_gbk.csv (GBK, title row), registry_<KIND>.csv for the 7 kinds the
  scorer imports, events.csv, expected.tsv, planted.md.
Screening date ("today") = 2026-11-15 (the scorer sets screen.today to it).
"""
import csv
import datetime as dt
import os
import random
import sys

R = random.Random(20261115)
TODAY = dt.date(2026, 11, 15)


def D(s):
    return dt.date(*map(int, s.split("-")))


def days(n):
    return dt.timedelta(days=n)


def add_months(d, n):
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# ---------------------------------------------------------------- holiday calendar
# State Council notices (国务院办公厅关于部分节假日安排的通知) for 2024, 2025, 2026, from public
# knowledge of the published notices: (holiday ranges, 调休 make-up workdays).
HOLIDAY_RANGES = [
    ("2024-01-01", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
    ("2024-05-01", "2024-05-05"), ("2024-06-10", "2024-06-10"), ("2024-09-15", "2024-09-17"),
    ("2024-10-01", "2024-10-07"),
    ("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
    ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
    ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
    ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
    ("2026-10-01", "2026-10-07"),
]
MAKEUP_WORKDAYS = {D(s) for s in [
    "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14",
    "2024-09-29", "2024-10-12",
    "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
    "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]}
HOLIDAYS = set()
for a, b in HOLIDAY_RANGES:
    x = D(a)
    while x <= D(b):
        HOLIDAYS.add(x)
        x += days(1)


def is_workday(d):
    if d in HOLIDAYS:
        return False
    if d in MAKEUP_WORKDAYS:
        return True
    return d.weekday() < 5


def wd(d):
    """first workday on or after d"""
    while not is_workday(d):
        d += days(1)
    return d


def pwd(d):
    """last workday on or before d"""
    while not is_workday(d):
        d -= days(1)
    return d


def period_end(start, n):
    """民诉法 第八十五条 / 民法典 第二百零一、二百零三条: n days, start day excluded; a last day that is a
    法定休假日 (incl. weekends) moves to the first day after it."""
    e = start + days(n)
    while not is_workday(e):
        e += days(1)
    return e


def must_workday(d):
    assert is_workday(d), "planted boundary date on a non-workday: %s" % d
    return d


# ---------------------------------------------------------------- identities
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]
ORG = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]

used_ids = set()


def id_check(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def make_id(area, birth, male=None):
    while True:
        seq = R.randint(10, 99) * 10 + (R.choice([1, 3, 5, 7, 9]) if male else R.choice([0, 2, 4, 6, 8])
                                          if male is False else R.randint(0, 9))
        f17 = "%s%s%03d" % (area, birth.strftime("%Y%m%d"), seq)
        s = f17 + id_check(f17)
        if s not in used_ids:
            used_ids.add(s)
            return s


def make_uscc(area):
    while True:
        body = "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        body = "".join(c for c in body)
        c = 11 - sum(ORG.index(ch) * w for ch, w in zip(body, ORG_W)) % 11
        org = body + ("X" if c == 10 else "0" if c == 11 else str(c))
        f17 = "91" + area + org
        s = f17 + USCC[(31 - sum(USCC.index(ch) * w for ch, w in zip(f17, USCC_W)) % 31) % 31]
        if s not in used_ids:
            used_ids.add(s)
            return s


SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢钟姜崔谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("建国伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰飞辉鹏华红玉萍志忠新立海林波宁斌浩亮晓燕雪梅琴云凤洁慧婷玲欣怡俊峰振宇鑫佳颖文博凯丹旭阳晨昊瑞雅慧君正荣永春德胜利")
used_names = set()


def make_name(surname=None):
    while True:
        s = surname or R.choice(SURN)
        g = "".join(R.choice(GIVEN) for _ in range(R.choice([1, 2, 2, 2])))
        n = s + g
        if n not in used_names and len(n) >= 2:
            used_names.add(n)
            return n


AREAS = {"0683": ("330683", "嵊州市", ["三江街道", "剡湖街道", "鹿山街道", "浦口街道", "甘霖镇", "长乐镇", "崇仁镇", "黄泽镇"]),
         "0604": ("330604", "绍兴市上虞区", ["百官街道", "曹娥街道", "东关街道", "崧厦街道", "丰惠镇", "章镇镇", "道墟街道"]),
         "0681": ("330681", "诸暨市", ["暨阳街道", "浣东街道", "陶朱街道", "店口镇", "大唐街道", "枫桥镇", "牌头镇"])}
ROADS = ["人民路", "城南路", "兴盛路", "江滨路", "东风路", "和平路", "新建路", "剡溪路", "文化路", "光明路", "滨江路",
         "解放路", "永兴路", "锦绣路", "振兴路", "环城路", "学士路", "市心路", "望江路", "长安路"]
used_addr = set()
used_phone = set()


def make_addr(code):
    _, city, towns = AREAS[code]
    while True:
        a = "浙江省%s%s%s%d号" % (city, R.choice(towns), R.choice(ROADS), R.randint(1, 399))
        if R.random() < 0.5:
            a += "%d幢%d室" % (R.randint(1, 30), R.randint(1, 6) * 100 + R.randint(1, 4))
        if a not in used_addr:
            used_addr.add(a)
            return a


def make_phone():
    while True:
        p = R.choice(["135", "136", "137", "138", "139", "150", "151", "158", "159", "187", "188", "177", "199"]) + \
            "%08d" % R.randint(0, 99999999)
        if p not in used_phone:
            used_phone.add(p)
            return p


PERSONS = []   # registry 户籍 rows


def person(code="0683", born=None, surname=None, addr=None, phone=None, area=None, huji=True):
    if born is None:
        born = dt.date(R.randint(1969, 1998), R.randint(1, 12), R.randint(1, 28))
    p = {"name": make_name(surname), "id": make_id(area or AREAS[code][0], born), "kind": "p", "born": born,
         "addr": addr or make_addr(code), "phone": phone or make_phone()}
    if huji:
        PERSONS.append(p)
    return p


CO_WORDS = ["纺织", "机械", "建材", "领带", "服饰", "电器", "五金", "茶业", "食品", "包装", "印染", "电机", "塑业", "家具",
            "照明", "轴承", "袜业", "珍珠", "汽配", "化纤", "装饰", "物流", "农业", "贸易", "建设", "科技", "模具", "阀门"]
CO_HEAD = ["鼎", "恒", "华", "瑞", "泰", "兴", "隆", "宏", "盛", "达", "顺", "诚", "信", "利", "丰", "安", "永", "正", "通",
           "亿", "佳", "汇", "辰", "翔", "越", "嘉", "润", "锦", "金", "新"]
used_co = set()
COMPANY_REG = []   # 企业登记 rows


def company(code="0683", word=None, rep=None, suffix="有限公司"):
    _, city, _ = AREAS[code]
    cityshort = city.replace("绍兴市", "绍兴市").replace("市", "市") if "上虞" not in city else "绍兴市上虞区"
    while True:
        n = "%s%s%s%s%s" % (cityshort, R.choice(CO_HEAD), R.choice(CO_HEAD), word or R.choice(CO_WORDS), suffix)
        if n not in used_co:
            used_co.add(n)
            break
    c = {"name": n, "id": make_uscc(AREAS[code][0]), "kind": "c", "addr": make_addr(code), "phone": make_phone()}
    if rep is None:
        rep = person(code)
    c["rep"] = rep
    COMPANY_REG.append({"p": rep, "co": c, "role": "法定代表人",
                        "start": dt.date(R.randint(2008, 2020), R.randint(1, 12), R.randint(1, 28)), "end": None})
    return c


# ---------------------------------------------------------------- cases
COURTS = {"0683": "嵊州市人民法院", "0604": "绍兴市上虞区人民法院", "0681": "诸暨市人民法院"}
SEQ = {}
CASES = []
EXPECTED = []   # (rule, case_no, expect, why, basis)
BASIS_SEQ = {}


def next_no(code, year, typ="执"):
    k = (code, year, typ)
    SEQ[k] = SEQ.get(k, R.randint(120, 480)) + R.randint(1, 9)
    return "（%d）浙%s%s%d号" % (year, code, typ, SEQ[k])


def basis_no(code, year, typ="民初"):
    k = (code, year, typ)
    BASIS_SEQ[k] = BASIS_SEQ.get(k, R.randint(300, 1500)) + R.randint(1, 25)
    return "（%d）浙%s%s%d号" % (year, code, typ, BASIS_SEQ[k])


JUDGES = {"0683": ["张立军", "陈晓燕", "俞国平", "宋建华"], "0604": ["徐海峰", "邵丽君", "顾文斌"],
          "0681": ["赵志明", "何静怡", "楼宏伟"]}
OUTLIER_JUDGE = "钱晓峰"   # 嵊州, planted JUDGE-OUTLIER


class Case:
    def __init__(self, code, filing, cause, applicant, debtors, claim, judge=None, basis_type="判决书",
                 basis=None, style=None):
        self.code, self.filing, self.cause = code, filing, cause
        self.applicant, self.debtors, self.claim = applicant, debtors, claim
        self.judge = judge or R.choice(JUDGES[code])
        self.basis_type = basis_type
        by = (filing - days(60)).year
        self.basis = basis or basis_no(code, by, {"判决书": "民初", "调解书": "民初", "仲裁裁决": "仲",
                                                  "公证债权文书": "民初", "支付令": "民督"}.get(basis_type, "民初"))
        if basis_type == "仲裁裁决":
            self.basis = "绍仲裁字（%d）第%d号" % (by, R.randint(100, 900))
        if basis_type == "公证债权文书":
            self.basis = "（%d）浙绍越证字第%d号执行证书" % (by, R.randint(1000, 9000))
        self.no = None   # assigned in filing order in assign_numbers()
        self.events = []
        self.closing = None
        self.method = ""
        self.paid = 0
        self.zb_reason = ""
        self.style = style or ("cn" if R.random() < 0.15 else "iso")
        CASES.append(self)

    def ev(self, kind, date, **kw):
        kw["kind"], kw["date"] = kind, date
        self.events.append(kw)
        return kw

    @property
    def debtor(self):
        return self.debtors[0]


def expect(rule, c, exp, why, basis):
    EXPECTED.append((rule, c, exp, why, basis))


def assign_numbers():
    for c in sorted(CASES, key=lambda c: (c.code, c.filing, CASES.index(c))):
        c.no = next_no(c.code, c.filing.year)


def rep_text(c):
    d = c.debtor
    if d["kind"] == "c":
        return "%s及其法定代表人%s" % (d["name"], d["rep"]["name"])
    return d["name"]


ALL_CHANNELS = "总对总（存款、车辆、不动产、证券、网络资金、股权、保险、公积金）"


def opening(c, notice_gap=None, combined=False, report=True, report_status="按期", query=True, basis_date=None):
    F = c.filing
    c.ev("执行依据", basis_date or pwd(F - days(R.randint(20, 70))), item=c.basis_type, note=c.basis)
    if notice_gap is None:
        n = F
        for g in range(R.randint(1, 5), 0, -1):
            if is_workday(F + days(g)):
                n = F + days(g)
                break
    else:
        n = F + days(notice_gap)
    c.notice = n
    if combined:
        c.ev("执行通知", n, end=n + days(10), note="执行通知书、报告财产令一并送达被执行人")
    else:
        c.ev("执行通知", n, end=n + days(10), note="同时告知迟延履行利息")
        c.ev("报告财产令", n, end=n + days(10))
    c.report_deadline = n + days(10)
    if report:
        r = pwd(n + days(R.randint(3, 9)))
        if r <= n:
            r = n
        c.ev("财产报告", r, result=report_status, note="被执行人申报无可供执行财产" if report_status == "按期" else "")
    if query:
        q = wd(F + days(R.randint(1, 6)))
        c.ev("网络查控", q, item=ALL_CHANNELS, result="未发现可供执行财产")
    return n


def zb_chain(c, Z, style=None, reason="经穷尽财产调查措施，未发现被执行人有可供执行的财产", xianxiao=True,
             onsite=True, requery=True, post=True, hearing=True):
    F = c.filing
    if xianxiao:
        c.ev("限制消费", wd(F + days(R.randint(8, 25))), item=rep_text(c))
    if onsite:
        c.ev("现场调查", wd(F + days(R.randint(20, 45))), item="被执行人住所地（%s）" % c.debtor["addr"],
             result="未发现可供执行财产")
    if requery:
        c.ev("网络查控", pwd(Z - days(R.randint(10, 40))), item=ALL_CHANNELS, result="未发现可供执行财产")
    style = style or R.choice(["rows_sign", "rows_panel", "note_sign", "note_panel", "rows_sign"])
    zb_note = "裁定终结本次执行程序"
    if hearing:
        if style == "rows_sign":
            c.ev("终本前告知申请人", pwd(Z - days(R.randint(6, 15))), note="告知执行情况、财产调查措施及终本法律后果，听取意见")
            c.ev("申请执行人确认终本", pwd(Z - days(R.randint(1, 4))))
        elif style == "rows_panel":
            c.ev("终本前告知申请人", pwd(Z - days(R.randint(8, 15))), note="申请执行人不同意终本")
            c.ev("合议庭评议", pwd(Z - days(R.randint(4, 6))))
            c.ev("院长批准", pwd(Z - days(R.randint(1, 3))))
        elif style == "note_sign":
            zb_note = "终本前已告知申请执行人执行情况并听取意见，申请执行人签字确认同意终本"
        else:
            c.ev("终本前告知申请人", pwd(Z - days(R.randint(8, 15))),
                 note="申请执行人不同意终本；经合议庭审查核实、院长批准")
    c.ev("终本", Z, note=zb_note)
    if post:
        q = Z + days(R.randint(120, 170))
        while q < TODAY:
            c.ev("终本后查询", pwd(q), item=ALL_CHANNELS, result="未发现可供执行财产", note="查询结果已告知申请执行人")
            q += days(R.randint(120, 170))
    c.closing, c.method, c.zb_reason = Z, R.choice(["终结本次执行程序", "终本"]), reason
    c.paid = 0


def pay(c, d_in, amount, d_out=None, payee=None, src="被执行人自动履行"):
    c.ev("案款到账", d_in, amount=amount, note=src)
    d_out = d_out or wd(d_in + days(R.randint(3, 18)))
    c.ev("案款发放", d_out, amount=amount, cp=(payee or c.applicant)["name"])
    return d_out


def finish(c, d, paid=None):
    c.closing, c.method = wd(d), "执行完毕"
    c.paid = c.claim if paid is None else paid


REALESTATE = []   # registry 不动产 rows
VEHICLES = []
DEPOSITS = []
EQUITY = []
TRAVEL = []


def house(owner, code, value, reg=None, co_owner=None, to=None, end=None, price=None):
    _, city, towns = AREAS[code]
    loc = "%s%s%s%d号%d幢%d室" % (city, R.choice(towns), R.choice(ROADS) + "小区" if False else R.choice(
        ["锦绣花园", "江南名府", "剡溪苑", "金色家园", "滨江华庭", "翠湖苑", "阳光城", "学府名邸", "桂花园", "东湖小区"]),
        R.randint(1, 40), R.randint(1, 30), R.randint(1, 26) * 100 + R.randint(1, 4))
    cert = "浙（%d）%s不动产权第%07d号" % (R.randint(2017, 2023), city.replace("绍兴市", ""), R.randint(1, 99999))
    rec = {"p": owner, "loc": loc, "cert": cert, "value": value,
           "start": reg or dt.date(R.randint(2012, 2022), R.randint(1, 12), R.randint(1, 28)),
           "co": co_owner, "to": to, "end": end, "price": price}
    REALESTATE.append(rec)
    return loc


def transfer(item, buyer, date):
    """registry shows the judicial sale: 转移日期 and 受让人 (no price: not a debtor's own transfer)"""
    for rec in REALESTATE:
        if rec["loc"] in item:
            rec["to"], rec["end"] = buyer, date
    for rec in VEHICLES:
        if rec["plate"] in item:
            rec["to"], rec["end"] = buyer, date


PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
used_plates = set()
VIN_V = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vehicle(owner, reg=None, end=None):
    while True:
        p = "浙D" + R.choice(PLATE_L) + "".join(R.choice("0123456789" + PLATE_L[:8]) for _ in range(4))
        if p not in used_plates:
            used_plates.add(p)
            break
    chars = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    v = list(R.choice(["LSV", "LFV", "LGB", "LVS", "LHG"]) + "".join(R.choice(chars) for _ in range(14)))
    s = sum(VIN_V[ch] * w for ch, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    VEHICLES.append({"p": owner, "plate": p, "vin": "".join(v), "to": None,
                     "start": reg or dt.date(R.randint(2015, 2023), R.randint(1, 12), R.randint(1, 28)), "end": end})
    return "小型轿车 " + p


BANKS = ["中国工商银行嵊州支行", "中国农业银行上虞支行", "中国建设银行诸暨支行", "中国银行嵊州支行", "浙江诸暨农村商业银行枫桥支行",
         "绍兴银行上虞支行", "中国邮政储蓄银行嵊州市支行"]


def deposit(owner, balance):
    acct = "62" + "".join(R.choice("0123456789") for _ in range(17))
    DEPOSITS.append({"p": owner, "bank": R.choice(BANKS), "acct": acct, "bal": balance,
                     "start": dt.date(R.randint(2010, 2022), R.randint(1, 12), R.randint(1, 28))})
    return acct


def auction_round(c, item, rnd, notice, announce, start, price, value, result, buyer=None, deal=None,
                  platform="淘宝网司法拍卖平台", deposit_rate=0.1):
    if notice:
        c.ev("拍卖通知", notice, item=item, note="书面通知申请执行人、被执行人及已知优先购买权人")
    c.ev("拍卖公告", announce, end=start, item=item, price=price, value=value, round=rnd, platform=platform,
         amount=round(price * deposit_rate, -2))
    if result == "成交":
        c.ev("拍卖", start + days(1), item=item, deal=deal, cp=buyer["name"], cp_id=buyer["id"], round=rnd,
             platform=platform)
    else:
        c.ev("流拍", start + days(1), item=item, round=rnd, platform=platform, note="竞价期间无人出价")


def lawful_sale(c, item, value, seize, kind="不动产", buyer=None, measure="查封", payee_rest=True,
                timeline=None):
    """seize -> value -> notice -> announce -> sold in round 1 at 起拍价 80% of value; money paid out.
    returns (sale end date, deal)"""
    if buyer is None:
        buyer = person(R.choice(list(AREAS)))
    dur = 1095 if kind == "不动产" else 730
    c.ev(measure, seize, end=seize + days(dur - 1), item=item, value=value)
    if measure == "查封" and kind == "车辆":
        c.ev("扣押", wd(seize + days(R.randint(5, 15))), end=seize + days(729), item=item, value=value,
             note="车辆已实际扣押，停放于法院指定停车场")
    ev_d = wd(seize + days(R.randint(15, 25)))
    c.ev("评估", ev_d, item=item, value=value)
    notice = wd(ev_d + days(R.randint(8, 14)))
    announce = wd(notice + days(R.randint(4, 7)))
    gap = 33 if kind == "不动产" else 18
    start = wd(announce + days(gap + R.randint(0, 4)))
    price = round(value * 0.8, -2)
    deal = round(price * (1 + R.randint(2, 25) / 100), -2)
    auction_round(c, item, 1, notice, announce, start, price, value, "成交", buyer, deal)
    d_in = wd(start + days(R.randint(8, 14)))
    c.ev("案款到账", d_in, amount=deal, note="拍卖成交款")
    d_out = wd(d_in + days(R.randint(5, 15)))
    amt = min(deal, c.claim)
    c.ev("案款发放", d_out, amount=amt, cp=c.applicant["name"])
    if deal > c.claim and payee_rest:
        c.ev("案款发放", d_out, amount=round(deal - c.claim, 2), cp=c.debtor["name"], note="余款退还被执行人")
    c.ev("解封", wd(d_out + days(R.randint(1, 5))), item=item, note="成交后解除查封，协助过户")
    transfer(item, buyer, wd(d_out + days(R.randint(10, 20))))
    if deal < c.claim:
        d_out = pay(c, wd(d_out + days(R.randint(3, 10))), round(c.claim - deal, 2))
    return d_out, deal, buyer


# ================================================================ background
CAUSES_P = ["民间借贷纠纷", "买卖合同纠纷", "机动车交通事故责任纠纷", "租赁合同纠纷", "承揽合同纠纷", "服务合同纠纷",
            "房屋买卖合同纠纷", "装饰装修合同纠纷", "离婚后财产纠纷", "合伙协议纠纷"]
CAUSES_C = ["买卖合同纠纷", "金融借款合同纠纷", "承揽合同纠纷", "建设工程施工合同纠纷", "运输合同纠纷", "租赁合同纠纷"]
BANK_APPLICANTS = []


def bg_party(code, role):
    if role == "app":
        if R.random() < 0.35:
            return company(code), R.choice(CAUSES_C)
        return person(code), R.choice(CAUSES_P)
    return (company(code) if R.random() < 0.3 else person(code)), None


def bg_amount():
    return R.choice([R.randint(8, 300) * 1000, R.randint(30, 900) * 100 + 0.0, R.randint(1, 60) * 10000])


def bg_case(code, filing, cause=None, applicant=None, debtor=None, judge=None):
    app, cz = bg_party(code, "app") if applicant is None else (applicant, None)
    deb = debtor or bg_party(code, "deb")[0]
    basis_type = R.choice(["判决书", "判决书", "调解书", "调解书", "仲裁裁决", "公证债权文书", "支付令"])
    c = Case(code, filing, cause or cz or R.choice(CAUSES_P), app, [deb], bg_amount(), judge=judge,
             basis_type=basis_type)
    return c


def bg_paid(code, filing):
    c = bg_case(code, filing)
    opening(c, combined=R.random() < 0.25, report=R.random() < 0.6)
    d_in = wd(c.notice + days(R.randint(2, 45)))
    if R.random() < 0.3:
        acct = deposit(c.debtor, c.claim + R.randint(1, 50) * 1000)
        fz = wd(c.filing + days(R.randint(2, 8)))
        c.ev("冻结", fz, end=fz + days(364), item="银行存款 %s" % acct, amount=c.claim)
        d_in = wd(fz + days(R.randint(5, 20)))
        c.events[-1]["note"] = "冻结存款，限额冻结"
        d_out = pay(c, d_in, c.claim, src="扣划冻结存款")
        c.ev("解封", wd(d_out), item="银行存款 %s" % acct, note="执行完毕解除冻结")
    else:
        if R.random() < 0.5 and c.notice + days(10) < d_in:
            c.ev("限制消费", wd(c.notice + days(11)), item=rep_text(c))
            d_out = pay(c, d_in, c.claim)
            c.ev("解除限制消费", wd(d_in + days(1)), item=rep_text(c), note="已履行完毕")
        else:
            d_out = pay(c, d_in, c.claim)
    finish(c, wd(d_out + days(R.randint(0, 6))))
    return c


def bg_installments(code, filing):
    c = bg_case(code, filing)
    opening(c)
    n = R.randint(2, 4)
    d = c.notice
    part = round(c.claim / n, 2)
    last = None
    for i in range(n):
        d = wd(d + days(R.randint(15, 35)))
        amt = part if i < n - 1 else round(c.claim - part * (n - 1), 2)
        last = pay(c, d, amt)
        if i == 0:
            c.ev("和解", d, end=wd(d + days(30 * (n - 1))), result="履行中", note="分期履行")
    c.events.append({"kind": "和解", "date": last, "result": "已履行完毕"})
    finish(c, wd(last + days(2)))
    return c


def bg_auction(code, filing):
    c = bg_case(code, filing)
    c.claim = R.randint(20, 80) * 10000
    opening(c)
    kind = R.choice(["不动产", "车辆"])
    if kind == "不动产":
        value = round(c.claim * R.randint(110, 135) / 100, -4)
        item = "房产 " + house(c.debtor, code, value)
    else:
        value = R.randint(8, 25) * 10000
        c.claim = max(value - 20000, 50000)
        item = vehicle(c.debtor)
    seize = wd(c.filing + days(R.randint(5, 15)))
    d_out, deal, buyer = lawful_sale(c, item, value, seize, kind=kind, measure="查封")
    finish(c, wd(d_out + days(R.randint(3, 8))))
    return c


def bg_zb(code, filing, Z, judge=None):
    c = bg_case(code, filing, judge=judge)
    opening(c, combined=R.random() < 0.2)
    zb_chain(c, Z)
    if R.random() < 0.3:
        part = round(c.claim * R.randint(5, 30) / 100, -2)
        pay(c, wd(c.filing + days(R.randint(20, 60))), part)
        c.paid = part
    return c


def bg_open(code, filing):
    c = bg_case(code, filing)
    opening(c, report=c.filing + days(25) < TODAY)
    q = wd(c.filing + days(R.randint(30, 60)))
    if q < TODAY and q > D("2026-08-20"):
        c.ev("网络查控", q, item=ALL_CHANNELS, result="未发现可供执行财产")
    if TODAY - c.filing > dt.timedelta(days=80):
        c.ev("现场调查", pwd(TODAY - days(R.randint(5, 40))), item="被执行人住所地", result="未发现可供执行财产")
    return c


def bg_withdrawn(code, filing):
    c = bg_case(code, filing)
    opening(c, report=False)
    d = wd(c.notice + days(R.randint(5, 30)))
    c.ev("和解", d, result="已履行完毕", note="双方当事人庭外和解，申请执行人撤回执行申请")
    c.closing, c.method = wd(d + days(R.randint(1, 6))), R.choice(["撤回", "准许撤回申请"])
    c.paid = 0
    return c


def rand_date(a, b):
    a, b = D(a), D(b)
    return wd(a + days(R.randint(0, (b - a).days)))


def background():
    made = []
    plan = {"0683": 62, "0604": 45, "0681": 40}
    for code, n in plan.items():
        for i in range(n):
            r = i % 20
            if r in (0, 1, 2, 3, 4, 5, 6):
                made.append(bg_paid(code, rand_date("2024-09-01", "2026-08-31")))
            elif r in (7, 8):
                made.append(bg_installments(code, rand_date("2024-10-01", "2026-06-30")))
            elif r in (9,):
                made.append(bg_auction(code, rand_date("2024-10-01", "2026-04-30")))
            elif r in (10, 11, 12, 13, 14, 15):
                F = rand_date("2024-06-01", "2025-10-31")
                Z = pwd(add_months(F, R.randint(7, 14)) + days(R.randint(0, 20)))
                if Z >= D("2026-10-15"):
                    Z = pwd(D("2026-09-30") - days(R.randint(0, 30)))
                made.append(bg_zb(code, F, Z))
            elif r in (16, 17):
                made.append(bg_open(code, rand_date("2026-06-08", "2026-10-23")))
            else:
                made.append(bg_withdrawn(code, rand_date("2024-09-01", "2026-09-30")))
    return made


# ================================================================ planted cases
B = {  # legal bases, quoted short
    "CX-REPORT-SANCTION": "财产调查规定 第九条、第十条（应当纳入失信）；终本规定 第二条第（三）项",
    "CX-CLUE-7D": "财产调查规定 第二条（七日/紧急三日）、第十七条、第二十一条（十日内决定）；民诉法 第八十五条",
    "CZ-RELATED-BUYER": "刑法 第三百一十三条；拒执解释 第三条第（一）项、第八条；domain.md CZ-RELATED-BUYER",
    "FP-ORDER": "民诉法解释 第五百一十四条（企业法人：按查封先后顺序清偿）；第五百零八条（公民：按比例）",
    "XS-COLLUSION": "民诉法 第一百一十六条；刑法 第三百零七条之一；虚假诉讼解释 第一条第一款第（六）项、第三款",
    "JUDGE-OUTLIER": "终本规定 第一条；domain.md SERIAL-JUDGE（承办人提前终本比例异常）",
    "PRIORITY-GROUP": "domain.md PRIORITY-GROUP（农民工/老年人/残疾人/劳动争议案件线索提级）；老年人权益保障法 第二条（六十周岁）",
    "FP-PLAN-15D": "民诉法解释 第五百零九条、第五百一十条",
    "ZB-INVEST": "终本规定 第一条第（三）项、第三条（条目 U）",
    "ZB-HEARING": "民诉法解释 第五百一十七条；终本规定 第五条（V3）",
    "CZ-PROCEDURE": "网拍规定 第十二条（动产十五日/不动产三十日）、第十六条（公告三日前通知）、第十七条",
    "ZB-PROPERTY": "终本规定 第一条第（三）项；民诉法 第二百五十八条；查封规定 第四条（唯一住房不得拍卖）",
    "XY-WRONG-LIST": "失信规定 第一条、第三条、第四条；财产调查规定 第十条",
    "JZ-TRAVEL": "限消规定 第三条第（一）（九）项、第十一条；拒执解释 第三条第（四）项",
    "XS-SERIAL-LENDER": "domain.md（同一出借人反复起诉）；民诉法 第一百一十五条；虚假诉讼解释 第一条",
    "XJ-6MONTH": "期限规定 第一条；执行工作规定 第63条（中止期间扣除）",
    "CZ-REAUCTION-30D": "网拍规定 第二十六条（流拍后三十日内再次拍卖）；民诉法 第八十五条",
    "KZ-PAPER-VEHICLE": "民诉法 第二百五十八条；查封规定；domain.md KZ-PAPER-VEHICLE（纸面查封）",
}


def simple(code, F, cause="民间借贷纠纷", claim=None, app=None, deb=None, judge=None, basis_type="判决书"):
    app = app or person(code)
    deb = deb or person(code)
    return Case(code, F, cause, app, [deb], claim or R.randint(5, 60) * 10000, judge=judge, basis_type=basis_type)


def p_report_sanction():
    r = "CX-REPORT-SANCTION"
    # fire 1: refused to report, nothing done
    c = simple("0683", D("2026-03-09"))
    opening(c, notice_gap=2, report=False)
    c.ev("财产报告", D("2026-03-20"), result="拒绝", note="被执行人明确表示拒绝申报财产")
    c.ev("限制消费", D("2026-03-24"), item=c.debtor["name"])
    c.ev("网络查控", D("2026-09-14"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "fire", "拒绝报告，报告期限届满(2026-03-21)后近8个月无罚款/拘留/失信", B[r])
    expect("XY-WRONG-LIST", c, "fire", "(c) 违反财产报告制度已记录而未纳入失信（与 CX-REPORT-SANCTION 同案）",
           "财产调查规定 第十条；失信规定 第一条第（四）项")
    # fire 2: false report
    c = simple("0681", D("2026-04-13"))
    opening(c, notice_gap=2, report=False)
    c.ev("财产报告", D("2026-04-24"), result="虚假", note="申报无存款，网络查控发现其隐瞒的账户曾有大额进出")
    c.ev("网络查控", D("2026-09-21"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "fire", "虚假报告，无罚款/拘留/失信，期限届满逾6个月", B[r])
    expect("XY-WRONG-LIST", c, "fire", "(c) 虚假报告已记录而未纳入失信（与 CX-REPORT-SANCTION 同案）",
           "财产调查规定 第十条；失信规定 第一条第（四）项")
    # miss 1: refused, court listed as 失信 on ground (四) (one of the two responses the rule accepts)
    c = simple("0604", D("2026-03-16"))
    opening(c, notice_gap=2, report=False)
    c.ev("财产报告", D("2026-03-27"), result="拒绝")
    c.ev("失信", D("2026-04-20"), end=D("2028-04-20"), item="失信规定第一条第（四）项 违反财产报告制度")
    c.ev("限制消费", D("2026-04-20"), item=c.debtor["name"])
    c.ev("网络查控", D("2026-09-16"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "miss", "拒绝报告但已于2026-04-20纳入失信（第一条第（四）项）", B[r])
    # miss 2: report received on the last day of the deadline
    c = simple("0683", D("2026-05-11"))
    opening(c, notice_gap=1, report=False)   # notice 05-12, deadline 05-22 (Fri)
    assert c.report_deadline == D("2026-05-22")
    c.ev("财产报告", must_workday(D("2026-05-22")), result="按期", note="报告期限最后一日提交，申报无财产")
    c.ev("网络查控", D("2026-09-07"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "miss", "报告期限 05-22 届满当日报告（按期）", B[r])


def p_clue():
    r = "CX-CLUE-7D"
    c = simple("0683", D("2026-05-06"))
    opening(c)
    c.ev("财产线索", must_workday(D("2026-06-01")), item="被执行人在嵊州市甘霖镇租用厂房内存放针织机四台", result="明确具体")
    c.ev("线索核查", must_workday(D("2026-06-22")), result="不属实", note="现场无被执行人财产")
    c.ev("网络查控", D("2026-09-02"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "fire", "明确具体线索 06-01 提交，06-22 才核查（21日 > 7日）", B[r])
    c = simple("0681", D("2026-05-25"))
    opening(c)
    c.ev("悬赏申请", must_workday(D("2026-06-15")), note="申请执行人书面申请发布悬赏公告")
    c.ev("悬赏决定", D("2026-07-06"), result="准许")
    c.ev("网络查控", D("2026-09-10"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "fire", "悬赏申请 06-15 收到，07-06 决定（21日 > 10日）", B[r])
    c = simple("0604", D("2026-06-15"))
    opening(c)
    c.ev("财产线索", must_workday(D("2026-07-06")), item="被执行人将于近日转移停放在上虞区曹娥街道的货车", result="紧急",
         note="情况紧急")
    c.ev("线索核查", must_workday(D("2026-07-10")), result="不属实")
    c.ev("网络查控", D("2026-09-15"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "fire", "紧急线索 07-06 提交，07-10 核查（4日 > 3日）", B[r])
    # misses
    c = simple("0683", D("2026-05-18"))
    opening(c)
    c.ev("财产线索", must_workday(D("2026-06-08")), item="被执行人在中国银行嵊州支行开有账户", result="明确具体")
    c.ev("线索核查", must_workday(D("2026-06-15")), result="不属实", note="该账户已于2025年销户")
    c.ev("网络查控", D("2026-09-08"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "miss", "明确具体线索 06-08 提交，06-15 核查（恰为第7日）", B[r])
    c = simple("0681", D("2025-09-01"))
    opening(c)
    assert not is_workday(D("2025-10-03")) and period_end(D("2025-09-26"), 7) == D("2025-10-09")
    c.ev("财产线索", must_workday(D("2025-09-26")), item="被执行人在诸暨市店口镇有应收货款（某五金厂）", result="明确具体")
    c.ev("线索核查", D("2025-10-09"), result="不属实", note="该厂确认与被执行人无往来款")
    d_out = pay(c, D("2025-11-10"), c.claim, d_out=D("2025-11-18"))
    finish(c, D("2025-11-20"))
    expect(r, c, "miss", "线索 2025-09-26 提交，第7日 10-03 为国庆法定休假日，期间顺延至 10-09，当日核查", B[r] + "；民诉法 第八十五条")
    c = simple("0604", D("2026-06-01"))
    opening(c)
    c.ev("审计申请", must_workday(D("2026-07-06")), note="申请对被执行人（个体经营）进行审计")
    c.ev("审计决定", must_workday(D("2026-07-16")), result="不准许", note="被执行人非企业，不符合审计条件")
    c.ev("网络查控", D("2026-09-18"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "miss", "审计申请 07-06 收到，07-16 决定（恰为第10日）", B[r])


def p_related_buyer():
    r = "CZ-RELATED-BUYER"
    # fire 1: buyer is a company whose legal representative is the debtor
    deb = person("0683")
    buyer = company("0683", word="贸易", rep=deb)
    c = simple("0683", D("2026-01-12"), deb=deb, claim=600000)
    opening(c)
    item = "房产 " + house(deb, "0683", 820000)
    lawful_sale(c, item, 820000, D("2026-01-19"), buyer=buyer)
    finish(c, wd(c.events[-1]["date"] + days(3)))
    expect(r, c, "fire", "买受人 %s 的法定代表人即被执行人（企业登记）" % buyer["name"], B[r])
    # fire 2: buyer shares address and phone with the debtor
    deb = person("0681")
    buyer = person("0681", addr=deb["addr"], phone=deb["phone"])
    c = simple("0681", D("2026-02-02"), deb=deb, claim=450000)
    opening(c)
    item = "房产 " + house(deb, "0681", 560000)
    lawful_sale(c, item, 560000, D("2026-02-09"), buyer=buyer)
    finish(c, wd(c.events[-1]["date"] + days(3)))
    expect(r, c, "fire", "买受人与被执行人户籍住址、联系电话相同", B[r])
    # miss 1: debtor was legal representative of buyer company, left 2020
    deb = person("0604")
    buyer = company("0604", word="建材")
    COMPANY_REG.append({"p": deb, "co": buyer, "role": "法定代表人", "start": D("2015-03-02"), "end": D("2020-06-30")})
    COMPANY_REG[:] = [x for x in COMPANY_REG if not (x["co"] is buyer and x["p"] is buyer["rep"])] + \
        [{"p": buyer["rep"], "co": buyer, "role": "法定代表人", "start": D("2020-07-01"), "end": None}]
    c = simple("0604", D("2026-01-19"), deb=deb, claim=380000)
    opening(c)
    item = "房产 " + house(deb, "0604", 500000)
    lawful_sale(c, item, 500000, D("2026-01-26"), buyer=buyer)
    finish(c, wd(c.events[-1]["date"] + days(3)))
    expect(r, c, "miss", "被执行人曾任买受人法定代表人，已于2020-06-30离任（拍卖前近6年）", B[r])
    # miss 2: same surname, similar but different address, different phone
    deb = person("0683", addr="浙江省嵊州市三江街道城南路18号")
    used_addr.add(deb["addr"])
    buyer = person("0683", surname=deb["name"][0], addr="浙江省嵊州市三江街道城南路81号")
    used_addr.add(buyer["addr"])
    c = simple("0683", D("2026-02-09"), deb=deb, claim=300000)
    opening(c)
    item = "房产 " + house(deb, "0683", 420000)
    lawful_sale(c, item, 420000, D("2026-02-24"), buyer=buyer)
    finish(c, wd(c.events[-1]["date"] + days(3)))
    expect(r, c, "miss", "买受人与被执行人同姓、住址相近（城南路81号/18号）但无证件、电话、地址、任职关联", B[r])


def distribution(c, item, value, proceeds, creditors, plan_date, served, payouts, entity, seize,
                 extra=None):
    """creditors: list of (party, claim, seize_date or None)"""
    c.ev("查封", seize, end=seize + days(1094), item=item, value=value)
    for p, cl, sd in creditors[1:]:
        if sd:
            c.ev("轮候查封", sd, end=sd + days(1094), item=item, cp=p["name"], cp_id=p["id"],
                 note="他案申请执行人轮候查封")
        c.ev("参与分配", wd((sd or seize) + days(R.randint(3, 10))), cp=p["name"], cp_id=p["id"], amount=cl,
             note=("轮候查封日期：%s" % sd.isoformat()) if sd else "未采取查封措施")
    if entity:
        c.ev("破产释明", wd(seize + days(40)), result="申请执行人及被执行人均不同意移送破产",
             note="已征询当事人意见，均不同意移送破产审查")
    ev_d = wd(seize + days(20))
    c.ev("评估", ev_d, item=item, value=value)
    notice = wd(ev_d + days(10))
    announce = wd(notice + days(5))
    start = wd(announce + days(34))
    buyer = person(c.code)
    auction_round(c, item, 1, notice, announce, start, round(value * 0.8, -2), value, "成交", buyer, proceeds)
    d_in = wd(start + days(10))
    c.ev("案款到账", d_in, amount=proceeds, note="拍卖成交款")
    transfer(item, buyer, wd(d_in + days(15)))
    if (payouts[-1][0] - d_in).days > 25:
        c.ev("延缓发放批准", wd(d_in + days(5)), end=payouts[-1][0] + days(7), note="需要进行案款分配，经批准延缓发放")
    c.ev("分配方案", plan_date, amount=proceeds, note="执行费用已扣除")
    for p, cl, sd in creditors:
        c.ev("分配方案送达", served, cp=p["name"])
    c.ev("分配方案送达", served, cp=c.debtor["name"], note="送达被执行人")
    if extra:
        extra(c)
    for d, p, amt in payouts:
        c.ev("案款发放", d, amount=amt, cp=p["name"])
    c.ev("解封", wd(payouts[-1][0] + days(1)), item=item, note="成交后解除查封")
    return d_in


def fp_finish(c, creditors, payouts, close_zb, Z=None):
    got = sum(a for d, p, a in payouts if p is c.applicant)
    if close_zb:
        c.paid = got
        zb_chain(c, Z, reason="拍卖款分配后未发现其他可供执行财产", requery=True)
        c.paid = got
    else:
        finish(c, wd(payouts[-1][0] + days(3)), paid=got)


def p_fp_order():
    r = "FP-ORDER"
    for k, (exp, how) in enumerate([("fire", "prorata"), ("fire", "later_first"), ("miss", "order"),
                                    ("miss", "person_prorata")]):
        code = ["0683", "0681", "0604", "0683"][k]
        entity = how != "person_prorata"
        deb = company(code, word=R.choice(["纺织", "机械", "印染", "轴承"])) if entity else person(code)
        A = company(code, word="贸易") if k % 2 else person(code)
        Bc, Cc = person(code), company(code, word="物流")
        F = [D("2026-01-05"), D("2026-01-07"), D("2026-01-08"), D("2026-01-12")][k]
        claims = (800000, 600000, 400000)
        c = simple(code, F, cause="买卖合同纠纷", app=A, deb=deb, claim=claims[0])
        opening(c)
        seize = wd(F + days(7))
        creditors = [(A, claims[0], None), (Bc, claims[1], wd(seize + days(24))), (Cc, claims[2], wd(seize + days(50)))]
        item = "厂房 " + house(deb, code, 1150000) if entity else "房产 " + house(deb, code, 1150000)
        proceeds = 1200000
        plan = wd(seize + days(84))
        served = wd(plan + days(1))
        pd = wd(served + days(20))
        if how in ("prorata", "person_prorata"):
            payouts = [(pd, A, 533333.33), (pd, Bc, 400000.0), (pd, Cc, 266666.67)]
        elif how == "later_first":
            payouts = [(pd, Cc, 400000.0), (pd, Bc, 600000.0), (pd, A, 200000.0)]
        else:
            payouts = [(pd, A, 800000.0), (pd, Bc, 400000.0)]
        d_in = distribution(c, item, 1150000, proceeds, creditors, plan, served, payouts, entity, seize)
        assert (pd - d_in).days <= 30, (pd, d_in)
        if how == "order":
            finish(c, wd(pd + days(3)), paid=800000)
        else:
            fp_finish(c, creditors, payouts, True, Z=pwd(add_months(F, 7)))
        why = {"prorata": "企业法人被执行人，未移送破产，拍卖款按债权比例分配（首封债权人未足额受偿）",
               "later_first": "企业法人被执行人，轮候查封在后的债权人全额受偿，首封债权人仅受偿20万元",
               "order": "企业法人被执行人，按查封先后顺序清偿（首封80万元全额，次位40万元）",
               "person_prorata": "被执行人为自然人，参与分配按比例受偿（第五百零八条，合法）"}[how]
        expect(r, c, exp, why, B[r])


def p_fp_plan():
    r = "FP-PLAN-15D"
    specs = [("fire", "early", "0681"), ("fire", "objection_no_notice", "0683"), ("miss", "day16", "0604"),
             ("miss", "tiqun", "0681")]
    for k, (exp, how, code) in enumerate(specs):
        deb = person(code)
        A = person(code)
        X, Y = person(code), company(code, word="建材")
        F = [D("2026-01-05"), D("2026-01-06"), D("2026-01-12"), D("2026-01-13")][k]
        c = simple(code, F, cause="民间借贷纠纷", app=A, deb=deb, claim=650000)
        opening(c)
        seize = wd(F + days(6))
        creditors = [(A, 650000, None), (X, 300000, None), (Y, 200000, wd(seize + days(30)))]
        item = "房产 " + house(deb, code, 900000)
        proceeds = 800000
        if how == "early":
            plan, served, pd = D("2026-05-22"), must_workday(D("2026-05-25")), must_workday(D("2026-06-03"))
        elif how == "objection_no_notice":
            plan, served, pd = D("2026-05-22"), must_workday(D("2026-05-26")), must_workday(D("2026-06-16"))
        elif how == "day16":
            plan, served, pd = D("2026-05-25"), must_workday(D("2026-05-27")), must_workday(D("2026-06-12"))
            assert period_end(served, 15) == D("2026-06-11")
        else:
            plan, served, pd = D("2026-05-22"), must_workday(D("2026-05-25")), must_workday(D("2026-06-29"))
        pay_ = [(pd, A, 452173.91), (pd, X, 208695.65), (pd, Y, 139130.44)]
        extra = None
        if how == "objection_no_notice":
            def extra(c, X=X):
                c.ev("分配方案异议", D("2026-06-05"), cp=X["name"], amount=300000,
                     note="债权人对分配比例提出书面异议")
                c.ev("延缓发放批准", D("2026-06-08"), end=D("2026-06-30"), note="分配方案异议处理中")
        if how == "tiqun":
            pay_ = [(pd, A, 452173.91), (pd, X, 208695.65)]

            def extra(c, X=X, Y=Y, A=A):
                c.ev("分配方案异议", D("2026-06-03"), cp=Y["name"], amount=200000, note="主张其债权应优先受偿")
                c.ev("异议通知", D("2026-06-05"), cp=A["name"])
                c.ev("异议通知", D("2026-06-05"), cp=X["name"])
                c.ev("异议通知", D("2026-06-05"), cp=deb["name"])
                c.ev("延缓发放批准", D("2026-06-08"), end=D("2026-07-10"), note="分配方案异议处理中")
                c.ev("提存", D("2026-06-29"), amount=139130.44, cp=Y["name"],
                     note="申请执行人提出反对意见，异议人已提起分配方案异议之诉，提存争议债权相应款项")
        distribution(c, item, 900000, proceeds, creditors, plan, served, pay_, False, seize, extra=extra)
        fp_finish(c, creditors, pay_, True, Z=pwd(add_months(F, 7) + days(5)))
        why = {"early": "分配方案 05-25 送达，06-03 即发放（异议期15日未届满）",
               "objection_no_notice": "债权人06-05提出异议，未通知其他债权人及被执行人即于06-16按原方案发放",
               "day16": "分配方案 05-27 送达，异议期至 06-11 届满，06-12 发放",
               "tiqun": "异议已通知各方，异议之诉期间提存争议款项，其余款项发放"}[how]
        expect(r, c, exp, why, B[r])


def p_collusion():
    r = "XS-COLLUSION"
    # fire 1: third-party company of which the debtor is the 60% shareholder; 8-day 调解; 参与分配
    deb = person("0683")
    T = company("0683", word="贸易")
    COMPANY_REG.append({"p": deb, "co": T, "role": "股东", "start": D("2018-05-10"), "end": None})
    EQUITY.append({"p": deb, "co": T, "amount": 600000, "share": "60%", "start": D("2018-05-10")})
    A = person("0683")
    a = simple("0683", D("2026-06-01"), app=A, deb=deb, claim=1000000)
    opening(a)
    item = "房产 " + house(deb, "0683", 1200000)
    a.ev("查封", D("2026-06-10"), end=D("2029-06-09"), item=item, value=1200000)
    a.ev("评估", D("2026-08-03"), item=item, value=1200000)
    t = Case("0683", D("2026-07-08"), "买卖合同纠纷", T, [deb], 900000, basis_type="调解书",
             basis=basis_no("0683", 2026, "民初"))
    t.ev("应诉通知", D("2026-06-24"), note="被告签收应诉通知书")
    opening(t, basis_date=D("2026-07-02"))
    a.ev("参与分配", D("2026-07-15"), cp=T["name"], cp_id=T["id"], amount=900000, note="依据%s申请参与分配" % t.basis)
    expect(r, t, "fire", "被执行人持股60%的公司在对方查封后起诉，8日内调解结案，申请参与分配90万元（查封房产75%）", B[r])
    # fire 2: person sharing address/phone with debtor; arbitration in 10 days; 案外人异议 claiming priority
    deb = person("0681")
    T = person("0681", addr=deb["addr"], phone=deb["phone"])
    A = company("0681", word="五金")
    a = simple("0681", D("2026-06-15"), cause="买卖合同纠纷", app=A, deb=deb, claim=700000)
    opening(a)
    item = "房产 " + house(deb, "0681", 900000)
    a.ev("查封", D("2026-06-23"), end=D("2029-06-22"), item=item, value=900000)
    a.ev("评估", D("2026-08-14"), item=item, value=900000)
    t = Case("0681", D("2026-07-27"), "民间借贷纠纷", T, [deb], 600000, basis_type="仲裁裁决")
    t.ev("应诉通知", D("2026-07-10"), note="仲裁委员会送达仲裁通知，被申请人放弃答辩")
    opening(t, basis_date=D("2026-07-20"))
    a.ev("案外人异议", D("2026-08-06"), cp=T["name"], cp_id=T["id"], amount=600000,
         item=item, note="案外人主张对查封房产享有优先受偿权（依据%s）" % t.basis)
    expect(r, t, "fire", "与被执行人同住址同电话者，查封后10日内取得仲裁裁决，对查封房产提出案外人异议主张优先权（60万/90万）", B[r])
    # miss 1: unrelated supplier, contested judgment after 5 months, claim 20% of asset
    deb = person("0604")
    T = company("0604", word="化纤")
    A = person("0604")
    a = simple("0604", D("2026-06-08"), app=A, deb=deb, claim=800000)
    opening(a)
    item = "房产 " + house(deb, "0604", 1000000)
    a.ev("查封", D("2026-06-16"), end=D("2029-06-15"), item=item, value=1000000)
    a.ev("评估", D("2026-08-10"), item=item, value=1000000)
    t = Case("0604", D("2026-06-29"), "买卖合同纠纷", T, [deb], 200000, basis_type="判决书")
    t.ev("应诉通知", D("2025-12-01"), note="被告应诉答辩，经开庭审理")
    opening(t, basis_date=D("2026-05-15"))
    a.ev("参与分配", D("2026-07-06"), cp=T["name"], cp_id=T["id"], amount=200000, note="依据%s申请参与分配" % t.basis)
    expect(r, t, "miss", "无关联的供货商，判决经5个半月审理，参与分配20万（查封房产20%）", B[r])
    # miss 2: related (same address), but long contested judgment, own seizure of another asset, earlier
    deb = person("0683")
    T = person("0683", addr=deb["addr"], phone=make_phone())
    t = Case("0683", D("2026-06-22"), "民间借贷纠纷", T, [deb], 150000, basis_type="判决书")
    t.ev("应诉通知", D("2025-11-20"), note="被告到庭应诉，对借款金额有争议")
    opening(t, basis_date=D("2026-06-05"))
    car = vehicle(deb)
    t.ev("查封", D("2026-06-29"), end=D("2028-06-28"), item=car, value=120000)
    t.ev("扣押", D("2026-07-08"), end=D("2028-06-28"), item=car, value=120000, note="车辆已实际扣押")
    t.ev("评估", D("2026-08-05"), item=car, value=120000)
    A = person("0683")
    a = simple("0683", D("2026-07-13"), app=A, deb=deb, claim=500000)
    opening(a)
    item = "房产 " + house(deb, "0683", 600000)
    a.ev("查封", D("2026-07-20"), end=D("2029-07-19"), item=item, value=600000)
    a.ev("评估", D("2026-09-02"), item=item, value=600000)
    expect(r, t, "miss", "申请人与被执行人同住址（亲属），但诉讼经6个月对抗审理、判决结案，先于他案立案并自行扣押另一车辆，未参与分配/未提异议", B[r])


def p_judge_outlier():
    r = "JUDGE-OUTLIER"
    code = "0683"
    starts = ["2025-03-03", "2025-04-07", "2025-06-09", "2025-09-01", "2025-11-10"]
    for s in starts:
        F = D(s)
        c = bg_case(code, F, judge=OUTLIER_JUDGE)
        opening(c)
        Z = pwd(add_months(F, 3) + days(R.randint(6, 14)))
        assert Z > add_months(F, 3)
        zb_chain(c, Z)
        expect(r, c, "fire", "承办人%s：5件终本均在立案后3个月零数日即终本（同院其他承办人一般7个月以上）" % OUTLIER_JUDGE, B[r])
    # two ordinary cases of the outlier judge, paid in full (background for this judge)
    for s in ["2025-05-12", "2026-02-02"]:
        c = bg_case(code, D(s), judge=OUTLIER_JUDGE)
        opening(c)
        finish(c, pay(c, wd(c.notice + days(20)), c.claim) + days(2))
    # misses: one early 终本 each for two ordinary judges
    for code, judge, s in [("0683", JUDGES["0683"][2], "2025-05-06"), ("0681", JUDGES["0681"][0], "2025-07-07")]:
        F = D(s)
        c = bg_case(code, F, judge=judge)
        opening(c)
        Z = pwd(add_months(F, 3) + days(10))
        zb_chain(c, Z)
        expect(r, c, "miss", "承办人%s 仅此1件提前终本，其余终本均在7个月以上（比例不异常）" % judge, B[r])


def p_priority():
    r = "PRIORITY-GROUP"
    # fire 1: migrant worker wages, 终本 unpaid, late notice
    w = person("0683", area="522401", born=D("1979-08-12"))
    deb = company("0683", word="建设")
    c = Case("0683", D("2025-06-09"), "追索劳动报酬纠纷", w, [deb], 46800, basis_type="仲裁裁决")
    c.basis = "嵊劳人仲案字（2025）第%d号" % R.randint(100, 400)
    opening(c, notice_gap=16)
    zb_chain(c, pwd(D("2026-02-13")))
    expect(r, c, "fire", "农民工追索劳动报酬（劳动仲裁裁决），终本未到位，另有执行通知迟发（16日）", B[r])
    # fire 2: applicant aged 72, 终本 unpaid, late notice
    old = person("0604", born=D("1954-05-10"))
    c = Case("0604", D("2025-05-12"), "民间借贷纠纷", old, [person("0604")], 120000)
    opening(c, notice_gap=15)
    zb_chain(c, D("2026-01-16"))
    expect(r, c, "fire", "申请执行人72周岁（老年人），终本未到位，另有执行通知迟发（15日）", B[r])
    # miss 1: wage case paid in full
    w = person("0681", area="511725", born=D("1985-02-20"))
    deb = company("0681", word="袜业")
    c = Case("0681", D("2026-03-02"), "追索劳动报酬纠纷", w, [deb], 38600, basis_type="仲裁裁决")
    c.basis = "诸劳人仲案字（2026）第%d号" % R.randint(20, 200)
    opening(c)
    finish(c, pay(c, D("2026-03-20"), 38600, d_out=D("2026-03-25")) + days(1))
    expect(r, c, "miss", "劳动报酬案件已全额执行完毕，无任何待处理事项", B[r])
    # miss 2: applicant aged 59, otherwise like fire 2
    nearly = person("0683", born=D("1967-03-01"))
    c = Case("0683", D("2025-05-19"), "民间借贷纠纷", nearly, [person("0683")], 110000)
    opening(c, notice_gap=15)
    zb_chain(c, D("2026-01-23"))
    expect(r, c, "miss", "申请执行人59周岁（未满60），非劳动争议；终本未到位、执行通知迟发（同 fire 2，但不属特殊群体）", B[r])


def p_zb_invest():
    r = "ZB-INVEST"
    c = simple("0683", D("2025-07-07"))
    opening(c, query=False)
    zb_chain(c, D("2026-03-16"), requery=False)
    expect(r, c, "fire", "终本前从未进行网络执行查控（仅现场调查）", B[r])
    c = simple("0604", D("2025-08-04"))
    opening(c, query=False)
    c.ev("网络查控", D("2025-08-07"), item="存款", result="未发现可供执行财产")
    zb_chain(c, D("2026-04-20"), requery=False)
    c.events[-1]  # noqa
    expect(r, c, "fire", "网络查控仅查询存款，未查车辆、不动产、证券", B[r])
    c = simple("0681", D("2025-08-11"))
    opening(c)
    zb_chain(c, D("2026-04-27"), requery=False)
    c.ev("网络查控", D("2026-02-06"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "miss", "最后一次总对总查控在终本前80日（3个月内），已现场调查", B[r])
    c = simple("0683", D("2025-09-01"))
    opening(c)
    c.ev("悬赏申请", D("2025-11-03"))
    c.ev("悬赏决定", D("2025-11-07"), result="不准许", note="申请人未预交悬赏金")
    zb_chain(c, D("2026-05-18"))
    expect(r, c, "miss", "悬赏申请4日内已决定（不准许），查控、现场调查均已完成", B[r])


def p_zb_hearing():
    r = "ZB-HEARING"
    c = simple("0683", D("2025-08-18"))
    opening(c)
    zb_chain(c, D("2026-04-13"), hearing=False)
    expect(r, c, "fire", "终本前无告知/听取意见记录，无申请执行人签字确认，无合议庭审查及院长批准", B[r])
    c = simple("0681", D("2025-09-08"))
    opening(c)
    zb_chain(c, D("2026-05-11"), hearing=False)
    c.ev("终本前告知申请人", D("2026-04-28"), note="申请执行人不同意终本")
    c.ev("合议庭评议", D("2026-05-06"))
    expect(r, c, "fire", "申请执行人不同意、未签字确认；仅有合议庭评议，无院长批准", B[r])
    c = simple("0604", D("2025-09-15"))
    opening(c)
    zb_chain(c, D("2026-05-18"), style="note_panel")
    c.events = [e for e in c.events if e["kind"] != "终本前告知申请人"]
    [e for e in c.events if e["kind"] == "终本"][0]["note"] = \
        "终本前已告知申请执行人执行情况、财产调查措施及终本法律后果并听取意见，申请执行人不同意；经合议庭审查核实，报院长批准"
    expect(r, c, "miss", "告知、合议庭审查、院长批准只记载在终本事件备注中", B[r])
    c = simple("0683", D("2025-10-13"))
    opening(c)
    zb_chain(c, D("2026-06-15"), style="rows_sign")
    expect(r, c, "miss", "有终本前告知记录且申请执行人签字确认（无合议庭亦合法）", B[r])


def sale_case(code, F, claim, value, kind, notice, announce, start, expect_args):
    c = simple(code, F, claim=claim)
    opening(c)
    if kind == "不动产":
        item = "房产 " + house(c.debtor, code, value)
        c.ev("查封", wd(F + days(7)), end=wd(F + days(7)) + days(1094), item=item, value=value)
    else:
        item = vehicle(c.debtor)
        s = wd(F + days(7))
        c.ev("查封", s, end=s + days(729), item=item, value=value)
        c.ev("扣押", wd(s + days(6)), end=s + days(729), item=item, value=value, note="车辆已实际扣押")
    c.ev("评估", wd(F + days(25)), item=item, value=value)
    buyer = person(code)
    price = round(value * 0.8, -2)
    deal = round(price * 1.1, -2)
    auction_round(c, item, 1, notice, announce, start, price, value, "成交", buyer, deal)
    d_in = wd(start + days(10))
    c.ev("案款到账", d_in, amount=deal, note="拍卖成交款")
    d_out = wd(d_in + days(8))
    c.ev("案款发放", d_out, amount=min(deal, claim), cp=c.applicant["name"])
    if deal > claim:
        c.ev("案款发放", d_out, amount=round(deal - claim, 2), cp=c.debtor["name"], note="余款退还被执行人")
    c.ev("解封", wd(d_out + days(2)), item=item)
    transfer(item, buyer, wd(d_out + days(12)))
    finish(c, wd(d_out + days(4)), paid=min(deal, claim))
    c.claim = claim
    expect(*expect_args(c))
    return c


def p_cz_procedure():
    r = "CZ-PROCEDURE"
    sale_case("0683", D("2026-01-05"), 450000, 600000, "不动产", D("2026-02-02"), must_workday(D("2026-02-09")),
              D("2026-03-02"), lambda c: (r, c, "fire", "不动产首次拍卖公告 02-09，03-02 开拍（21日 < 30日）", B[r]))
    sale_case("0604", D("2026-01-12"), 380000, 520000, "不动产", must_workday(D("2026-02-26")),
              must_workday(D("2026-02-27")), D("2026-04-03"),
              lambda c: (r, c, "fire", "拍卖通知 02-26 仅在公告 02-27 前1日送达（应提前3日）", B[r]))
    sale_case("0681", D("2026-02-02"), 350000, 480000, "不动产", D("2026-03-27"), must_workday(D("2026-04-07")),
              must_workday(D("2026-05-07")),
              lambda c: (r, c, "miss", "不动产首次拍卖公告 04-07，05-07 开拍（恰为30日）；通知早于公告11日", B[r]))
    sale_case("0683", D("2026-03-02"), 90000, 130000, "车辆", D("2026-04-08"), must_workday(D("2026-04-13")),
              must_workday(D("2026-04-28")),
              lambda c: (r, c, "miss", "动产（车辆）首次拍卖公告 04-13，04-28 开拍（恰为15日，动产适用15日）", B[r]))


def p_zb_property():
    r = "ZB-PROPERTY"
    c = simple("0683", D("2025-12-01"), claim=600000)
    opening(c)
    item = "房产 " + house(c.debtor, "0683", 850000)
    c.ev("查封", D("2025-12-08"), end=D("2028-12-07"), item=item, value=850000)
    zb_chain(c, D("2026-05-11"), reason="未发现其他可供执行财产", post=False)
    expect(r, c, "fire", "终本时名下无抵押房产仍在查封（评估价85万），未评估拍卖、无不能处置理由", B[r])
    c = simple("0681", D("2026-01-12"), claim=300000)
    opening(c)
    acct = deposit(c.debtor, 52000)
    c.ev("冻结", D("2026-01-20"), end=D("2027-01-19"), item="银行存款 %s" % acct, amount=52000, value=52000)
    zb_chain(c, D("2026-06-15"), post=False)
    expect(r, c, "fire", "终本时冻结存款52,000元未划拨", B[r])
    c = simple("0604", D("2025-11-10"), claim=500000)
    opening(c)
    item = "房产 " + house(c.debtor, "0604", 700000)
    c.ev("查封", D("2025-11-17"), end=D("2028-11-16"), item=item, value=700000, obstacle="唯一住房",
         note="被执行人及其所扶养家属生活所必需的唯一居住房屋")
    zb_chain(c, D("2026-04-20"), reason="查封房产系被执行人唯一住房，不得拍卖；未发现其他财产", post=False)
    expect(r, c, "miss", "查封房产为唯一住房（查封规定第四条：可以查封但不得拍卖），记录了不能处置理由", B[r])
    c = simple("0683", D("2025-11-17"), claim=350000)
    opening(c)
    item = "房产 " + house(c.debtor, "0683", 900000)
    c.ev("查封", D("2025-11-24"), end=D("2028-11-23"), item=item, value=900000, priority=1000000,
         note="该房产设有抵押，抵押债权本息约100万元")
    c.ev("评估", D("2026-01-12"), item=item, value=900000)
    zb_chain(c, D("2026-04-27"), reason="查封房产抵押债权超过评估价，无剩余价值可供清偿", post=False)
    expect(r, c, "miss", "查封房产抵押债权100万元 ≥ 评估价90万元，净值为零", B[r])


def p_wrong_list():
    r = "XY-WRONG-LIST"
    minor = person("0683", born=D("2009-03-01"))
    c = Case("0683", D("2026-05-06"), "被继承人债务清偿纠纷", person("0683"), [minor], 80000)
    opening(c)
    c.ev("失信", D("2026-06-10"), item="失信规定第一条第（一）项")
    c.ev("限制消费", D("2026-06-10"), item=minor["name"])
    c.ev("网络查控", D("2026-09-14"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "fire", "被执行人2009-03-01出生，2026-06-10纳入失信时17周岁（未成年人）", B[r])
    c = simple("0681", D("2026-08-03"), claim=86000)
    opening(c)
    acct = deposit(c.debtor, 95000)
    c.ev("冻结", D("2026-08-20"), end=D("2027-08-19"), item="银行存款 %s" % acct, amount=90000, value=90000)
    c.ev("失信", D("2026-09-10"), item="失信规定第一条第（一）项 有履行能力而拒不履行")
    expect(r, c, "fire", "以第一条第（一）项纳入失信，但已冻结存款9万元足以清偿8.6万元（失信规定第三条第（二）项）", B[r])
    adult = person("0604", born=D("2008-06-01"))
    c = Case("0604", D("2026-05-06"), "机动车交通事故责任纠纷", person("0604"), [adult], 75000)
    opening(c)
    c.ev("失信", D("2026-06-10"), item="失信规定第一条第（一）项")
    c.ev("限制消费", D("2026-06-10"), item=adult["name"])
    c.ev("网络查控", D("2026-09-15"), item=ALL_CHANNELS, result="未发现可供执行财产")
    expect(r, c, "miss", "被执行人2008-06-01出生，2026-06-10纳入失信时已满18周岁", B[r])
    c = simple("0683", D("2026-08-10"), claim=86000)
    opening(c)
    acct = deposit(c.debtor, 31000)
    c.ev("冻结", D("2026-08-24"), end=D("2027-08-23"), item="银行存款 %s" % acct, amount=30000, value=30000)
    c.ev("失信", D("2026-09-14"), item="失信规定第一条第（一）项 有履行能力而拒不履行")
    expect(r, c, "miss", "已冻结3万元不足清偿8.6万元，第一条第（一）项纳入不受第三条限制", B[r])


def p_travel():
    r = "JZ-TRAVEL"
    specs = [("fire", "航空", "MU5341", "经济舱", "杭州", "成都", D("2026-07-18")),
             ("fire", "铁路", "G7512", "二等座", "绍兴北", "上海虹桥", D("2026-09-05")),
             ("miss", "铁路", "D3125", "二等座", "嵊州新昌", "温州南", D("2026-08-22")),
             ("miss", "航空", "CA1707", "经济舱", "杭州", "北京首都", None)]
    for k, (exp, mode, no, seat, frm, to, when) in enumerate(specs):
        code = ["0683", "0604", "0681", "0683"][k]
        c = simple(code, [D("2025-08-04"), D("2025-08-11"), D("2025-08-18"), D("2025-09-01")][k])
        opening(c)
        xx = wd(c.filing + days(14))
        c.ev("失信", xx, item="失信规定第一条第（一）项")
        zb_chain(c, pwd(add_months(c.filing, 8)))
        # move 限消 to the same day as 失信
        for e in c.events:
            if e["kind"] == "限制消费":
                e["date"] = xx
        if when is None:
            when = xx - days(1)
        TRAVEL.append({"p": c.debtor, "mode": mode, "no": no, "seat": seat, "from": frm, "to": to, "date": when})
        why = {0: "限制消费（%s）后乘坐飞机 %s（%s）" % (xx, no, when),
               1: "限制消费（%s）后乘坐G字头列车 %s %s（%s）" % (xx, no, seat, when),
               2: "限制消费后乘坐D字头动车二等座（限消规定第三条第（九）项只禁其他动车组一等以上座位）",
               3: "乘机日 %s 在限制消费令（%s）前一日" % (when, xx)}[k]
        expect(r, c, exp, why, B[r])


def p_serial_lender():
    r = "XS-SERIAL-LENDER"
    L = person("0683", born=D("1976-04-18"))
    dates = ["2024-12-02", "2025-02-10", "2025-04-14", "2025-06-16", "2025-08-11", "2025-10-13", "2025-12-15",
             "2026-02-09", "2026-04-13", "2026-06-08"]
    for i, s in enumerate(dates):
        F = D(s)
        c = simple("0683", F, cause="民间借贷纠纷", app=L, claim=R.randint(5, 30) * 10000,
                   basis_type=R.choice(["判决书", "调解书"]))
        opening(c)
        if i % 2 == 0 and F < D("2026-01-01"):
            zb_chain(c, pwd(add_months(F, 8)))
        else:
            finish(c, pay(c, wd(c.notice + days(R.randint(10, 40))), c.claim) + days(2))
        expect(r, c, "fire", "同一自然人出借人18个月内在同一法院申请执行民间借贷案件10件（不同借款人）", B[r])
    M = person("0681", born=D("1981-09-09"))
    for s in ["2025-03-10", "2025-10-20", "2026-05-11"]:
        c = simple("0681", D(s), cause="民间借贷纠纷", app=M, claim=R.randint(5, 20) * 10000)
        opening(c)
        finish(c, pay(c, wd(c.notice + days(R.randint(10, 30))), c.claim) + days(2))
        expect(r, c, "miss", "同一出借人2年内3件民间借贷，远未达到反复出借的程度", B[r])
    X = company("0604", word="小额贷款股份", suffix="有限公司")
    for s in ["2025-04-07", "2025-07-14", "2025-11-03", "2026-03-09"]:
        c = simple("0604", D(s), cause="小额借款合同纠纷", app=X, claim=R.randint(3, 15) * 10000)
        opening(c)
        finish(c, pay(c, wd(c.notice + days(R.randint(10, 30))), c.claim) + days(2))
        expect(r, c, "miss", "持牌小额贷款公司（金融借款类），非民间借贷", B[r])


def p_xj6():
    r = "XJ-6MONTH"

    def prop_case(code, F, kind="不动产"):
        c = simple(code, F, claim=700000)
        opening(c)
        if kind == "不动产":
            item = "房产 " + house(c.debtor, code, 900000)
            s = wd(F + days(14))
            c.ev("查封", s, end=s + days(1094), item=item, value=900000)
        else:
            item = vehicle(c.debtor)
            s = wd(F + days(12))
            c.ev("查封", s, end=s + days(729), item=item, value=260000)
            c.ev("扣押", wd(s + days(5)), end=s + days(729), item=item, value=260000, note="车辆已实际扣押")
            c.claim = 200000
        c.ev("评估", wd(s + days(50)), item=item, value=900000 if kind == "不动产" else 260000)
        return c, item

    c, item = prop_case("0683", D("2026-03-02"))
    c.ev("拍卖通知", D("2026-10-14"), item=item)
    c.ev("拍卖公告", D("2026-10-20"), end=D("2026-11-25"), item=item, price=720000, value=900000, round=1,
         platform="淘宝网司法拍卖平台", amount=72000)
    expect(r, c, "fire", "有查封房产可供执行，立案 03-02 至今逾8个月未执结，无延长期限审批", B[r])
    c, item = prop_case("0681", D("2026-04-08"), kind="车辆")
    c.ev("拍卖通知", D("2026-10-27"), item=item)
    c.ev("拍卖公告", D("2026-11-02"), end=D("2026-11-20"), item=item, price=208000, value=260000, round=1,
         platform="京东司法拍卖平台", amount=20800)
    expect(r, c, "fire", "有扣押车辆可供执行，立案 04-08 至今逾7个月，无延长期限审批", B[r])
    c, item = prop_case("0604", D("2026-03-05"))
    c.ev("延长期限批准", D("2026-08-28"), end=D("2027-03-05"), note="院长批准延长执行期限六个月（期限届满前8日申请）")
    c.ev("拍卖通知", D("2026-10-12"), item=item)
    c.ev("拍卖公告", D("2026-10-16"), end=D("2026-11-23"), item=item, price=720000, value=900000, round=1,
         platform="人民法院诉讼资产网", amount=72000)
    expect(r, c, "miss", "逾6个月但已于届满前（08-28）经院长批准延长执行期限", B[r])
    c, item = prop_case("0683", D("2026-05-20"))
    expect(r, c, "miss", "立案 05-20，至今5个月26日，未满6个月", B[r])
    c, item = prop_case("0681", D("2026-04-01"))
    c.ev("中止", D("2026-05-06"), end=D("2026-07-06"), note="案外人异议审查期间中止执行")
    c.ev("恢复执行", D("2026-07-06"))
    expect(r, c, "miss", "立案 04-01 至今7.5个月，扣除中止期间（05-06至07-06，61日）后不足6个月", B[r])


def p_reauction():
    r = "CZ-REAUCTION-30D"

    def base(code, F, value, claim):
        c = simple(code, F, claim=claim)
        opening(c)
        item = "房产 " + house(c.debtor, code, value)
        s = wd(F + days(7))
        c.ev("查封", s, end=s + days(1094), item=item, value=value)
        c.ev("评估", wd(F + days(21)), item=item, value=value)
        return c, item

    def sold(c, item, value, price2, notice2, ann2, start2):
        buyer = person(c.code)
        auction_round(c, item, 2, notice2, ann2, start2, price2, value, "成交", buyer, price2)
        d_in = wd(start2 + days(9))
        c.ev("案款到账", d_in, amount=price2, note="拍卖成交款")
        d_out = wd(d_in + days(8))
        c.ev("案款发放", d_out, amount=min(price2, c.claim), cp=c.applicant["name"])
        if price2 > c.claim:
            c.ev("案款发放", d_out, amount=price2 - c.claim, cp=c.debtor["name"], note="余款退还被执行人")
        c.ev("解封", wd(d_out + days(2)), item=item)
        transfer(item, buyer, wd(d_out + days(12)))
        if price2 < c.claim:
            d_out = pay(c, wd(d_out + days(6)), c.claim - price2)
        finish(c, wd(d_out + days(4)))

    c, item = base("0683", D("2025-12-01"), 700000, 500000)
    auction_round(c, item, 1, D("2025-12-29"), D("2026-01-06"), D("2026-02-09"), 560000, 700000, "流拍")
    sold(c, item, 700000, 460000, None, must_workday(D("2026-03-30")), D("2026-04-20"))
    expect(r, c, "fire", "02-10 流拍，03-30 才发布再次拍卖公告（48日 > 30日）", B[r])
    c, item = base("0604", D("2026-01-12"), 800000, 600000)
    auction_round(c, item, 1, D("2026-04-08"), D("2026-04-13"), D("2026-05-19"), 640000, 800000, "流拍")
    c.ev("延长期限批准", D("2026-07-01"), end=D("2027-01-12"), note="院长批准延长执行期限")
    expect(r, c, "fire", "05-20 流拍后至今未再次拍卖、变卖或以物抵债（179日）", B[r])
    c, item = base("0681", D("2026-01-05"), 600000, 450000)
    auction_round(c, item, 1, D("2026-01-29"), D("2026-02-05"), D("2026-03-09"), 480000, 600000, "流拍")
    assert period_end(D("2026-03-10"), 30) == D("2026-04-09")
    sold(c, item, 600000, 400000, None, must_workday(D("2026-04-09")), D("2026-04-27"))
    expect(r, c, "miss", "03-10 流拍，04-09 发布再次拍卖公告（恰为第30日）", B[r])
    c, item = base("0683", D("2026-02-02"), 500000, 400000)
    auction_round(c, item, 1, D("2026-03-27"), D("2026-04-07"), D("2026-06-08"), 400000, 500000, "流拍")
    c.ev("以物抵债", D("2026-06-18"), item=item, cp=c.applicant["name"], cp_id=c.applicant["id"],
         result="申请执行人同意", note="申请执行人申请以流拍保留价40万元抵债，裁定以物抵债")
    c.ev("解封", D("2026-06-25"), item=item, note="以物抵债后解除查封，协助过户")
    transfer(item, c.applicant, D("2026-07-10"))
    finish(c, D("2026-06-30"), paid=400000)
    expect(r, c, "miss", "06-09 流拍，06-18 申请执行人接受以物抵债，无需再次拍卖", B[r])


def p_paper_vehicle():
    r = "KZ-PAPER-VEHICLE"
    for k, (code, F, s, kou, exp, why) in enumerate([
            ("0683", "2026-05-25", "2026-06-01", None, "fire", "车辆 06-01 查封登记后至今167日未实际扣押、未查找车辆"),
            ("0604", "2026-06-08", "2026-06-15", None, "fire", "车辆 06-15 查封登记后至今153日未实际扣押"),
            ("0681", "2026-06-03", "2026-06-10", "2026-06-24", "miss", "车辆 06-10 查封，06-24 实际扣押"),
            ("0683", "2026-09-21", "2026-10-26", None, "miss", "车辆 10-26 才查封登记，距今20日，扣押在办理中")]):
        c = simple(code, D(F), claim=150000)
        opening(c)
        car = vehicle(c.debtor)
        c.ev("查封", D(s), end=D(s) + days(729), item=car, value=110000, note="在车辆管理部门办理查封登记")
        if kou:
            c.ev("扣押", D(kou), end=D(s) + days(729), item=car, value=110000, note="车辆已实际扣押")
            c.ev("评估", wd(D(kou) + days(30)), item=car, value=110000)
            c.ev("拍卖通知", D("2026-10-19"), item=car)
            c.ev("拍卖公告", D("2026-10-23"), end=D("2026-11-23"), item=car, price=88000, value=110000, round=1,
                 platform="淘宝网司法拍卖平台", amount=8800)
        else:
            c.ev("网络查控", pwd(D(s) - days(4)), item=ALL_CHANNELS, result="发现：车辆 %s" % car.split()[-1])
            c.ev("网络查控", pwd(TODAY - days(20 + k)), item=ALL_CHANNELS, result="未发现其他可供执行财产")
        expect(r, c, exp, why, B[r])


# ================================================================ output
def fdate(d, style):
    if d is None:
        return ""
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    return d.isoformat()


def fmoney(x, style="comma"):
    if x is None or x == "":
        return ""
    x = float(x)
    if style == "wan" and round(x) % 100 == 0:
        w = x / 10000
        s = ("%.2f" % w).rstrip("0").rstrip(".")
        return s + "万元"
    return "{:,.2f}".format(x)


def write_csv(path, header, rows, enc="utf-8", title=None):
    with open(path, "w", encoding=enc, newline="") as f:
        w = csv.writer(f)
        if title:
            w.writerow([title] + [""] * (len(header) - 1))
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def main(out):
    os.makedirs(out, exist_ok=True)
    n_bg_start = len(CASES)
    background()
    n_bg = len(CASES) - n_bg_start
    for f in [p_report_sanction, p_clue, p_related_buyer, p_fp_order, p_collusion, p_judge_outlier, p_priority,
              p_fp_plan, p_zb_invest, p_zb_hearing, p_cz_procedure, p_zb_property, p_wrong_list, p_travel,
              p_serial_lender, p_xj6, p_reauction, p_paper_vehicle]:
        f()
    assign_numbers()
    EXPECTED[:] = [(r, c.no, e, w, b) for r, c, e, w, b in EXPECTED]
    nos = [c.no for c in CASES]
    assert len(nos) == len(set(nos))
    for c in CASES:
        for e in c.events:
            assert e["date"] <= TODAY, (c.no, e)
            assert e["date"] >= c.filing - days(400), (c.no, e)

    # ---- ledgers
    utf_rows, gbk_rows = [], []
    for c in CASES:
        debt_names = "、".join(d["name"] for d in c.debtors)
        debt_ids = "、".join(d["id"] for d in c.debtors)
        if c.code == "0604":
            ms = "wan" if R.random() < 0.7 else "comma"
            gbk_rows.append([c.no, fdate(c.filing, "cn"), fdate(c.closing, "cn"), c.method, c.cause,
                             c.applicant["name"], c.applicant["id"], debt_names, debt_ids,
                             fmoney(c.claim, ms), fmoney(c.paid, ms) if c.closing else fmoney(c.paid or 0, ms),
                             c.basis, c.judge, c.zb_reason, COURTS[c.code]])
        else:
            utf_rows.append([c.no, fdate(c.filing, "iso"), fdate(c.closing, "iso"), c.method, c.cause,
                             c.applicant["name"], c.applicant["id"], debt_names, debt_ids,
                             fmoney(c.claim), fmoney(c.paid or 0), c.basis, c.judge, c.zb_reason, COURTS[c.code]])
    write_csv(os.path.join(out, "ledger.csv"),
              ["案号", "立案日期", "结案日期", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人",
               "被执行人证件号码", "申请执行标的金额(元)", "实际到位金额(元)", "执行依据", "承办人", "终本理由", "执行法院"],
              utf_rows)
    write_csv(os.path.join(out, "ledger_gbk.csv"),
              ["执行案号", "收案日期", "结案时间", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人",
               "证件号码", "标的金额", "到位金额", "执行依据文号", "执行法官", "终本理由", "法院"],
              gbk_rows, enc="gbk", title="绍兴市上虞区人民法院执行案件台账（2024年9月—2026年10月，报送检察机关）")

    # ---- events
    cols = [("kind", "事件类型"), ("date", "日期"), ("end", "到期日"), ("item", "标的物"), ("amount", "金额"),
            ("value", "评估价"), ("price", "起拍价"), ("deal", "成交价"), ("cp", "买受人"), ("cp_id", "买受人证件号"),
            ("round", "轮次"), ("platform", "拍卖平台"), ("priority", "优先债权"), ("indivisible", "不可分物"),
            ("obstacle", "处置障碍"), ("result", "结果"), ("note", "备注")]
    money = {"amount", "value", "price", "deal", "priority"}
    rows = []
    for c in CASES:
        for e in sorted(c.events, key=lambda e: e["date"]):
            row = [c.no]
            for k, _ in cols:
                v = e.get(k, "")
                if k in ("date", "end"):
                    v = fdate(v, c.style) if v else ""
                elif k in money:
                    v = fmoney(v) if v not in ("", None) else ""
                row.append(v)
            rows.append(row)
    write_csv(os.path.join(out, "events.csv"), ["案号"] + [h for _, h in cols], rows)

    # ---- registry
    write_csv(os.path.join(out, "registry_户籍.csv"), ["姓名", "身份证号", "住址", "联系电话", "死亡日期"],
              [[p["name"], p["id"], p["addr"], p["phone"], ""] for p in PERSONS])
    write_csv(os.path.join(out, "registry_不动产.csv"),
              ["权利人", "证件号码", "坐落", "不动产权证号", "评估价值", "登记日期", "转移日期", "受让人", "受让人证件号"],
              [[h["p"]["name"], h["p"]["id"], h["loc"], h["cert"], fmoney(h["value"]), fdate(h["start"], "iso"),
                fdate(h["end"], "iso"), h["to"]["name"] if h["to"] else "", h["to"]["id"] if h["to"] else ""]
               for h in REALESTATE])
    write_csv(os.path.join(out, "registry_车辆.csv"),
              ["所有人", "身份证号", "号牌号码", "车辆识别代号", "登记日期", "转移日期", "受让人", "受让人证件号"],
              [[v["p"]["name"], v["p"]["id"], v["plate"], v["vin"], fdate(v["start"], "iso"), fdate(v["end"], "iso"),
                v["to"]["name"] if v["to"] else "", v["to"]["id"] if v["to"] else ""] for v in VEHICLES])
    write_csv(os.path.join(out, "registry_存款.csv"), ["户名", "证件号码", "开户行", "账号", "余额", "开户日期"],
              [[x["p"]["name"], x["p"]["id"], x["bank"], x["acct"], fmoney(x["bal"]), fdate(x["start"], "iso")]
               for x in DEPOSITS])
    eq = list(EQUITY)
    for x in COMPANY_REG[:40]:
        if x["role"] == "法定代表人" and x["end"] is None and R.random() < 0.5:
            eq.append({"p": x["p"], "co": x["co"], "amount": R.randint(10, 200) * 10000, "share": "%d%%" % R.choice(
                [51, 60, 70, 100]), "start": x["start"]})
    write_csv(os.path.join(out, "registry_股权.csv"), ["股东", "证件号码", "企业名称", "认缴出资额", "持股比例", "登记日期"],
              [[x["p"]["name"], x["p"]["id"], x["co"]["name"], fmoney(x["amount"]), x["share"], fdate(x["start"], "iso")]
               for x in eq])
    write_csv(os.path.join(out, "registry_企业登记.csv"),
              ["人员姓名", "证件号码", "企业名称", "企业信用代码", "职务", "任职日期", "离任日期"],
              [[x["p"]["name"], x["p"]["id"], x["co"]["name"], x["co"]["id"], x["role"], fdate(x["start"], "iso"),
                fdate(x["end"], "iso")] for x in COMPANY_REG])
    # travel: planted rows plus lawful trips of applicants (not restricted)
    apps = [c.applicant for c in CASES if c.applicant["kind"] == "p"]
    for p in R.sample(apps, 25):
        if R.random() < 0.5:
            TRAVEL.append({"p": p, "mode": "航空", "no": R.choice(["MU5341", "CA1707", "HU7605", "ZH9561"]),
                           "seat": "经济舱", "from": "杭州", "to": R.choice(["北京首都", "深圳", "成都", "西安"]),
                           "date": rand_date("2025-03-01", "2026-10-30")})
        else:
            TRAVEL.append({"p": p, "mode": "铁路", "no": R.choice(["G7512", "G1234", "D3125", "G7366"]),
                           "seat": "二等座", "from": "绍兴北", "to": R.choice(["上海虹桥", "杭州东", "南京南"]),
                           "date": rand_date("2025-03-01", "2026-10-30")})
    write_csv(os.path.join(out, "registry_出行.csv"),
              ["旅客姓名", "旅客证件号", "交通方式", "航班号", "舱位", "出发地", "到达地", "出行日期"],
              [[t["p"]["name"], t["p"]["id"], t["mode"], t["no"], t["seat"], t["from"], t["to"], fdate(t["date"], "iso")]
               for t in TRAVEL])

    # ---- expected + planted.md
    with open(os.path.join(out, "expected.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("rule\tcase_no\texpect\twhy\n")
        for rule, no, exp, why, _ in EXPECTED:
            f.write("%s\t%s\t%s\t%s\n" % (rule, no, exp, why.replace("\t", " ")))
    by = {}
    for rule, no, exp, why, basis in EXPECTED:
        by.setdefault(rule, []).append((no, exp, why, basis))
    with open(os.path.join(out, "planted.md"), "w", encoding="utf-8") as f:
        f.write("# Planted cases (set B)\n\nScreening date 2026-11-15. %d background cases, %d planted rows.\n\n"
                % (n_bg, len(EXPECTED)))
        f.write("| rule | fire | miss |\n|---|---|---|\n")
        for rule, rows_ in by.items():
            f.write("| %s | %d | %d |\n" % (rule, sum(1 for r in rows_ if r[1] == "fire"),
                                          sum(1 for r in rows_ if r[1] == "miss")))
        for rule, rows_ in by.items():
            f.write("\n## %s\n\n| case_no | expect | boundary tested | legal basis |\n|---|---|---|---|\n" % rule)
            for no, exp, why, basis in rows_:
                f.write("| %s | %s | %s | %s |\n" % (no, exp, why, basis))
    print("wrote %s: %d cases (%d background), %d events, %d expected rows" % (
        out, len(CASES), n_bg, len(rows), len(EXPECTED)))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
