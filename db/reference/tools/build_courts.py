#!/usr/bin/env python3
"""Build db/reference/courts.tsv.

Rows come from three places (the basis column says which):
  * rule: 《最高人民法院关于人民法院案件案号的若干规定》第四条 (最高法, the
    high courts = provincial abbreviation, 内/军/兵), table HIGH below;
  * evidence: db/reference/courts_evidence.tsv, intermediate, basic and special
    courts whose code and name were seen together in a public source;
  * divisions: the 国家统计局 2023 统计用区划代码 (db/reference/divisions.tsv):
    a prefecture-level division's 中级人民法院 is its province's code and the
    division's two digits (杭州市 3301 → 浙01), a county-level division's
    基层人民法院 its province's code and the last four digits (嵊州市 330683 →
    浙0683) — the rule every evidence row follows (checked here: a derived row
    that disagrees with evidence stops the build). Names as courts write them:
    a district with its city (江苏省扬州市江都区人民法院), a county, 旗 or
    county-level city without (江苏省阜宁县人民法院, 浙江省嵊州市人民法院).
    Left out, because their courts do not follow the rule: the municipalities'
    intermediate courts (numbered: 北京市第一中级人民法院), the divisions
    directly under a province (xx90: 济源, 仙桃, 海南's counties, 兵团 cities),
    统计用 zones (xx7x: 开发区, 管理区), Hainan's prefectures but 海口 and 三亚.
A court whose parent (2-digit prefix court) is in none of these is left out
and reported, so the table never contains a guessed parent.

Usage: build_courts.py EVIDENCE_TSV DIVISIONS_TSV OUT_TSV
"""
import csv
import os
import re
import sys

HIGH = [  # code, court name
    ("京", "北京市高级人民法院"), ("津", "天津市高级人民法院"), ("冀", "河北省高级人民法院"),
    ("晋", "山西省高级人民法院"), ("内", "内蒙古自治区高级人民法院"), ("辽", "辽宁省高级人民法院"),
    ("吉", "吉林省高级人民法院"), ("黑", "黑龙江省高级人民法院"), ("沪", "上海市高级人民法院"),
    ("苏", "江苏省高级人民法院"), ("浙", "浙江省高级人民法院"), ("皖", "安徽省高级人民法院"),
    ("闽", "福建省高级人民法院"), ("赣", "江西省高级人民法院"), ("鲁", "山东省高级人民法院"),
    ("豫", "河南省高级人民法院"), ("鄂", "湖北省高级人民法院"), ("湘", "湖南省高级人民法院"),
    ("粤", "广东省高级人民法院"), ("桂", "广西壮族自治区高级人民法院"), ("琼", "海南省高级人民法院"),
    ("渝", "重庆市高级人民法院"), ("川", "四川省高级人民法院"), ("黔", "贵州省高级人民法院"),
    ("云", "云南省高级人民法院"), ("藏", "西藏自治区高级人民法院"), ("陕", "陕西省高级人民法院"),
    ("甘", "甘肃省高级人民法院"), ("青", "青海省高级人民法院"), ("宁", "宁夏回族自治区高级人民法院"),
    ("新", "新疆维吾尔自治区高级人民法院"),
    ("兵", "新疆维吾尔自治区高级人民法院生产建设兵团分院"),
]
SPECIAL_NAME = re.compile(r"(知识产权法院|海事法院|金融法院|互联网法院|铁路运输|军事法院)")


MUNICIPALITIES = {"11", "12", "31", "50"}


def derived_courts(divisions):
    """(code, name, level) of the courts the division codes give."""
    abbrev = {name.replace("高级人民法院", ""): code for code, name in HIGH if code != "兵"}
    out = []
    for d in csv.DictReader(open(divisions, encoding="utf-8"), delimiter="\t"):
        code, prov = d["code"], abbrev[d["province"]]
        if len(code) == 4:
            if d["province_code"] in MUNICIPALITIES or code[2:] == "90" or \
                    (d["province_code"] == "46" and code not in ("4601", "4602")):
                continue
            out.append((prov + code[2:], d["province"] + d["name"] + "中级人民法院", "中级"))
            continue
        if code[2:4] == "90" or code[4] == "7":
            continue
        district = d["name"].endswith("区") and d["city"] not in ("市辖区", "县")
        place = d["province"] + (d["city"] if district else "") + d["name"]
        out.append((prov + code[2:], place + "人民法院", "基层"))
    return out


def main(evidence, divisions, out):
    rows = [("最高法", "最高人民法院", "最高", "", "", "rule")]
    for code, name in HIGH:
        rows.append((code, name, "高级", code, "最高法", "rule"))
    rows.append(("军", "中国人民解放军军事法院", "专门", "军", "最高法", "rule"))
    known = {r[0] for r in rows}
    ev = list(csv.DictReader(open(evidence, encoding="utf-8"), delimiter="\t"))
    derived = derived_courts(divisions)
    by_code = {e["code"]: e["name"] for e in ev}
    clash = [(c, n, by_code[c]) for c, n, _ in derived if c in by_code and by_code[c] != n]
    for c, n, e in clash:
        print("DERIVED %s %s DISAGREES WITH EVIDENCE %s" % (c, n, e), file=sys.stderr)
    if clash:
        raise SystemExit(1)
    agree = sum(1 for c, n, _ in derived if by_code.get(c) == n)
    print("derived rows agreeing with evidence:", agree, file=sys.stderr)
    codes = {e["code"] for e in ev} | known | {c for c, _, _ in derived}
    dropped = []
    for e in sorted(ev, key=lambda e: (e["code"][0], len(e["code"]), e["code"])):
        code, name = e["code"], e["name"]
        prov, digits = code[0], code[1:]
        if len(digits) == 2:
            level = "专门" if SPECIAL_NAME.search(name) or int(digits) >= 71 else "中级"
            parent = prov
        elif len(digits) == 4:
            level = "专门" if SPECIAL_NAME.search(name) else "基层"
            parent = code[:3]
        else:
            raise SystemExit("bad code " + code)
        if parent not in codes:
            dropped.append((code, name, parent))
            continue
        rows.append((code, name, level, prov, parent, "evidence"))
    have = {r[0] for r in rows}
    names = {r[1] for r in rows}
    for code, name, level in sorted(derived, key=lambda d: (d[0][0], len(d[0]), d[0])):
        parent = code[:3] if level == "基层" else code[0]
        if code in have or name in names:
            continue
        if parent not in codes:
            dropped.append((code, name, parent))
            continue
        rows.append((code, name, level, code[0], parent, "divisions"))
        have.add(code)
        names.add(name)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("code\tname\tlevel\tprovince\tparent_code\tbasis\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    os.replace(tmp, out)
    print("rows", len(rows), file=sys.stderr)
    for d in dropped:
        print("DROPPED (parent %s not evidenced): %s %s" % (d[2], d[0], d[1]), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
