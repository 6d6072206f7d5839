"""Expand the round 33 shorthand (text ## voice under # positive / # hard_negative) to JSONL, then check it.

Only expands shorthand: adds the fixed heads, labels, rules and kind, writes JSON,
drops exact duplicate texts. Every text is typed by hand in the batch files.
"""
import glob
import itertools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "round33_gifts_givers.jsonl")
RULE = "gifts.hospitality"
HEADS = ["cue.gifts.hospitality"]
KEYS = {"text", "heads", "labels", "rules", "kind", "voice"}


def read_batches():
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.txt"))):
        kind = None
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.strip() == "# positive":
                kind = "positive"
                continue
            if line.strip() == "# hard_negative":
                kind = "hard_negative"
                continue
            if kind is None or line.count(" ## ") != 1:
                sys.exit(f"{path}:{n}: bad line")
            text, voice = (s.strip() for s in line.split(" ## "))
            lab = [RULE] if kind == "positive" else []
            rows.append({"text": text, "heads": list(HEADS), "labels": lab,
                         "rules": list(lab), "kind": kind, "voice": voice})
    return rows


def build():
    seen, out = set(), []
    for r in read_batches():
        if r["text"] in seen:
            print("dropped exact duplicate:", r["text"][:60])
            continue
        seen.add(r["text"])
        out.append(r)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


PHONE = re.compile(r"(?:\+44\s?|\b0)\d[\d\s-]{8,12}\d\b")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+[a-z]{2,}", re.I)
OK_DOMAIN = re.compile(r"@(?:[\w-]+\.)*(example\.com|example\.gov\.uk)$", re.I)


def norm(t):
    return " ".join(t.lower().split())


def toks(t):
    return set(re.findall(r"[a-z0-9']+", t.lower()))


def check():
    bad, rows = 0, []
    for n, line in enumerate(open(OUT, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            print(n, "does not parse"); bad += 1; continue
        problems = []
        if set(r) != KEYS:
            problems.append("key set")
        if r.get("heads") != HEADS:
            problems.append("heads")
        if r.get("kind") == "positive":
            if r["labels"] != [RULE] or r["rules"] != [RULE]:
                problems.append("positive labels/rules")
        elif r.get("kind") == "hard_negative":
            if r["labels"] != [] or r["rules"] != []:
                problems.append("negative labels/rules")
        else:
            problems.append("kind")
        if not str(r.get("voice", "")).strip() or not str(r.get("text", "")).strip():
            problems.append("empty text or voice")
        if PHONE.search(r["text"]):
            problems.append("phone number")
        for m in EMAIL.finditer(r["text"]):
            if not OK_DOMAIN.search(m.group(0)):
                problems.append("email address")
        if problems:
            print(n, problems); bad += 1
        rows.append(r)
    normed = {}
    for i, r in enumerate(rows):
        k = norm(r["text"])
        if k in normed:
            print("normalised duplicate:", normed[k] + 1, i + 1); bad += 1
        normed[k] = i
    ts = [toks(r["text"]) for r in rows]
    flagged = 0
    for i, j in itertools.combinations(range(len(rows)), 2):
        a, b = ts[i], ts[j]
        jac = len(a & b) / len(a | b)
        if jac > 0.8:
            flagged += 1
            print(f"Jaccard {jac:.2f}: rows {i+1} and {j+1}")
    pos = sum(r["kind"] == "positive" for r in rows)
    print(f"{len(rows)} rows, {pos} positive, {len(rows)-pos} hard_negative, {bad} bad, {flagged} pairs with Jaccard > 0.8")
    return bad


if __name__ == "__main__":
    build()
    sys.exit(1 if check() else 0)
