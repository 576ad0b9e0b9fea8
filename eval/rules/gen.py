#!/usr/bin/env python3
"""gen.py OUTDIR — write the jianzhi planted-violation evaluation dataset (deterministic).

Writes ledger.csv (嵊州, UTF-8), ledger_gbk.csv (上虞, GBK with a title row),
registry_{不动产,车辆,股权,存款,出行,企业登记,户籍}.csv, events.csv, expected.tsv and
planted.md.  Before writing it checks every case against oracle.py (a reference reading
of each rule): planted cases must trip exactly the rules declared for them, the lawful
background none, under the holiday-aware reading and (background only) the
holiday-blind one.  Options: --no-check skips that, --readme FILE refreshes the planted
table between the markers in FILE."""
import csv
import io
import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from lawcal import D  # noqa: E402
from model import TODAY, valid_id, valid_uscc  # noqa: E402
from gen_base import COURT_NAME  # noqa: E402
from gen_planted import Planted  # noqa: E402
from oracle import Oracle  # noqa: E402

RULES = """CX-NOTICE-10D CX-REPORT-ORDER CX-REPORT-SANCTION CX-CLUE-7D CX-NETQUERY KZ-CONTROL-DELAY
KZ-OVERSEIZE KZ-EXPIRY KZ-PAPER-VEHICLE KZ-EXEMPT CZ-IDLE CZ-STARTPRICE-70 CZ-DISCOUNT-20
CZ-REAUCTION-30D CZ-PROCEDURE CZ-RELATED-BUYER CZ-FUTILE FP-PAYOUT-30D FP-PLAN-15D FP-ORDER
ZB-3MONTH ZB-PRECOND ZB-PROPERTY ZB-INVEST ZB-HEARING ZB-SEIZED ZB-BANKRUPTCY ZH-6M-QUERY
ZH-RESUME XY-DELETE-3WD XY-WRONG-LIST XY-XIANXIAO-LIFT XY-DECEASED JZ-TRANSFER JZ-TRAVEL
JZ-AFTER-SANCTION XS-COLLUSION XS-SERIAL-LENDER XJ-6MONTH XJ-IDLE SERIAL-DEBTOR JUDGE-OUTLIER
PRIORITY-GROUP""".split()

LEDGER_A = ["案号", "立案日期", "结案日期", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人",
            "被执行人证件号码", "执行标的（元）", "实际到位金额（元）", "执行依据", "承办人", "终本理由", "法院", "原案号"]
LEDGER_B = ["执行案号", "收案日期", "结案时间", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人",
            "证件号码", "申请执行标的金额", "到位金额", "执行依据文号", "执行法官", "终本理由", "执行法院", "原执行案号"]
EVENTS = ["案号", "事件类型", "日期", "到期日", "内容", "金额", "评估价", "起拍价", "成交价", "买受人", "买受人证件号",
          "轮次", "拍卖平台", "优先债权", "不可分物", "处置障碍", "结果", "备注"]
EV_FIELDS = ["case", "kind", "date", "end", "item", "amount", "value", "price", "deal", "buyer", "buyer_id",
             "round", "platform", "priority", "indivisible", "obstacle", "result", "note"]
REG = {
    "不动产": [("holder", "权利人"), ("holder_id", "证件号码"), ("item", "坐落"), ("reg_no", "不动产权证号"),
            ("value", "评估价值"), ("start", "登记日期"), ("end", "转移日期"), ("to", "受让人"),
            ("to_id", "受让人证件号"), ("price", "转让价格")],
    "车辆": [("holder", "所有人"), ("holder_id", "证件号码"), ("item", "号牌号码"), ("reg_no", "车辆识别代号"),
           ("value", "价值"), ("start", "登记日期"), ("end", "转移日期"), ("to", "受让人"), ("to_id", "受让人证件号"),
           ("price", "交易价格")],
    "股权": [("holder", "股东"), ("holder_id", "证件号码"), ("item", "企业名称"), ("value", "认缴出资额"),
           ("share", "持股比例"), ("start", "登记日期"), ("end", "转移日期"), ("to", "受让人"), ("to_id", "受让人证件号"),
           ("price", "转让价格")],
    "存款": [("holder", "账户名"), ("holder_id", "证件号码"), ("item", "开户行"), ("reg_no", "账号"), ("value", "余额"),
           ("start", "开户日期"), ("end", "销户日期")],
    "出行": [("holder", "旅客姓名"), ("holder_id", "旅客证件号"), ("mode", "交通方式"), ("item", "航班号"),
           ("reg_no", "票号"), ("start", "出行日期"), ("seat", "座位等级"), ("frm", "出发地"), ("dest", "到达地")],
    "企业登记": [("holder", "人员姓名"), ("holder_id", "证件号码"), ("item", "企业名称"), ("role", "职务"),
             ("share", "持股比例"), ("start", "任职日期"), ("end", "离任日期"), ("phone", "联系电话"), ("address", "住址")],
    "户籍": [("holder", "姓名"), ("holder_id", "身份证号"), ("address", "住址"), ("phone", "联系电话"), ("end", "死亡日期")],
}
METHOD_B = {"终结本次执行程序": "终本", "准许撤回申请": "撤回"}


def fmt(v):
    if v is None:
        return ""
    if isinstance(v, D):
        return v.isoformat()
    if isinstance(v, float):
        return ("%.2f" % v).rstrip("0").rstrip(".")
    return str(v)


def money_a(v, i):
    if v is None or v == "":
        return ""
    if i % 3 == 0:
        return "{:,.2f}".format(v)
    return str(int(v)) if float(v).is_integer() else "%.2f" % v


def money_b(v, i):
    if v is None or v == "":
        return ""
    if v and v % 100 == 0 and i % 2 == 0:
        w = v / 10000
        return ("%.4f" % w).rstrip("0").rstrip(".") + "万元"
    return "{:,}元".format(int(v))


def date_b(x):
    return "" if x is None else "%d年%d月%d日" % (x.year, x.month, x.day)


def check(g):
    errs = []
    o = Oracle(g.w, rolled=True).run()
    hits = {(r, c) for r, cs in o.items() for c in cs}
    tag = {c.no: c.tag for c in g.w.cases}
    for (r, c) in sorted(hits):
        e = g.exp.get((r, c))
        if tag[c] == "bg":
            errs.append("background case trips %s %s: %s" % (r, c, o[r][c]))
        elif e is None:
            errs.append("undeclared fire %s %s: %s" % (r, c, o[r][c]))
        elif e[0] != "fire":
            errs.append("declared miss but fires %s %s: %s" % (r, c, o[r][c]))
    for (r, c), (e, why) in g.exp.items():
        if e == "fire" and (r, c) not in hits:
            errs.append("declared fire not detected %s %s (%s)" % (r, c, why))
    o2 = Oracle(g.w, rolled=False).run()
    for r, cs in o2.items():
        for c in cs:
            if tag[c] == "bg":
                errs.append("background case trips %s %s under the holiday-blind reading: %s" % (r, c, cs[c]))
    # data sanity
    for c in g.w.cases:
        for p in c.debtors + [c.applicant]:
            if not (valid_id(p.id) if p.kind == "p" else valid_uscc(p.id)):
                errs.append("bad id %s" % p)
        for e in c.events:
            if e["date"] > TODAY:
                errs.append("future event %s %s %s" % (c.no, e["kind"], e["date"]))
        if c.closing and (c.closing < c.filing or c.closing > TODAY):
            errs.append("bad closing %s" % c.no)
        if c.is_zb and not c.evs("终本"):
            errs.append("no 终本 event %s" % c.no)
    for kind, rows in g.w.registry.items():
        for row in rows:
            for k in ("holder_id", "to_id"):
                x = row.get(k)
                if x and not (valid_id(x) or valid_uscc(x)):
                    errs.append("bad registry id %s %s" % (kind, x))
            for k in ("start", "end"):
                if row.get(k) and row[k] > TODAY and kind != "户籍":
                    errs.append("future registry date %s %s" % (kind, row))
    cnt = defaultdict(Counter)
    for (r, c), (e, why) in g.exp.items():
        cnt[r][e] += 1
    for r in RULES:
        if cnt[r]["fire"] < 3 or cnt[r]["miss"] < 3:
            errs.append("rule %s has %d fire / %d miss" % (r, cnt[r]["fire"], cnt[r]["miss"]))
    for (r, c) in g.exp:
        if r not in RULES:
            errs.append("unknown rule %s" % r)
    return errs, o


def write(g, out):
    os.makedirs(out, exist_ok=True)
    cases = sorted(g.w.cases, key=lambda c: (c.court, c.filing, c.no))
    # ledger A (UTF-8)
    with open(os.path.join(out, "ledger.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(LEDGER_A)
        for i, c in enumerate(x for x in cases if x.court == "A"):
            w.writerow([c.no, fmt(c.filing), fmt(c.closing), c.method or "", c.cause, c.applicant.name, c.applicant.id,
                        "、".join(p.name for p in c.debtors), "、".join(p.id for p in c.debtors),
                        money_a(c.claim if c.claim else None, i), money_a(c.paid, i) if c.closing else "",
                        c.basis, c.judge, c.zb_reason, COURT_NAME["A"], c.prior])
    # ledger B (GBK, title row)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["%s执行案件台账（2019年1月—2026年11月）" % COURT_NAME["B"]] + [""] * (len(LEDGER_B) - 1))
    w.writerow(LEDGER_B)
    for i, c in enumerate(x for x in cases if x.court == "B"):
        m = c.method or ""
        if i % 2 == 0:
            m = METHOD_B.get(m, m)
        w.writerow([c.no, date_b(c.filing), date_b(c.closing), m, c.cause, c.applicant.name, c.applicant.id,
                    "、".join(p.name for p in c.debtors), "、".join(p.id for p in c.debtors),
                    money_b(c.claim if c.claim else None, i), money_b(c.paid, i) if c.closing else "",
                    c.basis, c.judge, c.zb_reason, COURT_NAME["B"], c.prior])
    with open(os.path.join(out, "ledger_gbk.csv"), "wb") as f:
        f.write(buf.getvalue().replace("\n", "\r\n").replace("\r\r\n", "\r\n").encode("gbk"))
    # events
    with open(os.path.join(out, "events.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(EVENTS)
        for c in cases:
            for e in sorted(c.events, key=lambda e: e["date"]):
                row = dict(e)
                row["case"] = c.no
                w.writerow([fmt(row.get(k)) for k in EV_FIELDS])
    # registry
    for kind, cols in REG.items():
        with open(os.path.join(out, "registry_%s.csv" % kind), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow([h for _, h in cols])
            for row in g.w.registry[kind]:
                w.writerow([fmt(row.get(k)) for k, _ in cols])
    # expected
    with open(os.path.join(out, "expected.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("rule\tcase_no\texpect\twhy\n")
        for (r, c) in sorted(g.exp, key=lambda k: (RULES.index(k[0]), k[1])):
            e, why = g.exp[(r, c)]
            f.write("%s\t%s\t%s\t%s\n" % (r, c, e, why.replace("\t", " ")))
    with open(os.path.join(out, "planted.md"), "w", encoding="utf-8") as f:
        f.write(planted_table(g))


def planted_table(g):
    lines = []
    by = defaultdict(list)
    for (r, c), (e, why) in g.exp.items():
        by[r].append((e, c, why))
    court = {c.no: c.court for c in g.w.cases}
    for r in RULES:
        rows = sorted(by[r], key=lambda x: (x[0] != "fire", x[1]))
        nf = sum(1 for x in rows if x[0] == "fire")
        lines.append("### %s (%d fire, %d miss)\n" % (r, nf, len(rows) - nf))
        lines.append("| expect | 案号 | 台账 | boundary / exception |")
        lines.append("| --- | --- | --- | --- |")
        for e, c, why in rows:
            lines.append("| %s | %s | %s | %s |" % (e, c, "gbk" if court[c] == "B" else "utf8", why.replace("|", "/")))
        lines.append("")
    return "\n".join(lines)


def counts_table(g):
    cnt = defaultdict(Counter)
    for (r, c), (e, why) in g.exp.items():
        cnt[r][e] += 1
    half = (len(RULES) + 1) // 2
    rows = []
    for i in range(half):
        a = RULES[i]
        line = "| %s | %d | %d |" % (a, cnt[a]["fire"], cnt[a]["miss"])
        if i + half < len(RULES):
            b = RULES[i + half]
            line += " | %s | %d | %d |" % (b, cnt[b]["fire"], cnt[b]["miss"])
        else:
            line += " | | | |"
        rows.append(line)
    tf = sum(c["fire"] for c in cnt.values())
    tm = sum(c["miss"] for c in cnt.values())
    rows.append("| **total** | %d | %d | | cases: %d background, %d planted | | |" % (
        tf, tm, sum(1 for c in g.w.cases if c.tag == "bg"), sum(1 for c in g.w.cases if c.tag != "bg")))
    return "\n".join(rows)


def refresh_readme(g, path):
    s = open(path, encoding="utf-8").read()
    for a, b, text in (("<!-- planted:begin -->", "<!-- planted:end -->", planted_table(g)),
                       ("<!-- counts:begin -->", "<!-- counts:end -->", counts_table(g))):
        i, j = s.index(a) + len(a), s.index(b)
        s = s[:i] + "\n" + text + "\n" + s[j:]
    open(path, "w", encoding="utf-8").write(s)


def renumber(g):
    """Give case numbers in filing order within each court, year and type (as a court
    registry would), and carry the new numbers into prior_case and the expectations."""
    import random
    import re as _re
    rnd = random.Random(7)
    groups = defaultdict(list)
    for c in g.w.cases:
        m = _re.match(r"（(\d{4})）(浙\d{4})(执恢|执)(\d+)号", c.no)
        groups[(m.group(1), m.group(2), m.group(3))].append((c.filing, int(m.group(4)), c))
    mp = {}
    for (year, court, typ), lst in sorted(groups.items()):
        n = rnd.randint(20, 90)
        for _, _, c in sorted(lst, key=lambda x: (x[0], x[1])):
            n += rnd.randint(1, 6)
            mp[c.no] = "（%s）%s%s%d号" % (year, court, typ, n)
    for c in g.w.cases:
        c.no = mp[c.no]
        if c.prior:
            c.prior = mp[c.prior]
    g.w.by_no = {c.no: c for c in g.w.cases}
    g.exp = {(r, mp[k]): v for (r, k), v in g.exp.items()}


def build(seed=20261115):
    g = Planted(seed)
    g.background()
    g.planted()
    renumber(g)
    return g


def main(argv):
    args, skip = [], False
    for i, a in enumerate(argv):
        if skip:
            skip = False
            continue
        if a == "--readme":
            skip = True
            continue
        if not a.startswith("--"):
            args.append(a)
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    g = build()
    if "--no-check" not in argv:
        errs, _ = check(g)
        if errs:
            for e in errs:
                print("CHECK:", e, file=sys.stderr)
            print("%d consistency errors" % len(errs), file=sys.stderr)
            return 1
    write(g, args[0])
    if "--readme" in argv:
        refresh_readme(g, argv[argv.index("--readme") + 1])
    n_bg = sum(1 for c in g.w.cases if c.tag == "bg")
    n_ev = sum(len(c.events) for c in g.w.cases)
    print("%d cases (%d background, %d planted), %d events, %d registry rows, %d expectations -> %s" % (
        len(g.w.cases), n_bg, len(g.w.cases) - n_bg, n_ev, sum(len(v) for v in g.w.registry.values()),
        len(g.exp), args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
