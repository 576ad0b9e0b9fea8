#!/usr/bin/env python3
"""ledger_from_truth.py TRUTH_DIR OUT.csv — a court's ledger for the documents
of an extraction set, as the court would hold it: one row per 案号, its first
申请执行人 and 被执行人 (with the debtor's ID when the truth gives one) and, as
承办法官, the first judge of the ruling.  Used to measure how the scans' names
read against their cases' ledger (bench/extract_bench.py --ledger); the rows
carry only what a ledger carries, nothing of what was read."""
import csv
import glob
import json
import os
import sys

HEAD = ["案号", "立案时间", "结案日期", "结案方式", "案由", "申请执行人", "被执行人", "证件号码",
        "执行标的（元）", "实际到位金额", "执行依据文书号", "承办法官", "终本理由"]


def first(facts, field, role=None):
    for f in facts:
        if f["field"] == field and (role is None or f.get("role") == role):
            return f
    return None


def main():
    truth, out = sys.argv[1], sys.argv[2]
    rows = {}
    for fn in sorted(glob.glob(os.path.join(truth, "*.json"))):
        facts = json.load(open(fn, encoding="utf-8"))["facts"]
        no = first(facts, "case_no")
        app, debt = first(facts, "party", "申请执行人"), first(facts, "party", "被执行人")
        if not no or no["value"] in rows or not (app or debt):
            continue
        judge = first(facts, "judge")
        rows[no["value"]] = [no["value"], "2024-01-02", "", "", "", app["value"] if app else "",
                             debt["value"] if debt else "", (debt or {}).get("id_no") or "", "1000", "0", "",
                             judge["value"] if judge else "", ""]
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEAD)
        w.writerows(rows.values())
    print("%d cases" % len(rows))


if __name__ == "__main__":
    main()
