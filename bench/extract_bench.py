"""Fact extraction and OCR of jianzhi on the held-out set eval/docs.

Usage: extract_bench.py --jianzhi PATH [--eval DIR] [--out DIR] [--jobs N]
                        [--plain run|reference|skip] [--skip-ocr] [--reextract]

Measures, never tunes (eval/docs is held out: nothing in src/ may be
changed to improve these figures):
  1. extraction on the exact source text: `jianzhi extract NAME.txt --format
     json` for every document of eval/docs/truth (48 generated, 15 real);
  2. OCR then extraction on the scans: every scanned document of pages/
     (its page files, in page order, in a folder of its own) read by
     `jianzhi ocr FOLDER... --jobs N` into a fresh database, as a person
     would read a 卷宗 (documents split by their titles, facts per
     document); the facts of a scan are those of the documents its folder
     gave. The 12 second scans (`__scan2`) are scored against the truth of
     their document, so there are 75 scanned documents;
  3. the character error rate of jianzhi's page text (from the same run)
     and of plain `tesseract PAGE - -l chi_sim --psm 6` on every page
     (eval/docs/tools/run_tesseract.sh, OMP_THREAD_LIMIT=1; --plain
     reference uses the committed outputs in reference/ instead).
Scoring is eval/docs/tools/score_extract.py (per field P/R/F1 and micro-F1,
real and generated apart) and cer.py (Levenshtein over characters without
white space / truth length; "mean" averages pages, "pooled" is all edits
over all characters). Everything lands in OUT (default build/extract-bench):
pred_text/, pred_scan/, truth_scan/, jianzhi/ and plain/ page texts, scan.db,
and the reports *.txt; a summary is printed. --reextract (with an OUT of an
earlier run) keeps its scan.db and page texts and extracts each scan's pages
again with this jianzhi (`jianzhi extract --ocr-confidence` on the pages
joined by form feeds, each with the confidence its OCR gave it, so they are
extracted as scans, as in a full run): the extractor alone on the same OCR
output, in seconds.
"""
import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time


def run(cmd, env=None, out=None):
    t0 = os.times()
    w0 = time.time()
    with open(out, "w", encoding="utf-8") if out else open(os.devnull, "w") as fh:
        p = subprocess.run(cmd, env=env, stdout=fh, stderr=subprocess.PIPE)
    t1 = os.times()
    cpu = (t1.children_user - t0.children_user) + (t1.children_system - t0.children_system)
    return p.returncode, p.stderr.decode("utf-8", "replace"), cpu, time.time() - w0


def manifest(pages_dir):
    rows = []
    with open(os.path.join(pages_dir, "manifest.tsv"), encoding="utf-8") as fh:
        head = fh.readline().rstrip("\n").split("\t")
        for line in fh:
            r = dict(zip(head, line.rstrip("\n").split("\t")))
            r["scan"] = r["page_id"].rsplit("-p", 1)[0]
            rows.append(r)
    return rows


def text_extraction(a, env):
    """jianzhi extract on every source text."""
    out = os.path.join(a.out, "pred_text")
    os.makedirs(out, exist_ok=True)
    cpu = 0.0
    for fn in sorted(os.listdir(os.path.join(a.eval, "truth"))):
        name = fn[:-5]
        sub = "real" if name.startswith("real_") else "generated"
        src = os.path.join(a.eval, sub, name + ".txt")
        rc, err, c, _ = run([a.jianzhi, "extract", src, "--format", "json"], env, os.path.join(out, name + ".json"))
        cpu += c
        if rc != 0:
            print("extract failed on %s: %s" % (src, err.strip()), file=sys.stderr)
    return cpu


def scan_folders(a, rows):
    """One folder per scanned document holding links to its page files, in
    page order (a multi-page TIFF or PDF is one file). Returns the folder
    root, the scans, and (link, page in that file) -> page_id."""
    root = os.path.join(a.out, "scans")
    shutil.rmtree(root, ignore_errors=True)
    files, where = {}, {}
    for r in sorted(rows, key=lambda r: (r["scan"], int(r["page_no"]))):
        names = files.setdefault(r["scan"], [])
        if r["file"] not in names:
            names.append(r["file"])
        link = os.path.join(root, r["scan"], "%03d%s" % (names.index(r["file"]) + 1, os.path.splitext(r["file"])[1]))
        nth = sum(1 for k in where if k[0] == link) + 1
        where[(link, nth)] = r["page_id"]
    for scan, names in files.items():
        d = os.path.join(root, scan)
        os.makedirs(d)
        for i, f in enumerate(names, 1):
            os.symlink(os.path.abspath(os.path.join(a.eval, "pages", f)),
                       os.path.join(d, "%03d%s" % (i, os.path.splitext(f)[1])))
    return root, sorted(files), where


def scan_ocr(a, env, rows):
    root, scans, where = scan_folders(a, rows)
    db = os.path.join(a.out, "scan.db")
    if a.skip_ocr:
        return db, root, where, 0.0, 0.0
    for f in (db, db + "-wal", db + "-shm"):
        if os.path.exists(f):
            os.remove(f)
    run([a.jianzhi, "--db", db, "init"], env)
    if a.ledger:       # the cases' own data first: the scans' names are read against it
        rc, err, _, _ = run([a.jianzhi, "--db", db, "import", "cases", "-q", a.ledger], env)
        if rc != 0:
            sys.exit("jianzhi import cases %s failed: %s" % (a.ledger, err.strip()))
    cmd = [a.jianzhi, "--db", db, "ocr"] + [os.path.join(root, s) for s in scans] + ["--jobs", str(a.jobs)]
    rc, err, cpu, wall = run(cmd, env)
    with open(os.path.join(a.out, "ocr.log"), "w", encoding="utf-8") as fh:
        fh.write(err)
    if rc != 0:
        sys.exit("jianzhi ocr failed (see %s/ocr.log)" % a.out)
    return db, root, where, cpu, wall


def page_texts(a, db, where):
    """jianzhi's text of every page, named by page_id, from the database."""
    out = os.path.join(a.out, "jianzhi")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    con = sqlite3.connect(db)
    n = 0
    for path, page, text in con.execute("SELECT src_path, src_page, text FROM pages"):
        pid = where.get((path, page))
        if pid:
            with open(os.path.join(out, pid + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(text)
            n += 1
    con.close()
    return n


def scan_predictions(a, db, root):
    """The facts of every scanned document: those of the documents its folder gave."""
    out = os.path.join(a.out, "pred_scan")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    con = sqlite3.connect(db)
    preds = {}
    q = ("SELECT p.src_path, f.field, f.role, f.value, f.party_kind, f.id_no, f.negated, f.action, f.amount_fen"
         " FROM facts f JOIN documents d ON d.id = f.doc_id"
         " JOIN pages p ON p.doc_id = d.id AND p.page_no = 1 ORDER BY f.id")
    for path, field, role, value, kind, id_no, neg, action, fen in con.execute(q):
        scan = os.path.basename(os.path.dirname(path))
        fact = {"field": field, "role": role, "value": value}
        if field == "party":
            fact.update(party_kind=kind, id_no=id_no)
        elif field == "measure":
            fact["negated"] = bool(neg)
        elif field == "item":
            fact.update(action=action, fen=fen)
        preds.setdefault(scan, []).append(fact)
    con.close()
    for scan in os.listdir(root):
        with open(os.path.join(out, scan + ".json"), "w", encoding="utf-8") as fh:
            json.dump({"facts": preds.get(scan, [])}, fh, ensure_ascii=False)
    truth = os.path.join(a.out, "truth_scan")
    shutil.rmtree(truth, ignore_errors=True)
    os.makedirs(truth)
    for scan in os.listdir(root):
        shutil.copy(os.path.join(a.eval, "truth", scan.split("__")[0] + ".json"), os.path.join(truth, scan + ".json"))


def scan_reextract(a, env, db, root):
    """Each scan's stored page texts, in page order, extracted again by a.jianzhi."""
    out = os.path.join(a.out, "pred_scan")
    work = os.path.join(a.out, "reextract")
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(out)
    os.makedirs(work)
    con = sqlite3.connect(db)
    pages = {}
    for path, page, text, conf in con.execute(
            "SELECT src_path, src_page, text, coalesce(confidence, 0) FROM pages ORDER BY src_path, src_page"):
        pages.setdefault(os.path.basename(os.path.dirname(path)), []).append((text, conf))
    con.close()
    for scan in os.listdir(root):
        src = os.path.join(work, scan + ".txt")
        read = pages.get(scan, [])
        with open(src, "w", encoding="utf-8") as fh:
            fh.write("\f".join(text for text, _ in read))
        # each page with the confidence its OCR gave it: extracted as a scan, as in a full run
        confs = ",".join("%.2f" % min(max(conf, 0), 100) for _, conf in read) or "0"
        rc, err, _, _ = run([a.jianzhi, "extract", src, "--format", "json", "--ocr-confidence", confs], env,
                            os.path.join(out, scan + ".json"))
        if rc != 0:
            print("extract failed on %s: %s" % (src, err.strip()), file=sys.stderr)


def plain_ocr(a, env):
    out = os.path.join(a.out, "plain")
    if a.plain == "reference":
        return os.path.join(a.eval, "reference", "tesseract_chi_sim_psm6"), None
    shutil.rmtree(out, ignore_errors=True)
    rc, err, cpu, wall = run(["sh", os.path.join(a.eval, "tools", "run_tesseract.sh"),
                              os.path.join(a.eval, "pages"), out], dict(env, JOBS=str(a.jobs)))
    if rc != 0:
        sys.exit("run_tesseract.sh failed: " + err)
    return out, (cpu, wall)


def score(a, truth, pred, name):
    tool = os.path.join(a.eval, "tools", "score_extract.py")
    text = subprocess.run([sys.executable, tool, truth, pred], capture_output=True, text=True).stdout
    js = json.loads(subprocess.run([sys.executable, tool, truth, pred, "--json"], capture_output=True, text=True).stdout)
    with open(os.path.join(a.out, name + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    return text, js


def cer_report(a, hyp, name):
    tool = os.path.join(a.eval, "tools", "cer_dir.py")
    pages = os.path.join(a.eval, "pages")
    text = subprocess.run([sys.executable, tool, pages, hyp, "--manifest", os.path.join(pages, "manifest.tsv")],
                          capture_output=True, text=True).stdout
    with open(os.path.join(a.out, name + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    sys.path.insert(0, os.path.join(a.eval, "tools"))
    from cer import cer
    per = {}
    for fn in sorted(os.listdir(pages)):
        if fn.endswith(".gt.txt"):
            pid = fn[:-7]
            gt = open(os.path.join(pages, fn), encoding="utf-8").read()
            hp = os.path.join(hyp, pid + ".txt")
            h = open(hp, encoding="utf-8", errors="replace").read() if os.path.exists(hp) else ""
            per[pid] = cer(gt, h)
    return per


def cer_summary(per, keep=lambda p: True):
    rows = [v for k, v in per.items() if keep(k)]
    if not rows:
        return (0, 0.0, 0.0)
    return (len(rows), sum(r[2] for r in rows) / len(rows), sum(r[0] for r in rows) / max(1, sum(r[1] for r in rows)))


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--jianzhi", required=True)
    ap.add_argument("--eval", default=os.path.join(here, "eval", "docs"))
    ap.add_argument("--out", default=os.path.join(here, "build", "extract-bench"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--plain", choices=("run", "reference", "skip"), default="run")
    ap.add_argument("--skip-ocr", action="store_true", help="reuse OUT/scan.db from an earlier run")
    ap.add_argument("--ledger", help="a ledger (CSV) imported before the OCR: documents are attached to "
                    "its cases and their names read against them (bench/ledger_from_truth.py makes one)")
    ap.add_argument("--reextract", action="store_true",
                    help="reuse OUT/scan.db and extract its page texts again with this jianzhi")
    a = ap.parse_args()
    a.eval = os.path.abspath(a.eval)
    a.skip_ocr = a.skip_ocr or a.reextract
    os.makedirs(a.out, exist_ok=True)
    env = dict(os.environ, OMP_THREAD_LIMIT="1", JIANZHI_DATADIR=os.environ.get("JIANZHI_DATADIR", here),
               JIANZHI_USER=os.environ.get("JIANZHI_USER", "bench"))
    rows = manifest(os.path.join(a.eval, "pages"))

    text_cpu = text_extraction(a, env)
    t_text, j_text = score(a, os.path.join(a.eval, "truth"), os.path.join(a.out, "pred_text"), "score_text")
    db, root, where, ocr_cpu, ocr_wall = scan_ocr(a, env, rows)
    npages = page_texts(a, db, where)
    scan_predictions(a, db, root)
    if a.reextract:
        scan_reextract(a, env, db, root)
    t_scan, j_scan = score(a, os.path.join(a.out, "truth_scan"), os.path.join(a.out, "pred_scan"), "score_scan")
    jz = cer_report(a, os.path.join(a.out, "jianzhi"), "cer_jianzhi")
    plain, plain_t = (None, None) if a.plain == "skip" else plain_ocr(a, env)
    pl = cer_report(a, plain, "cer_plain") if plain else None

    print("== extraction on the exact source text (jianzhi extract; %.1f CPU s)" % text_cpu)
    print(t_text)
    print("== OCR then extraction on the scans (jianzhi ocr FOLDER...; %.0f CPU s, %.0f s wall, %d pages read)"
          % (ocr_cpu, ocr_wall, npages))
    print(t_scan)
    f1 = lambda j, g: "%.3f" % j[g]["micro"]["f1"] if g in j else "-"   # a set may have no real rulings
    print("== micro-F1   text: generated %s  real %s   scans: generated %s  real %s"
          % (f1(j_text, "generated"), f1(j_text, "real"), f1(j_scan, "generated"), f1(j_scan, "real")))
    print("   targets: generated >= 0.95, real >= 0.90")
    groups = (("all", lambda p: True), ("generated", lambda p: p.startswith("gen_") or p.startswith("dev_")),
              ("real", lambda p: p.startswith("real_")))
    print("== CER (whitespace removed)      pages  mean    pooled")
    for g, keep in groups:
        n, m, p = cer_summary(jz, keep)
        print("   jianzhi  %-10s           %4d  %.4f  %.4f" % (g, n, m, p))
        if pl:
            n2, m2, p2 = cer_summary(pl, keep)
            print("   plain    %-10s           %4d  %.4f  %.4f   ratio mean %.3f pooled %.3f"
                  % (g, n2, m2, p2, m / m2 if m2 else 0, p / p2 if p2 else 0))
    if pl:
        wins = sum(1 for k in jz if k in pl and jz[k][2] < pl[k][2])
        print("   jianzhi better than plain on %d of %d pages (target: mean CER <= 0.8 x plain)" % (wins, len(jz)))
    if plain_t:
        print("   CPU: jianzhi %.0f s (%.3f pages/CPU-s), plain %.0f s incl. page splitting (%.3f pages/CPU-s)"
              % (ocr_cpu, npages / ocr_cpu if ocr_cpu else 0, plain_t[0], len(pl) / plain_t[0] if plain_t[0] else 0))


if __name__ == "__main__":
    main()
