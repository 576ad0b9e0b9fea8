#!/usr/bin/env python3
"""Generate court enforcement ledgers (执行案件台账) for tests and benchmarks.

  make_ledger.py quirks OUTDIR     small ledgers with every quirk the importer must handle
  make_ledger.py big N OUT.csv     N plain rows (UTF-8), for bench/import.sh

All names, companies and ID numbers are invented; ID check characters are
computed here independently of the C code under test.
"""
import csv, os, random, sys

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [pow(3, i, 31) for i in range(17)]


def id18(first17):
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_W)) % 11]


def uscc(first17):
    return first17 + USCC[(31 - sum(USCC.index(c) * w for c, w in zip(first17, USCC_W)) % 31) % 31]


def person_id(rng):
    return id18("330683%04d%02d%02d%03d" % (rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 999)))


def company_id(rng):
    return uscc("91330683" + "".join(rng.choice(USCC[:10] + "ABCDEFGH") for _ in range(9)))


HEADER = ["案号", "立案时间", "结案日期", "结案方式", "案由", "申请执行人", "被执行人", "证件号码",
          "执行标的（元）", "实际到位金额", "执行依据文书号", "承办法官", "终本理由"]

# Fixed IDs so the tests can check them.
ID_ZHANG = id18("33068319800101123")       # 张伟明, valid
ID_LI = id18("33068319850505432")          # 李秀英, valid
CO_HUA = uscc("91330683MA2BCD123")         # 嵊州市华顺贸易有限公司, valid
BAD_ID = ID_ZHANG[:-1] + ("1" if ID_ZHANG[-1] != "1" else "2")   # wrong check character

QUIRK_ROWS = [
    # 1: plain row, full-width parentheses, ISO date, thousands separators
    ["（2023）浙0683执1001号", "2023-05-06", "2023-09-30", "终结本次执行程序", "民间借贷纠纷", "陈建国", "张伟明", ID_ZHANG,
     "1,234.50", "0", "（2022）浙0683民初2001号", "王志强", "经网络执行查控系统查询，未发现可供执行的财产"],
    # 2: half-width parentheses, slash date, 元 suffix, 终本 abbreviation
    ["(2023)浙0683执1002号", "2023/5/6", "2023/10/8", "终本", "买卖合同纠纷", "嵊州市华顺贸易有限公司", "李秀英", ID_LI,
     "1234.5元", "200元", "(2022)浙0683民初2002号", "王志强", "无财产"],
    # 3: 〔〕 brackets, dotted date, 万元, two debtors with two IDs
    ["〔2023〕浙0683执1003号", "2023.5.6", "", "", "金融借款合同纠纷", "某某银行嵊州支行", "张伟明、嵊州市华顺贸易有限公司",
     ID_ZHANG + "、" + CO_HUA, "12.3万元", "", "〔2022〕浙0683民初2003号", "刘洋", ""],
    # 4: full-width digits, Chinese date, 执行完毕
    ["（２０２３）浙０６８３执１００４号", "2023年5月6日", "2023年12月1日", "执行完毕", "劳动争议", "赵小红", "嵊州市华顺贸易有限公司", CO_HUA,
     "８，０００", "８０００", "", "刘洋", ""],
    # 5: [] brackets, Excel serial date (45052 = 2023-05-06)
    ["[2023]浙0683执1005号", "45052", "", "", "民间借贷纠纷", "孙丽", "周强", "", "50000", "", "", "王志强", ""],
    # 6: bad ID check character → warning only, the row lands
    ["（2023）浙0683执1006号", "2023-06-01", "", "", "民间借贷纠纷", "孙丽", "张伟明", BAD_ID, "3000", "", "", "王志强", ""],
    # 7: no 案号 → rejected
    ["", "2023-06-02", "", "", "民间借贷纠纷", "孙丽", "吴敏", "", "3000", "", "", "王志强", ""],
    # 8: malformed 案号 → rejected
    ["浙0683执1008", "2023-06-02", "", "", "民间借贷纠纷", "孙丽", "吴敏", "", "3000", "", "", "王志强", ""],
    # 9: impossible date → rejected
    ["（2023）浙0683执1009号", "2023-02-30", "", "", "民间借贷纠纷", "孙丽", "吴敏", "", "3000", "", "", "王志强", ""],
    # 10: negative amount → rejected
    ["（2023）浙0683执1010号", "2023-06-03", "", "", "民间借贷纠纷", "孙丽", "吴敏", "", "-500", "", "", "王志强", ""],
    # 11: exact duplicate of row 1 → counted once
    None,
    # 12: the same case as row 5 again, now closed → update
    ["[2023]浙0683执1005号", "45052", "2023-11-11", "终本", "民间借贷纠纷", "孙丽", "周强", "", "50000", "0", "", "王志强", "无财产"],
    # 13: quoted field with a comma and a newline in 终本理由
    ["（2023）浙0683执1013号", "2023-07-01", "2023-10-01", "终结本次执行程序", "民间借贷纠纷", "孙丽", "郑华", "", "7000", "0", "", "刘洋",
     "经查询，被执行人名下无财产,\n申请执行人同意终本"],
]
QUIRK_ROWS[10] = list(QUIRK_ROWS[0])


def write_csv(path, rows, encoding, title=True, bom=False):
    with open(path, "w", newline="", encoding=encoding) as f:
        if bom:
            f.write("\ufeff")
        w = csv.writer(f, lineterminator="\r\n")
        if title:
            w.writerow(["嵊州市人民法院执行案件台账（2023年度）"] + [""] * (len(HEADER) - 1))
        w.writerow(HEADER)
        w.writerows(rows)


def write_xlsx(path, rows):
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(["嵊州市人民法院执行案件台账（2023年度）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(HEADER)
    for r in rows:
        r = list(r)
        # Dates as real Excel dates (serial numbers in the file), amounts as numbers.
        if r[1] == "2023-05-06":
            import datetime
            r[1] = datetime.datetime(2023, 5, 6)
            r[1] = r[1]
        if r[8] == "1,234.50":
            r[8] = 1234.5
        ws.append(r)
    for cell in ws["B"][2:]:
        if hasattr(cell.value, "year"):
            cell.number_format = "yyyy-mm-dd"
    wb.save(path)


def quirks(outdir):
    os.makedirs(outdir, exist_ok=True)
    write_csv(os.path.join(outdir, "ledger_utf8.csv"), QUIRK_ROWS, "utf-8")
    write_csv(os.path.join(outdir, "ledger_bom.csv"), QUIRK_ROWS, "utf-8", bom=True)
    write_csv(os.path.join(outdir, "ledger_gbk.csv"), QUIRK_ROWS, "gbk")
    write_xlsx(os.path.join(outdir, "ledger.xlsx"), QUIRK_ROWS)
    later = [
        # 1003 now closed by 终本 with money paid; 1014 new
        ["（2023）浙0683执1003号", "2023-05-06", "2024-01-15", "终结本次执行程序", "金融借款合同纠纷", "某某银行嵊州支行",
         "张伟明、嵊州市华顺贸易有限公司", ID_ZHANG + "、" + CO_HUA, "123000", "5000", "（2022）浙0683民初2003号", "刘洋", "无财产"],
        ["（2024）浙0683执15号", "2024-01-10", "", "", "民间借贷纠纷", "陈建国", "李秀英", ID_LI, "9000", "", "", "王志强", ""],
        list(QUIRK_ROWS[0]),
    ]
    write_csv(os.path.join(outdir, "ledger_later.csv"), later, "utf-8", title=False)
    # A file with no recognisable header at all.
    with open(os.path.join(outdir, "not_a_ledger.csv"), "w", encoding="utf-8") as f:
        f.write("name,value\nfoo,1\n")
    # A UTF-8 file with one row holding a stray invalid byte after the first 64 KiB.
    with open(os.path.join(outdir, "late_bad_byte.csv"), "wb") as f:
        f.write(",".join(HEADER).encode() + b"\r\n")
        for i in range(1, 1201):
            f.write(("（2023）浙0683执%d号,2023-01-01,,,民间借贷纠纷,申请人%d,被执行人%d,,1000,,,王志强,\r\n" % (3000 + i, i, i)).encode())
        f.write("（2023）浙0683执9999号,2023-01-01,,,民间借贷纠纷,申请人,被执".encode() + b"\xff" + ",,1000,,,王志强,\r\n".encode())


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰海燕文斌晓东"
METHODS = ["终结本次执行程序", "执行完毕", "", "终结执行", "准许撤回"]
CAUSES = ["民间借贷纠纷", "买卖合同纠纷", "金融借款合同纠纷", "劳动争议", "机动车交通事故责任纠纷"]
COURTS = ["浙0683", "浙0602", "浙0603", "浙0681", "浙0624", "苏0282", "苏0281"]


def big(n, out):
    rng = random.Random(20261122)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for i in range(n):
            year = 2019 + i % 8
            court = COURTS[i % len(COURTS)]
            m = rng.randint(1, 12)
            d = rng.randint(1, 28)
            method = METHODS[i % len(METHODS)]
            closing = "%d-%02d-%02d" % (year + 1, m, d) if method else ""
            debtor = rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN)
            w.writerow(["（%d）%s执%d号" % (year, court, i + 1), "%d-%02d-%02d" % (year, m, d), closing, method,
                        CAUSES[i % len(CAUSES)], rng.choice(SURNAMES) + rng.choice(GIVEN),
                        debtor, person_id(rng), "%d.%02d" % (rng.randint(1000, 900000), rng.randint(0, 99)),
                        "0", "（%d）%s民初%d号" % (year - 1, court, i + 7), "法官%d" % (i % 40), ""])


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "quirks":
        quirks(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "big":
        big(int(sys.argv[2]), sys.argv[3])
    else:
        sys.exit(__doc__)
