"""Character error rate and speed of jianzhi's OCR against plain tesseract.

Usage: ocr_bench.py DIR --jianzhi PATH [--reps N] [--cli "ARGS"] [--no-jianzhi]
                    [--no-cli] [--keep OUTDIR]

DIR holds page images (PNG, JPEG, TIFF, PNM; PDF is OCRed by jianzhi only,
the CLI cannot read it), each with its ground truth next to it as NAME.gt.txt
(NAME = the image name without its extension) or IMAGE.gt.txt. For every
page, in alternating order (so drift in machine load hits both alike):
  jianzhi --db FRESH ocr IMAGE --jobs 1 -q        (OMP_THREAD_LIMIT=1)
  tesseract IMAGE - -l chi_sim --psm 6            (OMP_THREAD_LIMIT=1)
Both are whole processes that load their model, so per-page costs compare
like with like. CER = Levenshtein distance over the characters with all
white space removed / length of the ground truth. Speed = pages per CPU
second (user+sys of the child: one thread each, so per core); the wall time
is printed too. With --reps N each run is repeated and the least CPU time
kept. --keep saves both texts per page for inspection.
"""
import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

EXTS = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".pnm", ".pgm", ".ppm", ".pbm", ".pdf")


def squash(text):
    return [c for c in text if not c.isspace()]


def distance(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


def pages(folder):
    out = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not name.lower().endswith(EXTS) or not os.path.isfile(path):
            continue
        for gt in (os.path.splitext(path)[0] + ".gt.txt", path + ".gt.txt"):
            if os.path.exists(gt):
                out.append((path, gt))
                break
    return out


def timed(cmd, env):
    """Run cmd; return (stdout, CPU seconds of the child, wall seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    r = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    wall = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return r.stdout.decode("utf-8", "replace"), cpu, wall


def run_jianzhi(jz, template, work, image, env):
    db = os.path.join(work, "run.db")
    shutil.copyfile(template, db)
    _, cpu, wall = timed([jz, "--db", db, "ocr", image, "--jobs", "1", "-q"], env)
    with sqlite3.connect(db) as c:
        rows = c.execute("SELECT coalesce(p.text,'') FROM pages p JOIN documents d ON d.id=p.doc_id "
                         "ORDER BY p.page_no").fetchall()
    os.remove(db)
    return "\n".join(r[0] for r in rows), cpu, wall


def run_cli(args, image, env):
    if image.lower().endswith(".pdf"):
        return None, 0.0, 0.0
    return timed(["tesseract", image, "-"] + args, env)


def best(runs):
    """The run with the least CPU time (its text is the same every time)."""
    return min(runs, key=lambda r: r[1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--jianzhi", default="build/jianzhi")
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--cli", default="-l chi_sim --psm 6")
    ap.add_argument("--no-jianzhi", action="store_true")
    ap.add_argument("--no-cli", action="store_true")
    ap.add_argument("--keep")
    a = ap.parse_args()
    todo = pages(a.dir)
    if not todo:
        sys.exit("ocr_bench: no IMAGE with a NAME.gt.txt in %s" % a.dir)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    work = tempfile.mkdtemp(prefix="jzbench.")
    template = os.path.join(work, "template.db")
    if not a.no_jianzhi:
        subprocess.run([a.jianzhi, "--db", template, "init"], check=True, stdout=subprocess.DEVNULL)
    if a.keep:
        os.makedirs(a.keep, exist_ok=True)
    cli_args = a.cli.split()
    print("%-22s %6s %8s %8s %6s %8s %8s" % ("page", "chars", "CER jz", "CER cli", "ratio", "s jz", "s cli"))
    tot = {"n": 0, "chars": 0, "dj": 0, "dc": 0, "cj": 0.0, "cc": 0.0, "wj": 0.0, "wc": 0.0, "sj": 0.0, "sc": 0.0, "nc": 0}
    for k, (image, gt) in enumerate(todo):
        ref = squash(open(gt, encoding="utf-8").read())
        jr, cr = [], []
        for rep in range(a.reps):
            first_jz = (k + rep) % 2 == 0
            for which in ((0, 1) if first_jz else (1, 0)):
                if which == 0 and not a.no_jianzhi:
                    jr.append(run_jianzhi(a.jianzhi, template, work, image, env))
                elif which == 1 and not a.no_cli:
                    cr.append(run_cli(cli_args, image, env))
        name = os.path.basename(image)
        n = max(1, len(ref))
        row = [name, str(len(ref))]
        cer_j = cer_c = None
        if jr:
            tj, cpu_j, wall_j = best(jr)
            dj = distance(ref, squash(tj))
            cer_j = dj / n
            tot["dj"] += dj; tot["cj"] += cpu_j; tot["wj"] += wall_j; tot["sj"] += cer_j
        tc, cpu_c, wall_c = best(cr) if cr else (None, 0.0, 0.0)
        if tc is not None:
            dc = distance(ref, squash(tc))
            cer_c = dc / n
            tot["dc"] += dc; tot["cc"] += cpu_c; tot["wc"] += wall_c; tot["sc"] += cer_c; tot["nc"] += 1
        tot["n"] += 1; tot["chars"] += n
        if a.keep:
            if jr:
                open(os.path.join(a.keep, name + ".jz.txt"), "w", encoding="utf-8").write(tj)
            if tc is not None:
                open(os.path.join(a.keep, name + ".cli.txt"), "w", encoding="utf-8").write(tc)
        f = lambda v: "-" if v is None else "%.4f" % v
        ratio = "-" if cer_j is None or not cer_c else "%.2f" % (cer_j / cer_c)
        print("%-22s %6d %8s %8s %6s %8s %8s" % (name, n, f(cer_j), f(cer_c), ratio,
                                                  "-" if not jr else "%.2f" % cpu_j,
                                                  "-" if tc is None else "%.2f" % cpu_c), flush=True)
    shutil.rmtree(work)
    summary(tot, a)


def summary(t, a):
    n, nc = t["n"], t["nc"]
    print()
    print("pages: %d   characters: %d   plain CLI: tesseract %s (OMP_THREAD_LIMIT=1)" % (n, t["chars"], a.cli))
    if not a.no_jianzhi:
        print("jianzhi  mean CER %.4f  pooled CER %.4f  %.3f pages/CPU-s  (%.2f CPU-s, %.2f wall-s per page)"
              % (t["sj"] / n, t["dj"] / t["chars"], n / t["cj"], t["cj"] / n, t["wj"] / n))
    if nc:
        print("plain    mean CER %.4f  pooled CER %.4f  %.3f pages/CPU-s  (%.2f CPU-s, %.2f wall-s per page)"
              % (t["sc"] / nc, t["dc"] / t["chars"], nc / t["cc"], t["cc"] / nc, t["wc"] / nc))
    if not a.no_jianzhi and nc and t["sc"] and t["cj"]:
        print("ratio jianzhi/plain: mean CER %.3f (target <= 0.80)   speed %.3f (target >= 1.00)"
              % ((t["sj"] / n) / (t["sc"] / nc), (n / t["cj"]) / (nc / t["cc"])))


if __name__ == "__main__":
    main()
