#!/usr/bin/env python3
"""Compare `jianzhi extract --format json` output with the development set's truth.

usage: check.py TRUTH.json PRED.json   prints one line per missed and per extra fact
(the facts are matched as eval/docs/tools/score_extract.py matches them)."""
import json, os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "eval", "docs", "tools"))
from score_extract import load_pred, matches  # noqa: E402

truth = json.load(open(sys.argv[1], encoding="utf-8"))["facts"]
pred = load_pred(sys.argv[2])
used = [False] * len(pred)
tp = 0
for t in truth:
    hit = next((i for i, p in enumerate(pred) if not used[i] and matches(t, p, False)), None)
    if hit is None:
        print("missed: %s %s %s" % (t["field"], t.get("role", ""), t["value"]))
    else:
        used[hit] = True
        tp += 1
for i, p in enumerate(pred):
    if not used[i]:
        print("extra: %s %s %s" % (p.get("field"), p.get("role", ""), p.get("value")))
print("tp %d truth %d pred %d" % (tp, len(truth), len(pred)))
