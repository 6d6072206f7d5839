#!/usr/bin/env python3
"""Checks for round29_officers_questioning.jsonl."""
import json, os, re, collections
here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "..", "round29_officers_questioning.jsonl")
KEYS = {"text", "heads", "labels", "rules", "kind", "voice"}
phone = re.compile(r"(\+44|\b0)\d[\d ]{8,12}\d")
email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
cnt = collections.Counter(); bad = 0; texts = set()
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    r = json.loads(line)
    ok = set(r) == KEYS and r["heads"] == ["cue.officers.impartiality"]
    if r["kind"] == "positive":
        ok &= r["labels"] == r["rules"] == ["officers.impartiality"]
    elif r["kind"] == "hard_negative":
        ok &= r["labels"] == r["rules"] == []
    else:
        ok = False
    ok &= not phone.search(r["text"]) and not email.search(r["text"])
    ok &= r["text"] not in texts and bool(r["voice"])
    texts.add(r["text"])
    if not ok:
        bad += 1; print("BAD", n, r["text"][:60])
    cnt[r["kind"]] += 1
print(dict(cnt), "total", sum(cnt.values()), "bad", bad)
