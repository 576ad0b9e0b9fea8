"""Case templates (a lawful enforcement case in each shape) and the lawful background."""
import datetime as dt

from lawcal import D, add_days, add_months, roll, is_workday, add_workdays
from model import World, Case, Party, TODAY, wd, fee

ALL_CH = "存款、车辆、不动产、有价证券、股权、公积金、网络资金"
NONE_FOUND = "未发现可供执行财产"
JUDGES = {"A": ["王磊", "陈静", "刘洋", "赵强", "黄丽", "吴刚"], "B": ["郑涛", "冯雪", "何斌", "许明"]}
COURT_NAME = {"A": "嵊州市人民法院", "B": "绍兴市上虞区人民法院"}
CAUSES = ["买卖合同纠纷", "民间借贷纠纷", "金融借款合同纠纷", "租赁合同纠纷", "机动车交通事故责任纠纷",
          "建设工程施工合同纠纷", "承揽合同纠纷", "劳务合同纠纷", "服务合同纠纷", "房屋买卖合同纠纷",
          "追偿权纠纷", "委托合同纠纷", "运输合同纠纷"]
XX_ITEM = "限制消费令（限制高消费及非生活和工作必需的消费）"
ZB_REASON = "已穷尽财产调查措施，未发现被执行人有可供执行的财产"


def ceil100(x):
    return int(-(-int(round(x * 100)) // 10000) * 100)


def wdb(d):
    """Last workday on or before d."""
    while not is_workday(d):
        d -= dt.timedelta(days=1)
    return d


class Gen:
    def __init__(self, seed=20261115):
        self.w = World(seed)
        self.r = self.w.r
        self.exp = {}        # (rule, case_no) -> (expect, why)
        self.order = []      # declaration order
        self.notes = {}      # case_no -> scenario description
        for js in JUDGES.values():
            self.w.names.update(js)
        self.w.names.update(["周海", "孙丽"])

    # ---------------- expectations ----------------
    def expect(self, rule, case, e, why):
        key = (rule, case.no)
        if key in self.exp:
            raise RuntimeError("duplicate expectation %s %s" % key)
        self.exp[key] = (e, why)
        self.order.append(key)

    def fire(self, rule, case, why):
        self.expect(rule, case, "fire", why)

    def miss(self, rule, case, why):
        self.expect(rule, case, "miss", why)

    # ---------------- case construction ----------------
    def new(self, F, court="A", typ="执", applicant=None, debtors=None, claim=None, cause=None,
            judge=None, tag="bg", basis_days=None, basis=None, prior=None, debtor_kind=None):
        w, r = self.w, self.r
        if applicant is None:
            applicant = w.company() if r.random() < 0.45 else w.person()
        if debtors is None:
            if debtor_kind is None:
                debtor_kind = "c" if r.random() < 0.28 else "p"
            debtors = [w.company() if debtor_kind == "c" else w.person()]
        if claim is None:
            claim = r.randrange(20000, 900000, 100)
        cause = cause or r.choice(CAUSES)
        judge = judge or r.choice(JUDGES[court])
        if basis_days is None:
            basis_days = r.randint(25, 200)
        B = wdb(add_days(F, -basis_days))
        if isinstance(prior, Case):
            B, basis = prior.basis_date, prior.basis
        if basis is None:
            code = {"A": "浙0683", "B": "浙0604"}[court]
            byear = B.year if r.random() < 0.6 else B.year - 1
            basis = "（%d）%s民初%d号" % (byear, code, r.randint(100, 9999))
        no = w.case_no(court, F.year, typ)
        c = Case(no, court, typ, F, applicant, debtors, claim, cause, judge, basis, tag)
        c.basis_date = B
        c.prior = prior.no if isinstance(prior, Case) else (prior or "")
        c.ev("执行依据", B, item=basis, note="生效法律文书")
        w.add_case(c)
        return c

    def start(self, c, n_off=None, q_off=None, channels=ALL_CH, qres=NONE_FOUND, notice=True,
              report=True, rep_res="已按期报告", N=None, Q=None, rep_date=None):
        F = c.filing
        r = self.r
        if N is None:
            for _ in range(20):
                N = wd(add_days(F, n_off if n_off is not None else r.randint(1, 5)))
                if (N - F).days <= 7:
                    break
                n_off = 0
            if (N - F).days > 7:
                N = F
        if notice:
            c.ev("执行通知", N, item="执行通知书（含迟延履行利息及失信风险告知）")
        if report:
            rd = rep_date or N
            c.ev("报告财产令", rd, end=add_days(rd, 10), item="报告财产令（报告期限十日）",
                 result=rep_res)
        if Q is None:
            Q = wd(add_days(F, q_off if q_off is not None else r.randint(2, 9)))
            if (Q - F).days > 20:
                Q = wdb(add_days(F, 18))
        if channels:
            c.ev("网络查控", Q, item=channels, result=qres)
        c.N, c.Q = N, Q
        return c

    def xianxiao(self, c, date, debtor_note=None):
        item = XX_ITEM
        d = c.debtor
        if d.is_company:
            rep = getattr(d, "rep", None)
            item = "限制消费令（被执行人%s及其法定代表人%s）" % (d.name, rep.name if rep else "")
        c.ev("限制消费", date, item=item, note=debtor_note)

    def zb(self, c, Z, xx=True, xx_date=None, onsite=True, onsite_date=None, requery=True,
           rq_date=None, interview=True, iv_date=None, iv_kind="终本前告知申请人", post=True,
           post_until=None, reason=ZB_REASON, post_from=None):
        F, r = c.filing, self.r
        if xx:
            self.xianxiao(c, xx_date or wd(add_days(F, r.randint(3, 12))))
        if onsite:
            od = onsite_date or wd(add_days(F, r.randint(15, 45)))
            if od >= Z:
                od = wdb(add_days(Z, -20))
            c.ev("现场调查", od, item="被执行人住所地及经营场所", result=NONE_FOUND)
        if requery:
            c.ev("网络查控", rq_date or wdb(add_days(Z, -r.randint(8, 30))), item=ALL_CH,
                 result=NONE_FOUND)
        if interview:
            c.ev(iv_kind, iv_date or wdb(add_days(Z, -r.randint(3, 9))),
                 note="告知执行情况、财产调查措施及终本依据，听取申请执行人意见；申请执行人签字确认")
        c.ev("终本", Z, item="终结本次执行程序裁定书", note="经合议庭审查、院长批准")
        c.close(Z, "终结本次执行程序", reason)
        if post:
            self.post_queries(c, post_from or Z, until=post_until)
        return c

    def post_queries(self, c, Z, until=None, step=(110, 150), first=None):
        end = min(TODAY, add_months(Z, 60))
        if until is not None:
            end = min(end, until)
        d = Z
        if first is not None:
            c.ev("终本后查询", first, item=ALL_CH, result=NONE_FOUND, note="查询结果已告知申请执行人")
            d = first
        while True:
            nd = wdb(add_days(d, self.r.randint(*step)))
            if nd > end:
                break
            c.ev("终本后查询", nd, item=ALL_CH, result=NONE_FOUND, note="查询结果已告知申请执行人")
            d = nd
        return d

    def paid(self, c, P, amount=None, pay_gap=None, close_gap=None, P2=None, C=None,
             lift_xx=False):
        amount = c.claim if amount is None else amount
        c.ev("案款到账", P, amount=amount, note="被执行人履行")
        P2 = P2 or wd(add_days(P, pay_gap if pay_gap is not None else self.r.randint(3, 18)))
        c.ev("案款发放", P2, amount=amount, buyer=c.applicant.name, buyer_id=c.applicant.id)
        C = C or wd(add_days(P2, close_gap if close_gap is not None else self.r.randint(0, 4)))
        c.close(C, "执行完毕")
        c.paid = c.claim
        if lift_xx:
            c.ev("解除限制消费", C, note="被执行人已履行完毕")
        return C

    def recent_act(self, c, date=None, kind="现场调查"):
        d = date or wdb(add_days(TODAY, -self.r.randint(8, 55)))
        c.ev(kind, d, item="被执行人住所地", result=NONE_FOUND)
        return d

    # ---------------- registry helpers ----------------
    def huji(self, p, death=None):
        self.w.reg("户籍", holder=p.name, holder_id=p.id, address=p.addr, phone=p.phone,
                   end=death)

    def corp_role(self, person, company, role="法定代表人", start=None, end=None, share=None):
        self.w.reg("企业登记", holder=person.name, holder_id=person.id, item=company.name,
                   role=role, start=start or D(2016, 3, 1), end=end, share=share,
                   phone=person.phone, address=person.addr)

    def house(self, p, value, start, end=None, to=None, price=None, item=None):
        item = item or "浙江省嵊州市%s%s%d号%d幢%d室" % (
            self.r.choice(["剡湖街道", "三江街道", "鹿山街道", "浦口街道"]),
            self.r.choice(["锦绣苑", "江南名城", "剡溪花园", "鹿山新村", "城南小区", "越秀园"]),
            self.r.randint(1, 200), self.r.randint(1, 30), self.r.randint(101, 2602))
        row = self.w.reg("不动产", holder=p.name, holder_id=p.id, item=item,
                         reg_no="浙(%d)嵊州市不动产权第%07d号" % (start.year, self.r.randint(1, 9999999)),
                         value=value, start=start, end=end, to=to.name if to else None,
                         to_id=to.id if to else None, price=price)
        return row

    def car(self, p, value, start, end=None, to=None, price=None):
        return self.w.reg("车辆", holder=p.name, holder_id=p.id, item=self.w.plate(),
                          reg_no=self.w.vin(), value=value, start=start, end=end,
                          to=to.name if to else None, to_id=to.id if to else None, price=price)

    def equity(self, p, company_name, value, start, end=None, to=None, price=None, share="30%"):
        return self.w.reg("股权", holder=p.name, holder_id=p.id, item=company_name, value=value,
                          share=share, start=start, end=end, to=to.name if to else None,
                          to_id=to.id if to else None, price=price)

    def account(self, p, balance, start, end=None, bank=None):
        return self.w.reg("存款", holder=p.name, holder_id=p.id,
                          item=bank or self.r.choice(["越州商业银行嵊州支行", "剡溪农商银行城关支行",
                                                      "四明银行绍兴分行", "东海银行上虞支行"]),
                          reg_no="62%014d" % self.r.randint(0, 10 ** 14 - 1), value=balance,
                          start=start, end=end)

    def trip(self, p, date, mode, item, seat, frm="杭州", to="北京"):
        return self.w.reg("出行", holder=p.name, holder_id=p.id, mode=mode, item=item,
                          reg_no="%013d" % self.r.randint(0, 10 ** 13 - 1), start=date, seat=seat,
                          frm=frm, dest=to)

    def company_with_rep(self, rep=None, name=None):
        c = self.w.company(name)
        rep = rep or self.w.person(age=(35, 60))
        c.rep = rep
        self.corp_role(rep, c, "法定代表人", start=D(2015 + self.r.randint(0, 6), 3, 1))
        return c

    # ---------------- background ----------------
    def background(self, n_a=240, n_b=62):
        r = self.r
        plan = []
        for court, n in (("A", n_a), ("B", n_b)):
            for i in range(n):
                x = r.random()
                kind = ("paid" if x < 0.34 else "zb" if x < 0.74 else "open" if x < 0.86
                        else "withdrawn" if x < 0.93 else "dispose" if x < 0.985 else "reject")
                plan.append((court, kind))
        for i, (court, kind) in enumerate(plan):
            getattr(self, "bg_" + kind)(court, i)
        self.bg_registry_noise()

    def _bg_parties(self, court, cause=None):
        r, w = self.r, self.w
        if r.random() < 0.3:
            d = self.company_with_rep()
        else:
            d = w.person()
        debtors = [d]
        if r.random() < 0.06:
            g = w.person()
            debtors.append(g)
        if cause in ("追索劳动报酬纠纷", "劳动争议"):
            app = w.person(age=(22, 55))
        elif r.random() < 0.03:
            app = w.person(age=(71, 85))
        else:
            app = w.company() if r.random() < 0.45 else w.person()
        if d.kind == "p" and r.random() < 0.5:
            self.huji(d)
        if app.kind == "p" and r.random() < 0.3:
            self.huji(app)
        return app, debtors

    def _bg_cause(self):
        r = self.r
        if r.random() < 0.05:
            return r.choice(["追索劳动报酬纠纷", "劳动争议"])
        return r.choice(CAUSES)

    def bg_paid(self, court, i):
        r = self.r
        F = wd(D(2019, 1, 7) + dt.timedelta(days=r.randint(0, (D(2026, 8, 1) - D(2019, 1, 7)).days)))
        cause = self._bg_cause()
        app, debtors = self._bg_parties(court, cause)
        c = self.new(F, court=court, applicant=app, debtors=debtors, cause=cause)
        self.start(c)
        xx = r.random() < 0.15
        if xx:
            self.xianxiao(c, wd(add_days(F, r.randint(4, 10))))
        P = wd(add_days(F, r.randint(12, 110)))
        C = self.paid(c, P, lift_xx=xx)
        if c.debtor.kind == "p" and r.random() < 0.15:
            # lawful travel after the case ended (no 限消 in force)
            t = add_days(C, r.randint(10, 300))
            if t < TODAY:
                self.trip(c.debtor, t, "航空", "MU%04d" % r.randint(1000, 9999), "经济舱")
        return c

    def bg_zb(self, court, i):
        r = self.r
        F = wd(D(2019, 1, 7) + dt.timedelta(days=r.randint(0, (D(2026, 5, 1) - D(2019, 1, 7)).days)))
        cause = self._bg_cause()
        app, debtors = self._bg_parties(court, cause)
        c = self.new(F, court=court, applicant=app, debtors=debtors, cause=cause,
                     claim=r.randrange(30000, 1500000, 100))
        self.start(c)
        if r.random() < 0.10:
            Z = wd(add_days(add_months(F, 3), r.randint(3, 22)))       # 3-4 months: lawful
            if Z > add_months(F, 4):
                Z = wdb(add_months(F, 4))
        else:
            Z = wd(add_days(add_months(F, r.choice([4, 5, 5, 6, 6, 7, 8, 9])), r.randint(5, 25)))
        if Z > add_days(TODAY, -20):
            Z = wdb(add_days(TODAY, -20))
        self.zb(c, Z)
        d = c.debtor
        if d.kind == "p" and r.random() < 0.18:
            # permitted travel while restricted: D/C train second class, ordinary train hard sleeper
            t = add_days(Z, r.randint(20, 400))
            if t < TODAY:
                if r.random() < 0.5:
                    self.trip(d, t, "铁路", "D%d" % r.randint(2201, 3299), "二等座", "嵊州新昌", "宁波")
                else:
                    self.trip(d, t, "铁路", "K%d" % r.randint(100, 999), "硬卧", "绍兴", "南昌")
        return c

    def bg_open(self, court, i):
        r = self.r
        F = wd(D(2026, 5, 25) + dt.timedelta(days=r.randint(0, (D(2026, 11, 10) - D(2026, 5, 25)).days)))
        cause = self._bg_cause()
        app, debtors = self._bg_parties(court, cause)
        c = self.new(F, court=court, applicant=app, debtors=debtors, cause=cause)
        N = wd(add_days(F, r.randint(1, 5)))
        Q = wd(add_days(F, r.randint(2, 9)))
        if N <= TODAY:
            self.start(c, N=N, Q=Q if Q <= TODAY else None, channels=ALL_CH if Q <= TODAY else None)
        if (TODAY - F).days > 40:
            if r.random() < 0.5:
                self.xianxiao(c, wd(add_days(F, r.randint(6, 14))))
            self.recent_act(c)
        return c

    def bg_withdrawn(self, court, i):
        r = self.r
        F = wd(D(2019, 3, 4) + dt.timedelta(days=r.randint(0, (D(2026, 9, 1) - D(2019, 3, 4)).days)))
        cause = self._bg_cause()
        app, debtors = self._bg_parties(court, cause)
        c = self.new(F, court=court, applicant=app, debtors=debtors, cause=cause)
        self.start(c)
        H = wd(add_days(F, r.randint(12, 40)))
        c.ev("和解", H, note="执行和解，被执行人当场履行部分款项，申请执行人撤回执行申请")
        c.close(wd(add_days(H, r.randint(1, 8))), "准许撤回申请")
        return c

    def bg_reject(self, court, i):
        r = self.r
        F = wd(D(2020, 3, 2) + dt.timedelta(days=r.randint(0, 2000)))
        app, debtors = self._bg_parties(court)
        c = self.new(F, court=court, applicant=app, debtors=debtors)
        c.close(wd(add_days(F, r.randint(2, 6))), r.choice(["驳回申请", "不予执行"]))
        return c

    def bg_dispose(self, court, i):
        """Lawful seizure, valuation, online auction, sale to an unrelated buyer, payout."""
        r, w = self.r, self.w
        F = wd(D(2020, 6, 1) + dt.timedelta(days=r.randint(0, (D(2026, 4, 20) - D(2020, 6, 1)).days)))
        d = w.person()
        value = r.randrange(400000, 1500000, 1000)
        c = self.new(F, court=court, debtors=[d], claim=int(value * r.uniform(0.72, 0.88)) // 100 * 100)
        h = self.house(d, value, add_days(F, -r.randint(900, 3000)))
        self.start(c, qres="发现：不动产一处（%s）" % h["item"])
        self.seize_sell(c, h, value, start_ratio=r.choice([0.9, 0.95, 1.0]), rounds=1)
        return c

    def seize_sell(self, c, h, value, start_ratio=0.8, rounds=1, S=None, buyer=None,
                   cut=0.8, platform="人民法院诉讼资产网", close=True, registry=True):
        """查封 within days of the query, 评估, online auction (round 1 failing when rounds=2),
        sale, payout, 执行完毕.  Returns (sale date, deal)."""
        r, w = self.r, self.w
        S = S or wd(add_days(c.Q, r.randint(0, 4)))
        item = h["item"] if isinstance(h, dict) else h
        c.ev("查封", S, item=item, value=value, end=add_days(add_months(S, 36), -1),
             indivisible="是")
        V = wd(add_days(S, r.randint(8, 15)))
        c.ev("评估", V, item=item, value=value)
        price = ceil100(value * start_ratio)
        A = wd(add_days(V, r.randint(3, 8)))
        start = add_days(A, r.randint(31, 36))
        c.ev("拍卖公告", A, item=item, value=value, price=price, round="1", platform=platform,
             note="竞价时间：%s 10:00 至 %s 10:00" % (start, add_days(start, 1)))
        R = add_days(start, 1)
        if rounds == 2:
            c.ev("流拍", R, item=item, price=price, round="1")
            price2 = ceil100(price * cut)
            A2 = wd(add_days(R, r.randint(5, 15)))
            start2 = add_days(A2, r.randint(16, 20))
            c.ev("拍卖公告", A2, item=item, value=value, price=price2, round="2", platform=platform,
                 note="竞价时间：%s 10:00 至 %s 10:00" % (start2, add_days(start2, 1)))
            R = add_days(start2, 1)
            price = price2
        deal = price + r.randrange(0, 60000, 1000)
        buyer = buyer or w.person()
        c.ev("拍卖", R, item=item, deal=deal, buyer=buyer.name, buyer_id=buyer.id,
             round=str(rounds), platform=platform, result="成交")
        if registry and isinstance(h, dict):
            h["end"] = wd(add_days(R, r.randint(15, 25)))
            h["to"], h["to_id"], h["price"] = buyer.name, buyer.id, deal
        P = wd(add_days(R, r.randint(5, 10)))
        c.ev("案款到账", P, amount=deal, note="拍卖价款")
        P2 = wd(add_days(P, r.randint(3, 15)))
        pay = min(deal, c.claim)
        c.ev("案款发放", P2, amount=pay, buyer=c.applicant.name, buyer_id=c.applicant.id)
        c.ev("解封", wd(add_days(R, 12)), item=item, note="拍卖成交，解除查封并协助过户")
        if close:
            if deal >= c.claim:
                c.close(wd(add_days(P2, r.randint(0, 3))), "执行完毕")
                c.paid = c.claim
            else:
                c.paid = deal
        return R, deal

    def bg_registry_noise(self):
        """Registry rows that must NOT be linked to any case party: namesakes (same name as a
        debtor, different ID), old property transferred away long before the lawsuit, and
        property and trips of applicants."""
        r, w = self.r, self.w
        bg = [c for c in w.cases if c.tag == "bg"]
        debtors = [c.debtor for c in bg if c.debtor.kind == "p"]
        r.shuffle(debtors)
        k = 0
        for d in debtors[:34]:
            twin = w.person(name=d.name, unique=False)   # same name, different ID
            k += 1
            m = k % 6
            if m == 0:
                self.house(twin, r.randrange(300000, 1500000, 1000), D(2018, 1, 1) + dt.timedelta(days=r.randint(0, 3000)))
            elif m == 1:
                self.car(twin, r.randrange(50000, 300000, 1000), D(2019, 1, 1) + dt.timedelta(days=r.randint(0, 2500)))
            elif m == 2:
                self.trip(twin, D(2025, 1, 1) + dt.timedelta(days=r.randint(0, 680)), "航空",
                          "CA%04d" % r.randint(1000, 9999), r.choice(["经济舱", "公务舱"]))
            elif m == 3:
                self.huji(twin, death=D(2024, 1, 1) + dt.timedelta(days=r.randint(0, 900)))
            elif m == 4:
                self.trip(twin, D(2025, 3, 1) + dt.timedelta(days=r.randint(0, 600)), "铁路",
                          "G%d" % r.randint(7300, 7699), "商务座", "绍兴北", "上海虹桥")
            else:
                self.equity(twin, w.company().name, r.randrange(100000, 900000, 10000),
                            D(2018, 5, 1) + dt.timedelta(days=r.randint(0, 2000)))
                # a namesake who gave a house away after one of these cases was filed
                buyer = w.person()
                self.house(twin, 900000, D(2016, 4, 1), end=D(2025, 6, 3), to=buyer, price=0)
        # old property of debtors, sold at market price to strangers years before the lawsuit
        cs = [c for c in bg if c.debtor.kind == "p"]
        r.shuffle(cs)
        for c in cs[:14]:
            t = wdb(add_days(c.basis_date, -r.randint(800, 1500)))
            v = r.randrange(100000, 900000, 1000)
            buyer = w.person()
            if r.random() < 0.5:
                self.house(c.debtor, v, add_days(t, -r.randint(700, 3000)), end=t, to=buyer,
                           price=int(v * r.uniform(0.92, 1.05)))
            else:
                self.car(c.debtor, v // 4, add_days(t, -r.randint(300, 1500)), end=t, to=buyer,
                         price=int(v // 4 * r.uniform(0.9, 1.0)))
        # closed deposit accounts of debtors (closed before filing) and zero-balance accounts
        for c in cs[14:30]:
            if r.random() < 0.5:
                self.account(c.debtor, 0, add_days(c.filing, -r.randint(800, 3000)),
                             end=add_days(c.filing, -r.randint(30, 400)))
            else:
                self.account(c.debtor, 0, add_days(c.filing, -r.randint(800, 3000)))
        # applicants' property and trips (they are creditors, not debtors)
        apps = [c.applicant for c in bg if c.applicant.kind == "p"]
        r.shuffle(apps)
        for a in apps[:25]:
            x = r.random()
            if x < 0.4:
                self.house(a, r.randrange(400000, 2000000, 1000), D(2015, 1, 1) + dt.timedelta(days=r.randint(0, 3000)))
            elif x < 0.7:
                self.account(a, r.randrange(1000, 500000, 100), D(2015, 1, 1) + dt.timedelta(days=r.randint(0, 3000)))
            else:
                self.trip(a, D(2025, 1, 1) + dt.timedelta(days=r.randint(0, 680)), "航空",
                          "MU%04d" % r.randint(1000, 9999), "经济舱")
        # applicant companies' officers
        comps = [c.applicant for c in bg if c.applicant.kind == "c"]
        for a in comps[:30]:
            self.corp_role(w.person(age=(30, 60)), a, "法定代表人")
