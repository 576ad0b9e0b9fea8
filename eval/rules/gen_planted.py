"""Planted violations and near misses, one scenario per case, written from the articles
quoted in legal-brief.md part A (and the extra practice rules of the brief to this eval)."""
from lawcal import D, add_days, add_months, deadline_days, deadline_months, add_workdays, is_workday, roll
from model import TODAY, wd, fee
from gen_base import Gen, ALL_CH, NONE_FOUND, ZB_REASON, wdb, ceil100

PG = "PRIORITY-GROUP"


def d(s):
    return D(*map(int, s.split("-")))


class Planted(Gen):
    # ------------------------------------------------------------------ shapes
    def paid_case(self, F, court="A", N=None, Q=None, P=None, rep_date=None, report=True,
                  notice=True, channels=ALL_CH, tag="", start_kw=None, **kw):
        c = self.new(F, court=court, tag=tag or "planted", **kw)
        self.start(c, N=N, Q=Q, rep_date=rep_date, report=report, notice=notice,
                   channels=channels, **(start_kw or {}))
        if P is None:
            base = max([x for x in (c.N, c.Q, rep_date) if x] + [F])
            P = wd(add_days(base, 12))
        self.paid(c, P)
        return c

    def zb_case(self, F, Z, court="A", tag="", start_kw=None, zb_kw=None, **kw):
        c = self.new(F, court=court, tag=tag or "planted", **kw)
        self.start(c, **(start_kw or {}))
        self.zb(c, Z, **(zb_kw or {}))
        return c

    def open_case(self, F, court="A", tag="", start_kw=None, act=True, **kw):
        c = self.new(F, court=court, tag=tag or "planted", **kw)
        self.start(c, **(start_kw or {}))
        if act:
            self.recent_act(c)
        return c

    def elderly(self, birth):
        return self.w.person(birth=birth)

    # ================================================================== 财产查询
    def p_cx_notice(self):
        R = "CX-NOTICE-10D"
        # fire 1 (court B): day 11; applicant aged 76 -> PRIORITY-GROUP
        F = d("2025-04-07")
        assert is_workday(add_days(F, 10))
        c = self.paid_case(F, court="B", N=d("2025-04-18"), applicant=self.elderly(d("1950-03-02")))
        self.fire(R, c, "立案后第11日发出执行通知（期限末日2025-04-17为工作日）")
        self.fire(PG, c, "申请执行人年满70周岁且本案另有线索（CX-NOTICE-10D）")
        # fire 2: day 25; cause 劳务合同纠纷 is not 劳动争议 -> no PRIORITY-GROUP
        c = self.paid_case(d("2026-03-02"), N=d("2026-03-27"), cause="劳务合同纠纷",
                           applicant=self.w.person(age=(30, 50)))
        self.fire(R, c, "立案后第25日才发出执行通知")
        self.miss(PG, c, "劳务合同纠纷不是追索劳动报酬/劳动争议：不属优先保护群体")
        # fire 3: 10-day period ends 2024-10-03 (国庆) -> rolls to 2024-10-08; notice on 10-09
        F = d("2024-09-23")
        assert deadline_days(F, 10) == d("2024-10-08")
        c = self.paid_case(F, N=d("2024-10-09"))
        self.fire(R, c, "期限末日10-03逢国庆顺延至10-08，10-09发出：超一日")
        # fire 4: period ends on 2024-09-14, a 调休 Saturday workday -> no roll
        F = d("2024-09-04")
        assert add_days(F, 10) == d("2024-09-14") and is_workday(d("2024-09-14"))
        c = self.paid_case(F, N=d("2024-09-18"))
        self.fire(R, c, "期限末日2024-09-14为调休上班日不顺延，09-18发出逾期（若误作休息日则顺延至09-18）")
        # miss 1 (court B): exactly day 10
        c = self.paid_case(d("2025-04-07"), court="B", N=d("2025-04-17"))
        self.miss(R, c, "立案后第10日发出：恰在期限内")
        # miss 2: rolled deadline 2024-10-08
        c = self.paid_case(d("2024-09-23"), N=d("2024-10-08"))
        self.miss(R, c, "期限末日10-03逢国庆，顺延至10-08当日发出")
        # miss 3: period ends on an ordinary Saturday -> Monday
        F = d("2025-06-18")
        assert add_days(F, 10) == d("2025-06-28") and not is_workday(d("2025-06-28"))
        c = self.paid_case(F, N=d("2025-06-30"))
        self.miss(R, c, "期限末日06-28为周六（法定休假日），顺延至06-30周一发出")
        # miss 4: same day
        F = d("2026-01-12")
        c = self.paid_case(F, N=F)
        self.miss(R, c, "立案当日发出执行通知")

    def p_cx_report_order(self):
        R = "CX-REPORT-ORDER"
        F = d("2025-05-12")
        c = self.paid_case(F, N=d("2025-05-14"), report=False)
        self.fire(R, c, "金钱债权案件未发出报告财产令")
        c = self.paid_case(d("2025-07-07"), N=d("2025-07-09"), rep_date=d("2025-07-14"))
        self.fire(R, c, "报告财产令晚于执行通知5日单独发出")
        c = self.paid_case(d("2026-02-02"), N=d("2026-02-04"), rep_date=d("2026-02-05"))
        self.fire(R, c, "报告财产令晚于执行通知1日")
        # misses
        c = self.paid_case(d("2025-11-03"), N=d("2025-11-05"))
        for e in c.events:
            if e["kind"] == "执行通知":
                e["kind"] = "执行通知书"
            if e["kind"] == "报告财产令":
                e["kind"] = "财产报告令"
        self.miss(R, c, "同日发出（事件类型用同义词“执行通知书”“财产报告令”）")
        # non-money case: 排除妨害, no report order needed
        c = self.new(d("2025-08-04"), tag="planted", claim=0, cause="排除妨害纠纷")
        self.start(c, N=d("2025-08-06"), report=False)
        c.ev("现场调查", d("2025-08-20"), item="涉案通道", result="被执行人已拆除障碍物")
        c.close(d("2025-08-25"), "执行完毕")
        self.miss(R, c, "非金钱债权（排除妨害、执行标的为空）：无须报告财产令")
        c = self.paid_case(d("2025-03-03"), N=d("2025-03-05"), P=d("2025-05-20"))
        c.ev("报告财产令", d("2025-04-10"), end=d("2025-04-20"), item="责令补充报告（财产调查规定第七条）",
             result="已按期报告")
        self.miss(R, c, "首份报告财产令与执行通知同日，其后另发补充报告令")

    def p_cx_report_sanction(self):
        R, X = "CX-REPORT-SANCTION", "XY-WRONG-LIST"
        c = self.open_case(d("2026-06-15"), start_kw=dict(N=d("2026-06-17"), rep_res="逾期未报告"))
        self.fire(R, c, "逾期未报告财产逾30日，未罚款拘留亦未纳入失信")
        self.fire(X, c, "违反财产报告制度应纳入失信而未纳入（财产调查规定第十条）")
        c = self.open_case(d("2026-07-06"), start_kw=dict(N=d("2026-07-08"), rep_res="拒绝报告"))
        self.fire(R, c, "拒绝报告财产，未处罚未失信")
        self.fire(X, c, "拒绝报告应纳入失信而未纳入")
        c = self.open_case(d("2026-05-25"), start_kw=dict(N=d("2026-05-27"), rep_res="虚假报告"))
        self.fire(R, c, "虚假报告财产，未处罚未失信")
        self.fire(X, c, "虚假报告应纳入失信而未纳入")
        # misses
        c = self.open_case(d("2026-06-22"), start_kw=dict(N=d("2026-06-24"), rep_res="逾期未报告"))
        c.ev("罚款", d("2026-07-20"), amount=10000, note="逾期不报告财产")
        c.ev("失信", d("2026-07-20"), end=d("2028-07-20"), note="违反财产报告制度（失信规定第一条第（四）项），期限二年")
        self.xianxiao(c, d("2026-07-20"))
        self.miss(R, c, "已罚款并纳入失信")
        c = self.open_case(d("2026-07-13"), start_kw=dict(N=d("2026-07-15"), rep_res="拒绝报告"))
        c.ev("失信", d("2026-08-05"), end=d("2028-08-05"), note="违反财产报告制度（失信规定第一条第（四）项），期限二年")
        self.xianxiao(c, d("2026-08-05"))
        self.miss(R, c, "未罚款但已纳入失信（两者具备其一）")
        c = self.open_case(d("2026-10-19"), start_kw=dict(N=d("2026-10-23"), rep_res="逾期未报告"),
                           act=False)
        self.miss(R, c, "报告期限2026-11-02届满未满30日宽限")
        self.fire(X, c, "逾期报告即具失信情形，尚未纳入（失信无宽限期）")
        c = self.open_case(d("2026-06-29"), start_kw=dict(N=d("2026-07-01"), rep_res="已按期报告"))
        self.miss(R, c, "按期报告")

    def p_cx_clue(self):
        R = "CX-CLUE-7D"
        def clue_case(F, Z, clue, ver, urgent=False, vague=False, onsite_before=True, tagz=None):
            c = self.new(F, tag="planted")
            self.start(c)
            item = "被执行人名下商铺一间（嵊州市%s路%d号）" % (self.r.choice(["北直", "官河", "城南"]), self.r.randint(1, 300))
            if vague:
                item = "被执行人在外地做生意，可能有财产"
            note = "申请执行人填写财产调查表" + ("；情况紧急：被执行人正在出售该财产" if urgent else "")
            if vague:
                note = "线索不明确、不具体（未提供财产名称及所在地）"
            c.ev("财产线索", clue, item=item, note=note)
            if ver:
                c.ev("现场调查", ver, item=item, result="经核查，该财产登记在案外人名下，线索不属实")
            self.zb(c, Z, onsite_date=wdb(add_days(clue, -10)))
            return c
        c = clue_case(d("2026-01-12"), d("2026-06-15"), d("2026-03-02"), d("2026-03-12"))
        self.fire(R, c, "明确具体的线索第10日才核查（期限03-09）")
        c = clue_case(d("2026-02-09"), d("2026-07-20"), d("2026-04-07"), d("2026-04-13"), urgent=True)
        self.fire(R, c, "紧急线索应三日内核查，第6日核查")
        assert deadline_days(d("2025-09-24"), 7) == d("2025-10-09")
        c = clue_case(d("2025-08-04"), d("2025-12-15"), d("2025-09-24"), d("2025-10-10"))
        self.fire(R, c, "期限末日10-01逢国庆顺延至10-09，10-10核查：超一日")
        c = clue_case(d("2025-03-03"), d("2025-08-20"), d("2025-05-06"), None)
        self.fire(R, c, "线索始终未核查即终本")
        self.fire("ZB-INVEST", c, "申请执行人线索未核查即终本（终本规定第三条）")
        c = clue_case(d("2026-01-19"), d("2026-06-22"), d("2026-03-04"), d("2026-03-11"))
        self.miss(R, c, "第7日核查")
        c = clue_case(d("2025-08-11"), d("2025-12-22"), d("2025-09-24"), d("2025-10-09"))
        self.miss(R, c, "期限顺延至10-09当日核查")
        c = clue_case(d("2026-02-02"), d("2026-07-06"), d("2026-04-13"), d("2026-04-16"), urgent=True)
        self.miss(R, c, "紧急线索第3日核查")
        c = clue_case(d("2026-01-05"), d("2026-06-08"), d("2026-03-02"), d("2026-03-23"), vague=True)
        self.miss(R, c, "线索不明确具体，不适用七日核查期限")

    def p_cx_netquery(self):
        R = "CX-NETQUERY"
        F = d("2026-03-02")
        assert is_workday(add_days(F, 30))
        c = self.paid_case(F, Q=d("2026-04-02"), P=d("2026-05-11"))
        self.fire(R, c, "立案后第31日才首次网络查控")
        c = self.paid_case(d("2025-10-13"), channels="存款、车辆")
        self.fire(R, c, "查控仅存款、车辆，缺不动产、有价证券")
        c = self.new(d("2026-09-21"), tag="planted")
        self.start(c, N=d("2026-09-23"), channels=None)
        self.fire(R, c, "立案55日未进行网络查控（未结）")
        F = d("2025-09-01")
        assert deadline_days(F, 30) == d("2025-10-09")
        c = self.paid_case(F, Q=d("2025-10-10"), P=d("2025-11-03"))
        self.fire(R, c, "30日末日10-01逢国庆顺延至10-09，10-10查控：超一日")
        c = self.paid_case(d("2026-03-02"), Q=d("2026-04-01"), P=d("2026-05-11"))
        self.miss(R, c, "立案后第30日查控")
        c = self.paid_case(d("2025-09-01"), Q=d("2025-10-09"), P=d("2025-11-03"))
        self.miss(R, c, "顺延后末日10-09查控")
        c = self.paid_case(d("2025-11-10"), Q=d("2025-11-12"), channels="存款、车辆")
        c.ev("网络查控", d("2025-11-14"), item="不动产、有价证券、股权、公积金", result=NONE_FOUND)
        self.miss(R, c, "两次查控合计覆盖全部核心渠道")
        c = self.new(d("2026-10-26"), tag="planted")
        self.start(c, N=d("2026-10-28"), channels=None)
        self.miss(R, c, "立案20日尚未查控，期限未届满")

    # ================================================================== 财产控制
    def p_kz_control_delay(self):
        R = "KZ-CONTROL-DELAY"
        w = self.w
        def dep_paid(F, Q, freeze, amount, close_paid=True, claim=None):
            c = self.new(F, tag="planted", claim=claim or amount)
            self.start(c, Q=Q, qres="发现：银行存款（越州商业银行嵊州支行）余额%s元" % format(amount, ","))
            item = "银行存款（越州商业银行嵊州支行 账号62%012d）" % self.r.randint(0, 10 ** 12)
            c.ev("冻结", freeze, item=item, amount=amount, value=amount, end=add_days(add_months(freeze, 12), -1))
            P = wd(add_days(freeze, 5))
            c.ev("案款到账", P, amount=amount, note="划拨存款")
            P2 = wd(add_days(P, 7))
            c.ev("案款发放", P2, amount=amount, buyer=c.applicant.name, buyer_id=c.applicant.id)
            c.ev("解封", P2, item=item, note="划拨完毕，解除冻结")
            if close_paid:
                c.close(wd(add_days(P2, 2)), "执行完毕")
                c.paid = c.claim
            return c, P2
        c, P2 = dep_paid(d("2026-02-02"), d("2026-02-04"), d("2026-02-14"), 86000, close_paid=False, claim=200000)
        c.paid = 86000
        self.zb(c, d("2026-06-10"), onsite_date=d("2026-03-02"))
        self.fire(R, c, "发现存款后第10日才冻结（期限02-11）")
        # fire 2: vehicle found, never seized; open
        dbt = w.person()
        car = self.car(dbt, 120000, d("2022-05-10"))
        c = self.open_case(d("2026-06-01"), debtors=[dbt],
                           start_kw=dict(Q=d("2026-06-03"), qres="发现：小型轿车一辆（%s）" % car["item"]))
        self.fire(R, c, "查控发现车辆，至今未查封扣押")
        # fire 3: real estate found, sold by the debtor before any seizure
        dbt = w.person()
        h = self.house(dbt, 1000000, d("2019-04-02"), end=d("2025-05-20"), to=w.person(), price=980000)
        c = self.new(d("2025-05-06"), tag="planted", debtors=[dbt], claim=400000)
        self.start(c, Q=d("2025-05-08"), qres="发现：不动产一处（%s）" % h["item"])
        self.zb(c, d("2025-09-22"))
        self.fire(R, c, "发现不动产后未查封，被执行人于05-20过户他人（财产流失）")
        # fire 4: 7-day period ends in 国庆 -> 10-09; frozen 10-10
        assert deadline_days(d("2025-09-26"), 7) == d("2025-10-09")
        c, _ = dep_paid(d("2025-09-22"), d("2025-09-26"), d("2025-10-10"), 52000)
        self.fire(R, c, "7日末日10-03逢国庆顺延至10-09，10-10冻结：超一日")
        # misses
        c, _ = dep_paid(d("2026-03-02"), d("2026-03-04"), d("2026-03-11"), 64000)
        self.miss(R, c, "发现后第7日冻结")
        c, _ = dep_paid(d("2025-09-22"), d("2025-09-26"), d("2025-10-09"), 47000)
        self.miss(R, c, "顺延后末日10-09冻结")
        dbt = w.person()
        h = self.house(dbt, 900000, d("2018-08-08"))
        c = self.open_case(d("2026-07-01"), debtors=[dbt], claim=300000,
                           start_kw=dict(Q=d("2026-07-06"), qres="发现：不动产一处（%s），已被他院首先查封" % h["item"]))
        c.ev("轮候查封", d("2026-07-08"), item=h["item"], value=900000, end=d("2029-07-07"))
        self.miss(R, c, "他院已首封，本院次日轮候查封（已控制）")
        dbt = w.person()
        twin = w.person(name=dbt.name, unique=False)
        self.car(twin, 150000, d("2023-03-03"))
        c = self.open_case(d("2026-08-10"), debtors=[dbt])
        self.miss(R, c, "登记车辆属同名不同证件号之人，非被执行人财产")

    def dep_item(self):
        return "银行存款（%s 账号62%012d）" % (self.r.choice(["越州商业银行嵊州支行", "剡溪农商银行城关支行",
                                                      "四明银行绍兴分行"]), self.r.randint(0, 10 ** 12))

    def house_item(self):
        return "浙江省嵊州市%s%s%d幢%d室" % (self.r.choice(["剡湖街道", "三江街道", "鹿山街道"]),
                                      self.r.choice(["锦绣苑", "江南名城", "剡溪花园", "越秀园"]),
                                      self.r.randint(1, 40), self.r.randint(101, 2602))

    def open_ctl(self, F, ctl, claim, debtor=None, found="发现：%s", **kw):
        """Open recent case: query finds the listed property, controls follow on day 2-3."""
        dbt = debtor or self.w.person()
        c = self.new(F, tag="planted", debtors=[dbt], claim=claim, **kw)
        self.start(c, qres=found % "、".join(x[1] for x in ctl))
        t = wd(add_days(c.Q, 2))
        for kind, item, fields in ctl:
            c.ev(kind, t, item=item, **fields)
        self.recent_act(c)
        return c

    def p_kz_overseize(self):
        R = "KZ-OVERSEIZE"
        yr = lambda t, n: add_days(add_months(t, 12 * n), -1)
        c = self.open_ctl(d("2026-08-03"), [
            ("冻结", self.dep_item(), dict(amount=200000, value=200000, end=d("2027-08-01"))),
            ("冻结", self.dep_item(), dict(amount=200000, value=200000, end=d("2027-08-01"))),
            ("查封", self.w.plate(), dict(value=150000, end=d("2028-08-01")))], 200000)
        self.fire(R, c, "债权20万元，冻结两户各20万元并查封车辆15万元（合计55万元>1.5倍）")
        c = self.open_ctl(d("2026-07-13"), [("查封", self.house_item(), dict(value=400000, indivisible="是", end=d("2029-07-14"))) for _ in range(3)], 150000)
        self.fire(R, c, "债权15万元，查封三套各值40万元的房产（多项财产可解除部分）")
        c = self.open_ctl(d("2026-09-07"), [("冻结", self.dep_item(), dict(amount=800000, value=900000, end=d("2027-09-08")))], 100000)
        self.fire(R, c, "债权10万元，冻结存款80万元（可分之物）")
        c = self.open_ctl(d("2026-06-29"), [
            ("查封", self.house_item(), dict(value=1500000, priority=200000, indivisible="是", end=d("2029-06-30"))),
            ("冻结", self.dep_item(), dict(amount=300000, value=300000, end=d("2027-06-30")))], 300000)
        self.fire(R, c, "债权30万元：已冻结存款30万元足额，另查封净值130万元房产")
        # misses
        c = self.open_ctl(d("2026-07-20"), [("查封", self.house_item(), dict(value=900000, indivisible="是", end=d("2029-07-21")))], 200000)
        self.miss(R, c, "唯一财产为不可分物（房产90万元）且无其他财产（查封规定第十九条但书）")
        c = self.open_ctl(d("2026-08-17"), [("查封", self.house_item(), dict(value=800000, priority=600000, indivisible="是", end=d("2029-08-18")))], 200000)
        self.miss(R, c, "房产80万元扣除抵押债权60万元，净值20万元与债权相当")
        c = self.open_ctl(d("2026-09-14"), [
            ("冻结", self.dep_item(), dict(amount=300000, value=300000, end=d("2027-09-15"))),
            ("查封", self.w.plate(), dict(value=150000, end=d("2028-09-15")))], 300000)
        self.miss(R, c, "控制财产45万元恰为债权30万元的1.5倍，不超过")
        it2 = self.dep_item()
        c = self.open_ctl(d("2026-08-24"), [
            ("冻结", self.dep_item(), dict(amount=100000, value=100000, end=d("2027-08-25"))),
            ("冻结", it2, dict(amount=100000, value=100000, end=d("2027-08-25")))], 100000)
        t = [e for e in c.events if e.get("item") == it2][0]["date"]
        c.ev("解封", wd(add_days(t, 3)), item=it2, note="超标的部分及时解除冻结")
        self.miss(R, c, "重复冻结的超额部分三日内即解除（查封规定第十九条“及时解除”）")

    def p_kz_expiry(self):
        R = "KZ-EXPIRY"
        def zb_with_seizure(F, S, end, Z, kind="查封", value=700000, obstacle=None, item=None, priority=None, court="A"):
            dbt = self.w.person()
            item = item or self.house(dbt, value, d("2017-06-06"))["item"]
            c = self.new(F, court=court, tag="planted", debtors=[dbt], claim=300000)
            self.start(c, Q=wd(add_days(F, 2)), qres="发现：%s" % item)
            c.ev(kind, S, item=item, value=value, end=end, priority=priority,
                 indivisible="是", obstacle=obstacle)
            self.zb(c, Z)
            return c, item
        c, it = zb_with_seizure(d("2023-03-06"), d("2023-03-13"), d("2026-03-12"), d("2023-07-20"),
                                obstacle="案外人提起执行异议之诉，权属争议未决", court="B")
        self.fire(R, c, "终本案件查封不动产2026-03-12届满未续封（债务未清偿）")
        c = self.new(d("2026-05-11"), tag="planted", claim=200000)
        self.start(c, Q=d("2026-05-13"), qres="发现：银行存款余额5万元")
        it = self.dep_item()
        c.ev("冻结", d("2026-05-14"), item=it, amount=50000, value=50000, end=d("2026-11-13"))
        c.ev("延长期限批准", d("2026-10-20"), end=d("2027-05-11"), note="院长批准延长执行期限")
        self.recent_act(c, d("2026-10-27"))
        self.fire(R, c, "冻结存款（期限至2026-11-13，周五）届满未续冻")
        c, it = zb_with_seizure(d("2023-06-01"), d("2023-06-05"), d("2026-06-04"), d("2023-10-16"),
                                obstacle="被执行人及其所扶养家属唯一生活必需住房，可查封不得拍卖（查封规定第四条）")
        c.ev("续封", d("2026-06-15"), item=it, end=d("2029-06-14"))
        self.fire(R, c, "查封06-04届满后06-15才续封：中间失效（查封规定第二十七条）")
        c, it = zb_with_seizure(d("2023-07-24"), d("2023-08-01"), d("2026-07-31"), d("2023-12-11"),
                                kind="冻结", item="嵊州剡溪五金有限公司30%股权", value=600000, priority=650000,
                                obstacle="股权已出质，质权人优先受偿债权超过股权价值")
        self.fire(R, c, "冻结股权三年期满（2026-07-31）未续冻")
        # misses
        c, it = zb_with_seizure(d("2023-03-06"), d("2023-03-13"), d("2026-03-12"), d("2023-07-24"),
                                obstacle="案外人提起执行异议之诉，权属争议未决", court="B")
        c.ev("续封", d("2026-03-10"), item=it, end=d("2029-03-09"))
        self.miss(R, c, "届满前两日续封")
        c, it = zb_with_seizure(d("2023-04-03"), d("2023-04-10"), d("2026-04-09"), d("2023-08-21"),
                                obstacle="案外人提起执行异议之诉，权属争议未决")
        c.ev("续封", d("2026-04-09"), item=it, end=d("2029-04-08"))
        self.miss(R, c, "届满当日（04-09）办理续封：仍在期限内")
        c, it = zb_with_seizure(d("2023-12-04"), d("2023-12-07"), d("2026-12-06"), d("2024-04-15"),
                                obstacle="被执行人及其所扶养家属唯一生活必需住房，可查封不得拍卖（查封规定第四条）")
        self.fire(R, c, "查封将于2026-12-06届满（距今21日，不足30日）尚未续封（预警）")
        c, it = zb_with_seizure(d("2023-12-18"), d("2023-12-21"), d("2026-12-20"), d("2024-04-29"),
                                obstacle="被执行人及其所扶养家属唯一生活必需住房，可查封不得拍卖（查封规定第四条）")
        self.miss(R, c, "查封2026-12-20届满，距今35日，尚未进入30日预警期")
        c, it = zb_with_seizure(d("2023-05-04"), d("2023-05-08"), d("2026-05-07"), d("2023-09-18"),
                                obstacle="案外人执行异议审查中")
        c.ev("解封", d("2025-02-10"), item=it, note="案外人执行异议成立，解除查封")
        self.miss(R, c, "届满前已依法解除查封")
        dbt = self.w.person()
        c = self.new(d("2024-03-04"), tag="planted", debtors=[dbt], claim=80000)
        self.start(c, Q=d("2024-03-06"), qres="发现：银行存款")
        c.ev("冻结", d("2024-03-08"), item=self.dep_item(), amount=80000, value=30000, end=d("2025-03-07"))
        self.paid(c, d("2024-04-15"))
        self.miss(R, c, "案件已执行完毕，冻结到期无须续冻")

    def p_kz_paper_vehicle(self):
        R = "KZ-PAPER-VEHICLE"
        def veh_case(F, S, Z, koya=None, obstacle=None, kind="查封", dispose=None, value=80000, claim=200000):
            dbt = self.w.person()
            car = self.car(dbt, value, d("2021-04-12"))
            item = car["item"]
            c = self.new(F, tag="planted", debtors=[dbt], claim=claim)
            self.start(c, Q=wd(add_days(F, 2)), qres="发现：%s" % item)
            c.ev(kind, S, item=item, value=value, end=add_days(add_months(S, 24), -1), obstacle=obstacle)
            if koya:
                c.ev("扣押", koya, item=item, value=value)
            if dispose:
                dispose(c, item, car)
            self.zb(c, Z)
            return c
        c = veh_case(d("2025-03-03"), d("2025-03-10"), d("2025-07-21"), obstacle="车辆下落不明，未能实际扣押（终本规定第四条第二项）")
        self.fire(R, c, "车辆仅登记查封，60日内未扣押即终本（纸面查封）")

        def fail_twice(c, item, car, t0):
            V = wd(add_days(t0, 5))
            c.ev("评估", V, item=item, value=80000)
            A1 = wd(add_days(V, 5))
            s1 = add_days(A1, 18)
            c.ev("拍卖公告", A1, item=item, value=80000, price=56000, round="1", platform="人民法院诉讼资产网",
                 note="竞价时间：%s 10:00 至 %s 10:00" % (s1, add_days(s1, 1)))
            c.ev("流拍", add_days(s1, 1), item=item, price=56000, round="1")
            A2 = wd(add_days(s1, 10))
            s2 = add_days(A2, 9)
            c.ev("拍卖公告", A2, item=item, value=80000, price=44800, round="2", platform="人民法院诉讼资产网",
                 note="竞价时间：%s 10:00 至 %s 10:00" % (s2, add_days(s2, 1)))
            c.ev("流拍", add_days(s2, 1), item=item, price=44800, round="2")
            c.ev("以物抵债", wd(add_days(s2, 4)), item=item, price=44800, result="申请执行人不同意以物抵债",
                 obstacle="两次流拍，申请执行人不接受抵债（终本规定第四条第一项）")
            c.ev("解封", wd(add_days(s2, 8)), item=item, note="解除查封扣押，退还被执行人（拍卖变卖规定第二十四条）")
            return add_days(s2, 8)
        assert deadline_days(d("2025-08-04"), 60) == d("2025-10-09")
        c = veh_case(d("2025-07-28"), d("2025-08-04"), d("2026-01-12"), koya=d("2025-10-10"),
                     dispose=lambda c, it, car: fail_twice(c, it, car, d("2025-10-10")))
        self.fire(R, c, "查封后60日末日10-03逢国庆顺延至10-09，10-10才扣押")
        c = veh_case(d("2026-05-18"), d("2026-05-20"), d("2026-09-21"))
        self.fire(R, c, "车辆查封后未扣押、未记录处置障碍即终本")
        self.fire("ZB-SEIZED", c, "查封车辆未扣押、未处置，亦无不能处置记录即终本")
        self.fire("ZB-PROPERTY", c, "终本时被执行人名下车辆（已查封）未处置")
        # misses
        def sold(c, item, car):
            c.ev("评估", d("2025-08-11"), item=item, value=75000)
            c.ev("拍卖公告", d("2025-08-15"), item=item, value=75000, price=60000, round="1",
                 platform="人民法院诉讼资产网", note="竞价时间：2025-09-02 10:00 至 2025-09-03 10:00")
            b = self.w.person()
            c.ev("拍卖", d("2025-09-03"), item=item, deal=60000, buyer=b.name, buyer_id=b.id, round="1",
                 platform="人民法院诉讼资产网", result="成交")
            car["end"], car["to"], car["to_id"], car["price"] = d("2025-09-22"), b.name, b.id, 60000
            c.ev("案款到账", d("2025-09-10"), amount=60000, note="拍卖价款")
            c.ev("案款发放", d("2025-09-19"), amount=60000, buyer=c.applicant.name, buyer_id=c.applicant.id)
            c.ev("解封", d("2025-09-15"), item=item, note="拍卖成交，解除查封扣押")
            c.paid = 60000
        assert add_days(d("2025-06-02"), 60) == d("2025-08-01") and is_workday(d("2025-08-01"))
        c = veh_case(d("2025-05-26"), d("2025-06-02"), d("2025-11-10"), koya=d("2025-08-01"), dispose=sold, value=75000)
        self.miss(R, c, "查封后第60日扣押，拍卖成交后余额终本")
        c = veh_case(d("2025-07-28"), d("2025-08-04"), d("2026-01-12"), koya=d("2025-10-09"),
                     dispose=lambda c, it, car: fail_twice(c, it, car, d("2025-10-09")))
        self.miss(R, c, "60日顺延至10-09当日扣押，两次流拍、申请人拒绝抵债后解封终本")
        c = veh_case(d("2025-04-07"), d("2025-04-14"), d("2025-08-25"), kind="轮候查封")
        self.miss(R, c, "轮候查封（非首封），扣押由首封法院负责")
        dbt = self.w.person()
        car = self.car(dbt, 90000, d("2020-09-09"))
        c = self.open_ctl(d("2026-06-24"), [("查封", car["item"], dict(value=90000, end=d("2028-06-30")))], 100000, debtor=dbt)
        self.miss(R, c, "未结案件车辆查封未满处置期（非终本）")

    def p_kz_exempt(self):
        R = "KZ-EXEMPT"
        c = self.open_ctl(d("2026-08-03"), [("扣押", "被执行人家中生活所必需的衣服、家具、炊具、餐具", dict(value=8000))], 60000)
        self.fire(R, c, "扣押生活必需的衣服家具炊具餐具（查封规定第三条第一项）")
        c = self.open_ctl(d("2026-07-27"), [("冻结", "最低生活保障金账户存款（低保金专户）", dict(amount=3000, value=3000, end=d("2027-07-28")))], 50000)
        self.fire(R, c, "冻结最低生活保障金（第三条第二项）")
        c = self.open_ctl(d("2026-09-07"), [("扣押", "被执行人使用的电动轮椅（身体缺陷所必需的辅助工具）", dict(value=12000))], 40000)
        self.fire(R, c, "扣押残疾辅助工具（第三条第五项）")
        dbt = self.w.person()
        h = self.house(dbt, 600000, d("2012-05-05"))
        c = self.new(d("2026-05-18"), tag="planted", debtors=[dbt], claim=300000)
        self.start(c, Q=d("2026-05-20"), qres="发现：不动产一处（%s）" % h["item"])
        c.ev("查封", d("2026-05-22"), item=h["item"], value=600000, indivisible="是", end=d("2029-05-21"),
             note="被执行人及其所扶养家属唯一生活必需住房")
        c.ev("评估", d("2026-06-19"), item=h["item"], value=600000)
        c.ev("拍卖公告", d("2026-10-19"), item=h["item"], value=600000, price=420000, round="1",
             platform="人民法院诉讼资产网", note="竞价时间：2026-11-30 10:00 至 2026-12-01 10:00")
        self.fire(R, c, "拍卖被执行人唯一生活必需住房（查封规定第四条：可查封不得拍卖）")
        # misses
        dbt = self.w.person()
        h = self.house(dbt, 500000, d("2011-05-05"))
        c = self.open_ctl(d("2026-07-06"), [("查封", h["item"], dict(value=500000, indivisible="是", end=d("2029-07-07"),
                                                                 note="被执行人及其所扶养家属唯一生活必需住房"))], 200000, debtor=dbt)
        self.miss(R, c, "唯一住房仅查封、未拍卖（第四条允许查封）")
        dbt = self.w.person()
        h = self.house(dbt, 700000, d("2013-05-05"))
        c = self.new(d("2026-05-25"), tag="planted", debtors=[dbt], claim=300000)
        self.start(c, Q=d("2026-05-27"), qres="发现：不动产一处（%s）" % h["item"])
        c.ev("查封", d("2026-05-28"), item=h["item"], value=700000, indivisible="是", end=d("2029-05-27"),
             note="被执行人唯一住房")
        c.ev("评估", d("2026-06-24"), item=h["item"], value=700000)
        c.ev("拍卖公告", d("2026-10-12"), item=h["item"], value=700000, price=490000, round="1",
             platform="人民法院诉讼资产网",
             note="竞价时间：2026-11-23 10:00 至 2026-11-24 10:00；申请执行人同意从变价款中扣除五年租金（执行异议复议规定第二十条第一款第三项）")
        self.miss(R, c, "唯一住房，但申请执行人同意扣除五至八年租金（执行异议复议规定第二十条）")
        c = self.open_ctl(d("2026-08-31"), [("扣押", "红木家具一套（非生活必需的高档家具）", dict(value=260000))], 200000)
        self.miss(R, c, "超出生活必需的高档家具可以执行（查封规定第五条）")
        c = self.open_ctl(d("2026-09-21"), [("冻结", self.dep_item(), dict(amount=30000, value=30000, end=d("2027-09-22")))], 90000)
        self.miss(R, c, "冻结普通储蓄存款")

    # ================================================================== 财产处置
    def auction_case(self, F, value, rounds, claim, debtor=None, movable=False, buyer=None,
                     after=None, court="A", priority=None, applicant=None, first_gap=12,
                     close=True, S=None, valued=True, note1=None):
        """rounds: list of dicts price, gap (days from the previous failure / valuation to
        the 公告), lead (days from 公告 to the start of bidding), outcome ('流拍' | '成交' |
        None = announced, bidding still to come), platform."""
        w = self.w
        dbt = debtor or w.person()
        if movable:
            reg = self.car(dbt, value, d("2021-06-01"))
            item = reg["item"]
        else:
            reg = self.house(dbt, value, d("2014-09-09"))
            item = reg["item"]
        c = self.new(F, court=court, tag="planted", debtors=[dbt], claim=claim, applicant=applicant)
        Q = wd(add_days(F, 2))
        self.start(c, Q=Q, qres="发现：%s" % item)
        S = S or wd(add_days(Q, 1))
        c.ev("查封", S, item=item, value=value, indivisible="是", priority=priority,
             end=add_days(add_months(S, 24 if movable else 36), -1))
        if movable:
            c.ev("扣押", S, item=item, value=value)
        t = wd(add_days(S, 8))
        if valued:
            c.ev("评估", t, item=item, value=value)
        sale = None
        for i, rd in enumerate(rounds, 1):
            A = rd.get("A") or wd(add_days(t, rd.get("gap", first_gap if i == 1 else 10)))
            start = rd.get("start") or add_days(A, rd.get("lead", 32 if not movable else 17))
            note = "竞价时间：%s 10:00 至 %s 10:00" % (start, add_days(start, 1))
            if i == 1 and note1:
                note += "；" + note1
            if rd.get("note"):
                note += "；" + rd["note"]
            c.ev("拍卖公告", A, item=item, value=value, price=rd["price"], round=str(i),
                 platform=rd.get("platform", "人民法院诉讼资产网"), priority=priority, note=note)
            R = add_days(start, 1)
            out = rd.get("outcome", "流拍")
            if out == "流拍":
                c.ev("流拍", R, item=item, price=rd["price"], round=str(i))
                t = R
            elif out == "成交":
                b = rd.get("buyer") or buyer or w.person()
                deal = rd.get("deal", rd["price"])
                c.ev("拍卖", R, item=item, deal=deal, buyer=b.name, buyer_id=b.id, round=str(i),
                     platform=rd.get("platform", "人民法院诉讼资产网"), result="成交")
                reg["end"], reg["to"], reg["to_id"], reg["price"] = wd(add_days(R, 20)), b.name, b.id, deal
                sale = (R, deal)
                t = R
            else:
                t = R
        if sale and close:
            R, deal = sale
            net = deal - (priority or 0)
            P = wd(add_days(R, 6))
            c.ev("案款到账", P, amount=deal, note="拍卖价款")
            P2 = wd(add_days(P, 8))
            if priority:
                pl = wd(add_days(P, 2))
                c.ev("分配方案", pl, note="优先受偿债权人与申请执行人；已送达各债权人和被执行人")
                P2 = wd(add_days(pl, 17))
                pb = w.company(name=None)
                c.ev("案款发放", P2, amount=priority, buyer=pb.name, buyer_id=pb.id, note="抵押权人优先受偿")
            if net > 0:
                c.ev("案款发放", P2, amount=min(net, claim), buyer=c.applicant.name, buyer_id=c.applicant.id)
            c.ev("解封", wd(add_days(R, 12)), item=item, note="拍卖成交，解除查封并协助过户")
            if net >= claim:
                c.close(wd(add_days(P2, 2)), "执行完毕")
                c.paid = claim
            else:
                c.paid = max(0, net)
        c.item = item
        c.reg_row = reg
        if after:
            after(c)
        return c

    def p_cz_idle(self):
        R = "CZ-IDLE"
        dbt = self.w.person()
        h = self.house(dbt, 800000, d("2015-03-03"))
        c = self.new(d("2026-02-02"), tag="planted", debtors=[dbt], claim=400000)
        self.start(c, Q=d("2026-02-04"), qres="发现：%s" % h["item"])
        c.ev("查封", d("2026-02-09"), item=h["item"], value=800000, indivisible="是", end=d("2029-02-08"))
        c.ev("延长期限批准", d("2026-07-20"), end=d("2027-02-02"), note="院长批准延长执行期限")
        self.recent_act(c, d("2026-10-09"))
        self.fire(R, c, "查封房产后279日未评估、未拍卖")
        dbt = self.w.person()
        car = self.car(dbt, 150000, d("2022-03-03"))
        it = car["item"]
        c = self.new(d("2026-04-13"), tag="planted", debtors=[dbt], claim=200000)
        self.start(c, Q=d("2026-04-15"), qres="发现：%s" % it)
        c.ev("查封", d("2026-04-20"), item=it, value=150000, end=d("2028-04-19"))
        c.ev("扣押", d("2026-04-20"), item=it, value=150000)
        c.ev("延长期限批准", d("2026-09-28"), end=d("2027-04-13"), note="院长批准延长执行期限")
        self.recent_act(c, d("2026-10-20"))
        self.fire(R, c, "扣押车辆后209日未评估、未拍卖")
        S = d("2025-03-03")
        while not (is_workday(S) and is_workday(add_days(S, 180)) and is_workday(add_days(S, 181))):
            S = add_days(S, 1)
        for off, e in ((181, True), (180, False)):
            if not e:
                S = add_days(S, 7)
                while not (is_workday(S) and is_workday(add_days(S, 180)) and is_workday(add_days(S, 181))):
                    S = add_days(S, 1)
            dbt = self.w.person()
            h = self.house(dbt, 700000, d("2016-03-03"))
            F = wdb(add_days(S, -5))
            c = self.new(F, tag="planted", debtors=[dbt], claim=300000)
            self.start(c, N=wd(add_days(F, 1)), Q=wdb(add_days(S, -1)), qres="发现：%s" % h["item"])
            c.ev("查封", S, item=h["item"], value=700000, indivisible="是", end=add_days(add_months(S, 36), -1))
            c.ev("延长期限批准", wdb(add_days(add_months(F, 6), -20)), end=add_months(F, 12), note="院长批准延长执行期限")
            V = add_days(S, off)
            c.ev("评估", V, item=h["item"], value=700000)
            A = wd(add_days(V, 8))
            st = add_days(A, 32)
            c.ev("拍卖公告", A, item=h["item"], value=700000, price=560000, round="1", platform="人民法院诉讼资产网",
                 note="竞价时间：%s 10:00 至 %s 10:00" % (st, add_days(st, 1)))
            b = self.w.person()
            R2 = add_days(st, 1)
            c.ev("拍卖", R2, item=h["item"], deal=566000, buyer=b.name, buyer_id=b.id, round="1", result="成交",
                 platform="人民法院诉讼资产网")
            h["end"], h["to"], h["to_id"], h["price"] = wd(add_days(R2, 20)), b.name, b.id, 566000
            c.ev("解封", wd(add_days(R2, 12)), item=h["item"], note="拍卖成交")
            c.ev("案款到账", wd(add_days(R2, 6)), amount=566000, note="拍卖价款")
            c.ev("案款发放", wd(add_days(R2, 14)), amount=300000, buyer=c.applicant.name, buyer_id=c.applicant.id)
            c.close(wd(add_days(R2, 16)), "执行完毕")
            c.paid = 300000
            if e:
                self.fire(R, c, "查封%s后第181日才评估（180日末日为工作日，不顺延）" % S)
            else:
                self.miss(R, c, "查封%s后第180日启动评估" % S)
        dbt = self.w.person()
        h = self.house(dbt, 900000, d("2014-03-03"))
        c = self.new(d("2026-01-12"), tag="planted", debtors=[dbt], claim=400000)
        self.start(c, Q=d("2026-01-14"), qres="发现：%s" % h["item"])
        c.ev("查封", d("2026-01-16"), item=h["item"], value=900000, indivisible="是", end=d("2029-01-15"))
        c.ev("中止", d("2026-03-02"), note="案外人提起执行异议之诉，中止对该房产的执行")
        self.miss(R, c, "查封后因案外人执行异议之诉中止执行，至今未恢复")
        self.miss("XJ-IDLE", c, "中止执行期间")
        dbt = self.w.person()
        h = self.house(dbt, 500000, d("2012-03-03"))
        c = self.new(d("2025-06-09"), tag="planted", debtors=[dbt], claim=300000)
        self.start(c, Q=d("2025-06-11"), qres="发现：%s" % h["item"])
        c.ev("查封", d("2025-06-12"), item=h["item"], value=500000, indivisible="是", end=d("2028-06-11"),
             obstacle="被执行人及其所扶养家属唯一生活必需住房，可查封不得拍卖（查封规定第四条）")
        self.zb(c, d("2025-10-20"))
        self.miss(R, c, "查封房产为唯一生活必需住房，不得拍卖（处置障碍）")
        dbt = self.w.person()
        h = self.house(dbt, 600000, d("2013-03-03"))
        c = self.open_ctl(d("2026-05-27"), [("查封", h["item"], dict(value=600000, indivisible="是", end=d("2029-05-31")))], 300000, debtor=dbt)
        self.miss(R, c, "查封不足180日")

    def p_cz_startprice(self):
        R = "CZ-STARTPRICE-70"
        c = self.auction_case(d("2025-03-03"), 1000000, [dict(price=690000, outcome="成交", deal=735000)], 500000)
        self.fire(R, c, "首拍起拍价69万元，低于评估价100万元的70%")
        c = self.auction_case(d("2025-06-02"), 500000, [dict(price=250000, outcome="成交", deal=262000)], 200000)
        self.fire(R, c, "首拍起拍价为评估价的50%")
        c = self.auction_case(d("2026-04-07"), 1000000, [dict(price=699999, outcome="成交", deal=701000)], 450000)
        self.fire(R, c, "首拍起拍价699,999元：差1元未达70%")
        c = self.auction_case(d("2025-09-08"), 1000000, [dict(price=700000, outcome="成交", deal=712000)], 500000)
        self.miss(R, c, "起拍价恰为评估价70%")
        c = self.auction_case(d("2024-10-14"), 800000, [dict(price=680000, outcome="成交", deal=690000)], 400000)
        self.miss(R, c, "起拍价为评估价85%")
        c = self.auction_case(d("2025-02-10"), 1000000, [dict(price=700000), dict(price=560000, gap=12, lead=16, outcome="成交", deal=575000)], 400000)
        self.miss(R, c, "二拍起拍价56万元（评估价56%）：第二轮以前次起拍价为基准，不适用70%")
        c = self.auction_case(d("2025-11-10"), 300000, [dict(price=210000, outcome="成交", deal=221000)], 150000,
                              valued=False, note1="未作评估，参照市价30万元确定起拍价并征询当事人意见")
        self.miss(R, c, "未评估，起拍价为市价70%（网拍规定第十条）")

    def p_cz_discount(self):
        R = "CZ-DISCOUNT-20"
        c = self.auction_case(d("2025-04-07"), 1250000, [dict(price=1000000), dict(price=790000, lead=17, outcome="成交", deal=795000)], 500000)
        self.fire(R, c, "二拍起拍价降幅21%")
        c = self.auction_case(d("2025-06-16"), 1250000, [dict(price=1000000), dict(price=799999, lead=17, outcome="成交", deal=800000)], 500000)
        self.fire(R, c, "二拍降幅20.0001%（差1元）")
        c = self.auction_case(d("2026-03-09"), 1000000, [dict(price=800000), dict(price=600000, lead=17, outcome="成交", deal=611000)], 400000)
        self.fire(R, c, "二拍降幅25%")
        c = self.auction_case(d("2025-05-12"), 1250000, [dict(price=1000000), dict(price=800000, lead=17, outcome="成交", deal=805000)], 500000)
        self.miss(R, c, "二拍降幅恰为20%")
        c = self.auction_case(d("2025-10-13"), 1000000, [dict(price=900000), dict(price=765000, lead=17, outcome="成交", deal=770000)], 400000)
        self.miss(R, c, "二拍降幅15%")
        def sell_off(c):
            it = c.item
            fails = [e for e in c.events if e["kind"] == "流拍"]
            t = wd(add_days(fails[-1]["date"], 5))
            b = self.w.person()
            c.ev("变卖", t, item=it, price=480000, deal=480000, buyer=b.name, buyer_id=b.id,
                 result="成交", note="二拍流拍后在同一平台按二拍起拍价变卖")
            c.reg_row["end"], c.reg_row["to"], c.reg_row["to_id"], c.reg_row["price"] = wd(add_days(t, 20)), b.name, b.id, 480000
            c.ev("案款到账", wd(add_days(t, 5)), amount=480000, note="变卖价款")
            c.ev("案款发放", wd(add_days(t, 12)), amount=300000, buyer=c.applicant.name, buyer_id=c.applicant.id)
            c.ev("解封", wd(add_days(t, 14)), item=it, note="变卖成交")
            c.close(wd(add_days(t, 15)), "执行完毕")
            c.paid = 300000
        c = self.auction_case(d("2025-01-06"), 800000, [dict(price=600000), dict(price=480000, lead=17)], 300000, after=sell_off)
        self.miss(R, c, "二拍降幅20%，流拍后按二拍起拍价变卖（变卖不另降价）")

    def p_cz_reauction(self):
        R = "CZ-REAUCTION-30D"
        # gap: days from the 流拍 date to the next 公告
        def pick(start_after, gap):
            x = start_after
            while True:
                if is_workday(add_days(x, gap)) and is_workday(add_days(x, gap - 1)) and is_workday(x):
                    return x
                x = add_days(x, 1)
        c = self.auction_case(d("2026-02-02"), 900000, [dict(price=700000), dict(price=600000, gap=31, lead=17, outcome="成交", deal=610000)], 300000)
        fl = [e for e in c.events if e["kind"] == "流拍"][0]["date"]
        assert is_workday(add_days(fl, 30))
        self.fire(R, c, "流拍后第31日才发布再次拍卖公告")
        c = self.new(d("2026-05-11"), tag="planted", claim=300000)
        dbt = c.debtor
        h = self.house(dbt, 800000, d("2016-02-02")) if dbt.kind == "p" else None
        item = h["item"] if h else self.house_item()
        self.start(c, Q=d("2026-05-13"), qres="发现：%s" % item)
        c.ev("查封", d("2026-05-14"), item=item, value=800000, indivisible="是", end=d("2029-05-13"))
        c.ev("评估", d("2026-05-25"), item=item, value=800000)
        c.ev("拍卖公告", d("2026-06-08"), item=item, value=800000, price=600000, round="1", platform="人民法院诉讼资产网",
             note="竞价时间：2026-07-13 10:00 至 2026-07-14 10:00")
        c.ev("流拍", d("2026-07-14"), item=item, price=600000, round="1")
        c.ev("延长期限批准", d("2026-10-19"), end=d("2027-05-11"), note="院长批准延长执行期限")
        self.recent_act(c, d("2026-10-26"))
        self.fire(R, c, "07-14流拍后至今未再次拍卖")
        assert deadline_days(d("2025-09-08"), 30) == d("2025-10-09")
        c = self.auction_case(d("2025-06-09"), 900000, [dict(price=700000, A=d("2025-08-06"), start=d("2025-09-07")),
                              dict(price=600000, A=d("2025-10-10"), lead=17, outcome="成交", deal=601000)], 300000)
        self.fire(R, c, "流拍09-08，30日末日10-08在国庆假期内顺延至10-09，10-10才公告")
        c = self.auction_case(d("2025-02-10"), 900000, [dict(price=700000), dict(price=600000, gap=60, lead=17, outcome="成交", deal=606000)], 300000)
        self.fire(R, c, "流拍后60日才再次拍卖")
        c = self.auction_case(d("2026-01-05"), 900000, [dict(price=700000), dict(price=600000, gap=30, lead=17, outcome="成交", deal=605000)], 300000)
        fl = [e for e in c.events if e["kind"] == "流拍"][0]["date"]
        assert is_workday(add_days(fl, 30)), fl
        self.miss(R, c, "流拍后第30日公告")
        c = self.auction_case(d("2025-06-16"), 900000, [dict(price=700000, A=d("2025-08-06"), start=d("2025-09-07")),
                              dict(price=600000, A=d("2025-10-09"), lead=17, outcome="成交", deal=603000)], 300000)
        self.miss(R, c, "流拍09-08，顺延后末日10-09公告")
        def accept(c):
            fl = [e for e in c.events if e["kind"] == "流拍"][0]["date"]
            t = wd(add_days(fl, 5))
            c.ev("以物抵债", t, item=c.item, price=700000, buyer=c.applicant.name, buyer_id=c.applicant.id,
                 result="申请执行人同意以该次拍卖保留价接受抵债（拍卖变卖规定第十六条）")
            c.reg_row["end"], c.reg_row["to"], c.reg_row["to_id"], c.reg_row["price"] = wd(add_days(t, 20)), c.applicant.name, c.applicant.id, 700000
            c.ev("解封", wd(add_days(t, 10)), item=c.item, note="以物抵债，解除查封")
            c.close(wd(add_days(t, 12)), "执行完毕")
            c.paid = c.claim
        c = self.auction_case(d("2025-03-10"), 900000, [dict(price=700000)], 650000, after=accept)
        self.miss(R, c, "流拍后申请执行人接受以物抵债，无须再拍")

    def p_cz_procedure(self):
        R = "CZ-PROCEDURE"
        c = self.auction_case(d("2025-04-14"), 900000, [dict(price=700000, lead=20, outcome="成交", deal=720000)], 400000)
        self.fire(R, c, "不动产首拍公告至竞价开始仅20日（应≥30日）")
        c = self.auction_case(d("2025-07-14"), 900000, [dict(price=900000, platform="绍兴越州拍卖有限公司", outcome="成交", deal=905000)], 400000)
        self.fire(R, c, "委托线下拍卖机构拍卖，无法定例外记录（网拍规定第二条）")
        c = self.auction_case(d("2025-11-03"), 900000, [dict(price=700000), dict(price=600000, gap=8, lead=10, outcome="成交", deal=606000)], 400000)
        self.fire(R, c, "不动产再次拍卖公告仅10日（应≥15日）")
        c = self.auction_case(d("2026-03-16"), 120000, [dict(price=90000, lead=10, outcome="成交", deal=95000)], 80000, movable=True)
        self.fire(R, c, "动产首拍公告仅10日（应≥15日）")
        c = self.auction_case(d("2025-05-19"), 900000, [dict(price=700000, lead=32, outcome="成交", deal=702000)], 400000)
        self.miss(R, c, "不动产首拍公告32日")
        c = self.auction_case(d("2026-01-12"), 120000, [dict(price=90000, lead=16, outcome="成交", deal=93000)], 80000, movable=True)
        self.miss(R, c, "动产首拍公告16日")
        c = self.auction_case(d("2025-08-18"), 120000, [dict(price=90000, lead=16), dict(price=75000, gap=6, lead=8, outcome="成交", deal=76000)], 60000, movable=True)
        self.miss(R, c, "动产再次拍卖公告8日（应≥7日）")
        c = self.auction_case(d("2024-11-04"), 900000, [dict(price=700000), dict(price=600000, gap=8, lead=16, outcome="成交", deal=604000)], 400000)
        self.miss(R, c, "不动产再次拍卖公告16日（应≥15日）")

    def p_cz_related(self):
        R = "CZ-RELATED-BUYER"
        w = self.w
        dbt = w.person()
        self.huji(dbt)
        k = w.company()
        self.corp_role(dbt, k, "法定代表人", start=d("2019-08-01"))
        c = self.auction_case(d("2025-03-17"), 900000, [dict(price=700000, outcome="成交", deal=705000, buyer=k)], 400000, debtor=dbt)
        self.fire(R, c, "买受人公司的法定代表人即被执行人本人（企业登记）")
        comp = self.company_with_rep()
        sh = w.person()
        self.corp_role(sh, comp, "股东", start=d("2018-01-15"), share="40%")
        c = self.auction_case(d("2025-06-09"), 1000000, [dict(price=800000, outcome="成交", deal=806000, buyer=sh)], 500000, debtor=comp)
        self.fire(R, c, "买受人为被执行人公司持股40%的股东")
        dbt = w.person()
        spouse = w.person()
        spouse.addr, spouse.phone = dbt.addr, dbt.phone
        self.huji(dbt)
        self.huji(spouse)
        c = self.auction_case(d("2025-09-15"), 800000, [dict(price=600000, outcome="成交", deal=603000, buyer=spouse)], 300000, debtor=dbt)
        self.fire(R, c, "买受人与被执行人户籍住址、联系电话相同（配偶）")
        # misses
        comp = self.company_with_rep()
        twin = w.person(name=comp.rep.name, unique=False)
        self.huji(twin)
        c = self.auction_case(d("2025-04-21"), 900000, [dict(price=700000, outcome="成交", deal=712000, buyer=twin)], 400000, debtor=comp)
        self.miss(R, c, "买受人与被执行人法定代表人同名但身份证号不同：不关联")
        app = w.person()
        c = self.auction_case(d("2025-10-20"), 600000, [dict(price=450000, outcome="成交", deal=450000, buyer=app)], 300000, applicant=app)
        self.miss(R, c, "买受人为申请执行人本人（竞买合法）")
        dbt = w.person()
        self.huji(dbt)
        b = w.person()
        self.huji(b)
        c = self.auction_case(d("2026-02-09"), 700000, [dict(price=550000, outcome="成交", deal=580000, buyer=b)], 300000, debtor=dbt)
        self.miss(R, c, "买受人与被执行人住址、电话、任职均无关联")

    def p_cz_futile(self):
        R = "CZ-FUTILE"
        def fut(F, value, price, claim, priority, A, note=None):
            c = self.auction_case(F, value, [dict(price=price, A=A, lead=33, outcome=None, note=note)], claim,
                                  priority=priority)
            return c
        c = fut(d("2026-06-01"), 1250000, 1000000, 300000, 1200000, d("2026-10-20"))
        self.fire(R, c, "保留价100万元低于抵押债权120万元，未通知申请执行人即发布拍卖公告（拍卖变卖规定第六条）")
        c = fut(d("2026-06-15"), 1000000, 800000, 200000, 800000, d("2026-10-26"))
        self.fire(R, c, "保留价等于优先债权，清偿优先债权及费用后无剩余")
        assert 1002000 <= 1000000 + fee(200000)
        c = fut(d("2026-06-29"), 1300000, 1002000, 200000, 1000000, d("2026-11-02"))
        self.fire(R, c, "保留价仅高出优先债权2,000元，不足申请执行费2,900元：无剩余可能")
        c = fut(d("2026-06-08"), 800000, 620000, 200000, 500000, d("2026-10-28"))
        self.miss(R, c, "保留价62万元高于优先债权50万元与费用之和")
        c = fut(d("2026-06-22"), 1000000, 700000, 300000, None, d("2026-10-21"))
        self.miss(R, c, "无优先债权")
        assert 960000 > 950000 + fee(300000)
        c = fut(d("2026-07-06"), 1200000, 960000, 300000, 950000, d("2026-11-04"))
        self.miss(R, c, "保留价96万元高于优先债权95万元与申请执行费4,400元之和：仍有剩余可能")

    # ================================================================== 财产分配
    def p_fp_payout(self):
        R = "FP-PAYOUT-30D"
        def pc(F, P, P2, **kw):
            c = self.new(F, tag="planted", **kw)
            self.start(c)
            c.ev("案款到账", P, amount=c.claim, note="被执行人履行")
            if P2:
                c.ev("案款发放", P2, amount=c.claim, buyer=c.applicant.name, buyer_id=c.applicant.id)
                c.close(wd(add_days(P2, 1)), "执行完毕")
                c.paid = c.claim
            return c
        assert is_workday(d("2026-04-01"))
        c = pc(d("2026-02-02"), d("2026-03-02"), d("2026-04-02"), cause="劳动争议",
               applicant=self.w.person(age=(25, 45)), basis="绍虞劳人仲案字〔2025〕第318号")
        self.fire(R, c, "执行款03-02到账，04-02（第31日）才发放")
        self.fire(PG, c, "劳动争议（劳动者申请执行）且另有线索")
        c = pc(d("2026-05-18"), d("2026-06-10"), None)
        self.recent_act(c, d("2026-10-30"))
        self.fire(R, c, "执行款06-10到账至今未发放")
        assert deadline_days(d("2025-09-01"), 30) == d("2025-10-09")
        c = pc(d("2025-08-04"), d("2025-09-01"), d("2025-10-10"))
        self.fire(R, c, "30日末日10-01逢国庆顺延至10-09，10-10发放：超一日")
        c = pc(d("2025-12-01"), d("2026-01-05"), d("2026-04-20"))
        self.fire(R, c, "到账105日后才发放")
        c = pc(d("2026-02-02"), d("2026-03-02"), d("2026-04-01"))
        self.miss(R, c, "到账后第30日发放")
        c = pc(d("2025-08-04"), d("2025-09-01"), d("2025-10-09"))
        self.miss(R, c, "顺延后末日10-09发放")
        c = pc(d("2026-03-02"), d("2026-04-01"), d("2026-05-29"))
        c.ev("延缓发放批准", d("2026-04-15"), note="案外人对执行款主张权利，经批准延缓发放")
        self.miss(R, c, "到账第14日经批准延缓发放")
        c = pc(d("2026-10-12"), d("2026-11-02"), None)
        self.miss(R, c, "11-02到账，发放期限未届满")

    def sale_with_payees(self, F, deal, payees, plan=None, pay_day=None, debtor=None, claim=None, applicant=None):
        """Property sold; proceeds split among several creditors (natural-person debtor)."""
        w = self.w
        dbt = debtor or w.person()
        h = self.house(dbt, deal, d("2015-05-05"))
        c = self.new(F, tag="planted", debtors=[dbt], claim=claim or payees[0][1], applicant=applicant)
        Q = wd(add_days(F, 2))
        self.start(c, Q=Q, qres="发现：%s" % h["item"])
        S = wd(add_days(Q, 1))
        c.ev("查封", S, item=h["item"], value=deal, indivisible="是", end=add_days(add_months(S, 36), -1))
        V = wd(add_days(S, 8))
        c.ev("评估", V, item=h["item"], value=deal)
        A = wd(add_days(V, 5))
        st = add_days(A, 32)
        c.ev("拍卖公告", A, item=h["item"], value=deal, price=deal, round="1", platform="人民法院诉讼资产网",
             note="竞价时间：%s 10:00 至 %s 10:00" % (st, add_days(st, 1)))
        b = w.person()
        R = add_days(st, 1)
        c.ev("拍卖", R, item=h["item"], deal=deal, buyer=b.name, buyer_id=b.id, round="1", result="成交",
             platform="人民法院诉讼资产网")
        h["end"], h["to"], h["to_id"], h["price"] = wd(add_days(R, 20)), b.name, b.id, deal
        c.ev("解封", wd(add_days(R, 12)), item=h["item"], note="拍卖成交")
        P = wd(add_days(R, 5))
        c.ev("案款到账", P, amount=deal, note="拍卖价款")
        if plan is not None:
            pl = wd(add_days(P, plan))
            c.ev("分配方案", pl, note="参与分配：%s；已送达各债权人和被执行人" % "、".join(p[0].name for p in payees))
            pd = add_days(pl, pay_day)
        else:
            pd = wd(add_days(P, 10))
        for p, claimv, amt in payees:
            c.ev("案款发放", pd, amount=amt, buyer=p.name, buyer_id=p.id)
        self.recent_act(c)
        c.paid = payees[0][2]
        return c, pd

    def p_fp_plan(self):
        R = "FP-PLAN-15D"
        w = self.w
        def three(app=None):
            a = app or w.company()
            return [(a, 300000, 187500), (w.person(), 400000, 250000), (w.company(), 100000, 62500)]
        def run(F, plan, pay_day, why, e):
            ps = three()
            c, pd = self.sale_with_payees(F, 500000, ps, plan=plan, pay_day=pay_day, applicant=ps[0][0])
            (self.fire if e else self.miss)(R, c, why)
            return c, pd
        run(d("2026-05-25"), 2, 10, "分配方案送达后第10日即分配（十五日异议期未满）", True)
        run(d("2026-06-01"), 2, 14, "分配方案送达后第14日分配", True)
        run(d("2026-06-08"), None, None, "三名债权人分配执行款，未制作分配方案", True)
        c, pd = run(d("2026-06-15"), 2, 16, "异议期届满次日（第16日）分配", False)
        assert is_workday(pd)
        run(d("2026-05-18"), 2, 25, "送达后第25日分配", False)
        c = self.paid_case(d("2026-06-22"), tag="planted")
        self.miss(R, c, "单一申请执行人受领，无须分配方案")

    def order_group(self, F, payout, entity=True, bankrupt=False, prepaid_first=False):
        """Three creditors of one debtor seize the same building in turn (first seizure in X1,
        轮候 in X2, X3); X1 sells it for 500,000 and distributes.  Returns X1."""
        w = self.w
        dbt = self.company_with_rep() if entity else w.person()
        item = "%s名下厂房（嵊州市经济开发区%s路%d号）" % (dbt.name, self.r.choice(["兴业", "创新", "城东"]), self.r.randint(1, 99))
        apps = [w.company(), w.company(), w.person()]
        claims = [300000, 400000, 100000]
        xs = []
        for i in range(3):
            Fi = wd(add_days(F, 20 * i))
            x = self.new(Fi, tag="planted", debtors=[dbt], applicant=apps[i], claim=claims[i])
            self.start(x, Q=wd(add_days(Fi, 2)), qres="发现：%s" % item)
            x.ev("查封" if i == 0 else "轮候查封", wd(add_days(Fi, 3)), item=item, value=500000,
                 indivisible="是", end=add_days(add_months(wd(add_days(Fi, 3)), 36), -1))
            xs.append(x)
        x1 = xs[0]
        if prepaid_first:
            x1.ev("案款到账", wd(add_days(F, 30)), amount=300000, note="被执行人另行履行")
            x1.ev("案款发放", wd(add_days(F, 38)), amount=300000, buyer=apps[0].name, buyer_id=apps[0].id)
        S = wd(add_days(F, 3))
        x1.ev("评估", wd(add_days(S, 10)), item=item, value=500000)
        A = wd(add_days(S, 15))
        st = add_days(A, 32)
        x1.ev("拍卖公告", A, item=item, value=500000, price=500000, round="1", platform="人民法院诉讼资产网",
              note="竞价时间：%s 10:00 至 %s 10:00" % (st, add_days(st, 1)))
        b = w.person()
        R = add_days(st, 1)
        x1.ev("拍卖", R, item=item, deal=500000, buyer=b.name, buyer_id=b.id, round="1", result="成交",
              platform="人民法院诉讼资产网")
        x1.ev("解封", wd(add_days(R, 12)), item=item, note="拍卖成交")
        for x in xs[1:]:
            x.ev("解封", wd(add_days(R, 12)), item=item, note="首封法院拍卖成交，轮候查封随之解除")
        P = wd(add_days(R, 5))
        x1.ev("案款到账", P, amount=500000, note="拍卖价款")
        pl = wd(add_days(P, 2))
        x1.ev("分配方案", pl, note="已送达各债权人和被执行人")
        pd = wd(add_days(pl, 17))
        for app, amt in zip(apps, payout):
            if amt:
                x1.ev("案款发放", pd, amount=amt, buyer=app.name, buyer_id=app.id)
        if bankrupt:
            for x in xs:
                x.ev("破产释明", wd(add_days(x.filing, 30)), note="已释明执转破，当事人均不同意移送")
        for x in xs:
            ed = wd(add_days(add_months(x.filing, 6), -20))
            if ed <= TODAY:
                x.ev("延长期限批准", ed, end=add_months(x.filing, 12), note="院长批准延长执行期限")
            self.recent_act(x)
        return xs

    def p_fp_order(self):
        R = "FP-ORDER"
        xs = self.order_group(d("2026-05-11"), [187500, 250000, 62500])
        self.fire(R, xs[0], "企业法人被执行人未移送破产，却按债权比例分配（应按查封先后，民诉法解释第五百一十四条）")
        xs = self.order_group(d("2026-05-18"), [0, 400000, 100000])
        self.fire(R, xs[0], "首封债权人分文未得，轮候债权人全额受偿")
        xs = self.order_group(d("2026-05-25"), [166667, 166667, 166666])
        self.fire(R, xs[0], "企业法人被执行人平均分配")
        xs = self.order_group(d("2026-06-01"), [187500, 250000, 62500], entity=False)
        self.miss(R, xs[0], "被执行人为自然人：参与分配按比例受偿（第五百零八条）")
        xs = self.order_group(d("2026-06-08"), [300000, 200000, 0])
        self.miss(R, xs[0], "企业法人：按查封先后顺序清偿")
        xs = self.order_group(d("2026-06-15"), [0, 400000, 100000], prepaid_first=True)
        self.miss(R, xs[0], "首封债权人已另行全额受偿，其余按轮候顺序清偿")

    # ================================================================== 终本
    def short_zb(self, F, Z, court="A", judge=None, zb_kw=None, start_kw=None, **kw):
        """A 终本 case on a short timeline (acts placed relative to F and Z)."""
        zk = dict(xx_date=wd(add_days(F, 4)), onsite_date=wd(add_days(F, 20)),
                  rq_date=wdb(add_days(Z, -10)), iv_date=wdb(add_days(Z, -5)))
        zk.update(zb_kw or {})
        sk = dict(N=wd(add_days(F, 1)), Q=wd(add_days(F, 2)))
        sk.update(start_kw or {})
        c = self.new(F, court=court, tag="planted", judge=judge, **kw)
        self.start(c, **sk)
        self.zb(c, Z, **zk)
        return c

    def p_zb_3month(self):
        R = "ZB-3MONTH"
        assert add_months(d("2024-11-30"), 3) == d("2025-02-28")
        c = self.short_zb(d("2024-11-30"), d("2025-02-28"), court="B")
        self.fire(R, c, "立案2024-11-30，三个月届满日为2025-02-28（无对应日取月末），当日终本未“超过”三个月")
        assert add_months(d("2023-11-30"), 3) == d("2024-02-29")
        c = self.short_zb(d("2023-11-30"), d("2024-02-29"))
        self.fire(R, c, "立案2023-11-30，闰年2024-02-29为三个月届满日，当日终本")
        c = self.short_zb(d("2025-03-03"), d("2025-06-03"))
        self.fire(R, c, "立案后恰满三个月（92日）终本：未超过三个月（不能以90日计）")
        c = self.short_zb(d("2026-03-09"), d("2026-05-20"), cause="追索劳动报酬纠纷",
                          applicant=self.w.person(age=(28, 50)),
                          zb_kw=dict(iv_date=d("2026-05-15")))
        for e in c.events:
            if e["kind"] == "终本":
                e["note"] = "申请执行人申请终结本次执行程序"
        self.fire(R, c, "立案两个多月即终本（申请执行人同意亦不例外）")
        self.fire(PG, c, "追索劳动报酬纠纷（农民工）且另有线索")
        c = self.short_zb(d("2024-11-30"), d("2025-03-01"), court="B")
        self.miss(R, c, "三个月届满日02-28的次日终本：已超过三个月")
        c = self.short_zb(d("2023-11-30"), d("2024-03-01"))
        self.miss(R, c, "届满日2024-02-29的次日终本")
        c = self.short_zb(d("2025-03-03"), d("2025-06-04"))
        self.miss(R, c, "立案三个月又一日终本")

    def p_zb_precond(self):
        R = "ZB-PRECOND"
        c = self.short_zb(d("2025-05-06"), d("2025-09-15"), zb_kw=dict(xx=False))
        self.fire(R, c, "终本前未发出限制消费令（终本规定第一条第二项）")
        c = self.short_zb(d("2025-06-03"), d("2025-10-20"), zb_kw=dict(xx_date=d("2025-10-27")))
        self.fire(R, c, "限制消费令在终本后才发出")
        c = self.short_zb(d("2025-07-07"), d("2025-11-17"), start_kw=dict(report=False))
        self.fire(R, c, "未责令报告财产即终本（终本规定第一条第一项）")
        self.fire("CX-REPORT-ORDER", c, "金钱债权案件未发出报告财产令")
        c = self.short_zb(d("2025-08-04"), d("2025-12-15"), zb_kw=dict(xx_date=d("2025-12-12")))
        self.miss(R, c, "限制消费令于终本前一个工作日发出")
        comp = self.company_with_rep()
        c = self.short_zb(d("2025-09-01"), d("2026-01-12"), debtors=[comp])
        self.miss(R, c, "单位被执行人：限制消费令载明法定代表人")
        c = self.short_zb(d("2025-10-13"), d("2026-02-24"), start_kw=dict(rep_res="逾期未报告"))
        c.ev("罚款", d("2025-11-10"), amount=20000, note="逾期不报告财产")
        c.ev("失信", d("2025-11-10"), end=d("2027-11-10"), note="违反财产报告制度（失信规定第一条第（四）项），期限二年")
        self.miss(R, c, "逾期报告已罚款并纳入失信后终本")

    def zb_reg(self, F, Z, kind, start, end=None, value=500000, debtor=None, to=None, price=None, **kw):
        dbt = debtor or self.w.person()
        if kind == "不动产":
            row = self.house(dbt, value, start, end=end, to=to, price=price)
        elif kind == "车辆":
            row = self.car(dbt, value, start, end=end, to=to, price=price)
        elif kind == "股权":
            row = self.equity(dbt, self.w.company().name, value, start, end=end, to=to, price=price)
        else:
            row = self.account(dbt, value, start, end=end)
        c = self.short_zb(F, Z, debtors=[dbt], **kw)
        return c, row, dbt

    def p_zb_property(self):
        R = "ZB-PROPERTY"
        c, row, _ = self.zb_reg(d("2025-03-03"), d("2025-07-14"), "不动产", d("2020-06-18"), value=800000)
        self.fire(R, c, "终本时被执行人名下登记有不动产（按身份证号关联），未查封处置")
        c, row, _ = self.zb_reg(d("2025-05-12"), d("2025-09-22"), "车辆", d("2025-09-16"), value=150000)
        self.fire(R, c, "终本前一周被执行人名下新登记车辆（末次查控后取得）")
        c, row, _ = self.zb_reg(d("2025-08-11"), d("2025-12-22"), "股权", d("2021-04-09"), value=300000)
        self.fire(R, c, "终本时被执行人持有出资额30万元的股权")
        dbt = self.w.person()
        twin = self.w.person(name=dbt.name, unique=False)
        self.house(twin, 900000, d("2019-03-03"))
        c = self.short_zb(d("2025-04-07"), d("2025-08-18"), debtors=[dbt])
        self.miss(R, c, "同名不同身份证号之人名下房产：非被执行人财产")
        c, row, _ = self.zb_reg(d("2025-06-09"), d("2025-10-20"), "不动产", d("2016-02-02"), end=None, value=600000)
        row["end"] = wdb(add_days(c.basis_date, -820))
        row["to"] = self.w.person()
        row["to_id"], row["to"] = row["to"].id, row["to"].name
        row["price"] = 610000
        self.miss(R, c, "房产已于诉讼前两年按市价转让（转移日期早于终本）")
        dbt = self.w.person()
        h = self.house(dbt, 700000, d("2018-07-07"))
        c = self.new(d("2025-07-07"), tag="planted", debtors=[dbt], claim=300000)
        self.start(c, Q=d("2025-07-09"), qres="发现：%s" % h["item"])
        c.ev("查封", d("2025-07-10"), item=h["item"], value=700000, indivisible="是", end=d("2028-07-09"),
             obstacle="案外人提起执行异议之诉，权属争议未决")
        self.zb(c, d("2025-11-24"))
        self.miss(R, c, "财产存在处置障碍（权属争议）：发现的财产不能处置（终本规定第四条）")
        self.miss("ZB-SEIZED", c, "查封财产有处置障碍记录")
        # 以物抵债 refused after two failed auctions and a failed 变卖
        def refuse(c):
            it = c.item
            c.ev("变卖", d("2025-06-16"), item=it, price=680000, result="变卖期满无人买受")
            c.ev("以物抵债", d("2025-06-20"), item=it, price=680000, result="申请执行人不同意以物抵债",
                 obstacle="两次流拍、变卖不成，申请执行人拒绝接受抵债（终本规定第四条第一项）")
            self.zb(c, d("2025-07-01"), xx_date=d("2025-01-13"), onsite_date=d("2025-02-05"),
                    rq_date=d("2025-06-23"), iv_date=d("2025-06-26"))
            for e in c.events:
                if e["kind"] == "终本":
                    e["obstacle"] = "查封房产经两次拍卖、变卖未成交，申请执行人不接受抵债"
        c = self.auction_case(d("2025-01-06"), 1000000, [dict(price=800000, A=d("2025-02-10"), start=d("2025-03-14")),
                              dict(price=680000, A=d("2025-03-28"), start=d("2025-04-14"))], 900000, after=refuse,
                              S=d("2025-01-10"))
        self.miss(R, c, "两次流拍、变卖不成，申请执行人拒绝以物抵债：财产不能处置")
        self.miss("ZB-SEIZED", c, "查封房产经拍卖变卖不成、申请人拒绝抵债（终本规定第四条第一项）")
        c, row, _ = self.zb_reg(d("2025-02-10"), d("2025-06-23"), "存款", d("2012-03-03"), value=0)
        self.miss(R, c, "被执行人名下存款账户余额为0")

    def p_zb_seized(self):
        R = "ZB-SEIZED"
        def sz(F, Z, kind, item, value, extra=None, **kw):
            c = self.new(F, tag="planted", claim=400000, **kw)
            self.start(c, Q=wd(add_days(F, 2)), qres="发现：%s" % item)
            S = wd(add_days(F, 3))
            c.ev(kind, S, item=item, value=value, amount=value if kind == "冻结" else None,
                 indivisible="是", end=add_days(add_months(S, 12 if kind == "冻结" else 36), -1))
            if extra:
                extra(c, S, item)
            self.zb(c, Z, xx_date=wd(add_days(F, 5)), onsite_date=wd(add_days(F, 20)))
            return c
        dbt = self.w.person()
        h = self.house(dbt, 600000, d("2017-01-09"))
        c = sz(d("2026-05-18"), d("2026-09-21"), "查封", h["item"], 600000, debtors=[dbt])
        self.fire(R, c, "查封无抵押房产后未评估拍卖即终本")
        self.fire("ZB-PROPERTY", c, "终本时名下有已查封、未处置的房产")
        c = sz(d("2026-05-25"), d("2026-09-28"), "冻结", self.dep_item(), 60000)
        self.fire(R, c, "冻结存款6万元未划拨即终本")
        self.fire("ZB-PROPERTY", c, "终本时有已冻结未划拨的存款")
        dbt = self.w.person()
        car = self.car(dbt, 90000, d("2022-02-02"))
        it = car["item"]
        c = sz(d("2026-06-01"), d("2026-10-12"), "查封", it, 90000, debtors=[dbt],
               extra=lambda c, S, item: c.ev("扣押", wd(add_days(S, 10)), item=item, value=90000))
        self.fire(R, c, "车辆已实际扣押，未拍卖即终本")
        self.fire("ZB-PROPERTY", c, "终本时有已扣押未处置的车辆")
        dbt = self.w.person()
        h = self.house(dbt, 800000, d("2015-01-09"))
        c = sz(d("2026-04-07"), d("2026-08-17"), "轮候查封", h["item"], 800000, debtors=[dbt])
        self.miss(R, c, "仅为轮候查封（首封法院负责处置）")
        self.miss("ZB-PROPERTY", c, "名下房产已由他院首封，本院轮候：本院无处置权")
        dbt = self.w.person()
        h = self.house(dbt, 500000, d("2010-10-10"))
        c = sz(d("2026-03-09"), d("2026-07-20"), "查封", h["item"], 500000, debtors=[dbt],
               extra=lambda c, S, item: c.events[-1].update(
                   obstacle="被执行人及其所扶养家属唯一生活必需住房，可查封不得拍卖（查封规定第四条）"))
        self.miss(R, c, "查封房产为唯一生活必需住房，不得拍卖")
        self.miss("ZB-PROPERTY", c, "名下房产为唯一住房，存在处置障碍")
        c = self.auction_case(d("2025-09-01"), 300000, [dict(price=240000, outcome="成交", deal=250000)], 600000, close=True)
        self.zb(c, d("2026-01-26"), xx_date=d("2025-09-08"), onsite_date=d("2025-09-25"))
        self.miss(R, c, "查封房产已拍卖成交、价款已发放，余额终本")

    def p_zb_invest(self):
        R = "ZB-INVEST"
        c = self.short_zb(d("2025-04-14"), d("2025-08-25"), start_kw=dict(channels=None), zb_kw=dict(requery=False))
        self.fire(R, c, "终本前从未进行网络执行查控")
        self.fire("CX-NETQUERY", c, "立案后未进行网络执行查控")
        c = self.short_zb(d("2025-05-02"), d("2025-08-07"), start_kw=dict(Q=d("2025-05-06")), zb_kw=dict(requery=False))
        assert add_months(d("2025-05-06"), 3) == d("2025-08-06")
        self.fire(R, c, "末次查控05-06，终本08-07：查控结果已逾三个月")
        c = self.short_zb(d("2025-06-09"), d("2025-10-20"), start_kw=dict(channels="存款、车辆"),
                          zb_kw=dict(requery=False))
        self.fire(R, c, "查控仅覆盖存款、车辆，未查不动产、有价证券即终本")
        self.fire("CX-NETQUERY", c, "查控缺不动产、有价证券渠道")
        c = self.short_zb(d("2025-05-02"), d("2025-08-06"), start_kw=dict(Q=d("2025-05-06")), zb_kw=dict(requery=False))
        self.miss(R, c, "末次查控05-06，终本08-06恰满三个月")
        c = self.short_zb(d("2025-09-08"), d("2026-01-19"))
        self.miss(R, c, "终本前10日重新查控")
        c = self.new(d("2025-10-13"), tag="planted")
        self.start(c)
        it = "被执行人名下挖掘机一台（停放于嵊州市甘霖镇某工地）"
        c.ev("财产线索", d("2025-11-03"), item=it, note="申请执行人填写财产调查表")
        c.ev("现场调查", d("2025-11-07"), item=it, result="经核查，该挖掘机系案外人融资租赁所有，线索不属实")
        self.zb(c, d("2026-02-24"), onsite_date=d("2025-10-27"))
        self.miss(R, c, "申请执行人线索已于4日内核查")

    def p_zb_hearing(self):
        R = "ZB-HEARING"
        c = self.short_zb(d("2025-03-10"), d("2025-07-21"), zb_kw=dict(interview=False))
        self.fire(R, c, "终本前未告知申请执行人并听取意见")
        c = self.short_zb(d("2025-04-14"), d("2025-08-25"), zb_kw=dict(iv_date=d("2025-08-26")))
        self.fire(R, c, "告知在终本次日（事后告知）")
        c = self.short_zb(d("2025-05-19"), d("2025-09-29"), zb_kw=dict(iv_date=d("2025-10-13")))
        self.fire(R, c, "终本两周后才告知申请执行人")
        c = self.short_zb(d("2025-06-16"), d("2025-10-27"), zb_kw=dict(iv_date=d("2025-10-24")))
        self.miss(R, c, "终本前一个工作日告知")
        c = self.short_zb(d("2025-07-14"), d("2025-11-24"), zb_kw=dict(iv_date=d("2025-10-24"), iv_kind="终本约谈"))
        self.miss(R, c, "终本前一个月约谈（同义词“终本约谈”）")
        c = self.short_zb(d("2025-08-18"), d("2025-12-29"))
        self.miss(R, c, "终本前5日告知并记录意见")

    def serial_group(self, debtor, n_zb, same_app=False, bankrupt=None, extra_open=0, extra_paid=0,
                     F0=None, why=None, court="A"):
        apps = [self.w.company() if self.r.random() < 0.6 else self.w.person()]
        cs = []
        F0 = F0 or d("2024-03-04")
        for i in range(n_zb):
            app = apps[0] if same_app and apps else (self.w.company() if self.r.random() < 0.6 else self.w.person())
            F = wd(add_days(F0, 35 * i))
            Z = wd(add_days(add_months(F, 5), 3))
            c = self.short_zb(F, Z, court=court, debtors=[debtor], applicant=app)
            if bankrupt:
                c.ev(bankrupt, wdb(add_days(Z, -3)), note="已向当事人释明执转破，申请执行人及被执行人均不同意移送破产"
                     if bankrupt == "破产释明" else "移送被执行人住所地法院破产审查")
            cs.append(c)
        for i in range(extra_open):
            c = self.open_case(wd(add_days(TODAY, -40 - 10 * i)), debtors=[debtor])
            cs.append(c)
        for i in range(extra_paid):
            c = self.paid_case(wd(add_days(F0, 20)), debtors=[debtor])
            cs.append(c)
        return cs

    def p_zb_bankruptcy(self):
        R, S = "ZB-BANKRUPTCY", "SERIAL-DEBTOR"
        for n, F0 in ((3, d("2024-03-04")), (4, d("2024-06-03")), (3, d("2025-01-06"))):
            comp = self.company_with_rep()
            for c in self.serial_group(comp, n, F0=F0):
                self.fire(R, c, "企业法人被执行人%d件终本、申请执行人各不相同，未释明或移送执转破" % n)
                self.fire(S, c, "同一被执行人%d件终本" % n)
        comp = self.company_with_rep()
        for c in self.serial_group(comp, 3, bankrupt="破产释明", F0=d("2024-09-02")):
            self.miss(R, c, "三件终本，均已释明执转破（当事人不同意移送）")
            self.fire(S, c, "同一被执行人3件终本")
        comp = self.company_with_rep()
        for c in self.serial_group(comp, 3, same_app=True, F0=d("2024-11-04")):
            self.miss(R, c, "三件终本系同一申请执行人，不足三名不同债权人")
            self.fire(S, c, "同一被执行人3件终本")
        comp = self.company_with_rep()
        for c in self.serial_group(comp, 2, extra_open=1, F0=d("2025-03-03")):
            self.miss(R, c, "两件终本加一件未结，终本不足三件")
            self.miss(S, c, "终本仅两件")
        p = self.w.person()
        for c in self.serial_group(p, 3, F0=d("2025-02-03")):
            self.miss(R, c, "被执行人为自然人，不适用执转破")
            self.fire(S, c, "同一自然人被执行人3件终本")

    def p_serial_debtor(self):
        S = "SERIAL-DEBTOR"
        name = self.w._name()
        for i in range(3):
            p = self.w.person(name=name, unique=False)
            c = self.short_zb(wd(add_days(d("2024-05-06"), 40 * i)), wd(add_days(d("2024-10-14"), 40 * i)), debtors=[p])
            self.miss(S, c, "三件终本的被执行人同名“%s”但身份证号各不相同" % name)
        p = self.w.person()
        cs = self.serial_group(p, 2, extra_paid=1, F0=d("2024-08-05"))
        for c in cs:
            self.miss(S, c, "同一被执行人两件终本、一件执行完毕")

    # ================================================================== 终本后
    def zb_with_queries(self, F, Z, queries, court="A", **kw):
        c = self.new(F, court=court, tag="planted", **kw)
        self.start(c, N=wd(add_days(F, 1)), Q=wd(add_days(F, 2)))
        self.zb(c, Z, xx_date=wd(add_days(F, 4)), onsite_date=wd(add_days(F, 20)),
                rq_date=wdb(add_days(Z, -10)), iv_date=wdb(add_days(Z, -5)), post=False)
        for q in queries:
            c.ev("终本后查询", q, item=ALL_CH, result=NONE_FOUND, note="查询结果已告知申请执行人")
        return c

    def fill_queries(self, c, frm):
        """Lawful queries from `frm` (exclusive) to today, every ~5 months."""
        d0 = frm
        end = min(TODAY, add_months(c.closing, 60))
        while True:
            nd = wdb(add_days(d0, 140))
            if nd > end:
                break
            c.ev("终本后查询", nd, item=ALL_CH, result=NONE_FOUND, note="查询结果已告知申请执行人")
            d0 = nd

    def p_zh_6m(self):
        R = "ZH-6M-QUERY"
        c = self.zb_with_queries(d("2023-10-09"), d("2024-03-15"), [d("2024-09-10"), d("2025-06-20"), d("2025-12-01"), d("2026-05-20")])
        self.fire(R, c, "两次复查间隔2024-09-10至2025-06-20逾六个月")
        c = self.zb_with_queries(d("2024-08-26"), d("2025-01-10"), [], court="B")
        self.fire(R, c, "2025-01-10终本后从未复查")
        assert add_months(d("2025-01-31"), 6) == d("2025-07-31") and is_workday(d("2025-07-31"))
        c = self.zb_with_queries(d("2024-09-16"), d("2025-01-31"), [d("2025-08-01")])
        self.fill_queries(c, d("2025-08-01"))
        self.fire(R, c, "终本01-31，六个月届满07-31，08-01才复查：超一日")
        assert add_months(d("2025-08-29"), 6) == d("2026-02-28") and is_workday(d("2026-02-28"))
        c = self.zb_with_queries(d("2025-04-14"), d("2025-08-29"), [d("2026-03-02")])
        self.fill_queries(c, d("2026-03-02"))
        self.fire(R, c, "终本08-29，六个月末日2026-02-28（无对应日取月末，且为调休上班日不顺延），03-02复查逾期")
        assert deadline_months(d("2025-04-01"), 6) == d("2025-10-09")
        c = self.zb_with_queries(d("2024-11-18"), d("2025-04-01"), [d("2025-10-10")])
        self.fill_queries(c, d("2025-10-10"))
        self.fire(R, c, "终本04-01，六个月末日10-01逢国庆顺延至10-09，10-10复查：超一日")
        c = self.zb_with_queries(d("2024-09-16"), d("2025-01-31"), [d("2025-07-31")])
        self.fill_queries(c, d("2025-07-31"))
        self.miss(R, c, "终本01-31，07-31复查（恰满六个月）")
        c = self.zb_with_queries(d("2025-04-14"), d("2025-08-29"), [d("2026-02-28")])
        self.fill_queries(c, d("2026-02-28"))
        self.miss(R, c, "终本08-29，2026-02-28（月末、调休上班日）复查")
        c = self.zb_with_queries(d("2024-11-18"), d("2025-04-01"), [d("2025-10-09")])
        self.fill_queries(c, d("2025-10-09"))
        self.miss(R, c, "终本04-01，顺延后末日10-09复查")
        qs = []
        q = d("2020-06-10")
        while True:
            q = wdb(add_days(q, 150))
            if q > d("2025-06-10"):
                break
            qs.append(q)
        c = self.zb_with_queries(d("2020-01-06"), d("2020-06-10"), qs)
        self.miss(R, c, "终本满五年（2025-06-10）后无须再每六个月查询")
        # resumed by 执恢 after property was found; the 执 case's duty ends
        c = self.zb_with_queries(d("2023-12-04"), d("2024-05-06"), [d("2024-10-21")], claim=100000)
        c.ev("终本后查询", d("2025-01-20"), item=ALL_CH, result="发现：银行存款余额12万元", note="已告知申请执行人")
        r = self.new(d("2025-02-03"), typ="执恢", tag="planted", applicant=c.applicant, debtors=c.debtors,
                     claim=c.claim, prior=c, basis=c.basis, cause=c.cause)
        self.start(r, N=d("2025-02-04"), Q=d("2025-02-05"), qres="发现：银行存款余额12万元")
        it = self.dep_item()
        r.ev("冻结", d("2025-02-06"), item=it, amount=120000, value=120000, end=d("2026-02-05"))
        r.ev("案款到账", d("2025-02-14"), amount=120000, note="划拨存款")
        r.ev("案款发放", d("2025-02-24"), amount=120000, buyer=r.applicant.name, buyer_id=r.applicant.id)
        r.ev("解封", d("2025-02-24"), item=it, note="划拨完毕")
        if c.claim <= 120000:
            r.close(d("2025-02-26"), "执行完毕")
            r.paid = c.claim
        else:
            r.ev("延长期限批准", d("2025-07-14"), end=d("2026-02-03"), note="院长批准延长执行期限")
            self.zb(r, d("2025-07-21"), xx_date=d("2025-02-06"), onsite_date=d("2025-03-03"))
            self.miss("SERIAL-DEBTOR", r, "原执案件与执恢案件同一债权，仅两件终本")
            self.miss("SERIAL-DEBTOR", c, "原执案件与执恢案件同一债权，仅两件终本")
        self.miss(R, c, "2025-02-03已立执恢案件恢复执行，原终本案件复查义务随之结束")
        self.miss("ZH-RESUME", c, "01-20发现存款，02-03（14日内）恢复执行")

    def p_zh_resume(self):
        R = "ZH-RESUME"
        w = self.w
        dbt = w.person()
        h = self.house(dbt, 700000, d("2026-02-10"))
        c = self.zb_with_queries(d("2024-11-04"), d("2025-03-17"), [d("2025-08-18"), d("2026-01-12")], debtors=[dbt])
        c.ev("终本后查询", d("2026-04-20"), item=ALL_CH, result="发现：被执行人名下新增不动产一处（%s）" % h["item"])
        self.fill_queries(c, d("2026-04-20"))
        self.fire(R, c, "终本后被执行人取得房产（2026-02-10登记），04-20复查亦已发现，至今未恢复执行")
        c = self.zb_with_queries(d("2025-01-06"), d("2025-05-19"), [d("2025-10-13"), d("2026-03-09")])
        it = "被执行人在嵊州市鹿山街道经营的服装店存货（价值约20万元）"
        c.ev("财产线索", d("2026-06-01"), item=it, note="申请执行人提供财产线索")
        c.ev("现场调查", d("2026-06-05"), item=it, result="经核查线索属实：店铺存货价值约20万元")
        self.fill_queries(c, d("2026-03-09"))
        self.fire(R, c, "申请执行人线索经核查属实（06-05），未恢复执行")
        c = self.zb_with_queries(d("2025-06-02"), d("2025-10-20"), [d("2026-03-16")])
        c.ev("终本后查询", d("2026-07-01"), item=ALL_CH, result="发现：银行存款余额12万元")
        self.fill_queries(c, d("2026-07-01"))
        r = self.resume_case(c, d("2026-08-14"))
        self.fire(R, c, "07-01发现存款，08-14（第44日）才立执恢")
        assert deadline_days(d("2026-09-01"), 30) == d("2026-10-08")
        c = self.zb_with_queries(d("2025-10-13"), d("2026-02-24"), [d("2026-07-20")])
        c.ev("终本后查询", d("2026-09-01"), item=ALL_CH, result="发现：银行存款余额9万元")
        r = self.resume_case(c, d("2026-10-09"))
        self.fire(R, c, "09-01发现，30日末日10-01逢国庆顺延至10-08，10-09才恢复：超一日")
        c = self.zb_with_queries(d("2025-10-20"), d("2026-03-02"), [d("2026-08-03")])
        c.ev("终本后查询", d("2026-09-01"), item=ALL_CH, result="发现：银行存款余额8万元")
        r = self.resume_case(c, d("2026-10-08"))
        self.miss(R, c, "09-01发现，顺延后末日10-08立执恢")
        dbt = w.person()
        twin = w.person(name=dbt.name, unique=False)
        self.house(twin, 800000, d("2026-01-19"))
        c = self.zb_with_queries(d("2024-12-02"), d("2025-04-14"), [d("2025-09-08"), d("2026-02-02")], debtors=[dbt])
        self.fill_queries(c, d("2026-02-02"))
        self.miss(R, c, "终本后新登记房产属同名不同身份证号之人")
        c = self.zb_with_queries(d("2025-11-03"), d("2026-03-16"), [d("2026-08-10")])
        c.ev("终本后查询", d("2026-11-05"), item=ALL_CH, result="发现：银行存款余额6万元")
        self.miss(R, c, "11-05发现财产，恢复期限尚未届满")
        # the court itself sold the property at auction in the 执恢 case
        dbt = w.person()
        h = self.house(dbt, 1000000, d("2025-03-18"))
        c = self.zb_with_queries(d("2024-02-05"), d("2024-06-17"), [d("2024-11-11")], debtors=[dbt], claim=500000)
        c.ev("终本后查询", d("2025-03-20"), item=ALL_CH, result="发现：被执行人名下新增不动产一处（继承取得）")
        r = self.new(d("2025-04-07"), typ="执恢", tag="planted", applicant=c.applicant, debtors=[dbt],
                     claim=500000, prior=c, basis=c.basis, cause=c.cause)
        self.start(r, N=d("2025-04-08"), Q=d("2025-04-09"), qres="发现：%s" % h["item"])
        item = h["item"]
        r.ev("查封", d("2025-04-10"), item=item, value=1000000, indivisible="是", end=d("2028-04-09"))
        r.ev("评估", d("2025-04-25"), item=item, value=1000000)
        r.ev("拍卖公告", d("2025-05-20"), item=item, value=1000000, price=700000, round="1",
             platform="人民法院诉讼资产网", note="竞价时间：2025-06-22 10:00 至 2025-06-23 10:00")
        r.ev("流拍", d("2025-06-23"), item=item, price=700000, round="1")
        r.ev("拍卖公告", d("2025-07-07"), item=item, value=1000000, price=560000, round="2",
             platform="人民法院诉讼资产网", note="竞价时间：2025-07-24 10:00 至 2025-07-25 10:00")
        b = w.person()
        r.ev("拍卖", d("2025-07-25"), item=item, deal=560000, buyer=b.name, buyer_id=b.id, round="2",
             platform="人民法院诉讼资产网", result="成交")
        h["end"], h["to"], h["to_id"], h["price"] = d("2025-08-20"), b.name, b.id, 560000
        r.ev("案款到账", d("2025-08-01"), amount=560000, note="拍卖价款")
        r.ev("案款发放", d("2025-08-15"), amount=500000, buyer=r.applicant.name, buyer_id=r.applicant.id)
        r.ev("解封", d("2025-08-06"), item=item, note="拍卖成交，协助过户")
        r.close(d("2025-08-25"), "执行完毕")
        r.paid = 500000
        self.miss(R, c, "发现新增房产后18日内立执恢（原案号见执恢案件“原案号”）")
        self.miss("JZ-TRANSFER", c, "房产过户给买受人系执恢案件中法院自行拍卖，非被执行人转移（成交价为评估价56%）")
        self.miss("JZ-TRANSFER", r, "房产过户系本院网络司法拍卖成交")
        self.miss("ZB-PROPERTY", c, "房产系终本后继承取得，终本时名下无财产")

    def resume_case(self, c, F):
        r = self.new(F, typ="执恢", tag="planted", applicant=c.applicant, debtors=c.debtors,
                     claim=c.claim, prior=c, basis=c.basis, cause=c.cause)
        self.start(r, N=wd(add_days(F, 1)), Q=wd(add_days(F, 2)), qres="发现：银行存款")
        it = self.dep_item()
        amt = min(c.claim, 60000)
        r.ev("冻结", wd(add_days(F, 3)), item=it, amount=amt, value=amt, end=add_days(add_months(wd(add_days(F, 3)), 12), -1))
        r.ev("案款到账", wd(add_days(F, 10)), amount=amt, note="划拨存款")
        r.ev("案款发放", wd(add_days(F, 18)), amount=amt, buyer=r.applicant.name, buyer_id=r.applicant.id)
        r.ev("解封", wd(add_days(F, 18)), item=it, note="划拨完毕")
        if amt >= c.claim:
            r.close(wd(add_days(F, 20)), "执行完毕")
            r.paid = c.claim
        else:
            self.recent_act(r, wd(add_days(F, 25)) if wd(add_days(F, 25)) <= TODAY else None)
        return r

    # ================================================================== 信用惩戒
    def shixin_paid(self, F, listed, C, deleted, note="有履行能力而拒不履行生效法律文书确定义务（失信规定第一条第（一）项）", court="A"):
        c = self.new(F, court=court, tag="planted")
        self.start(c, N=wd(add_days(F, 1)), Q=wd(add_days(F, 2)))
        self.xianxiao(c, listed)
        c.ev("失信", listed, note=note)
        P = wdb(add_days(C, -12))
        c.ev("案款到账", P, amount=c.claim, note="被执行人履行")
        c.ev("案款发放", wdb(add_days(C, -2)), amount=c.claim, buyer=c.applicant.name, buyer_id=c.applicant.id)
        c.close(C, "执行完毕")
        c.paid = c.claim
        c.ev("解除限制消费", C, note="被执行人已履行完毕")
        if deleted:
            c.ev("删除失信", deleted, note="履行完毕，删除失信信息")
        return c

    def p_xy_delete(self):
        R = "XY-DELETE-3WD"
        c = self.shixin_paid(d("2025-11-03"), d("2025-12-01"), d("2026-03-02"), None)
        self.fire(R, c, "执行完毕（2026-03-02）后失信信息至今未删除")
        assert add_workdays(d("2024-09-27"), 3) == d("2024-10-08")
        c = self.shixin_paid(d("2024-07-01"), d("2024-07-22"), d("2024-09-27"), d("2024-10-09"))
        self.fire(R, c, "09-27执行完毕，三个工作日为09-29（周日调休上班）、09-30、10-08，10-09才删除")
        assert add_workdays(d("2024-10-09"), 3) == d("2024-10-12")
        c = self.shixin_paid(d("2024-07-15"), d("2024-08-05"), d("2024-10-09"), d("2024-10-14"))
        self.fire(R, c, "10-09执行完毕，第三个工作日为10-12（周六调休上班），10-14删除逾期")
        # fixed listing period (违反财产报告制度, two years)
        assert add_months(d("2024-05-10"), 24) == d("2026-05-10") and add_workdays(d("2026-05-10"), 3) == d("2026-05-13")
        c = self.short_zb(d("2024-01-08"), d("2024-06-17"), start_kw=dict(rep_res="逾期未报告"))
        c.ev("罚款", d("2024-05-10"), amount=10000, note="逾期不报告财产")
        c.ev("失信", d("2024-05-10"), end=d("2026-05-10"), note="违反财产报告制度（失信规定第一条第（四）项），纳入期限二年")
        c.ev("删除失信", d("2026-05-14"), note="纳入期限届满删除")
        self.fire(R, c, "二年纳入期限05-10届满，应于05-13前删除，05-14才删除")
        # 终本 + two net queries with nothing found, no lead (第十条第一款第四项)
        c = self.short_zb(d("2024-12-02"), d("2025-04-14"), zb_kw=dict(post=False))
        c.ev("失信", d("2024-12-23"), note="有履行能力而拒不履行生效法律文书确定义务（失信规定第一条第（一）项）")
        c.ev("终本后查询", d("2025-09-08"), item=ALL_CH, result=NONE_FOUND)
        c.ev("终本后查询", d("2026-01-15"), item=ALL_CH, result=NONE_FOUND)
        c.ev("终本后查询", d("2026-06-08"), item=ALL_CH, result=NONE_FOUND)
        c.ev("终本后查询", d("2026-10-26"), item=ALL_CH, result=NONE_FOUND)
        self.fire(R, c, "终本后两次查询（至2026-01-15）均无财产且无线索，失信未删除")
        # misses
        c = self.shixin_paid(d("2024-07-08"), d("2024-07-29"), d("2024-09-27"), d("2024-10-08"))
        self.miss(R, c, "09-27执行完毕，10-08（第三个工作日，含09-29调休）删除")
        c = self.shixin_paid(d("2024-07-22"), d("2024-08-12"), d("2024-10-09"), d("2024-10-12"))
        self.miss(R, c, "10-09执行完毕，10-12（周六调休上班，第三个工作日）删除")
        c = self.shixin_paid(d("2025-12-08"), d("2026-01-05"), d("2026-03-06"), d("2026-03-11"))
        self.miss(R, c, "周五执行完毕，次周三（第三个工作日）删除")
        c = self.short_zb(d("2025-03-03"), d("2025-07-14"), start_kw=dict(rep_res="拒绝报告"))
        c.ev("罚款", d("2025-06-02"), amount=10000, note="拒绝报告财产")
        c.ev("失信", d("2025-06-02"), end=d("2027-06-02"), note="违反财产报告制度（失信规定第一条第（四）项），纳入期限二年")
        self.miss(R, c, "终本后已两次查询无财产，但失信有二年纳入期限（第十条第二款：不适用第一款）")
        assert add_workdays(d("2026-05-13"), 3) == d("2026-05-18")
        c = self.short_zb(d("2024-01-15"), d("2024-06-24"), start_kw=dict(rep_res="逾期未报告"))
        c.ev("罚款", d("2024-05-13"), amount=10000, note="逾期不报告财产")
        c.ev("失信", d("2024-05-13"), end=d("2026-05-13"), note="违反财产报告制度（失信规定第一条第（四）项），纳入期限二年")
        c.ev("删除失信", d("2026-05-18"), note="纳入期限届满删除")
        self.miss(R, c, "纳入期限05-13届满，05-18（第三个工作日）删除")

    def p_xy_wrong_list(self):
        R = "XY-WRONG-LIST"
        w = self.w
        minor = w.person(birth=d("2008-03-21"))
        c = self.open_case(d("2026-01-19"), debtors=[minor], cause="机动车交通事故责任纠纷")
        self.xianxiao(c, d("2026-03-19"))
        c.ev("失信", d("2026-03-19"), note="有履行能力而拒不履行生效法律文书确定义务（失信规定第一条第（一）项）")
        self.fire(R, c, "被执行人生于2008-03-21，2026-03-19纳入失信时未满十八周岁（失信规定第四条）")
        minor = w.person(birth=d("2010-05-01"))
        c = self.open_case(d("2026-04-07"), debtors=[minor], cause="生命权、身体权、健康权纠纷")
        self.xianxiao(c, d("2026-06-03"))
        c.ev("失信", d("2026-06-03"), note="有履行能力而拒不履行生效法律文书确定义务（失信规定第一条第（一）项）")
        self.fire(R, c, "被执行人年仅16岁即纳入失信")
        c = self.open_ctl(d("2026-07-06"), [("冻结", self.dep_item(), dict(amount=300000, value=300000, end=d("2027-07-08")))], 200000)
        c.ev("失信", d("2026-07-20"), note="有履行能力而拒不履行生效法律文书确定义务（失信规定第一条第（一）项）")
        self.xianxiao(c, d("2026-07-20"))
        self.fire(R, c, "已冻结存款30万元足以清偿20万元债务，仍以第一项纳入失信（失信规定第三条第二项）")
        c = self.open_case(d("2026-05-11"))
        c.ev("和解", d("2026-06-10"), end=d("2026-07-31"), result="被执行人未履行和解协议（第二期逾期）",
             note="执行和解：分两期于2026-06-30、07-31前付清")
        c.ev("恢复执行", d("2026-08-10"), note="申请执行人申请恢复执行原生效法律文书")
        self.fire(R, c, "无正当理由拒不履行执行和解协议（失信规定第一条第（六）项），未纳入失信")
        adult = w.person(birth=d("2008-03-21"))
        c = self.open_case(d("2026-01-26"), debtors=[adult], cause="机动车交通事故责任纠纷")
        self.xianxiao(c, d("2026-03-23"))
        c.ev("失信", d("2026-03-23"), note="有履行能力而拒不履行生效法律文书确定义务（失信规定第一条第（一）项）")
        self.miss(R, c, "被执行人2026-03-21年满十八周岁，03-23纳入失信时已成年")
        c = self.open_ctl(d("2026-07-13"), [("冻结", self.dep_item(), dict(amount=150000, value=150000, end=d("2027-07-14")))], 200000)
        c.ev("失信", d("2026-07-27"), note="有履行能力而拒不履行生效法律文书确定义务（失信规定第一条第（一）项）")
        self.xianxiao(c, d("2026-07-27"))
        self.miss(R, c, "冻结15万元不足清偿20万元债务，可以纳入失信")
        c = self.open_case(d("2026-06-01"), start_kw=dict(rep_res="虚假报告"))
        c.ev("罚款", d("2026-07-01"), amount=20000, note="虚假报告财产")
        c.ev("失信", d("2026-07-01"), end=d("2028-07-01"), note="违反财产报告制度（失信规定第一条第（四）项），纳入期限二年")
        self.xianxiao(c, d("2026-07-01"))
        self.miss(R, c, "虚假报告已罚款并纳入失信")
        c = self.open_case(d("2026-03-16"), act=False)
        c.ev("和解", d("2026-04-13"), end=d("2027-04-30"), result="分期履行中，已按期支付6期",
             note="执行和解：自2026-05起每月10日前支付1万元至2027-04")
        self.miss(R, c, "执行和解分期履行中，未违约，不应纳入失信")
        self.miss("XJ-IDLE", c, "执行和解分期履行中（履行期至2027-04-30），法院无须采取执行行为")

    def p_xy_xx_lift(self):
        R = "XY-XIANXIAO-LIFT"
        def xx_paid(F, xx, C, lift, court="A"):
            c = self.new(F, court=court, tag="planted")
            self.start(c, N=wd(add_days(F, 1)), Q=wd(add_days(F, 2)))
            self.xianxiao(c, xx)
            c.ev("案款到账", wdb(add_days(C, -10)), amount=c.claim, note="被执行人履行")
            c.ev("案款发放", wdb(add_days(C, -1)), amount=c.claim, buyer=c.applicant.name, buyer_id=c.applicant.id)
            c.close(C, "执行完毕")
            c.paid = c.claim
            if lift:
                c.ev("解除限制消费", lift, note="被执行人已履行完毕")
            return c
        assert add_workdays(d("2026-04-30"), 3) == d("2026-05-08")
        c = xx_paid(d("2026-03-02"), d("2026-03-09"), d("2026-04-30"), d("2026-05-09"))
        self.fire(R, c, "04-30履行完毕，第三个工作日为05-08（劳动节假期后），05-09（调休上班日）才解除")
        c = xx_paid(d("2025-11-03"), d("2025-11-10"), d("2026-01-20"), None)
        self.fire(R, c, "履行完毕至今未解除限制消费令")
        c = xx_paid(d("2025-09-01"), d("2025-09-08"), d("2025-11-03"), d("2025-12-15"))
        self.fire(R, c, "履行完毕42日后才解除限制消费令")
        c = xx_paid(d("2026-03-09"), d("2026-03-16"), d("2026-04-30"), d("2026-05-08"))
        self.miss(R, c, "04-30履行完毕，05-08（第三个工作日，劳动节假期不计）解除")
        c = xx_paid(d("2025-06-09"), d("2025-06-16"), d("2025-08-11"), d("2025-08-11"), court="B")
        self.miss(R, c, "履行完毕当日解除")
        c = xx_paid(d("2024-07-29"), d("2024-08-05"), d("2024-09-27"), d("2024-10-08"))
        self.miss(R, c, "09-27履行完毕，10-08为第三个工作日（09-29周日调休上班）")
        c = self.short_zb(d("2025-02-10"), d("2025-06-23"))
        self.miss(R, c, "终本案件未履行完毕，限制消费继续有效")

    def p_xy_deceased(self):
        R = "XY-DECEASED"
        w = self.w
        dbt = w.person(age=(60, 80))
        self.huji(dbt, death=d("2025-12-01"))
        c = self.short_zb(d("2024-10-14"), d("2025-02-24"), debtors=[dbt])
        self.fire(R, c, "被执行人2025-12-01死亡（户籍），限制消费令至今未解除")
        dbt = w.person(age=(55, 75))
        self.huji(dbt, death=d("2026-03-10"))
        c = self.short_zb(d("2025-01-13"), d("2025-05-26"), debtors=[dbt], start_kw=dict(rep_res="逾期未报告"))
        c.ev("罚款", d("2025-02-17"), amount=5000, note="逾期不报告财产")
        c.ev("失信", d("2025-02-17"), end=d("2027-02-17"), note="违反财产报告制度（失信规定第一条第（四）项），纳入期限二年")
        self.fire(R, c, "被执行人2026-03-10死亡，失信及限制消费仍在")
        dbt = w.person(age=(60, 80))
        self.huji(dbt, death=d("2026-01-05"))
        c = self.short_zb(d("2025-11-03"), d("2026-03-16"), debtors=[dbt], zb_kw=dict(xx_date=d("2026-02-20")))
        self.fire(R, c, "被执行人2026-01-05已死亡，02-20仍对其发出限制消费令")
        dbt = w.person(age=(60, 80))
        self.huji(dbt, death=d("2026-05-01"))
        c = self.short_zb(d("2024-12-09"), d("2025-04-21"), debtors=[dbt])
        c.ev("解除限制消费", d("2026-05-20"), note="被执行人死亡，解除限制消费令")
        self.miss(R, c, "被执行人05-01死亡，05-20已解除限制消费")
        dbt = w.person(age=(50, 70))
        twin = w.person(name=dbt.name, unique=False)
        self.huji(twin, death=d("2025-08-08"))
        self.huji(dbt)
        c = self.short_zb(d("2025-01-20"), d("2025-06-03"), debtors=[dbt])
        self.miss(R, c, "死亡登记属同名不同身份证号之人，被执行人健在")
        dbt = w.person(age=(60, 80))
        self.huji(dbt, death=d("2026-02-14"))
        c = self.new(d("2025-04-07"), tag="planted", debtors=[dbt])
        self.start(c)
        self.xianxiao(c, d("2025-04-14"))
        self.paid(c, d("2025-06-16"), lift_xx=True)
        self.miss(R, c, "限制消费令在被执行人死亡前已因履行完毕解除")

    # ================================================================== 刑事线索
    def p_jz_transfer(self):
        R = "JZ-TRANSFER"
        w = self.w
        def tcase(F, Z, kind, value, t_rel, price, to=None, related_company=False, paid=False, after_filing=False):
            dbt = w.person()
            c = self.new(F, tag="planted", debtors=[dbt], claim=400000, basis_days=60)
            t = wd(add_days(F, 2)) if after_filing else wd(add_days(c.basis_date, t_rel))
            to = to or w.person()
            if kind == "不动产":
                self.house(dbt, value, d("2015-05-05"), end=t, to=to, price=price)
            elif kind == "车辆":
                self.car(dbt, value, d("2020-05-05"), end=t, to=to, price=price)
            else:
                self.equity(dbt, w.company().name, value, d("2018-05-05"), end=t, to=to, price=price)
            self.start(c, N=wd(add_days(F, 1)), Q=wd(add_days(t, 1)) if after_filing else wd(add_days(F, 2)))
            if paid:
                self.paid(c, wd(add_days(F, 40)))
            else:
                self.zb(c, Z, xx_date=wd(add_days(F, 4)), onsite_date=wd(add_days(F, 20)))
            return c, dbt
        son = w.person(age=(20, 30))
        c, dbt = tcase(d("2025-03-03"), d("2025-07-21"), "不动产", 1200000, 30, 0, to=son)
        self.fire(R, c, "判决生效后将价值120万元房产无偿赠与他人，案件终本（拒执罪线索）")
        c, dbt = tcase(d("2025-04-07"), d("2025-08-25"), "车辆", 200000, 25, 100000, after_filing=True)
        self.fire(R, c, "收到执行通知次日以评估价50%转让车辆，案件终本")
        k = w.company()
        c, dbt = tcase(d("2025-05-12"), d("2025-09-22"), "股权", 1000000, 20, 10000, to=k)
        self.corp_role(dbt, k, "法定代表人", start=d("2017-01-01"))
        self.fire(R, c, "以1万元将出资100万元股权转让给本人任法定代表人的公司")
        c, dbt = tcase(d("2025-06-09"), d("2025-10-20"), "车辆", 100000, 30, 69000)
        self.fire(R, c, "判决后以69%价格转让车辆（低于70%）")
        dbt = w.person()
        h = self.house(dbt, 800000, d("2016-08-08"))
        c = self.new(d("2025-07-07"), tag="planted", debtors=[dbt], claim=400000)
        self.start(c, N=d("2025-07-08"), Q=d("2025-07-09"), qres="发现：%s" % h["item"])
        c.ev("查封", d("2025-07-10"), item=h["item"], value=800000, indivisible="是", end=d("2028-07-09"))
        buyer = w.person()
        h["end"], h["to"], h["to_id"], h["price"] = d("2025-08-20"), buyer.name, buyer.id, 790000
        c.ev("现场调查", d("2025-09-01"), item=h["item"], result="查封房产已被被执行人违法过户给案外人",
             obstacle="查封房产已被违法过户，已移送公安机关")
        self.zb(c, d("2025-11-24"), xx_date=d("2025-07-11"), onsite_date=d("2025-07-28"))
        self.fire(R, c, "查封期间房产被过户给案外人（刑法第三百一十四条线索）")
        # misses
        c, dbt = tcase(d("2025-08-11"), d("2025-12-22"), "车辆", 100000, 30, 70000)
        self.miss(R, c, "判决后以评估价70%转让给无关联第三人（不低于70%）")
        c, dbt = tcase(d("2025-09-08"), d("2026-01-19"), "不动产", 900000, -800, 0)
        self.miss(R, c, "房产赠与发生在执行依据生效两年多以前（诉讼开始前）")
        dbt = w.person()
        twin = w.person(name=dbt.name, unique=False)
        self.house(twin, 1000000, d("2014-04-04"), end=d("2025-11-11"), to=w.person(), price=0)
        c = self.short_zb(d("2025-10-13"), d("2026-02-24"), debtors=[dbt])
        self.miss(R, c, "无偿转让房产者与被执行人同名但身份证号不同")
        c, dbt = tcase(d("2025-10-20"), None, "不动产", 600000, 20, 0, paid=True)
        self.miss(R, c, "判决后赠与房产，但案件已全部执行完毕（未致判决无法执行）")

    def p_jz_travel(self):
        R, X = "JZ-TRAVEL", "XY-WRONG-LIST"
        w = self.w
        def tr(F, Z, trips, shixin=None, debtor=None, why=None):
            dbt = debtor or w.person()
            c = self.short_zb(F, Z, debtors=[dbt])
            for t in trips:
                who = t[0] if len(t) == 5 else dbt
                tt = t[1:] if len(t) == 5 else t
                self.trip(who, *tt)
            if shixin:
                c.ev("失信", shixin, end=add_months(shixin, 24), note="违反限制消费令（失信规定第一条第（五）项），纳入期限二年")
            return c
        c = tr(d("2025-07-07"), d("2025-11-17"), [(d("2026-07-10"), "航空", "MU5137", "经济舱")], shixin=d("2026-07-27"))
        self.fire(R, c, "限制消费期间乘坐飞机（经济舱亦属禁止）")
        c = tr(d("2025-08-04"), d("2025-12-15"), [(d("2026-08-01"), "铁路", "G7365", "二等座", )])
        self.fire(R, c, "限制消费期间乘坐G字头列车（全部座位均禁止）")
        self.fire(X, c, "违反限制消费令应纳入失信而未纳入")
        c = tr(d("2025-09-01"), d("2026-01-12"), [(d("2026-06-18"), "铁路", "D3125", "一等座")], shixin=d("2026-07-06"))
        self.fire(R, c, "限制消费期间乘坐动车一等座")
        comp = self.company_with_rep()
        c = tr(d("2025-10-13"), d("2026-02-24"), [(comp.rep, d("2026-09-09"), "航空", "CA1702", "公务舱")],
               shixin=d("2026-09-28"), debtor=comp)
        self.fire(R, c, "单位被执行人的法定代表人在限制消费期间乘飞机公务舱（限消规定第三条第二款）")
        c = tr(d("2025-11-03"), d("2026-03-16"), [(d("2026-05-22"), "铁路", "K529", "软卧")])
        self.fire(R, c, "限制消费期间乘坐列车软卧")
        self.fire(X, c, "违反限制消费令应纳入失信而未纳入")
        c = tr(d("2025-06-02"), d("2025-10-13"), [(d("2026-04-03"), "铁路", "D2281", "二等座")])
        self.miss(R, c, "动车二等座不属禁止消费")
        c = tr(d("2025-05-06"), d("2025-09-15"), [(d("2026-01-20"), "铁路", "K8367", "硬卧")])
        self.miss(R, c, "普通列车硬卧不属禁止消费")
        dbt = w.person()
        c = tr(d("2025-04-07"), d("2025-08-18"), [(d("2025-04-09"), "航空", "MU5461", "经济舱")], debtor=dbt)
        self.miss(R, c, "乘机（04-09）早于限制消费令（04-11）")
        dbt = w.person()
        c = self.new(d("2025-03-10"), tag="planted", debtors=[dbt])
        self.start(c)
        self.xianxiao(c, d("2025-03-17"))
        self.paid(c, d("2025-05-12"), lift_xx=True)
        self.trip(dbt, add_days(c.closing, 30), "航空", "HO1259", "经济舱")
        self.miss(R, c, "限制消费令已因履行完毕解除后乘机")
        dbt = w.person()
        twin = w.person(name=dbt.name, unique=False)
        c = tr(d("2025-02-10"), d("2025-06-23"), [(twin, d("2026-02-26"), "航空", "CZ3561", "头等舱")], debtor=dbt)
        self.miss(R, c, "乘机人与被执行人同名但身份证号不同")

    def p_jz_after(self):
        R, T = "JZ-AFTER-SANCTION", "JZ-TRAVEL"
        w = self.w
        def oc(F, xx, **kw):
            c = self.open_case(F, **kw)
            self.xianxiao(c, xx)
            return c
        dbt = w.person()
        c = oc(d("2025-12-01"), d("2025-12-08"), debtors=[dbt])
        self.trip(dbt, d("2026-02-10"), "航空", "MU5701", "经济舱")
        c.ev("罚款", d("2026-03-02"), amount=30000, note="违反限制消费令乘坐飞机")
        c.ev("失信", d("2026-03-02"), end=d("2028-03-02"), note="违反限制消费令（失信规定第一条第（五）项），纳入期限二年")
        self.trip(dbt, d("2026-06-10"), "航空", "MU5702", "经济舱")
        self.fire(R, c, "因违反限消令被罚款后再次乘机（拒执解释第三条第（四）项）")
        self.fire(T, c, "限制消费期间两次乘机")
        c = oc(d("2025-12-08"), d("2025-12-15"), start_kw=dict(rep_res="拒绝报告"))
        c.ev("拘留", d("2026-02-10"), note="拒绝报告财产，司法拘留十五日")
        c.ev("失信", d("2026-02-10"), end=d("2028-02-10"), note="违反财产报告制度（失信规定第一条第（四）项），纳入期限二年")
        c.ev("报告财产令", d("2026-03-02"), end=d("2026-03-12"), item="再次责令报告财产", result="拒绝报告")
        self.fire(R, c, "拘留后再次责令报告仍拒绝报告")
        dbt = w.person()
        c = oc(d("2025-12-15"), d("2025-12-22"), debtors=[dbt], start_kw=dict(rep_res="逾期未报告"))
        c.ev("罚款", d("2026-04-01"), amount=10000, note="逾期不报告财产")
        c.ev("失信", d("2026-04-01"), end=d("2028-04-01"), note="违反财产报告制度（失信规定第一条第（四）项），纳入期限二年")
        self.trip(dbt, d("2026-08-20"), "铁路", "G7503", "二等座", "绍兴北", "杭州东")
        self.fire(R, c, "罚款后又违反限消令乘坐高铁")
        self.fire(T, c, "限制消费期间乘坐G字头列车")
        # misses
        dbt = w.person()
        c = oc(d("2025-12-22"), d("2025-12-29"), debtors=[dbt])
        self.trip(dbt, d("2026-02-12"), "航空", "CA1839", "经济舱")
        c.ev("罚款", d("2026-03-09"), amount=20000, note="违反限制消费令乘坐飞机")
        c.ev("失信", d("2026-03-09"), end=d("2028-03-09"), note="违反限制消费令（失信规定第一条第（五）项），纳入期限二年")
        self.miss(R, c, "乘机在罚款之前，罚款后未再违反")
        self.fire(T, c, "限制消费期间乘机（已被罚款）")
        dbt = w.person()
        c = oc(d("2026-01-05"), d("2026-01-12"), debtors=[dbt], start_kw=dict(rep_res="逾期未报告"))
        c.ev("罚款", d("2026-03-16"), amount=10000, note="逾期不报告财产")
        c.ev("失信", d("2026-03-16"), end=d("2028-03-16"), note="违反财产报告制度（失信规定第一条第（四）项），纳入期限二年")
        self.trip(dbt, d("2026-07-07"), "铁路", "D3113", "二等座", "嵊州新昌", "温州南")
        self.miss(R, c, "罚款后仅乘坐动车二等座（不属禁止消费）")
        c = oc(d("2026-01-12"), d("2026-01-19"), start_kw=dict(rep_res="拒绝报告"))
        c.ev("拘留", d("2026-03-02"), note="拒绝报告财产，司法拘留十日")
        c.ev("失信", d("2026-03-02"), end=d("2028-03-02"), note="违反财产报告制度（失信规定第一条第（四）项），纳入期限二年")
        c.ev("报告财产令", d("2026-03-16"), end=d("2026-03-26"), item="再次责令报告财产", result="已按期报告")
        self.miss(R, c, "拘留后如实报告财产")
        dbt = w.person()
        twin = w.person(name=dbt.name, unique=False)
        c = oc(d("2026-01-19"), d("2026-01-26"), debtors=[dbt])
        c.ev("罚款", d("2026-04-13"), amount=10000, note="违反限制消费令入住星级酒店")
        c.ev("失信", d("2026-04-13"), end=d("2028-04-13"), note="违反限制消费令（失信规定第一条第（五）项），纳入期限二年")
        self.trip(twin, d("2026-07-15"), "航空", "MU5509", "经济舱")
        self.miss(R, c, "罚款后乘机者系同名不同身份证号之人")

    def p_xs_collusion(self):
        R = "XS-COLLUSION"
        w = self.w
        def victim(F, dbt, item, value, kind="查封"):
            v = self.new(F, tag="planted", debtors=[dbt], claim=800000)
            self.start(v, N=wd(add_days(F, 1)), Q=wd(add_days(F, 2)), qres="发现：%s" % item)
            v.ev(kind, wd(add_days(F, 4)), item=item, value=value, amount=value if kind == "冻结" else None,
                 indivisible="是", end=add_days(add_months(wd(add_days(F, 4)), 36 if kind == "查封" else 12), -1))
            v.ev("评估", wd(add_days(F, 20)), item=item, value=value)
            self.recent_act(v)
            return v
        def colluder(F, dbt, app, claim, basis, bdate, note, item):
            x = self.new(F, tag="planted", debtors=[dbt], applicant=app, claim=claim, basis=basis,
                         cause="民间借贷纠纷", basis_days=(F - bdate).days)
            for e in x.events:
                if e["kind"] == "执行依据":
                    e["note"] = note
            self.start(x, N=wd(add_days(F, 1)), Q=wd(add_days(F, 2)), qres="发现：%s" % item)
            x.ev("轮候查封", wd(add_days(F, 3)), item=item, value=0, end=add_days(add_months(wd(add_days(F, 3)), 36), -1))
            self.recent_act(x)
            return x
        # 1. brother (same 户籍 address), 司法确认 in 7 days, after the seizure, 90万 vs 150万
        dbt = w.person()
        bro = w.person()
        bro.addr = dbt.addr
        self.huji(dbt)
        self.huji(bro)
        h = self.house(dbt, 1500000, d("2016-01-01"))
        v = victim(d("2026-07-01"), dbt, h["item"], 1500000)
        x = colluder(d("2026-08-10"), dbt, bro, 900000, "（2026）浙0683民特88号", d("2026-08-03"),
                     "司法确认调解协议：2026-07-27申请、2026-08-03裁定确认", h["item"])
        self.fire(R, x, "被执行人之兄（同户籍地址）在首封后7日内经司法确认取得90万元债权并轮候查封")
        # 2. company debtor; colluder company with the same legal representative; arbitration
        comp = self.company_with_rep()
        other = w.company()
        self.corp_role(comp.rep, other, "法定代表人", start=d("2020-02-02"))
        dep = self.dep_item()
        v = victim(d("2026-06-15"), comp, dep, 1000000, kind="冻结")
        x = colluder(d("2026-07-20"), comp, other, 2000000, "绍兴仲裁委员会（2026）绍仲裁字第123号", d("2026-07-10"),
                     "仲裁受理2026-06-30，2026-07-10调解结案", dep)
        self.fire(R, x, "与被执行人同一法定代表人的关联公司经10日仲裁调解取得200万元债权，冻结后申请执行")
        # 3. spouse (same address and phone), notarised debt with enforcement certificate
        dbt = w.person()
        sp = w.person()
        sp.addr, sp.phone = dbt.addr, dbt.phone
        self.huji(dbt)
        self.huji(sp)
        car = self.car(dbt, 300000, d("2023-01-01"))
        v = victim(d("2026-06-01"), dbt, car["item"], 300000)
        v.ev("扣押", wd(add_days(d("2026-06-01"), 6)), item=car["item"], value=300000)
        x = colluder(d("2026-07-06"), dbt, sp, 600000, "（2026）浙绍证字第456号公证债权文书及执行证书", d("2026-06-29"),
                     "公证债权文书：2026-06-24公证，06-29出具执行证书", car["item"])
        self.fire(R, x, "被执行人配偶凭公证债权文书在扣押后申请执行60万元")
        # misses
        dbt = w.person()
        self.huji(dbt)
        stranger = w.company()
        h = self.house(dbt, 1000000, d("2017-01-01"))
        v = victim(d("2026-06-08"), dbt, h["item"], 1000000)
        x = colluder(d("2026-08-03"), dbt, stranger, 300000, "（2025）浙0683民初7781号", d("2026-06-30"),
                     "判决（经开庭审理，被告到庭抗辩）", h["item"])
        self.miss(R, x, "无关联债权人经开庭审理的判决，仅“在首封之后”一项")
        dbt = w.person()
        father = w.person(age=(60, 75))
        father.addr = dbt.addr
        self.huji(dbt)
        self.huji(father)
        x = self.new(d("2025-03-03"), tag="planted", debtors=[dbt], applicant=father, claim=50000,
                     basis="（2024）浙0683民初3312号", cause="民间借贷纠纷", basis_days=200)
        self.start(x)
        self.zb(x, d("2025-07-14"))
        v = self.new(d("2025-09-01"), tag="planted", debtors=[dbt], claim=300000)
        self.start(v)
        self.zb(v, d("2026-01-12"))
        self.miss(R, x, "关联方（父亲）的债权系早年判决、先于他人申请执行且数额小")
        self.miss(R, v, "本案申请执行人与被执行人无关联")
        dbt = w.person()
        self.huji(dbt)
        h = self.house(dbt, 1200000, d("2017-01-01"))
        x = self.new(d("2026-05-11"), tag="planted", debtors=[dbt], applicant=w.person(), claim=40000,
                     basis="（2026）浙0683民特41号", cause="民间借贷纠纷", basis_days=12)
        self.start(x, N=d("2026-05-12"), Q=d("2026-05-13"), qres="发现：%s" % h["item"])
        x.ev("查封", d("2026-05-14"), item=h["item"], value=1200000, indivisible="是", end=d("2029-05-13"))
        x.ev("评估", d("2026-05-28"), item=h["item"], value=1200000)
        x.ev("延长期限批准", d("2026-10-20"), end=d("2027-05-11"), note="院长批准延长执行期限")
        self.recent_act(x)
        v = self.new(d("2026-07-13"), tag="planted", debtors=[dbt], claim=500000)
        self.start(v, N=d("2026-07-14"), Q=d("2026-07-15"), qres="发现：%s（已被本院另案查封）" % h["item"])
        v.ev("轮候查封", d("2026-07-16"), item=h["item"], value=1200000, end=d("2029-07-15"))
        self.recent_act(v)
        self.miss(R, x, "无关联小额民特案件，先于他人查封")
        self.miss(R, v, "后案申请执行人与被执行人无关联")

    def p_xs_serial_lender(self):
        R = "XS-SERIAL-LENDER"
        w = self.w
        def quick(F, app, cause="民间借贷纠纷", days=(8, 25), method="准许撤回申请"):
            c = self.new(F, tag="planted", applicant=app, cause=cause, claim=self.r.randrange(50000, 300000, 1000))
            self.start(c, N=wd(add_days(F, 1)), Q=wd(add_days(F, 2)))
            H = wd(add_days(F, self.r.randint(days[0] - 3, days[0] + 2)))
            c.ev("和解", H, note="执行和解，申请执行人撤回执行申请")
            c.close(wd(add_days(F, self.r.randint(*days))) if method == "准许撤回申请" else None, method)
            if c.closing <= H:
                c.closing = wd(add_days(H, 2))
            return c
        lender = w.person(age=(40, 60))
        for i in range(6):
            c = quick(wd(add_days(d("2026-01-12"), 40 * i)), lender)
            self.fire(R, c, "同一出借人12个月内6件民间借贷执行案均快速和解撤回")
        lender = w.company(suffix="投资咨询有限公司")
        base = d("2025-11-20")
        for i, off in enumerate((0, 70, 150, 240, 340)):
            c = quick(wd(add_days(base, off)), lender, days=(8, 15))
            self.fire(R, c, "同一申请人5件民间借贷案（2025-11-20至2026-10-26，未超12个月）均快速撤回")
        lender = w.person(age=(35, 55))
        for i in range(5):
            c = quick(wd(add_days(d("2025-08-04"), 30 * i)), lender)
            self.fire(R, c, "同一出借人5个月内5件民间借贷案均于立案后一个月内撤回")
        # misses
        lender = w.person(age=(40, 60))
        for off in (0, 90, 180, 270, 370):
            c = quick(wd(add_days(d("2024-01-08"), off)), lender)
            self.miss(R, c, "5件分布于约12个半月内：任何12个月内仅4件")
        lender = w.person(age=(40, 60))
        for i in range(4):
            c = quick(wd(add_days(d("2025-03-03"), 45 * i)), lender)
            self.miss(R, c, "同一出借人仅4件")
        bank = w.company(name="越州商业银行股份有限公司嵊州支行")
        for i in range(5):
            c = quick(wd(add_days(d("2025-04-07"), 30 * i)), bank, cause="金融借款合同纠纷")
            self.miss(R, c, "金融借款合同纠纷（银行），非民间借贷")
        lender = w.person(age=(40, 60))
        for i in range(5):
            F = wd(add_days(d("2024-06-03"), 40 * i))
            c = self.new(F, tag="planted", applicant=lender, cause="民间借贷纠纷")
            self.start(c)
            self.zb(c, wd(add_days(add_months(F, 5), 4)))
            self.miss(R, c, "5件民间借贷案均正常执行后终本，非快速和解撤回")

    # ================================================================== 超期 / 消极
    def prop_case(self, F, C=None, freeze_at=None, take_at=None, **kw):
        """Case with a frozen deposit taken over (划拨) at `take_at`, closed 执行完毕 on C."""
        c = self.new(F, tag="planted", **kw)
        self.start(c, N=wd(add_days(F, 1)), Q=wd(add_days(F, 2)), qres="发现：银行存款")
        it = self.dep_item()
        fa = freeze_at or wd(add_days(F, 3))
        c.ev("冻结", fa, item=it, amount=c.claim, value=c.claim // 3, end=add_days(add_months(fa, 12), -1))
        if C:
            ta = take_at or wdb(add_days(C, -14))
            c.ev("案款到账", ta, amount=c.claim, note="划拨存款（陆续入账）")
            c.ev("案款发放", wdb(add_days(C, -2)), amount=c.claim, buyer=c.applicant.name, buyer_id=c.applicant.id)
            c.ev("解封", wdb(add_days(C, -2)), item=it, note="划拨完毕")
            c.close(C, "执行完毕")
            c.paid = c.claim
        return c

    def p_xj_6month(self):
        R = "XJ-6MONTH"
        dbt = self.w.person()
        c = self.auction_case(d("2026-04-20"), 900000, [dict(price=700000, A=d("2026-05-25"), lead=33),
                              dict(price=600000, gap=14, lead=17)], 400000, debtor=dbt, S=d("2026-04-23"))
        c.ev("变卖", d("2026-09-14"), item=c.item, price=600000, result="变卖公告中", note="二拍流拍后在同一平台变卖")
        self.recent_act(c, d("2026-10-30"))
        self.fire(R, c, "有财产（查封房产）案件立案逾六个月未执结，无延长期限审批")
        assert add_months(d("2025-03-11"), 6) == d("2025-09-11") and is_workday(d("2025-09-11"))
        c = self.prop_case(d("2025-03-11"), d("2025-09-12"))
        self.fire(R, c, "立案2025-03-11，六个月届满09-11，09-12执行完毕：超一日")
        c = self.prop_case(d("2025-04-14"), d("2025-11-28"))
        c.ev("中止", d("2025-05-05"), end=d("2025-06-04"), note="案外人提出执行异议，中止执行")
        c.ev("恢复执行", d("2025-06-05"), note="异议审查终结，恢复执行")
        self.fire(R, c, "扣除中止期间30日后仍超期约15日")
        assert add_months(d("2025-08-29"), 6) == d("2026-02-28")
        c = self.prop_case(d("2025-08-29"), d("2026-03-02"))
        self.fire(R, c, "六个月末日2026-02-28（月末、调休上班日，不顺延），03-02结案逾期")
        c = self.prop_case(d("2025-03-11"), d("2025-09-11"))
        self.miss(R, c, "六个月届满当日执行完毕")
        c = self.prop_case(d("2025-08-29"), d("2026-02-28"))
        self.miss(R, c, "2026-02-28（调休上班日）执行完毕")
        c = self.prop_case(d("2025-06-10"), d("2026-01-05"))
        c.ev("中止", d("2025-07-01"), end=d("2025-08-31"), note="被执行人申请破产审查，中止执行")
        c.ev("恢复执行", d("2025-09-01"), note="破产申请被裁定不予受理，恢复执行")
        self.miss(R, c, "超六个月26日，但中止执行61日应予扣除（执行工作规定第63条）")
        c = self.prop_case(d("2025-05-12"), d("2026-01-20"))
        c.ev("延长期限批准", d("2025-10-20"), end=d("2026-02-12"), note="期限届满前经院长批准延长三个月")
        self.miss(R, c, "届满前23日经院长批准延长执行期限")
        c = self.short_zb(d("2025-01-13"), d("2025-09-22"))
        self.miss(R, c, "无财产可供执行的案件八个月后终本，不适用六个月执结期限")

    def p_xj_idle(self):
        R = "XJ-IDLE"
        c = self.new(d("2026-03-02"), tag="planted")
        self.start(c)
        self.xianxiao(c, d("2026-03-09"))
        c.ev("现场调查", d("2026-07-20"), item="被执行人住所地", result=NONE_FOUND)
        self.fire(R, c, "最后执行行为2026-07-20，至今118日无任何执行行为")
        c = self.new(d("2026-04-07"), tag="planted", applicant=self.w.person(birth=d("1956-11-14")))
        self.start(c)
        c.ev("现场调查", d("2026-08-14"), item="被执行人住所地", result=NONE_FOUND)
        self.fire(R, c, "最后执行行为2026-08-14，满90日后（11-12）仍无行为")
        self.fire(PG, c, "申请执行人生于1956-11-14，已年满70周岁，且本案另有线索")
        c = self.new(d("2026-06-01"), tag="planted", applicant=self.w.person(birth=d("1956-11-16")))
        self.start(c, N=d("2026-06-03"), Q=d("2026-06-05"))
        self.fire(R, c, "立案后仅发通知、查控，此后163日无执行行为")
        self.miss(PG, c, "申请执行人生于1956-11-16，今日（2026-11-15）未满70周岁")
        c = self.new(d("2026-04-13"), tag="planted")
        self.start(c)
        c.ev("现场调查", d("2026-08-17"), item="被执行人住所地", result=NONE_FOUND)
        self.miss(R, c, "最后执行行为08-17，90日末日恰为今日")
        c = self.new(d("2026-03-09"), tag="planted")
        self.start(c)
        c.ev("中止", d("2026-05-11"), note="案外人执行异议之诉审理中，中止执行")
        self.miss(R, c, "中止执行期间（至今未恢复）")
        c = self.new(d("2026-05-18"), tag="planted")
        self.start(c)
        c.ev("暂缓", d("2026-09-01"), end=d("2026-11-30"), note="被执行人提供担保，暂缓执行三个月")
        self.miss(R, c, "暂缓执行期间（至2026-11-30）")

    def p_judge_outlier(self):
        R = "JUDGE-OUTLIER"
        j = "周海"
        offs = [1, 1, 5, 8, 10, 12, 15, 18, 20, 22, 25, None]   # days after F+3m; None = exactly F+4m
        starts = [d("2024-01-08"), d("2024-03-04"), d("2024-04-08"), d("2024-05-06"), d("2024-07-01"),
                  d("2024-08-05"), d("2024-09-02"), d("2024-11-04"), d("2025-01-06"), d("2025-02-10"),
                  d("2025-03-03"), d("2025-05-05")]
        for F, off in zip(starts, offs):
            Z = add_months(F, 4) if off is None else add_days(add_months(F, 3), off)
            assert add_months(F, 3) < Z <= add_months(F, 4)
            c = self.short_zb(F, Z, judge=j)
            if off == 1:
                self.fire(R, c, "承办人周海12件终本全部在立案后3—4个月内（本案为三个月又一日）")
                self.miss("ZB-3MONTH", c, "立案三个月又一日终本：已超过三个月")
            elif off is None:
                self.fire(R, c, "承办人周海12件终本全部在3—4个月内（本案恰满四个月）")
            else:
                self.fire(R, c, "承办人周海12件终本全部在立案后3—4个月内，院内其他承办人约一成")
        j = "孙丽"
        starts = [d("2024-02-05"), d("2024-04-08"), d("2024-06-03"), d("2024-08-05"), d("2024-10-08"),
                  d("2024-12-02"), d("2025-02-10"), d("2025-04-07")]
        for i, F in enumerate(starts):
            Z = add_days(add_months(F, 3), 15) if i == 0 else add_days(add_months(F, 4), 1 + i % 3)
            c = self.short_zb(F, Z, judge=j)
            self.miss(R, c, "承办人孙丽8件终本中仅1件在3—4个月内，其余在四个月又1—3日（窗口外）")

    def p_priority_misses(self):
        c = self.paid_case(d("2025-06-16"), cause="追索劳动报酬纠纷", applicant=self.w.person(age=(25, 45)))
        self.miss(PG, c, "农民工追索劳动报酬案件，但无任何违法线索")
        c = self.short_zb(d("2025-02-17"), d("2025-07-07"), applicant=self.w.person(birth=d("1948-06-06")))
        self.miss(PG, c, "申请执行人78岁，但本案无其他线索")
        c = self.paid_case(d("2025-07-21"), N=d("2025-08-08"), cause="劳动争议", applicant=self.w.company())
        self.fire("CX-NOTICE-10D", c, "立案后第18日发出执行通知")
        self.miss(PG, c, "劳动争议但申请执行人为用人单位（非劳动者）")

    def planted(self):
        for name in sorted(n for n in dir(self) if n.startswith("p_")):
            getattr(self, name)()
