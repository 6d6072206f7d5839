"""Checks for round33_resources_means.jsonl (run after build.py)."""
import itertools
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "round33_resources_means.jsonl")
HEADS = ["cue.resources.political-use"]
RULE = "resources.political-use"
KEYS = {"text", "heads", "labels", "rules", "kind", "voice"}
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+[a-z]{2,}", re.I)
OK_DOMAIN = re.compile(r"@([\w-]+\.)*example\.(com|gov\.uk)$", re.I)
PHONE = re.compile(r"(?<![\d,])(\+44\s?|0)\d[\d\s-]{8,12}\d(?![\d,])")


def norm(t):
    return " ".join(t.lower().split())


def toks(t):
    return set(re.findall(r"[a-z0-9']+", t.lower()))


def main():
    bad, rows = 0, []
    for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            print(f"line {n}: does not parse"); bad += 1; continue
        errs = []
        if set(r) != KEYS:
            errs.append("key set")
        if r.get("heads") != HEADS:
            errs.append("heads")
        k = r.get("kind")
        want = [RULE] if k == "positive" else [] if k == "hard_negative" else None
        if want is None or r.get("labels") != want or r.get("rules") != want:
            errs.append("labels/rules vs kind")
        if not str(r.get("voice", "")).strip() or not str(r.get("text", "")).strip():
            errs.append("empty text or voice")
        for m in EMAIL.finditer(r.get("text", "")):
            if not OK_DOMAIN.search(m.group(0)):
                errs.append("email " + m.group(0))
        if PHONE.search(r.get("text", "")):
            errs.append("phone-like number")
        if errs:
            print(f"line {n}: " + "; ".join(errs)); bad += 1
        rows.append(r)
    seen = {}
    for i, r in enumerate(rows):
        key = norm(r["text"])
        if key in seen:
            print(f"line {i + 1}: duplicate of line {seen[key] + 1}"); bad += 1
        seen.setdefault(key, i)
    ts = [toks(r["text"]) for r in rows]
    flagged = 0
    for i, j in itertools.combinations(range(len(rows)), 2):
        a, b = ts[i], ts[j]
        jac = len(a & b) / len(a | b)
        if jac > 0.8:
            flagged += 1
            print(f"jaccard {jac:.2f}: line {i + 1} ({rows[i]['kind']}) / line {j + 1} ({rows[j]['kind']})")
    pos = sum(r["kind"] == "positive" for r in rows)
    print(f"{len(rows)} rows ({pos} positive, {len(rows) - pos} hard_negative); "
          f"{bad} bad; {flagged} pairs with token Jaccard > 0.8")


if __name__ == "__main__":
    main()
