#!/usr/bin/env python3
"""gen.py OUTDIR -- writes evaluation set C (planted violations + lawful background).

Usage:  /usr/bin/python3 eval/rules_c/gen.py eval/rules_c/data

Standard library only; fixed seed; no clock: two runs give byte-identical files.
Today (screen.today) is 2026-11-15.  Every person, company, address, phone, plate,
account and 执行依据 number is invented; court names and 案号 court codes are real
(绍兴 basic courts).  See README.md beside this file and the generated planted.md.
"""
import calendar
import csv
import io
import os
import random
import sys
from datetime import date, timedelta

TODAY = date(2026, 11, 15)
R = random.Random(20261115)


# --------------------------------------------------------------------------------------
# legal calendar: published State Council schedules (holidays and 调休 make-up workdays)
# --------------------------------------------------------------------------------------
def D(s):
    y, m, d = s.split("-")
    return date(int(y), int(m), int(d))


HOLIDAYS = set()
MAKEUP = set()


def _span(a, b):
    d = D(a)
    while d <= D(b):
        HOLIDAYS.add(d)
        d += timedelta(days=1)


for _a, _b in [
        # 2021
        ("2021-01-01", "2021-01-03"), ("2021-02-11", "2021-02-17"), ("2021-04-03", "2021-04-05"),
        ("2021-05-01", "2021-05-05"), ("2021-06-12", "2021-06-14"), ("2021-09-19", "2021-09-21"),
        ("2021-10-01", "2021-10-07"),
        # 2022
        ("2022-01-01", "2022-01-03"), ("2022-01-31", "2022-02-06"), ("2022-04-03", "2022-04-05"),
        ("2022-04-30", "2022-05-04"), ("2022-06-03", "2022-06-05"), ("2022-09-10", "2022-09-12"),
        ("2022-10-01", "2022-10-07"),
        # 2023
        ("2022-12-31", "2023-01-02"), ("2023-01-21", "2023-01-27"), ("2023-04-05", "2023-04-05"),
        ("2023-04-29", "2023-05-03"), ("2023-06-22", "2023-06-24"), ("2023-09-29", "2023-10-06"),
        # 2024 (国办发明电〔2023〕7号)
        ("2023-12-30", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
        ("2024-05-01", "2024-05-05"), ("2024-06-08", "2024-06-10"), ("2024-09-15", "2024-09-17"),
        ("2024-10-01", "2024-10-07"),
        # 2025 (国办发明电〔2024〕12号)
        ("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
        ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
        # 2026 (国务院办公厅 2025-11-04 通知)
        ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
        ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
        ("2026-10-01", "2026-10-07")]:
    _span(_a, _b)

for _m in ["2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09",
           "2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09",
           "2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08",
           "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
           "2024-10-12",
           "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
           "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]:
    MAKEUP.add(D(_m))


def days(n):
    return timedelta(days=n)


def is_rest(d):
    """法定休假日 in the sense of 民诉法 第八十五条: public holidays and ordinary weekends, but not
    a weekend day that the State Council made a working day (调休)."""
    if d in MAKEUP:
        return False
    if d in HOLIDAYS:
        return True
    return d.weekday() >= 5


def roll(d):
    """first working day on or after d"""
    while is_rest(d):
        d += days(1)
    return d


wd = roll


def prev_wd(d):
    while is_rest(d):
        d -= days(1)
    return d


def add_months(d, n):
    """民法典 第二百零二条: the corresponding day of the month, else the month's last day"""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_years(d, n):
    return add_months(d, 12 * n)


def dl_days(start, n):
    """last day of an N-day period starting the day after `start`, rolled per 民诉法 第八十五条"""
    return roll(start + days(n))


def dl_months(start, n):
    return roll(add_months(start, n))


def add_workdays(start, n):
    d = start
    k = 0
    while k < n:
        d += days(1)
        if not is_rest(d):
            k += 1
    return d


def workdays_between(a, b):
    """working days in (a, b]"""
    n = 0
    d = a
    while d < b:
        d += days(1)
        if not is_rest(d):
            n += 1
    return n


def pick_wd(a, b):
    """a random working day in [a, b] (a if none)"""
    c = []
    d = a
    while d <= b:
        if not is_rest(d):
            c.append(d)
        d += days(1)
    if not c:
        return roll(a)
    return R.choice(c)


def dates_ok(*ds):
    for d in ds:
        assert d <= TODAY, d


# --------------------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------------------
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]
ORG36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check(first17):
    return USCC[(31 - sum(USCC.index(c) * w for c, w in zip(first17, USCC_W)) % 31) % 31]


def org_check(first8):
    c = 11 - sum(ORG36.index(ch) * w for ch, w in zip(first8, ORG_W)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


USED_IDS = set()


def new_pid(area, birth_year_lo=1958, birth_year_hi=1996, male=None):
    while True:
        y = R.randint(birth_year_lo, birth_year_hi)
        m = R.randint(1, 12)
        dd = R.randint(1, calendar.monthrange(y, m)[1])
        seq = R.randint(10, 998)
        if male is not None:
            if (seq % 2 == 1) != male:
                seq += 1
        f17 = "%s%04d%02d%02d%03d" % (area, y, m, dd, seq)
        pid = f17 + id_check(f17)
        if pid not in USED_IDS:
            USED_IDS.add(pid)
            return pid


def new_uscc(area):
    while True:
        body = "MA2" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
        org = body + org_check(body)
        f17 = "91" + area + org
        code = f17 + uscc_check(f17)
        if code not in USED_IDS:
            USED_IDS.add(code)
            return code


USED_PHONES = set()


def new_phone():
    while True:
        p = R.choice(["135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
                      "182", "187", "188", "133", "153", "180", "189", "130", "131", "132", "155",
                      "156", "185", "186"]) + "%08d" % R.randint(0, 99999999)
        if p not in USED_PHONES:
            USED_PHONES.add(p)
            return p


USED_PLATES = set()


def new_plate():
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        s = "".join(R.choice(al + "0123456789") for _ in range(4))
        p = "浙D" + R.choice(al) + s if R.random() < .5 else "浙D" + "%d" % R.randint(1, 9) + R.choice(al) + s[:3]
        if p not in USED_PLATES and len(p) == 7:
            USED_PLATES.add(p)
            return p


def new_vin():
    al = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    return "L" + "".join(R.choice(al) for _ in range(16))


USED_ACCTS = set()


def new_account(prefix):
    while True:
        a = prefix + "".join(R.choice("0123456789") for _ in range(19 - len(prefix)))
        if a not in USED_ACCTS:
            USED_ACCTS.add(a)
            return a


# --------------------------------------------------------------------------------------
# courts, places, names
# --------------------------------------------------------------------------------------
COURTS = {
    "浙0624": ("新昌县人民法院", "330624", "新昌县", ["南明街道", "七星街道", "羽林街道", "沙溪镇", "澄潭街道", "儒岙镇"]),
    "浙0683": ("嵊州市人民法院", "330683", "嵊州市", ["剡湖街道", "三江街道", "鹿山街道", "浦口街道", "甘霖镇", "长乐镇"]),
    "浙0681": ("诸暨市人民法院", "330681", "诸暨市", ["暨阳街道", "浣东街道", "陶朱街道", "店口镇", "大唐街道"]),
    "浙0602": ("绍兴市越城区人民法院", "330602", "绍兴市越城区", ["塔山街道", "府山街道", "北海街道", "城南街道"]),
    "浙0603": ("绍兴市柯桥区人民法院", "330603", "绍兴市柯桥区", ["柯桥街道", "华舍街道", "齐贤街道", "钱清街道"]),
    "浙0604": ("绍兴市上虞区人民法院", "330604", "绍兴市上虞区", ["百官街道", "曹娥街道", "崧厦街道", "东关街道"]),
}
COURT_CODES = sorted(COURTS)
ID_AREAS = ["330624", "330683", "330681", "330602", "330603", "330604", "330621", "330106", "330282", "331081"]

JUDGES = {
    "浙0624": ["俞晓峰", "梁文静"], "浙0683": ["裘建平", "竺丽萍", "钱浩然"],
    "浙0681": ["楼志刚", "宣雅琴"], "浙0602": ["邵明远", "沈佳怡"],
    "浙0603": ["章国栋", "柴晓燕"], "浙0604": ["屠海涛", "应静雯"],
}

SURN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严武戴莫孔汤俞裘竺楼屠章应柴")
GIVEN = list("建国伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂文辉力斌燕华红波宁鑫浩宇晨嘉琪佳怡欣雨轩梓博昊天俊凯"
             "锋海峰林春雪梅玲婷慧瑶晓志永德荣根水金福坤亮成良松柏群飞彬琳薇颖露洁倩蓉翠琴莉丹萍")
SYL = list("禾澄岚翊朗沐屹拓钧榕焕溪沅晟骏弘铭璟恒泓锐瀚岳弈川汇晖璞颂旻朔楠枫砚棠蔚")
ROADX = list("梧桐银杏桂花樟树青竹芙蓉紫薇栖凤卧龙望江临湖丰乐安宁和顺长塘石门东岙西园南坞北山")
INDUSTRY = ["机械制造", "纺织", "建材", "电器", "食品", "贸易", "建筑工程", "汽车配件", "茶业", "领带服饰",
            "轴承", "袜业", "五金", "塑料制品", "印染", "家具", "包装材料", "电子科技"]
CAUSES_MONEY = ["民间借贷纠纷", "买卖合同纠纷", "金融借款合同纠纷", "劳务合同纠纷", "机动车交通事故责任纠纷",
                "房屋租赁合同纠纷", "建设工程施工合同纠纷", "追索劳动报酬纠纷", "承揽合同纠纷", "借款合同纠纷",
                "服务合同纠纷", "装饰装修合同纠纷"]
BANKS = [("中国农业银行", "6228"), ("中国工商银行", "6222"), ("中国建设银行", "6217"), ("中国银行", "6216"),
         ("浙江新昌农村商业银行", "6230"), ("浙江嵊州农村商业银行", "6231"), ("浙江诸暨农村商业银行", "6232"),
         ("绍兴银行", "6223")]
PLATFORMS = ["淘宝网司法拍卖平台", "京东司法拍卖平台", "人民法院诉讼资产网", "公拍网"]
CHANNELS = "总对总：存款、车辆、不动产、证券、股权、网络资金、保险、公积金"

USED_NAMES = set()
USED_ADDR = set()


def new_name(surname=None):
    while True:
        n = (surname or R.choice(SURN)) + "".join(R.choice(GIVEN) for _ in range(R.choice([1, 2, 2, 2])))
        if n not in USED_NAMES:
            USED_NAMES.add(n)
            return n


def new_addr(county=None, town=None):
    code = R.choice(COURT_CODES)
    county = county or COURTS[code][2]
    town = town or R.choice(COURTS[code][3])
    while True:
        if R.random() < .5:
            a = "%s%s%s%s村%d号" % (county, town, R.choice(ROADX), R.choice(ROADX), R.randint(1, 260))
        else:
            a = "%s%s%s%s路%d号%d幢%d室" % (county, town, R.choice(ROADX), R.choice(ROADX), R.randint(1, 300),
                                       R.randint(1, 28), R.randint(1, 26) * 100 + R.randint(1, 4))
        if a not in USED_ADDR:
            USED_ADDR.add(a)
            return a


# --------------------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------------------
REG_HEAD = {
    "户籍": ["姓名", "身份证号", "住址", "联系电话", "登记日期", "死亡日期"],
    "不动产": ["权利人", "权利人证件号", "坐落", "不动产权证号", "价值", "登记日期", "转移日期", "受让人", "受让人证件号",
            "转让价格", "共有人", "共有人证件号码"],
    "车辆": ["所有人", "证件号码", "号牌号码", "车辆识别代号", "价值", "登记日期", "注销日期"],
    "存款": ["账户名", "证件号码", "开户行", "账号", "余额", "开户日期", "销户日期", "联系电话"],
    "股权": ["股东", "证件号码", "企业名称", "出资额", "持股比例", "登记日期"],
    "企业登记": ["人员姓名", "证件号码", "企业名称", "企业信用代码", "职务", "任职日期", "离任日期", "联系电话", "住址"],
    "出行": ["旅客姓名", "旅客证件号", "交通方式", "车次", "出行日期", "舱位", "出发地", "到达地", "票号"],
}
REG = {k: [] for k in REG_HEAD}


def reg(kind, **kw):
    for k in kw:
        assert k in REG_HEAD[kind], (kind, k)
    REG[kind].append(kw)


class Person:
    kind = "P"

    def __init__(self, name=None, pid=None, area=None, phone=None, addr=None, hukou=True, surname=None,
                 birth=(1958, 1996)):
        self.name = name or new_name(surname)
        USED_NAMES.add(self.name)
        self.id = pid or new_pid(area or R.choice(ID_AREAS), birth[0], birth[1])
        self.phone = phone or new_phone()
        self.addr = addr or new_addr()
        if hukou:
            reg("户籍", 姓名=self.name, 身份证号=self.id, 住址=self.addr, 联系电话=self.phone,
                登记日期=date(int(self.id[6:10]), int(self.id[10:12]), int(self.id[12:14])))


class Company:
    kind = "C"

    def __init__(self, area=None, rep=None, name=None, industry=None, rep_since=None, county=None):
        area = area or R.choice(["330624", "330683", "330681", "330602", "330603", "330604"])
        cty = {"330624": "新昌县", "330683": "嵊州市", "330681": "诸暨市", "330602": "绍兴", "330603": "绍兴",
               "330604": "绍兴"}[area]
        while name is None:
            n = "%s%s%s%s有限公司" % (county or cty, R.choice(SYL), R.choice(SYL), industry or R.choice(INDUSTRY))
            if n not in USED_NAMES:
                name = n
        USED_NAMES.add(name)
        self.name = name
        self.id = new_uscc(area)
        self.addr = new_addr()
        self.rep = rep if rep is not None else Person()
        since = rep_since or date(R.randint(2008, 2020), R.randint(1, 12), R.randint(1, 28))
        reg("企业登记", 人员姓名=self.rep.name, 证件号码=self.rep.id, 企业名称=self.name, 企业信用代码=self.id,
            职务="法定代表人", 任职日期=since, 联系电话=self.rep.phone, 住址=self.rep.addr)


# --------------------------------------------------------------------------------------
# cases
# --------------------------------------------------------------------------------------
CASES = []
SEQ = {}
EV_COLS = ["案号", "事件类型", "日期", "到期日", "标的物", "金额", "评估价", "起拍价", "成交价", "买受人", "买受人证件号",
           "轮次", "拍卖平台", "优先债权", "不可分物", "处置障碍", "结果", "备注"]


def alloc_no(court, year, typ="执"):
    k = (court, year, typ)
    if k not in SEQ:
        SEQ[k] = R.randint(60, 400)
    SEQ[k] += R.randint(3, 37)
    return "（%d）%s%s%d号" % (year, court, typ, SEQ[k])


def basis_no(court, typ, eff):
    y = eff.year if eff.month > 2 else eff.year - 1
    if typ == "仲裁裁决书":
        return "（%d）绍仲裁字第%d号" % (y, R.randint(100, 2200))
    if typ == "公证债权文书":
        return "（%d）浙绍%s证字第%d号" % (y, R.choice(["新", "嵊", "诸", "越", "柯", "虞"]), R.randint(1000, 9800))
    if typ == "支付令":
        return "（%d）%s民督%d号" % (y, court, R.randint(10, 400))
    if typ == "民事判决书" and R.random() < .2:
        return "（%d）浙06民终%d号" % (y, R.randint(100, 4800))
    return "（%d）%s民初%d号" % (y, court, R.randint(200, 9800))


class Case:
    def __init__(self, court, filing, app, debtors, claim, cause=None, btype=None, judge=None, gbk=None,
                 eff_gap=None, basis_event=True):
        assert not is_rest(filing), (filing, "filing on a rest day")
        self.court = court
        self.filing = filing
        self.no = alloc_no(court, filing.year)
        self.app = app
        self.debtors = debtors if isinstance(debtors, list) else [debtors]
        self.claim = claim
        self.cause = cause or R.choice(CAUSES_MONEY)
        self.btype = btype or R.choice(["民事判决书"] * 5 + ["民事调解书"] * 3 + ["仲裁裁决书", "公证债权文书", "支付令"])
        self.eff = prev_wd(filing - days(eff_gap or R.randint(20, 80)))
        self.basis = basis_no(court, self.btype, self.eff)
        self.judge = judge or R.choice(JUDGES[court])
        self.gbk = (court == "浙0683") if gbk is None else gbk
        self.closing = None
        self.method = ""
        self.paid = 0
        self.zb_reason = ""
        self.events = []
        self.notice = None
        self.has_property = False
        self.no_extension = False
        CASES.append(self)
        if basis_event:
            self.ev("执行依据", self.eff, 标的物=self.btype, 备注=self.basis)

    @property
    def d(self):
        return self.debtors[0]

    def ev(self, kind, d, **kw):
        assert d <= TODAY, (self.no, kind, d)
        row = {"案号": self.no, "事件类型": kind, "日期": d}
        for k, v in kw.items():
            assert k in EV_COLS, k
            row[k] = v
        self.events.append(row)
        return d

    def close(self, d, method, paid, reason=""):
        assert d <= TODAY
        self.closing = d
        self.method = method
        self.paid = paid
        self.zb_reason = reason


def money(x):
    if x is None or x == "":
        return ""
    return "%.2f" % x


# ---- standard acts --------------------------------------------------------------------
def notice(c, d, report=True, report_kind="报告财产令", note=None, report_date=None):
    c.ev("执行通知", d, 到期日=d + days(7), 备注=note or "责令履行生效法律文书确定的义务，告知迟延履行利息")
    if report:
        rd = report_date or d
        c.ev(report_kind, rd, 到期日=rd + days(10), 备注="责令报告当前及收到执行通知之日前一年的财产情况")
    c.notice = d
    return d


def query(c, d, found=None):
    c.ev("网络查控", d, 标的物=CHANNELS, 结果=("发现：" + found) if found else "未发现可供执行财产")
    return d


def report(c, d, status="按期"):
    c.ev("财产报告", d, 结果=status, 备注="被执行人书面报告财产情况，经网络查控核查一致" if status == "按期" else "")
    return d


def start(c, n=None, report_order=True, q=None, rep="按期", found=None):
    """lawful opening: 执行通知 + 报告财产令 the same day within 7 days, 网络查控 within a week of it"""
    f = c.filing
    n = n or pick_wd(f + days(1), f + days(6))
    assert n <= f + days(10) or n == roll(f + days(10))
    notice(c, n, report=report_order)
    q = q or pick_wd(n + days(1), n + days(7))
    query(c, q, found)
    r = None
    if rep:
        r = pick_wd(n + days(3), n + days(9))
        if r > n + days(10):
            r = prev_wd(n + days(10))
        if r <= n:
            r = n + days(1)
        report(c, r, rep)
    return n, q, r


def xianxiao(c, d, whom=None, note=None):
    debtor = c.d
    if whom is None:
        whom = debtor.name
    c.ev("限制消费", d, 标的物=whom,
         备注=note or ("限制其法定代表人%s高消费及非生活和工作必需的消费" % debtor.rep.name if debtor.kind == "C"
                      else "限制高消费及非生活和工作必需的消费"))
    return d


def zb_close(c, zb, approval=None, paid=0, reason=None, q2=None, onsite=True, xx=None, tell=None,
             clue=False, note_extra=""):
    """lawful 终本 at zb: 限消 before, fresh 网络查控 within 3 months, 现场调查, 告知 and approval"""
    assert zb > add_months(c.filing, 3) + days(10), (c.no, zb)
    n = c.notice
    if xx is not False:
        xianxiao(c, xx or pick_wd(n + days(8), min(n + days(40), zb - days(50))))
    if clue:
        cd = pick_wd(n + days(12), zb - days(45))
        c.ev("财产线索", cd, 标的物="申请执行人称被执行人在外地有工程款债权", 结果="明确具体")
        c.ev("线索核查", pick_wd(cd + days(1), cd + days(4)), 标的物="工程款债权", 结果="不属实",
             备注="向相关单位调查，未发现对被执行人的应付款项")
    q2 = q2 or pick_wd(zb - days(40), zb - days(12))
    query(c, q2)
    if onsite:
        c.ev("现场调查", pick_wd(q2 + days(1), zb - days(8)), 标的物="被执行人住所地及经营场所", 结果="未发现可供执行财产")
    tell = tell or pick_wd(zb - days(7), zb - days(2))
    c.ev("终本前告知申请人", tell, 备注="告知执行情况、财产调查措施、被执行人财产情况、终本依据及法律后果，听取意见")
    approval = approval or R.choice(["applicant", "panel"])
    if approval == "applicant":
        c.ev("申请执行人确认终本", tell, 备注="申请执行人签字确认同意终结本次执行程序")
        note = "申请执行人签字确认"
    else:
        c.ev("合议庭评议", pick_wd(tell, zb - days(1)), 备注="终本合议")
        c.ev("院长批准", prev_wd(zb - days(1)))
        note = "经合议庭审查、院长批准"
    c.ev("终本", zb, 备注=note + note_extra)
    c.close(zb, "终结本次执行程序", paid, reason or "经穷尽财产调查措施，未发现被执行人有可供执行的财产")
    return zb


def post_queries(c, zb, until=TODAY, lo=3, hi=5, first=None):
    """终本后 网络查控 every 3-5 months (always inside the 6-month duty), within 5 years"""
    prev = zb
    end5 = add_years(zb, 5)
    out = []
    if first:
        c.ev("终本后查询", first, 标的物=CHANNELS, 结果="未发现可供执行财产", 备注="查询结果已告知申请执行人")
        out.append(first)
        prev = first
    while True:
        due = dl_months(prev, 6)
        nxt = pick_wd(add_months(prev, lo), min(add_months(prev, hi), due - days(3)))
        if nxt > until or nxt > end5:
            break
        assert nxt <= due
        c.ev("终本后查询", nxt, 标的物=CHANNELS, 结果="未发现可供执行财产", 备注="查询结果已告知申请执行人")
        out.append(nxt)
        prev = nxt
    return out


def freeze_transfer(c, d, amount, bank=None, receipt=None, payout=None, close=True, payee=None):
    """冻结 → 扣划到账 → 解冻 → 发放 (≤ 25 days) → 执行完毕"""
    bank = bank or R.choice(BANKS)
    acct = new_account(bank[1])
    item = "存款：%s%s支行 账号%s" % (bank[0], R.choice(["城关", "城南", "开发区", "江滨"]), acct)
    c.ev("冻结", d, 到期日=add_years(d, 1) - days(1), 标的物=item, 金额=money(amount))
    c.has_property = True
    rc = receipt or pick_wd(d + days(2), d + days(9))
    c.ev("案款到账", rc, 金额=money(amount), 备注="扣划被执行人存款")
    c.ev("解封", rc, 标的物=item, 备注="已扣划，解除冻结")
    po = payout or pick_wd(rc + days(3), rc + days(20))
    c.ev("案款发放", po, 金额=money(amount), 买受人=(payee or c.app).name)
    if close:
        c.close(pick_wd(po, po + days(3)), "执行完毕", amount)
    return item, acct, rc, po


def house_item(county=None):
    code = R.choice(COURT_CODES)
    if county:
        code = [k for k in COURT_CODES if COURTS[k][2] == county][0]
    county = COURTS[code][2]
    return "房产：%s%s%s%s苑%d幢%d室" % (county, R.choice(COURTS[code][3]), R.choice(ROADX), R.choice(ROADX),
                                   R.randint(1, 30), R.randint(1, 28) * 100 + R.randint(1, 4))


def vehicle_item(plate):
    return "车辆 %s %s" % (plate, R.choice(["大众牌小型轿车", "丰田牌小型轿车", "别克牌小型普通客车", "吉利牌小型轿车",
                                          "本田牌小型轿车", "五菱牌小型普通客车", "比亚迪牌小型轿车"]))


def auction_round(c, item, value, t0, start_price, rnd=1, movable=False, outcome="成交", buyer=None, deal=None,
                  platform=None, value_col=True, note=None, gap=None):
    """one lawful online round: 合议庭评议 → 拍卖通知 (≥3 days before 公告) → 拍卖公告 (≥30/15 d; re-auction
    15/7 d) → 拍卖/流拍 (24 h).  Returns the day bidding ended."""
    platform = platform or "淘宝网司法拍卖平台"
    c.ev("合议庭评议", t0, 标的物=item, 备注="评议确定起拍价、保证金及增价幅度")
    nt = pick_wd(t0 + days(1), t0 + days(3))
    c.ev("拍卖通知", nt, 标的物=item, 备注="书面通知申请执行人、被执行人及已知优先购买权人")
    pub = pick_wd(nt + days(4), nt + days(7))
    period = (15 if movable else 30) if rnd == 1 else (7 if movable else 15)
    st = pub + days(period + (gap if gap is not None else R.randint(2, 6)))
    end = st + days(1)
    lo = -(-int(start_price * 0.05) // 100) * 100
    hi = int(start_price * 0.2) // 100 * 100
    dep = min(max(round(start_price * R.choice([0.05, 0.1, 0.1, 0.15, 0.2]) / 100) * 100, lo), hi)
    assert 0.05 * start_price <= dep <= 0.2 * start_price
    c.ev("拍卖公告", pub, 到期日=st, 标的物=item, 起拍价=money(start_price), 评估价=money(value) if value_col else "",
         轮次=str(rnd), 拍卖平台=platform, 金额=money(dep), 备注=note or "")
    if outcome == "成交":
        c.ev("拍卖", end, 标的物=item, 成交价=money(deal), 买受人=buyer.name, 买受人证件号=buyer.id, 轮次=str(rnd),
             拍卖平台=platform)
    else:
        c.ev("流拍", end, 标的物=item, 轮次=str(rnd), 拍卖平台=platform, 起拍价=money(start_price))
    return end


def sell_and_pay(c, item, end, deal, payees, seize_kind="查封", close=True, close_method="执行完毕"):
    """buyer pays → 案款到账 → 解封 → 发放 within 20 days.  payees: [(party, amount)]"""
    rc = pick_wd(end + days(8), end + days(16))
    c.ev("案款到账", rc, 金额=money(deal), 备注="拍卖成交款")
    un = c.ev("解封", pick_wd(rc + days(1), rc + days(6)), 标的物=item, 备注="成交裁定送达，协助过户")
    po = pick_wd(rc + days(4), rc + days(18))
    for p, amt in payees:
        c.ev("案款发放", po, 金额=money(amt), 买受人=p.name)
    if close:
        last = max(po, un)
        c.close(pick_wd(last, last + days(3)), close_method, min(c.claim, deal))
    return rc, po


# --------------------------------------------------------------------------------------
# expected / planted bookkeeping
# --------------------------------------------------------------------------------------
PLANT = []          # (rule, case_no, expect, why, boundary-detail)
PLANTED_CASES = set()


def plant(rule, c, expect, why, detail=""):
    PLANT.append((rule, c.no, expect, why, detail))
    PLANTED_CASES.add(c.no)


BASIS = {
    "ZB-PROPERTY": "终本规定 第一条第（三）项（未发现可供执行的财产或者发现的财产不能处置）；民诉法解释 第五百一十七条；民事诉讼法 第二百五十八条",
    "ZB-SEIZED": "终本规定 第一条第（三）项；民事诉讼法 第二百五十八条（查封、扣押后逾期不履行，人民法院应当拍卖）；民诉法解释 第五百一十七条",
    "KZ-PAPER-VEHICLE": "查封规定 第六条（查封、扣押动产的，人民法院可以直接控制该项财产）、第二条；民事诉讼法 第二百五十八条；domain.md「纸面查封」",
    "JZ-TRAVEL": "限消规定（2015）第三条第一款第（一）（九）项、第二款（单位被执行人的法定代表人）；第十一条；拒执解释 第三条第（四）项",
    "JZ-AFTER-SANCTION": "拒执解释（法释〔2024〕13号）第三条第（四）项（经采取罚款、拘留等强制措施后仍拒不执行）；财产调查规定 第九条；限消规定 第十一条；刑法 第三百一十三条",
    "CZ-RELATED-BUYER": "民事诉讼法 第一百一十六条（被执行人与他人恶意串通逃避执行）；拒执解释 第三条第（一）项（虚假转让）；domain.md（auction buyer linked to the debtor: 借壳回购）",
    "FP-PLAN-15D": "民诉法解释 第五百零九条（十五日内书面异议）、第五百一十条（通知未提出异议的债权人、被执行人；诉讼期间分配应当提存）；民事诉讼法 第八十五条",
    "FP-PAYOUT-30D": "执行款物管理规定（法发〔2017〕6号）：收到执行款到账通知之日起三十日内完成发放（V3）；民事诉讼法 第八十五条",
    "XS-COLLUSION": "刑法 第三百零七条之一；虚假诉讼解释（2018）第一条第一款第（六）项、第三款（在民事执行过程中以捏造的事实对执行标的提出异议、申请参与执行财产分配）；民事诉讼法 第一百一十六条",
    "CX-NOTICE-10D": "民诉法解释 第四百八十条；执行工作规定（试行）第22条；民事诉讼法 第八十五条（期间届满日为法定休假日的顺延）",
    "CX-REPORT-ORDER": "财产调查规定 第三条（金钱债权执行中，报告财产令应当与执行通知同时发出）；民事诉讼法 第二百五十二条",
    "KZ-EXPIRY": "民诉法解释 第四百八十五条（存款一年、动产二年、不动产及其他财产权三年，届满前办理续行）；查封规定 第二十七条；民事诉讼法 第八十五条",
    "KZ-OVERSEIZE": "查封规定 第十九条；民事诉讼法 第二百五十三条；善意文明执行意见（法发〔2019〕35号）第4条（冻结存款应当明确具体数额）",
    "CZ-STARTPRICE-70": "网拍规定 第十条（起拍价不得低于评估价或者市价的百分之七十）；第二十六条（再次拍卖降价不超过前次起拍价20%）",
    "XY-DELETE-3WD": "失信规定（2017）第十条（三个工作日内删除；有纳入期限的不适用第一款，期限届满后三个工作日内删除）、第二条（二年）",
    "ZH-6M-QUERY": "终本规定 第九条第二款（五年内每六个月查询一次并告知申请执行人）；民法典 第二百零一、二百零二、二百零三条；民事诉讼法 第八十五条",
}

# shared "office" phone of an accounting agency: registered as the reserved phone of many
# companies' bank accounts (more than ten parties → not a relation, per data-formats.md)
OFFICE_PHONE = "0575-86021388"
OFFICE_USERS = []


# ======================================================================================
# BACKGROUND: lawful cases
# ======================================================================================
def bg_parties(company_debtor=None, company_app=None):
    if company_app is None:
        company_app = R.random() < .35
    if company_debtor is None:
        company_debtor = R.random() < .3
    app = Company() if company_app else Person()
    deb = Company() if company_debtor else Person()
    return app, deb


def bg_claim():
    return float(R.choice([R.randint(8, 95) * 1000, R.randint(10, 90) * 10000, R.randint(100, 480) * 1000 + 500,
                           R.randint(3, 30) * 10000 + R.randint(1, 99) * 100]))


def bg_done_direct(f):
    app, deb = bg_parties()
    debs = [deb, Person()] if R.random() < .15 else deb
    c = Case(R.choice(COURT_CODES), f, app, debs, bg_claim(), cause="民间借贷纠纷" if debs is not deb else None)
    n, q, r = start(c)
    p = pick_wd(n + days(12), n + days(70))
    if R.random() < .4:
        c.ev("和解", pick_wd(n + days(3), p - days(3)), 到期日=p, 结果="已履行完毕", 备注="分期履行执行和解协议")
    c.close(p, "执行完毕", c.claim)
    return c


def bg_done_freeze(f):
    app, deb = bg_parties()
    c = Case(R.choice(COURT_CODES), f, app, deb, bg_claim())
    n = pick_wd(f + days(1), f + days(5))
    notice(c, n)
    q = pick_wd(n + days(1), n + days(6))
    bank = R.choice(BANKS)
    query(c, q, "存款 %s元（%s）" % (money(c.claim + R.randint(500, 80000)), bank[0]))
    fr = pick_wd(q, q + days(2))
    freeze_transfer(c, fr, c.claim, bank)
    return c


def bg_done_vehicle(f):
    app, deb = bg_parties(company_debtor=False)
    c = Case(R.choice(COURT_CODES), f, app, deb, bg_claim())
    plate = new_plate()
    reg("车辆", 所有人=deb.name, 证件号码=deb.id, 号牌号码=plate, 车辆识别代号=new_vin(), 价值=money(R.randint(4, 18) * 10000),
        登记日期=date(R.randint(2015, 2023), R.randint(1, 12), R.randint(1, 28)))
    n = pick_wd(f + days(1), f + days(5))
    notice(c, n)
    q = pick_wd(n + days(1), n + days(6))
    query(c, q, "车辆 %s" % plate)
    item = vehicle_item(plate)
    s = pick_wd(q, q + days(2))
    c.ev("查封", s, 到期日=add_years(s, 2) - days(1), 标的物=item, 评估价=money(min(c.claim, 150000)))
    k = pick_wd(s + days(4), s + days(18))
    c.ev("扣押", k, 到期日=add_years(s, 2) - days(1), 标的物=item, 备注="已实际扣押，存放于法院停车场")
    c.has_property = True
    rc = pick_wd(k + days(7), k + days(30))
    c.ev("案款到账", rc, 金额=money(c.claim), 备注="被执行人履行")
    c.ev("解封", pick_wd(rc + days(1), rc + days(3)), 标的物=item, 备注="被执行人已履行，解除查封、扣押")
    po = pick_wd(rc + days(3), rc + days(15))
    c.ev("案款发放", po, 金额=money(c.claim), 买受人=app.name)
    c.close(pick_wd(po, po + days(2)), "执行完毕", c.claim)
    return c


def bg_done_auction(f):
    app, deb = bg_parties(company_debtor=R.random() < .3)
    claim = float(R.randint(40, 160) * 10000)
    c = Case(R.choice(COURT_CODES), f, app, deb, claim)
    value = round(claim * R.uniform(1.05, 1.4) / 1000) * 1000
    item = house_item()
    reg("不动产", 权利人=deb.name, 权利人证件号=deb.id, 坐落=item[3:], 不动产权证号="浙（%d）不动产权第%07d号" % (
        R.randint(2014, 2021), R.randint(1, 99999)), 价值=money(value),
        登记日期=date(R.randint(2014, 2021), R.randint(1, 12), R.randint(1, 28)))
    n = pick_wd(f + days(1), f + days(5))
    notice(c, n)
    q = pick_wd(n + days(1), n + days(6))
    query(c, q, "不动产 %s" % item[3:])
    s = pick_wd(q, q + days(2))
    c.ev("查封", s, 到期日=add_years(s, 3) - days(1), 标的物=item, 评估价=money(value))
    c.has_property = True
    report(c, pick_wd(n + days(3), n + days(9)))
    e = pick_wd(s + days(20), s + days(40))
    c.ev("评估", e, 标的物=item, 评估价=money(value))
    sp = round(value * R.choice([0.7, 0.75, 0.8, 0.85, 0.9, 1.0]) / 100) * 100
    if sp < 0.7 * value:
        sp += 100
    buyer = Person(hukou=R.random() < .5)
    deal = max(sp + R.randint(0, 20) * 5000, claim)
    end = auction_round(c, item, value, pick_wd(e + days(5), e + days(15)), sp, buyer=buyer, deal=deal,
                        platform=R.choice(PLATFORMS))
    payees = [(app, claim)] + ([(deb, deal - claim)] if deal > claim else [])
    sell_and_pay(c, item, end, deal, payees)
    return c


def bg_zb(f, company=None, shixin=False):
    app, deb = bg_parties(company_debtor=company)
    c = Case(R.choice(COURT_CODES), f, app, deb, bg_claim())
    n, q, r = start(c)
    zb = pick_wd(add_months(f, 4), add_months(f, 6) - days(5))
    if R.random() < .3:
        # a deposit account that the net query shows empty: lawful, nothing to take
        b = R.choice(BANKS)
        reg("存款", 账户名=deb.name, 证件号码=deb.id, 开户行=b[0], 账号=new_account(b[1]), 余额="0.00",
            开户日期=date(R.randint(2010, 2020), R.randint(1, 12), R.randint(1, 28)))
    if R.random() < .25 and deb.kind == "P":
        # a car scrapped/transferred years before the case
        reg("车辆", 所有人=deb.name, 证件号码=deb.id, 号牌号码=new_plate(), 车辆识别代号=new_vin(), 价值=money(R.randint(2, 9) * 10000),
            登记日期=date(R.randint(2010, 2016), R.randint(1, 12), R.randint(1, 28)),
            注销日期=date(R.randint(2019, 2022), R.randint(1, 12), R.randint(1, 28)))
    paid = 0 if R.random() < .7 else float(int(c.claim * R.uniform(.05, .3)))
    zb_close(c, zb, paid=paid, clue=R.random() < .35)
    post_queries(c, zb)
    return c


def bg_open(f):
    app, deb = bg_parties()
    c = Case(R.choice(COURT_CODES), f, app, deb, bg_claim())
    if f + days(3) > TODAY:
        return c
    n = pick_wd(f + days(1), min(f + days(6), TODAY))
    if n > TODAY:
        return c
    notice(c, n)
    if n + days(2) > TODAY:
        return c
    q = pick_wd(n + days(1), min(n + days(7), TODAY))
    if q > TODAY:
        return c
    kind = R.random()
    if kind < .3:
        bank = R.choice(BANKS)
        bal = float(int(c.claim * R.uniform(.2, .9)))
        query(c, q, "存款 %s元（%s）" % (money(bal), bank[0]))
        fr = pick_wd(q, q + days(2))
        if fr <= TODAY:
            acct = new_account(bank[1])
            c.ev("冻结", fr, 到期日=add_years(fr, 1) - days(1), 标的物="存款：%s 账号%s" % (bank[0], acct), 金额=money(bal))
            c.has_property = True
    else:
        query(c, q)
    r = pick_wd(n + days(3), n + days(9))
    if r <= TODAY and r <= n + days(10):
        report(c, r)
    if R.random() < .4:
        x = pick_wd(n + days(10), n + days(30))
        if x <= TODAY:
            xianxiao(c, x)
    if R.random() < .25:
        cd = pick_wd(q + days(3), q + days(20))
        vd = add_workdays(cd, R.randint(1, 3))
        if vd <= TODAY:
            c.ev("财产线索", cd, 标的物="申请执行人提供被执行人出租房屋租金收入线索", 结果="明确具体")
            c.ev("线索核查", vd, 标的物="租金收入", 结果="不属实", 备注="承租人已于上年退租")
    return c


def rand_wd(a, b):
    return pick_wd(D(a), D(b))


def make_background():
    bg = []
    for _ in range(22):
        bg.append(bg_done_direct(rand_wd("2024-02-01", "2026-08-20")))
    for _ in range(20):
        bg.append(bg_done_freeze(rand_wd("2024-02-01", "2026-09-30")))
    for _ in range(9):
        bg.append(bg_done_vehicle(rand_wd("2024-03-01", "2026-07-31")))
    for _ in range(9):
        bg.append(bg_done_auction(rand_wd("2024-03-01", "2026-03-31")))
    for i in range(55):
        bg.append(bg_zb(rand_wd("2023-10-09", "2026-05-20")))
    for _ in range(35):
        bg.append(bg_open(rand_wd("2026-08-24", "2026-11-13")))
    # lawful travel: before any 限消, or 二等座 on D/C trains, or by applicants
    return bg


def lawful_travel(bg):
    for c in bg:
        if R.random() < .55:
            continue
        who = c.app if c.app.kind == "P" else c.app.rep
        if R.random() < .5:
            d = c.d if c.d.kind == "P" else c.d.rep
            xx = [e["日期"] for e in c.events if e["事件类型"] == "限制消费"]
            if xx:
                # a debtor under 限消 only takes ordinary trains / 二等座 on D and C trains
                t = xx[0] + days(R.randint(5, 200))
                if t <= TODAY:
                    trip(d, t, "铁路", "D%d" % R.randint(2200, 3299), "二等座")
                t0 = xx[0] - days(R.randint(10, 120))
                trip(d, t0, "航空", "MU%d" % R.randint(5100, 5999), "经济舱")
                continue
            who = d
        t = c.filing + days(R.randint(-200, 300))
        if t <= TODAY:
            if R.random() < .5:
                trip(who, t, "航空", R.choice(["CA", "MU", "ZH", "HO", "CZ"]) + "%d" % R.randint(1000, 8999),
                     R.choice(["经济舱", "经济舱", "公务舱"]))
            else:
                trip(who, t, "铁路", "G%d" % R.randint(7300, 7699), R.choice(["二等座", "一等座"]))


TRIP_NO = [0]


def trip(p, d, mode, no, seat, frm=None, to=None):
    TRIP_NO[0] += 1
    places_air = ["杭州萧山", "宁波栎社", "北京首都", "成都天府", "三亚凤凰", "广州白云", "昆明长水", "西安咸阳", "厦门高崎"]
    places_rail = ["绍兴北", "嵊州新昌", "杭州东", "上海虹桥", "南京南", "宁波", "温州南", "合肥南", "金华"]
    pl = places_air if mode == "航空" else places_rail
    frm = frm or R.choice(pl)
    to = to or R.choice([x for x in pl if x != frm])
    reg("出行", 旅客姓名=p.name, 旅客证件号=p.id, 交通方式=mode, 车次=no, 出行日期=d, 舱位=seat, 出发地=frm, 到达地=to,
        票号=("781" if mode == "航空" else "E") + "%010d" % (7000000000 + TRIP_NO[0] * 7919))


# ======================================================================================
# PLANTED CASES
# ======================================================================================
def person_debtor(**kw):
    return Person(**kw)


def app_any():
    return Company() if R.random() < .3 else Person()


def std_zb_case(court, f, deb, claim, zb, app=None, **kw):
    c = Case(court, f, app or app_any(), deb, claim)
    start(c)
    zb_close(c, zb, **kw)
    return c


# ---------------------------------------------------------------- ZB-PROPERTY
def plant_zb_property():
    r = "ZB-PROPERTY"
    # F1 unencumbered house in the 不动产 register at 终本 (net query said nothing)
    d1 = Person(area="330624")
    it = house_item("新昌县")
    reg("不动产", 权利人=d1.name, 权利人证件号=d1.id, 坐落=it[3:], 不动产权证号="浙（2019）新昌县不动产权第0031577号",
        价值=money(850000), 登记日期=D("2019-06-18"))
    c = std_zb_case("浙0624", D("2025-03-10"), d1, 420000.0, D("2025-08-12"))
    post_queries(c, D("2025-08-12"))
    plant(r, c, "fire", "不动产登记: 被执行人名下房产(价值85万、无抵押、未查封)在终本日仍登记在其名下",
          "registry collision: real estate held (登记 2019-06-18, no 转移日期) on the 终本 date 2025-08-12")
    # F2 company debtor holds equity (股权 register)
    d2 = Company(area="330683")
    tgt = Company(area="330683")
    reg("股权", 股东=d2.name, 证件号码=d2.id, 企业名称=tgt.name, 出资额=money(2000000), 持股比例="40%",
        登记日期=D("2020-09-01"))
    c = std_zb_case("浙0683", D("2025-06-09"), d2, 1380000.0, D("2025-11-18"))
    post_queries(c, D("2025-11-18"))
    plant(r, c, "fire", "股权登记: 单位被执行人持有他公司40%股权(出资额200万)未冻结即终本",
          "company debtor; equity (other property right) in the 股权 register, never frozen")
    # F3 vehicle held at 终本
    d3 = Person(area="330681")
    plate = new_plate()
    reg("车辆", 所有人=d3.name, 证件号码=d3.id, 号牌号码=plate, 车辆识别代号=new_vin(), 价值=money(120000),
        登记日期=D("2023-04-11"))
    c = std_zb_case("浙0681", D("2025-10-13"), d3, 260000.0, D("2026-03-17"))
    post_queries(c, D("2026-03-17"))
    plant(r, c, "fire", "车辆登记: 被执行人名下车辆(2023-04-11登记, 价值12万)终本时仍在其名下, 未查封扣押",
          "vehicle in the 车辆 register, no 注销日期, never seized")
    # M1 house transferred long before the case, at market price, to an unrelated buyer
    d4 = Person(area="330602")
    buyer = Person()
    it = house_item("绍兴市越城区")
    reg("不动产", 权利人=d4.name, 权利人证件号=d4.id, 坐落=it[3:], 不动产权证号="浙（2016）绍兴市不动产权第0102846号",
        价值=money(910000), 登记日期=D("2016-05-20"), 转移日期=D("2022-03-15"), 受让人=buyer.name, 受让人证件号=buyer.id,
        转让价格=money(930000))
    c = std_zb_case("浙0602", D("2025-05-12"), d4, 330000.0, D("2025-10-21"))
    post_queries(c, D("2025-10-21"))
    plant(r, c, "miss", "房产已于2022-03-15按市价转让给无关联第三人(早于执行立案), 终本时名下无财产",
          "registry row ends (转移日期) three years before filing")
    # M2 deposit account with zero balance
    d5 = Person(area="330603")
    reg("存款", 账户名=d5.name, 证件号码=d5.id, 开户行="中国建设银行", 账号=new_account("6217"), 余额="0.00",
        开户日期=D("2018-07-02"))
    c = std_zb_case("浙0603", D("2025-07-14"), d5, 156000.0, D("2025-12-16"))
    post_queries(c, D("2025-12-16"))
    plant(r, c, "miss", "存款登记: 账户余额0.00元, 无可供执行价值", "net value of the registry item is 0")
    # M3 vehicle scrapped before 终本
    d6 = Person(area="330604")
    reg("车辆", 所有人=d6.name, 证件号码=d6.id, 号牌号码=new_plate(), 车辆识别代号=new_vin(), 价值=money(30000),
        登记日期=D("2012-08-09"), 注销日期=D("2024-05-20"))
    c = std_zb_case("浙0604", D("2025-04-14"), d6, 88000.0, D("2025-09-16"))
    post_queries(c, D("2025-09-16"))
    plant(r, c, "miss", "车辆已于2024-05-20注销(报废), 早于立案与终本", "registry row ended before the case")
    # M4 same name, different ID holds a house
    d7 = Person(area="330683")
    other = Person(name=d7.name, area="330106")
    it = house_item("嵊州市")
    reg("不动产", 权利人=other.name, 权利人证件号=other.id, 坐落=it[3:], 不动产权证号="浙（2020）嵊州市不动产权第0045120号",
        价值=money(760000), 登记日期=D("2020-11-03"))
    c = std_zb_case("浙0683", D("2025-09-15"), d7, 205000.0, D("2026-02-10"))
    post_queries(c, D("2026-02-10"))
    plant(r, c, "miss", "同名不同证件号的他人名下房产, 不得仅凭姓名关联", "name matches the debtor, 身份证号 differs")


# ---------------------------------------------------------------- ZB-SEIZED
def plant_zb_seized():
    r = "ZB-SEIZED"
    # F1 seized house, no encumbrance, no obstacle, no disposal
    d = Person(area="330624")
    c = Case("浙0624", D("2025-04-07"), app_any(), d, 1000000.0)
    n, q, _ = start(c)
    it = house_item("新昌县")
    s = c.ev("查封", D("2025-04-21"), 到期日=D("2028-04-20"), 标的物=it, 评估价=money(1200000))
    c.has_property = True
    zb_close(c, D("2025-09-09"), reason="被执行人暂无其他可供执行财产")
    post_queries(c, D("2025-09-09"))
    plant(r, c, "fire", "查封房产(评估120万, 无抵押, 无处置障碍)未评估拍卖即终本", "seized real estate, net value > 0, never disposed")
    # F2 vehicle actually seized (扣押), not disposed
    d = Person(area="330683")
    c = Case("浙0683", D("2025-05-12"), app_any(), d, 300000.0)
    start(c)
    plate = new_plate()
    it = vehicle_item(plate)
    c.ev("查封", D("2025-05-26"), 到期日=D("2027-05-25"), 标的物=it, 评估价=money(90000))
    c.ev("扣押", D("2025-06-05"), 到期日=D("2027-05-25"), 标的物=it, 备注="已实际扣押，存放于法院停车场")
    c.has_property = True
    zb_close(c, D("2025-10-21"))
    post_queries(c, D("2025-10-21"))
    plant(r, c, "fire", "已实际扣押的车辆(评估9万)未处置即终本", "vehicle physically seized (查封+扣押), no auction")
    # F3 frozen deposit not transferred
    d = Company(area="330681")
    c = Case("浙0681", D("2026-01-12"), app_any(), d, 180000.0)
    start(c, n=D("2026-01-14"), q=D("2026-01-20"), found="存款 23500.00元（中国农业银行）")
    c.ev("冻结", D("2026-01-21"), 到期日=D("2027-01-20"), 标的物="存款：中国农业银行诸暨支行 账号%s" % new_account("1952"),
         金额=money(23500))
    c.has_property = True
    zb_close(c, D("2026-06-16"))
    post_queries(c, D("2026-06-16"))
    plant(r, c, "fire", "冻结存款23,500元未扣划即终本", "frozen deposit with a balance, no 案款到账")
    # M1 mortgage exceeds value
    d = Person(area="330602")
    c = Case("浙0602", D("2025-06-16"), app_any(), d, 500000.0)
    start(c)
    it = house_item("绍兴市越城区")
    c.ev("查封", D("2025-06-30"), 到期日=D("2028-06-29"), 标的物=it, 评估价=money(1200000), 优先债权=money(1500000),
         备注="轮候于抵押权之后")
    c.has_property = True
    zb_close(c, D("2025-11-25"), reason="查封房产抵押债权超过其价值，无剩余价值")
    post_queries(c, D("2025-11-25"))
    plant(r, c, "miss", "查封房产抵押债权150万超过评估价120万, 净值为负", "net value ≤ 0 (优先债权 ≥ 评估价)")
    # M2 only home
    d = Person(area="330603")
    c = Case("浙0603", D("2025-08-11"), app_any(), d, 260000.0)
    start(c)
    it = house_item("绍兴市柯桥区")
    c.ev("查封", D("2025-08-25"), 到期日=D("2028-08-24"), 标的物=it, 评估价=money(380000), 处置障碍="被执行人及其所扶养家属唯一生活必需住房")
    c.has_property = True
    zb_close(c, D("2026-01-20"), reason="查封房产系唯一生活必需住房，暂不能处置")
    post_queries(c, D("2026-01-20"))
    plant(r, c, "miss", "查封房产为唯一生活必需住房(查封规定第四条), 记录了处置障碍", "recorded legal obstacle")
    # M3 two failed online auctions, applicant refused 抵债
    d = Person(area="330604")
    c = Case("浙0604", D("2025-03-17"), app_any(), d, 900000.0)
    start(c)
    it = house_item("绍兴市上虞区")
    c.ev("查封", D("2025-03-31"), 到期日=D("2028-03-30"), 标的物=it, 评估价=money(800000))
    c.has_property = True
    c.ev("评估", D("2025-04-28"), 标的物=it, 评估价=money(800000))
    e1 = auction_round(c, it, 800000, D("2025-05-08"), 560000, outcome="流拍", gap=3)
    e2 = auction_round(c, it, 800000, pick_wd(e1 + days(4), e1 + days(6)), 448000, rnd=2, outcome="流拍", gap=2)
    c.ev("以物抵债", pick_wd(e2 + days(3), e2 + days(6)), 标的物=it, 买受人=c.app.name, 结果="申请执行人不同意",
         备注="申请执行人不同意以第二次拍卖保留价抵债")
    zb_close(c, D("2025-10-14"), reason="查封房产两次流拍，申请执行人不同意以物抵债，暂不能处置")
    post_queries(c, D("2025-10-14"))
    plant(r, c, "miss", "房产两次网拍流拍且申请执行人拒绝以物抵债, 属不能处置", "流拍 ×2 + 以物抵债 refused before 终本")
    # M4 seized machinery sold, money paid out, remainder 终本
    d = Company(area="330624")
    c = Case("浙0624", D("2025-07-07"), app_any(), d, 800000.0)
    start(c)
    it = "机器设备：数控车床十二台（存放于被执行人厂房）"
    c.ev("查封", D("2025-07-21"), 到期日=D("2027-07-20"), 标的物=it, 评估价=money(360000))
    c.has_property = True
    c.ev("评估", D("2025-08-11"), 标的物=it, 评估价=money(360000))
    buyer = Person()
    end = auction_round(c, it, 360000, D("2025-08-20"), 252000, movable=True, buyer=buyer, deal=301000, gap=4)
    rc, po = sell_and_pay(c, it, end, 301000, [(c.app, 301000)], close=False)
    zb_close(c, D("2025-12-23"), paid=301000.0, q2=pick_wd(po + days(10), D("2025-12-05")))
    post_queries(c, D("2025-12-23"))
    plant(r, c, "miss", "查封设备已拍卖成交并发放, 剩余债权无财产后终本", "the seized asset was disposed and paid out before 终本")


# ---------------------------------------------------------------- KZ-PAPER-VEHICLE
def plant_kz_paper():
    r = "KZ-PAPER-VEHICLE"
    # F1 终本 with a vehicle only registered as 查封, never 扣押
    d = Person(area="330683")
    c = Case("浙0683", D("2025-02-24"), app_any(), d, 160000.0)
    plate = new_plate()
    start(c, n=D("2025-02-26"), q=D("2025-03-07"), found="车辆 %s" % plate)
    it = vehicle_item(plate)
    c.ev("查封", D("2025-03-10"), 到期日=D("2027-03-09"), 标的物=it, 评估价=money(70000), 处置障碍="车辆下落不明，未能实际扣押")
    c.has_property = True
    zb_close(c, D("2025-08-05"), reason="查封车辆未能实际扣押，暂不能处置")
    post_queries(c, D("2025-08-05"))
    plant(r, c, "fire", "车辆仅办理登记查封, 从未扣押, 以\"下落不明\"终本(纸面查封)", "查封 2025-03-10, no 扣押 ever")
    # F2 open case, 查封 143 days ago, never 扣押
    d = Person(area="330624")
    c = Case("浙0624", D("2026-06-15"), app_any(), d, 95000.0)
    plate = new_plate()
    reg("车辆", 所有人=d.name, 证件号码=d.id, 号牌号码=plate, 车辆识别代号=new_vin(), 价值=money(110000), 登记日期=D("2021-09-30"))
    start(c, n=D("2026-06-17"), q=D("2026-06-23"), found="车辆 %s" % plate)
    c.ev("查封", D("2026-06-25"), 到期日=D("2028-06-24"), 标的物=vehicle_item(plate), 评估价=money(110000))
    c.has_property = True
    query(c, D("2026-10-08"))
    c.ev("现场调查", D("2026-10-20"), 标的物="被执行人住所地", 结果="未发现查封车辆")
    plant(r, c, "fire", "车辆2026-06-25登记查封, 至今(143日)未扣押", "open case, > 30 days without 扣押")
    # F3 two vehicles sealed, only one physically seized
    d = Company(area="330681")
    c = Case("浙0681", D("2026-05-25"), app_any(), d, 420000.0)
    pa, pb = new_plate(), new_plate()
    for p, v in ((pa, 160000), (pb, 210000)):
        reg("车辆", 所有人=d.name, 证件号码=d.id, 号牌号码=p, 车辆识别代号=new_vin(), 价值=money(v), 登记日期=D("2022-03-18"))
    start(c, n=D("2026-05-27"), q=D("2026-06-03"), found="车辆 %s、%s" % (pa, pb))
    ia, ib = vehicle_item(pa), vehicle_item(pb)
    c.ev("查封", D("2026-06-05"), 到期日=D("2028-06-04"), 标的物=ia, 评估价=money(160000))
    c.ev("查封", D("2026-06-05"), 到期日=D("2028-06-04"), 标的物=ib, 评估价=money(210000))
    c.ev("扣押", D("2026-06-16"), 到期日=D("2028-06-04"), 标的物=ia, 备注="已实际扣押")
    c.has_property = True
    query(c, D("2026-09-14"))
    c.ev("评估", D("2026-09-28"), 标的物=ia, 评估价=money(160000))
    plant(r, c, "fire", "两辆车同日查封, 仅%s被扣押, %s至今未扣押" % (pa, pb), "per-vehicle matching: one of two never seized")
    # M1 扣押 20 days after 查封
    d = Person(area="330602")
    c = Case("浙0602", D("2026-03-09"), app_any(), d, 70000.0)
    plate = new_plate()
    start(c, n=D("2026-03-11"), q=D("2026-03-16"), found="车辆 %s" % plate)
    it = vehicle_item(plate)
    c.ev("查封", D("2026-03-18"), 到期日=D("2028-03-17"), 标的物=it, 评估价=money(80000))
    c.ev("扣押", D("2026-04-07"), 到期日=D("2028-03-17"), 标的物=it, 备注="已实际扣押")
    c.has_property = True
    c.ev("案款到账", D("2026-04-24"), 金额=money(70000), 备注="被执行人履行")
    c.ev("解封", D("2026-04-27"), 标的物=it, 备注="已履行，解除查封、扣押")
    c.ev("案款发放", D("2026-05-08"), 金额=money(70000), 买受人=c.app.name)
    c.close(D("2026-05-11"), "执行完毕", 70000.0)
    plant(r, c, "miss", "查封后第20日实际扣押", "扣押 20 days after 查封 (inside the 30-day grace)")
    # M2 查封 12 days ago
    d = Person(area="330603")
    c = Case("浙0603", D("2026-10-19"), app_any(), d, 130000.0)
    plate = new_plate()
    start(c, n=D("2026-10-21"), q=D("2026-10-30"), found="车辆 %s" % plate)
    c.ev("查封", D("2026-11-03"), 到期日=D("2028-11-02"), 标的物=vehicle_item(plate), 评估价=money(95000))
    c.has_property = True
    plant(r, c, "miss", "车辆2026-11-03刚查封(12日), 尚在合理扣押期间", "young seizure: 12 days < 30-day grace")
    # M3 查封 then released after payment within 28 days
    d = Person(area="330604")
    c = Case("浙0604", D("2026-03-30"), app_any(), d, 56000.0)
    plate = new_plate()
    start(c, n=D("2026-04-01"), q=D("2026-04-07"), found="车辆 %s" % plate)
    it = vehicle_item(plate)
    c.ev("查封", D("2026-04-08"), 到期日=D("2028-04-07"), 标的物=it, 评估价=money(60000))
    c.has_property = True
    c.ev("案款到账", D("2026-04-30"), 金额=money(56000), 备注="被执行人履行")
    c.ev("解封", D("2026-05-06"), 标的物=it, 备注="已履行，解除查封")
    c.ev("案款发放", D("2026-05-13"), 金额=money(56000), 买受人=c.app.name)
    c.close(D("2026-05-14"), "执行完毕", 56000.0)
    plant(r, c, "miss", "查封后28日内被执行人履行、解除查封, 无需扣押", "released within the 30-day grace after payment")


# ---------------------------------------------------------------- JZ-TRAVEL
def plant_jz_travel():
    r = "JZ-TRAVEL"
    # F1 person, 终本, flight after 限消
    d = Person(area="330624")
    c = Case("浙0624", D("2025-03-03"), app_any(), d, 210000.0)
    start(c)
    zb_close(c, D("2025-08-19"), xx=D("2025-07-10"))
    post_queries(c, D("2025-08-19"))
    trip(d, D("2026-04-03"), "航空", "CA8736", "经济舱", "杭州萧山", "三亚凤凰")
    plant(r, c, "fire", "限消令(2025-07-10)后被执行人乘坐飞机(2026-04-03 经济舱)", "flight (any cabin) after 限消, not lifted")
    # F2 company, its 法定代表人 on a G train (二等座)
    d = Company(area="330683")
    c = Case("浙0683", D("2025-04-21"), app_any(), d, 560000.0)
    start(c)
    zb_close(c, D("2025-10-28"), xx=D("2025-09-15"))
    post_queries(c, D("2025-10-28"))
    trip(d.rep, D("2026-05-03"), "铁路", "G7512", "二等座", "嵊州新昌", "杭州东")
    plant(r, c, "fire", "单位被执行人限消后, 其法定代表人%s乘坐G字头列车(二等座)" % d.rep.name,
          "link via 企业登记 法定代表人 (by ID); G-train any seat is forbidden")
    # F3 person, D train 一等座
    d = Person(area="330681")
    c = Case("浙0681", D("2025-11-10"), app_any(), d, 133000.0)
    start(c)
    zb_close(c, D("2026-04-21"), xx=D("2026-01-12"))
    post_queries(c, D("2026-04-21"))
    trip(d, D("2026-06-22"), "铁路", "D3125", "一等座", "诸暨", "上海虹桥")
    plant(r, c, "fire", "限消后乘坐D字头动车一等座(2026-06-22)", "D-train first class is forbidden (第三条第（九）项)")
    # M1 D train 二等座
    d = Person(area="330602")
    c = Case("浙0602", D("2025-05-19"), app_any(), d, 97000.0)
    start(c)
    zb_close(c, D("2025-10-28"), xx=D("2025-07-01"))
    post_queries(c, D("2025-10-28"))
    trip(d, D("2026-02-10"), "铁路", "D2287", "二等座", "绍兴北", "南京南")
    plant(r, c, "miss", "限消后仅乘坐D字头动车二等座, 不属禁止消费", "D-train second class is allowed")
    # M2 flight the day before 限消
    d = Person(area="330603")
    c = Case("浙0603", D("2025-06-03"), app_any(), d, 188000.0)
    start(c)
    zb_close(c, D("2025-11-11"), xx=D("2025-07-22"))
    post_queries(c, D("2025-11-11"))
    trip(d, D("2025-07-21"), "航空", "MU5463", "经济舱", "杭州萧山", "昆明长水")
    plant(r, c, "miss", "乘机日2025-07-21早于限消令2025-07-22一天", "travel one day before the order")
    # M3 flight after 限消 lifted (paid in full)
    d = Person(area="330604")
    c = Case("浙0604", D("2026-01-12"), app_any(), d, 76000.0)
    start(c)
    xianxiao(c, D("2026-02-05"))
    c.ev("案款到账", D("2026-04-14"), 金额=money(76000), 备注="被执行人履行")
    c.ev("解除限制消费", D("2026-04-15"), 标的物=d.name, 备注="已履行完毕")
    c.ev("案款发放", D("2026-04-24"), 金额=money(76000), 买受人=c.app.name)
    c.close(D("2026-04-27"), "执行完毕", 76000.0)
    trip(d, D("2026-07-08"), "航空", "HO1125", "经济舱", "宁波栎社", "厦门高崎")
    plant(r, c, "miss", "限消已于2026-04-15解除后乘机", "travel after 解除限制消费")
    # M4 former 法定代表人 (left before the order)
    old = Person(area="330624")
    new = Person(area="330624")
    d = Company(area="330624", rep=old, rep_since=D("2016-03-01"))
    # the register also shows the change of 法定代表人
    REG["企业登记"][-1]["离任日期"] = D("2024-12-02")
    reg("企业登记", 人员姓名=new.name, 证件号码=new.id, 企业名称=d.name, 企业信用代码=d.id, 职务="法定代表人",
        任职日期=D("2024-12-02"), 联系电话=new.phone, 住址=new.addr)
    d.rep = new
    c = Case("浙0624", D("2025-05-26"), app_any(), d, 330000.0)
    start(c)
    zb_close(c, D("2025-11-04"), xx=D("2025-08-12"))
    post_queries(c, D("2025-11-04"))
    trip(old, D("2026-03-19"), "航空", "ZH9841", "经济舱", "杭州萧山", "成都天府")
    plant(r, c, "miss", "乘机人%s已于2024-12-02卸任法定代表人(早于限消令), 不受单位限消令约束" % old.name,
          "企业登记 离任日期 before the order")
    # M5 same name, different ID
    d = Person(area="330683")
    c = Case("浙0683", D("2025-07-07"), app_any(), d, 145000.0)
    start(c)
    zb_close(c, D("2025-12-16"), xx=D("2025-08-26"))
    post_queries(c, D("2025-12-16"))
    other = Person(name=d.name, area="331081")
    trip(other, D("2026-05-30"), "航空", "CZ3592", "经济舱", "广州白云", "北京首都")
    plant(r, c, "miss", "同名不同证件号的旅客乘机, 非被执行人本人", "出行 row with the same name and another 身份证号")


# ---------------------------------------------------------------- JZ-AFTER-SANCTION
def plant_jz_after():
    r = "JZ-AFTER-SANCTION"
    # F1 fined for refusing to report, later false report
    d = Person(area="330624")
    c = Case("浙0624", D("2025-09-08"), app_any(), d, 380000.0)
    n, q, _ = start(c, rep=None)
    c.ev("财产报告", D("2025-09-22"), 结果="拒绝", 备注="被执行人书面表示拒绝报告")
    c.ev("罚款", D("2025-09-30"), 金额=money(10000), 标的物="拒报财产", 买受人=d.name)
    c.ev("失信", D("2025-10-09"), 到期日=D("2027-10-08"), 标的物="失信规定第一条第（四）项：违反财产报告制度")
    c.ev("财产报告", D("2025-10-29"), 结果="虚假", 备注="隐瞒其名下理财账户，经查控核实")
    zb_close(c, D("2026-02-03"), xx=D("2025-10-09"))
    post_queries(c, D("2026-02-03"))
    plant(r, c, "fire", "因拒报财产罚款(2025-09-30)后再次虚假报告(2025-10-29)", "罚款 then a later 财产报告 结果=虚假")
    # F2 company: its 法定代表人 detained for breaching 限消, flies again afterwards (also JZ-TRAVEL)
    d = Company(area="330683")
    c = Case("浙0683", D("2025-08-04"), app_any(), d, 720000.0)
    start(c)
    xianxiao(c, D("2025-08-25"), whom="%s及其法定代表人%s" % (d.name, d.rep.name))
    trip(d.rep, D("2025-10-18"), "航空", "MU5271", "公务舱", "杭州萧山", "北京首都")
    c.ev("拘留", D("2025-11-04"), 标的物="违反限制消费令", 买受人=d.rep.name, 备注="法定代表人违反限制消费令乘坐飞机，拘留十五日")
    c.ev("失信", D("2025-11-05"), 到期日=D("2027-11-04"), 标的物="失信规定第一条第（五）项：违反限制消费令")
    trip(d.rep, D("2026-01-23"), "航空", "CA1709", "经济舱", "杭州萧山", "广州白云")
    zb_close(c, D("2026-01-13"), xx=False)
    post_queries(c, D("2026-01-13"))
    plant(r, c, "fire", "法定代表人因违反限消令被拘留(2025-11-04)后再次乘机(2026-01-23)",
          "拘留 for 违反限制消费令, later consumption by the same person")
    plant("JZ-TRAVEL", c, "fire", "单位被执行人限消后法定代表人两次乘机(2025-10-18, 2026-01-23)",
          "also planted for JZ-AFTER-SANCTION (same facts)")
    # F3 detained for refusing to report, refuses again
    d = Person(area="330681")
    c = Case("浙0681", D("2026-03-02"), app_any(), d, 245000.0)
    start(c, n=D("2026-03-04"), rep=None)
    c.ev("财产报告", D("2026-03-18"), 结果="逾期", 备注="逾期未报告")
    c.ev("拘留", D("2026-03-31"), 标的物="拒报财产", 买受人=d.name, 备注="拘留十日")
    c.ev("失信", D("2026-04-01"), 到期日=D("2028-03-31"), 标的物="失信规定第一条第（四）项：违反财产报告制度")
    c.ev("报告财产令", D("2026-04-13"), 到期日=D("2026-04-23"), 备注="再次责令报告财产")
    c.ev("财产报告", D("2026-04-27"), 结果="拒绝", 备注="拘留期满后仍拒绝报告")
    zb_close(c, D("2026-07-21"), xx=D("2026-04-01"))
    post_queries(c, D("2026-07-21"))
    plant(r, c, "fire", "因拒报财产拘留(2026-03-31)后仍拒绝报告(2026-04-27)", "拘留 then a later 财产报告 结果=拒绝")
    # M1 fined, then reports on time
    d = Person(area="330602")
    c = Case("浙0602", D("2026-02-02"), app_any(), d, 150000.0)
    start(c, rep=None)
    c.ev("财产报告", D("2026-02-26"), 结果="逾期")
    c.ev("罚款", D("2026-03-04"), 金额=money(5000), 标的物="拒报财产", 买受人=d.name)
    c.ev("失信", D("2026-03-05"), 到期日=D("2028-03-04"), 标的物="失信规定第一条第（四）项：违反财产报告制度")
    c.ev("报告财产令", D("2026-03-06"), 到期日=D("2026-03-16"), 备注="再次责令报告财产")
    c.ev("财产报告", D("2026-03-12"), 结果="按期", 备注="罚款后如实报告，经核查无可供执行财产")
    zb_close(c, D("2026-06-23"), xx=D("2026-03-05"))
    post_queries(c, D("2026-06-23"))
    plant(r, c, "miss", "罚款后按期如实报告财产, 未再违反", "sanction followed by compliance")
    # M2 fined, then only lawful travel
    d = Person(area="330603")
    c = Case("浙0603", D("2025-10-13"), app_any(), d, 99000.0)
    start(c, rep=None)
    c.ev("财产报告", D("2025-10-29"), 结果="拒绝")
    c.ev("罚款", D("2025-11-06"), 金额=money(3000), 标的物="拒报财产", 买受人=d.name)
    c.ev("失信", D("2025-11-07"), 到期日=D("2027-11-06"), 标的物="失信规定第一条第（四）项：违反财产报告制度")
    c.ev("财产报告", D("2025-11-17"), 结果="按期")
    zb_close(c, D("2026-03-10"), xx=D("2025-11-07"))
    post_queries(c, D("2026-03-10"))
    trip(d, D("2026-05-02"), "铁路", "D5587", "二等座", "绍兴北", "合肥南")
    plant(r, c, "miss", "罚款后仅乘坐D字头二等座(非禁止消费), 且已如实报告", "later travel is lawful")
    # M3 violation → fine, nothing after
    d = Company(area="330604")
    c = Case("浙0604", D("2026-01-19"), app_any(), d, 260000.0)
    start(c, rep=None)
    c.ev("财产报告", D("2026-02-02"), 结果="拒绝")
    c.ev("罚款", D("2026-02-10"), 金额=money(50000), 标的物="拒报财产", 买受人=d.name)
    c.ev("失信", D("2026-02-11"), 到期日=D("2028-02-10"), 标的物="失信规定第一条第（四）项：违反财产报告制度")
    c.ev("财产报告", D("2026-02-26"), 结果="按期", 备注="罚款后补充报告")
    zb_close(c, D("2026-06-09"), xx=D("2026-02-11"))
    post_queries(c, D("2026-06-09"))
    plant(r, c, "miss", "违法(拒报)发生在罚款之前, 罚款后无新的违法", "the only violation precedes the sanction")


# ---------------------------------------------------------------- CZ-RELATED-BUYER
def auction_case(court, f, deb, claim, value, sp, deal, buyer, item=None, t_seize=None):
    c = Case(court, f, app_any(), deb, claim)
    n, q, _ = start(c)
    item = item or house_item(COURTS[court][2])
    s = t_seize or pick_wd(q + days(1), q + days(5))
    c.ev("查封", s, 到期日=add_years(s, 3) - days(1), 标的物=item, 评估价=money(value))
    c.has_property = True
    e = pick_wd(s + days(20), s + days(30))
    c.ev("评估", e, 标的物=item, 评估价=money(value))
    end = auction_round(c, item, value, pick_wd(e + days(5), e + days(10)), sp, buyer=buyer, deal=deal,
                        platform=R.choice(PLATFORMS))
    payees = [(c.app, claim)] + ([(deb, deal - claim)] if deal > claim else [])
    sell_and_pay(c, item, end, deal, payees)
    return c


def plant_cz_related():
    r = "CZ-RELATED-BUYER"
    # F1 buyer shares the debtor's phone (户籍)
    d = Person(area="330624")
    b = Person(area="330624", phone=d.phone)
    c = auction_case("浙0624", D("2025-09-15"), d, 600000.0, 800000, 600000, 640000, b)
    plant(r, c, "fire", "买受人%s与被执行人户籍登记联系电话相同(%s)" % (b.name, d.phone), "同电话 via 户籍")
    # F2 buyer is the company debtor's 法定代表人
    d = Company(area="330683")
    c = auction_case("浙0683", D("2025-11-03"), d, 900000.0, 1150000, 810000, 905000, d.rep)
    plant(r, c, "fire", "买受人%s系单位被执行人的法定代表人" % d.rep.name, "企业登记 法定代表人 (by ID) = buyer")
    # F3 buyer company in which the debtor is the majority shareholder (股权 register)
    d = Person(area="330681")
    bc = Company(area="330681")
    reg("股权", 股东=d.name, 证件号码=d.id, 企业名称=bc.name, 出资额=money(3000000), 持股比例="60%", 登记日期=D("2019-04-16"))
    c = auction_case("浙0681", D("2026-01-05"), d, 700000.0, 950000, 665000, 700000, bc)
    plant(r, c, "fire", "买受人%s的控股股东(60%%)系被执行人" % bc.name, "股权 register: debtor is 股东 of the buying company")
    # F4 buyer shares the debtor's 户籍 address
    d = Person(area="330602")
    b = Person(area="330602", addr=d.addr)
    c = auction_case("浙0602", D("2026-02-09"), d, 450000.0, 560000, 392000, 460000, b)
    plant(r, c, "fire", "买受人%s与被执行人户籍住址相同(%s)" % (b.name, d.addr), "同地址 via 户籍")
    # M1 unrelated buyer
    d = Person(area="330603")
    b = Person(area="330106")
    c = auction_case("浙0603", D("2025-10-13"), d, 520000.0, 700000, 490000, 575000, b)
    plant(r, c, "miss", "买受人与被执行人无证件、电话、住址、任职、持股关联", "no link of any kind")
    # M2 buyer company and debtor company share only an accounting agency's phone (> 10 parties)
    d = Company(area="330604")
    bc = Company(area="330604")
    OFFICE_USERS.extend([d, bc])
    c = auction_case("浙0604", D("2025-12-08"), d, 380000.0, 520000, 364000, 400000, bc)
    plant(r, c, "miss", "仅共用代理记账机构电话%s(该号码为十余家单位共用)" % OFFICE_PHONE,
          "shared phone used by more than ten parties = an office's number, not a relation")
    # M3 buyer with the same name as the debtor company's 法定代表人, different ID
    d = Company(area="330624")
    b = Person(name=d.rep.name, area="330106")
    c = auction_case("浙0624", D("2026-01-19"), d, 640000.0, 820000, 574000, 700000, b)
    plant(r, c, "miss", "买受人与法定代表人同名但身份证号不同", "name match only, IDs differ")
    # M4 buyer related to the applicant, not the debtor
    d = Person(area="330683")
    app = Person(area="330683")
    b = Person(area="330683", addr=app.addr)
    c = Case("浙0683", D("2026-03-02"), app, d, 300000.0)
    n, q, _ = start(c)
    item = house_item("嵊州市")
    c.ev("查封", D("2026-03-16"), 到期日=D("2029-03-15"), 标的物=item, 评估价=money(420000))
    c.has_property = True
    c.ev("评估", D("2026-04-13"), 标的物=item, 评估价=money(420000))
    end = auction_round(c, item, 420000, D("2026-04-20"), 294000, buyer=b, deal=330000, gap=3)
    sell_and_pay(c, item, end, 330000, [(app, 300000), (d, 30000)])
    plant(r, c, "miss", "买受人与申请执行人同住址, 与被执行人无关联", "relation to the applicant is not a relation to the debtor")


# ---------------------------------------------------------------- FP-PLAN-15D
def plan_case(court, f, deb, claim_a, creditor, claim_b, value, deal, t_seize, t_eval, t_panel, t_part):
    c = Case(court, f, app_any(), deb, claim_a)
    start(c)
    item = house_item(COURTS[court][2])
    c.ev("查封", t_seize, 到期日=add_years(t_seize, 3) - days(1), 标的物=item, 评估价=money(value))
    c.has_property = True
    c.ev("评估", t_eval, 标的物=item, 评估价=money(value))
    buyer = Person()
    sp = round(value * 0.75 / 100) * 100
    end = auction_round(c, item, value, t_panel, sp, buyer=buyer, deal=deal, gap=3)
    c.ev("参与分配", t_part, 买受人=creditor.name, 买受人证件号=creditor.id, 金额=money(claim_b),
         备注="持生效判决申请参与分配")
    assert t_part > t_seize and t_part < end + days(10)
    return c, item, end


def shares(total, a, b):
    sa = round(total * a / (a + b), 2)
    return sa, round(total - sa, 2)


def plant_fp_plan():
    r = "FP-PLAN-15D"
    specs = []

    def run(court, f, plan_day, serve, payout_day, extra=None, claim_a=700000.0, claim_b=350000.0, value=1200000,
            deal=1000000, defer=None):
        deb = Person(area=COURTS[court][1])
        cred = Person()
        t_seize = pick_wd(f + days(12), f + days(16))
        t_eval = pick_wd(t_seize + days(20), t_seize + days(26))
        t_panel = pick_wd(t_eval + days(4), t_eval + days(8))
        # auction ends ≈ t_panel + 3 + 5 + 33 days
        c, item, end = plan_case(court, f, deb, claim_a, cred, claim_b, value, deal, t_seize, t_eval, t_panel,
                                 pick_wd(t_panel + days(10), t_panel + days(20)))
        rc = pick_wd(end + days(6), end + days(9))
        c.ev("案款到账", rc, 金额=money(deal), 备注="拍卖成交款")
        c.ev("解封", pick_wd(rc + days(1), rc + days(4)), 标的物=item, 备注="成交裁定送达，协助过户")
        pd = plan_day(rc)
        c.ev("分配方案", pd, 金额=money(deal), 备注="按债权比例分配")
        for who, when in serve(pd, c, deb, cred):
            c.ev("分配方案送达", when, 买受人=who.name, 买受人证件号=who.id)
        if extra:
            extra(c, pd, deb, cred)
        if defer:
            c.ev("延缓发放批准", defer[0](rc), 到期日=defer[1](rc), 备注="分配方案异议处理期间延缓发放")
        po = payout_day(pd, rc)
        sa, sb = shares(deal, claim_a, claim_b)
        c.ev("案款发放", po, 金额=money(sa), 买受人=c.app.name)
        c.ev("案款发放", po, 金额=money(sb), 买受人=cred.name)
        if not defer:
            assert po <= dl_days(rc, 30) - days(2), (c.no, po, rc)
        return c, rc, pd, po

    def close_zb(c, po, f):
        # the applicant's remainder is unpaid; 终本 lawfully afterwards
        zb = pick_wd(max(po + days(25), add_months(f, 4)), max(po + days(40), add_months(f, 4) + days(15)))
        zb_close(c, zb, paid=float(sum(float(e["金额"]) for e in c.events
                                       if e["事件类型"] == "案款发放" and e.get("买受人") == c.app.name)),
                 q2=pick_wd(po + days(3), zb - days(12)))
        post_queries(c, zb)

    # F1 distribution 8 days after service
    c, rc, pd, po = run("浙0624", D("2026-01-12"), lambda rc: pick_wd(rc + days(3), rc + days(5)),
                        lambda pd, c, deb, cred: [(c.app, add_workdays(pd, 1)), (cred, add_workdays(pd, 1)), (deb, add_workdays(pd, 1))],
                        lambda pd, rc: roll(pd + days(9)))
    close_zb(c, po, c.filing)
    sd = add_workdays(pd, 1)
    assert po <= dl_days(sd, 15) and po > sd
    plant(r, c, "fire", "分配方案送达后第%d日即发放(异议期15日未满)" % (po - sd).days, "payout %s, service %s" % (po, sd))
    # F2 the debtor was served later; payout within the debtor's window
    def serve2(pd, c, deb, cred):
        sd = add_workdays(pd, 1)
        return [(c.app, sd), (cred, sd), (deb, add_workdays(sd, 5))]

    def pay2(pd, rc):
        sd = add_workdays(pd, 1)
        return add_workdays(dl_days(sd, 15), 1)
    c, rc, pd, po = run("浙0683", D("2026-04-27"), lambda rc: pick_wd(rc + days(2), rc + days(4)), serve2, pay2)
    close_zb(c, po, c.filing)
    sds = sorted(e["日期"] for e in c.events if e["事件类型"] == "分配方案送达")
    first, last = sds[0], sds[-1]
    assert dl_days(first, 15) < po <= dl_days(last, 15) and (last - first).days >= 5
    plant(r, c, "fire", "债权人%s收到方案, 被执行人%s才收到; %s发放时被执行人的异议期(至%s)未满" % (first, last, po, dl_days(last, 15)),
          "max(served_date) governs, not the first service")
    # F3 objection lodged, other parties never notified, distributed anyway
    def obj3(c, pd, deb, cred):
        c.ev("分配方案异议", pick_wd(pd + days(6), pd + days(9)), 买受人=deb.name, 买受人证件号=deb.id, 金额=money(350000),
             备注="被执行人对参与分配债权提出书面异议")
    c, rc, pd, po = run("浙0681", D("2026-03-02"), lambda rc: pick_wd(rc + days(2), rc + days(3)),
                        lambda pd, c, deb, cred: [(c.app, add_workdays(pd, 1)), (cred, add_workdays(pd, 1)), (deb, add_workdays(pd, 1))],
                        lambda pd, rc: roll(pd + days(20)), extra=obj3)
    close_zb(c, po, c.filing)
    plant(r, c, "fire", "被执行人提出分配方案异议后未通知其他债权人即按原方案发放", "objection, no 异议通知, payout")
    # F4 D+15 inside National Day 2025 → last day rolls to 2025-10-09; payout on that last day
    deb = Person(area="330602")
    cred = Person()
    c = Case("浙0602", D("2025-05-12"), app_any(), deb, 700000.0)
    start(c)
    item = house_item("绍兴市越城区")
    c.ev("查封", D("2025-05-26"), 到期日=D("2028-05-25"), 标的物=item, 评估价=money(1200000))
    c.has_property = True
    c.ev("评估", D("2025-06-23"), 标的物=item, 评估价=money(1200000))
    end = auction_round(c, item, 1200000, D("2025-07-21"), 900000, buyer=Person(), deal=1000000, gap=4)
    c.ev("参与分配", D("2025-08-06"), 买受人=cred.name, 买受人证件号=cred.id, 金额=money(350000), 备注="持生效判决申请参与分配")
    c.ev("案款到账", D("2025-09-12"), 金额=money(1000000), 备注="拍卖成交款")
    c.ev("解封", D("2025-09-16"), 标的物=item, 备注="成交裁定送达，协助过户")
    c.ev("分配方案", D("2025-09-17"), 金额=money(1000000))
    for who in (c.app, cred, deb):
        c.ev("分配方案送达", D("2025-09-19"), 买受人=who.name, 买受人证件号=who.id)
    assert dl_days(D("2025-09-19"), 15) == D("2025-10-09")
    sa, sb = shares(1000000, 700000, 350000)
    c.ev("案款发放", D("2025-10-09"), 金额=money(sa), 买受人=c.app.name)
    c.ev("案款发放", D("2025-10-09"), 金额=money(sb), 买受人=cred.name)
    c.ev("延长期限批准", D("2025-10-31"), 到期日=D("2026-05-11"), 备注="院长批准延长执行期限")
    zb_close(c, D("2025-11-25"), paid=sa, q2=D("2025-11-03"))
    post_queries(c, D("2025-11-25"))
    plant(r, c, "fire", "送达2025-09-19, 第15日(10-04)逢国庆假期顺延至10-09, 10-09当日发放仍在异议期内",
          "holiday roll: the objection period's last day is 2025-10-09; distributing on it is premature")
    # M1 payout the day after the period (D+15 a working day)
    def m1_plan(rc):
        d = rc + days(2)
        while True:
            if not is_rest(d):
                sd = add_workdays(d, 1)
                if not is_rest(sd + days(15)) and not is_rest(sd + days(16)):
                    return d
            d += days(1)
    c, rc, pd, po = run("浙0603", D("2026-02-02"), m1_plan,
                        lambda pd, c, deb, cred: [(c.app, add_workdays(pd, 1)), (cred, add_workdays(pd, 1)), (deb, add_workdays(pd, 1))],
                        lambda pd, rc: add_workdays(pd, 1) + days(16))
    sd = max(e["日期"] for e in c.events if e["事件类型"] == "分配方案送达")
    assert not is_rest(sd + days(15)) and po == sd + days(16) and not is_rest(po), (sd, po)
    close_zb(c, po, c.filing)
    plant(r, c, "miss", "送达后第16日发放(第15日为工作日, 期满无异议)", "payout the day after the last day")
    # M2 objection handled per 第五百一十条: notice, no counter-objection in 15 days, then distribution
    def obj_ok(c, pd, deb, cred):
        o = pick_wd(pd + days(5), pd + days(8))
        c.ev("分配方案异议", o, 买受人=cred.name, 买受人证件号=cred.id, 金额=money(20000), 备注="参与分配债权人对利息计算提出异议")
        nt = pick_wd(o + days(2), o + days(3))
        for who in (c.app, deb):
            c.ev("异议通知", nt, 买受人=who.name, 买受人证件号=who.id)
        c._nt = nt
    c, rc, pd, po = run("浙0604", D("2026-04-13"), lambda rc: pick_wd(rc + days(2), rc + days(3)),
                        lambda pd, c, deb, cred: [(c.app, add_workdays(pd, 1)), (cred, add_workdays(pd, 1)), (deb, add_workdays(pd, 1))],
                        lambda pd, rc: None or pick_wd(rc + days(45), rc + days(50)), extra=obj_ok,
                        defer=(lambda rc: pick_wd(rc + days(20), rc + days(24)), lambda rc: rc + days(75)))
    assert po > dl_days(c._nt, 15)
    pays = [e for e in c.events if e["事件类型"] == "案款发放"]
    pays[0]["金额"] = money(float(pays[0]["金额"]) - 20000)     # plan corrected as the objector asked
    pays[1]["金额"] = money(float(pays[1]["金额"]) + 20000)
    close_zb(c, po, c.filing)
    plant(r, c, "miss", "异议已通知其他当事人, 15日内无反对意见后依修正方案分配", "第五百一十条 procedure complete before payout")
    # M3 counter-objection → 异议之诉; disputed amount lodged (提存), undisputed part paid after all windows
    def obj_suit(c, pd, deb, cred):
        o = pick_wd(pd + days(5), pd + days(8))
        c.ev("分配方案异议", o, 买受人=cred.name, 买受人证件号=cred.id, 金额=money(150000), 备注="主张其债权应优先受偿")
        nt = pick_wd(o + days(2), o + days(3))
        for who in (c.app, deb):
            c.ev("异议通知", nt, 买受人=who.name, 买受人证件号=who.id)
        ob = pick_wd(nt + days(4), nt + days(8))
        c.ev("分配方案异议", ob, 买受人=c.app.name, 买受人证件号=c.app.id, 金额=money(150000),
             备注="申请执行人对异议提出反对意见")
        c.ev("异议通知", pick_wd(ob + days(1), ob + days(2)), 买受人=cred.name, 买受人证件号=cred.id,
             备注="将反对意见通知异议人；异议人已于十五日内提起分配方案异议之诉")
        c._nt = nt
    c, rc, pd, po = run("浙0624", D("2025-06-09"), lambda rc: pick_wd(rc + days(2), rc + days(3)),
                        lambda pd, c, deb, cred: [(c.app, add_workdays(pd, 1)), (cred, add_workdays(pd, 1)), (deb, add_workdays(pd, 1))],
                        lambda pd, rc: pick_wd(rc + days(55), rc + days(60)), extra=obj_suit,
                        defer=(lambda rc: pick_wd(rc + days(18), rc + days(22)), lambda rc: rc + days(210)))
    # the disputed 150,000 is lodged (提存); only the undisputed parts are paid out
    evs = [e for e in c.events if e["事件类型"] == "案款发放"]
    a_row = evs[0]
    a_row["金额"] = money(float(a_row["金额"]) - 150000)
    c.ev("提存", po, 金额=money(150000), 备注="分配方案异议之诉期间提存与争议债权数额相应的款项")
    rel = pick_wd(po + days(110), po + days(130))
    assert rel <= rc + days(200)
    c.ev("案款发放", rel, 金额=money(150000), 买受人=c.app.name, 备注="异议之诉判决驳回异议人诉讼请求，提存款项发放申请执行人")
    close_zb(c, rel, c.filing)
    plant(r, c, "miss", "异议之诉期间仅发放无争议部分, 争议款项提存(第五百一十条), 判决后再发放",
          "提存 instead of paying the disputed share")


# ---------------------------------------------------------------- FP-PAYOUT-30D
def plant_fp_payout():
    r = "FP-PAYOUT-30D"

    def case(court, f, claim, rc, po, close=None, company=None):
        deb = Company(area=COURTS[court][1]) if company else Person(area=COURTS[court][1])
        c = Case(court, f, app_any(), deb, claim)
        n = pick_wd(f + days(1), f + days(4))
        notice(c, n)
        bank = R.choice(BANKS)
        q = pick_wd(n + days(1), n + days(5))
        query(c, q, "存款 %s元（%s）" % (money(claim + 3000), bank[0]))
        fr = pick_wd(q, q + days(1))
        acct = new_account(bank[1])
        item = "存款：%s 账号%s" % (bank[0], acct)
        c.ev("冻结", fr, 到期日=add_years(fr, 1) - days(1), 标的物=item, 金额=money(claim))
        c.has_property = True
        assert rc > fr
        c.ev("案款到账", rc, 金额=money(claim), 备注="扣划被执行人存款")
        c.ev("解封", rc, 标的物=item, 备注="已扣划，解除冻结")
        if po:
            c.ev("案款发放", po, 金额=money(claim), 买受人=c.app.name)
        if close:
            c.close(close, "执行完毕", claim)
        return c

    c = case("浙0624", D("2026-05-18"), 150000.0, D("2026-07-06"), D("2026-08-10"), D("2026-08-12"))
    assert dl_days(D("2026-07-06"), 30) == D("2026-08-05")
    plant(r, c, "fire", "执行款2026-07-06到账, 08-10才发放(期限08-05)", "late act, 5 days")
    c = case("浙0683", D("2025-07-21"), 86000.0, D("2025-08-29"), D("2025-09-29"), D("2025-09-30"))
    assert dl_days(D("2025-08-29"), 30) == D("2025-09-28")
    plant(r, c, "fire", "到账2025-08-29, 第30日09-28系调休上班日(周日)不顺延, 09-29发放已逾期",
          "调休 working Sunday: no roll")
    c = case("浙0681", D("2026-07-13"), 230000.0, D("2026-09-01"), None, None, company=True)
    plant(r, c, "fire", "执行款2026-09-01到账至今未发放, 无延缓发放审批", "missing act (deadline 2026-10-08)")
    # F4 two receipts, the second never paid
    deb = Person(area="330602")
    c = Case("浙0602", D("2026-06-01"), app_any(), deb, 300000.0)
    n = notice(c, D("2026-06-03"))
    query(c, D("2026-06-08"), "存款 120000.00元（中国银行）")
    item = "存款：中国银行绍兴分行 账号%s" % new_account("6216")
    c.ev("冻结", D("2026-06-09"), 到期日=D("2027-06-08"), 标的物=item, 金额=money(120000))
    c.has_property = True
    c.ev("案款到账", D("2026-06-22"), 金额=money(120000), 备注="扣划被执行人存款")
    c.ev("解封", D("2026-06-22"), 标的物=item, 备注="已扣划，解除冻结")
    c.ev("案款发放", D("2026-07-06"), 金额=money(120000), 买受人=c.app.name)
    c.ev("案款到账", D("2026-07-20"), 金额=money(180000), 备注="被执行人自动履行剩余款项")
    query(c, D("2026-10-12"))
    plant(r, c, "fire", "第二笔执行款18万元(2026-07-20到账)至今未发放", "one of two receipts unpaid")
    # M1 National Day roll
    c = case("浙0603", D("2025-07-28"), 64000.0, D("2025-09-01"), D("2025-10-09"), D("2025-10-10"))
    assert dl_days(D("2025-09-01"), 30) == D("2025-10-09")
    plant(r, c, "miss", "到账2025-09-01, 第30日10-01逢国庆顺延至10-09, 当日发放", "holiday roll")
    # M2 exactly day 30
    c = case("浙0604", D("2026-05-06"), 41000.0, D("2026-06-08"), D("2026-07-08"), D("2026-07-09"))
    assert dl_days(D("2026-06-08"), 30) == D("2026-07-08")
    plant(r, c, "miss", "到账后第30日(工作日)发放", "last day of the period")
    # M3 deferral approved
    c = case("浙0624", D("2026-03-02"), 97000.0, D("2026-04-13"), D("2026-06-12"), D("2026-06-15"))
    c.ev("延缓发放批准", D("2026-04-24"), 到期日=D("2026-06-30"), 备注="申请执行人下落不明，经批准延缓发放")
    plant(r, c, "miss", "到账后第11日经批准延缓发放至06-30, 06-12发放", "recorded 延缓发放批准 covers the delay")
    # M4 received 20 days ago
    c = case("浙0683", D("2026-09-14"), 52000.0, D("2026-10-26"), None, None)
    plant(r, c, "miss", "执行款2026-10-26到账, 至今20日, 尚在30日内", "young receipt")


# ---------------------------------------------------------------- XS-COLLUSION
def xs_case(court, f, deb, claim, value, t_seize, item=None):
    c = Case(court, f, app_any(), deb, claim)
    start(c)
    item = item or house_item(COURTS[court][2])
    c.ev("查封", t_seize, 到期日=add_years(t_seize, 3) - days(1), 标的物=item, 评估价=money(value))
    c.has_property = True
    return c, item


def plant_xs():
    r = "XS-COLLUSION"
    # F1 the debtor's housemate (same 户籍 address) claims 89% of the seized house
    d = Person(area="330624")
    t = Person(area="330624", addr=d.addr)
    c, it = xs_case("浙0624", D("2026-06-08"), d, 650000.0, 900000, D("2026-06-22"))
    c.ev("评估", D("2026-07-20"), 标的物=it, 评估价=money(900000))
    c.ev("参与分配", D("2026-09-02"), 买受人=t.name, 买受人证件号=t.id, 金额=money(800000),
         备注="依据（2026）浙0624民初%d号民事调解书申请参与分配；该案立案后12日即调解结案" % R.randint(2000, 6000))
    query(c, D("2026-10-09"))
    plant(r, c, "fire", "与被执行人同户籍住址的%s在查封后申请参与分配80万(占查封房产评估价89%%)" % t.name,
          "related (同地址) + after the seizure + ≥ 50% of the seized value")
    # F2 a company with the same 法定代表人 raises a 案外人异议 over the seized machinery
    d = Company(area="330683")
    sister = Company(area="330683", rep=d.rep)
    it = "机器设备：织造机二十台（存放于被执行人厂房）"
    c, _ = xs_case("浙0683", D("2026-06-15"), d, 500000.0, 600000, D("2026-06-29"), item=it)
    c.ev("案外人异议", D("2026-08-17"), 标的物=it, 买受人=sister.name, 买受人证件号=sister.id, 金额=money(600000),
         备注="案外人主张查封设备系其所有，提交租赁合同")
    query(c, D("2026-10-19"))
    plant(r, c, "fire", "与单位被执行人同一法定代表人的%s在查封后对全部查封设备提出案外人异议" % sister.name,
          "related (same 法定代表人, 企业登记) + after the seizure + claim = 100% of the value")
    # F3 the company debtor's 监事 applies for 参与分配 worth 70% of the seized assets
    d = Company(area="330681")
    sup = Person(area="330681")
    reg("企业登记", 人员姓名=sup.name, 证件号码=sup.id, 企业名称=d.name, 企业信用代码=d.id, 职务="监事",
        任职日期=D("2018-05-10"), 联系电话=sup.phone, 住址=sup.addr)
    c, it = xs_case("浙0681", D("2026-05-25"), d, 700000.0, 1000000, D("2026-06-08"))
    c.ev("参与分配", D("2026-08-24"), 买受人=sup.name, 买受人证件号=sup.id, 金额=money(700000),
         备注="依据（2026）绍仲裁字第%d号仲裁裁决申请参与分配" % R.randint(300, 1900))
    query(c, D("2026-10-26"))
    plant(r, c, "fire", "单位被执行人的监事%s在查封后申请参与分配70万(占查封房产价值70%%)" % sup.name,
          "related (企业登记 监事) + after the seizure + ≥ 50%")
    # M1 unrelated creditor, 30%
    d = Person(area="330602")
    cr = Company(area="330602", industry="小额贷款")
    c, it = xs_case("浙0602", D("2026-06-22"), d, 500000.0, 700000, D("2026-07-06"))
    c.ev("参与分配", D("2026-09-07"), 买受人=cr.name, 买受人证件号=cr.id, 金额=money(210000), 备注="依据生效民事判决申请参与分配")
    query(c, D("2026-10-12"))
    plant(r, c, "miss", "无关联债权人申请参与分配21万(30%)", "no relation, claim < 50%")
    # M2 creditor has the same name as the debtor company's 法定代表人, different ID
    d = Company(area="330603")
    cr = Person(name=d.rep.name, area="330282")
    c, it = xs_case("浙0603", D("2026-06-29"), d, 420000.0, 600000, D("2026-07-13"))
    c.ev("参与分配", D("2026-09-14"), 买受人=cr.name, 买受人证件号=cr.id, 金额=money(210000), 备注="依据生效民事判决申请参与分配")
    query(c, D("2026-10-21"))
    plant(r, c, "miss", "参与分配债权人与法定代表人同名但身份证号不同, 债权占35%", "name-only coincidence, claim < 50%")
    # M3 creditor company shares only the accounting agency's phone with the debtor company
    d = Company(area="330604")
    cr = Company(area="330604")
    OFFICE_USERS.extend([d, cr])
    c, it = xs_case("浙0604", D("2026-07-06"), d, 560000.0, 800000, D("2026-07-20"))
    c.ev("参与分配", D("2026-09-21"), 买受人=cr.name, 买受人证件号=cr.id, 金额=money(160000), 备注="依据生效民事判决申请参与分配")
    query(c, D("2026-10-28"))
    plant(r, c, "miss", "仅共用代理记账机构电话(十余家单位共用), 债权占20%", "office phone is not a relation; claim < 50%")


# ---------------------------------------------------------------- CX-NOTICE-10D / CX-REPORT-ORDER
def pay_close(c, rc, po=None, cl=None):
    c.ev("案款到账", rc, 金额=money(c.claim), 备注="被执行人履行")
    po = po or pick_wd(rc + days(3), rc + days(10))
    c.ev("案款发放", po, 金额=money(c.claim), 买受人=c.app.name)
    c.close(cl or pick_wd(po, po + days(2)), "执行完毕", c.claim)


def plant_cx():
    r = "CX-NOTICE-10D"
    c = Case("浙0624", D("2026-08-03"), app_any(), Person(area="330624"), 68000.0)
    assert dl_days(D("2026-08-03"), 10) == D("2026-08-13")
    notice(c, D("2026-08-14"))
    query(c, D("2026-08-17"))
    report(c, D("2026-08-20"))
    pay_close(c, D("2026-09-15"))
    plant(r, c, "fire", "立案2026-08-03, 执行通知08-14发出(期限08-13)", "one day late")
    c = Case("浙0683", D("2026-09-30"), app_any(), Person(area="330683"), 45000.0)
    assert dl_days(D("2026-09-30"), 10) == D("2026-10-10")
    notice(c, D("2026-10-12"))
    query(c, D("2026-10-13"))
    report(c, D("2026-10-16"))
    pay_close(c, D("2026-11-02"))
    plant(r, c, "fire", "立案2026-09-30, 第10日10-10系调休上班日(周六)不顺延, 10-12发出已逾期",
          "调休 working Saturday: no roll")
    c = Case("浙0681", D("2026-09-01"), app_any(), Person(area="330681"), 132000.0)
    query(c, D("2026-09-08"))
    c.ev("现场调查", D("2026-10-20"), 标的物="被执行人住所地", 结果="未发现可供执行财产")
    plant(r, c, "fire", "立案2026-09-01至今未发出执行通知", "missing act")
    plant("CX-REPORT-ORDER", c, "fire", "金钱债权案件至今未发出报告财产令(亦无执行通知)", "missing act (also CX-NOTICE-10D)")
    c = Case("浙0602", D("2026-09-22"), app_any(), Person(area="330602"), 73000.0)
    assert dl_days(D("2026-09-22"), 10) == D("2026-10-08")
    notice(c, D("2026-10-08"))
    query(c, D("2026-10-09"))
    report(c, D("2026-10-14"))
    pay_close(c, D("2026-10-30"))
    plant(r, c, "miss", "立案2026-09-22, 第10日10-02逢国庆顺延至10-08, 当日发出", "holiday roll")
    c = Case("浙0603", D("2026-07-06"), app_any(), Person(area="330603"), 58000.0)
    notice(c, D("2026-07-16"))
    query(c, D("2026-07-17"))
    report(c, D("2026-07-22"))
    pay_close(c, D("2026-08-20"))
    plant(r, c, "miss", "立案后第10日(工作日)发出", "last day of the period")
    c = Case("浙0604", D("2026-02-05"), app_any(), Person(area="330604"), 81000.0)
    assert dl_days(D("2026-02-05"), 10) == D("2026-02-24")
    notice(c, D("2026-02-24"))
    query(c, D("2026-02-25"))
    report(c, D("2026-03-02"))
    pay_close(c, D("2026-03-30"))
    plant(r, c, "miss", "立案2026-02-05, 第10日02-15逢春节假期顺延至02-24, 当日发出", "Spring Festival roll")

    r = "CX-REPORT-ORDER"
    c = Case("浙0624", D("2026-05-11"), app_any(), Person(area="330624"), 54000.0)
    notice(c, D("2026-05-13"), report=False)
    query(c, D("2026-05-18"))
    pay_close(c, D("2026-06-22"))
    plant(r, c, "fire", "执行通知2026-05-13发出, 全案无报告财产令", "missing act")
    c = Case("浙0683", D("2026-06-01"), app_any(), Company(area="330683"), 176000.0)
    notice(c, D("2026-06-03"), report_date=D("2026-06-15"))
    query(c, D("2026-06-05"), "存款 190000.00元（绍兴银行）")
    report(c, D("2026-06-22"))
    freeze_transfer(c, D("2026-06-08"), 176000.0, receipt=D("2026-06-29"), payout=D("2026-07-17"))
    plant(r, c, "fire", "执行通知06-03, 报告财产令迟至06-15另行发出", "issued later than the notice")
    c = Case("浙0681", D("2026-04-07"), app_any(), Person(area="330681"), 62000.0)
    notice(c, D("2026-04-09"), report=False, note="责令履行义务，同时送达报告财产令，责令十日内报告财产")
    query(c, D("2026-04-13"))
    report(c, D("2026-04-15"))
    pay_close(c, D("2026-05-20"))
    plant(r, c, "miss", "报告财产令与执行通知同时送达, 记载于执行通知的备注", "recorded in the notice row's 备注")
    c = Case("浙0602", D("2026-03-16"), app_any(), Person(area="330602"), 0.0, cause="排除妨害纠纷", btype="民事判决书")
    notice(c, D("2026-03-18"), report=False, note="责令被执行人于十日内腾退房屋，排除妨害")
    c.ev("现场调查", D("2026-04-02"), 标的物="涉案房屋", 结果="被执行人正在搬离")
    c.close(D("2026-04-28"), "执行完毕", 0.0)
    c.claim = None
    plant(r, c, "miss", "非金钱债权(腾退房屋、排除妨害)案件, 无须报告财产令", "not a 金钱债权 case")
    c = Case("浙0603", D("2026-04-20"), app_any(), Person(area="330603"), 47000.0)
    notice(c, D("2026-04-22"), report_kind="财产报告令")
    query(c, D("2026-04-27"))
    report(c, D("2026-04-29"))
    pay_close(c, D("2026-05-27"))
    plant(r, c, "miss", "同日发出, 事件类型写作同义词\"财产报告令\"", "synonym of 报告财产令, same day")


# ---------------------------------------------------------------- KZ-EXPIRY
def plant_kz_expiry():
    r = "KZ-EXPIRY"
    # F1 only-home seizure lapses after 终本
    d = Person(area="330624")
    c = Case("浙0624", D("2023-05-04"), app_any(), d, 380000.0)
    start(c)
    it = house_item("新昌县")
    c.ev("查封", D("2023-05-15"), 到期日=D("2026-05-14"), 标的物=it, 评估价=money(520000), 处置障碍="被执行人唯一生活必需住房")
    c.has_property = True
    zb_close(c, D("2023-10-24"), reason="查封房产系唯一住房，暂不能处置")
    post_queries(c, D("2023-10-24"))
    plant(r, c, "fire", "终本案件查封房产2026-05-14到期未续封, 债务未清偿", "missing renewal; 终本 case")
    # F2 equity freeze renewed four days after it lapsed
    d = Company(area="330683")
    c = Case("浙0683", D("2023-06-19"), app_any(), d, 1200000.0)
    start(c)
    it = "股权：被执行人持有的嵊州市%s%s纺织有限公司35%%股权" % (R.choice(SYL), R.choice(SYL))
    c.ev("冻结", D("2023-07-03"), 到期日=D("2026-07-02"), 标的物=it, 评估价=money(600000), 优先债权=money(900000),
         处置障碍="股权已出质，质权担保债权超过股权价值")
    c.has_property = True
    zb_close(c, D("2023-12-12"), reason="冻结股权质押债权超过其价值，暂不能处置")
    post_queries(c, D("2023-12-12"))
    c.ev("续封", D("2026-07-06"), 到期日=D("2029-07-05"), 标的物=it, 备注="续行冻结")
    plant(r, c, "fire", "股权冻结2026-07-02届满, 07-06才续冻(效力已消灭)", "late renewal (4 days after expiry, 07-02 a workday)")
    # F3 movable (vehicle) 2-year seizure lapses
    d = Person(area="330681")
    c = Case("浙0681", D("2024-08-12"), app_any(), d, 210000.0)
    start(c)
    it = vehicle_item(new_plate())
    c.ev("查封", D("2024-09-02"), 到期日=D("2026-09-01"), 标的物=it, 评估价=money(60000), 优先债权=money(85000),
         处置障碍="车辆已抵押，抵押债权超过车辆价值")
    c.ev("扣押", D("2024-09-10"), 到期日=D("2026-09-01"), 标的物=it, 备注="已实际扣押")
    c.has_property = True
    zb_close(c, D("2025-01-21"), reason="扣押车辆抵押债权超过其价值")
    post_queries(c, D("2025-01-21"))
    plant(r, c, "fire", "扣押车辆(动产两年)2026-09-01届满未续行, 债务未清偿", "movable, 2-year maximum, no renewal")
    # M1 expiry on a holiday, renewed on the first working day after it
    d = Person(area="330602")
    c = Case("浙0602", D("2023-04-17"), app_any(), d, 320000.0)
    start(c)
    it = house_item("绍兴市越城区")
    c.ev("查封", D("2023-05-04"), 到期日=D("2026-05-03"), 标的物=it, 评估价=money(460000), 处置障碍="被执行人唯一生活必需住房")
    c.has_property = True
    zb_close(c, D("2023-09-19"), reason="查封房产系唯一住房，暂不能处置")
    post_queries(c, D("2023-09-19"))
    c.ev("续封", D("2026-05-06"), 到期日=D("2029-05-05"), 标的物=it, 备注="续行查封")
    assert roll(D("2026-05-03")) == D("2026-05-06")
    plant(r, c, "miss", "查封期限2026-05-03(劳动节假期)届满, 顺延至05-06, 当日续封", "holiday roll of the expiry day (民诉法 第八十五条)")
    # M2 renewed five days before expiry
    d = Person(area="330603")
    c = Case("浙0603", D("2024-04-08"), app_any(), d, 190000.0)
    start(c)
    it = house_item("绍兴市柯桥区")
    c.ev("查封", D("2024-04-22"), 到期日=D("2027-04-21"), 标的物=it, 评估价=money(240000), 处置障碍="被执行人唯一生活必需住房")
    c.has_property = True
    zb_close(c, D("2024-09-24"), reason="查封房产系唯一住房，暂不能处置")
    post_queries(c, D("2024-09-24"))
    plant(r, c, "miss", "查封期限2027-04-21届满, 尚未到期", "future expiry, no renewal needed yet")
    # M3 expiry later this month
    d = Person(area="330604")
    c = Case("浙0604", D("2023-11-13"), app_any(), d, 210000.0)
    start(c)
    it = house_item("绍兴市上虞区")
    c.ev("查封", D("2023-12-01"), 到期日=D("2026-11-30"), 标的物=it, 评估价=money(300000), 处置障碍="被执行人唯一生活必需住房")
    c.has_property = True
    zb_close(c, D("2024-04-16"), reason="查封房产系唯一住房，暂不能处置")
    post_queries(c, D("2024-04-16"))
    c.ev("续封", D("2026-11-10"), 到期日=D("2029-11-09"), 标的物=it, 备注="届满前续行查封")
    plant(r, c, "miss", "查封2026-11-30届满前(11-10)已续封", "renewed before expiry")
    # M4 debt paid, freeze left to lapse
    d = Person(area="330624")
    c = Case("浙0624", D("2025-06-03"), app_any(), d, 48000.0)
    n = notice(c, D("2025-06-04"))
    query(c, D("2025-06-09"), "存款 3200.00元（浙江新昌农村商业银行）")
    c.ev("冻结", D("2025-06-10"), 到期日=D("2026-06-09"), 标的物="存款：浙江新昌农村商业银行 账号%s" % new_account("6230"),
         金额=money(3200))
    c.has_property = True
    report(c, D("2025-06-12"))
    c.ev("和解", D("2025-06-20"), 到期日=D("2025-07-18"), 结果="已履行完毕", 备注="被执行人直接向申请执行人付清")
    c.close(D("2025-07-21"), "执行完毕", 48000.0)
    plant(r, c, "miss", "债务已于2025-07履行完毕, 冻结2026-06-09到期未续无须续行", "debt paid: nothing to preserve")


# ---------------------------------------------------------------- KZ-OVERSEIZE
def plant_kz_over():
    r = "KZ-OVERSEIZE"

    def case(court, f, claim, deb=None):
        c = Case(court, f, app_any(), deb or Person(area=COURTS[court][1]), claim)
        n, q, _ = start(c)
        c.has_property = True
        return c, q

    c, q = case("浙0624", D("2026-08-17"), 600000.0)
    s = pick_wd(q + days(1), q + days(3))
    c.ev("查封", s, 到期日=add_years(s, 3) - days(1), 标的物=house_item("新昌县"), 评估价=money(1000000))
    c.ev("冻结", s, 到期日=add_years(s, 1) - days(1), 标的物="存款：浙江新昌农村商业银行 账号%s" % new_account("6230"),
         金额=money(500000))
    plant(r, c, "fire", "债权60万, 查封房产100万并冻结存款50万(合计150万 = 2.5倍), 存款可解冻", "ratio 2.5 with a divisible asset")
    c, q = case("浙0683", D("2026-09-07"), 500000.0)
    s = pick_wd(q + days(1), q + days(3))
    for _ in range(2):
        c.ev("查封", s, 到期日=add_years(s, 3) - days(1), 标的物=house_item("嵊州市"), 评估价=money(900000))
    plant(r, c, "fire", "债权50万, 同时查封两套各值90万的房产(3.6倍), 其中一套可解封", "two assets, either alone suffices")
    c, q = case("浙0681", D("2026-09-21"), 120000.0)
    s = pick_wd(q + days(1), q + days(3))
    c.ev("冻结", s, 到期日=add_years(s, 1) - days(1), 标的物="存款：中国建设银行诸暨支行 账号%s（冻结账户）" % new_account("6217"),
         备注="冻结账户，未载明冻结数额")
    plant(r, c, "fire", "冻结银行账户未明确具体冻结数额", "account freeze without an amount (低)")
    c, q = case("浙0602", D("2026-08-24"), 600000.0)
    s = pick_wd(q + days(1), q + days(3))
    c.ev("查封", s, 到期日=add_years(s, 3) - days(1), 标的物=house_item("绍兴市越城区"), 评估价=money(870000))
    plant(r, c, "miss", "债权60万, 查封房产87万(1.45倍), 未超1.5倍", "ratio 1.45 < 1.5 (also below with 执行费)")
    c, q = case("浙0603", D("2026-09-14"), 400000.0)
    s = pick_wd(q + days(1), q + days(3))
    c.ev("查封", s, 到期日=add_years(s, 3) - days(1), 标的物=house_item("绍兴市柯桥区"), 评估价=money(3000000), 不可分物="是",
         备注="被执行人无其他可供执行财产")
    plant(r, c, "miss", "唯一财产为不可分的整套房产(300万), 无其他财产, 不能部分解封", "indivisible sole asset (查封规定 第十九条 但书)")
    c, q = case("浙0604", D("2026-08-31"), 600000.0)
    s = pick_wd(q + days(1), q + days(3))
    c.ev("查封", s, 到期日=add_years(s, 3) - days(1), 标的物=house_item("绍兴市上虞区"), 评估价=money(2000000),
         优先债权=money(1200000), 备注="设有银行抵押")
    plant(r, c, "miss", "房产评估200万但抵押债权120万, 净值80万(1.33倍)", "net of 优先债权 below 1.5")


# ---------------------------------------------------------------- CZ-STARTPRICE-70
def plant_cz_price():
    r = "CZ-STARTPRICE-70"

    def base(court, f, claim, value, deb=None, evaluate=True, movable=False, item=None):
        c = Case(court, f, app_any(), deb or Person(area=COURTS[court][1]), claim)
        n, q, _ = start(c)
        item = item or house_item(COURTS[court][2])
        s = pick_wd(q + days(1), q + days(4))
        c.ev("查封", s, 到期日=add_years(s, 2 if movable else 3) - days(1), 标的物=item, 评估价=money(value))
        if movable:
            c.ev("扣押", pick_wd(s + days(3), s + days(8)), 到期日=add_years(s, 2) - days(1), 标的物=item, 备注="已实际扣押")
        c.has_property = True
        e = pick_wd(s + days(20), s + days(30))
        if evaluate:
            c.ev("评估", e, 标的物=item, 评估价=money(value))
        return c, item, e

    c, it, e = base("浙0624", D("2026-02-02"), 700000.0, 1000000)
    end = auction_round(c, it, 1000000, pick_wd(e + days(5), e + days(8)), 690000, buyer=Person(), deal=750000)
    sell_and_pay(c, it, end, 750000, [(c.app, 700000), (c.d, 50000)])
    plant(r, c, "fire", "首次网拍起拍价69万 < 评估价100万×70%", "69%")
    c, it, e = base("浙0683", D("2026-01-19"), 500000.0, 856000)
    end = auction_round(c, it, 856000, pick_wd(e + days(5), e + days(8)), 599000, buyer=Person(), deal=640000)
    sell_and_pay(c, it, end, 640000, [(c.app, 500000), (c.d, 140000)])
    assert 599000 < 0.7 * 856000
    plant(r, c, "fire", "起拍价599,000元 < 评估价856,000×70%(599,200元), 仅差200元", "69.98%, just below")
    plate = new_plate()
    c, it, e = base("浙0681", D("2026-03-09"), 200000.0, 320000, evaluate=False, movable=True, item=vehicle_item(plate))
    end = auction_round(c, it, 320000, pick_wd(e + days(3), e + days(6)), 208000, movable=True, buyer=Person(), deal=236000,
                        note="未作评估，参照市价320,000元确定起拍价并征询当事人意见")
    sell_and_pay(c, it, end, 236000, [(c.app, 200000), (c.d, 36000)])
    plant(r, c, "fire", "未评估车辆按市价32万的65%起拍(20.8万)", "65% of 市价 (no valuation)")
    c, it, e = base("浙0602", D("2026-01-05"), 800000.0, 1230000)
    end = auction_round(c, it, 1230000, pick_wd(e + days(5), e + days(8)), 861000, buyer=Person(), deal=905000)
    sell_and_pay(c, it, end, 905000, [(c.app, 800000), (c.d, 105000)])
    assert 861000 == round(0.7 * 1230000)
    plant(r, c, "miss", "起拍价861,000元恰为评估价1,230,000元的70%", "exactly 70%")
    c, it, e = base("浙0603", D("2025-12-01"), 450000.0, 800000)
    e1 = auction_round(c, it, 800000, pick_wd(e + days(5), e + days(8)), 560000, outcome="流拍", gap=3)
    e2 = auction_round(c, it, 800000, pick_wd(e1 + days(4), e1 + days(7)), 448000, rnd=2, buyer=Person(), deal=470000, gap=2)
    sell_and_pay(c, it, e2, 470000, [(c.app, 450000), (c.d, 20000)])
    plant(r, c, "miss", "第二次拍卖起拍价44.8万(评估价56%)系前次起拍价降20%, 不适用首拍70%", "round 2 is governed by the 20% cut rule")
    c, it, e = base("浙0604", D("2025-09-08"), 380000.0, 700000)
    e1 = auction_round(c, it, 700000, pick_wd(e + days(5), e + days(8)), 504000, outcome="流拍", gap=2)
    e2 = auction_round(c, it, 700000, pick_wd(e1 + days(4), e1 + days(7)), 403200, rnd=2, outcome="流拍", gap=2)
    vd = pick_wd(e2 + days(5), e2 + days(9))
    b = Person()
    c.ev("变卖", vd, 标的物=it, 起拍价=money(403200), 成交价=money(403200), 买受人=b.name, 买受人证件号=b.id,
         拍卖平台="淘宝网司法拍卖平台", 备注="二拍流拍后在同一平台变卖")
    sell_and_pay(c, it, vd, 403200, [(c.app, 380000), (c.d, 23200)])
    plant(r, c, "miss", "二次流拍后按二拍起拍价(评估价57.6%)变卖, 非首次拍卖", "变卖 is not a first-round start price")


# ---------------------------------------------------------------- XY-DELETE-3WD
def plant_xy_delete():
    r = "XY-DELETE-3WD"

    def done_case(court, f, claim, listed, closing, deleted, ground="一", period=None, lift=None):
        d = Person(area=COURTS[court][1])
        c = Case(court, f, app_any(), d, claim)
        n, q, _ = start(c, rep="按期" if ground == "一" else None)
        if ground != "一":
            report(c, prev_wd(listed - days(5)), "逾期")
        xianxiao(c, listed)
        c.ev("失信", listed, 到期日=period or "",
             标的物="失信规定第一条第（一）项：有履行能力而拒不履行生效法律文书确定义务" if ground == "一"
             else "失信规定第一条第（四）项：违反财产报告制度")
        c.close(closing, "执行完毕", claim)      # paid directly to the applicant on the closing day
        if deleted:
            c.ev("删除失信", deleted, 标的物="已履行完毕")
        c.ev("解除限制消费", lift or add_workdays(closing, 1), 标的物=d.name, 备注="已履行完毕")
        return c

    c = done_case("浙0624", D("2026-04-13"), 90000.0, D("2026-05-18"), D("2026-09-10"), D("2026-09-17"))
    assert add_workdays(D("2026-09-10"), 3) == D("2026-09-15")
    plant(r, c, "fire", "2026-09-10执行完毕, 09-17才删除失信(第3个工作日为09-15)", "late deletion, 5th working day")
    c = done_case("浙0683", D("2026-05-11"), 120000.0, D("2026-06-16"), D("2026-09-30"), D("2026-10-12"),
                  lift=D("2026-10-08"))
    assert add_workdays(D("2026-09-30"), 3) == D("2026-10-10")
    plant(r, c, "fire", "2026-09-30执行完毕, 工作日为10-08、10-09、10-10(调休周六), 10-12删除已逾期",
          "调休 working Saturday counts as a working day")
    # F3 fixed-period listing expired, not deleted (终本)
    d = Person(area="330681")
    c = Case("浙0681", D("2024-06-17"), app_any(), d, 230000.0)
    start(c, rep=None)
    c.ev("财产报告", D("2024-07-08"), 结果="逾期")
    c.ev("失信", D("2024-07-22"), 到期日=D("2026-07-21"), 标的物="失信规定第一条第（四）项：违反财产报告制度")
    zb_close(c, D("2024-11-26"), xx=D("2024-07-22"))
    post_queries(c, D("2024-11-26"))
    plant(r, c, "fire", "失信纳入期限2026-07-21届满, 至今未删除", "missing act after 纳入期限")
    # F4 终本, no fixed period, two empty post-终本 queries, not deleted
    d = Person(area="330602")
    c = Case("浙0602", D("2025-01-13"), app_any(), d, 310000.0)
    start(c)
    c.ev("失信", D("2025-03-03"), 标的物="失信规定第一条第（一）项：有履行能力而拒不履行生效法律文书确定义务")
    zb_close(c, D("2025-06-10"), xx=D("2025-03-03"))
    qs = post_queries(c, D("2025-06-10"))
    assert len(qs) >= 2
    plant(r, c, "fire", "终本后网络查控两次(%s、%s)均未发现财产, 无期限失信未删除" % (qs[0], qs[1]),
          "失信规定 第十条第一款第（四）项, no 纳入期限")
    # M1 deleted on the 2nd working day across National Day
    c = done_case("浙0603", D("2026-05-18"), 66000.0, D("2026-06-23"), D("2026-09-30"), D("2026-10-09"),
                  lift=D("2026-10-08"))
    plant(r, c, "miss", "2026-09-30执行完毕, 10-09(第2个工作日)删除", "working days skip the National Day holiday")
    # M2 Spring Festival + 调休
    c = done_case("浙0604", D("2025-10-13"), 74000.0, D("2025-11-17"), D("2026-02-13"), D("2026-02-25"),
                  lift=D("2026-02-14"))
    assert add_workdays(D("2026-02-13"), 3) == D("2026-02-25")
    plant(r, c, "miss", "2026-02-13执行完毕, 工作日02-14(调休)、02-24、02-25, 02-25删除", "3rd working day across Spring Festival")
    # M3 fixed period still running
    d = Person(area="330624")
    c = Case("浙0624", D("2024-12-09"), app_any(), d, 144000.0)
    start(c, rep=None)
    c.ev("财产报告", D("2025-01-02"), 结果="逾期")
    c.ev("失信", D("2025-03-03"), 到期日=D("2027-03-02"), 标的物="失信规定第一条第（四）项：违反财产报告制度")
    zb_close(c, D("2025-04-29"), xx=D("2025-01-13"))
    post_queries(c, D("2025-04-29"))
    plant(r, c, "miss", "有纳入期限(至2027-03-02)的失信: 终本后多次查询无财产亦不适用第十条第一款",
          "有纳入期限的，不适用前款规定")
    # M4 fixed-period listing, debt paid: the period still runs
    c = done_case("浙0683", D("2026-03-09"), 88000.0, D("2026-04-20"), D("2026-08-19"), None, ground="四",
                  period=D("2028-04-19"))
    plant(r, c, "miss", "因违反财产报告制度有2年纳入期限, 虽已履行完毕, 期限未满不适用第十条第一款",
          "有纳入期限的，不适用前款规定 (until 2028-04-19)")
    # M5 终本, no period, only one post-终本 query
    d = Person(area="330681")
    c = Case("浙0681", D("2025-10-20"), app_any(), d, 205000.0)
    start(c)
    c.ev("失信", D("2025-12-08"), 标的物="失信规定第一条第（一）项：有履行能力而拒不履行生效法律文书确定义务")
    zb_close(c, D("2026-03-24"), xx=D("2025-12-08"))
    c.ev("终本后查询", D("2026-08-25"), 标的物=CHANNELS, 结果="未发现可供执行财产", 备注="查询结果已告知申请执行人")
    plant(r, c, "miss", "终本后仅查询一次, 未满\"两次以上\"", "one post-终本 query only")


# ---------------------------------------------------------------- ZH-6M-QUERY
def plant_zh():
    r = "ZH-6M-QUERY"

    def zcase(court, f, zb, claim):
        c = Case(court, f, app_any(), Person(area=COURTS[court][1]), claim)
        start(c)
        zb_close(c, zb)
        return c

    def q(c, d):
        c.ev("终本后查询", d, 标的物=CHANNELS, 结果="未发现可供执行财产", 备注="查询结果已告知申请执行人")

    c = zcase("浙0624", D("2024-11-11"), D("2025-03-31"), 180000.0)
    assert dl_months(D("2025-03-31"), 6) == D("2025-09-30")
    q(c, D("2025-10-09"))
    post_queries(c, D("2025-10-09"))
    plant(r, c, "fire", "终本2025-03-31, 六个月届满日为09-30(月末对应日、工作日), 10-09才查询", "month-end + no roll (09-30 is a workday)")
    c = zcase("浙0683", D("2025-04-14"), D("2025-08-29"), 96000.0)
    assert dl_months(D("2025-08-29"), 6) == D("2026-02-28")
    q(c, D("2026-03-02"))
    post_queries(c, D("2026-03-02"))
    plant(r, c, "fire", "终本2025-08-29, 届满日2026-02-28(无29日取月末; 该日系调休上班日不顺延), 03-02才查询",
          "民法典 第二百零二条 month-end + 调休 Saturday")
    c = zcase("浙0681", D("2025-07-07"), D("2025-11-20"), 275000.0)
    plant(r, c, "fire", "终本2025-11-20后至今未查询(应于2026-05-20前)", "missing act")
    c = zcase("浙0602", D("2024-01-22"), D("2024-06-14"), 143000.0)
    q(c, D("2024-11-12"))
    q(c, D("2025-04-10"))
    assert dl_months(D("2025-04-10"), 6) == D("2025-10-10")
    q(c, D("2025-12-08"))
    post_queries(c, D("2025-12-08"))
    plant(r, c, "fire", "第二次(2025-04-10)与第三次(2025-12-08)查询间隔近八个月", "a gap in the middle of the chain")
    c = zcase("浙0603", D("2025-03-31"), D("2025-08-18"), 86000.0)
    assert dl_months(D("2025-08-18"), 6) == D("2026-02-24")
    q(c, D("2026-02-24"))
    post_queries(c, D("2026-02-24"))
    plant(r, c, "miss", "终本2025-08-18, 届满日02-18逢春节假期顺延至02-24, 当日查询", "holiday roll")
    c = zcase("浙0604", D("2025-01-13"), D("2025-05-30"), 122000.0)
    assert dl_months(D("2025-05-30"), 6) == D("2025-12-01")
    q(c, D("2025-12-01"))
    post_queries(c, D("2025-12-01"))
    plant(r, c, "miss", "终本2025-05-30, 届满日11-30为星期日顺延至12-01, 当日查询", "weekend roll")
    c = zcase("浙0624", D("2026-01-26"), D("2026-06-10"), 67000.0)
    plant(r, c, "miss", "终本2026-06-10, 首次查询期限2026-12-10尚未届满", "young 终本")
    c = zcase("浙0683", D("2020-12-07"), D("2021-05-10"), 158000.0)
    qs = [D(x) for x in ["2021-09-13", "2022-02-14", "2022-07-11", "2022-12-12", "2023-05-15", "2023-10-16",
                         "2024-03-11", "2024-08-12", "2025-01-13", "2025-06-16", "2025-11-17"]]
    prev = D("2021-05-10")
    for x in qs:
        assert not is_rest(x) and x <= dl_months(prev, 6), x
        q(c, x)
        prev = x
    assert add_years(D("2021-05-10"), 5) < dl_months(qs[-1], 6), qs[-1]
    plant(r, c, "miss", "终本2021-05-10, 五年查询义务于2026-05-10届满, 末次查询%s后无需再查" % qs[-1],
          "the 5-year duty ended before the next query fell due")


# ======================================================================================
def finalize():
    # office phone: accounts of many companies registered with an accounting agency's number
    apps = [c.app for c in CASES if c.app.kind == "C" and c.no not in PLANTED_CASES]
    users = OFFICE_USERS + apps[:12]
    for co in users:
        b = R.choice(BANKS)
        bal = "0.00" if co in OFFICE_USERS else money(R.randint(1, 900) * 1000)
        reg("存款", 账户名=co.name, 证件号码=co.id, 开户行=b[0], 账号=new_account(b[1]), 余额=bal,
            开户日期=date(R.randint(2012, 2021), R.randint(1, 12), R.randint(1, 28)), 联系电话=OFFICE_PHONE)
    # 执行期限: approvals for cases with property that run past six months (XJ-6MONTH stays silent)
    for c in CASES:
        end = c.closing or TODAY
        six = add_months(c.filing, 6)
        if c.has_property and end > six and not any(e["事件类型"] == "延长期限批准" for e in c.events) \
                and c.method != "终结本次执行程序":
            c.ev("延长期限批准", prev_wd(six - days(10)), 到期日=add_months(c.filing, 12), 备注="院长批准延长执行期限")
        elif c.has_property and c.method == "终结本次执行程序" and c.closing > six \
                and not any(e["事件类型"] == "延长期限批准" for e in c.events):
            c.ev("延长期限批准", prev_wd(six - days(10)), 到期日=add_months(c.filing, 12), 备注="院长批准延长执行期限")


def renumber():
    """serial numbers follow the filing order within each court and year, as real 案号 do"""
    global PLANT
    groups = {}
    for c in CASES:
        groups.setdefault((c.court, c.filing.year), []).append(c)
    new = {}
    for (court, year) in sorted(groups):
        cs = sorted(groups[(court, year)], key=lambda c: (c.filing, c.no))
        seq = R.randint(40, 300)
        for c in cs:
            seq += R.randint(2, 41)
            new[c.no] = "（%d）%s执%d号" % (year, court, seq)
    for c in CASES:
        c.no = new[c.no]
        for e in c.events:
            e["案号"] = c.no
    PLANT[:] = [(r, new[no], ex, why, det) for r, no, ex, why, det in PLANT]
    PLANTED_CASES.clear()
    PLANTED_CASES.update(p[1] for p in PLANT)


def case_key(c):
    import re
    m = re.match(r"（(\d+)）(浙\d+)执(\d+)号", c.no)
    return (m.group(2), int(m.group(1)), int(m.group(3)))


def dedupe_events(c):
    seen = set()
    out = []
    for e in c.events:
        k = (e["事件类型"], e["日期"], e.get("标的物", ""), e.get("买受人", ""), e.get("买受人证件号", ""))
        if k in seen:
            continue
        seen.add(k)
        out.append(e)
    c.events = out


def fmt(v):
    if isinstance(v, date):
        return v.isoformat()
    return "" if v is None else str(v)


def write_csv(path, head, rows, encoding="utf-8", title=None):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    if title:
        w.writerow([title] + [""] * (len(head) - 1))
    w.writerow(head)
    for r in rows:
        w.writerow([fmt(r.get(h, "")) for h in head])
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(buf.getvalue())


def gbk_money(x):
    if x is None:
        return ""
    if x >= 100000 and x % 100 == 0 and R.random() < .3:
        s = ("%.4f" % (x / 10000)).rstrip("0").rstrip(".")
        return s + "万元"
    return "{:,.2f}".format(x)


def main(out):
    os.makedirs(out, exist_ok=True)
    bg = make_background()
    plant_zb_property()
    plant_zb_seized()
    plant_kz_paper()
    plant_jz_travel()
    plant_jz_after()
    plant_cz_related()
    plant_fp_plan()
    plant_fp_payout()
    plant_xs()
    plant_cx()
    plant_kz_expiry()
    plant_kz_over()
    plant_cz_price()
    plant_xy_delete()
    plant_zh()
    lawful_travel(bg)
    finalize()
    for c in CASES:
        dedupe_events(c)
        c.events.sort(key=lambda e: e["日期"])
    renumber()
    self_check()
    CASES.sort(key=case_key)
    for k in REG:
        R.shuffle(REG[k])

    # ledgers
    head = ["案号", "立案日期", "结案日期", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人", "被执行人证件号码",
            "执行标的", "实际到位金额", "执行依据", "承办人", "终本理由", "法院"]
    rows = []
    gbk_rows = []
    for c in CASES:
        row = {"案号": c.no, "立案日期": c.filing, "结案日期": c.closing or "", "结案方式": c.method, "案由": c.cause,
               "申请执行人": c.app.name, "申请执行人证件号码": c.app.id, "被执行人": "、".join(x.name for x in c.debtors),
               "被执行人证件号码": "、".join(x.id for x in c.debtors), "执行标的": money(c.claim) if c.claim else "",
               "实际到位金额": money(c.paid) if c.closing else money(sum(float(e["金额"]) for e in c.events
                                                                   if e["事件类型"] == "案款到账")),
               "执行依据": c.basis, "承办人": c.judge, "终本理由": c.zb_reason, "法院": COURTS[c.court][0]}
        (gbk_rows if c.gbk else rows).append((c, row))
    write_csv(os.path.join(out, "ledger.csv"), head, [r for _, r in rows])
    ghead = ["执行案号", "收案日期", "结案时间", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人", "证件号码",
             "申请执行标的金额(元)", "执行到位金额(元)", "执行依据文号", "承办法官", "终本理由", "执行法院"]
    grows = []
    for c, r in gbk_rows:
        g = dict(zip(ghead, [r[h] for h in head]))
        g["收案日期"] = "%d/%d/%d" % (c.filing.year, c.filing.month, c.filing.day)
        if c.closing:
            g["结案时间"] = "%d年%d月%d日" % (c.closing.year, c.closing.month, c.closing.day)
        g["申请执行标的金额(元)"] = gbk_money(c.claim)
        paid = c.paid if c.closing else sum(float(e["金额"]) for e in c.events if e["事件类型"] == "案款到账")
        g["执行到位金额(元)"] = "{:,.2f}".format(paid)
        if g["结案方式"] == "终结本次执行程序" and R.random() < .5:
            g["结案方式"] = "终本"
        grows.append(g)
    write_csv(os.path.join(out, "ledger_gbk.csv"), ghead, grows, encoding="gbk",
              title="嵊州市人民法院执行案件台账（2023—2026年，导出日期2026年11月14日）")
    # events
    evs = []
    for c in CASES:
        evs.extend(c.events)
    write_csv(os.path.join(out, "events.csv"), EV_COLS, evs)
    # registry
    for k in ["户籍", "不动产", "车辆", "存款", "股权", "企业登记", "出行"]:
        write_csv(os.path.join(out, "registry_%s.csv" % k), REG_HEAD[k], REG[k])
    # expected
    with open(os.path.join(out, "expected.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("rule\tcase_no\texpect\twhy\n")
        for rule, no, ex, why, _ in PLANT:
            f.write("%s\t%s\t%s\t%s\n" % (rule, no, ex, why.replace("\t", " ")))
    write_planted(out)


RULE_ORDER = ["ZB-PROPERTY", "ZB-SEIZED", "KZ-PAPER-VEHICLE", "JZ-TRAVEL", "JZ-AFTER-SANCTION", "CZ-RELATED-BUYER",
              "FP-PLAN-15D", "FP-PAYOUT-30D", "XS-COLLUSION", "CX-NOTICE-10D", "CX-REPORT-ORDER", "KZ-EXPIRY",
              "KZ-OVERSEIZE", "CZ-STARTPRICE-70", "XY-DELETE-3WD", "ZH-6M-QUERY"]

ALSO = {
    "ZB-SEIZED": "A ZB-SEIZED fire is also \"controlled property not disposed\" in the brief's wording of ZB-PROPERTY; "
                 "this set reads ZB-PROPERTY as property *outside* the case's control (registers), so these cases are "
                 "NOT listed for ZB-PROPERTY (see README, interpretation 1).",
    "JZ-TRAVEL": "The brief's JZ-AFTER-SANCTION entry also grades a bare 限消 breach as 中; this set gives bare travel "
                 "breaches to JZ-TRAVEL only (README, interpretation 4). The one case planted for both rules is listed twice.",
    "CX-NOTICE-10D": "The missing-notice case also lacks a 报告财产令 and is listed as a CX-REPORT-ORDER fire too.",
}


def write_planted(out):
    byrule = {}
    for rule, no, ex, why, det in PLANT:
        byrule.setdefault(rule, []).append((no, ex, why, det))
    lines = ["# Set C — planted cases", "",
             "Generated by gen.py (seed 20261115; today 2026-11-15). One section per rule: 案号, expected outcome, "
             "the boundary the case tests, and the legal basis. Every other case in the data is lawful background "
             "(or planted for another rule) and should raise no lead for the rule.", ""]
    tot = {}
    for rule in RULE_ORDER:
        rows = byrule.get(rule, [])
        nf = sum(1 for r in rows if r[1] == "fire")
        nm = sum(1 for r in rows if r[1] == "miss")
        tot[rule] = (nf, nm)
        lines += ["## %s  (fire %d, miss %d)" % (rule, nf, nm), "", "Basis: " + BASIS[rule], ""]
        if rule in ALSO:
            lines += ["Note: " + ALSO[rule], ""]
        lines += ["| 案号 | expect | boundary tested | detail |", "|---|---|---|---|"]
        for no, ex, why, det in rows:
            lines.append("| %s | %s | %s | %s |" % (no, ex, why.replace("|", "/"), det.replace("|", "/")))
        lines.append("")
    lines += ["## Counts", "", "| rule | fire | miss |", "|---|---|---|"]
    for rule in RULE_ORDER:
        lines.append("| %s | %d | %d |" % (rule, tot[rule][0], tot[rule][1]))
    nplanted = len(PLANTED_CASES)
    lines += ["", "Cases: %d in all, %d planted, %d lawful background." % (len(CASES), nplanted, len(CASES) - nplanted), ""]
    with open(os.path.join(out, "planted.md"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines))


# ======================================================================================
# self-checks (generation-time invariants, not a run of any rule engine)
# ======================================================================================
def self_check():
    nos = [c.no for c in CASES]
    assert len(nos) == len(set(nos)), "duplicate 案号"
    for c in CASES:
        for p in [c.app] + c.debtors:
            if p.kind == "P":
                assert id_check(p.id[:17]) == p.id[17], p.id
            else:
                assert uscc_check(p.id[:17]) == p.id[17], p.id
        for e in c.events:
            assert e["日期"] <= TODAY, (c.no, e)
            assert c.filing - days(120) <= e["日期"], (c.no, e["事件类型"], e["日期"])
        if c.closing:
            assert c.closing >= c.filing
            for e in c.events:
                if e["事件类型"] not in ("终本后查询", "删除失信", "解除限制消费", "续封", "恢复执行"):
                    assert e["日期"] <= c.closing or c.method == "终结本次执行程序", (c.no, e["事件类型"], e["日期"], c.closing)
        if c.method == "终结本次执行程序":
            assert c.closing > add_months(c.filing, 3)
    for k, rows in REG.items():
        for r in rows:
            for col in ("身份证号", "证件号码", "权利人证件号", "旅客证件号", "受让人证件号"):
                v = r.get(col)
                if v and len(v) == 18 and v[:2] != "91":
                    assert id_check(v[:17]) == v[17], v
    keys = [(p[0], p[1]) for p in PLANT]
    assert len(keys) == len(set(keys)), "duplicate expected row"
    for rule in RULE_ORDER:
        nf = sum(1 for p in PLANT if p[0] == rule and p[2] == "fire")
        nm = sum(1 for p in PLANT if p[0] == rule and p[2] == "miss")
        assert nf >= 2 and nm >= 2, (rule, nf, nm)
    # the office phone must be shared by more than ten parties
    assert sum(1 for r in REG["存款"] if r.get("联系电话") == OFFICE_PHONE) > 12


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
