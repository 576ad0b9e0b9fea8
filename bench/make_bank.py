#!/usr/bin/python3
"""Invented bank statements for bench/bank.sh (all names, IDs and numbers
are made up; the same arguments give the same files).

    make_bank.py ROWS DIR

writes into DIR:
  ledger.csv      enforcement cases: every account holder is a 被执行人 of one
                  case (about half closed as 终本), plus its applicant
  events.csv      限制消费 for a third of the cases, 执行依据 (民事调解书) for a
                  tenth
  registry.csv    企业登记 rows making some holders 法定代表人 of a company that
                  is itself a party (a related party for ZJ-TRANSFER-OUT)
  statements.csv  ROWS transactions of ROWS/250 accounts in one file, the
                  account in columns (户名, 账号, 证件号码), 交易日期 + 交易时间,
                  交易金额 with 借贷标志, 余额, counterparty, 摘要, 交易渠道;
                  mostly ordinary spending and salary, with the patterns the
                  money rules look for planted in a few accounts.
"""
import csv
import os
import random
import sys
from datetime import date, timedelta

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国海燕志文斌宇浩凯晨雪琳欣怡佳颖子轩梓涵"
SHOPS = ["某某超市", "嵊州市百货商店", "中国石化加油站", "嵊州市菜市场", "美团", "电费代扣", "水费代扣", "中国移动",
         "嵊州市药店", "餐饮店"]


def person_id(k):
    area = "330683"
    birth = date(1960, 1, 1) + timedelta(days=(k * 7919) % 14000)
    body = "%s%s%03d" % (area, birth.strftime("%Y%m%d"), k % 1000)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]


def company_id(k):
    body = "91330683" + "".join(USCC[(k // 31 ** i + i * 7) % 31] for i in range(9))
    check = 31 - sum(USCC.index(c) * w for c, w in zip(body, UW)) % 31
    return body + USCC[0 if check == 31 else check]


def name(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def fen(y):
    return "%.2f" % (y / 100.0)


class Account:
    def __init__(self, k, rng):
        self.k = k
        self.holder = name(rng) + "%d" % k          # unique names: no accidental name links
        self.id = person_id(100000 + k)
        self.no = "6222%015d" % (k * 7 + 3)
        self.balance = rng.randint(1000, 50000) * 100
        self.case_no = "（2024）浙0683执%d号" % (k + 1)
        self.filing = date(2024, 1, 1) + timedelta(days=k % 300)
        self.zb = k % 2 == 0
        self.closing = self.filing + timedelta(days=150) if self.zb else None
        self.applicant = name(rng) + "甲%d" % k
        self.applicant_id = person_id(500000 + k)
        self.applicant_acct = "6217%015d" % (k * 11 + 5)


def txn(rows, a, d, t, amount, direction, cp_name, cp_acct, summary, channel):
    rows.append((d, t, amount, direction, cp_name, cp_acct, summary, channel))


def write_account(w, a, rows):
    """An account's rows in date order (as banks list them), with running balances."""
    for d, t, amount, direction, cp_name, cp_acct, summary, channel in sorted(rows, key=lambda r: (r[0], r[1])):
        a.balance += amount if direction == "贷" else -amount
        if a.balance < 0:
            a.balance += 2 * amount
        w.writerow([a.holder, a.no, a.id, d.isoformat(), t, fen(amount), direction, fen(a.balance), cp_name, cp_acct,
                    "中国工商银行嵊州支行" if cp_acct else "", summary, channel])


def ordinary(out, a, rng, n):
    d = date(2024, 1, 1)
    for i in range(n):
        d += timedelta(days=rng.choice([0, 0, 1, 1, 2, 3]))
        t = "%02d:%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59))
        if i % 40 == 0 and not a.zb:
            txn(out, a, d, t, rng.randint(4000, 9000) * 100, "贷", "嵊州市某某制造有限公司", "1211%012d" % a.k, "代发工资",
                "批量代发")
        else:
            txn(out, a, d, t, rng.randint(5, 800) * 100, "借", rng.choice(SHOPS), "", "消费", rng.choice(["POS", "快捷支付"]))


def planted(out, a, rng, related):
    """The patterns of the money rules, in a few accounts."""
    d = a.filing + timedelta(days=20)
    if a.k % 10 == 0 and related:                       # ZJ-TRANSFER-OUT
        comp_name, comp_acct = related
        txn(out, a, d, "10:00:00", 8000000, "借", comp_name, comp_acct, "转账", "网银")
    if a.k % 10 == 2:                                   # ZJ-CASH-SPLIT
        for i in range(4):
            txn(out, a, d + timedelta(days=i), "09:%02d:00" % i, 4900000, "借", "", "", "ATM取现", "ATM")
    if a.zb and a.k % 10 == 4:                          # ZJ-INCOME and ZJ-BALANCE-AT-ZB
        for m in range(4):
            txn(out, a, a.closing - timedelta(days=100 - 30 * m), "08:00:00", 850000, "贷", "嵊州市某某科技有限公司",
                "1211%012d" % (a.k + 9), "工资", "批量代发")
        txn(out, a, a.closing - timedelta(days=2), "11:00:00", 20000000, "贷", "某某", "6228%015d" % a.k, "转账", "网银")
    if a.k % 10 == 6:                                   # ZJ-SPEND-LIMITED
        txn(out, a, a.filing + timedelta(days=40), "15:00:00", 230000, "借", "中国东方航空", "", "机票", "快捷支付")
    if a.k % 10 == 8:                                   # ZJ-ROUNDTRIP
        txn(out, a, a.filing + timedelta(days=10), "10:00:00", 5000000, "借", a.applicant, a.applicant_acct, "还款", "网银")
        txn(out, a, a.filing + timedelta(days=15), "10:00:00", 4800000, "贷", a.applicant, a.applicant_acct, "转账", "网银")


def main():
    rows, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20261202)
    naccts = max(4, rows // 250)
    accts = [Account(k, rng) for k in range(naccts)]
    os.makedirs(out, exist_ok=True)
    companies = {}
    with open(os.path.join(out, "ledger.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["案号", "立案日期", "结案日期", "结案方式", "案由", "申请执行人", "申请执行人证件号码", "被执行人",
                    "被执行人证件号码", "执行标的"])
        for a in accts:
            w.writerow([a.case_no, a.filing.isoformat(), a.closing.isoformat() if a.zb else "",
                        "终结本次执行程序" if a.zb else "", "民间借贷纠纷", a.applicant, a.applicant_id, a.holder, a.id,
                        "%d" % (100000 + a.k % 50 * 1000)])
            if a.k % 10 == 0:                           # the holder's company is a debtor elsewhere
                cname, cid = "嵊州市关联贸易有限公司%d" % a.k, company_id(a.k)
                companies[a.k] = (cname, cid, "1202%015d" % a.k)
                w.writerow(["（2023）浙0683执%d号" % (a.k + 1), "2023-03-01", "", "", "买卖合同纠纷", "某银行", "",
                            cname, cid, "500000"])
    with open(os.path.join(out, "registry.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["姓名", "证件号码", "企业名称", "企业信用代码", "职务", "任职日期"])
        for k, (cname, cid, _) in companies.items():
            w.writerow([accts[k].holder, accts[k].id, cname, cid, "法定代表人", "2019-05-01"])
    with open(os.path.join(out, "events.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["案号", "事件类型", "日期", "标的物"])
        for a in accts:
            if a.k % 3 == 0 or a.k % 10 == 6:
                w.writerow([a.case_no, "限制消费", (a.filing + timedelta(days=15)).isoformat(), ""])
            if a.k % 10 == 8:
                w.writerow([a.case_no, "执行依据", (a.filing - timedelta(days=30)).isoformat(), "民事调解书"])
    with open(os.path.join(out, "statements.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["户名", "账号", "证件号码", "交易日期", "交易时间", "交易金额", "借贷标志", "余额", "对方户名", "对方账号",
                    "对方开户行", "摘要", "交易渠道"])
        per = rows // naccts
        for i, a in enumerate(accts):
            n = per if i < naccts - 1 else rows - per * (naccts - 1)
            extra = 0
            if a.k % 2 == 0 and a.k % 10 in (0, 2, 4, 6, 8):
                extra = {0: 1, 2: 4, 4: 5, 6: 1, 8: 2}[a.k % 10]
                if a.k % 10 == 0 and a.k not in companies:
                    extra = 0
            acct_rows = []
            ordinary(acct_rows, a, rng, n - extra)
            related = companies.get(a.k)
            planted(acct_rows, a, rng, (related[0], related[2]) if related else None)
            write_account(w, a, acct_rows)


if __name__ == "__main__":
    main()
