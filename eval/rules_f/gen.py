#!/usr/bin/env python3
"""gen.py — writes the blind evaluation set eval/rules_f/data/ for the six money rules (ZJ-).

Standard library only, deterministic (seed 20261115, no clock).  Courts: 福建省泉州市 —
泉州市丰泽区人民法院 (闽0503), 晋江市人民法院 (闽0582), 石狮市人民法院 (闽0581) in ledger.csv (UTF-8),
南安市人民法院 (闽0583) in ledger_gbk.csv (GBK, title row, synonym headers).

Written only from docs/data-formats.md, the "Money rules" table of docs/rules.md, the shared legal brief and
the statute texts; see README.md.  Run:  cd eval/rules_f && /usr/bin/python3 gen.py
"""
import calendar
import csv
import datetime as dt
import io
import os
import random
import re
from collections import defaultdict

SEED = 20261115
TODAY = dt.date(2026, 11, 15)          # screening date the scorer sets; every date stays before it
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")
rng = random.Random(SEED)

# default parameters of the money rules (docs/rules.md, table "Money rules (ZJ-, bank statements)")
TO_SINGLE, TO_TOTAL, TO_PRE_ZB_DAYS = 50_000_00, 100_000_00, 180
CS_MIN_COUNT, CS_LOW, CS_LIMIT, CS_WINDOW = 3, 40_000_00, 50_000_00, 7
IN_MIN_MONTHS, IN_LOOKBACK_MONTHS, IN_AFTER_DAYS, IN_MIN = 3, 6, 90, 3_000_00
BZ_WINDOW, BZ_MIN = 30, 10_000_00
SP_MIN = 300_00
RT_DAYS, RT_RATIO, RT_MIN = 30, 0.80, 10_000_00


def D(s):
    return dt.date.fromisoformat(s)


def days(n):
    return dt.timedelta(days=n)


def add_months(x, n):
    y, m = divmod(x.month - 1 + n, 12)
    y += x.year
    m += 1
    return dt.date(y, m, min(x.day, calendar.monthrange(y, m)[1]))


# ----------------------------------------------------------------------------------------------------------
# identifiers (legal-brief §B.2, §B.3; domain.md §3)
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def id_valid(s):
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17]


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check(first17):
    return USCC[(31 - sum(USCC.index(c) * w for c, w in zip(first17, USCC_W)) % 31) % 31]


def org_check(first8):
    c = 11 - sum(int(ch, 36) * w for ch, w in zip(first8, ORG_W)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_valid(s):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}", s):
        return False
    return uscc_check(s[:17]) == s[17] and org_check(s[8:16]) == s[16]


# real area codes of 福建省 (行政区划代码) used for 身份证号 and 统一社会信用代码
FJ_AREAS = ["350102", "350103", "350104", "350111", "350121", "350181", "350203", "350205", "350206",
            "350211", "350212", "350302", "350303", "350322", "350502", "350503", "350504", "350505",
            "350521", "350524", "350525", "350526", "350581", "350582", "350583", "350602", "350623",
            "350702", "350802", "350902"]
QZ_AREAS = ["350502", "350503", "350504", "350505", "350521", "350524", "350525", "350526", "350581",
            "350582", "350583"]

COURTS = {
    "FZ": ("泉州市丰泽区人民法院", "闽0503", "350503", "泉州市丰泽区", "utf8"),
    "JJ": ("晋江市人民法院", "闽0582", "350582", "晋江市", "utf8"),
    "SS": ("石狮市人民法院", "闽0581", "350581", "石狮市", "utf8"),
    "NA": ("南安市人民法院", "闽0583", "350583", "南安市", "gbk"),
}

SURNAMES = list("陈林黄张吴王李郑刘蔡杨许洪庄苏施曾谢周叶柯傅卢龚董邱颜骆魏戴潘尤")
GIVEN = list("志伟明华建国文杰俊丽芳静秀玲海燕婷强军平辉鹏斌勇涛超敏艳霞红晓雪彬锋毅琳欣怡瑜嘉锦荣源泽宏坤鑫煌炜琪蓉萍惠清淑美宝金妹娜阳永春进福添水")
NAMES = set()
IDS = set()
PERSONS = []          # every person/organisation, party or not
BY_NAME = {}


def new_name():
    while True:
        n = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2, 2])))
        if n not in NAMES:
            NAMES.add(n)
            return n


def person(area=None, name=None):
    name = name or new_name()
    while True:
        a = area or rng.choice(FJ_AREAS)
        born = dt.date(1962, 1, 1) + days(rng.randrange(0, 28 * 365))
        f17 = a + born.strftime("%Y%m%d") + "%03d" % rng.randrange(1, 999)
        i = f17 + id_check(f17)
        if i not in IDS:
            IDS.add(i)
            break
    p = {"name": name, "id": i, "org": False}
    PERSONS.append(p)
    BY_NAME[name] = p
    return p


CO_A = list("澄鸿恒嘉瑞泓晟锦信宏启华永金海联翔德聚泰朗铭昱骏峰榕誉润弘鼎盛")
CO_B = list("岚鑫泰禾丰益达程诚远明晟隆帆川创宇源和辉耀航祥盈达邦安瀚")
INDUSTRY = ["鞋业", "服装", "石材", "贸易", "电子科技", "包装材料", "建材", "食品", "纺织", "机械", "陶瓷", "茶业",
            "物流", "五金", "卫浴", "印刷"]


def co_name(place):
    while True:
        w = rng.choice(CO_A) + rng.choice(CO_B)
        if w[0] == w[1]:
            continue
        n = "%s%s%s有限公司" % (place, w, rng.choice(INDUSTRY))
        if n not in NAMES and "航" not in n:
            NAMES.add(n)
            return n


def company(place, area, name=None):
    name = name or co_name(place)
    while True:
        org8 = "".join(rng.choice(USCC[:10] if k < 2 else USCC) for k in range(8))
        f17 = "91" + area + org8 + org_check(org8)
        u = f17 + uscc_check(f17)
        if u not in IDS:
            IDS.add(u)
            break
    p = {"name": name, "id": u, "org": True}
    PERSONS.append(p)
    BY_NAME[name] = p
    return p


# ----------------------------------------------------------------------------------------------------------
# non-party counterparties (never parties, never related to anybody)
FRIENDS = [new_name() for _ in range(260)]
OTHER_PLACES = ["厦门", "福州", "莆田", "漳州", "泉州"]
CUSTOMERS = [co_name(rng.choice(OTHER_PLACES)) for _ in range(40)]
EMPLOYERS = [co_name(rng.choice(OTHER_PLACES)) for _ in range(25)]
SMALL_SHOPS = ["泉州市佳禾便利店", "丰泽区鲜丰菜市场", "晋江市百顺生鲜超市", "石狮市惠民药房", "南安市好邻居便利店",
               "泉州市一品早餐店", "晋江市家家乐超市", "泉州市仁心药房", "石狮市鲜果园水果店", "南安市大众面馆",
               "泉州市晨光文具店", "晋江市乐购生活超市"]
UTILITIES = [("国网福建电力泉州供电公司", "电费"), ("中国移动福建公司", "话费"), ("泉州市自来水公司", "水费"),
             ("泉州燃气有限公司", "燃气费")]
TENANTS = [new_name() for _ in range(6)]

# words a background row must never carry (the SPEND keywords the spec names, plus likely list members)
SPEND_WORDS = ["航空", "机票", "飞机", "航班", "铁路", "火车", "高铁", "动车", "12306", "酒店", "宾馆", "度假", "旅游",
               "旅行", "高尔夫", "夜总会", "会所", "头等舱", "商务座", "轮船", "邮轮", "游艇", "景区", "温泉",
               "私立", "学校", "保险", "理财", "4S", "汽车", "房产", "装修", "写字楼"]
INCOME_WORDS = ["工资", "薪", "代发", "租金", "房租", "分红", "红利", "股息", "理赔", "保险", "年金", "养老金", "奖金",
                "劳务"]
CASH_WORDS = ["取现", "取款", "现金", "ATM"]

# ----------------------------------------------------------------------------------------------------------
CASES = []
CASE_BY_TAG = {}
LAST_MAIN = [None]
PLANTS = []
ENT_ROWS = []       # 企业登记
HOUSE_ROWS = []     # 不动产
DEPOSIT_ROWS = []   # 存款
RELATED = defaultdict(set)   # id -> {(other id, kind)}
LEGAL_REP = {}      # company id -> person
JUDGES = {k: [new_name() for _ in range(4)] for k in COURTS}
CAUSES = ["民间借贷纠纷", "买卖合同纠纷", "金融借款合同纠纷", "劳务合同纠纷", "租赁合同纠纷", "服务合同纠纷",
          "承揽合同纠纷", "追偿权纠纷"]


def new_case(tag, court, filing, debtor, applicant=None, close=None, method=None, claim=None, paid=0,
             basis_doc="判决书", cause=None, xx=None, xx_lift=None, heji=None, kind="background"):
    assert tag not in CASE_BY_TAG, tag
    assert filing < TODAY and (close is None or close < TODAY)
    if applicant is None:
        applicant = person(rng.choice(QZ_AREAS)) if rng.random() < 0.75 else \
            company(COURTS[court][3], COURTS[court][2])
    if claim is None:
        claim = rng.randrange(30_000, 600_000) * 100
    if kind == "background" and court == "NA":      # round hundreds, so that the GBK ledger can say 36.42万元
        claim, paid = claim // 100_00 * 100_00, (claim // 100_00 * 100_00 if paid == claim else paid)
    c = {"tag": tag, "court": court, "filing": filing, "close": close, "method": method, "debtor": debtor,
         "applicant": applicant, "claim": claim, "paid": paid, "basis_doc": basis_doc,
         "cause": cause or rng.choice(CAUSES), "judge": rng.choice(JUDGES[court]),
         "basis_eff": filing - days(rng.randrange(25, 80)), "xx": xx, "xx_lift": xx_lift, "heji": heji,
         "events": [], "kind": kind}
    CASES.append(c)
    CASE_BY_TAG[tag] = c
    if kind != "support":
        LAST_MAIN[0] = c
    return c


def relate(a, b, kind):
    RELATED[a["id"]].add((b["id"], kind))
    RELATED[b["id"]].add((a["id"], kind))


def ent(co, p, role, start, capital=None, share=None):
    ENT_ROWS.append({"co": co, "p": p, "role": role, "start": start, "capital": capital, "share": share})
    kind = {"法定代表人": "法定代表人", "股东": "股东", "监事": "监事", "经理": "高管", "董事": "高管",
            "财务负责人": "高管"}[role]
    relate(co, p, kind)
    if role == "法定代表人":
        LEGAL_REP[co["id"]] = p


def plant(rule, case, expect, boundary, basis):
    PLANTS.append({"rule": rule, "case": case, "expect": expect, "boundary": boundary, "basis": basis})
    case["kind"] = "planted"


# ----------------------------------------------------------------------------------------------------------
# bank accounts
ACCT_NOS = set()
ACCOUNTS = []
ACCT_OF = {}        # person id -> [accounts]
LAYOUT_BANK = {
    "cols": ("622202", ["中国工商银行泉州丰泽支行", "中国工商银行晋江分行营业部", "中国工商银行石狮支行"]),
    "kv": ("621700", ["中国建设银行泉州分行营业部", "中国建设银行晋江青阳支行", "中国建设银行南安支行"]),
    "signed": ("623185", ["泉州银行丰泽支行", "泉州银行晋江支行", "泉州银行南安支行"]),
    "dc": ("622826", ["晋江农村商业银行安海支行", "石狮农村商业银行宝盖支行", "南安农村商业银行溪美支行"]),
    "corp": ("1408", ["中国银行泉州分行营业部", "兴业银行晋江支行", "兴业银行泉州分行"]),
}


def acct_no(prefix, length=19):
    while True:
        n = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix)))
        if n not in ACCT_NOS:
            ACCT_NOS.add(n)
            return n


CP_ACCT = {}   # counterparty name -> account number (non-statement accounts)


def cp_acct(name):
    if name not in CP_ACCT:
        CP_ACCT[name] = acct_no("3505" if ("公司" in name or "企业" in name) else "6228480", 19)
    return CP_ACCT[name]


class Acct:
    def __init__(self, holder, layout, profile, start, end, cap=None, opening=None):
        self.holder, self.layout, self.profile = holder, layout, profile
        prefix, banks = LAYOUT_BANK[layout]
        self.no = acct_no(prefix, 19 if layout != "corp" else 17)
        self.bank = rng.choice(banks)
        self.start, self.end = start, min(end, D("2026-10-31"))
        self.cap = cap
        if opening is None:
            opening = rng.randrange(50_000, 200_000) * 100 if profile == "company" else rng.randrange(300, 2500) * 100
        self.opening = opening
        self.case = LAST_MAIN[0]   # the case this statement was written for
        self.items = []     # planted
        self.txs = []
        ACCOUNTS.append(self)
        ACCT_OF.setdefault(holder["id"], []).append(self)

    def add(self, date, time, direction, amount, cp=None, summary="", channel="", kind="", note="", cp_account=None,
            target=None, atleast=None):
        """a planted transaction; cp is a person dict or a plain name; target = the exact balance the row must
        leave (amount computed); atleast = an inflow that tops the balance up to at least this (dropped if not
        needed) — used to fund a planted outflow"""
        assert self.start <= date <= self.end, (self.holder["name"], date)
        if isinstance(cp, dict):
            cpn = cp["name"]
            cpa = cp_account or (ACCT_OF[cp["id"]][0].no if cp["id"] in ACCT_OF else cp_acct(cpn))
        elif cp:
            cpn, cpa = cp, cp_account or cp_acct(cp)
        else:
            cpn, cpa = "", ""
        self.items.append({"date": date, "time": time, "dir": direction, "amount": amount, "cp": cpn, "cp_acct": cpa,
                           "summary": summary, "channel": channel, "kind": kind, "note": note, "planted": True,
                           "target": target, "atleast": atleast})

    # ---- noise ------------------------------------------------------------------------------------------
    def noise(self):
        out = []
        day = self.start
        t = lambda: "%02d:%02d:%02d" % (rng.randrange(8, 21), rng.randrange(60), rng.randrange(60))
        salary_day = rng.randrange(8, 16)
        employer = rng.choice(EMPLOYERS)
        salary = rng.randrange(40, 95) * 100_00
        while day <= self.end:
            r = rng.random
            if self.profile in ("person", "salary", "person_low"):
                if r() < 0.16:
                    shop = rng.choice(SMALL_SHOPS)
                    out.append(dict(date=day, time=t(), dir="out", amount=rng.randrange(1500, 28000), cp=shop,
                                    cp_acct="", summary="消费", channel=rng.choice(["快捷支付", "POS消费", "扫码支付"]),
                                    kind="spend"))
                if day.day == 9:
                    u, s = rng.choice(UTILITIES)
                    out.append(dict(date=day, time=t(), dir="out", amount=rng.randrange(5000, 26000), cp=u,
                                    cp_acct="", summary=s, channel="代扣", kind="util"))
                if r() < 0.02:
                    f = rng.choice(FRIENDS)
                    out.append(dict(date=day, time=t(), dir="out", amount=rng.randrange(200, 2000) * 100, cp=f,
                                    cp_acct=cp_acct(f), summary="转账", channel="手机银行", kind="xfer_out"))
                if r() < 0.025:
                    f = rng.choice(FRIENDS)
                    out.append(dict(date=day, time=t(), dir="in", amount=rng.randrange(200, 2400) * 100, cp=f,
                                    cp_acct=cp_acct(f), summary="转账", channel="手机银行", kind="xfer_in"))
                if r() < 0.015:
                    out.append(dict(date=day, time=t(), dir="out", amount=rng.randrange(3, 30) * 100_00, cp="",
                                    cp_acct="", summary="ATM取款", channel="ATM", kind="atm"))
                if self.profile == "salary" and day.day == salary_day:
                    out.append(dict(date=day, time="09:30:00", dir="in", amount=salary + rng.randrange(0, 300) * 100,
                                    cp=employer, cp_acct=cp_acct(employer), summary="代发工资", channel="代发",
                                    kind="salary_bg", note="%d年%d月工资" % (day.year, day.month)))
            else:   # company / company_low
                low = self.profile == "company_low"
                if r() < (0.05 if low else 0.22):
                    cu = rng.choice(CUSTOMERS)
                    amt = rng.randrange(5, 25) * 100_00 if low else rng.randrange(5_000, 45_000) * 100
                    out.append(dict(date=day, time=t(), dir="in", amount=amt, cp=cu, cp_acct=cp_acct(cu),
                                    summary="货款", channel="网银", kind="goods_in"))
                if r() < (0.05 if low else 0.18):
                    su = rng.choice(CUSTOMERS)
                    amt = rng.randrange(3, 20) * 100_00 if low else rng.randrange(3_000, 40_000) * 100
                    out.append(dict(date=day, time=t(), dir="out", amount=amt, cp=su, cp_acct=cp_acct(su),
                                    summary="货款", channel="网银", kind="goods_out"))
                if day.day == 15 and not low:
                    out.append(dict(date=day, time=t(), dir="out", amount=rng.randrange(2_000, 12_000) * 100,
                                    cp="国家金库泉州市中心支库", cp_acct="", summary="税款", channel="批量扣税",
                                    kind="tax"))
                if day.day == 21:
                    out.append(dict(date=day, time="02:10:00", dir="out", amount=rng.choice([500, 1000, 3000]),
                                    cp="", cp_acct="", summary="账户管理费", channel="系统", kind="fee"))
            day += days(1)
        for x in out:
            x["planted"] = False
            x.setdefault("note", "")
        return out

    def simulate(self):
        items = [dict(x) for x in self.items] + self.noise()
        items.sort(key=lambda x: (x["date"], x["time"], 0 if x["planted"] else 1))
        bal = self.opening
        txs = []
        for x in items:
            if x["planted"]:
                if x.get("atleast") is not None:
                    assert x["dir"] == "in"
                    if bal >= x["atleast"]:
                        continue
                    x["amount"] = x["atleast"] - bal
                if x.get("target") is not None:
                    x["amount"] = (x["target"] - bal) * (1 if x["dir"] == "in" else -1)
                    if x["dir"] == "out" and x["amount"] <= 0:
                        continue        # nothing to move out
                    assert x["amount"] > 0, (self.holder["name"], x)
                bal += x["amount"] if x["dir"] == "in" else -x["amount"]
                assert bal >= 0, ("negative balance", self.holder["name"], x)
            else:
                nb = bal + (x["amount"] if x["dir"] == "in" else -x["amount"])
                # keep what the planted outflows of the next ten days need (noise never spends it)
                reserve = sum(p["amount"] for p in items if p["planted"] and p["dir"] == "out" and p.get("amount")
                              and (x["date"], x["time"]) < (p["date"], p["time"]) and p["date"] <= x["date"] + days(10))
                if nb < 50_00 + (reserve if x["dir"] == "out" else 0):
                    continue
                if x["dir"] == "in" and self.cap is not None and nb > self.cap(x["date"]):
                    continue
                bal = nb
            x["balance"] = bal
            txs.append(x)
        self.txs = txs


def deposit(p, bank="中国农业银行泉州分行营业部", opened=None):
    """a 存款 registry row for a counterparty's receiving account (ties the account to the person by ID)"""
    DEPOSIT_ROWS.append({"p": p, "bank": bank, "no": cp_acct(p["name"]),
                         "bal": rng.randrange(2, 80) * 100_00, "opened": opened or D("2018-06-01") + days(
                             rng.randrange(0, 1500))})


def low_cap(case, limit=4000_00):
    unpaid = case["claim"] - case["paid"]
    cap = min(limit, int(0.4 * min(unpaid, BZ_MIN)))
    return lambda d: cap


def place(court):
    return COURTS[court][3], COURTS[court][2]


# ==========================================================================================================
# ZJ-TRANSFER-OUT
R = "ZJ-TRANSFER-OUT"
B_TO = "rules.md 表 ZJ-TRANSFER-OUT: 向关联方（法定代表人/股东/监事/高管/共有人…，非单纯交易对手）付款，立案后或终本前180日内；单笔≥5万元或同一关联方合计≥10万元；法律依据 刑法第三百一十三条、拒执解释第三条（一）"

# F1 company pays its 法定代表人 exactly 50,000.00 after 立案
co = company(*place("JJ"))
rep = person("350582")
c = new_case("TO-F1", "JJ", D("2025-09-10"), co, claim=386_000_00)
ent(co, rep, "法定代表人", D("2017-03-14"))
ent(co, rep, "股东", D("2017-03-14"), 3_000_000_00, "60%")
ent(co, person("350582"), "股东", D("2017-03-14"), 2_000_000_00, "40%")
deposit(rep)
a = Acct(co, "corp", "company", D("2025-07-01"), D("2026-03-31"))
a.add(D("2025-11-02"), "10:15:22", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=180_000_00 + 8_000_00)
a.add(D("2025-11-06"), "14:30:05", "out", 50_000_00, rep, "往来款", "网银", "transfer")
plant(R, c, "fire", "单笔恰为50,000.00元（≥ single）付给法定代表人（企业登记），立案后", B_TO)

# F2 company pays a 股东 (a party of another case) 4 × 26,000 = 104,000 after 立案
co = company(*place("SS"))
rep = person("350581")
sh = person("350581")
c = new_case("TO-F2", "SS", D("2025-06-18"), co, claim=512_000_00)
ent(co, rep, "法定代表人", D("2016-08-09"))
ent(co, sh, "股东", D("2016-08-09"), 1_000_000_00, "35%")
deposit(sh)
new_case("SUP-TO-F2", "SS", D("2024-05-20"), sh, close=D("2024-07-02"), method="执行完毕", claim=46_000_00,
           paid=46_000_00, kind="support")
a = Acct(co, "corp", "company", D("2025-05-01"), D("2026-01-31"))
for k, day in enumerate(["2025-08-05", "2025-09-05", "2025-10-08", "2025-11-06"]):
    a.add(D(day), "11:0%d:10" % k, "out", 26_000_00, sh, "借款", "网银", "transfer")
plant(R, c, "fire", "4笔各26,000元（单笔<5万）付给股东，合计104,000元 ≥ total 10万；股东同时是另一案被执行人", B_TO)

# F3 individual pays the co-owner of his house 70,000 before 立案, exactly 180 days before 终本
d3 = person("350503")
w3 = person("350503")
zb = D("2026-03-10")
c = new_case("TO-F3", "FZ", D("2025-10-20"), d3, close=zb, method="终本", claim=268_000_00)
HOUSE_ROWS.append({"p": d3, "loc": "泉州市丰泽区东海街道滨城花园7幢1703室", "cert": "闽（2019）泉州市不动产权第0031876号",
                   "value": 1_460_000_00, "start": D("2019-05-22"), "co": [w3]})
relate(d3, w3, "共有人")
deposit(w3)
new_case("SUP-TO-F3", "FZ", D("2024-09-03"), w3, close=D("2024-10-15"), method="执行完毕", claim=21_500_00,
           paid=21_500_00, kind="support")
a = Acct(d3, "cols", "person_low", D("2025-07-01"), D("2026-06-30"), cap=low_cap(c))
pay = zb - days(TO_PRE_ZB_DAYS)
a.add(pay - days(2), "09:40:00", "in", None, rng.choice(FRIENDS), "还款", "手机银行", "loan_in", atleast=71_000_00 + 8_000_00)
a.add(pay, "15:12:40", "out", 70_000_00, w3, "转账", "手机银行", "transfer")
plant(R, c, "fire", "立案前付给房屋共有人70,000元，付款日=终本前恰第180日（%s → 终本 %s）" % (pay, zb), B_TO)

# F4 company (南安, GBK ledger) pays its 监事 120,000 after 立案, 99 days before 终本
co = company(*place("NA"))
rep = person("350583")
sup_p = person("350583")
zb = D("2025-12-20")
c = new_case("TO-F4", "NA", D("2025-04-15"), co, close=zb, method="终本", claim=735_000_00)
ent(co, rep, "法定代表人", D("2015-11-30"))
ent(co, sup_p, "监事", D("2015-11-30"))
deposit(sup_p)
new_case("SUP-TO-F4", "NA", D("2024-03-11"), sup_p, close=D("2024-05-06"), method="执行完毕", claim=33_800_00,
         paid=33_800_00, kind="support")
a = Acct(co, "corp", "company_low", D("2025-03-01"), D("2026-02-28"), cap=low_cap(c))
a.add(D("2025-09-10"), "10:02:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=121_000_00 + 8_000_00)
a.add(zb - days(99), "16:45:00", "out", 120_000_00, sup_p, "往来款", "网银", "transfer")
plant(R, c, "fire", "公司付给监事120,000元，立案后、终本前99日（终本案件）", B_TO)

# F5 company pays its 经理 (高管) 65,000 after 立案
co = company(*place("FZ"))
rep = person("350503")
mgr = person("350503")
c = new_case("TO-F5", "FZ", D("2026-02-03"), co, claim=420_000_00)
ent(co, rep, "法定代表人", D("2018-01-08"))
ent(co, mgr, "经理", D("2020-04-01"))
deposit(mgr)
new_case("SUP-TO-F5", "FZ", D("2024-11-12"), mgr, close=D("2025-01-20"), method="执行完毕", claim=18_600_00,
         paid=18_600_00, kind="support")
a = Acct(co, "corp", "company", D("2026-01-01"), D("2026-08-31"))
a.add(D("2026-04-18"), "09:20:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=90_000_00 + 8_000_00)
a.add(D("2026-04-20"), "10:31:00", "out", 65_000_00, mgr, "备用金", "网银", "transfer")
plant(R, c, "fire", "公司付给经理（高管）65,000元，立案后", B_TO)

# F6 individual debtor (法定代表人 of a company that is itself a party) pays that company 60,000 after 立案
d6 = person("350582")
x6 = company(*place("JJ"))
ent(x6, d6, "法定代表人", D("2019-09-16"))
new_case("SUP-TO-F6", "JJ", D("2024-06-04"), x6, close=D("2024-08-19"), method="执行完毕", claim=57_200_00,
         paid=57_200_00, kind="support")
c = new_case("TO-F6", "JJ", D("2025-12-15"), d6, claim=230_000_00)
a = Acct(d6, "kv", "person", D("2025-11-01"), D("2026-06-30"))
a.add(D("2026-02-02"), "10:00:00", "in", None, rng.choice(FRIENDS), "还款", "手机银行", "loan_in", atleast=62_000_00 + 8_000_00)
a.add(D("2026-02-03"), "15:20:00", "out", 60_000_00, x6, "转账", "手机银行", "transfer")
plant(R, c, "fire", "个人被执行人付给其任法定代表人的公司60,000元（该公司是另一案当事人），立案后", B_TO)

# M1 single 49,999.99 to the 法定代表人
co = company(*place("SS"))
rep = person("350581")
c = new_case("TO-M1", "SS", D("2025-10-13"), co, claim=299_000_00)
ent(co, rep, "法定代表人", D("2014-06-18"))
deposit(rep)
a = Acct(co, "corp", "company", D("2025-09-01"), D("2026-05-31"))
a.add(D("2025-12-01"), "10:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=60_000_00 + 8_000_00)
a.add(D("2025-12-03"), "11:11:11", "out", 49_999_99, rep, "往来款", "网银", "transfer")
plant(R, c, "miss", "付给法定代表人仅一笔49,999.99元：单笔 < 50,000 且合计 < 100,000", B_TO)

# M2 three transfers 33,333.33 = 99,999.99 to a 股东 (party elsewhere)
co = company(*place("JJ"))
rep = person("350582")
sh = person("350582")
c = new_case("TO-M2", "JJ", D("2025-04-07"), co, claim=455_000_00)
ent(co, rep, "法定代表人", D("2013-02-27"))
ent(co, sh, "股东", D("2013-02-27"), 800_000_00, "20%")
deposit(sh)
new_case("SUP-TO-M2", "JJ", D("2024-02-19"), sh, close=D("2024-04-01"), method="执行完毕", claim=28_000_00,
         paid=28_000_00, kind="support")
a = Acct(co, "corp", "company", D("2025-03-01"), D("2025-12-31"))
for k, day in enumerate(["2025-06-10", "2025-07-10", "2025-08-11"]):
    a.add(D(day), "14:0%d:00" % k, "out", 33_333_33, sh, "借款", "网银", "transfer")
plant(R, c, "miss", "3笔各33,333.33元付给股东，合计99,999.99元：合计差0.01元不足10万，单笔均<5万", B_TO)

# M3 80,000 to a person who is only a 交易对手 (applicant of another, unrelated case)
d = person("350503")
q = person("350505")
new_case("BG-Q-TO-M3", "FZ", D("2025-03-04"), person("350504"), applicant=q, claim=64_000_00, kind="support")
c = new_case("TO-M3", "FZ", D("2025-08-25"), d, claim=210_000_00)
deposit(q)
a = Acct(d, "dc", "person", D("2025-08-01"), D("2026-03-31"))
a.add(D("2025-10-20"), "09:00:00", "in", None, rng.choice(FRIENDS), "还款", "手机银行", "loan_in", atleast=82_000_00 + 8_000_00)
a.add(D("2025-10-21"), "16:00:00", "out", 80_000_00, q, "购货款", "手机银行", "transfer")
plant(R, c, "miss", "立案后付80,000元给另一案的申请执行人：只是交易对手，无企业登记/共有/买受等关联", B_TO)

# M4 60,000 to the 法定代表人 181 days before 终本 (and before 立案)
co = company(*place("NA"))
rep = person("350583")
zb = D("2026-04-08")
c = new_case("TO-M4", "NA", D("2025-11-03"), co, close=zb, method="终本", claim=348_000_00)
ent(co, rep, "法定代表人", D("2016-12-12"))
deposit(rep)
a = Acct(co, "corp", "company_low", D("2025-08-01"), D("2026-06-30"), cap=low_cap(c))
pay = zb - days(TO_PRE_ZB_DAYS + 1)
a.add(pay - days(1), "10:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=61_000_00 + 8_000_00)
a.add(pay, "15:00:00", "out", 60_000_00, rep, "往来款", "网银", "transfer")
plant(R, c, "miss", "付给法定代表人60,000元在立案前、终本前第181日（%s → 终本 %s）：窗口外一天" % (pay, zb), B_TO)

# M5 money comes IN from the 法定代表人 (60,000), nothing goes out to him
co = company(*place("FZ"))
rep = person("350503")
c = new_case("TO-M5", "FZ", D("2025-07-21"), co, claim=390_000_00)
ent(co, rep, "法定代表人", D("2012-10-10"))
deposit(rep)
a = Acct(co, "corp", "company", D("2025-07-01"), D("2026-02-28"))
a.add(D("2025-09-15"), "10:40:00", "in", 60_000_00, rep, "借款", "网银", "loan_in")
plant(R, c, "miss", "立案后法定代表人向公司转入60,000元（收入方向），公司未向其付款", B_TO)

# ==========================================================================================================
# ZJ-CASH-SPLIT
R = "ZJ-CASH-SPLIT"
B_CS = "rules.md 表 ZJ-CASH-SPLIT: 立案后7日内≥3笔取现、每笔在[40,000, 50,000)；法律依据 民诉法第一百一十四条第一款（三）（六）、刑法第三百一十三条"


def cash(a, day, time, amt, summary="柜面取现", channel="柜面"):
    a.add(day, time, "out", amt, None, summary, channel, "cash")


d = person("350582")
c = new_case("CS-F1", "JJ", D("2025-05-12"), d, claim=330_000_00)
a = Acct(d, "cols", "person", D("2025-04-01"), D("2025-12-31"))
a.add(D("2025-06-28"), "10:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=160_000_00 + 8_000_00)
for day, tm in [("2025-07-01", "09:12:00"), ("2025-07-03", "10:40:00"), ("2025-07-06", "15:05:00")]:
    cash(a, D(day), tm, 45_000_00)
plant(R, c, "fire", "立案后3笔各45,000元柜面取现，首末相隔5日", B_CS)

d = person("350503")
c = new_case("CS-F2", "FZ", D("2025-12-01"), d, claim=276_000_00)
a = Acct(d, "kv", "person", D("2025-11-01"), D("2026-06-30"))
a.add(D("2026-02-09"), "10:00:00", "in", None, rng.choice(FRIENDS), "还款", "手机银行", "loan_in", atleast=132_000_00 + 8_000_00)
for day, tm, amt in [("2026-02-10", "09:30:00", 40_000_00), ("2026-02-11", "11:00:00", 42_000_00),
                     ("2026-02-13", "14:20:00", 48_500_00)]:
    cash(a, D(day), tm, amt)
plant(R, c, "fire", "3笔取现40,000.00（恰为下限，区间含下限）/42,000/48,500，4日内", B_CS)

d = person("350581")
c = new_case("CS-F3", "SS", D("2026-01-15"), d, claim=455_000_00)
a = Acct(d, "signed", "person", D("2026-01-01"), D("2026-07-31"))
a.add(D("2026-03-01"), "10:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=205_000_00 + 8_000_00)
for day, tm in [("2026-03-02", "09:05:00"), ("2026-03-04", "09:45:00"), ("2026-03-06", "10:15:00"),
                ("2026-03-08", "16:30:00")]:
    cash(a, D(day), tm, 49_999_99)
plant(R, c, "fire", "4笔各49,999.99元取现（恰低于上限），首末相隔6日", B_CS)

co = company(*place("NA"))
rep = person("350583")
ent(co, rep, "法定代表人", D("2011-07-19"))
c = new_case("CS-F4", "NA", D("2025-08-20"), co, claim=520_000_00)
a = Acct(co, "corp", "company", D("2025-07-01"), D("2026-03-31"))
a.add(D("2025-10-10"), "10:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=150_000_00 + 8_000_00)
for day, tm in [("2025-10-13", "10:05:00"), ("2025-10-15", "10:20:00"), ("2025-10-17", "09:50:00")]:
    cash(a, D(day), tm, 46_000_00, "现金支取", "现金支票")
plant(R, c, "fire", "公司账户3笔各46,000元现金支票取现，4日内", B_CS)

d = person("350503")
zb = D("2025-11-20")
c = new_case("CS-F5", "FZ", D("2025-03-03"), d, close=zb, method="终本", claim=388_000_00)
a = Acct(d, "dc", "person_low", D("2025-02-01"), D("2026-02-28"), cap=low_cap(c))
a.add(D("2025-06-13"), "10:00:00", "in", None, rng.choice(FRIENDS), "还款", "手机银行", "loan_in", atleast=133_000_00 + 8_000_00)
for day, tm, amt in [("2025-06-16", "10:00:00", 44_000_00), ("2025-06-18", "11:30:00", 47_000_00),
                     ("2025-06-19", "15:40:00", 41_500_00)]:
    cash(a, D(day), tm, amt)
plant(R, c, "fire", "终本案件：立案后（终本前5个月）3笔取现44,000/47,000/41,500，3日内", B_CS)

d = person("350582")
c = new_case("CS-M1", "JJ", D("2025-09-22"), d, claim=300_000_00)
a = Acct(d, "cols", "person", D("2025-09-01"), D("2026-04-30"))
a.add(D("2025-11-02"), "10:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=135_000_00 + 8_000_00)
for day, tm, amt in [("2025-11-03", "09:30:00", 45_000_00), ("2025-11-05", "10:30:00", 46_000_00),
                     ("2025-11-06", "14:00:00", 39_999_99)]:
    cash(a, D(day), tm, amt)
plant(R, c, "miss", "3笔取现，第三笔39,999.99元低于下限：区间内只有2笔（差1笔）", B_CS)

d = person("350581")
c = new_case("CS-M2", "SS", D("2025-07-14"), d, claim=318_000_00)
a = Acct(d, "signed", "person", D("2025-07-01"), D("2026-02-28"))
a.add(D("2025-09-01"), "10:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=145_000_00 + 8_000_00)
for day, tm, amt in [("2025-09-02", "09:10:00", 45_000_00), ("2025-09-03", "09:40:00", 48_000_00),
                     ("2025-09-04", "10:10:00", 50_000_00)]:
    cash(a, D(day), tm, amt)
plant(R, c, "miss", "3笔取现，第三笔恰为50,000.00元（上限不含）：区间内只有2笔", B_CS)

d = person("350503")
c = new_case("CS-M3", "FZ", D("2025-04-28"), d, claim=262_000_00)
a = Acct(d, "kv", "person", D("2025-04-01"), D("2025-12-31"))
a.add(D("2025-06-30"), "10:00:00", "in", None, rng.choice(FRIENDS), "还款", "手机银行", "loan_in", atleast=138_000_00 + 8_000_00)
for day, tm in [("2025-07-01", "09:00:00"), ("2025-07-05", "10:00:00"), ("2025-07-09", "11:00:00")]:
    cash(a, D(day), tm, 45_000_00)
plant(R, c, "miss", "3笔各45,000元取现，首末相隔8日（7/1、7/5、7/9）：任7日内只有2笔", B_CS)

d = person("350583")
filing = D("2026-03-16")
c = new_case("CS-M4", "NA", filing, d, claim=364_000_00)
a = Acct(d, "signed", "person", D("2026-02-01"), D("2026-09-30"))
a.add(D("2026-03-10"), "10:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=137_000_00 + 8_000_00)
for k, off in enumerate([5, 3, 1]):
    cash(a, filing - days(off), "1%d:00:00" % k, 45_000_00)
plant(R, c, "miss", "3笔各45,000元取现全在立案前（立案前5/3/1日），立案后无区间内取现", B_CS)

d = person("350582")
c = new_case("CS-M5", "JJ", D("2025-10-27"), d, claim=296_000_00)
a = Acct(d, "dc", "person", D("2025-10-01"), D("2026-05-31"))
a.add(D("2026-01-05"), "10:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=140_000_00 + 8_000_00)
f = rng.choice(FRIENDS)
for day, tm in [("2026-01-06", "09:00:00"), ("2026-01-08", "10:00:00"), ("2026-01-10", "11:00:00")]:
    a.add(D(day), tm, "out", 45_000_00, f, "转账", "手机银行", "xfer_big")
plant(R, c, "miss", "3笔各45,000元在5日内，但都是转账给无关个人（非取现）", B_CS)

# ==========================================================================================================
# ZJ-INCOME
R = "ZJ-INCOME"
B_IN = "rules.md 表 ZJ-INCOME: 终本案件被执行人在终本前6个月至终本后90日内≥3个不同月份收到工资/租金/分红/保险理赔，每笔≥3,000元；法律依据 民诉法第二百五十四条（扣留、提取收入）"


def income(a, day, amt, kind, payer, summary, channel="代发", note="", repay=True):
    a.add(day, "09:3%d:00" % rng.randrange(10), "in", amt, payer, summary, channel, kind, note)
    if repay:   # the salary leaves again the next day: keeps the balance low (no 带财终本)
        a.add(day + days(1), "20:1%d:00" % rng.randrange(10), "out", None, "招商银行信用卡中心",
              "信用卡还款", "手机银行", "card", target=rng.randrange(300, 900) * 100)


d = person("350503")
zb = D("2026-01-20")
c = new_case("IN-F1", "FZ", D("2025-06-10"), d, close=zb, method="终本", claim=318_000_00)
a = Acct(d, "cols", "person_low", D("2025-05-01"), D("2026-05-31"), cap=lambda x: 1500_00)
emp = rng.choice(EMPLOYERS)
for day in ["2025-10-15", "2025-11-15", "2025-12-15", "2026-01-15"]:
    income(a, D(day), 7_800_00, "salary", emp, "代发工资", note="%s月工资" % D(day).month)
plant(R, c, "fire", "终本前4个月（10/11/12/1月）各收代发工资7,800元", B_IN)

d = person("350582")
zb = D("2026-02-26")
c = new_case("IN-F2", "JJ", D("2025-09-01"), d, close=zb, method="终本", claim=245_000_00)
a = Acct(d, "kv", "person_low", D("2025-08-01"), D("2026-06-30"), cap=lambda x: 1500_00)
ten = rng.choice(TENANTS)
for day in ["2025-12-05", "2026-01-05", "2026-03-05"]:
    income(a, D(day), 3_000_00, "rent", ten, "房租", "手机银行", note="店面租金")
plant(R, c, "fire", "12月、1月、3月（终本后7日）各收租金恰3,000.00元（金额下限含）", B_IN)

d = person("350581")
zb = D("2026-06-10")
c = new_case("IN-F3", "SS", D("2025-11-11"), d, close=zb, method="终本", claim=198_000_00)
a = Acct(d, "signed", "person_low", D("2025-10-01"), D("2026-10-31"), cap=lambda x: 1500_00)
emp = rng.choice(EMPLOYERS)
for day in ["2026-06-26", "2026-07-26", "2026-08-28"]:
    income(a, D(day), 6_600_00, "salary", emp, "工资", note="工资")
plant(R, c, "fire", "终本后6/7/8月各收工资6,600元，最后一笔在终本后%d日（≤90）" % (D("2026-08-28") - zb).days, B_IN)

d = person("350583")
zb = D("2026-03-18")
c = new_case("IN-F4", "NA", D("2025-07-07"), d, close=zb, method="终本", claim=276_000_00)
a = Acct(d, "dc", "person_low", D("2025-06-01"), D("2026-07-31"), cap=lambda x: 1500_00)
inv = co_name("南安市").replace("有限公司", "投资合伙企业（有限合伙）")
income(a, D("2025-12-30"), 5_200_00, "dividend", inv, "分红", "网银", note="2025年度股息红利")
income(a, D("2026-02-09"), 12_000_00, "insurance", "泉安财产保险股份有限公司泉州中心支公司", "保险理赔", "网银",
       note="理赔款")
income(a, D("2026-04-15"), 6_100_00, "salary", rng.choice(EMPLOYERS), "代发工资", note="4月工资")
plant(R, c, "fire", "12月分红5,200、2月保险理赔12,000、4月工资6,100：三类收入各一个月，共3个不同月份", B_IN)

d = person("350503")
zb = D("2026-05-20")
c = new_case("IN-F5", "FZ", D("2025-09-15"), d, close=zb, method="终本", claim=233_000_00)
a = Acct(d, "cols", "person_low", D("2025-09-01"), D("2026-08-31"), cap=lambda x: 1500_00)
emp = rng.choice(EMPLOYERS)
for day in ["2025-11-22", "2025-12-22", "2026-01-22"]:
    income(a, D(day), 5_500_00, "salary", emp, "代发工资", note="工资")
plant(R, c, "fire", "终本前6个月窗口起点 %s 后2日起连续3个月收工资5,500元（都在终本前3个月以外）" % add_months(zb, -6), B_IN)

d = person("350582")
zb = D("2026-04-16")
c = new_case("IN-M1", "JJ", D("2025-10-09"), d, close=zb, method="终本", claim=212_000_00)
a = Acct(d, "signed", "person_low", D("2025-09-01"), D("2026-08-31"), cap=lambda x: 1500_00)
emp = rng.choice(EMPLOYERS)
income(a, D("2026-01-12"), 6_000_00, "salary", emp, "代发工资")
income(a, D("2026-02-12"), 6_000_00, "salary", emp, "代发工资")
income(a, D("2026-03-12"), 2_999_99, "salary", emp, "代发工资", repay=False)
plant(R, c, "miss", "1月、2月工资6,000元，3月工资2,999.99元（<3,000）：只有2个月达标", B_IN)

d = person("350581")
zb = D("2026-03-01")
c = new_case("IN-M2", "SS", D("2025-08-18"), d, close=zb, method="终本", claim=226_000_00)
a = Acct(d, "kv", "person_low", D("2025-08-01"), D("2026-08-31"), cap=lambda x: 1500_00)
emp = rng.choice(EMPLOYERS)
for day in [D("2026-03-25"), D("2026-04-25"), zb + days(IN_AFTER_DAYS + 1)]:
    income(a, day, 6_800_00, "salary", emp, "代发工资")
plant(R, c, "miss", "终本后3/4月工资6,800元，第三笔在终本后第91日（%s）：窗口内只有2个月" % (zb + days(91)), B_IN)

d = person("350503")
zb = D("2026-04-01")
c = new_case("IN-M3", "FZ", D("2025-08-04"), d, close=zb, method="终本", claim=257_000_00)
a = Acct(d, "dc", "person_low", D("2025-07-01"), D("2026-07-31"), cap=lambda x: 1500_00)
emp = rng.choice(EMPLOYERS)
start = add_months(zb, -IN_LOOKBACK_MONTHS)
for day in [start - days(1), D("2025-10-15"), D("2025-11-14")]:
    income(a, day, 7_200_00, "salary", emp, "代发工资")
plant(R, c, "miss", "工资7,200元：9/30（窗口起点 %s 前一日）、10月、11月：窗口内只有2个月" % start, B_IN)

d = person("350583")
zb = D("2026-05-12")
c = new_case("IN-M4", "NA", D("2025-11-24"), d, close=zb, method="终本", claim=238_000_00)
a = Acct(d, "signed", "person_low", D("2025-11-01"), D("2026-09-30"), cap=lambda x: 1500_00)
emp = rng.choice(EMPLOYERS)
for day in ["2026-02-03", "2026-02-27", "2026-03-27"]:
    income(a, D(day), 6_300_00, "salary", emp, "代发工资")
plant(R, c, "miss", "3笔工资6,300元但只落在2个自然月（2月两笔、3月一笔）", B_IN)

d = person("350581")
zb = D("2026-02-05")
c = new_case("IN-M5", "SS", D("2025-07-28"), d, close=zb, method="终本", claim=219_000_00)
a = Acct(d, "cols", "person_low", D("2025-07-01"), D("2026-05-31"), cap=lambda x: 1500_00)
f = rng.choice(FRIENDS)
for day in ["2025-11-20", "2025-12-20", "2026-01-20"]:
    income(a, D(day), 5_000_00, "loan_in", f, "借款", "手机银行")
plant(R, c, "miss", "3个月各收朋友转账5,000元，摘要“借款”：不是工资/租金/分红/保险理赔", B_IN)

# ==========================================================================================================
# ZJ-BALANCE-AT-ZB
R = "ZJ-BALANCE-AT-ZB"
B_BZ = "rules.md 表 ZJ-BALANCE-AT-ZB: 终本前30日内余额达到未履行金额或10,000元（带财终本）；法律依据 民诉法第二百五十三条、终本规定第一条第（三）项"

d = person("350582")
zb = D("2026-02-10")
c = new_case("BZ-F1", "JJ", D("2025-08-04"), d, close=zb, method="终本", claim=200_000_00)
a = Acct(d, "cols", "person_low", D("2025-07-01"), D("2026-05-31"), cap=low_cap(c))
a.add(zb - days(10), "10:20:00", "in", None, rng.choice(FRIENDS), "往来款", "手机银行", "loan_in", target=25_600_00)
a.add(zb + days(6), "11:00:00", "out", None, rng.choice(FRIENDS), "转账", "手机银行", "xfer_out", target=600_00)
plant(R, c, "fire", "终本前10日余额25,600元 ≥ 10,000元（未履行200,000元）", B_BZ)

d = person("350503")
zb = D("2026-07-15")
c = new_case("BZ-F2", "FZ", D("2026-01-12"), d, close=zb, method="终本", claim=80_000_00)
a = Acct(d, "kv", "person_low", D("2025-12-01"), D("2026-10-31"), cap=low_cap(c))
a.add(zb - days(5), "10:00:00", "in", None, rng.choice(FRIENDS), "往来款", "手机银行", "loan_in", target=10_000_00)
a.add(zb + days(3), "12:00:00", "out", None, rng.choice(FRIENDS), "转账", "手机银行", "xfer_out", target=400_00)
plant(R, c, "fire", "终本前5日余额恰为10,000.00元（min_yuan 含）", B_BZ)

d = person("350581")
zb = D("2026-06-22")
c = new_case("BZ-F3", "SS", D("2025-12-08"), d, close=zb, method="终本", claim=60_000_00, paid=52_000_00)
a = Acct(d, "signed", "person_low", D("2025-11-01"), D("2026-09-30"), cap=lambda x: 2000_00)
a.add(zb - days(12), "15:00:00", "in", None, rng.choice(FRIENDS), "往来款", "手机银行", "loan_in", target=8_200_00)
a.add(zb + days(4), "10:00:00", "out", None, rng.choice(FRIENDS), "转账", "手机银行", "xfer_out", target=400_00)
plant(R, c, "fire", "未履行8,000元（标的60,000、到位52,000）；终本前12日余额8,200元 ≥ 未履行额（虽<10,000）", B_BZ)

d = person("350583")
zb = D("2026-09-28")
c = new_case("BZ-F4", "NA", D("2026-03-02"), d, close=zb, method="终本", claim=150_000_00)
a = Acct(d, "dc", "person_low", D("2026-02-01"), D("2026-10-31"), cap=low_cap(c))
a.add(zb - days(BZ_WINDOW), "18:00:00", "in", None, rng.choice(FRIENDS), "往来款", "手机银行", "loan_in",
      target=15_000_00)
a.add(zb - days(BZ_WINDOW - 1), "09:00:00", "out", None, rng.choice(FRIENDS), "转账", "手机银行", "xfer_out", target=600_00)
plant(R, c, "fire", "余额15,000元只出现在终本前恰第30日（%s），次日转出" % (zb - days(30)), B_BZ)

co = company(*place("FZ"))
rep = person("350503")
ent(co, rep, "法定代表人", D("2016-04-25"))
zb = D("2026-05-29")
c = new_case("BZ-F5", "FZ", D("2025-11-17"), co, close=zb, method="终本", claim=1_260_000_00)
a = Acct(co, "corp", "company_low", D("2025-11-01"), D("2026-08-31"), cap=low_cap(c))
a.add(zb - days(3), "10:30:00", "in", 380_000_00, rng.choice(CUSTOMERS), "货款", "网银", "goods_in")
a.add(zb + days(2), "09:10:00", "out", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_out", target=1_000_00)
plant(R, c, "fire", "公司被执行人终本前3日收货款后余额逾380,000元", B_BZ)

d = person("350582")
zb = D("2026-03-23")
c = new_case("BZ-M1", "JJ", D("2025-09-15"), d, close=zb, method="终本", claim=150_000_00)
a = Acct(d, "kv", "person_low", D("2025-08-01"), D("2026-07-31"), cap=low_cap(c))
a.add(zb - days(8), "10:00:00", "in", None, rng.choice(FRIENDS), "往来款", "手机银行", "loan_in", target=9_999_99)
a.add(zb + days(2), "10:00:00", "out", None, rng.choice(FRIENDS), "转账", "手机银行", "xfer_out", target=500_00)
plant(R, c, "miss", "终本前8日最高余额9,999.99元：低于10,000元，也低于未履行150,000元", B_BZ)

d = person("350581")
zb = D("2026-08-17")
c = new_case("BZ-M2", "SS", D("2026-02-02"), d, close=zb, method="终本", claim=170_000_00)
a = Acct(d, "cols", "person_low", D("2026-01-01"), D("2026-10-31"), cap=low_cap(c))
a.add(zb - days(BZ_WINDOW + 1), "09:00:00", "in", None, rng.choice(FRIENDS), "往来款", "手机银行", "loan_in",
      target=20_000_00)
a.add(zb - days(BZ_WINDOW + 1), "16:00:00", "out", None, rng.choice(FRIENDS), "转账", "手机银行", "xfer_out", target=700_00)
plant(R, c, "miss", "余额20,000元只在终本前第31日（%s）当天，当日转出至700元左右；30日窗口内余额<10,000" %
      (zb - days(31)), B_BZ)

d = person("350503")
zb = D("2026-06-08")
c = new_case("BZ-M3", "FZ", D("2025-12-01"), d, close=zb, method="终本", claim=50_000_00, paid=45_000_00)
a = Acct(d, "dc", "person_low", D("2025-11-01"), D("2026-09-30"), cap=lambda x: 1200_00)
a.add(zb - days(6), "10:00:00", "in", None, rng.choice(FRIENDS), "往来款", "手机银行", "loan_in", target=4_999_00)
a.add(zb + days(5), "10:00:00", "out", None, rng.choice(FRIENDS), "转账", "手机银行", "xfer_out", target=400_00)
plant(R, c, "miss", "未履行5,000元（标的50,000、到位45,000）；终本前最高余额4,999.00元：低于未履行额和10,000元", B_BZ)

d = person("350583")
zb = D("2026-07-06")
c = new_case("BZ-M4", "NA", D("2026-01-05"), d, close=zb, method="终本", claim=160_000_00)
a = Acct(d, "signed", "person_low", D("2025-12-01"), D("2026-10-31"), cap=low_cap(c))
a.add(zb + days(3), "10:00:00", "in", None, rng.choice(FRIENDS), "往来款", "手机银行", "loan_in", target=30_000_00)
a.add(zb + days(9), "10:00:00", "out", None, rng.choice(FRIENDS), "转账", "手机银行", "xfer_out", target=1_000_00)
plant(R, c, "miss", "余额30,000元出现在终本后第3日；终本前30日内余额低", B_BZ)

d = person("350582")
close = D("2026-04-24")
c = new_case("BZ-M5", "JJ", D("2025-12-22"), d, close=close, method="执行完毕", claim=96_000_00, paid=96_000_00)
a = Acct(d, "cols", "person", D("2025-12-01"), D("2026-08-31"))
a.add(close - days(10), "10:00:00", "in", None, rng.choice(FRIENDS), "往来款", "手机银行", "loan_in",
      target=30_000_00)
a.add(close + days(20), "10:00:00", "out", None, rng.choice(FRIENDS), "转账", "手机银行", "xfer_out", target=1_000_00)
plant(R, c, "miss", "结案前10日余额30,000元，但结案方式是执行完毕（非终本）", B_BZ)

# ==========================================================================================================
# ZJ-SPEND-LIMITED
R = "ZJ-SPEND-LIMITED"
B_SP = "rules.md 表 ZJ-SPEND-LIMITED: 限制消费令未解除期间，摘要/对方/渠道含飞机、列车、酒店、度假、高尔夫等消费≥300元，公司被执行人的法定代表人同样受限；法律依据 限消规定第三条第一款（一）（二）（六）（九）、第二款，第十一条"


def spend(a, day, time, amt, cp, summary, channel="快捷支付", kind="spend_kw", direction="out"):
    if direction == "out":   # a friend's transfer the same morning funds it when the balance is short
        a.add(day, "06:00:00", "in", None, rng.choice(FRIENDS), "转账", "手机银行", "xfer_in", atleast=amt + 1_000_00)
    a.add(day, time, direction, amt, cp, summary, channel, kind)


d = person("350582")
xx = D("2025-12-05")
c = new_case("SP-F1", "JJ", D("2025-11-17"), d, claim=188_000_00, xx=xx)
a = Acct(d, "cols", "person", D("2025-11-01"), D("2026-06-30"))
spend(a, xx + days(40), "21:05:00", 1_860_00, "厦门航空有限公司", "机票 厦门-北京 航空客票", "支付宝快捷支付")
plant(R, c, "fire", "限制消费令后第40日购机票1,860元（厦门航空）", B_SP)

d = person("350503")
xx = D("2026-03-02")
c = new_case("SP-F2", "FZ", D("2026-02-09"), d, claim=142_000_00, xx=xx)
a = Acct(d, "kv", "person", D("2026-02-01"), D("2026-09-30"))
spend(a, xx + days(40), "22:40:00", 300_00, "泉州海岚大酒店有限公司", "酒店住宿", "POS消费")
plant(R, c, "fire", "限制消费令后在星级酒店消费恰300.00元（min_yuan 含）", B_SP)

co = company(*place("SS"))
rep = person("350581")
ent(co, rep, "法定代表人", D("2013-05-06"))
xx = D("2025-10-09")
c = new_case("SP-F3", "SS", D("2025-09-22"), co, claim=610_000_00, xx=xx)
a = Acct(rep, "signed", "person", D("2025-09-01"), D("2026-04-30"))
spend(a, xx + days(44), "15:30:00", 2_600_00, "厦门东屿湾高尔夫俱乐部有限公司", "高尔夫球场消费 果岭费", "POS消费")
plant(R, c, "fire", "公司被限制消费后，其法定代表人（企业登记，持身份证号）本人账户高尔夫消费2,600元", B_SP)

d = person("350583")
xx = D("2026-01-12")
c = new_case("SP-F4", "NA", D("2025-12-15"), d, claim=176_000_00, xx=xx, xx_lift=D("2026-03-13"))
a = Acct(d, "dc", "person", D("2025-12-01"), D("2026-06-30"))
spend(a, D("2026-02-01"), "13:00:00", 4_200_00, "武夷山云谷度假村有限公司", "度假村住宿套餐", "快捷支付")
plant(R, c, "fire", "限制消费令（1/12）后、解除（3/13）前的2/1在度假村消费4,200元", B_SP)

d = person("350503")
xx = D("2025-08-18")
c = new_case("SP-F5", "FZ", D("2025-07-28"), d, claim=133_000_00, xx=xx)
a = Acct(d, "cols", "person", D("2025-07-01"), D("2026-03-31"))
spend(a, D("2025-09-30"), "07:12:00", 553_50, "中国铁路12306", "火车票 G1602 高铁二等座 铁路客票", "快捷支付")
plant(R, c, "fire", "限制消费令后购G字头高铁票553.50元（12306）", B_SP)

d = person("350582")
xx = D("2026-04-07")
c = new_case("SP-M1", "JJ", D("2026-03-16"), d, claim=128_000_00, xx=xx)
a = Acct(d, "kv", "person", D("2026-03-01"), D("2026-09-30"))
spend(a, xx + days(25), "22:10:00", 299_99, "晋江悦海湾酒店有限公司", "酒店住宿", "POS消费")
plant(R, c, "miss", "限制消费令后酒店消费299.99元（<300元）", B_SP)

d = person("350581")
xx = D("2025-11-24")
c = new_case("SP-M2", "SS", D("2025-11-03"), d, claim=166_000_00, xx=xx)
a = Acct(d, "signed", "person", D("2025-10-01"), D("2026-05-31"))
spend(a, xx - days(1), "19:45:00", 2_150_00, "厦门航空有限公司", "机票 泉州-上海 航空客票", "支付宝快捷支付")
plant(R, c, "miss", "机票2,150元在限制消费令前一日购买", B_SP)

d = person("350503")
xx = D("2025-06-09")
lift = xx + days(30)
c = new_case("SP-M3", "FZ", D("2025-05-19"), d, claim=92_000_00, xx=xx, xx_lift=lift)
a = Acct(d, "dc", "person", D("2025-05-01"), D("2025-12-31"))
spend(a, lift + days(15), "08:20:00", 1_420_00, "中国东方航空股份有限公司", "机票 航空客票", "快捷支付")
plant(R, c, "miss", "限制消费令6/9，7/9已解除；7/24购机票1,420元在解除之后", B_SP)

d = person("350583")
xx = D("2026-02-24")
c = new_case("SP-M4", "NA", D("2026-02-02"), d, claim=117_000_00, xx=xx)
a = Acct(d, "cols", "person", D("2026-02-01"), D("2026-08-31"))
spend(a, xx + days(20), "18:30:00", 1_280_00, "南安市好邻居便利店", "超市购物", "POS消费", kind="spend")
spend(a, xx + days(47), "10:10:00", 2_460_00, "泉州市晨光文具店", "办公用品", "扫码支付", kind="spend")
plant(R, c, "miss", "限制消费令后消费1,280元、2,460元，均为超市/文具，无飞机/列车/酒店等关键词", B_SP)

co = company(*place("JJ"))
rep = person("350582")
sv = person("350582")
ent(co, rep, "法定代表人", D("2012-09-03"))
ent(co, sv, "监事", D("2012-09-03"))
new_case("SUP-SP-M5", "JJ", D("2024-07-15"), sv, close=D("2024-09-09"), method="执行完毕", claim=24_400_00,
         paid=24_400_00, kind="support")
xx = D("2025-12-29")
c = new_case("SP-M5", "JJ", D("2025-12-08"), co, claim=446_000_00, xx=xx)
a = Acct(sv, "kv", "person", D("2025-12-01"), D("2026-06-30"))
spend(a, xx + days(30), "20:20:00", 1_980_00, "厦门航空有限公司", "机票 航空客票", "支付宝快捷支付")
plant(R, c, "miss", "公司被限制消费后，其监事（非法定代表人）本人购机票1,980元", B_SP)

d = person("350581")
xx = D("2026-05-11")
c = new_case("SP-M6", "SS", D("2026-04-20"), d, claim=139_000_00, xx=xx)
a = Acct(d, "cols", "person", D("2026-04-01"), D("2026-10-31"))
spend(a, xx - days(3), "10:00:00", 1_500_00, "中国东方航空股份有限公司", "机票 航空客票", "快捷支付")
spend(a, xx + days(6), "11:00:00", 1_500_00, "中国东方航空股份有限公司", "机票退款 航空客票", "快捷支付",
      kind="refund_kw", direction="in")
plant(R, c, "miss", "令前3日购机票，令后6日航空公司退款1,500元（收入方向，不是消费）", B_SP)

# ==========================================================================================================
# ZJ-ROUNDTRIP
R = "ZJ-ROUNDTRIP"
B_RT = "rules.md 表 ZJ-ROUNDTRIP: 调解书或执行和解案件，被执行人与申请执行人之间的款项30日内回流≥80%、≥10,000元；法律依据 民诉法第一百一十五条、第一百一十六条、第二百四十一条，拒执解释第三条（一）（虚假和解）"


def heji(date, due, result="履行中"):
    return {"date": date, "due": due, "result": result}


d = person("350582")
ap = person("350582")
c = new_case("RT-F1", "JJ", D("2025-08-25"), d, applicant=ap, claim=150_000_00,
             heji=heji(D("2025-10-10"), D("2026-03-31")))
a = Acct(d, "cols", "person", D("2025-08-01"), D("2026-04-30"))
a.add(D("2025-10-11"), "09:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=52_000_00 + 8_000_00)
a.add(D("2025-10-12"), "10:00:00", "out", 50_000_00, ap, "执行和解款", "网银", "rt_pay")
a.add(D("2025-10-24"), "15:00:00", "in", 45_000_00, ap, "转账", "网银", "rt_back")
plant(R, c, "fire", "和解后付申请执行人50,000元，12日后申请执行人转回45,000元（90%）", B_RT)

d = person("350503")
ap = company(*place("FZ"))
c = new_case("RT-F2", "FZ", D("2026-01-19"), d, applicant=ap, claim=260_000_00, basis_doc="调解书")
a = Acct(d, "kv", "person", D("2026-01-01"), D("2026-08-31"))
a.add(D("2026-03-02"), "09:00:00", "in", None, rng.choice(FRIENDS), "还款", "手机银行", "loan_in", atleast=205_000_00 + 8_000_00)
a.add(D("2026-03-03"), "10:00:00", "out", 200_000_00, ap, "履行调解书款项", "网银", "rt_pay")
a.add(D("2026-03-23"), "14:00:00", "in", 160_000_00, ap, "往来款", "网银", "rt_back")
plant(R, c, "fire", "调解书案件：付申请执行人200,000元，20日后转回160,000元（恰80%，min_ratio 含）", B_RT)

d = person("350581")
ap = person("350581")
c = new_case("RT-F3", "SS", D("2026-03-09"), d, applicant=ap, claim=98_000_00,
             heji=heji(D("2026-05-04"), D("2026-10-31")))
a = Acct(d, "signed", "person", D("2026-03-01"), D("2026-09-30"))
a.add(D("2026-05-05"), "09:00:00", "in", None, rng.choice(FRIENDS), "还款", "手机银行", "loan_in", atleast=31_000_00 + 8_000_00)
a.add(D("2026-05-06"), "10:00:00", "out", 30_000_00, ap, "和解款", "手机银行", "rt_pay")
a.add(D("2026-06-05"), "16:00:00", "in", 28_500_00, ap, "转账", "手机银行", "rt_back")
plant(R, c, "fire", "和解后付30,000元，恰第30日（5/6→6/5）转回28,500元（95%）", B_RT)

d = person("350583")
ap = person("350583")
c = new_case("RT-F4", "NA", D("2025-10-13"), d, applicant=ap, claim=120_000_00, basis_doc="调解书")
a = Acct(ap, "dc", "person", D("2025-10-01"), D("2026-04-30"))
a.add(D("2025-12-01"), "10:00:00", "in", 80_000_00, d, "执行款", "手机银行", "rt_pay")
a.add(D("2025-12-06"), "11:00:00", "out", 80_000_00, d, "转账", "手机银行", "rt_back")
plant(R, c, "fire", "调解书案件：申请执行人本人账户收到被执行人80,000元，5日后全额转回（被执行人无流水）", B_RT)

d = person("350503")
ap = person("350503")
c = new_case("RT-F5", "FZ", D("2025-05-06"), d, applicant=ap, claim=46_000_00,
             heji=heji(D("2025-06-16"), D("2025-12-31")))
a = Acct(d, "cols", "person", D("2025-05-01"), D("2025-12-31"))
a.add(D("2025-06-17"), "09:00:00", "in", None, rng.choice(FRIENDS), "还款", "手机银行", "loan_in", atleast=10_500_00 + 8_000_00)
a.add(D("2025-06-18"), "10:00:00", "out", 10_000_00, ap, "和解款", "手机银行", "rt_pay")
a.add(D("2025-06-25"), "10:00:00", "in", 10_000_00, ap, "转账", "手机银行", "rt_back")
plant(R, c, "fire", "和解后付恰10,000.00元，7日后全额转回（min_yuan 含）", B_RT)

d = person("350582")
ap = person("350582")
c = new_case("RT-M1", "JJ", D("2025-06-23"), d, applicant=ap, claim=38_000_00,
             heji=heji(D("2025-08-04"), D("2026-01-31")))
a = Acct(d, "kv", "person", D("2025-06-01"), D("2026-01-31"))
a.add(D("2025-08-05"), "09:00:00", "in", None, rng.choice(FRIENDS), "还款", "手机银行", "loan_in", atleast=10_200_00 + 8_000_00)
a.add(D("2025-08-06"), "10:00:00", "out", 9_999_99, ap, "和解款", "手机银行", "rt_pay")
a.add(D("2025-08-11"), "10:00:00", "in", 9_999_99, ap, "转账", "手机银行", "rt_back")
plant(R, c, "miss", "和解后付9,999.99元并在5日内全额转回：金额<10,000元", B_RT)

d = person("350581")
ap = person("350581")
c = new_case("RT-M2", "SS", D("2025-09-08"), d, applicant=ap, claim=140_000_00, basis_doc="调解书")
a = Acct(d, "cols", "person", D("2025-09-01"), D("2026-04-30"))
a.add(D("2025-11-09"), "09:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=51_000_00 + 8_000_00)
a.add(D("2025-11-10"), "10:00:00", "out", 50_000_00, ap, "履行调解书款项", "网银", "rt_pay")
a.add(D("2025-11-20"), "10:00:00", "in", 39_995_00, ap, "往来款", "网银", "rt_back")
plant(R, c, "miss", "调解书案件：付50,000元，10日后转回39,995元（79.99%，<80%）", B_RT)

d = person("350503")
ap = person("350503")
c = new_case("RT-M3", "FZ", D("2025-11-03"), d, applicant=ap, claim=90_000_00,
             heji=heji(D("2025-12-15"), D("2026-06-30")))
a = Acct(d, "signed", "person", D("2025-11-01"), D("2026-05-31"))
a.add(D("2025-12-16"), "09:00:00", "in", None, rng.choice(FRIENDS), "还款", "手机银行", "loan_in", atleast=41_000_00 + 8_000_00)
a.add(D("2025-12-17"), "10:00:00", "out", 40_000_00, ap, "和解款", "手机银行", "rt_pay")
a.add(D("2025-12-17") + days(RT_DAYS + 1), "10:00:00", "in", 40_000_00, ap, "转账", "手机银行", "rt_back")
plant(R, c, "miss", "和解后付40,000元，第31日（12/17→1/17）才全额转回", B_RT)

d = person("350583")
ap = person("350583")
c = new_case("RT-M4", "NA", D("2025-07-14"), d, applicant=ap, claim=110_000_00, basis_doc="判决书")
a = Acct(d, "dc", "person", D("2025-07-01"), D("2026-02-28"))
a.add(D("2025-09-01"), "09:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=61_000_00 + 8_000_00)
a.add(D("2025-09-02"), "10:00:00", "out", 60_000_00, ap, "执行款", "手机银行", "rt_pay")
a.add(D("2025-09-12"), "10:00:00", "in", 60_000_00, ap, "转账", "手机银行", "rt_back")
plant(R, c, "miss", "付60,000元10日后全额转回，但执行依据是判决书且无执行和解", B_RT)

d = person("350582")
ap = person("350582")
c = new_case("RT-M5", "JJ", D("2026-02-16"), d, applicant=ap, claim=130_000_00,
             heji=heji(D("2026-04-01"), D("2026-09-30")))
a = Acct(d, "cols", "person", D("2026-02-01"), D("2026-09-30"))
a.add(D("2026-04-02"), "09:00:00", "in", None, rng.choice(CUSTOMERS), "货款", "网银", "goods_in", atleast=51_000_00 + 8_000_00)
a.add(D("2026-04-03"), "10:00:00", "out", 50_000_00, ap, "和解款", "手机银行", "rt_pay")
a.add(D("2026-04-13"), "10:00:00", "in", 48_000_00, rng.choice(FRIENDS), "转账", "手机银行", "xfer_in_big")
plant(R, c, "miss", "和解后付申请执行人50,000元，10日后由一名无关个人转入48,000元（不是申请执行人转回）", B_RT)

# ==========================================================================================================
# lawful background (60 cases)
BG = []
courts = ["FZ", "JJ", "SS", "NA"]
layouts = ["cols", "kv", "signed", "dc"]


def bg_filing(lo="2024-03-01", hi="2026-08-31"):
    a, b = D(lo), D(hi)
    return a + days(rng.randrange((b - a).days))


k = 0
# 18 open individual cases, debtors with salary (INCOME does not apply: no 终本)
for i in range(18):
    court = courts[i % 4]
    d = person(COURTS[court][2])
    f = bg_filing("2025-01-01", "2026-07-31")
    c = new_case("BG-%02d" % k, court, f, d, xx=(f + days(rng.randrange(8, 25))) if i % 2 == 0 else None)
    k += 1
    Acct(d, layouts[i % 4], "salary", f - days(40), f + days(rng.randrange(150, 330)))
# 10 open company cases with business flows (payments only to unrelated companies)
for i in range(10):
    court = courts[i % 4]
    co = company(*place(court))
    ent(co, person(COURTS[court][2]), "法定代表人", D("2010-01-01") + days(rng.randrange(3000)))
    ent(co, person(COURTS[court][2]), "股东", D("2010-01-01") + days(rng.randrange(3000)),
        rng.randrange(10, 500) * 10_000_00, "%d%%" % rng.randrange(10, 60))
    f = bg_filing("2025-01-01", "2026-07-31")
    c = new_case("BG-%02d" % k, court, f, co, claim=rng.randrange(200_000, 2_000_000) * 100,
                 xx=(f + days(rng.randrange(8, 25))) if i % 2 else None)
    k += 1
    a = Acct(co, "corp" if i % 3 else "kv", "company", f - days(30), f + days(rng.randrange(150, 300)))
    rep = LEGAL_REP[co["id"]]
    a.add(f + days(20), "10:00:00", "out", rng.randrange(5, 30) * 100_00, rep, "备用金", "网银", "petty")
# 16 终本 individual cases: low balances, no income, small spending
for i in range(16):
    court = courts[i % 4]
    d = person(COURTS[court][2])
    f = bg_filing("2024-03-01", "2025-12-31")
    zb = f + days(rng.randrange(100, 280))
    if zb >= D("2026-10-20"):
        zb = D("2026-10-20") - days(rng.randrange(10, 60))
    c = new_case("BG-%02d" % k, court, f, d, close=zb, method="终本", claim=rng.randrange(40_000, 400_000) * 100)
    k += 1
    Acct(d, layouts[(i + 1) % 4], "person_low", f - days(30), zb + days(rng.randrange(60, 160)), cap=low_cap(c))
# 5 终本 company cases
for i in range(5):
    court = courts[i % 4]
    co = company(*place(court))
    ent(co, person(COURTS[court][2]), "法定代表人", D("2010-01-01") + days(rng.randrange(3000)))
    f = bg_filing("2024-03-01", "2025-12-31")
    zb = f + days(rng.randrange(100, 280))
    c = new_case("BG-%02d" % k, court, f, co, close=zb, method="终本", claim=rng.randrange(100_000, 900_000) * 100)
    k += 1
    Acct(co, "corp", "company_low", f - days(20), zb + days(90), cap=low_cap(c))
# 11 closed cases: 执行完毕 / 终结执行 / 准许撤回申请 (some with salary statements)
for i in range(11):
    court = courts[i % 4]
    d = person(COURTS[court][2])
    f = bg_filing("2024-03-01", "2026-06-30")
    close = f + days(rng.randrange(20, 120))
    method = ["执行完毕", "执行完毕", "执行完毕", "终结执行", "准许撤回申请"][i % 5]
    claim = rng.randrange(20_000, 200_000) * 100
    c = new_case("BG-%02d" % k, court, f, d, close=close, method=method, claim=claim,
                 paid=claim if method == "执行完毕" else 0)
    k += 1
    if i % 2 == 0:
        Acct(d, layouts[(i + 2) % 4], "salary", f - days(30), close + days(90))
N_BG = k

# ==========================================================================================================
# events


def ev(case, kind, date, end=None, item="", amount=None, result="", note="", cp=None, cp_id=None):
    assert date < TODAY, (case["tag"], kind, date)
    case["events"].append({"kind": kind, "date": date, "end": end, "item": item, "amount": amount, "result": result,
                           "note": note, "cp": cp or "", "cp_id": cp_id or ""})


for c in CASES:
    f = c["filing"]
    dname = c["debtor"]["name"]
    ev(c, "执行依据", c["basis_eff"], item=c["basis_doc"])
    ev(c, "执行通知", f + days(2), end=f + days(12), note="同时送达报告财产令")
    ev(c, "报告财产令", f + days(2), end=f + days(7))
    ev(c, "网络查控", f + days(5), item="总对总：存款、车辆、不动产、证券", result="未发现可供执行财产")
    if c["method"] == "终本" and c["xx"] is None:
        c["xx"] = f + days(9)
    if c["xx"]:
        ev(c, "限制消费", c["xx"], item=dname)
    if c["xx_lift"]:
        ev(c, "解除限制消费", c["xx_lift"], item=dname, note="申请执行人同意")
    if c["heji"]:
        h = c["heji"]
        ev(c, "和解", h["date"], end=h["due"], result=h["result"], note="执行和解协议，分期履行")
    if c["method"] == "终本":
        zb = c["close"]
        ev(c, "现场调查", f + days(30), item="被执行人住所", result="未发现可供执行财产")
        ev(c, "网络查控", zb - days(20), item="总对总：存款、车辆、不动产、证券", result="未发现可供执行财产")
        ev(c, "终本前告知申请人", zb - days(10), note="申请执行人签字确认")
        ev(c, "终本", zb, note="经合议庭审查、院长批准")
    elif c["method"] == "执行完毕":
        ev(c, "案款到账", c["close"] - days(3), amount=c["paid"])
        ev(c, "案款发放", c["close"], amount=c["paid"], cp=c["applicant"]["name"], cp_id=c["applicant"]["id"])
        if c["xx"]:
            ev(c, "解除限制消费", c["close"], item=dname)


# ==========================================================================================================
# case numbers: per court and year, in filing order, with gaps
seq = {}
for c in sorted(CASES, key=lambda x: (x["court"], x["filing"], x["tag"])):
    key = (c["court"], c["filing"].year)
    seq[key] = seq.get(key, rng.randrange(300, 1500)) + rng.randrange(3, 60)
    c["no"] = "（%d）%s执%d号" % (c["filing"].year, COURTS[c["court"]][1], seq[key])
    eff = c["basis_eff"]
    c["basis_no"] = "（%d）%s民初%d号" % (eff.year if eff.month > 2 else eff.year - 1, COURTS[c["court"]][1],
                                       rng.randrange(1000, 12000))
assert len({c["no"] for c in CASES}) == len(CASES)

# ==========================================================================================================
# simulate the accounts
for a in ACCOUNTS:
    a.simulate()


# ==========================================================================================================
# independent oracle: my reading of the six rules (README "Readings"), run on the generated data
def txs_of(pid):
    return [(a, t) for a in ACCT_OF.get(pid, []) for t in a.txs]


def related_ids(pid):
    return {o for o, _ in RELATED[pid]}


def oracle(variant=None):
    v = variant or {}
    fires = defaultdict(set)
    for c in CASES:
        deb = c["debtor"]
        f, zb = c["filing"], (c["close"] if c["method"] == "终本" else None)
        txs = txs_of(deb["id"])
        # TRANSFER-OUT
        rel = related_ids(deb["id"])
        per = defaultdict(int)
        hit = False
        pre = v.get("to_pre", TO_PRE_ZB_DAYS)
        for a, t in txs:
            if t["dir"] != "out" or not t["cp"] or t["cp"] not in BY_NAME or BY_NAME[t["cp"]]["id"] not in rel:
                continue
            inwin = t["date"] >= f or (zb is not None and 0 <= (zb - t["date"]).days <= pre)
            if v.get("to_strict") and zb is not None and t["date"] < f:
                inwin = 0 <= (zb - t["date"]).days < pre
            if not inwin:
                continue
            per[t["cp"]] += t["amount"]
            if t["amount"] >= TO_SINGLE:
                hit = True
        if hit or any(s >= TO_TOTAL for s in per.values()):
            fires["ZJ-TRANSFER-OUT"].add(c["tag"])
        # CASH-SPLIT
        span = v.get("cs_span", CS_WINDOW - 1)
        cds = sorted(t["date"] for a, t in txs if t["dir"] == "out" and t["kind"] in ("cash", "atm")
                     and CS_LOW <= t["amount"] < CS_LIMIT and t["date"] >= f)
        for i in range(len(cds) - CS_MIN_COUNT + 1):
            if (cds[i + CS_MIN_COUNT - 1] - cds[i]).days <= span:
                fires["ZJ-CASH-SPLIT"].add(c["tag"])
                break
        if zb is not None:
            # INCOME
            lo = add_months(zb, -IN_LOOKBACK_MONTHS)
            hi = zb + days(IN_AFTER_DAYS)
            if v.get("in_month_start"):
                lo = lo.replace(day=1)
            months = {(t["date"].year, t["date"].month) for a, t in txs
                      if t["dir"] == "in" and t["kind"] in ("salary", "salary_bg", "rent", "dividend", "insurance")
                      and t["amount"] >= IN_MIN and lo <= t["date"] <= hi}
            if len(months) >= IN_MIN_MONTHS:
                fires["ZJ-INCOME"].add(c["tag"])
            # BALANCE-AT-ZB
            w = v.get("bz_window", BZ_WINDOW)
            need = min(c["claim"] - c["paid"], BZ_MIN)
            hit = any(zb - days(w) <= t["date"] <= zb and t["balance"] >= need for a, t in txs)
            if v.get("bz_carry"):
                for a in ACCT_OF.get(deb["id"], []):
                    before = [t for t in a.txs if t["date"] < zb - days(w)]
                    if before and before[-1]["balance"] >= need:
                        hit = True
            if hit:
                fires["ZJ-BALANCE-AT-ZB"].add(c["tag"])
        # SPEND-LIMITED
        if c["xx"]:
            bound = [deb] + ([LEGAL_REP[deb["id"]]] if deb["org"] and deb["id"] in LEGAL_REP else [])
            for p in bound:
                for a, t in txs_of(p["id"]):
                    if t["dir"] == "out" and t["kind"] == "spend_kw" and t["amount"] >= SP_MIN and \
                            t["date"] > c["xx"] and (c["xx_lift"] is None or t["date"] < c["xx_lift"]):
                        fires["ZJ-SPEND-LIMITED"].add(c["tag"])
        # ROUNDTRIP
        if c["basis_doc"] == "调解书" or c["heji"]:
            ap = c["applicant"]
            moves = []   # (date, payer id, payee id, amount), seen from either side's statement
            for who, other in ((deb, ap), (ap, deb)):
                for a, t in txs_of(who["id"]):
                    if t["cp"] == other["name"]:
                        payer, payee = (who, other) if t["dir"] == "out" else (other, who)
                        moves.append((t["date"], payer["id"], payee["id"], t["amount"]))
            rdays = v.get("rt_days", RT_DAYS)
            for (d1, p1, q1, m1) in moves:
                for (d2, p2, q2, m2) in moves:
                    if p2 == q1 and q2 == p1 and 0 < (d2 - d1).days <= rdays and m1 >= RT_MIN and \
                            m2 >= RT_MIN and m2 * 100 >= RT_RATIO * 100 * m1 - 1e-6:
                        fires["ZJ-ROUNDTRIP"].add(c["tag"])
    return fires


RULES = ["ZJ-TRANSFER-OUT", "ZJ-CASH-SPLIT", "ZJ-INCOME", "ZJ-BALANCE-AT-ZB", "ZJ-SPEND-LIMITED", "ZJ-ROUNDTRIP"]
got = oracle()
for r in RULES:
    want = {p["case"]["tag"] for p in PLANTS if p["rule"] == r and p["expect"] == "fire"}
    assert got[r] == want, (r, "oracle fires", sorted(got[r] - want), "missing", sorted(want - got[r]))
# the verdict changes under another reading of an inclusive bound only where a case is planted on that bound
for variant, changed in [({"to_strict": True}, {"ZJ-TRANSFER-OUT": {"TO-F3"}}),
                         ({"cs_span": CS_WINDOW}, {}),
                         ({"in_month_start": True}, {}),
                         ({"bz_window": BZ_WINDOW - 1}, {"ZJ-BALANCE-AT-ZB": {"BZ-F4"}}),
                         ({"bz_carry": True}, {}),
                         ({"rt_days": RT_DAYS - 1}, {"ZJ-ROUNDTRIP": {"RT-F3"}})]:
    alt = oracle(variant)
    for r in RULES:
        assert got[r] ^ alt[r] == changed.get(r, set()), (variant, r, got[r] ^ alt[r])

# robustness of the background and of the planted cases beyond the rule each tests
for c in CASES:
    tags = {p["rule"] for p in PLANTS if p["case"] is c}
    for a in ACCT_OF.get(c["debtor"]["id"], []):
        for t in a.txs:
            if t["planted"] and a.case is not c:
                continue      # planted for the other case this person is in (checked there and by the oracle)
            text = t["cp"] + t["summary"] + t["note"] + t["channel"]
            if "ZJ-SPEND-LIMITED" not in tags and t["dir"] == "out":
                assert not any(w in text for w in SPEND_WORDS), (c["tag"], text)
            if c["method"] == "终本" and "ZJ-INCOME" not in tags and t["dir"] == "in":
                assert not any(w in text for w in INCOME_WORDS), (c["tag"], text)
            if t["kind"] in ("cash", "atm"):
                assert t["amount"] < CS_LOW or "ZJ-CASH-SPLIT" in tags, (c["tag"], t)
    if c["method"] == "终本" and "ZJ-INCOME" not in tags:
        zb = c["close"]
        months = {(t["date"].year, t["date"].month) for a, t in txs_of(c["debtor"]["id"])
                  if t["dir"] == "in" and t["amount"] >= IN_MIN and
                  add_months(zb, -6) <= t["date"] <= zb + days(90)}
        assert len(months) <= 2, (c["tag"], months)
# no money between debtor and applicant outside the ROUNDTRIP plants
for c in CASES:
    if not any(p["case"] is c and p["rule"] == "ZJ-ROUNDTRIP" for p in PLANTS):
        for a, t in txs_of(c["debtor"]["id"]) + txs_of(c["applicant"]["id"]):
            assert t["cp"] not in (c["applicant"]["name"], c["debtor"]["name"]), c["tag"]
# legal representatives' own accounts (bound by a company's 限制消费令) carry no keyword outside SP plants
for a in ACCOUNTS:
    for t in a.txs:
        if not t["planted"]:
            assert not any(w in t["cp"] + t["summary"] + t["note"] for w in SPEND_WORDS), t
# names unique, counterparties never parties unless planted as such
assert len(NAMES) == len(set(NAMES))
for x in FRIENDS + CUSTOMERS + EMPLOYERS + TENANTS:
    assert x not in BY_NAME


# ==========================================================================================================
# writers
def money(c, sep=True):
    s = "%d.%02d" % (abs(c) // 100, abs(c) % 100)
    if sep:
        i, f = s.split(".")
        i = "{:,}".format(int(i))
        s = i + "." + f
    return ("-" if c < 0 else "") + s


DIG = "零壹贰叁肆伍陆柒捌玖"


def daxie(yuan):
    """integer yuan → 人民币…元整 (legal capital numerals)"""
    assert yuan > 0 and yuan < 10 ** 8

    def four(n):
        s, zero = "", False
        for unit, div in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
            q = n // div % 10
            if q:
                if zero and s:
                    s += "零"
                s += DIG[q] + unit
                zero = False
            else:
                zero = True
        return s
    hi, lo = divmod(yuan, 10000)
    s = ""
    if hi:
        s = four(hi) + "万"
        if lo and lo < 1000:
            s += "零"
    if lo:
        s += four(lo)
    return "人民币" + s + "元整"


def parse_daxie(s):
    s = s.replace("人民币", "").replace("元整", "")
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in DIG:
            num = DIG.index(ch)
        elif ch in "拾佰仟":
            sec += num * {"拾": 10, "佰": 100, "仟": 1000}[ch]
            num = 0
        elif ch == "万":
            total = (sec + num) * 10000
            sec, num = 0, 0
    return total + sec + num


for n in [1, 10, 15, 100, 101, 110, 1001, 10000, 10001, 10100, 89100, 100000, 105000, 1010101, 2000000, 3050000,
          81100, 999999, 12345678]:
    assert parse_daxie(daxie(n)) == n, (n, daxie(n))
assert daxie(89100) == "人民币捌万玖仟壹佰元整"

CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "一二三四五六七八九"[n - 1]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")


def cn_date(x):
    return "".join(CN_DIG[int(ch)] for ch in str(x.year)) + "年" + cn_num(x.month) + "月" + cn_num(x.day) + "日"


def parse_cn_date(s):
    m = re.fullmatch(r"(.{4})年(.+)月(.+)日", s)

    def num(t):
        if "十" in t:
            a, b = t.split("十")
            return (CN_DIG.index(a) if a else 1) * 10 + (CN_DIG.index(b) if b else 0)
        return CN_DIG.index(t)
    return dt.date(int("".join(str(CN_DIG.index(ch)) for ch in m.group(1))), num(m.group(2)), num(m.group(3)))


for x in [D("2026-06-15"), D("2025-10-01"), D("2026-11-30"), D("2024-12-21"), D("2025-01-10")]:
    assert parse_cn_date(cn_date(x)) == x, cn_date(x)
assert cn_date(D("2026-06-15")) == "二〇二六年六月十五日"


def write_csv(path, rows, encoding="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue().encode(encoding))


os.makedirs(OUT, exist_ok=True)
for name in os.listdir(OUT):
    os.remove(os.path.join(OUT, name))

METHOD_TEXT = {"终本": "终结本次执行程序", "执行完毕": "执行完毕", "终结执行": "终结执行", "准许撤回申请": "准许撤回申请"}


def basis_text(c):
    return c["basis_no"] + "民事" + c["basis_doc"]


# ledger.csv (UTF-8): 丰泽、晋江、石狮
hdr = ["案号", "法院", "立案日期", "结案日期", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人",
       "被执行人证件号码", "执行标的", "实际到位金额", "执行依据", "承办人", "终本理由"]
rows = [hdr]
for c in sorted(CASES, key=lambda x: x["no"]):
    if COURTS[c["court"]][4] != "utf8":
        continue
    rows.append([c["no"], COURTS[c["court"]][0], c["filing"].isoformat(), c["close"].isoformat() if c["close"] else "",
                 METHOD_TEXT.get(c["method"], "") if c["method"] else "", c["cause"], c["applicant"]["name"],
                 c["applicant"]["id"], c["debtor"]["name"], c["debtor"]["id"], money(c["claim"]), money(c["paid"]),
                 basis_text(c), c["judge"],
                 "经网络查控、现场调查未发现可供执行财产" if c["method"] == "终本" else ""])
write_csv(os.path.join(OUT, "ledger.csv"), rows)

# ledger_gbk.csv (GBK): 南安, title row, synonym headers, mixed date and money forms
hdr = ["执行案号", "执行法院", "收案日期", "结案时间", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人",
       "证件号码", "标的金额(元)", "执行到位金额(元)", "执行依据文号", "执行法官", "终本理由"]
rows = [["南安市人民法院执行案件台账（2024年—2026年，截至2026年10月31日）"], hdr]
date_forms = [lambda x: x.strftime("%Y/") + "%d/%d" % (x.month, x.day),
              lambda x: "%d.%d.%d" % (x.year, x.month, x.day),
              lambda x: x.strftime("%Y%m%d"),
              lambda x: "%d年%d月%d日" % (x.year, x.month, x.day),
              cn_date,
              lambda x: x.isoformat()]
i = 0
for c in sorted(CASES, key=lambda x: x["no"]):
    if COURTS[c["court"]][4] != "gbk":
        continue
    fd = date_forms[i % len(date_forms)]
    cd = date_forms[(i + 2) % len(date_forms)]

    def amt(v, j):
        if v == 0:
            return "0"
        if c["kind"] == "background" and v % 100 == 0:
            if j % 3 == 0:
                return daxie(v // 100)
            if j % 3 == 1 and v % 100_00 == 0:
                return "%s万元" % ("%.4f" % (v / 100 / 10000)).rstrip("0").rstrip(".")
        return money(v) if j % 2 else "%d元" % (v // 100) if v % 100 == 0 else money(v, sep=False)
    rows.append([c["no"], "南安市人民法院", fd(c["filing"]), cd(c["close"]) if c["close"] else "",
                 ("终本" if i % 2 else "终结本次执行程序") if c["method"] == "终本" else
                 (METHOD_TEXT.get(c["method"], "") if c["method"] else ""),
                 c["cause"], c["applicant"]["name"], c["applicant"]["id"], c["debtor"]["name"], c["debtor"]["id"],
                 amt(c["claim"], i), amt(c["paid"], i + 1), basis_text(c), c["judge"],
                 "经网络查控、现场调查未发现可供执行财产" if c["method"] == "终本" else ""])
    i += 1
write_csv(os.path.join(OUT, "ledger_gbk.csv"), rows, "gbk")

# registry_企业登记.csv
rows = [["企业名称", "企业信用代码", "人员姓名", "身份证号", "职务", "任职日期", "认缴出资额", "持股比例"]]
for r in ENT_ROWS:
    rows.append([r["co"]["name"], r["co"]["id"], r["p"]["name"], r["p"]["id"], r["role"], r["start"].isoformat(),
                 money(r["capital"], sep=False) if r["capital"] else "", r["share"] or ""])
write_csv(os.path.join(OUT, "registry_企业登记.csv"), rows)

# registry_不动产.csv
rows = [["权利人", "证件号码", "坐落", "不动产权证号", "价值", "登记日期", "共有人", "共有人证件号码"]]
for r in HOUSE_ROWS:
    rows.append([r["p"]["name"], r["p"]["id"], r["loc"], r["cert"], money(r["value"], sep=False),
                 r["start"].isoformat(), "、".join(x["name"] for x in r["co"]), "、".join(x["id"] for x in r["co"])])
write_csv(os.path.join(OUT, "registry_不动产.csv"), rows)

# registry_存款.csv
rows = [["户名", "证件号码", "开户行", "账号", "余额", "开户日期"]]
for r in DEPOSIT_ROWS:
    rows.append([r["p"]["name"], r["p"]["id"], r["bank"], r["no"], money(r["bal"], sep=False), r["opened"].isoformat()])
write_csv(os.path.join(OUT, "registry_存款.csv"), rows)

# events.csv
rows = [["案号", "事件类型", "日期", "到期日", "标的物", "金额", "结果", "买受人", "买受人证件号", "备注"]]
for c in sorted(CASES, key=lambda x: x["no"]):
    for e in sorted(c["events"], key=lambda e: e["date"]):
        rows.append([c["no"], e["kind"], e["date"].isoformat(), e["end"].isoformat() if e["end"] else "", e["item"],
                     money(e["amount"], sep=False) if e["amount"] else "", e["result"], e["cp"], e["cp_id"],
                     e["note"]])
write_csv(os.path.join(OUT, "events.csv"), rows)
N_EVENTS = len(rows) - 1


# ---- bank statements --------------------------------------------------------------------------------------
def spaced(no):
    return " ".join(no[i:i + 4] for i in range(0, len(no), 4))


def by_layout(lay):
    return [a for a in ACCOUNTS if a.layout == lay and a.txs]


BANK_FILES = {}
# bank_01: holder and account in columns; 交易金额 + 借贷标志 (借 = 支出, 贷 = 收入); several accounts
hdr = ["户名", "账号", "证件号码", "开户行", "交易日期", "交易时间", "交易金额", "借贷标志", "余额", "对方户名", "对方账号",
       "对方开户行", "摘要", "交易渠道"]
rows = [hdr]
for a in by_layout("cols"):
    for t in a.txs:
        rows.append([a.holder["name"], a.no, a.holder["id"], a.bank, t["date"].isoformat(), t["time"],
                     money(t["amount"]), "借" if t["dir"] == "out" else "贷", money(t["balance"]), t["cp"] or "-",
                     t["cp_acct"] or "-", "", t["summary"] + ("；" + t["note"] if t["note"] else ""), t["channel"]])
BANK_FILES["bank_01_icbc_columns.csv"] = (rows, "utf-8", "cols")

# bank_02: key:value lines above the header, repeated per account; 借方发生额 / 贷方发生额
hdr = ["交易日期", "交易时间", "借方发生额", "贷方发生额", "余额", "对方户名", "对方账号", "摘要", "附言", "交易渠道"]
rows = [["中国建设银行 个人活期账户交易明细"]]
for j, a in enumerate(by_layout("kv")):
    rows.append(["户  名：%s    账号：%s" % (a.holder["name"], spaced(a.no))])
    rows.append(["证件号码：%s   开户行：%s   币种：人民币" % (a.holder["id"], a.bank)])
    rows.append(hdr)
    zero = "0.00" if j % 2 else ""
    deb = cre = 0
    for t in a.txs:
        x = "%d/%d/%d" % (t["date"].year, t["date"].month, t["date"].day)
        rows.append([x, t["time"], money(t["amount"], sep=False) if t["dir"] == "out" else zero,
                     money(t["amount"], sep=False) if t["dir"] == "in" else zero, money(t["balance"], sep=False),
                     t["cp"], t["cp_acct"], t["summary"], t["note"], t["channel"]])
        if t["dir"] == "out":
            deb += t["amount"]
        else:
            cre += t["amount"]
    rows.append(["合计", "", money(deb, sep=False), money(cre, sep=False), "", "", "", "", "", ""])
    rows.append([])
BANK_FILES["bank_02_ccb_keyvalue.csv"] = (rows, "utf-8", "kv")

# bank_03 (GBK): key and value in neighbouring cells; signed 交易金额, no flag column; 20260114 + 102030
hdr = ["记账日期", "交易时刻", "交易金额", "账户余额", "交易对方名称", "交易对方账号", "对方行名", "交易摘要", "附言", "渠道"]
rows = []
for a in by_layout("signed"):
    rows.append(["客户名称", a.holder["name"], "卡号/账号", a.no])
    rows.append(["证件号码", a.holder["id"], "开户行", a.bank])
    rows.append(["查询日期", "2026-11-02", "币种", "人民币"])
    rows.append(hdr)
    for t in a.txs:
        sgn = -t["amount"] if t["dir"] == "out" else t["amount"]
        rows.append([t["date"].strftime("%Y%m%d"), t["time"].replace(":", ""),
                     ("+" if sgn > 0 and rng.random() < 0.3 else "") + money(sgn, sep=False),
                     money(t["balance"], sep=False), t["cp"], t["cp_acct"], "", t["summary"], t["note"],
                     t["channel"]])
BANK_FILES["bank_03_qzbank_signed.csv"] = (rows, "gbk", "signed")

# bank_04: company accounts, 本方… columns, a lone 交易时间 column with date and time, 收付标志 收/付, 发生额
hdr = ["本方户名", "本方账号", "本方证件号码", "本方开户行", "交易时间", "收付标志", "发生额", "联机余额", "交易对方名称",
       "交易对方账号", "对方开户行", "用途", "业务类型"]
rows = [hdr]
for a in by_layout("corp"):
    for t in a.txs:
        rows.append([a.holder["name"], a.no, a.holder["id"], a.bank, "%s %s" % (t["date"].isoformat(), t["time"]),
                     "付" if t["dir"] == "out" else "收", money(t["amount"], sep=False), money(t["balance"], sep=False),
                     t["cp"] or "无", t["cp_acct"] or "无", "", t["summary"] + ("；" + t["note"] if t["note"] else ""),
                     t["channel"]])
BANK_FILES["bank_04_corporate.csv"] = (rows, "utf-8", "corp")

# bank_05: 支出金额 / 收入金额 columns, holder in columns with other synonyms, 2026年1月14日
hdr = ["客户姓名", "客户账号", "开户证件号码", "开户网点", "日期", "时间", "支出金额", "收入金额", "当前余额", "对方户名",
       "对方卡号", "对方行名", "摘要", "附言", "渠道"]
rows = [["农村商业银行 账户交易明细清单"], hdr]
for a in by_layout("dc"):
    for t in a.txs:
        rows.append([a.holder["name"], a.no, a.holder["id"], a.bank,
                     "%d年%d月%d日" % (t["date"].year, t["date"].month, t["date"].day), t["time"],
                     money(t["amount"]) if t["dir"] == "out" else "", money(t["amount"]) if t["dir"] == "in" else "",
                     money(t["balance"]), t["cp"], t["cp_acct"], "", t["summary"], t["note"], t["channel"]])
BANK_FILES["bank_05_rcb_debitcredit.csv"] = (rows, "utf-8", "dc")

for name, (rows, enc, _) in BANK_FILES.items():
    write_csv(os.path.join(OUT, name), rows, enc)

# expected.tsv and planted.md
with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("rule\tcase_no\texpect\twhy\n")
    for p in PLANTS:
        fh.write("%s\t%s\t%s\t%s\n" % (p["rule"], p["case"]["no"], p["expect"], p["boundary"]))

# the condition of the spec table row each plant sits on (rules.md "Money rules"), for planted.md
COND = {
    "TO-F1": "single ≥ 50,000 元 (equal); 法定代表人; after 立案", "TO-F2": "total ≥ 100,000 元 per party; 股东",
    "TO-F3": "within pre_zb_days (180) before 终本 (day 180); 共有人", "TO-F4": "single ≥ 50,000; 监事; after 立案",
    "TO-F5": "single ≥ 50,000; 高管 (经理)", "TO-F6": "single ≥ 50,000; 法定代表人 link person→company",
    "TO-M1": "single ≥ 50,000 fails by 0.01", "TO-M2": "total ≥ 100,000 fails by 0.01",
    "TO-M3": "related party fails: mere 交易对手", "TO-M4": "window fails: day 181 before 终本 and before 立案",
    "TO-M5": "'pays' fails: money in, not out",
    "CS-F1": "3 × [40,000, 50,000) within 7 days", "CS-F2": "low_yuan 40,000 included",
    "CS-F3": "just under limit_yuan; span 6 days", "CS-F4": "company account, 现金支票", "CS-F5": "after 立案 (终本 case)",
    "CS-M1": "min_count fails: one at 39,999.99", "CS-M2": "min_count fails: one at limit 50,000.00 (excluded)",
    "CS-M3": "window_days fails: span 8 days", "CS-M4": "after 立案 fails: all before 立案",
    "CS-M5": "cash withdrawal fails: transfers",
    "IN-F1": "3 months salary before 终本", "IN-F2": "≥ 3,000 (equal); rent; one month after 终本",
    "IN-F3": "after_days 90 (day 79)", "IN-F4": "dividends + insurance + salary, 3 months",
    "IN-F5": "lookback_months 6 (from start + 2 days)",
    "IN-M1": "≥ 3,000 fails in 3rd month (2,999.99)", "IN-M2": "after_days fails: 3rd month on day 91",
    "IN-M3": "lookback fails: 3rd month one day before the start", "IN-M4": "min_months fails: 2 calendar months",
    "IN-M5": "income type fails: 借款",
    "BZ-F1": "balance ≥ 10,000", "BZ-F2": "balance = min_yuan 10,000.00", "BZ-F3": "balance ≥ unpaid claim (< 10,000)",
    "BZ-F4": "window_days 30 (day 30)", "BZ-F5": "company debtor",
    "BZ-M1": "min_yuan fails by 0.01 (unpaid 150,000)", "BZ-M2": "window fails: day 31",
    "BZ-M3": "below unpaid (5,000) and below min_yuan", "BZ-M4": "window fails: after 终本",
    "BZ-M5": "终本 fails: 执行完毕",
    "SP-F1": "flight after 限制消费令", "SP-F2": "hotel = min_yuan 300", "SP-F3": "company's 法定代表人 counts too",
    "SP-F4": "before 解除限制消费 (not lifted yet)", "SP-F5": "train (G字头)",
    "SP-M1": "min_yuan fails by 0.01", "SP-M2": "after the order fails: day before",
    "SP-M3": "not lifted fails: after 解除", "SP-M4": "keywords fail", "SP-M5": "bound person fails: 监事",
    "SP-M6": "spending fails: refund (money in)",
    "RT-F1": "和解; 90 % back in 12 days", "RT-F2": "调解书; min_ratio 80 % (equal)",
    "RT-F3": "return_days 30 (day 30)", "RT-F4": "调解书; seen in the applicant's statement",
    "RT-F5": "min ≥ 10,000 (equal)",
    "RT-M1": "≥ 10,000 fails by 0.01", "RT-M2": "min_ratio fails: 79.99 %", "RT-M3": "return_days fails: day 31",
    "RT-M4": "调解书/和解 fails: 判决书", "RT-M5": "'comes back' fails: from a third person",
}
assert set(COND) == {p["case"]["tag"] for p in PLANTS}

with open(os.path.join(OUT, "planted.md"), "w", encoding="utf-8") as fh:
    fh.write("# rules_f — planted cases (generated by gen.py)\n\n")
    fh.write("Screening date 2026-11-15. Default parameters of docs/rules.md \"Money rules (ZJ-, bank statements)\". "
             "Each case is planted for one rule only; every other ZJ rule is quiet on it by construction "
             "(checked by the oracle in gen.py).\n")
    for r in RULES:
        fh.write("\n## %s\n\nSpec/legal basis: %s\n\n" % (r, [p for p in PLANTS if p["rule"] == r][0]["basis"]))
        fh.write("| tag | 案号 | 法院 | expect | spec condition | boundary tested | debtor | accounts (file) |\n"
                 "|---|---|---|---|---|---|---|---|\n")
        for p in PLANTS:
            if p["rule"] != r:
                continue
            c = p["case"]
            accs = ["%s %s (%s)" % (a.holder["name"], a.no, [n for n, v in BANK_FILES.items() if v[2] == a.layout][0])
                    for a in ACCOUNTS if a.case is c]
            fh.write("| %s | %s | %s | %s | %s | %s | %s | %s |\n" % (
                c["tag"], c["no"], COURTS[c["court"]][0], p["expect"], COND[c["tag"]], p["boundary"],
                c["debtor"]["name"] + ("（单位）" if c["debtor"]["org"] else ""), "; ".join(accs)))
    fh.write("\n## Support cases (lawful, not scored as planted; any ZJ lead on them is a false positive)\n\n")
    for c in CASES:
        if c["kind"] == "support":
            fh.write("* %s %s — %s, %s\n" % (c["tag"], c["no"], c["debtor"]["name"],
                                            "被执行人 of a closed case: makes the related person a party"
                                            if c["tag"].startswith("SUP") else
                                            "its applicant is the mere 交易对手 of TO-M3"))


# ==========================================================================================================
# self-checks on the written files
def read_rows(path, enc):
    with open(path, "rb") as fh:
        raw = fh.read()
    return list(csv.reader(io.StringIO(raw.decode(enc))))


# GBK ledger decodes as GBK (and is not valid UTF-8 by accident)
raw = open(os.path.join(OUT, "ledger_gbk.csv"), "rb").read()
raw.decode("gbk")
try:
    raw.decode("utf-8")
    raise AssertionError("ledger_gbk.csv is also valid UTF-8")
except UnicodeDecodeError:
    pass

LEDGER_NOS = set()
for fn, enc, key, idcols in [("ledger.csv", "utf-8", "案号", ("申请执行人证件号码", "被执行人证件号码")),
                             ("ledger_gbk.csv", "gbk", "执行案号", ("申请执行人证件号码", "证件号码"))]:
    rows = read_rows(os.path.join(OUT, fn), enc)
    h = next(i for i, r in enumerate(rows) if key in r)
    hdr = rows[h]
    for r in rows[h + 1:]:
        rec = dict(zip(hdr, r))
        LEDGER_NOS.add(rec[key])
        for col in idcols:
            v = rec[col]
            assert id_valid(v) or uscc_valid(v), (fn, col, v)
with open(os.path.join(OUT, "expected.tsv"), encoding="utf-8") as fh:
    exp = list(csv.DictReader(fh, delimiter="\t"))
for e in exp:
    assert e["case_no"] in LEDGER_NOS, e
    assert e["expect"] in ("fire", "miss")
assert len({(e["rule"], e["case_no"]) for e in exp}) == len(exp)

# every ID and credit code anywhere
for p in PERSONS:
    assert (uscc_valid(p["id"]) if p["org"] else id_valid(p["id"])), p
    if not p["org"]:
        assert p["id"][:6] in FJ_AREAS
    else:
        assert p["id"][2:8] in FJ_AREAS
for fn, cols in [("registry_企业登记.csv", ["企业信用代码", "身份证号"]), ("registry_不动产.csv", ["证件号码"]),
                 ("registry_存款.csv", ["证件号码"]), ("events.csv", ["买受人证件号"])]:
    rows = read_rows(os.path.join(OUT, fn), "utf-8")
    for r in rows[1:]:
        rec = dict(zip(rows[0], r))
        for col in cols:
            v = rec[col]
            if v:
                assert uscc_valid(v) if col == "企业信用代码" else (id_valid(v) or uscc_valid(v)), v
for r in HOUSE_ROWS:
    for x in r["co"]:
        assert id_valid(x["id"])

# bank files: parse as CSV, find the headers, use only header names data-formats.md lists, and re-derive
# every account's transactions (count, direction, amount, balance) from the text
SYN = {
    "holder": "户名, 账户名称, 账户名, 客户名称, 户主名称, 账户户名, 持卡人, 客户姓名, 本方户名, 账户持有人",
    "holder_id": "证件号码, 身份证号, 证件号, 客户证件号码, 开户证件号码, 本方证件号码, 统一社会信用代码",
    "account": "账号, 卡号, 账号/卡号, 卡号/账号, 账户, 账户号码, 本方账号, 客户账号, 查询账号, 交易卡号, 银行账号",
    "bank": "开户行, 开户银行, 开户网点, 开户机构, 本方开户行, 银行名称",
    "date": "交易日期, 记账日期, 入账日期, 交易日, 发生日期, 日期, 会计日期",
    "time": "交易时间, 时间, 记账时间, 交易时刻",
    "amount": "交易金额, 金额, 发生额, 交易额, 收支金额",
    "direction": "借贷标志, 借贷方向, 收付标志, 收支标志, 收付方向, 收支方向, 交易方向, 资金方向, 借/贷, 收/支",
    "debit": "借方发生额, 借方金额, 借方, 支出金额, 支出, 转出金额",
    "credit": "贷方发生额, 贷方金额, 贷方, 收入金额, 收入, 转入金额",
    "balance": "余额, 账户余额, 交易后余额, 联机余额, 当前余额",
    "cp_name": "对方户名, 对方账户名称, 交易对方名称, 收/付方名称",
    "cp_account": "对方账号, 对方卡号, 交易对方账号",
    "cp_bank": "对方开户行, 对方行名",
    "summary": "摘要, 交易摘要",
    "note": "用途, 附言, 交易附言, 备注",
    "channel": "交易渠道, 渠道, 交易方式, 交易类型, 业务类型",
}
FIELD = {h.strip(): k for k, v in SYN.items() for h in v.split(",")}
OUT_FLAGS = {"借", "付", "支", "支出", "出", "转出", "D", "DR"}
IN_FLAGS = {"贷", "收", "收入", "进", "入", "转入", "C", "CR"}
KEYS = set(FIELD) | {"姓名", "名称", "客户", "户主", "身份证", "银行"}


def cents(s):
    s = s.replace(",", "").replace("+", "")
    neg = s.startswith("-")
    s = s.lstrip("-")
    i, _, f = s.partition(".")
    v = int(i) * 100 + int((f + "00")[:2])
    return -v if neg else v


N_TX = 0
for name, (_, enc, lay) in BANK_FILES.items():
    rows = read_rows(os.path.join(OUT, name), enc)
    parsed = defaultdict(list)
    header, ctx = None, {}
    for r in rows:
        cells = [x.strip() for x in r]
        filled = [x for x in cells if x]
        if not filled:
            continue
        if len(filled) >= 5 and all(x in FIELD for x in filled):          # a header (first or repeated)
            header = cells
            continue
        if len(filled) == 1 and ("：" in filled[0] or ":" in filled[0]):  # 户  名：…    账号：… lines
            for part in re.split(r"\s{3,}", filled[0]):
                k, _, v = part.partition("：")
                ctx[re.sub(r"\s", "", k)] = v.strip()
            continue
        if len(filled) == 1:                                              # a title row
            continue
        if cells[0] in KEYS or cells[0] == "查询日期":                    # key and value in neighbouring cells
            for k, v in zip(cells[0::2], cells[1::2]):
                ctx[k] = v
            continue
        assert header is not None, (name, r)
        if cells[0].startswith("合计"):
            continue
        f = {FIELD[h]: v for h, v in zip(header, cells)}
        acct = re.sub(r"\s", "", f.get("account") or ctx.get("账号") or ctx.get("卡号/账号") or "")
        assert acct, (name, r)
        if "amount" in f:
            amt = cents(f["amount"])
            if "direction" in f:
                assert f["direction"] in OUT_FLAGS | IN_FLAGS, (name, f["direction"])
                amt = -abs(amt) if f["direction"] in OUT_FLAGS else abs(amt)
        else:
            de, cr = f.get("debit", ""), f.get("credit", "")
            de = cents(de) if de else 0
            cr = cents(cr) if cr else 0
            assert (de == 0) != (cr == 0), (name, r)
            amt = cr - de
        parsed[acct].append((amt, cents(f["balance"])))
    accs = {a.no: a for a in by_layout(lay)}
    assert set(parsed) == set(accs), (name, set(parsed) ^ set(accs))
    for no, lst in parsed.items():
        a = accs[no]
        want = [((t["amount"] if t["dir"] == "in" else -t["amount"]), t["balance"]) for t in a.txs]
        assert lst == want, (name, no)
        bal = a.opening
        for amt, b in lst:
            bal += amt
            assert bal == b, (name, no)
        N_TX += len(lst)
    # holder IDs in the file are valid
    for a in accs.values():
        assert uscc_valid(a.holder["id"]) if a.holder["org"] else id_valid(a.holder["id"])

# dates: everything before the screening date
for a in ACCOUNTS:
    for t in a.txs:
        assert t["date"] < TODAY
for c in CASES:
    assert c["filing"] < TODAY and (not c["close"] or c["close"] < TODAY)
    assert not c["close"] or c["close"] > c["filing"]

# ----------------------------------------------------------------------------------------------------------
cnt = defaultdict(lambda: [0, 0])
for p in PLANTS:
    cnt[p["rule"]][0 if p["expect"] == "fire" else 1] += 1
for r in RULES:
    assert 4 <= cnt[r][0] <= 6 and 4 <= cnt[r][1] <= 6, (r, cnt[r])
n_planted = len({id(p["case"]) for p in PLANTS})
n_support = sum(1 for c in CASES if c["kind"] == "support")
print("cases: %d (planted %d, support %d, background %d); ledger rows utf8 %d, gbk %d" % (
    len(CASES), n_planted, n_support, N_BG, sum(1 for c in CASES if c["court"] != "NA"),
    sum(1 for c in CASES if c["court"] == "NA")))
print("accounts: %d, transactions: %d, events: %d, 企业登记 rows: %d, 不动产 rows: %d, 存款 rows: %d" % (
    sum(1 for a in ACCOUNTS if a.txs), N_TX, N_EVENTS, len(ENT_ROWS), len(HOUSE_ROWS), len(DEPOSIT_ROWS)))
for r in RULES:
    print("%-18s fire %d  miss %d" % (r, cnt[r][0], cnt[r][1]))
for name in sorted(BANK_FILES):
    print("%s: %d accounts" % (name, len(by_layout(BANK_FILES[name][2]))))
