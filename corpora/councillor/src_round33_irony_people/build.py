#!/usr/bin/env python3
"""Expand the round33_irony_people shorthand into JSONL and check it.

Shorthand: batchNN.txt files with lines `text ## voice` under a `# positive`
or `# hard_negative` header. This script only adds the fixed fields, writes
JSON, drops exact duplicate texts, and runs the checks.
"""
import glob, json, os, re, sys, itertools

ROUND = "round33_irony_people"
RULE = "tone.irony-risk"
HEADS = ["cue.tone.irony-risk"]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", ROUND + ".jsonl")
KEYS = {"text", "heads", "labels", "rules", "kind", "voice"}


def read_rows():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.txt"))):
        kind = None
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("# "):
                kind = line[2:].strip()
                assert kind in ("positive", "hard_negative"), (path, n, line)
                continue
            assert kind, (path, n)
            assert line.count(" ## ") == 1, (path, n, line)
            text, voice = (s.strip() for s in line.split(" ## "))
            pos = kind == "positive"
            rows.append({"text": text, "heads": list(HEADS),
                         "labels": [RULE] if pos else [],
                         "rules": [RULE] if pos else [],
                         "kind": kind, "voice": voice})
    return rows


def norm(t):
    return re.sub(r"\s+", " ", t.strip().lower())


def tokens(t):
    return set(re.findall(r"[a-z0-9']+", t.lower()))


PHONE = re.compile(r"(?<!\d)(?:\+44\s?|0)\d(?:[\s-]?\d){8,10}(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+[a-z]{2,}", re.I)
OK_DOMAIN = re.compile(r"@(?:[\w-]+\.)*(example\.com|example\.gov\.uk|example\.org)$", re.I)


def check(path):
    bad, seen, texts = 0, {}, []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except ValueError:
            print("parse", n); bad += 1; continue
        errs = []
        if set(r) != KEYS: errs.append("keys")
        if r.get("heads") != HEADS: errs.append("heads")
        if r.get("kind") == "positive":
            if r["labels"] != [RULE] or r["rules"] != [RULE]: errs.append("labels")
        elif r.get("kind") == "hard_negative":
            if r["labels"] != [] or r["rules"] != []: errs.append("labels")
        else: errs.append("kind")
        if not r.get("voice") or not r.get("text"): errs.append("empty")
        k = norm(r["text"])
        if k in seen: errs.append("dup of line %d" % seen[k])
        seen[k] = n
        if PHONE.search(r["text"]): errs.append("phone")
        for m in EMAIL.finditer(r["text"]):
            if not OK_DOMAIN.search(m.group(0)): errs.append("email")
        if errs:
            print(n, errs, r["text"][:60]); bad += 1
        texts.append((n, tokens(r["text"])))
    flagged = 0
    for (a, ta), (b, tb) in itertools.combinations(texts, 2):
        j = len(ta & tb) / max(1, len(ta | tb))
        if j > 0.8:
            print("jaccard %.2f lines %d %d" % (j, a, b)); flagged += 1
    return len(texts), bad, flagged


def main():
    rows = read_rows()
    out, seen, dropped = [], set(), 0
    for r in rows:
        if r["text"] in seen:
            dropped += 1; continue
        seen.add(r["text"]); out.append(r)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n, bad, flagged = check(OUT)
    pos = sum(r["kind"] == "positive" for r in out)
    print("rows %d (positive %d, hard_negative %d), exact duplicates dropped %d, bad %d, jaccard>0.8 %d"
          % (n, pos, n - pos, dropped, bad, flagged))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
