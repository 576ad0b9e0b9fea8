#!/usr/bin/env python3
"""Build db/reference/courts.tsv.

Rows come from two places only:
  * the rule of 《最高人民法院关于人民法院案件案号的若干规定》第四条 (最高法, the
    high courts = provincial abbreviation, 内/军/兵), table HIGH below;
  * db/reference/courts_evidence.tsv: intermediate, basic and special courts
    whose code and name were seen together in a public source (see SOURCES.md).
A court whose parent (2-digit prefix court) has no evidence is left out and
reported, so the table never contains a guessed parent.

Usage: build_courts.py EVIDENCE_TSV OUT_TSV
"""
import csv
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


def main(evidence, out):
    rows = [("最高法", "最高人民法院", "最高", "", "")]
    for code, name in HIGH:
        rows.append((code, name, "高级", code, "最高法"))
    rows.append(("军", "中国人民解放军军事法院", "专门", "军", "最高法"))
    known = {r[0] for r in rows}
    ev = list(csv.DictReader(open(evidence, encoding="utf-8"), delimiter="\t"))
    codes = {e["code"] for e in ev} | known
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
        rows.append((code, name, level, prov, parent))
    with open(out, "w", encoding="utf-8") as f:
        f.write("code\tname\tlevel\tprovince\tparent_code\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("rows", len(rows), file=sys.stderr)
    for d in dropped:
        print("DROPPED (parent %s not evidenced): %s %s" % (d[2], d[0], d[1]), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
