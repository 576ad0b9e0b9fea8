"""Character error rate of an OCR text against its source: edit distance over
the characters with white space removed, divided by the source length.
Usage: cer.py SOURCE.txt OCR.txt  → prints the rate (0..1)."""
import sys


def chars(path):
    return [c for c in open(path, encoding="utf-8").read() if not c.isspace()]


def distance(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


src, got = chars(sys.argv[1]), chars(sys.argv[2])
print("%.4f" % (distance(src, got) / max(1, len(src))))
