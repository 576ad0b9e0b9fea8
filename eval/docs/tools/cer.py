#!/usr/bin/env python3
"""Character error rate of one OCR output (stdlib only).

usage: cer.py GT.txt HYP.txt
CER = Levenshtein distance over characters / number of ground-truth characters,
after removing all whitespace (spaces, full-width spaces, newlines, form feeds) from both.
"""
import re, sys

WS = re.compile(r"\s+")


def clean(s):
    return WS.sub("", s)


def levenshtein(a, b):
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            x = prev[j] + 1
            y = cur[j - 1] + 1
            z = prev[j - 1] + (ca != cb)
            cur[j] = x if x < y and x < z else (y if y < z else z)
        prev = cur
    return prev[-1]


def cer(gt, hyp):
    g, h = clean(gt), clean(hyp)
    d = levenshtein(g, h)
    return d, len(g), (d / len(g) if g else float(bool(h)))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gt = open(sys.argv[1], encoding="utf-8", errors="replace").read()
    hyp = open(sys.argv[2], encoding="utf-8", errors="replace").read()
    d, n, c = cer(gt, hyp)
    print("edits=%d gt_chars=%d CER=%.4f" % (d, n, c))


if __name__ == "__main__":
    main()
