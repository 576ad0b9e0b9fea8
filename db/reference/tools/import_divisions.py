#!/usr/bin/env python3
"""Write db/reference/divisions.tsv from the 国家统计局 2023 统计用区划代码
(county level), as published in three CSV files (provinces.csv: code,name;
cities.csv: code,name,provinceCode; areas.csv: code,name,cityCode,provinceCode).
The source is named in SOURCES.md; this only joins the three files.

Usage: import_divisions.py CSV_DIR OUT_TSV
"""
import csv
import os
import sys


def read(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main(src, out):
    prov = {r["code"]: r["name"] for r in read(os.path.join(src, "provinces.csv"))}
    city = {r["code"]: r["name"] for r in read(os.path.join(src, "cities.csv"))}
    rows = []
    for r in read(os.path.join(src, "areas.csv")):
        rows.append((r["code"], r["name"], r["cityCode"], city[r["cityCode"]], r["provinceCode"],
                     prov[r["provinceCode"]]))
    for c, name in city.items():             # prefecture-level rows too: their 中级人民法院
        rows.append((c, name, c, name, c[:2], prov[c[:2]]))
    rows.sort()
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("code\tname\tcity_code\tcity\tprovince_code\tprovince\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    os.replace(tmp, out)
    print("divisions:", len(rows), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
