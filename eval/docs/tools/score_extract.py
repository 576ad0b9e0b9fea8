#!/usr/bin/env python3
"""Score extracted facts against the ground truth of the evaluation set (stdlib only).

usage: score_extract.py TRUTH_DIR PRED_DIR [--json] [--by-role] [--strict-attrs]

TRUTH_DIR holds NAME.json ground-truth files ({"id","source","kind","text","facts":[...]}).
PRED_DIR holds NAME.json predictions of the tool under test:
    {"kind": "...", "facts": [{"field": F, "role": R, "value": V, ...}, ...]}
A missing prediction file counts as a document with no facts.

A predicted fact matches a truth fact when field, role and the normalised value are
equal (multiset matching, each fact used once).  Normalisation: all whitespace removed,
full-width ASCII (digits, letters, brackets, punctuation) folded to half-width, letters
lower-cased; for item values also "·" removed; integer strings compared as integers.
Extra conditions:
  * party: if the truth fact has party_kind / id_no, the prediction must carry the same
    (a mismatch is a miss and a false positive);
  * measure: "negated" must agree (absent = false);
  * --strict-attrs: item "action" and "fen" must agree as well when the truth has them.
A top-level "kind" of a prediction counts as a kind fact when no kind fact is listed.
Prints per-field precision/recall/F1 with counts and micro-F1 over all facts, for
source=real, source=generated and all; --by-role also per (field, role); --json
prints the same numbers as JSON.
"""
import argparse, json, os, re, sys
from collections import defaultdict

FIELDS = ["kind", "court", "case_no", "prior_case_no", "cause", "party", "legal_rep", "amount",
          "date", "judge", "measure", "item", "auction_round"]


def fold(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        elif o == 0x3000:
            ch = " "
        out.append(ch)
    return "".join(out)


def norm(v, field=""):
    if v is None:
        return ""
    s = fold(str(v))
    s = re.sub(r"\s+", "", s).lower()
    if field == "item":
        s = s.replace("·", "").replace("•", "").replace("・", "")
    if re.fullmatch(r"-?\d+", s):
        s = str(int(s))
    return s


def as_bool(v):
    return v is True or (isinstance(v, str) and v.lower() in ("true", "1", "yes"))


def matches(t, p, strict):
    f = t.get("field")
    if f != p.get("field"):
        return False
    if norm(t.get("role", ""), "role") != norm(p.get("role", ""), "role"):
        return False
    if norm(t.get("value"), f) != norm(p.get("value"), f):
        return False
    if f == "party":
        if "party_kind" in t and norm(t["party_kind"]) != norm(p.get("party_kind")):
            return False
        if "id_no" in t and norm(t["id_no"]) != norm(p.get("id_no")):
            return False
    if f == "measure" and as_bool(t.get("negated")) != as_bool(p.get("negated")):
        return False
    if strict and f == "item":
        for k in ("action", "fen"):
            if k in t and norm(t[k]) != norm(p.get(k)):
                return False
    return True


def constraints(t):
    return sum(1 for k in ("party_kind", "id_no", "negated", "action", "fen") if k in t)


def load_pred(path):
    if not os.path.exists(path):
        return []
    try:
        d = json.load(open(path, encoding="utf-8"))
    except (ValueError, OSError) as e:
        print("warning: cannot read %s: %s" % (path, e), file=sys.stderr)
        return []
    facts = [f for f in d.get("facts", []) if isinstance(f, dict)]
    if d.get("kind") and not any(f.get("field") == "kind" for f in facts):
        facts.append({"field": "kind", "role": "", "value": d["kind"]})
    return facts


def score_doc(truth, pred, strict):
    """returns list of (key, outcome) with outcome in tp/fn/fp; key = (field, role)."""
    res = []
    used = [False] * len(pred)
    for t in sorted(truth, key=constraints, reverse=True):
        hit = None
        for i, p in enumerate(pred):
            if not used[i] and matches(t, p, strict):
                hit = i
                break
        key = (t.get("field"), t.get("role", ""))
        if hit is None:
            res.append((key, "fn"))
        else:
            used[hit] = True
            res.append((key, "tp"))
    for i, p in enumerate(pred):
        if not used[i]:
            res.append(((p.get("field"), p.get("role", "")), "fp"))
    return res


def prf(c):
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else (1.0 if tp + fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if tp + fp == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("truth_dir")
    ap.add_argument("pred_dir")
    ap.add_argument("--json", action="store_true", help="print results as JSON")
    ap.add_argument("--by-role", action="store_true", help="also report per (field, role)")
    ap.add_argument("--strict-attrs", action="store_true", help="items must also match action and fen")
    a = ap.parse_args()
    names = sorted(f[:-5] for f in os.listdir(a.truth_dir) if f.endswith(".json"))
    if not names:
        sys.exit("no truth files in " + a.truth_dir)
    groups = {"real": [], "generated": [], "all": []}
    for n in names:
        t = json.load(open(os.path.join(a.truth_dir, n + ".json"), encoding="utf-8"))
        p = load_pred(os.path.join(a.pred_dir, n + ".json"))
        r = score_doc(t.get("facts", []), p, a.strict_attrs)
        src = t.get("source", "generated")
        groups.setdefault(src, []).append(r)
        groups["all"].append(r)
    report = {}
    for g, docs in groups.items():
        if not docs:
            continue
        by_field = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
        by_role = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
        tot = {"tp": 0, "fp": 0, "fn": 0}
        for r in docs:
            for (f, role), o in r:
                by_field[f][o] += 1
                by_role["%s/%s" % (f, role)][o] += 1
                tot[o] += 1
        report[g] = {"documents": len(docs), "micro": prf(tot),
                     "fields": {f: prf(by_field[f]) for f in sorted(by_field, key=lambda x: (FIELDS.index(x) if x in FIELDS else 99, str(x)))}}
        if a.by_role:
            report[g]["roles"] = {k: prf(v) for k, v in sorted(by_role.items(), key=lambda kv: str(kv[0]))}
    if a.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    for g in ("real", "generated", "all"):
        if g not in report:
            continue
        R = report[g]
        print("== source=%s  (%d documents)" % (g, R["documents"]))
        print("%-16s %6s %6s %6s %9s %9s %9s" % ("field", "tp", "fp", "fn", "precision", "recall", "F1"))
        for f, c in R["fields"].items():
            print("%-16s %6d %6d %6d %9.3f %9.3f %9.3f" % (f, c["tp"], c["fp"], c["fn"], c["precision"], c["recall"], c["f1"]))
        if a.by_role:
            for k, c in R["roles"].items():
                print("  %-24s %6d %6d %6d %9.3f %9.3f %9.3f" % (k, c["tp"], c["fp"], c["fn"], c["precision"], c["recall"], c["f1"]))
        m = R["micro"]
        print("%-16s %6d %6d %6d %9.3f %9.3f %9.3f" % ("MICRO", m["tp"], m["fp"], m["fn"], m["precision"], m["recall"], m["f1"]))
        print()


if __name__ == "__main__":
    main()
