#!/usr/bin/env python3
"""Build db/reference/causes.tsv (民事案件案由规定, 2020 revision) from a
transcription of the regulation kept in JunyuZhan/law-firm-infra.

Input (not committed, extracted with `git show` from the fetched snapshot):
  SRC/*.java                       law-firm-model/case-model/src/main/java/
                                   com/lawfirm/model/cases/enums/civilcause/*.java
                                   at commit e5b2070cdfd6fa1f653e43cf388bef27c8a4e4cc
  SRC/old_NonLitigationCauseEnum.java
                                   .../cases/enums/NonLitigationCauseEnum.java
                                   at commit 23c793fddb45bab467cb1df715a64c55c0c57026
Only names and numbers are taken from those files (facts of the regulation);
no code of that project is reused.

Usage: build_causes.py SRC_DIR OUT_TSV
"""
import os
import re
import sys

PARTS = [  # level 1: 部分 (names as in the regulation / CaseCauseEnum)
    ("P01", "人格权纠纷"),
    ("P02", "婚姻家庭、继承纠纷"),
    ("P03", "物权纠纷"),
    ("P04", "合同、准合同纠纷"),
    ("P05", "知识产权与竞争纠纷"),
    ("P06", "劳动争议、人事争议"),
    ("P07", "海事海商纠纷"),
    ("P08", "与公司、证券、保险、票据等有关的民事纠纷"),
    ("P09", "侵权责任纠纷"),
    ("P10", "非讼程序案件案由"),
    ("P11", "特殊诉讼程序案件案由"),
]
# 大类 number ranges per part (一..五十四); see SOURCES.md
PART_OF_CLASS = {}
for part, lo, hi in [("P01", 1, 1), ("P02", 2, 3), ("P03", 4, 9), ("P04", 10, 12),
                     ("P05", 13, 16), ("P06", 17, 18), ("P07", 19, 19), ("P08", 20, 30),
                     ("P09", 31, 31), ("P10", 32, 50), ("P11", 51, 54)]:
    for n in range(lo, hi + 1):
        PART_OF_CLASS[n] = part

CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn2int(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN[s[1]]
    if "十" in s:
        a, b = s.split("十")
        return CN[a] * 10 + (CN[b] if b else 0)
    return CN[s]


ENUM_RE = re.compile(r"public enum (\w+) implements")
CONST_RE = re.compile(r'^\s*([A-Z][A-Z0-9_]*)\("([^"]+)"(?:,\s*"(\d+)")?\)\s*[,;]')
NUM_COMMENT = re.compile(r"^\s*//\s*(\d+)\.(\S+)")
SUB_COMMENT = re.compile(r"^\s*//\s*[(（](\d+)[)）](\S+)")
CLASS_COMMENT = re.compile(r"^\s*//\s*([一二三四五六七八九十]+)、(\S+)")
PARENT_RE = re.compile(r"parentCause\s*=\s*(\w+)\.(\w+);")


def parse_java(path):
    """Return list of enums: dict(name, consts=[...], parent=(enum,const)|None)."""
    enums = []
    cur = None
    pending = {}
    for line in open(path, encoding="utf-8"):
        m = ENUM_RE.search(line)
        if m:
            cur = {"name": m.group(1), "consts": [], "parent": None}
            enums.append(cur)
            pending = {}
            continue
        if cur is None:
            continue
        m = CLASS_COMMENT.match(line)
        if m:
            pending["class"] = (cn2int(m.group(1)), m.group(2))
            continue
        m = NUM_COMMENT.match(line)
        if m:
            pending["num"] = (int(m.group(1)), m.group(2))
            continue
        m = SUB_COMMENT.match(line)
        if m:
            pending["sub"] = (int(m.group(1)), m.group(2))
            continue
        m = CONST_RE.match(line)
        if m:
            cur["consts"].append({"id": m.group(1), "desc": m.group(2),
                                  "code": m.group(3), **pending})
            pending = {}
            continue
        m = PARENT_RE.search(line)
        if m:
            cur["parent"] = (m.group(1), m.group(2))
    return enums


def main(src, out):
    rows = []          # (level, code, name, parent)
    classes = {}       # 大类 number -> name
    l3 = {}            # number -> (name, class number)
    l4 = {}            # number -> [names]
    problems = []

    files = sorted(f for f in os.listdir(src) if f.endswith("Cause.java"))
    for fn in files:
        enums = parse_java(os.path.join(src, fn))
        by_name = {e["name"]: e for e in enums}
        # first-level enums of the source = 大类 (code "10".."31") except parts 1-3, 10, 11
        for e in enums:
            if e["parent"] is None:
                for c in e["consts"]:
                    code = int(c["code"]) if c["code"] else None
                    if fn in ("PersonalityRightCause.java",):
                        classes[1] = c["desc"]
                    elif code is not None and 10 <= code <= 31 and fn not in (
                            "NonLitigationProcedureCause.java",
                            "SpecialLitigationProcedureCause.java"):
                        classes[code] = c["desc"]
        # level 3 (numbered "N.name" comments)
        for e in enums:
            if e["parent"] is None:
                continue
            penum, pconst = e["parent"]
            parent_enum = by_name.get(penum)
            if parent_enum is None:
                continue
            if parent_enum["parent"] is None:
                # this enum holds level-3 causes (or 大类 for parts 10/11)
                cls = None
                pc = [c for c in parent_enum["consts"] if c["id"] == pconst][0]
                if pc["code"] and 10 <= int(pc["code"]) <= 31 and fn not in (
                        "NonLitigationProcedureCause.java",
                        "SpecialLitigationProcedureCause.java"):
                    cls = int(pc["code"])
                for c in e["consts"]:
                    if "class" in c:
                        classes[c["class"][0]] = c["class"][1]
                        cur_cls = c["class"][0]
                    if "num" in c:
                        n, nm = c["num"]
                        if nm != c["desc"]:
                            problems.append("L3 %d comment %s != %s" % (n, nm, c["desc"]))
                        if c["code"] and int(c["code"][-2:]) != n % 100:
                            problems.append("L3 %d code %s" % (n, c["code"]))
                        use_cls = cls
                        if fn == "PropertyRightCause.java":
                            use_cls = cur_cls
                        l3[n] = (c["desc"], use_cls, fn)
            else:
                # level-4 enum: parent is a level-3 constant
                grand = by_name[penum]
                pc = [c for c in grand["consts"] if c["id"] == pconst][0]
                if "num" not in pc:
                    continue  # parts 10/11 handled below
                n = pc["num"][0]
                for k, c in enumerate(e["consts"], 1):
                    if "sub" in c and c["sub"][0] != k:
                        problems.append("L4 %d.%d numbered (%d)" % (n, k, c["sub"][0]))
                    if "sub" in c and c["sub"][1] != c["desc"]:
                        problems.append("L4 %d.%d name %s" % (n, k, c["desc"]))
                    if c["code"] and int(c["code"][-2:]) != k:
                        problems.append("L4 %d.%d code %s" % (n, k, c["code"]))
                    l4.setdefault(n, []).append(c["desc"])

    # parts 1-3: classes 一..九 ; 二/三 names from the regulation text (see SOURCES.md)
    classes.setdefault(2, "婚姻家庭纠纷")
    classes.setdefault(3, "继承纠纷")
    # assign class numbers to level-3 causes of parts 1-2
    for n, (nm, cls, fn) in list(l3.items()):
        if fn == "PersonalityRightCause.java":
            cls = 1
        elif fn == "MarriageInheritanceCause.java":
            cls = 2 if n <= 28 else 3
        l3[n] = (nm, cls, fn)

    # ---- parts 10 and 11 ----
    nl = parse_java(os.path.join(src, "NonLitigationProcedureCause.java"))
    sl = parse_java(os.path.join(src, "SpecialLitigationProcedureCause.java"))
    # 大类 with the number of their first cause (code "1NNN")
    groups = []
    for enums in (nl, sl):
        second = [e for e in enums if e["name"] == "Second"][0]
        for c in second["consts"]:
            groups.append((int(c["code"][1:]), c["desc"]))
    # ordered level-3 names of part 10 from the older enum file
    old = open(os.path.join(src, "old_NonLitigationCauseEnum.java"), encoding="utf-8").read()
    seq = []
    grp = None
    for line in old.splitlines():
        m = re.match(r"\s*//\s*(\S+)", line)
        if m:
            grp = m.group(1)
            continue
        m = re.match(r'\s*[A-Z_0-9]+\("([^"]+)"\)', line)
        if m:
            seq.append((grp, m.group(1)))
    part10 = [g for g in groups if g[0] < 464]
    part11 = [g for g in groups if g[0] >= 464]
    # verify: each 大类 of part 10 holds exactly (next start - start) causes
    from itertools import groupby
    sizes = [(k, len(list(v))) for k, v in groupby(seq, key=lambda x: x[0])]
    if len(sizes) != len(part10):
        problems.append("part10 group count %d vs %d" % (len(sizes), len(part10)))
    starts = [g[0] for g in part10] + [464]
    n = 396
    for i, (gname, size) in enumerate(sizes):
        if starts[i] != n or starts[i + 1] - starts[i] != size:
            problems.append("part10 group %s start %d size %d" % (gname, starts[i], size))
        n += size
    cls_no = 32
    idx = 0
    for i, (start, gdesc) in enumerate(part10):
        classes[cls_no] = gdesc
        for j in range(starts[i + 1] - start):
            l3[start + j] = (seq[idx][1], cls_no, "part10")
            idx += 1
        cls_no += 1
    # part 11: numbers are written in the source codes "1NNN01" (one cause each)
    sl_by = {e["name"]: e for e in sl}
    for start, gdesc in part11:
        classes[cls_no] = gdesc
        cls_no += 1
    cls_of_start = {s: 51 + i for i, (s, _) in enumerate(part11)}
    for e in sl:
        if e["parent"] and e["parent"][0] == "Second":
            start = int([c for c in sl_by["Second"]["consts"] if c["id"] == e["parent"][1]][0]["code"][1:])
            for c in e["consts"]:
                num = int(c["code"][1:4])
                l3[num] = (c["desc"], cls_of_start[start], "part11")
    for e in sl:
        if e["parent"] and e["parent"][0] not in ("Second", "First"):
            for k, c in enumerate(e["consts"], 1):
                num = int(c["code"][1:4])
                if int(c["code"][-2:]) != k:
                    problems.append("part11 L4 %s" % c["code"])
                l4.setdefault(num, []).append(c["desc"])

    # ---- emit ----
    for code, name in PARTS:
        rows.append(("1", code, name, ""))
    for c in sorted(classes):
        rows.append(("2", "C%02d" % c, classes[c], PART_OF_CLASS[c]))
    for n in sorted(l3):
        nm, cls, _ = l3[n]
        if cls is None:
            problems.append("no class for %d" % n)
            continue
        rows.append(("3", str(n), nm, "C%02d" % cls))
        for k, sub in enumerate(l4.get(n, []), 1):
            rows.append(("4", "%d.%d" % (n, k), sub, str(n)))
    missing = [n for n in range(1, 474) if n not in l3]
    with open(out, "w", encoding="utf-8") as f:
        f.write("level\tcode\tname\tparent\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("rows", len(rows), "classes", len(classes), "L3", len(l3),
          "L4", sum(len(v) for v in l4.values()), "missing L3", missing[:20], file=sys.stderr)
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
