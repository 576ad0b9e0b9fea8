#!/usr/bin/env python3
"""Average character error rate over a directory of pages (stdlib only).

usage: cer_dir.py GT_DIR HYP_DIR [--manifest MANIFEST.tsv] [--json]
For every GT_DIR/<page_id>.gt.txt the hypothesis is HYP_DIR/<page_id>.txt (missing = empty).
Prints a per-page table (page, gt chars, edits, CER), the mean CER over pages and the
pooled CER (all edits / all characters).  With --manifest (pages/manifest.tsv) it also
groups pages: clean vs degraded, each degradation kind, font, size and dpi.
"""
import argparse, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cer import cer


def stats(rows):
    if not rows:
        return {"pages": 0}
    mean = sum(r["cer"] for r in rows) / len(rows)
    ed = sum(r["edits"] for r in rows)
    n = sum(r["chars"] for r in rows)
    return {"pages": len(rows), "mean_cer": round(mean, 4), "pooled_cer": round(ed / n if n else 0.0, 4)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gt_dir")
    ap.add_argument("hyp_dir")
    ap.add_argument("--manifest")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    rows = []
    for fn in sorted(os.listdir(a.gt_dir)):
        if not fn.endswith(".gt.txt"):
            continue
        pid = fn[:-7]
        gt = open(os.path.join(a.gt_dir, fn), encoding="utf-8").read()
        hp = os.path.join(a.hyp_dir, pid + ".txt")
        hyp = open(hp, encoding="utf-8", errors="replace").read() if os.path.exists(hp) else ""
        d, n, c = cer(gt, hyp)
        rows.append({"page": pid, "chars": n, "edits": d, "cer": c, "missing": not os.path.exists(hp)})
    groups = {}
    if a.manifest:
        meta = {}
        with open(a.manifest, encoding="utf-8") as fh:
            head = fh.readline().rstrip("\n").split("\t")
            for line in fh:
                r = dict(zip(head, line.rstrip("\n").split("\t")))
                meta[r["page_id"]] = r
        def add(k, r):
            groups.setdefault(k, []).append(r)
        for r in rows:
            m = meta.get(r["page"])
            if not m:
                continue
            degs = [x.split("(")[0] for x in m["degradations"].split(";") if x and x != "clean"]
            degs = [x for x in degs if x not in ("stored_as_jpeg", "pdf_jpeg")]
            add("condition=clean" if not degs else "condition=degraded", r)
            for x in degs:
                add("degradation=" + x, r)
            add("font=" + m["font"], r)
            add("size_pt=" + m["size_pt"], r)
            add("dpi=" + m["dpi"], r)
            add("seal=" + m["seal"], r)
            add("source=" + ("real" if m["doc_id"].startswith("real_") else "generated"), r)
    res = {"overall": stats(rows), "groups": {k: stats(v) for k, v in sorted(groups.items())}, "pages": rows}
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return
    print("%-44s %6s %6s %7s" % ("page", "chars", "edits", "CER"))
    for r in rows:
        print("%-44s %6d %6d %7.3f%s" % (r["page"], r["chars"], r["edits"], r["cer"], "  (no hypothesis)" if r["missing"] else ""))
    o = res["overall"]
    print("\nmean CER over %d pages: %.4f   pooled CER: %.4f" % (o["pages"], o["mean_cer"], o["pooled_cer"]))
    if groups:
        print("\n%-40s %6s %9s %10s" % ("group", "pages", "mean CER", "pooled CER"))
        for k, s in res["groups"].items():
            print("%-40s %6d %9.4f %10.4f" % (k, s["pages"], s["mean_cer"], s["pooled_cer"]))


if __name__ == "__main__":
    main()
