#!/usr/bin/env python3
"""Convert the round 29 shorthand batches (text ## voice) to JSONL.

Only writes JSON and drops exact duplicate texts; labels come from the
section header (# positive / # hard_negative).
"""
import glob, json, os, sys

HEAD = "cue.officers.impartiality"
RULE = "officers.impartiality"
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "round29_officers_questioning.jsonl")

rows, seen, dups = [], set(), 0
for path in sorted(glob.glob(os.path.join(here, "batch*.txt"))):
    kind = None
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.strip()
        if not line:
            continue
        if line == "# positive":
            kind = "positive"; continue
        if line == "# hard_negative":
            kind = "hard_negative"; continue
        if kind is None or " ## " not in line:
            sys.exit(f"{path}:{n}: bad line")
        text, voice = line.rsplit(" ## ", 1)
        text = text.strip().replace("\\n", "\n")
        if text in seen:
            dups += 1; continue
        seen.add(text)
        lab = [RULE] if kind == "positive" else []
        rows.append({"text": text, "heads": [HEAD], "labels": lab,
                     "rules": list(lab), "kind": kind, "voice": voice.strip()})

with open(out, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows, dropped {dups} exact duplicates")
