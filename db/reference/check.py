#!/usr/bin/env python3
"""Validate db/reference/courts.tsv and db/reference/causes.tsv (stdlib only).

Usage: python3 db/reference/check.py [DIR]     (DIR defaults to this file's folder)
Exit status 0 when every check passes.
"""
import os
import re
import sys

PROVINCES = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新兵"
SPECIAL_ROOTS = {"最高法", "军"}          # 最高人民法院, 中国人民解放军军事法院
COURT_RE = re.compile("^(最高法|军|[%s](?:\\d{2}|\\d{4})?)$" % PROVINCES)
LEVELS = {"最高", "高级", "中级", "基层", "专门"}

failures = []
passed = 0


def check(ok, msg):
    global passed
    if ok:
        passed += 1
    else:
        failures.append(msg)


def read_tsv(path, header):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    check(bool(lines) and lines[0].split("\t") == header,
          "%s: header must be %r" % (path, "\t".join(header)))
    rows = []
    for i, line in enumerate(lines[1:], 2):
        cols = line.split("\t")
        check(len(cols) == len(header), "%s:%d: %d columns" % (path, i, len(cols)))
        if len(cols) == len(header):
            rows.append(dict(zip(header, cols), _line=i))
    return rows


def check_courts(path):
    rows = read_tsv(path, ["code", "name", "level", "province", "parent_code", "basis"])
    codes = {}
    for r in rows:
        where = "%s:%d %s" % (path, r["_line"], r["code"])
        check(r["code"] not in codes, where + ": duplicate code")
        codes[r["code"]] = r
        check(bool(COURT_RE.match(r["code"])), where + ": code shape")
        check(r["level"] in LEVELS, where + ": level %r" % r["level"])
        check(r["name"].endswith("法院") or r["name"].endswith("分院"), where + ": name")
        check(r["basis"] in ("rule", "evidence", "divisions"), where + ": basis %r" % r["basis"])
    for r in rows:
        code, level, parent = r["code"], r["level"], r["parent_code"]
        where = "%s:%d %s" % (path, r["_line"], code)
        if code == "最高法":
            check(level == "最高" and parent == "" and r["province"] == "", where + ": root row")
            continue
        check(parent in codes, where + ": parent %r missing" % parent)
        digits = code[1:] if code not in SPECIAL_ROOTS else ""
        if code == "军":
            check(level == "专门" and parent == "最高法", where + ": 军事法院 row")
            continue
        check(r["province"] == code[0], where + ": province must be %s" % code[0])
        if digits == "":
            check(level == "高级" and parent == "最高法", where + ": high court row")
        elif len(digits) == 2:
            check(level in ("中级", "专门") and parent == code[0],
                  where + ": 2-digit court must be 中级/专门 under %s" % code[0])
        else:
            check(level in ("基层", "专门") and parent == code[:3],
                  where + ": 4-digit court must be 基层/专门 under %s" % code[:3])
            if parent in codes:
                check(codes[parent]["level"] in ("中级", "专门"), where + ": parent level")
    by_level = {}
    for r in rows:
        by_level[r["level"]] = by_level.get(r["level"], 0) + 1
    print("courts.tsv: %d rows; %s" % (len(rows), ", ".join(
        "%s %d" % (k, by_level.get(k, 0)) for k in ("最高", "高级", "中级", "基层", "专门"))))
    missing_high = [p for p in PROVINCES if p not in codes]
    check(not missing_high, "%s: high courts missing: %s" % (path, "".join(missing_high)))


def check_causes(path):
    rows = read_tsv(path, ["level", "code", "name", "parent"])
    codes = {}
    for r in rows:
        where = "%s:%d %s" % (path, r["_line"], r["code"])
        check(r["code"] not in codes, where + ": duplicate code")
        codes[r["code"]] = r
        check(r["level"] in ("1", "2", "3", "4"), where + ": level")
        check(r["name"] != "" and "\t" not in r["name"], where + ": name")
    shape = {"1": r"^P\d{2}$", "2": r"^C\d{2}$", "3": r"^[1-9]\d*$", "4": r"^[1-9]\d*\.[1-9]\d*$"}
    l3 = []
    subs = {}
    for r in rows:
        lv, code, parent = r["level"], r["code"], r["parent"]
        where = "%s:%d %s" % (path, r["_line"], code)
        if lv not in shape:
            continue
        check(bool(re.match(shape[lv], code)), where + ": code shape for level " + lv)
        if lv == "1":
            check(parent == "", where + ": level-1 has no parent")
            continue
        p = codes.get(parent)
        check(p is not None, where + ": parent %r missing" % parent)
        if p is not None:
            check(int(p["level"]) == int(lv) - 1, where + ": parent level")
        if not re.match(shape[lv], code):
            continue
        if lv == "3":
            l3.append(int(code))
        if lv == "4":
            n, k = code.split(".")
            check(parent == n, where + ": level-4 parent must be %s" % n)
            subs.setdefault(n, []).append(int(k))
    l3.sort()
    check(l3 == list(range(1, len(l3) + 1)), "%s: level-3 numbers not contiguous 1..%d" % (path, len(l3)))
    for n, ks in subs.items():
        check(sorted(ks) == list(range(1, len(ks) + 1)), "%s: sub-causes of %s not 1..%d" % (path, n, len(ks)))
    counts = {}
    for r in rows:
        counts[r["level"]] = counts.get(r["level"], 0) + 1
    print("causes.tsv: %d rows; level1 %d, level2 %d, level3 %d, level4 %d" % (
        len(rows), counts.get("1", 0), counts.get("2", 0), counts.get("3", 0), counts.get("4", 0)))


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    check_courts(os.path.join(base, "courts.tsv"))
    check_causes(os.path.join(base, "causes.tsv"))
    for f in failures[:50]:
        print("FAIL", f)
    print("check: %d passed, %d failed" % (passed, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
