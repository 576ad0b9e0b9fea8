"""In-memory model of the evaluation dataset: people, cases, events, registry rows."""
import datetime as dt
import random

from lawcal import D, add_days, add_months, roll, is_workday

TODAY = D(2026, 11, 15)

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def id_check(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def uscc_check(first17):
    return USCC[(31 - sum(USCC.index(c) * w for c, w in zip(first17, USCC_W)) % 31) % 31]


def org_check(first8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(ch) * x for ch, x in zip(first8, w)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def valid_id(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        D(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17]


def valid_uscc(s):
    return len(s) == 18 and all(c in USCC for c in s) and uscc_check(s[:17]) == s[17]


SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢傅钟姜崔谭陆汪范金石廖贾夏韦方邱侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌辉鹏飞宇浩然欣怡晨阳海燕雪梅春林峰波宁亮婷琳慧君凯健立新荣佳俊晓东雷云龙彬丹萍晶坤")
AREAS = ["330683", "330604", "330602", "330681", "330682", "330624", "330603", "330621"]
BRANDS = ["恒润", "嘉禾", "越州", "剡溪", "鼎泰", "瑞丰", "永昌", "华锦", "金涛", "宏达", "盛源", "东晟",
          "博远", "天顺", "和瑞", "明远", "锦程", "隆昌", "富春", "开元", "信诚", "丰茂", "泰和", "安澜",
          "新禾", "汇通", "德润", "同辉", "景明", "兴旺", "康宁", "卓越", "四明", "凤鸣", "青藤", "云帆",
          "远航", "精诚", "聚丰", "万象", "正泰", "合力", "晨光", "海川", "鸿运", "春晖", "金穗", "银杏"]
TRADES = ["纺织", "建材", "机械", "电器", "贸易", "建筑工程", "食品", "印染", "五金", "家具", "物流",
          "服饰", "包装", "化工", "电子科技", "园林绿化", "酒店管理", "汽车销售", "农业开发", "装饰工程"]
ROADS = ["剡湖街道", "三江街道", "鹿山街道", "浦口街道", "百官街道", "曹娥街道", "东关街道", "崧厦街道",
         "甘霖镇", "长乐镇", "崇仁镇", "黄泽镇"]
STREETS = ["人民路", "江滨路", "北直街", "东前街", "官河路", "鹿山路", "兴工路", "城南路", "嵊州大道",
           "市民大道", "锦绣路", "桥南路"]


class Party:
    def __init__(self, name, pid, kind, birth=None, addr=None, phone=None):
        self.name, self.id, self.kind, self.birth = name, pid, kind, birth
        self.addr, self.phone = addr, phone

    @property
    def is_company(self):
        return self.kind == "c"

    def __repr__(self):
        return f"{self.name}({self.id})"


SYN = {"执行通知书": "执行通知", "财产报告令": "报告财产令", "总对总查询": "网络查控", "点对点查询": "网络查控",
       "终本约谈": "终本前告知申请人", "终本复查": "终本后查询", "执行款到账": "案款到账", "执行款发放": "案款发放",
       "限制消费令": "限制消费", "限高": "限制消费", "纳入失信名单": "失信", "解除查封": "解封", "解冻": "解封",
       "续行查封": "续封", "续冻": "续封", "中止执行": "中止", "执行和解": "和解", "网络司法拍卖": "拍卖"}


def canon(kind):
    return SYN.get(kind, kind)


class Event(dict):
    """kind, date and optional fields end item amount value price deal buyer buyer_id
    round platform priority indivisible obstacle result note."""


class Case:
    def __init__(self, no, court, typ, filing, applicant, debtors, claim, cause, judge,
                 basis, tag):
        self.no, self.court, self.typ, self.filing = no, court, typ, filing
        self.applicant, self.debtors, self.claim, self.cause = applicant, debtors, claim, cause
        self.judge, self.basis, self.tag = judge, basis, tag
        self.closing = None
        self.method = None
        self.paid = 0
        self.zb_reason = ""
        self.prior = ""
        self.events = []

    def ev(self, kind, date, **kw):
        e = Event(kind=kind, date=date)
        e.update({k: v for k, v in kw.items() if v is not None})
        self.events.append(e)
        return e

    def evs(self, *kinds):
        return sorted((e for e in self.events if canon(e["kind"]) in kinds), key=lambda e: e["date"])

    def first(self, *kinds):
        x = self.evs(*kinds)
        return x[0] if x else None

    def close(self, date, method, reason=""):
        self.closing, self.method, self.zb_reason = date, method, reason

    @property
    def is_zb(self):
        return self.method == "终结本次执行程序"

    @property
    def debtor(self):
        return self.debtors[0]


class World:
    def __init__(self, seed=20261115):
        self.r = random.Random(seed)
        self.names = set()
        self.ids = set()
        self.cases = []
        self.by_no = {}
        self.registry = {k: [] for k in ("不动产", "车辆", "股权", "存款", "出行", "企业登记", "户籍")}
        self.seq = {}
        self.addr_used = set()
        self.phone_used = set()
        self.plate_used = set()
        self.counter = 0

    # ---------- people ----------
    def _name(self, unique=True):
        r = self.r
        for _ in range(10000):
            n = r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))
            if not unique or n not in self.names:
                self.names.add(n)
                return n
        raise RuntimeError("names exhausted")

    def addr(self):
        while True:
            a = "浙江省嵊州市%s%s%d号%d幢%d室" % (self.r.choice(ROADS), self.r.choice(STREETS),
                                           self.r.randint(1, 399), self.r.randint(1, 30),
                                           self.r.randint(101, 2502))
            if a not in self.addr_used:
                self.addr_used.add(a)
                return a

    def phone(self):
        while True:
            p = "1%s%08d" % (self.r.choice(["35", "38", "39", "58", "59", "88", "37", "77"]),
                             self.r.randint(0, 99999999))
            if p not in self.phone_used:
                self.phone_used.add(p)
                return p

    def pid(self, birth, area=None, sex=None):
        area = area or self.r.choice(AREAS)
        while True:
            s = self.r.randint(1, 998)
            if sex == "m" and s % 2 == 0:
                s += 1
            if sex == "f" and s % 2 == 1:
                s += 1
            f17 = "%s%s%03d" % (area, birth.strftime("%Y%m%d"), s)
            x = f17 + id_check(f17)
            if x not in self.ids:
                self.ids.add(x)
                return x

    def person(self, name=None, birth=None, age=None, unique=True):
        if birth is None:
            if age is None:
                age = (24, 66)
            lo, hi = age
            birth = add_days(TODAY, -int(self.r.uniform(lo, hi) * 365.25))
        n = name or self._name(unique)
        if name:
            self.names.add(name)
        return Party(n, self.pid(birth), "p", birth, self.addr(), self.phone())

    def uscc(self, area="330683"):
        while True:
            org = "%08d" % self.r.randint(10000000, 99999999)
            org += org_check(org)
            f17 = "91" + area + org
            x = f17 + uscc_check(f17)
            if x not in self.ids:
                self.ids.add(x)
                return x

    def company(self, name=None, suffix="有限公司"):
        if name is None:
            for _ in range(10000):
                name = "%s%s%s%s" % (self.r.choice(["嵊州", "绍兴", "上虞", "浙江"]),
                                     self.r.choice(BRANDS), self.r.choice(TRADES), suffix)
                if name not in self.names:
                    break
        self.names.add(name)
        return Party(name, self.uscc(self.r.choice(["330683", "330604", "330600"])), "c",
                     None, self.addr(), "0575-8%07d" % self.r.randint(0, 9999999))

    def plate(self):
        while True:
            p = "浙D%s%04d" % (self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), self.r.randint(0, 9999))
            if p not in self.plate_used:
                self.plate_used.add(p)
                return p

    def vin(self):
        return "LS" + "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(15))

    def unique_token(self, prefix):
        self.counter += 1
        return "%s%05d" % (prefix, self.counter)

    # ---------- cases ----------
    def case_no(self, court, year, typ):
        code = {"A": "浙0683", "B": "浙0604"}[court]
        k = (court, year, typ)
        n = self.seq.get(k, self.r.randint(20, 90))
        n += self.r.randint(1, 9)
        self.seq[k] = n
        return "（%d）%s%s%d号" % (year, code, typ, n)

    def add_case(self, c):
        assert c.no not in self.by_no, c.no
        self.cases.append(c)
        self.by_no[c.no] = c
        return c

    def reg(self, kind, **row):
        self.registry[kind].append(row)
        return row


def wd(d):
    """First workday on or after d (court acts happen on workdays)."""
    return roll(d)


def fee(claim):
    """申请执行费 (诉讼费用交纳办法 第十四条)."""
    if claim is None or claim <= 0:
        return 50
    f = 50.0
    bands = [(10000, 500000, 0.015), (500000, 5000000, 0.01), (5000000, 10000000, 0.005),
             (10000000, float("inf"), 0.001)]
    for lo, hi, rate in bands:
        if claim > lo:
            f += (min(claim, hi) - lo) * rate
    return f
