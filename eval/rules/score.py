#!/usr/bin/env python3
"""score.py JIANZHI_BINARY OUTDIR [--registry-first] [--json FILE] [--keep] [--verbose] [--check-order]

Scores a jianzhi binary against the planted-violation dataset written by gen.py into
OUTDIR: creates a fresh database in a temporary directory, sets screen.today to
2026-11-15, imports the ledgers, the registry files, the events and any bank*.csv
statements (with
--registry-first the registry goes in before the ledgers; the result must be the same),
runs a full screen and reads the active leads.  Per rule it prints the planted fires,
true positives, false negatives, false positives (a lead of that rule on any case not
expected to fire: a planted near miss, a case planted for another rule, or the lawful
background), recall and precision, and totals.  Rules the binary does not have are
reported as "missing".  --verbose lists every false negative and false positive with the
case's planted boundary; --check-order runs a second time with the other import order
and reports any lead that differs; --keep keeps the database.  Exit status 0 (1 only
when the binary cannot be run at all)."""
import csv
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections import defaultdict

TODAY = "2026-11-15"
REGISTRY_KINDS = ["不动产", "车辆", "股权", "存款", "出行", "企业登记", "户籍"]


def norm_case(s):
    s = (s or "").strip().replace(" ", "")
    s = s.replace("(", "（").replace(")", "）").replace("〔", "（").replace("〕", "）")
    s = s.replace("[", "（").replace("]", "）")
    return s


def run(cmd, log, check=False):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = p.stdout.decode("utf-8", "replace")
    err = p.stderr.decode("utf-8", "replace")
    log.append("$ %s\n[rc=%d]\n%s%s" % (" ".join(cmd), p.returncode, out[-2000:], err[-2000:]))
    if check and p.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), p.returncode, err.strip()[-500:]))
    return p.returncode, out, err


def read_expected(path):
    exp = {}
    rules = []
    with open(path, encoding="utf-8") as f:
        r = csv.DictReader(f, delimiter="\t")
        for row in r:
            k = (row["rule"], norm_case(row["case_no"]))
            exp[k] = (row["expect"], row["why"])
            if row["rule"] not in rules:
                rules.append(row["rule"])
    return exp, rules


def known_rules(j, db, log):
    rc, out, _ = run([j, "--db", db, "rules", "list", "--format", "csv"], log)
    codes = set()
    if rc == 0 and out.strip():
        try:
            for row in csv.DictReader(io.StringIO(out)):
                c = row.get("code") or row.get("rule") or row.get("规则") or ""
                if c:
                    codes.add(c.strip())
        except csv.Error:
            pass
        if not codes:
            codes = set(re.findall(r"\b[A-Z]{2,8}(?:-[A-Z0-9]+)+\b", out))
    return codes


def main(argv):
    opts = {"--registry-first": False, "--keep": False, "--verbose": False, "--check-order": False}
    json_path = None
    args = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--json":
            json_path = argv[i + 1]
            i += 2
            continue
        if a in opts:
            opts[a] = True
        else:
            args.append(a)
        i += 1
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    j, outdir = os.path.abspath(args[0]), os.path.abspath(args[1])
    if not os.access(j, os.X_OK):
        print("not an executable: %s" % j, file=sys.stderr)
        return 1
    exp, rules = read_expected(os.path.join(outdir, "expected.tsv"))
    res = evaluate(j, outdir, exp, rules, opts["--registry-first"], opts["--keep"])
    if res is None:
        return 1
    report(j, outdir, exp, rules, res, opts, json_path)
    if opts["--check-order"]:
        other = evaluate(j, outdir, exp, rules, not opts["--registry-first"], False)
        if other is None:
            return 0
        a, b = res["leads"], other["leads"]
        print()
        if a == b:
            print("import order check: the same %d leads with the registry imported %s the ledgers" % (
                len(a), "after" if opts["--registry-first"] else "before"))
        else:
            by = defaultdict(lambda: [0, 0])
            for r, _ in a - b:
                by[r][0] += 1
            for r, _ in b - a:
                by[r][1] += 1
            print("import order check: leads DIFFER when the registry is imported %s the ledgers:" % (
                "after" if opts["--registry-first"] else "before"))
            for r in sorted(by):
                print("  %-20s %d leads only in this run, %d only in the other" % (r, by[r][0], by[r][1]))
    return 0


def evaluate(j, outdir, exp, rules, registry_first, keep):
    tmp = tempfile.mkdtemp(prefix="jianzhi-eval-")
    db = os.path.join(tmp, "eval.db")
    log = []
    env_note = []
    rejects = {}
    try:
        rc, _, err = run([j, "--db", db, "init"], log)
        if rc != 0:
            print("cannot initialise a database with %s: %s" % (j, err.strip()), file=sys.stderr)
            return None
        rc, _, _ = run([j, "--db", db, "settings", "set", "screen.today", TODAY], log)
        if rc != 0:
            try:
                con = sqlite3.connect(db)
                con.execute("INSERT OR REPLACE INTO settings(key,value) VALUES('screen.today',?)", (TODAY,))
                con.commit()
                con.close()
                env_note.append("screen.today set through SQLite (no 'settings' command)")
            except sqlite3.Error as e:
                env_note.append("could not set screen.today: %s" % e)
        # import copies, so that FILE.rejects.csv reports land in the temporary directory
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        for name in os.listdir(outdir):
            if name.endswith(".csv"):
                shutil.copy(os.path.join(outdir, name), os.path.join(src, name))
        ledgers = [os.path.join(src, "ledger.csv"), os.path.join(src, "ledger_gbk.csv")]
        # a set writes only the registry kinds it plants for
        reg_steps = [("registry", k, os.path.join(src, "registry_%s.csv" % k)) for k in REGISTRY_KINDS
                     if os.path.exists(os.path.join(src, "registry_%s.csv" % k))]
        led_steps = [("cases", None, p) for p in ledgers]
        steps = (reg_steps + led_steps) if registry_first else (led_steps + reg_steps)
        steps.append(("events", None, os.path.join(src, "events.csv")))
        # bank statements (资金流水), one file or several, for the ZJ- rules
        steps += [("bank", None, os.path.join(src, n)) for n in sorted(os.listdir(src))
                  if n.startswith("bank") and n.endswith(".csv")]
        import_fail = []
        for what, kind, path in steps:
            cmd = [j, "--db", db, "import", what] + ([kind] if kind else []) + [path]
            rc, out, err = run(cmd, log)
            if rc != 0:
                import_fail.append("%s %s: rc=%d %s" % (what, kind or os.path.basename(path), rc,
                                                        (err.strip() or out.strip())[-200:]))
        rejects = {}
        for name in sorted(os.listdir(src)):
            if name.endswith(".rejects.csv"):
                with open(os.path.join(src, name), encoding="utf-8-sig", errors="replace") as f:
                    rows = list(csv.reader(f))[1:]
                reasons = defaultdict(int)
                for row in rows:
                    if len(row) > 1:
                        reasons[re.sub(r"[:：].*", "", row[1]) + (":" + row[1].split(":", 1)[1].strip()
                                if ":" in row[1] and "事件类型" in row[1] else "")] += 1
                rejects[name[:-len(".rejects.csv")]] = dict(reasons)
        rc, _, err = run([j, "--db", db, "screen", "--full"], log)
        if rc != 0:
            rc, _, err = run([j, "--db", db, "screen"], log)
            if rc != 0:
                env_note.append("screen failed: %s" % err.strip()[-300:])
        rc, out, err = run([j, "--db", db, "leads", "--format", "csv", "--limit", "1000000"], log)
        if rc != 0:
            rc, out, err = run([j, "--db", db, "leads", "--format", "csv"], log)
        leads = set()
        n_leads = 0
        if rc == 0:
            for row in csv.DictReader(io.StringIO(out)):
                st = (row.get("status") or "active").strip()
                if st and st != "active":
                    continue
                n_leads += 1
                leads.add((row.get("rule", "").strip(), norm_case(row.get("case_no"))))
        else:
            env_note.append("leads failed: %s" % err.strip()[-300:])
        have = known_rules(j, db, log) | {r for r, _ in leads}
    finally:
        if keep:
            print("database kept in %s" % tmp, file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return {"leads": leads, "n_leads": n_leads, "have": have, "notes": env_note,
            "import_fail": import_fail, "rejects": rejects, "registry_first": registry_first}


def report(j, outdir, exp, rules, res, opts, json_path):
    leads, n_leads, have = res["leads"], res["n_leads"], res["have"]
    env_note, import_fail, rejects = res["notes"], res["import_fail"], res["rejects"]

    all_rules = rules + sorted({r for r, _ in leads} - set(rules))
    per = {}
    fp_detail = defaultdict(list)
    fn_detail = defaultdict(list)
    for r in all_rules:
        fires = {c for (rr, c), (e, _) in exp.items() if rr == r and e == "fire"}
        misses = {c for (rr, c), (e, _) in exp.items() if rr == r and e == "miss"}
        got = {c for rr, c in leads if rr == r}
        tp = len(fires & got)
        fn = len(fires - got)
        fp = len(got - fires)
        fp_near = len(got & misses)
        per[r] = {
            "status": "ok" if r in have else "missing",
            "planted_fires": len(fires), "near_misses": len(misses),
            "tp": tp, "fn": fn, "fp": fp, "fp_on_near_misses": fp_near,
            "recall": (tp / len(fires)) if fires else None,
            "precision": (tp / (tp + fp)) if (tp + fp) else None,
        }
        fn_detail[r] = sorted(fires - got)
        fp_detail[r] = sorted(got - fires)
    present = [r for r in rules if per[r]["status"] == "ok"]
    tot = {k: sum(per[r][k] for r in rules) for k in ("planted_fires", "tp", "fn", "fp", "fp_on_near_misses")}
    tot["recall"] = tot["tp"] / tot["planted_fires"] if tot["planted_fires"] else None
    tot["precision"] = tot["tp"] / (tot["tp"] + tot["fp"]) if (tot["tp"] + tot["fp"]) else None
    pres = {k: sum(per[r][k] for r in present) for k in ("planted_fires", "tp", "fn", "fp", "fp_on_near_misses")}
    pres["recall"] = pres["tp"] / pres["planted_fires"] if pres["planted_fires"] else None
    pres["precision"] = pres["tp"] / (pres["tp"] + pres["fp"]) if (pres["tp"] + pres["fp"]) else None

    def pct(x):
        return "   -  " if x is None else "%5.1f%%" % (100 * x)
    print("jianzhi evaluation: %s  (data %s%s)" % (j, outdir, ", registry first" if res["registry_first"] else ""))
    for n in env_note:
        print("note:", n)
    for f in import_fail:
        print("import failed:", f)
    for name, reasons in rejects.items():
        n = sum(reasons.values())
        if n:
            print("rows rejected or warned in %s: %d (%s)" % (name, n, "; ".join(
                "%s ×%d" % (k, v) for k, v in sorted(reasons.items(), key=lambda x: -x[1])[:8])))
    print("%-20s %-8s %6s %5s %5s %5s %7s %8s %9s" % ("rule", "status", "fires", "TP", "FN", "FP", "FP-nm", "recall", "precision"))
    for r in all_rules:
        p = per[r]
        print("%-20s %-8s %6d %5d %5d %5d %7d %8s %9s" % (r, p["status"], p["planted_fires"], p["tp"], p["fn"], p["fp"],
                                                      p["fp_on_near_misses"], pct(p["recall"]), pct(p["precision"])))
    print("%-20s %-8s %6d %5d %5d %5d %7d %8s %9s" % ("TOTAL (all rules)", "", tot["planted_fires"], tot["tp"], tot["fn"],
                                                  tot["fp"], tot["fp_on_near_misses"], pct(tot["recall"]), pct(tot["precision"])))
    print("%-20s %-8s %6d %5d %5d %5d %7d %8s %9s" % ("TOTAL (rules present)", "", pres["planted_fires"], pres["tp"], pres["fn"],
                                                  pres["fp"], pres["fp_on_near_misses"], pct(pres["recall"]), pct(pres["precision"])))
    missing = [r for r in rules if per[r]["status"] == "missing"]
    print("rules present: %d of %d; missing: %s" % (len(present), len(rules), " ".join(missing) or "none"))
    print("active leads read: %d" % n_leads)
    if opts["--verbose"]:
        for r in all_rules:
            for c in fn_detail[r]:
                print("FN %s %s  (%s)" % (r, c, exp[(r, c)][1]))
            for c in fp_detail[r]:
                why = exp.get((r, c), ("", "background / planted for another rule"))[1]
                print("FP %s %s  (%s)" % (r, c, why))
    if json_path:
        with open(json_path, "w", encoding="utf-8") as f:
            json.dump({"binary": j, "data": outdir, "registry_first": res["registry_first"],
                       "notes": env_note, "import_failures": import_fail, "rejects": rejects, "rules": per,
                       "total": tot, "total_present": pres, "missing": missing,
                       "false_negatives": fn_detail, "false_positives": fp_detail,
                       "active_leads": n_leads}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
