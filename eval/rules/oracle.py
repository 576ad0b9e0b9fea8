"""Reference reading of every rule, used only to check the dataset for consistency: each
planted case must trip exactly the rules declared for it and the lawful background none.
Written from legal-brief.md part A and the articles it quotes (see README.md); thresholds
are the brief's defaults.  `rolled=False` drops the 第八十五条 roll-forward (a stricter,
holiday-blind reading) — the background must be lawful under both readings."""
import re
from collections import defaultdict

from lawcal import D, add_days, add_months, deadline_days, deadline_months, add_workdays, age_on
from model import TODAY, fee

CORE = ["存款", "车辆", "不动产", "有价证券"]
CTL = ("查封", "扣押", "冻结")
EXEMPT = ["生活所必需的衣服", "生活必需的衣服", "炊具", "最低生活保障", "低保", "辅助工具", "轮椅",
          "勋章", "义务教育", "未公开的发明", "未发表的著作"]
REPORT_BAD = ("逾期未报告", "拒绝报告", "虚假报告")
PERIOD_GROUNDS = ("违反财产报告制度", "违反限制消费令", "拒不履行执行和解协议", "妨碍、抗拒执行", "规避执行")


def found(res):
    return bool(res) and "发现" in res and "未发现" not in res


def is_vehicle(item):
    return bool(re.search(r"浙[A-Z]", item or "")) or "车" in (item or "")


def is_deposit(e):
    it = e.get("item", "")
    return e["kind"] == "冻结" and ("存款" in it or "账户" in it or "账号" in it)


def is_equity(item):
    return "股权" in (item or "")


class Oracle:
    def __init__(self, world, rolled=True):
        self.w = world
        self.rolled = rolled
        self.cases = world.cases
        self.by_no = world.by_no
        self.reg_id = defaultdict(lambda: defaultdict(list))
        for kind, rows in world.registry.items():
            for row in rows:
                if row.get("holder_id"):
                    self.reg_id[kind][row["holder_id"]].append(row)
        self.corp_by_person = defaultdict(list)
        self.corp_by_company = defaultdict(list)
        for row in world.registry["企业登记"]:
            self.corp_by_person[row["holder_id"]].append(row)
            self.corp_by_company[row["item"]].append(row)
        self.huji = {row["holder_id"]: row for row in world.registry["户籍"]}
        self.resumes = defaultdict(list)
        for c in self.cases:
            if c.prior:
                self.resumes[c.prior].append(c)
        self.by_debtor = defaultdict(list)
        for c in self.cases:
            for d in c.debtors:
                self.by_debtor[d.id].append(c)
        self.hits = defaultdict(dict)

    # ------------------------------------------------------------------ helpers
    def dl(self, d, n):
        return deadline_days(d, n, self.rolled)

    def dlm(self, d, n):
        return deadline_months(d, n, self.rolled)

    def hit(self, rule, case, why):
        self.hits[rule].setdefault(case.no, why)

    def end_of(self, c):
        return c.closing or TODAY

    def released(self, c, item, at):
        return any(e["kind"] == "解封" and e.get("item") == item and e["date"] <= at
                   for e in c.events)

    def disposed(self, c, item, at):
        for e in c.events:
            if e.get("item") != item or e["date"] > at:
                continue
            if e["kind"] == "拍卖" and e.get("result", "成交") == "成交":
                return True
            if e["kind"] == "变卖" and "成交" in e.get("result", ""):
                return True
            if e["kind"] == "以物抵债" and "同意" in e.get("result", "") and "不同意" not in e.get("result", ""):
                return True
        return False

    def obstacle(self, c, item, at):
        for e in c.events:
            if e["date"] <= at and e.get("obstacle") and (e.get("item") == item or e["kind"] == "终本"):
                return True
        return False

    def controls(self, c, at=None, first_only=True):
        kinds = CTL if first_only else CTL + ("轮候查封",)
        return [e for e in c.events if e["kind"] in kinds and (at is None or e["date"] <= at)]

    def related(self, a_id, b_id, at=None):
        """a and b linked: same ID, company<->officer/shareholder, or same 户籍 address/phone."""
        if not a_id or not b_id:
            return False
        if a_id == b_id:
            return True

        def active(row):
            return at is None or ((row.get("start") is None or row["start"] <= at) and
                                  (row.get("end") is None or row["end"] > at))
        for row in self.w.registry["企业登记"]:
            if not active(row):
                continue
            # person row.holder_id is officer of company row.item
            comp_ids = [pid for pid, n in self.company_ids().items() if n == row["item"]]
            if row["holder_id"] == a_id and b_id in comp_ids:
                return True
            if row["holder_id"] == b_id and a_id in comp_ids:
                return True
        # two companies with a common officer
        ca = self.company_ids().get(a_id)
        cb = self.company_ids().get(b_id)
        if ca and cb:
            pa = {r["holder_id"] for r in self.corp_by_company[ca] if active(r)}
            pb = {r["holder_id"] for r in self.corp_by_company[cb] if active(r)}
            if pa & pb:
                return True
        ha, hb = self.huji.get(a_id), self.huji.get(b_id)
        if ha and hb and (ha["address"] == hb["address"] or ha["phone"] == hb["phone"]):
            return True
        return False

    _cids = None

    def company_ids(self):
        if self._cids is None:
            self._cids = {}
            for c in self.cases:
                for p in c.debtors + [c.applicant]:
                    if p.kind == "c":
                        self._cids[p.id] = p.name
                for e in c.events:
                    bid = e.get("buyer_id")
                    if bid and bid.startswith("91"):
                        self._cids[bid] = e.get("buyer")
            for rows in self.w.registry.values():
                for row in rows:
                    tid = row.get("to_id")
                    if tid and tid.startswith("91"):
                        self._cids[tid] = row.get("to")
        return self._cids

    def xx_active(self, c, t):
        """限制消费 in force on day t (issued before t, not lifted by t)."""
        xs = [e["date"] for e in c.events if e["kind"] == "限制消费"]
        if not xs or min(xs) >= t:
            return False
        lifts = [e["date"] for e in c.events if e["kind"] == "解除限制消费"]
        return not any(l <= t for l in lifts)

    def forbidden_trip(self, row):
        if row["mode"] == "航空":
            return True
        item, seat = row["item"], row["seat"]
        if item.startswith("G"):
            return True
        if "软卧" in seat:
            return True
        if item[:1] in ("D", "C") and seat in ("一等座", "商务座", "特等座"):
            return True
        return False

    def restricted_people(self, c):
        ids = []
        for d in c.debtors:
            ids.append((d.id, d.name))
            if d.kind == "c":
                for row in self.corp_by_company[d.name]:
                    if row["role"] in ("法定代表人", "实际控制人", "主要负责人"):
                        ids.append((row["holder_id"], row["holder"]))
        return ids

    def violating_trips(self, c):
        out = []
        for pid, _ in self.restricted_people(c):
            for row in self.reg_id["出行"].get(pid, []):
                if row["start"] <= TODAY and self.xx_active(c, row["start"]) and self.forbidden_trip(row):
                    out.append(row)
        return out

    def zb_date(self, c):
        return c.closing if c.is_zb else None

    def has_property(self, c):
        for e in c.events:
            if e["kind"] in CTL and not e.get("obstacle"):
                return True
            if e["kind"] in ("案款到账", "拍卖", "变卖"):
                return True
        s, t = c.filing, self.end_of(c)
        for d in c.debtors:
            for kind in ("不动产", "车辆", "股权"):
                for row in self.reg_id[kind].get(d.id, []):
                    if row["start"] <= t and (row.get("end") is None or row["end"] > s):
                        return True
        return False

    # ------------------------------------------------------------------ rules
    def run(self):
        for name in dir(self):
            if name.startswith("r_") and name != "r_priority_group_last":
                getattr(self, name)()
        self.r_priority_group_last()
        return self.hits

    def r_cx_notice(self):
        for c in self.cases:
            n = c.first("执行通知")
            due = self.dl(c.filing, 10)
            if n:
                if n["date"] > due:
                    self.hit("CX-NOTICE-10D", c, "执行通知 %s > %s" % (n["date"], due))
            elif self.end_of(c) > due and c.method not in ("驳回申请", "不予执行", "准许撤回申请", "销案"):
                self.hit("CX-NOTICE-10D", c, "无执行通知")

    def r_cx_report_order(self):
        for c in self.cases:
            if not c.claim:
                continue
            n = c.first("执行通知")
            if not n:
                continue
            rep = c.first("报告财产令")
            if rep is None or rep["date"] != n["date"]:
                self.hit("CX-REPORT-ORDER", c, "报告财产令缺失或不同日")

    def r_cx_report_sanction(self):
        for c in self.cases:
            bad = [e for e in c.evs("报告财产令") if e.get("result") in REPORT_BAD]
            if not bad:
                continue
            e = bad[0]
            dl = e.get("end", e["date"])
            sanc = c.evs("罚款", "拘留", "失信")
            if not sanc and (TODAY - dl).days > 30:
                self.hit("CX-REPORT-SANCTION", c, "报告违法 %s 未处罚未失信" % e["result"])

    def r_cx_clue(self):
        for c in self.cases:
            for e in c.evs("财产线索"):
                if "不明确" in e.get("note", "") or "不具体" in e.get("note", ""):
                    continue
                n = 3 if "紧急" in e.get("note", "") else 7
                due = self.dl(e["date"], n)
                ver = [v for v in c.evs("现场调查") if v["date"] >= e["date"] and v.get("item") == e.get("item")]
                if ver:
                    if ver[0]["date"] > due:
                        self.hit("CX-CLUE-7D", c, "线索 %s 核查 %s > %s" % (e["date"], ver[0]["date"], due))
                elif (c.closing and c.closing > due and c.is_zb) or (not c.closing and TODAY > due):
                    self.hit("CX-CLUE-7D", c, "线索未核查")

    def r_cx_netquery(self):
        for c in self.cases:
            qs = c.evs("网络查控")
            due = self.dl(c.filing, 30)
            if qs:
                if qs[0]["date"] > due:
                    self.hit("CX-NETQUERY", c, "首次查控 %s > %s" % (qs[0]["date"], due))
                ch = "".join(q.get("item", "") for q in qs)
                miss = [k for k in CORE if k not in ch]
                if miss:
                    self.hit("CX-NETQUERY", c, "查控渠道缺 %s" % miss)
            elif self.end_of(c) > due and c.method not in ("驳回申请", "不予执行", "准许撤回申请", "销案"):
                self.hit("CX-NETQUERY", c, "无网络查控")

    def r_kz_control_delay(self):
        for c in self.cases:
            for q in c.evs("网络查控", "终本后查询"):
                if q["kind"] == "终本后查询":
                    continue
                if not found(q.get("result")):
                    continue
                due = self.dl(q["date"], 7)
                ctl = [e for e in self.controls(c, first_only=False) if e["date"] >= q["date"]]
                if not ctl or ctl[0]["date"] > due:
                    if self.end_of(c) > due:
                        self.hit("KZ-CONTROL-DELAY", c, "发现财产 %s 未及时控制" % q["date"])

    def r_kz_overseize(self):
        for c in self.cases:
            ctl = self.controls(c)
            if not ctl:
                continue
            out = (c.claim or 0) - sum(e.get("amount", 0) for e in c.evs("案款发放"))
            cap = 1.5 * ((c.claim or 0) + fee(c.claim))
            for t in sorted({e["date"] for e in ctl}):
                live = {}
                for e in ctl:
                    if e["date"] <= t and not self.released(c, e["item"], add_days(t, 7)):
                        live.setdefault(e["item"], []).append(e)
                tot = 0
                for item, es in live.items():
                    e = es[0]
                    v = e.get("amount") if is_deposit(e) else max(x.get("value", 0) or 0 for x in es)
                    tot += max(0, (v or 0) - max(x.get("priority") or 0 for x in es))
                only_indiv = len(live) == 1 and any(x.get("indivisible") == "是" or is_vehicle(x.get("item"))
                                                    for x in list(live.values())[0])
                if tot > cap and not only_indiv:
                    self.hit("KZ-OVERSEIZE", c, "控制 %d > 1.5x(%d)" % (tot, (c.claim or 0) + fee(c.claim)))
                    break

    def r_kz_expiry(self):
        for c in self.cases:
            if c.method in ("执行完毕", "终结执行", "准许撤回申请", "不予执行"):
                continue
            for e in self.controls(c):
                if not e.get("end"):
                    continue
                end = e["end"]
                lapsed = None
                for r in sorted([x for x in c.evs("续封") if x.get("item") == e["item"]], key=lambda x: x["date"]):
                    if r["date"] <= end:
                        end = r.get("end", end)
                    else:
                        lapsed = end
                        end = r.get("end", end)
                        break
                if lapsed is None and end < TODAY:
                    lapsed = end
                if lapsed is not None and not self.released(c, e["item"], lapsed):
                    self.hit("KZ-EXPIRY", c, "%s 于 %s 届满未续" % (e["item"], lapsed))
                elif lapsed is None and TODAY < end <= add_days(TODAY, 30) and not self.released(c, e["item"], TODAY):
                    self.hit("KZ-EXPIRY", c, "%s 将于 %s 届满，未续（预警）" % (e["item"], end))

    def r_kz_paper_vehicle(self):
        for c in self.cases:
            if not c.is_zb:
                continue
            for e in c.evs("查封"):
                if not is_vehicle(e.get("item")):
                    continue
                due = self.dl(e["date"], 60)
                k = [x for x in c.evs("扣押") if x.get("item") == e["item"] and x["date"] <= due]
                if not k:
                    self.hit("KZ-PAPER-VEHICLE", c, "车辆 %s 查封未扣押" % e["item"])

    def r_kz_exempt(self):
        for c in self.cases:
            for e in self.controls(c, first_only=False):
                it = e.get("item", "") + e.get("note", "")
                if any(k in it for k in EXEMPT) and "非生活必需" not in it:
                    self.hit("KZ-EXEMPT", c, "豁免财产 %s" % e["item"])
            homes = {e["item"] for e in c.events if "唯一" in (e.get("note", "") + e.get("obstacle", "")) and "住房" in (e.get("note", "") + e.get("obstacle", ""))}
            for e in c.evs("拍卖公告", "拍卖", "变卖", "以物抵债"):
                if e.get("item") in homes and "第二十条" not in e.get("note", ""):
                    self.hit("KZ-EXEMPT", c, "拍卖唯一住房")

    def r_cz_idle(self):
        for c in self.cases:
            if c.method in ("准许撤回申请", "驳回申请", "不予执行"):
                continue
            end = c.closing if c.method in ("执行完毕", "终结执行") else TODAY
            for e in c.evs("查封", "扣押", "冻结"):
                it = e.get("item", "")
                if is_deposit(e):
                    continue
                if e["kind"] == "扣押" and any(x.get("item") == it and x["date"] <= e["date"] for x in c.evs("查封")):
                    continue
                due = self.dl(e["date"], 180)
                if self.released(c, it, due) or self.obstacle(c, it, due):
                    continue
                if any(x["kind"] == "中止" and x["date"] <= due and (not x.get("end") or x["end"] >= due) for x in c.events):
                    continue
                steps = [x for x in c.evs("评估", "拍卖公告", "拍卖", "变卖", "以物抵债") if x.get("item") == it and x["date"] >= e["date"]]
                if (steps and steps[0]["date"] > due) or (not steps and end > due):
                    self.hit("CZ-IDLE", c, "%s 控制后180日未处置" % it)

    def rounds(self, c):
        by = defaultdict(list)
        for e in c.evs("拍卖公告"):
            by[e["item"]].append(e)
        return by

    def r_cz_startprice(self):
        for c in self.cases:
            for item, rs in self.rounds(c).items():
                e = rs[0]
                if e.get("value") and e.get("price") is not None and e["price"] * 10 < e["value"] * 7:
                    self.hit("CZ-STARTPRICE-70", c, "起拍价 %s < 70%% of %s" % (e["price"], e["value"]))

    def r_cz_discount(self):
        for c in self.cases:
            for item, rs in self.rounds(c).items():
                for a, b in zip(rs, rs[1:]):
                    if b["price"] * 5 < a["price"] * 4:
                        self.hit("CZ-DISCOUNT-20", c, "降价 %s -> %s" % (a["price"], b["price"]))

    def r_cz_reauction(self):
        for c in self.cases:
            for f in c.evs("流拍"):
                if f.get("round") != "1":
                    continue
                due = self.dl(f["date"], 30)
                nxt = [e for e in c.evs("拍卖公告", "以物抵债", "变卖") if e.get("item") == f["item"] and e["date"] > f["date"]]
                ok = nxt and nxt[0]["date"] <= due
                if not ok and (nxt or self.end_of(c) > due):
                    self.hit("CZ-REAUCTION-30D", c, "流拍 %s 后未在 %s 前再次拍卖" % (f["date"], due))

    def r_cz_procedure(self):
        for c in self.cases:
            for e in c.evs("拍卖公告"):
                pf = e.get("platform", "")
                if pf and "拍卖有限公司" in pf:
                    self.hit("CZ-PROCEDURE", c, "非网络司法拍卖")
                m = re.search(r"竞价时间：(\d{4}-\d{2}-\d{2})", e.get("note", ""))
                if not m:
                    continue
                start = D(*map(int, m.group(1).split("-")))
                movable = is_vehicle(e["item"]) or "设备" in e["item"] or "存货" in e["item"]
                need = (15 if movable else 30) if e.get("round") == "1" else (7 if movable else 15)
                if (start - e["date"]).days < need:
                    self.hit("CZ-PROCEDURE", c, "公告期 %d < %d" % ((start - e["date"]).days, need))

    def r_cz_related(self):
        for c in self.cases:
            for e in c.evs("拍卖", "变卖"):
                if e.get("result", "成交") != "成交" and e["kind"] == "拍卖":
                    continue
                bid = e.get("buyer_id")
                for d in c.debtors:
                    if self.related(bid, d.id, e["date"]):
                        self.hit("CZ-RELATED-BUYER", c, "买受人 %s 与被执行人关联" % e.get("buyer"))

    def r_cz_futile(self):
        for c in self.cases:
            for e in c.evs("拍卖公告"):
                pr = e.get("priority")
                if pr and e["price"] <= pr + fee(c.claim) and "通知申请执行人" not in e.get("note", ""):
                    self.hit("CZ-FUTILE", c, "无益拍卖 保留价 %s <= 优先 %s + 费用" % (e["price"], pr))

    def r_fp_payout(self):
        for c in self.cases:
            pays = [e["date"] for e in c.evs("案款发放")]
            delays = [e["date"] for e in c.evs("延缓发放批准")]
            for rcv in c.evs("案款到账"):
                due = self.dl(rcv["date"], 30)
                p = [d for d in pays if d >= rcv["date"]]
                dl_ok = any(rcv["date"] <= d <= due for d in delays)
                if dl_ok:
                    continue
                if (p and p[0] > due) or (not p and TODAY > due):
                    self.hit("FP-PAYOUT-30D", c, "到账 %s 未在 %s 前发放" % (rcv["date"], due))

    def r_fp_plan(self):
        for c in self.cases:
            pays = c.evs("案款发放")
            payees = {e.get("buyer") for e in pays}
            if len(payees) < 2:
                continue
            plans = c.evs("分配方案")
            if not plans:
                self.hit("FP-PLAN-15D", c, "多个债权人无分配方案")
                continue
            due = self.dl(plans[-1]["date"], 15)
            if any(e["date"] <= due for e in pays if e["date"] >= plans[0]["date"]):
                self.hit("FP-PLAN-15D", c, "异议期 %s 届满前分配" % due)

    def r_fp_order(self):
        for c in self.cases:
            d = c.debtor
            if d.kind != "c" or c.evs("移送破产"):
                continue
            pays = c.evs("案款发放")
            if len({e.get("buyer") for e in pays}) < 2:
                continue
            # seizure order of each payee's case against this debtor
            plans = c.evs("分配方案")
            t0 = plans[0]["date"] if plans else pays[0]["date"]
            dist = [e for e in pays if e["date"] >= t0]
            order = []
            for name in {e.get("buyer") for e in dist}:
                cs = [x for x in self.by_debtor[d.id] if x.applicant.name == name]
                if not cs:
                    continue
                x = cs[0]
                sz = [s["date"] for s in x.evs("查封", "轮候查封", "冻结")]
                before = sum(p.get("amount", 0) for p in x.evs("案款发放")
                             if p["date"] < t0 and p.get("buyer") == name)
                owed = x.claim - before
                got = sum(p.get("amount", 0) for p in dist if p.get("buyer") == name)
                order.append((min(sz) if sz else D(2100, 1, 1), name, owed, got))
            for x in self.by_debtor[d.id]:
                if x.applicant.name not in {o[1] for o in order} and x is not c:
                    sz = [s["date"] for s in x.evs("查封", "轮候查封", "冻结")]
                    before = sum(p.get("amount", 0) for p in x.evs("案款发放") if p["date"] < t0)
                    if sz:
                        order.append((min(sz), x.applicant.name, x.claim - before, 0))
            if c.applicant.name not in {o[1] for o in order}:
                sz = [s["date"] for s in c.evs("查封", "冻结")]
                before = sum(p.get("amount", 0) for p in c.evs("案款发放") if p["date"] < t0)
                order.append((min(sz) if sz else D(2100, 1, 1), c.applicant.name, c.claim - before, 0))
            order.sort()
            for i, (_, name, owed, got) in enumerate(order):
                later_paid = any(g > 0 for _, _, _, g in order[i + 1:])
                if got < owed and later_paid:
                    self.hit("FP-ORDER", c, "未按查封先后顺序清偿")
                    break

    def r_zb_3month(self):
        for c in self.cases:
            if c.is_zb and c.closing <= add_months(c.filing, 3):
                self.hit("ZB-3MONTH", c, "终本 %s <= 立案+3月 %s" % (c.closing, add_months(c.filing, 3)))

    def r_zb_precond(self):
        for c in self.cases:
            if not c.is_zb:
                continue
            Z = c.closing
            for k in ("执行通知", "报告财产令", "限制消费"):
                if not [e for e in c.evs(k) if e["date"] <= Z]:
                    self.hit("ZB-PRECOND", c, "终本前无%s" % k)
            ground = [e for e in c.events if e["date"] <= Z and (
                (e["kind"] == "报告财产令" and e.get("result") in REPORT_BAD) or
                (e["kind"] == "和解" and "未履行" in e.get("result", "")))]
            if ground and not [e for e in c.evs("失信") if e["date"] <= Z]:
                self.hit("ZB-PRECOND", c, "失信情形未纳入")
            if ground and [e for e in ground if e["kind"] == "报告财产令"] and not [e for e in c.evs("罚款", "拘留") if e["date"] <= Z]:
                self.hit("ZB-PRECOND", c, "报告违法未处罚")

    def seized_undisposed(self, c, Z):
        out = []
        for e in self.controls(c, Z):
            it = e["item"]
            if self.released(c, it, Z) or self.disposed(c, it, Z) or self.obstacle(c, it, Z):
                continue
            if is_deposit(e):
                if (e.get("value") or 0) <= 0:
                    continue
            elif (e.get("value") or 0) - (e.get("priority") or 0) <= 0:
                continue
            if e["kind"] == "查封" and is_vehicle(it) and not [k for k in c.evs("扣押") if k.get("item") == it]:
                # 终本规定 第四条第二项: a vehicle seized at the registry but never taken is
                # 'cannot be disposed of' -- only when the court recorded it as an obstacle;
                # without that record it is still undisposed property.
                pass
            out.append(it)
        return out

    def r_zb_seized(self):
        for c in self.cases:
            if c.is_zb:
                s = self.seized_undisposed(c, c.closing)
                if s:
                    self.hit("ZB-SEIZED", c, "终本时查封财产未处置 %s" % s)

    def r_zb_property(self):
        for c in self.cases:
            if not c.is_zb:
                continue
            Z = c.closing
            s = self.seized_undisposed(c, Z)
            if s:
                self.hit("ZB-PROPERTY", c, "终本时查封财产未处置 %s" % s)
                continue
            items_in_case = " ".join(e.get("item", "") for e in c.events)
            for d in c.debtors:
                for kind in ("不动产", "车辆", "股权", "存款"):
                    for row in self.reg_id[kind].get(d.id, []):
                        if row["start"] > Z or (row.get("end") and row["end"] <= Z):
                            continue
                        if kind == "存款" and not row.get("value"):
                            continue
                        if row["item"] in items_in_case:
                            continue    # handled through the case's own measures
                        self.hit("ZB-PROPERTY", c, "终本时名下有%s %s" % (kind, row["item"]))

    def r_zb_invest(self):
        for c in self.cases:
            if not c.is_zb:
                continue
            Z = c.closing
            qs = [e for e in c.evs("网络查控") if e["date"] <= Z]
            if not qs:
                self.hit("ZB-INVEST", c, "终本前无网络查控")
                continue
            if add_months(qs[-1]["date"], 3) < Z:
                self.hit("ZB-INVEST", c, "最后查控 %s 早于终本三个月" % qs[-1]["date"])
            ch = "".join(q.get("item", "") for q in qs)
            if any(k not in ch for k in CORE):
                self.hit("ZB-INVEST", c, "查控渠道不全")
            for e in c.evs("财产线索"):
                if e["date"] <= Z and not ("不明确" in e.get("note", "")):
                    if not [v for v in c.evs("现场调查") if e["date"] <= v["date"] <= Z and v.get("item") == e.get("item")]:
                        self.hit("ZB-INVEST", c, "线索未核查即终本")

    def r_zb_hearing(self):
        for c in self.cases:
            if c.is_zb and not [e for e in c.evs("终本前告知申请人", "终本约谈") if e["date"] <= c.closing]:
                self.hit("ZB-HEARING", c, "终本前未告知申请执行人")

    def r_zb_bankruptcy(self):
        for did, cs in self.by_debtor.items():
            zbs = [c for c in cs if c.is_zb]
            if not zbs or zbs[0].debtors[[d.id for d in zbs[0].debtors].index(did)].kind != "c":
                continue
            apps = {c.applicant.id for c in zbs}
            if len(zbs) >= 3 and len(apps) >= 3 and not any(c.evs("移送破产", "破产释明") for c in zbs):
                for c in zbs:
                    self.hit("ZB-BANKRUPTCY", c, "企业 %d 件终本未执转破" % len(zbs))

    def r_serial_debtor(self):
        for did, cs in self.by_debtor.items():
            zbs = [c for c in cs if c.is_zb]
            if len(zbs) >= 3:
                for c in zbs:
                    self.hit("SERIAL-DEBTOR", c, "同一被执行人 %d 件终本" % len(zbs))

    def r_zh_6m(self):
        for c in self.cases:
            if not c.is_zb:
                continue
            Z = c.closing
            end = min(TODAY, add_months(Z, 60))
            rs = [x.filing for x in self.resumes.get(c.no, [])]
            if rs:
                end = min(end, min(rs))
            pts = [Z] + [e["date"] for e in c.evs("终本后查询") if Z < e["date"] <= end]
            for a, b in zip(pts, pts[1:]):
                if b > self.dlm(a, 6):
                    self.hit("ZH-6M-QUERY", c, "复查间隔 %s -> %s" % (a, b))
            if end > self.dlm(pts[-1], 6):
                self.hit("ZH-6M-QUERY", c, "自 %s 起逾六个月未复查" % pts[-1])

    def r_zh_resume(self):
        for c in self.cases:
            if not c.is_zb:
                continue
            Z = c.closing
            fd = []
            for e in c.evs("终本后查询"):
                if found(e.get("result")):
                    fd.append(e["date"])
            for e in c.evs("现场调查"):
                if e["date"] > Z and "属实" in e.get("result", "") and "不属实" not in e.get("result", ""):
                    fd.append(e["date"])
            for d in c.debtors:
                for kind in ("不动产", "车辆", "股权"):
                    for row in self.reg_id[kind].get(d.id, []):
                        if Z < row["start"] <= TODAY:
                            fd.append(row["start"])
            if not fd:
                continue
            f = min(fd)
            due = self.dl(f, 30)
            rs = [x.filing for x in self.resumes.get(c.no, [])]
            ok = [x for x in rs if x <= due]
            if not ok and (rs or TODAY > due):
                self.hit("ZH-RESUME", c, "发现财产 %s 未于 %s 前恢复执行" % (f, due))

    def r_xy_delete(self):
        for c in self.cases:
            for s in c.evs("失信"):
                note = s.get("note", "")
                dels = [e["date"] for e in c.evs("删除失信") if e["date"] >= s["date"]]
                period = any(g in note for g in PERIOD_GROUNDS)
                trig = None
                if period:
                    pe = s.get("end") or add_months(s["date"], 24)
                    trig = pe
                else:
                    if c.method in ("执行完毕", "终结执行", "不予执行") and c.closing:
                        trig = c.closing
                    elif c.is_zb:
                        qs = [e for e in c.evs("终本后查询") if e["date"] > c.closing]
                        clue = [e for e in c.evs("财产线索") if e["date"] > c.closing]
                        if len(qs) >= 2 and not any(found(q.get("result")) for q in qs[:2]) and not clue:
                            trig = qs[1]["date"]
                if trig is None or trig > TODAY:
                    continue
                due = add_workdays(trig, 3) if self.rolled else add_days(trig, 3)
                if (dels and dels[0] > due) or (not dels and TODAY > due):
                    self.hit("XY-DELETE-3WD", c, "失信应于 %s 前删除" % due)

    def r_xy_wrong_list(self):
        for c in self.cases:
            sx = c.evs("失信")
            for s in sx:
                for d in c.debtors:
                    if d.birth and age_on(d.birth, s["date"]) < 18:
                        self.hit("XY-WRONG-LIST", c, "未成年人纳入失信")
                if "有履行能力而拒不履行" in s.get("note", ""):
                    out = c.claim - sum(e.get("amount", 0) for e in c.evs("案款到账") if e["date"] <= s["date"])
                    tot = 0
                    for e in self.controls(c, s["date"]):
                        if self.released(c, e["item"], s["date"]):
                            continue
                        v = e.get("amount") if is_deposit(e) else e.get("value", 0)
                        tot += max(0, (v or 0) - (e.get("priority") or 0))
                    if tot >= out:
                        self.hit("XY-WRONG-LIST", c, "查封财产足以清偿仍以第一项纳入失信")
            ground = [e for e in c.events if (e["kind"] == "报告财产令" and e.get("result") in REPORT_BAD) or
                      (e["kind"] == "和解" and "未履行" in e.get("result", ""))]
            if self.violating_trips(c):
                ground.append("trip")
            if ground and not sx:
                self.hit("XY-WRONG-LIST", c, "具有失信情形未纳入")

    def r_xy_xx_lift(self):
        for c in self.cases:
            if c.method != "执行完毕" or not c.evs("限制消费"):
                continue
            due = add_workdays(c.closing, 3) if self.rolled else add_days(c.closing, 3)
            lifts = [e["date"] for e in c.evs("解除限制消费") if e["date"] >= c.evs("限制消费")[-1]["date"]]
            if (lifts and lifts[0] > due) or (not lifts and TODAY > due):
                self.hit("XY-XIANXIAO-LIFT", c, "履行完毕后未于 %s 前解除限消" % due)

    def r_xy_deceased(self):
        for c in self.cases:
            for d in c.debtors:
                h = self.huji.get(d.id)
                if not h or not h.get("end"):
                    continue
                death = h["end"]
                if TODAY <= add_days(death, 30):
                    continue
                for x in c.evs("限制消费", "失信"):
                    lift_kind = "解除限制消费" if x["kind"] == "限制消费" else "删除失信"
                    lifts = [e["date"] for e in c.evs(lift_kind) if e["date"] >= x["date"]]
                    if x["date"] > death or not lifts or lifts[0] > add_days(death, 30):
                        self.hit("XY-DECEASED", c, "被执行人 %s 死亡后仍限消/失信" % death)

    def r_jz_transfer(self):
        court_sales = set()
        for c in self.cases:
            for e in c.evs("拍卖", "变卖", "以物抵债"):
                court_sales.add((e.get("item"), e.get("buyer_id")))
        for c in self.cases:
            if c.method in ("执行完毕", "准许撤回申请", "驳回申请", "不予执行"):
                continue
            B = c.basis_date
            for d in c.debtors:
                for kind in ("不动产", "车辆", "股权"):
                    for row in self.reg_id[kind].get(d.id, []):
                        t = row.get("end")
                        if not t or t > TODAY:
                            continue
                        if (row["item"], row.get("to_id")) in court_sales:
                            continue
                        seized = [e for e in self.controls(c) if e["item"] == row["item"] and e["date"] <= t
                                  and not self.released(c, e["item"], t)]
                        if seized:
                            self.hit("JZ-TRANSFER", c, "转让被查封财产 %s" % row["item"])
                            continue
                        if t < B:
                            continue
                        v, p = row.get("value") or 0, row.get("price")
                        low = p is not None and (p == 0 or p * 10 < v * 7)
                        rel = self.related(row.get("to_id"), d.id, t)
                        if low or rel:
                            self.hit("JZ-TRANSFER", c, "判决后低价/关联转让 %s" % row["item"])

    def r_jz_travel(self):
        for c in self.cases:
            if self.violating_trips(c):
                self.hit("JZ-TRAVEL", c, "限消期间乘坐飞机/高铁")

    def r_jz_after(self):
        for c in self.cases:
            sanc = c.evs("罚款", "拘留")
            if not sanc:
                continue
            s = sanc[0]["date"]
            later = [t for t in self.violating_trips(c) if t["start"] > s]
            later += [e for e in c.evs("报告财产令") if e["date"] > s and e.get("result") in REPORT_BAD]
            if later:
                self.hit("JZ-AFTER-SANCTION", c, "罚款/拘留后仍违反")

    def r_xs_collusion(self):
        for c in self.cases:
            d = c.debtor
            earlier = [x for x in self.by_debtor[d.id] if x is not c and x.filing < c.filing]
            if not earlier:
                continue
            score = 0
            rel = self.related(c.applicant.id, d.id)
            score += rel
            quick = any(k in c.basis for k in ("民特", "仲", "证")) or any(
                "调解" in e.get("note", "") for e in c.evs("执行依据"))
            score += quick
            seized = [s for x in earlier for s in self.controls(x) if s["date"] < c.filing]
            score += bool(seized)
            val = sum(s.get("value") or s.get("amount") or 0 for s in seized)
            score += bool(seized) and c.claim >= 0.5 * val
            if score >= 3 and rel:
                self.hit("XS-COLLUSION", c, "关联方快速取得执行依据并参与执行")

    def r_xs_serial_lender(self):
        by = defaultdict(list)
        for c in self.cases:
            if c.cause == "民间借贷纠纷" and c.method == "准许撤回申请" and c.closing and (c.closing - c.filing).days <= 30:
                by[c.applicant.id].append(c)
        for aid, cs in by.items():
            cs.sort(key=lambda c: c.filing)
            flagged = set()
            for i in range(len(cs)):
                win = [x for x in cs if cs[i].filing <= x.filing <= add_months(cs[i].filing, 12)]
                if len(win) >= 5:
                    flagged.update(x.no for x in win)
            for c in cs:
                if c.no in flagged:
                    self.hit("XS-SERIAL-LENDER", c, "同一申请人12个月内多件民间借贷快速撤回")

    def r_xj_6month(self):
        for c in self.cases:
            if c.method in ("驳回申请", "不予执行", "准许撤回申请") or not self.has_property(c):
                continue
            end = self.end_of(c)
            susp = 0
            for e in c.evs("中止"):
                e_end = min(e.get("end") or end, end)
                susp += max(0, (e_end - e["date"]).days)
            due = add_days(self.dlm(c.filing, 6), susp)
            ext = [e for e in c.evs("延长期限批准") if e["date"] <= add_days(due, -5)]
            if ext:
                due = max(due, max(e.get("end", due) for e in ext))
            if end > due:
                self.hit("XJ-6MONTH", c, "有财产案件 %s 超期（应 %s 前执结）" % (end, due))

    def r_xj_idle(self):
        for c in self.cases:
            if c.closing:
                continue
            acts = [e["date"] for e in c.events if e["kind"] not in ("执行依据", "财产线索")] + [c.filing]
            last = max(acts)
            for e in c.evs("中止", "暂缓", "和解"):
                if not e.get("end") or e["end"] >= TODAY:
                    if e["kind"] != "和解" or "未履行" not in e.get("result", ""):
                        last = TODAY
            if TODAY > self.dl(last, 90):
                self.hit("XJ-IDLE", c, "最后执行行为 %s" % last)

    def r_judge_outlier(self):
        for court in ("A", "B"):
            stats = defaultdict(lambda: [0, 0, []])
            for c in self.cases:
                if c.court != court or not c.is_zb:
                    continue
                s = stats[c.judge]
                s[0] += 1
                if add_months(c.filing, 3) < c.closing <= add_months(c.filing, 4):
                    s[1] += 1
                    s[2].append(c)
            for j, (n, k, cs) in stats.items():
                on = sum(v[0] for jj, v in stats.items() if jj != j)
                ok = sum(v[1] for jj, v in stats.items() if jj != j)
                base = ok / on if on else 0
                if n >= 5 and k / n >= 0.5 and k / n >= 3 * base:
                    for c in cs:
                        self.hit("JUDGE-OUTLIER", c, "承办人 %s 快速终本 %d/%d（基准 %.0f%%）" % (j, k, n, base * 100))

    def r_priority_group_last(self):
        for c in self.cases:
            a = c.applicant
            grp = (a.kind == "p" and (c.cause in ("追索劳动报酬纠纷", "劳动争议") or
                                      (a.birth and age_on(a.birth, TODAY) >= 70)))
            if not grp:
                continue
            if any(c.no in hits for rule, hits in self.hits.items() if rule != "PRIORITY-GROUP"):
                self.hit("PRIORITY-GROUP", c, "农民工/老年申请人案件另有线索")
