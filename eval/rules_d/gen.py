#!/usr/bin/env python3
"""Planted-violation set "rules_d" (湖南省长沙市 courts) for jianzhi.

Run:  /usr/bin/python3 gen.py            -> writes ./data/ next to this file
Deterministic: fixed seed, no clock; screening date is 2026-11-15 (set by score.py).
Standard library only.
"""
import csv
import datetime as dt
import io
import os
import random

TODAY = dt.date(2026, 11, 15)
RNG = random.Random(20261115)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")

# ---------------------------------------------------------------- calendar
# State Council notices: 国办发明电 for 2025 (holidays 1/1; 1/28-2/4; 4/4-6; 5/1-5; 5/31-6/2; 10/1-8;
# make-up workdays 1/26, 2/8, 4/27, 9/28, 10/11) and the 2026 notice of 2025-11-04 (holidays 1/1-3;
# 2/15-23; 4/4-6; 5/1-5; 6/19-21; 9/25-27; 10/1-7; make-up workdays 1/4, 2/14, 2/28, 5/9, 9/20, 10/10).


def _rng(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return {a + dt.timedelta(i) for i in range((b - a).days + 1)}


HOLIDAYS = set()
for a, b in [("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
             ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
             ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
             ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
             ("2026-10-01", "2026-10-07")]:
    HOLIDAYS |= _rng(a, b)
MAKEUP = {dt.date.fromisoformat(s) for s in ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                                             "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20",
                                             "2026-10-10"]}


def workday(d):
    if d in MAKEUP:
        return True
    if d in HOLIDAYS:
        return False
    return d.weekday() < 5


def next_workday(d):
    while not workday(d):
        d += dt.timedelta(1)
    return d


def D(s):
    return dt.date.fromisoformat(s)


def add(d, n):
    return d + dt.timedelta(n)


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
    return dt.date(y, mo, min(d.day, last))


# ---------------------------------------------------------------- identifiers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]
AREAS = ["430102", "430103", "430104", "430105", "430111", "430112", "430121", "430181", "430182",
         "430202", "430302", "430421", "430523", "430611"]
USED_IDS = set()


def id18(area=None, birth=None, male=None):
    while True:
        a = area or RNG.choice(AREAS)
        b = birth or dt.date(RNG.randint(1958, 1999), RNG.randint(1, 12), RNG.randint(1, 28))
        seq = RNG.randint(1, 499) * 2 + (1 if (male if male is not None else RNG.random() < 0.5) else 0)
        f17 = "%s%s%03d" % (a, b.strftime("%Y%m%d"), seq % 1000)
        s = f17 + "10X98765432"[sum(int(c) * w for c, w in zip(f17, ID_W)) % 11]
        if s not in USED_IDS:
            USED_IDS.add(s)
            return s


def uscc(area="430100"):
    while True:
        body = "".join(RNG.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        ws = [3, 7, 9, 10, 5, 8, 4, 2]
        v = sum(int(c, 36) * w for c, w in zip(body, ws))
        c = 11 - v % 11
        oc = body + ("X" if c == 10 else "0" if c == 11 else str(c))
        f17 = "91" + area + oc
        s = f17 + USCC[(31 - sum(USCC.index(ch) * w for ch, w in zip(f17, USCC_W)) % 31) % 31]
        if s not in USED_IDS:
            USED_IDS.add(s)
            return s


def check_id(s):
    if len(s) != 18:
        return False
    if s[:2] == "91":
        return USCC[(31 - sum(USCC.index(ch) * w for ch, w in zip(s[:17], USCC_W)) % 31) % 31] == s[17]
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], ID_W)) % 11] == s[17]


# ---------------------------------------------------------------- invented names
SUR = list("赵钱孙李周吴郑王冯陈卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜谢邹喻柏章苏潘葛范彭鲁韦马苗凤方俞任袁柳鲍史唐费廉岑薛雷贺倪汤殷罗毕郝邬安常乐于傅皮齐康伍余顾孟黄穆萧尹姚邵汪毛狄米贝明臧计成戴宋庞熊纪舒屈项祝董梁杜阮蓝闵席季贾路江童颜郭梅盛林钟徐邱骆高夏蔡田胡凌霍虞万柯卢莫房解应丁宣邓洪包左石崔龚程邢裴陆荣翁荀甄曲龙")
GIV = ["建国", "志强", "秀英", "海燕", "国华", "丽娟", "伟", "芳", "军", "敏", "静", "磊", "洋", "勇", "艳", "杰",
       "娟", "涛", "明", "超", "霞", "平", "刚", "桂英", "玉兰", "红梅", "建华", "小红", "晓东", "春生", "德胜",
       "永红", "湘云", "岳林", "楚峰", "麓山", "浏芳", "宁远", "星沙", "望城", "雨婷", "思远", "俊杰", "文博",
       "佳怡", "子豪", "浩然", "梓涵", "宇航", "一鸣", "晓峰", "志明", "金凤", "银华", "松柏", "水清", "桃花",
       "满仓", "新民", "爱莲", "冬梅", "秋菊", "立新", "卫东", "跃进", "少华", "石头", "忠诚", "长青", "丹丹"]
USED_NAMES = set()


def person(name=None, **kw):
    if name is None:
        while True:
            name = RNG.choice(SUR) + RNG.choice(GIV)
            if name not in USED_NAMES:
                break
    USED_NAMES.add(name)
    return (name, id18(**kw))


CO_A = ["湘麓", "星城", "橘洲", "岳峰", "浏河", "宁乡", "芙蓉", "开福", "雨花", "天心", "梅溪", "洋湖", "金霞",
        "黄兴", "榔梨", "暮云", "坪塘", "关山", "沩江", "大围", "楚韵", "湘江", "靖港", "铜官", "乔口", "白沙"]
CO_B = ["建材", "商贸", "餐饮管理", "装饰工程", "物流", "电子科技", "农业开发", "机械设备", "服装", "印务",
        "汽车销售", "劳务", "园林绿化", "医疗器械", "食品", "家居", "广告传媒", "钢材贸易", "酒店管理", "环保科技"]


def company(kind="有限公司"):
    while True:
        name = "长沙市%s%s%s" % (RNG.choice(CO_A), RNG.choice(CO_B), kind)
        if name not in USED_NAMES:
            USED_NAMES.add(name)
            return (name, uscc())


BANKS = ["中国工商银行长沙芙蓉支行", "中国建设银行长沙岳麓支行", "中国农业银行长沙县支行", "长沙银行浏阳支行",
         "中国银行长沙星沙支行", "湖南浏阳农村商业银行", "招商银行长沙分行营业部", "交通银行长沙河西支行"]
ROADS = ["五一大道", "芙蓉中路", "麓山南路", "桐梓坡路", "星沙大道", "金阳大道", "人民东路", "湘江中路", "岳麓大道",
         "万家丽路", "韶山北路", "枫林三路", "开元东路", "花明北路", "劳动西路", "车站北路"]


def addr():
    return "长沙市%s%d号%s栋%d室" % (RNG.choice(ROADS), RNG.randint(1, 999), RNG.choice("ABCDEFG"),
                                RNG.randint(101, 2806))


def acct():
    return "6" + "".join(str(RNG.randint(0, 9)) for _ in range(18))


PLATE_L = "ABCDEFGHJK"


def plate():
    return "湘A%s%04d" % (RNG.choice(PLATE_L), RNG.randint(1000, 9999))


def vin():
    return "LS" + "".join(RNG.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(15))


# ---------------------------------------------------------------- courts
COURTS = [("长沙市芙蓉区人民法院", "湘0102"), ("长沙市岳麓区人民法院", "湘0104"), ("长沙县人民法院", "湘0121"),
          ("浏阳市人民法院", "湘0181"), ("长沙市中级人民法院", "湘01")]
GBK_COURT = ("宁乡市人民法院", "湘0182")
JUDGES = {c[1]: [] for c in COURTS + [GBK_COURT]}
for c in JUDGES:
    for _ in range(3):
        JUDGES[c].append(person()[0])
SEQ = {}


def case_no(code, year, typ="执"):
    k = (code, year, typ)
    SEQ[k] = SEQ.get(k, RNG.randint(300, 900)) + RNG.randint(1, 37)
    return "（%d）%s%s%d号" % (year, code, typ, SEQ[k])


# ---------------------------------------------------------------- cases, events, registry
CASES = []
EVENTS = []
REG = {k: [] for k in ["不动产", "车辆", "股权", "存款", "企业登记"]}
EXPECT = []      # (rule, case_no, expect, why)
PLANTED = []     # (rule, case_no, expect, boundary, basis)
ECOLS = ["案号", "事件类型", "日期", "到期日", "标的物", "金额", "评估价", "起拍价", "成交价", "买受人", "买受人证件号",
         "轮次", "拍卖平台", "优先债权", "不可分物", "处置障碍", "结果", "备注"]
CAUSES = ["民间借贷纠纷", "买卖合同纠纷", "金融借款合同纠纷", "劳务合同纠纷", "租赁合同纠纷", "建设工程施工合同纠纷",
          "机动车交通事故责任纠纷", "追偿权纠纷", "服务合同纠纷", "劳动争议"]
PLATFORMS = ["淘宝网司法拍卖平台", "京东司法拍卖平台", "人民法院诉讼资产网"]


class Case:
    def __init__(self, filing, court=None, entity=False, claim=None, gbk=False, debtor=None, applicant=None,
                 typ="执"):
        self.court = court or (GBK_COURT if gbk else RNG.choice(COURTS[:4]))
        self.gbk = gbk
        self.filing = filing if isinstance(filing, dt.date) else D(filing)
        self.no = case_no(self.court[1], self.filing.year, typ)
        self.applicant = applicant or (company() if RNG.random() < 0.3 else person())
        if debtor:
            self.debtors = [debtor]
        elif entity:
            self.debtors = [company()]
        else:
            self.debtors = [person()]
        self.entity = self.debtors[0][1].startswith("9")
        self.legal_rep = None
        if self.entity:
            self.legal_rep = person()
            REG["企业登记"].append({"人员姓名": self.legal_rep[0], "证件号码": self.legal_rep[1], "企业名称": self.debtors[0][0],
                                 "企业信用代码": self.debtors[0][1], "职务": "法定代表人",
                                 "任职日期": iso(add(self.filing, -RNG.randint(800, 3000))), "离任日期": ""})
        self.claim = claim if claim is not None else RNG.choice([8, 12, 23.5, 36, 58, 76, 98, 120, 150, 260]) * 10000 + RNG.randint(0, 99) * 100
        self.paid = 0.0
        self.cause = RNG.choice(CAUSES)
        self.basis_no = "（%d）%s民初%d号" % (self.filing.year if self.filing.month > 2 else self.filing.year - 1,
                                          self.court[1] if len(self.court[1]) > 3 else "湘0102", RNG.randint(100, 9999))
        self.judge = RNG.choice(JUDGES[self.court[1]])
        self.closing = None
        self.method = ""
        self.zb_reason = ""
        self.prior = ""
        self.events = []
        CASES.append(self)

    @property
    def debtor(self):
        return self.debtors[0]

    def ev(self, kind, date, **kw):
        assert date <= TODAY, (self.no, kind, date)
        row = {"案号": self.no, "事件类型": kind, "日期": iso(date)}
        for k, v in kw.items():
            row[k] = iso(v) if isinstance(v, dt.date) else v
        self.events.append(row)
        EVENTS.append(row)
        return date

    def close(self, date, method, reason=""):
        assert date <= TODAY
        self.closing, self.method, self.zb_reason = date, method, reason

    # -- standard steps ------------------------------------------------
    def opening(self, notice=3, report=True, report_days=10, report_on=5, query=5, query_item=None,
                query_result="未发现可供执行财产", report_result="按期", note_only=False):
        f = self.filing
        self.ev("执行依据", add(f, -RNG.randint(20, 60)), 标的物=RNG.choice(["判决书", "民事调解书", "判决书", "仲裁裁决"]),
                备注=self.basis_no)
        n = add(f, notice)
        if note_only:
            self.ev("执行通知", n, 到期日=add(n, report_days), 备注="同时送达报告财产令，责令十日内报告财产")
        else:
            self.ev("执行通知", n, 到期日=add(n, report_days))
        if report and not note_only:
            self.ev("报告财产令", n, 到期日=add(n, report_days))
        if report and report_on is not None and add(n, report_on) <= TODAY:
            self.ev("财产报告", add(n, report_on), 标的物="被执行人申报财产情况", 结果=report_result)
        if query is not None and add(f, query) <= TODAY:
            self.ev("网络查控", add(f, query), 标的物=query_item or "总对总：存款、车辆、不动产、证券、股权、网络资金、保险",
                    结果=query_result)
        return n

    def xianxiao(self, date):
        who = self.debtor[0] if not self.entity else "%s及其法定代表人%s" % (self.debtor[0], self.legal_rep[0])
        self.ev("限制消费", date, 标的物=who)

    def zb(self, z, query_before=20, onsite=40, xianxiao=12, approve="sign", post=True, shixin=None):
        """A properly prepared 终本 on day z (the opening must already be recorded)."""
        f = self.filing
        if xianxiao is not None:
            self.xianxiao(add(f, xianxiao))
        if shixin:
            self.ev("失信", shixin[0], 标的物=shixin[1], 到期日=add_months(shixin[0], 24))
        if onsite is not None:
            self.ev("现场调查", add(f, onsite), 标的物="被执行人住所地", 结果="未发现可供执行财产")
        if query_before is not None:
            self.ev("网络查控", add(z, -query_before), 标的物="总对总：存款、车辆、不动产、证券、股权、网络资金、保险",
                    结果="未发现可供执行财产")
        self.ev("终本前告知申请人", add(z, -7), 备注="告知执行情况、财产调查措施、终本依据及法律后果，听取意见并记录入卷")
        if approve == "sign":
            self.ev("申请执行人确认终本", add(z, -5), 备注="申请执行人签字确认")
            self.ev("终本", z, 备注="申请执行人签字确认")
        else:
            self.ev("合议庭评议", add(z, -5))
            self.ev("院长批准", add(z, -3))
            self.ev("终本", z, 备注="经合议庭审查、院长批准")
        self.close(z, "终结本次执行程序", "已穷尽财产调查措施，未发现被执行人有可供执行的财产")
        if post:
            q = add(z, 170)
            while q <= TODAY:
                self.ev("终本后查询", q, 标的物="总对总：存款、车辆、不动产、证券、股权、网络资金", 结果="未发现可供执行财产")
                q = add(q, 170)

    def pay(self, d, amount, payout_after=10, close=True, payee=None):
        self.ev("案款到账", d, 金额=money(amount))
        p = add(d, payout_after)
        if p <= TODAY:
            self.ev("案款发放", p, 金额=money(amount), 买受人=(payee or self.applicant)[0],
                    买受人证件号=(payee or self.applicant)[1])
        self.paid += amount
        if close and self.paid >= self.claim - 0.005 and add(p, 2) <= TODAY:
            self.close(add(p, 2), "执行完毕")

    def auction(self, item, kind, value, start_price, first, rounds=None, platform=None, notice_gap=5,
                period=None, deposit_rate=0.1, buyer=True, priority=None, note_notice=None, result_notice=None):
        """One online auction round: 拍卖通知, 拍卖公告, 拍卖/流拍.  first = 公告 date. Returns end date."""
        platform = platform or PLATFORMS[0]
        rnd = rounds or 1
        if period is None:
            period = (32 if kind == "immovable" else 17) if rnd == 1 else (17 if kind == "immovable" else 9)
        if notice_gap is not None:
            kw = {}
            if note_notice:
                kw["备注"] = note_notice
            if result_notice:
                kw["结果"] = result_notice
            self.ev("拍卖通知", add(first, -notice_gap), 标的物=item, **kw)
        start = add(first, period)
        self.ev("拍卖公告", first, 到期日=start, 标的物=item, 起拍价=money(start_price), 评估价=money(value),
                轮次=str(rnd), 拍卖平台=platform, 金额=money(round(start_price * deposit_rate, 2)))
        end = add(start, 1)
        if buyer:
            b = buyer if isinstance(buyer, tuple) else person()
            self.ev("拍卖", end, 标的物=item, 成交价=money(start_price), 买受人=b[0], 买受人证件号=b[1], 轮次=str(rnd),
                    拍卖平台=platform)
            for rr in REG["不动产"]:
                if rr["坐落"] == item and rr["证件号码"] == self.debtor[1] and add(end, 30) <= TODAY:
                    rr.update({"转移日期": iso(add(end, 30)), "受让人": b[0], "受让人证件号": b[1],
                               "成交价": "%.0f" % start_price})
        else:
            self.ev("流拍", end, 标的物=item, 轮次=str(rnd), 拍卖平台=platform)
        return end


def iso(d):
    return d.isoformat() if isinstance(d, dt.date) else d


def money(x):
    return "%.2f" % x


def plant(rule, c, expect, boundary, basis):
    EXPECT.append((rule, c.no, expect, boundary))
    PLANTED.append((rule, c.no, expect, boundary, basis))


def house_item(owner=None):
    return "长沙市%s%d号%s栋%d室住宅" % (RNG.choice(ROADS), RNG.randint(1, 600), RNG.choice("ABCDE"), RNG.randint(101, 2606))


def reg_house(holder, item, start, end="", to=None, price=""):
    REG["不动产"].append({"权利人": holder[0], "证件号码": holder[1], "坐落": item,
                       "不动产权证号": "湘（%d）长沙市不动产权第%07d号" % (start.year, RNG.randint(1, 9999999)),
                       "评估价值": "", "登记日期": iso(start), "转移日期": iso(end) if end else "",
                       "受让人": to[0] if to else "", "受让人证件号": to[1] if to else "", "成交价": price,
                       "联系电话": "1%d%08d" % (RNG.choice([33, 35, 37, 38, 39, 58, 77, 86, 89]), RNG.randint(0, 99999999)),
                       "住址": addr()})


# ================================================================ planted cases
B_RS = "财产调查规定第九条、第十条；失信规定第一条第（四）项；brief CX-REPORT-SANCTION threshold today−deadline>30d"
B_CL = "财产调查规定第二条（7日/紧急3日）、第十七条、第二十一条（10日）；民诉法第八十五条（期间末日遇法定休假日顺延）"
B_NQ = "财产调查规定第一条；期限规定（1个月，V3）；brief CX-NETQUERY >30 days, core channels"
B_KC = "财产调查规定第二条（及时采取执行措施）；brief KZ-CONTROL-DELAY policy 7 days"
B_EX = "查封规定第三条、第四条；执行异议复议规定第二十条"
B_ID = "民诉法第二百五十八条；brief CZ-IDLE policy 180 days"
B_DC = "网拍规定第二十六条（降价不超过前次起拍价20%）"
B_RA = "网拍规定第二十六条（流拍后三十日内再次拍卖）；民诉法第八十五条"
B_PR = "网拍规定第二条、第十二条、第十六条、第十七条、第二十六条"
B_FU = "拍卖变卖规定第六条（无益拍卖：保留价清偿优先债权和执行费用后无剩余可能）"
B_FP = "民诉法解释第五百一十四条（企业法人：按查封先后顺序清偿）；第五百零六条、第五百零八条（公民、其他组织按比例）"
B_Z3 = "终本规定第一条第（四）项（自立案之日起已超过三个月）；民法典第二百零二条（月末日）"
B_ZP = "终本规定第一条第（一）（二）（五）项、第二条；限消规定第一条"
B_ZI = "终本规定第一条第（三）项、第三条；财产调查规定第二条、第十七条；brief ZB-INVEST 3-month window"


def simple_open(c):
    """opening already done; leaves the case open."""
    return c


# ---------------- CX-REPORT-SANCTION
def cx_report():
    r = "CX-REPORT-SANCTION"
    c = Case("2026-05-11"); n = c.opening(report_result="拒绝", report_on=12)
    plant(r, c, "fire", "拒绝报告（到期日%s）已逾144日，无罚款拘留、未纳入失信" % iso(add(n, 10)), B_RS)
    c = Case("2026-06-01", entity=True); n = c.opening(report_result="虚假", report_on=8)
    plant(r, c, "fire", "单位被执行人虚假报告，无罚款拘留、未纳入失信", B_RS)
    # deadline exactly today-31
    dl = add(TODAY, -31); n0 = add(dl, -10)
    c = Case(add(n0, -3)); c.opening(report_result="逾期", report_on=14)
    plant(r, c, "fire", "逾期报告；到期日%s距今31日（>30日宽限），无处罚无失信" % iso(dl), B_RS)
    dl = add(TODAY, -30); n0 = add(dl, -10)
    c = Case(add(n0, -3)); c.opening(report_result="逾期", report_on=13)
    plant(r, c, "miss", "逾期报告；到期日%s距今恰30日，未超过30日宽限（brief policy grace）" % iso(dl), B_RS)
    # ID conflict: fine imposed on a namesake with a different ID
    c = Case("2026-04-13"); n = c.opening(report_result="逾期", report_on=16)
    other = (c.debtor[0], id18())
    c.ev("罚款", add(n, 25), 金额=money(10000), 标的物="拒报财产", 买受人=other[0], 买受人证件号=other[1],
         备注="罚款决定书载明的身份证号与被执行人不一致")
    plant(r, c, "fire", "罚款对象与被执行人同名但身份证号不同（另一人），被执行人本人未受处罚亦未纳入失信", B_RS)
    # 调休 workday deadline 2026-09-20 (Sunday, workday): report on 9/21, 结果 blank
    c = Case("2026-09-07")
    c.opening(notice=3, report_days=10, report_on=11, report_result="")
    plant(r, c, "fire", "报告期限届满日2026-09-20为国务院调休上班日（周日）不顺延；9-21报告即逾期，距今56日无处罚无失信（结果栏空，需按日期判断）", B_RS)
    # holiday: deadline 2026-10-03 -> rolls over to 10-08; report 10-08 (结果 blank)
    c = Case("2026-09-20")
    c.opening(notice=3, report_days=10, report_on=15, report_result="")
    plant(r, c, "miss", "报告期限届满日2026-10-03在国庆假期内，顺延至10-08；10-08报告为按期（结果栏空）", B_RS)
    # sanctioned + listed
    c = Case("2026-03-16"); n = c.opening(report_result="逾期", report_on=15)
    c.ev("罚款", add(n, 20), 金额=money(20000), 标的物="逾期报告财产", 买受人=c.debtor[0], 买受人证件号=c.debtor[1])
    c.ev("失信", add(n, 21), 标的物="失信规定第一条第（四）项 违反财产报告制度", 到期日=add_months(add(n, 21), 24))
    plant(r, c, "miss", "逾期报告，已罚款并纳入失信（第一条第（四）项）", B_RS)
    c = Case("2026-04-20"); n = c.opening(report_result="拒绝", report_on=11)
    c.ev("拘留", add(n, 18), 标的物="拒绝报告财产", 买受人=c.debtor[0], 买受人证件号=c.debtor[1], 备注="拘留十五日")
    c.ev("失信", add(n, 19), 标的物="失信规定第一条第（四）项 违反财产报告制度", 到期日=add_months(add(n, 19), 24))
    plant(r, c, "miss", "拒绝报告，已拘留并纳入失信", B_RS)
    c = Case("2026-07-06"); n = c.opening(report_days=10, report_on=10)
    plant(r, c, "miss", "报告于期限届满当日（第10日）收到，按期", B_RS)


# ---------------- CX-CLUE-7D
def cx_clue():
    r = "CX-CLUE-7D"

    def clue_case(filing, sub, ver, res="明确具体", verdict="不属实", entity=False):
        c = Case(filing, entity=entity); c.opening()
        c.ev("财产线索", D(sub), 标的物=RNG.choice(["被执行人在外地的一处商铺", "被执行人持有的车辆（实际由其亲属使用）",
                                                   "被执行人在某公司的应收工程款", "被执行人在某银行的理财账户"]), 结果=res)
        if ver:
            c.ev("线索核查", D(ver), 结果=verdict)
        return c
    c = clue_case("2026-05-18", "2026-06-10", "2026-06-18")
    plant(r, c, "fire", "明确具体线索6-10提交，6-18核查（第8日；6-17为工作日）", B_CL)
    c = clue_case("2026-02-02", "2026-02-25", "2026-03-02", res="紧急")
    plant(r, c, "fire", "紧急线索2-25提交，3日期限届满日2-28为调休上班日（周六）不顺延，3-02核查超期", B_CL)
    c = Case("2026-07-13"); c.opening()
    c.ev("悬赏申请", D("2026-08-03")); c.ev("悬赏决定", D("2026-08-14"), 结果="准许")
    plant(r, c, "fire", "悬赏申请8-03收到，8-14决定（第11日）", B_CL)
    c = Case("2026-08-17", entity=True); c.opening()
    c.ev("审计申请", D("2026-09-10")); c.ev("审计决定", D("2026-09-21"), 结果="不准许")
    plant(r, c, "fire", "审计申请9-10收到，10日期限届满日9-20为调休上班日（周日）不顺延，9-21决定超期", B_CL)
    c = clue_case("2026-04-07", "2026-05-12", "2026-05-19")
    plant(r, c, "miss", "明确具体线索5-12提交，5-19核查（恰第7日）", B_CL)
    c = clue_case("2026-08-31", "2026-09-28", "2026-10-08")
    plant(r, c, "miss", "明确具体线索9-28提交，第7日10-05在国庆假期，顺延至10-08核查", B_CL)
    c = clue_case("2026-06-15", "2026-07-08", "2026-07-13", res="紧急")
    plant(r, c, "miss", "紧急线索7-08提交，第3日7-11为周六休息日，顺延至7-13（周一）核查", B_CL)
    c = clue_case("2026-01-19", "2026-02-12", "2026-02-24", res="紧急")
    plant(r, c, "miss", "紧急线索2-12提交，第3日2-15起春节假期至2-23，顺延至2-24核查", B_CL)
    c = clue_case("2026-03-09", "2026-04-01", None, res="不明确")
    plant(r, c, "miss", "线索不明确（非明确具体），7日核查义务不适用", B_CL)
    c = Case("2026-06-22", entity=True); c.opening()
    c.ev("审计申请", D("2026-07-14")); c.ev("审计决定", D("2026-07-24"), 结果="不准许")
    plant(r, c, "miss", "审计申请7-14收到，7-24决定（恰第10日）", B_CL)


# ---------------- CX-NETQUERY
def cx_net():
    r = "CX-NETQUERY"
    c = Case("2026-04-13"); c.opening(query=45)
    plant(r, c, "fire", "首次网络查控在立案后第45日", B_NQ)
    c = Case(add(TODAY, -62)); c.opening(query=None)
    c.ev("现场调查", add(c.filing, 20), 标的物="被执行人住所地", 结果="未发现可供执行财产")
    plant(r, c, "fire", "立案62日仍无任何网络查控（仅现场调查）", B_NQ)
    c = Case("2026-08-10"); c.opening(query=6, query_item="点对点：车辆、不动产")
    plant(r, c, "fire", "唯一一次网络查控仅查车辆、不动产，缺存款、证券等核心渠道", B_NQ)
    c = Case("2026-06-15", gbk=True); c.opening(query=31)
    plant(r, c, "fire", "立案6-15，首次查控7-16（第31日，7-15为工作日；按30日或1个月均超期）", B_NQ)
    c = Case("2026-05-18"); c.opening(query=30)
    plant(r, c, "miss", "首次查控在立案后恰第30日", B_NQ)
    c = Case("2026-09-07"); c.opening(query=31)
    plant(r, c, "miss", "立案9-07，第30日10-07在国庆假期，顺延至10-08查控", B_NQ)
    c = Case("2026-07-20"); c.opening(query=5, query_item="总对总：存款、证券、网络资金")
    c.ev("网络查控", add(c.filing, 12), 标的物="点对点：车辆、不动产", 结果="未发现可供执行财产")
    plant(r, c, "miss", "核心渠道分两次查询（第5日存款证券、第12日车辆不动产），均在30日内", B_NQ)
    c = Case(add(TODAY, -18)); c.opening(query=None)
    plant(r, c, "miss", "立案仅18日尚未查控，未到期", B_NQ)
    c = Case("2026-03-02"); c.opening(query=None, report_on=None)
    c.pay(add(c.filing, 8), c.claim, payout_after=6)
    plant(r, c, "miss", "被执行人收到执行通知后第5日全额履行，执行完毕，无需查控", B_NQ)


# ---------------- KZ-CONTROL-DELAY
def kz_delay():
    r = "KZ-CONTROL-DELAY"
    c = Case("2026-05-04"); bank = RNG.choice(BANKS); ac = acct()
    c.opening(query=7, query_result="发现：存款 %s 账号%s 余额86,000.00元" % (bank, ac))
    REG["存款"].append({"账户名": c.debtor[0], "证件号码": c.debtor[1], "开户行": bank, "账号": ac, "余额": "86000.00",
                      "开户日期": "2019-03-08", "销户日期": ""})
    fz = c.ev("冻结", add(c.filing, 17), 标的物="%s 账号%s" % (bank, ac), 金额=money(min(86000, c.claim)),
              到期日=add_months(add(c.filing, 17), 12))
    c.pay(add(c.filing, 22), 86000, payout_after=9)
    plant(r, c, "fire", "查控5-11发现存款，5-21才冻结（第10日）", B_KC)
    c = Case("2026-07-27"); hi = house_item()
    c.opening(query=7, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2017-06-12"))
    plant(r, c, "fire", "查控8-03发现不动产，至今未查封", B_KC)
    c = Case("2026-05-25"); c.opening()
    c.ev("财产线索", D("2026-06-10"), 标的物="被执行人持有长沙市湘江电子科技有限公司30%股权", 结果="明确具体")
    c.ev("线索核查", D("2026-06-15"), 结果="属实")
    REG["股权"].append({"股东": c.debtor[0], "证件号码": c.debtor[1], "企业名称": "长沙市湘江电子科技有限公司", "出资额": "300000",
                      "持股比例": "30%", "登记日期": "2020-04-01", "转移日期": ""})
    c.ev("冻结", D("2026-06-24"), 标的物="长沙市湘江电子科技有限公司30%股权", 到期日=D("2029-06-23"))
    c.ev("评估", D("2026-09-01"), 标的物="长沙市湘江电子科技有限公司30%股权", 评估价=money(420000))
    plant(r, c, "fire", "线索6-15核查属实，股权6-24才冻结（第9日）", B_KC)
    c = Case("2026-07-06"); pl = plate(); vn = vin()
    c.opening(query=5, query_result="发现：车辆 %s" % pl)
    REG["车辆"].append({"所有人": c.debtor[0], "证件号码": c.debtor[1], "号牌号码": pl, "车辆识别代号": vn, "价值": "",
                      "登记日期": "2021-09-15", "转移日期": ""})
    c.ev("查封", add(c.filing, 13), 标的物="车辆 %s" % pl, 到期日=add_months(add(c.filing, 13), 24))
    c.ev("扣押", add(c.filing, 20), 标的物="车辆 %s" % pl, 到期日=add_months(add(c.filing, 20), 24))
    plant(r, c, "fire", "查控7-11发现车辆，7-19才查封（第8日）", B_KC)
    c = Case("2026-06-08"); bank = RNG.choice(BANKS); ac = acct()
    c.opening(query=5, query_result="发现：存款 %s 账号%s 余额%s元" % (bank, ac, money(c.claim + 5000)))
    c.ev("冻结", add(c.filing, 12), 标的物="%s 账号%s" % (bank, ac), 金额=money(c.claim), 到期日=add_months(add(c.filing, 12), 12))
    c.pay(add(c.filing, 16), c.claim, payout_after=9)
    plant(r, c, "miss", "查控发现存款，第7日冻结并划拨，执行完毕", B_KC)
    c = Case("2026-07-06"); bank = RNG.choice(BANKS)
    c.opening(query=3, query_result="发现：存款 %s 余额%s元" % (bank, money(c.claim + 1200)))
    c.pay(add(c.filing, 6), c.claim, payout_after=8)
    plant(r, c, "miss", "查控发现存款后第3日被执行人自动全额履行，无需冻结，执行完毕", B_KC)
    # namesake in the registry
    c = Case("2026-08-24"); c.opening()
    ns = (c.debtor[0], id18())
    reg_house(ns, house_item(), D("2016-11-02"))
    plant(r, c, "miss", "不动产登记有同名不同身份证号者的房产，非被执行人财产，查控未发现，无需控制", B_KC)
    c = Case("2026-09-14"); pl = plate()
    c.opening(query=4, query_result="发现：车辆 %s" % pl)
    REG["车辆"].append({"所有人": c.debtor[0], "证件号码": c.debtor[1], "号牌号码": pl, "车辆识别代号": vin(), "价值": "",
                      "登记日期": "2022-01-20", "转移日期": ""})
    c.ev("查封", add(c.filing, 6), 标的物="车辆 %s" % pl, 到期日=add_months(add(c.filing, 6), 24))
    c.ev("扣押", add(c.filing, 11), 标的物="车辆 %s" % pl, 到期日=add_months(add(c.filing, 11), 24))
    plant(r, c, "miss", "查控发现车辆，次日查封（第2日），后扣押", B_KC)


# ---------------- KZ-EXEMPT
def sale_chain(c, item, value, sp, q_day, kind="immovable", buyer=True, obstacle="", note="", claim_close=True,
               first_gap=40, priority=None):
    """found -> 查封 -> 评估 -> 拍卖 (one round, sold) -> pay; returns end date."""
    f = c.filing
    kw = {}
    if obstacle:
        kw["处置障碍"] = obstacle
    if priority:
        kw["优先债权"] = money(priority)
    c.ev("查封", add(f, q_day + 1), 标的物=item, 评估价=money(value),
         到期日=add_months(add(f, q_day + 1), 36 if kind == "immovable" else 24), **kw)
    c.ev("评估", add(f, q_day + first_gap - 15), 标的物=item, 评估价=money(value))
    end = c.auction(item, kind, value, sp, add(f, q_day + first_gap), buyer=buyer)
    if note:
        c.events[-1]["备注"] = note
    return end


def set_basis(c, d):
    for e in c.events:
        if e["事件类型"] == "执行依据":
            e["日期"] = iso(d)


def kz_exempt():
    r = "KZ-EXEMPT"
    for filing, item, why in [
        ("2026-07-27", "被执行人家中衣柜、床、炊具、餐具等家庭生活必需品", "查封规定第三条第（一）项 生活必需品"),
        ("2026-08-10", "被执行人使用的电动轮椅（肢体残疾辅助器具）", "查封规定第三条第（五）项 残疾辅助工具"),
        ("2026-06-29", "被执行人所获全国劳动模范奖章及荣誉证书", "查封规定第三条第（六）项 勋章及荣誉表彰物品")]:
        c = Case(filing); c.opening(query_result="未发现可供执行财产")
        c.ev("现场调查", add(c.filing, 12), 标的物="被执行人住所地", 结果="发现：%s" % item)
        c.ev("扣押", add(c.filing, 14), 标的物=item, 到期日=add_months(add(c.filing, 14), 24))
        plant(r, c, "fire", "扣押" + why, B_EX)
    # sole home auctioned, no exception
    c = Case("2026-03-09"); hi = house_item()
    c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2012-05-20"))
    end = sale_chain(c, hi, 1100000, 800000, 5, obstacle="唯一住房")
    c.pay(add(end, 14), min(c.claim, 800000), payout_after=10)
    plant(r, c, "fire", "被执行人唯一生活必需住房（处置障碍：唯一住房）被拍卖，未记载执行异议复议规定第二十条例外", B_EX)
    # ID conflict: the "other house transferred" belongs to a namesake
    c = Case("2026-02-09"); hi = house_item(); c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2010-09-01"))
    set_basis(c, D("2025-12-01"))
    ns = (c.debtor[0], id18())
    reg_house(ns, house_item(), D("2015-03-03"), end=D("2025-12-20"), to=person(), price="1350000")
    end = sale_chain(c, hi, 950000, 700000, 5, obstacle="唯一住房",
                     note="被执行人执行依据生效后转让其名下其他房屋（见不动产登记），依执行异议复议规定第二十条第一款第（二）项处置")
    c.pay(add(end, 14), min(c.claim, 700000), payout_after=10)
    plant(r, c, "fire", "拍卖唯一住房所援引的'生效后转让其他房屋'登记属同名不同身份证号之人，例外不成立", B_EX)
    # misses
    c = Case("2026-07-13"); hi = house_item(); c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2014-08-08"))
    c.ev("查封", add(c.filing, 6), 标的物=hi, 处置障碍="唯一住房", 到期日=add_months(add(c.filing, 6), 36))
    plant(r, c, "miss", "唯一住房仅查封未拍卖（查封规定第四条：可以查封）", B_EX)
    c = Case("2026-02-02"); hi = house_item(); c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2011-04-11"))
    set_basis(c, D("2025-12-10"))
    reg_house(c.debtor, house_item(), D("2016-07-07"), end=D("2026-01-06"), to=person(), price="880000")
    end = sale_chain(c, hi, 900000, 680000, 5, obstacle="唯一住房",
                     note="被执行人执行依据生效后转让其名下其他房屋，依执行异议复议规定第二十条第一款第（二）项不予保护")
    c.pay(add(end, 14), min(c.claim, 680000), payout_after=10)
    plant(r, c, "miss", "执行依据生效后被执行人本人（同一身份证号）转让其他房屋，第二十条第一款第（二）项例外成立", B_EX)
    c = Case("2026-03-23"); hi = house_item(); c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2013-10-10"))
    end = sale_chain(c, hi, 1300000, 1000000, 5, obstacle="唯一住房",
                     note="申请执行人同意参照当地租金标准从变价款中扣除五年租金（执行异议复议规定第二十条第一款第（三）项）")
    c.pay(add(end, 14), min(c.claim, 1000000), payout_after=10)
    plant(r, c, "miss", "唯一住房拍卖，申请执行人同意扣除五年租金，第二十条第一款第（三）项例外", B_EX)
    c = Case("2026-08-03"); c.opening()
    item = "红木家具一套（非生活必需品，评估价38万元）"
    c.ev("现场调查", add(c.filing, 10), 标的物="被执行人住所地", 结果="发现：%s" % item)
    c.ev("扣押", add(c.filing, 12), 标的物=item, 评估价=money(380000), 到期日=add_months(add(c.filing, 12), 24))
    plant(r, c, "miss", "扣押高档红木家具（超出生活必需，查封规定第五条可执行）", B_EX)
    c = Case("2026-08-17"); c.opening()
    item = "被执行人已公开的发明专利权（专利号ZL201910%06d.X）" % RNG.randint(0, 999999)
    c.ev("冻结", add(c.filing, 15), 标的物=item, 到期日=add_months(add(c.filing, 15), 36))
    plant(r, c, "miss", "冻结已公开发明专利权（第三条第（四）项仅保护未公开的发明）", B_EX)


# ---------------- CZ-IDLE
def cz_idle():
    r = "CZ-IDLE"
    c = Case("2026-02-23"); hi = house_item(); c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2018-02-02"))
    c.ev("查封", D("2026-03-02"), 标的物=hi, 到期日=D("2029-03-01"))
    plant(r, c, "fire", "不动产2026-03-02查封，至今258日无评估、无拍卖", B_ID)
    c = Case("2025-11-24"); pl = plate(); c.opening(query=5, query_result="发现：车辆 %s" % pl)
    REG["车辆"].append({"所有人": c.debtor[0], "证件号码": c.debtor[1], "号牌号码": pl, "车辆识别代号": vin(), "价值": "",
                      "登记日期": "2020-05-05", "转移日期": ""})
    c.ev("查封", D("2025-11-30"), 标的物="车辆 %s" % pl, 到期日=D("2027-11-29"))
    c.ev("扣押", D("2025-12-01"), 标的物="车辆 %s" % pl, 到期日=D("2027-11-30"))
    plant(r, c, "fire", "车辆2025-12-01扣押，至今无评估、无拍卖", B_ID)
    c = Case("2026-04-13"); c.opening(query=5, query_result="发现：股权 长沙市橘洲物流有限公司40%股权")
    REG["股权"].append({"股东": c.debtor[0], "证件号码": c.debtor[1], "企业名称": "长沙市橘洲物流有限公司", "出资额": "400000",
                      "持股比例": "40%", "登记日期": "2019-08-08", "转移日期": ""})
    c.ev("冻结", D("2026-04-20"), 标的物="长沙市橘洲物流有限公司40%股权", 到期日=D("2029-04-19"))
    plant(r, c, "fire", "股权2026-04-20冻结，至今209日无评估、无拍卖", B_ID)
    c = Case("2026-01-26"); hi = house_item(); c.opening(query=3, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2015-01-15"))
    c.ev("查封", D("2026-01-30"), 标的物=hi, 到期日=D("2029-01-29"))
    c.ev("评估", D("2026-07-29") + dt.timedelta(1), 标的物=hi, 评估价=money(900000))
    end = c.auction(hi, "immovable", 900000, 720000, D("2026-08-24"))
    c.pay(add(end, 10), min(c.claim, 720000), payout_after=10)
    plant(r, c, "fire", "查封2026-01-30，首个处置步骤（评估）在2026-07-30即第181日", B_ID)
    c = Case("2026-01-26"); hi = house_item(); c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2016-03-15"))
    c.ev("查封", D("2026-02-01"), 标的物=hi, 到期日=D("2029-01-31"))
    c.ev("评估", D("2026-07-31"), 标的物=hi, 评估价=money(860000))
    end = c.auction(hi, "immovable", 860000, 690000, D("2026-08-24"))
    c.pay(add(end, 10), min(c.claim, 690000), payout_after=10)
    plant(r, c, "miss", "查封2026-02-01，评估在2026-07-31即第180日", B_ID)
    sd = add(TODAY, -179)
    c = Case(add(sd, -6)); hi = house_item(); c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2019-12-12"))
    c.ev("查封", sd, 标的物=hi, 到期日=add_months(sd, 36))
    plant(r, c, "miss", "查封%s，至今第179日，未满180日" % iso(sd), B_ID)
    c = Case("2026-02-02"); hi = house_item(); c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2009-09-09"))
    c.ev("查封", D("2026-02-09"), 标的物=hi, 处置障碍="唯一住房", 到期日=D("2029-02-08"))
    plant(r, c, "miss", "被执行人唯一住房，依查封规定第四条不得拍卖，长期未处置不违法", B_ID)
    c = Case("2026-01-05"); hi = house_item(); c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2017-07-17"))
    c.ev("查封", D("2026-01-12"), 标的物=hi, 到期日=D("2029-01-11"))
    tp = person()
    c.ev("案外人异议", D("2026-02-05"), 标的物=hi, 买受人=tp[0], 买受人证件号=tp[1])
    c.ev("中止", D("2026-02-06"), 标的物=hi, 备注="案外人异议之诉审理中，中止对该房产的执行")
    plant(r, c, "miss", "查封后案外人异议，2026-02-06起中止执行（未恢复），期间不处置", B_ID)
    c = Case("2026-03-02"); hi = house_item(); c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2020-06-06"))
    c.ev("查封", D("2026-03-09"), 标的物=hi, 处置障碍="权属争议（案外人另案确权诉讼审理中）", 到期日=D("2029-03-08"))
    plant(r, c, "miss", "查封房产存在权属争议（另案确权诉讼中），暂不能处置", B_ID)
    c = Case("2025-12-29"); hi = house_item(); c.opening(query=5, query_result="发现：不动产 %s" % hi)
    reg_house(c.debtor, hi, D("2018-10-10"))
    c.ev("查封", D("2026-01-05"), 标的物=hi, 到期日=D("2029-01-04"))
    c.pay(D("2026-03-02"), c.claim, payout_after=7, close=False)
    c.ev("解封", D("2026-03-04"), 标的物=hi)
    c.close(D("2026-03-12"), "执行完毕")
    plant(r, c, "miss", "查封后被执行人全额履行，解封并执行完毕", B_ID)


# ---------------- auctions with two rounds
def two_rounds(c, item, kind, value, p1, p2, d1, gap_ann=8, q_day=None, buyer2=True, platform=None):
    """查封 -> 评估 -> R1 流拍 -> R2 announced gap_ann days after 流拍."""
    f = c.filing
    end1 = c.auction(item, kind, value, p1, d1, rounds=1, buyer=False, platform=platform)
    end2 = c.auction(item, kind, value, p2, add(end1, gap_ann), rounds=2, buyer=buyer2, platform=platform)
    return end1, end2


def found_and_seize(c, item, kind, value, q=5, registry=True, priority=None, obstacle=""):
    res = "发现：%s %s" % ("不动产" if kind == "immovable" else "车辆" if "车辆" in item else "财产", item)
    c.opening(query=q, query_result=res)
    if registry and kind == "immovable":
        reg_house(c.debtor, item, D("2016-05-05"))
    kw = {}
    if priority:
        kw["优先债权"] = money(priority)
    if obstacle:
        kw["处置障碍"] = obstacle
    c.ev("查封", add(c.filing, q + 1), 标的物=item, 评估价=money(value),
         到期日=add_months(add(c.filing, q + 1), 36 if kind == "immovable" else 24), **kw)
    if "车辆" in item:
        c.ev("扣押", add(c.filing, q + 3), 标的物=item, 到期日=add_months(add(c.filing, q + 3), 24))
    c.ev("评估", add(c.filing, q + 25), 标的物=item, 评估价=money(value))


def finish(c, end, amount):
    amt = min(c.claim, amount)
    c.pay(add(end, 12), amt, payout_after=10)


def cz_discount():
    r = "CZ-DISCOUNT-20"
    specs = [
        ("fire", "immovable", 1200000, 1000000, 790000, "二拍起拍价79万较一拍100万降21%"),
        ("fire", "movable", 300000, 250000, 199990, "二拍起拍价199,990元较一拍250,000元降20.004%"),
        ("fire", "immovable", 1000000, 856000, 680000, "二拍68万元较一拍85.6万元降20.56%（金额以万元书写）"),
        ("fire", "movable", 180000, 150000, 112500, "车辆二拍112,500较一拍150,000降25%"),
        ("miss", "immovable", 1250000, 1000000, 800000, "二拍恰降20%（100万→80万）"),
        ("miss", "immovable", 1000000, 700000, 560000, "一拍为评估价70%，二拍较一拍降20%（较评估价降44%，但基数为前次起拍价）"),
        ("miss", "movable", 220000, 200000, 160000, "车辆二拍恰降20%"),
    ]
    for i, (exp, kind, val, p1, p2, why) in enumerate(specs):
        fil = add(D("2026-02-02"), i * 14)
        c = Case(fil)
        item = house_item() if kind == "immovable" else "车辆 %s" % plate()
        found_and_seize(c, item, kind, val)
        e1, e2 = two_rounds(c, item, kind, val, p1, p2, add(fil, 5 + 40))
        if i == 2:  # write prices in 万元
            for ev in c.events:
                if ev["事件类型"] == "拍卖公告":
                    ev["起拍价"] = "%s万元" % ("85.6" if ev["轮次"] == "1" else "68")
                    ev["评估价"] = "100万元"
        finish(c, e2, p2)
        plant(r, c, exp, why, B_DC)
    # two different items in one case
    c = Case("2026-04-06"); hA = house_item(); pB = "地下车位（%s）" % hA.replace("住宅", "")
    found_and_seize(c, hA, "immovable", 1100000)
    c.ev("查封", add(c.filing, 7), 标的物=pB, 评估价=money(180000), 到期日=add_months(add(c.filing, 7), 36))
    c.ev("评估", add(c.filing, 30), 标的物=pB, 评估价=money(180000))
    e1, e2 = two_rounds(c, hA, "immovable", 1100000, 900000, 720000, add(c.filing, 45))
    e3 = c.auction(pB, "immovable", 180000, 150000, add(e2, 3), rounds=1)
    finish(c, e3, 870000)
    plant(r, c, "miss", "同案两项财产：车位一拍15万并非房产二拍72万的降价；房产二拍恰降20%", B_DC)


def cz_reauction():
    r = "CZ-REAUCTION-30D"

    def setup(fil, kind="movable", val=200000, p1=160000):
        c = Case(fil)
        item = house_item() if kind == "immovable" else "车辆 %s" % plate()
        found_and_seize(c, item, kind, val)
        return c, item
    # fire: 流拍 4-14 -> announced 5-15 (31 days; 5-14 is a workday)
    c, it = setup("2026-02-09")
    c.auction(it, "movable", 200000, 160000, D("2026-03-27"), buyer=False)  # ends 4-14
    e = c.auction(it, "movable", 200000, 130000, D("2026-05-15"), rounds=2)
    finish(c, e, 130000)
    plant(r, c, "fire", "流拍2026-04-14，再次拍卖公告2026-05-15（第31日；第30日5-14为工作日）", B_RA)
    c, it = setup("2026-03-09", "immovable", 900000)
    c.auction(it, "immovable", 900000, 720000, D("2026-04-30"), buyer=False)  # ends 6-02
    plant(r, c, "fire", "房产2026-06-02流拍后至今未再次拍卖、未变卖、未以物抵债、未中止", B_RA)
    c, it = setup("2026-01-26")
    c.auction(it, "movable", 200000, 170000, D("2026-03-13"), buyer=False)  # ends 3-31
    e = c.auction(it, "movable", 200000, 140000, D("2026-05-06"), rounds=2)
    finish(c, e, 140000)
    plant(r, c, "fire", "月末流拍2026-03-31，第30日4-30为工作日，5-06才公告再次拍卖", B_RA)
    c, it = setup("2025-12-01")
    c.auction(it, "movable", 200000, 165000, D("2026-01-11"), buyer=False)  # ends 1-29
    e = c.auction(it, "movable", 200000, 140000, D("2026-03-01"), rounds=2)
    finish(c, e, 140000)
    plant(r, c, "fire", "流拍2026-01-29，第30日2-28为调休上班日（周六）不顺延，3-01公告超期", B_RA)
    # misses
    c, it = setup("2026-05-11")
    c.auction(it, "movable", 200000, 160000, D("2026-06-19"), buyer=False)  # ends 7-07
    e = c.auction(it, "movable", 200000, 135000, D("2026-08-06"), rounds=2)
    finish(c, e, 135000)
    plant(r, c, "miss", "流拍2026-07-07，再次拍卖公告8-06（恰第30日；以公告发布为准，见README解释）", B_RA)
    c, it = setup("2026-07-06")
    c.auction(it, "movable", 200000, 160000, D("2026-08-18"), buyer=False)  # ends 9-05
    e = c.auction(it, "movable", 200000, 130000, D("2026-10-08"), rounds=2)
    finish(c, e, 130000)
    plant(r, c, "miss", "流拍2026-09-05，第30日10-05在国庆假期，顺延至10-08公告", B_RA)
    c, it = setup("2026-03-16", "immovable", 800000)
    e1 = c.auction(it, "immovable", 800000, 640000, D("2026-05-06"), buyer=False)  # ends 6-08
    e2 = c.auction(it, "immovable", 800000, 520000, add(e1, 10), rounds=2, buyer=False)
    b = person()
    c.ev("变卖", add(e2, 45), 标的物=it, 起拍价=money(520000), 成交价=money(520000), 买受人=b[0], 买受人证件号=b[1],
         拍卖平台=PLATFORMS[0])
    finish(c, add(e2, 45), 520000)
    plant(r, c, "miss", "二拍流拍后依网拍规定第二十六条第二款转入变卖，无须第三次拍卖", B_RA)
    c, it = setup("2026-04-13", "immovable", 700000)
    e1 = c.auction(it, "immovable", 700000, 560000, D("2026-06-01"), buyer=False)
    c.ev("以物抵债", add(e1, 9), 标的物=it, 买受人=c.applicant[0], 买受人证件号=c.applicant[1], 结果="申请执行人同意以一拍保留价抵债")
    c.paid = c.claim
    c.close(add(e1, 20), "执行完毕")
    plant(r, c, "miss", "流拍后第9日申请执行人接受以物抵债，无需再次拍卖", B_RA)
    c, it = setup("2026-04-27", "immovable", 750000)
    e1 = c.auction(it, "immovable", 750000, 600000, D("2026-06-15"), buyer=False)
    tp = person()
    c.ev("案外人异议", add(e1, 8), 标的物=it, 买受人=tp[0], 买受人证件号=tp[1])
    c.ev("中止", add(e1, 10), 标的物=it, 备注="案外人异议审查期间中止对该房产的处分")
    plant(r, c, "miss", "流拍后第10日因案外人异议中止执行，尚未恢复", B_RA)


def cz_procedure():
    r = "CZ-PROCEDURE"

    def setup(fil, kind, val):
        c = Case(fil); item = house_item() if kind == "immovable" else "车辆 %s" % plate()
        found_and_seize(c, item, kind, val)
        return c, item
    c, it = setup("2026-03-23", "immovable", 900000)
    e = c.auction(it, "immovable", 900000, 720000, D("2026-05-06"), period=29); finish(c, e, 720000)
    plant(r, c, "fire", "不动产一拍公告5-06至竞价开始6-04仅29日（应≥30日）", B_PR)
    c, it = setup("2026-05-18", "movable", 150000)
    e = c.auction(it, "movable", 150000, 120000, D("2026-07-01"), period=14); finish(c, e, 120000)
    plant(r, c, "fire", "车辆一拍公告仅提前14日（应≥15日）", B_PR)
    c, it = setup("2026-04-20", "immovable", 800000)
    e = c.auction(it, "immovable", 800000, 640000, D("2026-06-03"), notice_gap=2); finish(c, e, 640000)
    plant(r, c, "fire", "通知当事人在公告发布前2日（应≥3日）", B_PR)
    c, it = setup("2026-05-04", "immovable", 1000000)
    e = c.auction(it, "immovable", 1000000, 800000, D("2026-06-17"), deposit_rate=0.25); finish(c, e, 800000)
    plant(r, c, "fire", "保证金20万元为起拍价25%（应5%–20%）", B_PR)
    c, it = setup("2026-02-23", "immovable", 1000000)
    e1 = c.auction(it, "immovable", 1000000, 800000, D("2026-04-08"), buyer=False)
    e2 = c.auction(it, "immovable", 1000000, 650000, add(e1, 6), rounds=2, period=14); finish(c, e2, 650000)
    plant(r, c, "fire", "不动产再次拍卖公告仅提前14日（应≥15日）", B_PR)
    c, it = setup("2025-12-15", "immovable", 950000)
    e = c.auction(it, "immovable", 950000, 760000, D("2026-01-31"), period=29); finish(c, e, 760000)
    plant(r, c, "fire", "月末：公告2026-01-31，竞价开始2026-03-01（跨二月仅29日）", B_PR)
    # misses
    c, it = setup("2025-12-15", "immovable", 980000)
    e = c.auction(it, "immovable", 980000, 780000, D("2026-01-31"), period=30); finish(c, e, 780000)
    plant(r, c, "miss", "月末：公告2026-01-31，竞价开始2026-03-02，恰30日", B_PR)
    c, it = setup("2026-06-01", "movable", 160000)
    e = c.auction(it, "movable", 160000, 128000, D("2026-07-15"), period=15); finish(c, e, 128000)
    plant(r, c, "miss", "车辆一拍公告恰提前15日", B_PR)
    c, it = setup("2026-05-25", "immovable", 850000)
    e = c.auction(it, "immovable", 850000, 680000, D("2026-07-08"), notice_gap=3); finish(c, e, 680000)
    plant(r, c, "miss", "通知当事人恰在公告发布3日前", B_PR)
    c, it = setup("2026-06-08", "immovable", 900000)
    e = c.auction(it, "immovable", 900000, 720000, D("2026-07-22"), deposit_rate=0.20); finish(c, e, 720000)
    plant(r, c, "miss", "保证金恰为起拍价20%", B_PR)
    c, it = setup("2026-03-30", "immovable", 1000000)
    e1 = c.auction(it, "immovable", 1000000, 800000, D("2026-05-13"), buyer=False, deposit_rate=0.05)
    e2 = c.auction(it, "immovable", 1000000, 680000, add(e1, 6), rounds=2, period=15, deposit_rate=0.05)
    finish(c, e2, 680000)
    plant(r, c, "miss", "不动产再次拍卖公告恰提前15日（再次拍卖适用15日而非30日）；保证金恰5%", B_PR)
    c = Case("2026-06-15"); it = "长沙市金霞食品有限公司25%股权"
    c.opening(query=5, query_result="发现：股权 %s" % it)
    REG["股权"].append({"股东": c.debtor[0], "证件号码": c.debtor[1], "企业名称": "长沙市金霞食品有限公司", "出资额": "250000",
                      "持股比例": "25%", "登记日期": "2018-03-03", "转移日期": ""})
    c.ev("冻结", add(c.filing, 6), 标的物=it, 到期日=add_months(add(c.filing, 6), 36))
    c.ev("评估", add(c.filing, 30), 标的物=it, 评估价=money(500000))
    e = c.auction(it, "immovable", 500000, 400000, add(c.filing, 45), period=30); finish(c, e, 400000)
    plant(r, c, "miss", "股权（其他财产权）一拍公告恰提前30日", B_PR)


def prio_pay(c, end, amount):
    bk = company("银行股份有限公司")
    c.ev("参与分配", add(end, 3), 买受人=bk[0], 买受人证件号=bk[1], 金额=money(amount), 备注="抵押权人主张优先受偿")
    c.ev("案款到账", add(end, 10), 金额=money(amount), 备注="拍卖价款（优先债权部分）")
    c.ev("案款发放", add(end, 20), 金额=money(amount), 买受人=bk[0], 买受人证件号=bk[1], 备注="清偿抵押优先债权")


def cz_futile():
    r = "CZ-FUTILE"
    c = Case("2026-03-02"); it = house_item()
    found_and_seize(c, it, "immovable", 1600000, priority=1500000)
    e = c.auction(it, "immovable", 1600000, 1120000, add(c.filing, 45))
    prio_pay(c, e, 1120000)
    plant(r, c, "fire", "抵押优先债权150万元，起拍价112万元，清偿后无剩余可能，未告知申请执行人即拍卖", B_FU)
    c = Case("2026-03-16"); it = house_item()
    found_and_seize(c, it, "immovable", 1300000, priority=1200000)
    e = c.auction(it, "immovable", 1300000, 1000000, add(c.filing, 45),
                  result_notice="已告知申请执行人拍卖无剩余可能；申请执行人五日内申请继续拍卖",
                  note_notice="拍卖变卖规定第六条")
    prio_pay(c, e, 1000000)
    plant(r, c, "fire", "申请执行人申请继续拍卖，但重新确定的起拍价100万元未大于优先债权120万元及执行费用", B_FU)
    c = Case("2026-02-23"); it = house_item()
    found_and_seize(c, it, "immovable", 950000, priority=600000)
    e1 = c.auction(it, "immovable", 950000, 700000, add(c.filing, 45), buyer=False)
    e2 = c.auction(it, "immovable", 950000, 570000, add(e1, 8), rounds=2)
    prio_pay(c, e2, 570000)
    plant(r, c, "fire", "优先债权60万元；一拍70万元尚有剩余，二拍57万元已无剩余可能，未告知申请执行人", B_FU)
    c = Case("2026-04-06"); it = house_item()
    found_and_seize(c, it, "immovable", 1000000, priority=300000)
    e = c.auction(it, "immovable", 1000000, 700000, add(c.filing, 45)); prio_pay(c, e, 300000); finish(c, e, 400000)
    plant(r, c, "miss", "优先债权30万元，起拍价70万元，清偿后有剩余", B_FU)
    c = Case("2026-04-20"); it = house_item()
    found_and_seize(c, it, "immovable", 1500000, priority=1200000)
    e = c.auction(it, "immovable", 1500000, 1260000, add(c.filing, 45),
                  result_notice="已告知申请执行人拍卖无剩余可能；申请执行人五日内申请继续拍卖",
                  note_notice="拍卖变卖规定第六条；重新确定保留价126万元大于优先债权及执行费用")
    prio_pay(c, e, 1200000); finish(c, e, 60000)
    plant(r, c, "miss", "告知后申请执行人申请继续拍卖，起拍价126万元大于优先债权120万元及执行费用", B_FU)
    c = Case("2026-07-06"); it = house_item()
    found_and_seize(c, it, "immovable", 800000, priority=1000000)
    c.ev("拍卖通知", add(c.filing, 40), 标的物=it, 结果="已告知申请执行人拍卖无剩余可能；申请执行人未申请继续拍卖",
         备注="拍卖变卖规定第六条")
    c.ev("解封", add(c.filing, 55), 标的物=it, 备注="无益拍卖，申请执行人未申请继续拍卖")
    plant(r, c, "miss", "优先债权超过评估价，告知申请执行人后其未申请继续拍卖，法院未拍卖并解封", B_FU)
    bank = company("银行股份有限公司")
    c = Case("2026-05-04", applicant=bank); it = house_item()
    found_and_seize(c, it, "immovable", 1000000, priority=900000)
    e = c.auction(it, "immovable", 1000000, 700000, add(c.filing, 45), note_notice="优先债权人即申请执行人（抵押权人）")
    c.events[-1]["备注"] = "优先债权人即申请执行人（抵押权人），变价款全部用于清偿申请执行人"
    finish(c, e, 700000)
    plant(r, c, "miss", "优先债权（抵押权）即属申请执行人本人，拍卖所得归申请执行人，不属无益拍卖", B_FU)


def fp_order():
    r = "FP-ORDER"

    def base(fil, entity=True, debtor=None):
        c = Case(fil, entity=entity, claim=400000, debtor=debtor); it = house_item()
        c.opening(query=5, query_result="发现：不动产 %s" % it)
        reg_house(c.debtor, it, D("2015-05-05"))
        c.ev("查封", add(c.filing, 7), 标的物=it, 评估价=money(700000), 到期日=add_months(add(c.filing, 7), 36))
        c.ev("评估", add(c.filing, 35), 标的物=it, 评估价=money(700000))
        end = c.auction(it, "immovable", 700000, 600000, add(c.filing, 50))
        c.ev("案款到账", add(end, 10), 金额=money(600000))
        return c, it, end

    def distribute(c, end, shares, others, bank=None):
        d = add(end, 12)
        if c.entity:
            c.ev("破产释明", add(end, 11), 结果="申请执行人及被执行人均不同意移送破产", 备注="民诉法解释第五百一十一条、第五百一十四条")
        for o in others:
            c.ev("参与分配", add(end, 3), 买受人=o[0], 买受人证件号=o[1], 金额=money(400000))
        for (who, amt) in shares:
            c.ev("分配方案", d, 买受人=who[0], 买受人证件号=who[1], 金额=money(amt))
        for who in [c.applicant] + others + [c.debtor] + ([bank] if bank else []):
            c.ev("分配方案送达", add(d, 2), 买受人=who[0], 买受人证件号=who[1])
        for (who, amt) in shares:
            c.ev("案款发放", add(d, 19), 买受人=who[0], 买受人证件号=who[1], 金额=money(amt))
        mine = sum(a for w, a in shares if w == c.applicant)
        c.paid = mine
        if mine >= c.claim:
            c.close(add(d, 21), "执行完毕")

    # F1: with a second case holding a 轮候查封
    c, it, end = base("2026-03-02")
    b = Case("2026-03-30", court=c.court, debtor=c.debtor, claim=400000); b.legal_rep = c.legal_rep
    b.opening(query=5, query_result="发现：不动产 %s（已被本院另案查封）" % it)
    b.ev("轮候查封", add(b.filing, 6), 标的物=it, 到期日=add_months(add(b.filing, 6), 36))
    distribute(c, end, [(c.applicant, 300000), (b.applicant, 300000)], [b.applicant])
    b.ev("案款到账", add(end, 31), 金额=money(300000)); b.ev("案款发放", add(end, 38), 金额=money(300000),
                                                         买受人=b.applicant[0], 买受人证件号=b.applicant[1])
    b.paid = 300000
    b.ev("解封", add(end, 20), 标的物=it, 备注="该房产已由首封案件拍卖成交")
    plant(r, c, "fire", "企业法人被执行人，首先查封的申请执行人与轮候查封债权人按比例各得30万元（应按查封先后顺序）", B_FP)
    c, it, end = base("2026-03-16")
    o = person()
    distribute(c, end, [(o, 400000), (c.applicant, 200000)], [o])
    plant(r, c, "fire", "企业法人被执行人，未查封的参与分配债权人全额受偿，首封申请执行人仅得余款", B_FP)
    c, it, end = base("2026-04-07")
    o1, o2 = person(), company()
    distribute(c, end, [(c.applicant, 200000), (o1, 200000), (o2, 200000)], [o1, o2])
    plant(r, c, "fire", "企业法人被执行人，三名债权人按比例平均分配，未按查封顺序", B_FP)
    # misses
    c, it, end = base("2026-04-20", entity=False)
    o = person()
    distribute(c, end, [(c.applicant, 300000), (o, 300000)], [o])
    plant(r, c, "miss", "被执行人为公民，参与分配按债权比例受偿（民诉法解释第五百零八条）", B_FP)
    c, it, end = base("2026-05-04")
    o = person()
    distribute(c, end, [(c.applicant, 400000), (o, 200000)], [o])
    plant(r, c, "miss", "企业法人被执行人，首封申请执行人全额受偿后余款给其他债权人", B_FP)
    c, it, end = base("2026-05-18")
    o = person(); bk = company("银行股份有限公司")
    c.ev("参与分配", add(end, 2), 买受人=bk[0], 买受人证件号=bk[1], 金额=money(150000), 备注="抵押权人主张优先受偿")
    distribute(c, end, [(bk, 150000), (c.applicant, 400000), (o, 50000)], [o], bank=bk)
    plant(r, c, "miss", "企业法人：抵押权人优先受偿后，首封申请执行人全额，余款给其他债权人", B_FP)
    c, it, end = base("2026-06-01", debtor=company("商贸合伙企业（有限合伙）"))
    o = person()
    distribute(c, end, [(c.applicant, 300000), (o, 300000)], [o])
    plant(r, c, "miss", "被执行人为合伙企业（其他组织，非企业法人），参与分配按比例受偿（第五百零六条、第五百零八条）", B_FP)


def zb_3m():
    r = "ZB-3MONTH"
    specs = [("fire", "2026-03-10", "2026-06-05", False, "立案3-10，终本6-05（未满三个月）"),
             ("fire", "2025-11-30", "2026-02-28", False, "立案2025-11-30，三个月届满日为2026-02-28（无对应日取月末），当日终本未'超过'"),
             ("fire", "2026-01-15", "2026-04-15", False, "立案1-15，4-15终本，恰满三个月未超过"),
             ("fire", "2026-05-20", "2026-08-20", True, "GBK台账：立案5-20，8-20终本，恰满三个月"),
             ("miss", "2025-11-30", "2026-03-02", False, "立案2025-11-30，2026-03-02终本，已超过三个月（届满日2-28）"),
             ("miss", "2026-01-15", "2026-04-16", False, "立案1-15，4-16终本，超过三个月"),
             ("miss", "2025-08-31", "2025-12-01", False, "立案8-31，三个月届满日11-30（月末），12-01终本")]
    for exp, f, z, gbk, why in specs:
        c = Case(f, gbk=gbk); c.opening(notice=2, query=4)
        c.zb(D(z), query_before=None, onsite=25, xianxiao=9)
        plant(r, c, exp, why, B_Z3)
    c = Case("2026-08-03"); c.opening()
    c.ev("和解", add(c.filing, 20), 结果="已履行完毕")
    c.close(add(c.filing, 50), "终结执行")
    plant(r, c, "miss", "立案50日以终结执行（非终本）结案", B_Z3)


def zb_pre():
    r = "ZB-PRECOND"
    c = Case("2025-12-08"); c.opening(); c.zb(D("2026-05-11"), xianxiao=None)
    plant(r, c, "fire", "终本前未发出限制消费令", B_ZP)
    c = Case("2026-01-12"); c.opening(report=False); c.zb(D("2026-06-08"))
    plant(r, c, "fire", "终本前未发出报告财产令（执行通知亦未载明）", B_ZP)
    c = Case("2025-11-17"); c.opening()
    c.ev("下落不明", add(c.filing, 20), 备注="被执行人下落不明，执行通知公告送达")
    c.zb(D("2026-04-20"))
    plant(r, c, "fire", "被执行人下落不明，终本前未依法查找", B_ZP)
    c = Case("2026-02-09"); n = c.opening(report_result="拒绝", report_on=12)
    c.zb(D("2026-07-13"), shixin=(add(n, 20), "失信规定第一条第（四）项 违反财产报告制度"))
    plant(r, c, "fire", "拒绝报告财产，已纳入失信但终本前未采取罚款、拘留（终本规定第二条第（三）项）", B_ZP)
    c = Case("2026-01-05"); c.opening(); c.zb(D("2026-06-01"), xianxiao=None)
    c.xianxiao(D("2026-06-04"))
    plant(r, c, "fire", "限制消费令在终本后3日才发出", B_ZP)
    c = Case("2026-03-02"); n = c.opening()
    c.ev("罚款", add(c.filing, 40), 金额=money(30000), 标的物="违反限制消费令（限消期间乘坐飞机公务舱）", 买受人=c.debtor[0],
         买受人证件号=c.debtor[1])
    c.zb(D("2026-07-27"))
    plant(r, c, "fire", "违反限制消费令已罚款，具备失信规定第一条第（五）项情形却未纳入失信即终本", B_ZP)
    c = Case("2026-02-02"); n = c.opening(report_result="逾期", report_on=18); c.zb(D("2026-06-29"))
    plant(r, c, "fire", "逾期报告既未处罚也未纳入失信即终本（同时计入 CX-REPORT-SANCTION）", B_ZP)
    plant("CX-REPORT-SANCTION", c, "fire", "逾期报告无处罚无失信，并已终本（双重植入：ZB-PRECOND）", B_RS)
    # misses
    c = Case("2026-01-19", entity=True); c.opening(); c.zb(D("2026-06-15"), approve="panel")
    plant(r, c, "miss", "单位被执行人，限制消费令针对公司及其法定代表人；合议庭+院长批准", B_ZP)
    c = Case("2025-12-22"); c.opening(); c.zb(D("2026-05-18"))
    plant(r, c, "miss", "按期报告、无失信情形，未纳入失信不影响终本", B_ZP)
    c = Case("2025-12-01"); c.opening()
    c.ev("下落不明", add(c.filing, 15)); c.ev("查找下落", add(c.filing, 30), 备注="经公安户籍、通信、出行信息查找未果")
    c.zb(D("2026-04-27"))
    plant(r, c, "miss", "被执行人下落不明，终本前已依法查找", B_ZP)
    c = Case("2026-01-26"); c.opening(note_only=True); c.zb(D("2026-06-22"))
    plant(r, c, "miss", "报告财产令与执行通知同时送达，记载于执行通知备注（无单独行）", B_ZP)
    c = Case("2026-03-09"); n = c.opening(report_result="拒绝", report_on=11)
    c.ev("拘留", add(n, 16), 标的物="拒绝报告财产", 买受人=c.debtor[0], 买受人证件号=c.debtor[1], 备注="拘留十日")
    c.zb(D("2026-08-10"), shixin=(add(n, 17), "失信规定第一条第（四）项 违反财产报告制度"))
    plant(r, c, "miss", "拒绝报告，已拘留并纳入失信后终本", B_ZP)


def zb_inv():
    r = "ZB-INVEST"
    c = Case("2025-11-10"); c.opening(); c.zb(D("2026-05-20"), query_before=None, onsite=60)
    plant(r, c, "fire", "唯一网络查控在立案后第5日，距终本逾6个月，终本前未重新查询", B_ZI)
    c = Case("2026-01-05"); c.opening()
    c.ev("财产线索", D("2026-03-16"), 标的物="被执行人在星沙某小区的车位", 结果="明确具体")
    c.zb(D("2026-06-08"))
    plant(r, c, "fire", "申请执行人明确具体线索终本前未核查（双重植入：CX-CLUE-7D）", B_ZI)
    plant("CX-CLUE-7D", c, "fire", "明确具体线索3-16提交至今未核查（双重植入：ZB-INVEST）", B_CL)
    c = Case("2026-03-02", entity=True); c.opening(); z = D("2026-08-03")
    c.ev("审计申请", add(z, -5)); c.zb(z); c.ev("审计决定", add(z, 4), 结果="不准许")
    plant(r, c, "fire", "审计申请7-29收到，8-03终本时尚未决定（8-07才决定，未超10日）", B_ZI)
    c = Case("2025-12-22"); c.opening(query=None)
    c.ev("网络查控", D("2026-01-10"), 标的物="总对总：存款、车辆、不动产、证券、股权、网络资金、保险", 结果="未发现可供执行财产")
    c.zb(D("2026-04-11"), query_before=None)
    plant(r, c, "fire", "最近一次查控1-10，4-11终本，已超过3个月（policy window）", B_ZI)
    c = Case("2026-01-26"); c.opening(query=None)
    c.ev("网络查控", D("2026-02-03"), 标的物="总对总：存款、车辆、不动产、证券、股权、网络资金、保险", 结果="未发现可供执行财产")
    c.ev("网络查控", D("2026-03-16"), 标的物="总对总：存款、车辆、不动产、证券、股权、网络资金、保险", 结果="未发现可供执行财产")
    c.zb(D("2026-06-16"), query_before=None)
    plant(r, c, "miss", "最近一次查控3-16，6-16终本，恰满3个月", B_ZI)
    c = Case("2026-02-09"); c.opening()
    c.ev("财产线索", D("2026-04-08"), 标的物="被执行人在外地的一处商铺", 结果="明确具体")
    c.ev("线索核查", D("2026-04-13"), 结果="不属实")
    c.zb(D("2026-07-06"))
    plant(r, c, "miss", "线索5日内核查不属实后终本", B_ZI)
    c = Case("2026-02-23", entity=True); c.opening()
    c.ev("审计申请", D("2026-04-20")); c.ev("审计决定", D("2026-04-28"), 结果="不准许")
    c.zb(D("2026-07-20"))
    plant(r, c, "miss", "审计申请8日内决定不准许后终本", B_ZI)
    c = Case("2026-01-12"); c.opening()
    ns = (c.debtor[0], id18())
    reg_house(ns, house_item(), D("2021-03-18"))
    c.zb(D("2026-06-01"))
    plant(r, c, "miss", "不动产登记中同名但身份证号不同者的房产，非被执行人财产，终本不违法", B_ZI)


# ================================================================ background
def background():
    n = 0
    # 执行完毕: voluntary payment
    for i in range(34):
        gbk = i % 6 == 0
        f = add(D("2025-03-03"), RNG.randint(0, 560))
        c = Case(f, gbk=gbk, entity=RNG.random() < 0.3)
        c.opening(report_on=RNG.choice([4, 6, 8]))
        c.pay(add(f, RNG.randint(12, 60)), c.claim, payout_after=RNG.randint(3, 20))
        if not c.closing:
            c.close(min(add(f, 90), TODAY), "执行完毕") if add(f, 90) <= TODAY else None
        n += 1
    # 执行完毕: freeze and 划拨
    for i in range(30):
        gbk = i % 5 == 0
        f = add(D("2025-02-10"), RNG.randint(0, 590))
        c = Case(f, gbk=gbk, entity=RNG.random() < 0.3)
        bank = RNG.choice(BANKS); ac = acct()
        q = RNG.randint(3, 9)
        c.opening(query=q, query_result="发现：存款 %s 账号%s 余额%s元" % (bank, ac, money(c.claim + RNG.randint(1, 90000))))
        REG["存款"].append({"账户名": c.debtor[0], "证件号码": c.debtor[1], "开户行": bank, "账号": ac,
                          "余额": money(c.claim + 1000), "开户日期": iso(add(f, -RNG.randint(400, 3000))), "销户日期": ""})
        fz = add(f, q + RNG.randint(0, 3))
        c.ev("冻结", fz, 标的物="%s 账号%s" % (bank, ac), 金额=money(c.claim), 到期日=add_months(fz, 12))
        c.pay(add(fz, RNG.randint(2, 8)), c.claim, payout_after=RNG.randint(5, 25))
        n += 1
    # 执行完毕 after a one-round online sale
    for i in range(10):
        f = add(D("2025-04-07"), RNG.randint(0, 400))
        c = Case(f, claim=RNG.choice([300000, 450000, 520000]))
        kind = "immovable" if i % 2 == 0 else "movable"
        item = house_item() if kind == "immovable" else "车辆 %s" % plate()
        val = 900000 if kind == "immovable" else 260000
        found_and_seize(c, item, kind, val)
        e = c.auction(item, kind, val, round(val * 0.8), add(f, 45), platform=RNG.choice(PLATFORMS))
        c.pay(add(e, 12), min(c.claim, round(val * 0.8)), payout_after=10)
        if kind == "movable" and c.paid < c.claim:
            c.pay(add(e, 40), c.claim - c.paid, payout_after=8)
        n += 1
    # properly handled 终本
    for i in range(44):
        gbk = i % 7 == 0
        f = add(D("2024-09-02"), RNG.randint(0, 560))
        ent = RNG.random() < 0.3
        c = Case(f, gbk=gbk, entity=ent)
        c.opening()
        z = add(f, RNG.randint(110, 175))
        z = next_workday(z)
        if z > add(TODAY, -10):
            z = add(TODAY, -20)
        c.zb(z, approve=RNG.choice(["sign", "panel"]))
        n += 1
    # young open cases
    for i in range(22):
        f = add(TODAY, -RNG.randint(8, 40))
        c = Case(f, gbk=(i % 6 == 0), entity=RNG.random() < 0.25)
        c.opening(query=RNG.randint(2, 7) if (TODAY - f).days > 7 else None)
        n += 1
    # 终结执行 / 撤回 / 不予执行
    for i in range(10):
        f = add(D("2025-05-05"), RNG.randint(0, 450))
        c = Case(f, gbk=(i % 5 == 0))
        c.opening()
        m = ["终结执行", "准许撤回申请", "不予执行", "终结执行", "准许撤回申请"][i % 5]
        if m == "终结执行":
            c.ev("和解", add(f, 12), 结果="已履行完毕")
        c.close(add(f, RNG.randint(20, 60)), m)
        n += 1
    return n


# ================================================================ output
def cn_date(d):
    dg = "〇一二三四五六七八九"
    y = "".join(dg[int(ch)] for ch in str(d.year))

    def num(n):
        if n < 10:
            return dg[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + dg[n - 10]
        return dg[n // 10] + "十" + (dg[n % 10] if n % 10 else "")
    return "%s年%s月%s日" % (y, num(d.month), num(d.day))


def daxie(x):
    x = int(round(x))
    dg = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]

    def four(n):
        s = ""
        zero = False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += dg[d] + units[i]
        return s
    hi, lo = divmod(x, 10000)
    s = ""
    if hi:
        s = four(hi) + "万"
        if lo and lo < 1000:
            s += "零"
    s += four(lo)
    return "人民币" + s + "元整"


def gbk_date(d, i):
    f = i % 6
    if f == 0:
        return "%d/%d/%d" % (d.year, d.month, d.day)
    if f == 1:
        return "%d.%d.%d" % (d.year, d.month, d.day)
    if f == 2:
        return d.strftime("%Y%m%d")
    if f == 3:
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if f == 4:
        return cn_date(d)
    return d.isoformat()


def gbk_money(x, i):
    f = i % 4
    if f == 0:
        return "{:,.2f}".format(x)
    if f == 1 and x >= 10000 and abs(x / 10000 - round(x / 10000, 2)) < 1e-9:
        return "%s万元" % ("%.2f" % (x / 10000)).rstrip("0").rstrip(".")
    if f == 2 and abs(x - round(x)) < 1e-9 and x > 0:
        return daxie(x)
    return "%s元" % ("%.2f" % x).rstrip("0").rstrip(".") if x else "0"


def write():
    os.makedirs(OUT, exist_ok=True)
    hdr = ["案号", "法院", "立案日期", "结案日期", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人",
           "被执行人证件号码", "申请执行标的金额", "实际到位金额", "执行依据", "承办人", "终本理由", "原案号"]
    rows, grows = [], []
    for c in CASES:
        if c.closing is None and c.paid and c.paid >= c.claim:
            pass
        r = [c.no, c.court[0], c.filing, c.closing, c.method, c.cause, c.applicant[0], c.applicant[1],
             "、".join(d[0] for d in c.debtors), "、".join(d[1] for d in c.debtors), c.claim, c.paid, c.basis_no,
             c.judge, c.zb_reason, c.prior]
        (grows if c.gbk else rows).append(r)
    with open(os.path.join(OUT, "ledger.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        for r in rows:
            w.writerow([iso(x) if isinstance(x, dt.date) else ("%.2f" % x if isinstance(x, float) or isinstance(x, int) and not isinstance(x, bool) else (x or "")) for x in r])
    ghdr = ["执行案号", "执行法院", "收案日期", "结案时间", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人",
            "证件号码", "标的金额(元)", "执行到位金额(元)", "执行依据文号", "执行法官", "终本理由", "关联案号"]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["宁乡市人民法院执行案件台账（导出日期：二〇二六年十一月十日）"] + [""] * (len(ghdr) - 1))
    w.writerow(ghdr)
    for i, r in enumerate(grows):
        out = []
        for j, x in enumerate(r):
            if isinstance(x, dt.date):
                out.append(gbk_date(x, i + j))
            elif j in (10, 11):
                out.append(gbk_money(float(x), i + j))
            elif j == 4 and x == "终结本次执行程序" and i % 2:
                out.append("终本")
            else:
                out.append(x or "")
        w.writerow(out)
    with open(os.path.join(OUT, "ledger_gbk.csv"), "wb") as f:
        f.write(buf.getvalue().encode("gbk"))
    evs = sorted(EVENTS, key=lambda e: (e["日期"], e["案号"], e["事件类型"]))
    with open(os.path.join(OUT, "events.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=ECOLS)
        w.writeheader()
        for e in evs:
            w.writerow({k: e.get(k, "") for k in ECOLS})
    for k, rows_ in REG.items():
        if not rows_:
            continue
        cols = list(rows_[0].keys())
        with open(os.path.join(OUT, "registry_%s.csv" % k), "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=cols)
            w.writeheader()
            for r in rows_:
                w.writerow(r)
    with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("rule\tcase_no\texpect\twhy\n")
        for r in EXPECT:
            f.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    with open(os.path.join(OUT, "planted.md"), "w", encoding="utf-8") as f:
        f.write("# Planted cases (rules_d, 湖南省长沙市; today = 2026-11-15)\n\n")
        f.write("| rule | 案号 | expect | boundary tested | legal basis |\n|---|---|---|---|---|\n")
        for r in PLANTED:
            f.write("| %s |\n" % " | ".join(x.replace("|", "／") for x in r))


def main():
    cx_report(); cx_clue(); cx_net(); kz_delay(); kz_exempt(); cz_idle(); cz_discount(); cz_reauction()
    cz_procedure(); cz_futile(); fp_order(); zb_3m(); zb_pre(); zb_inv()
    background()
    # open cases older than six months: record an approved extension (keeps XJ-6MONTH quiet)
    for c in CASES:
        if c.closing is None and (TODAY - c.filing).days > 175:
            c.ev("延长期限批准", add(c.filing, 170), 到期日=add_months(c.filing, 12))
    for c in CASES:
        for _, i in [c.applicant] + c.debtors:
            assert check_id(i), i
    write()


if __name__ == "__main__":
    main()
