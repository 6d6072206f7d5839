#!/usr/bin/env python3
"""Convert the hand-typed shorthand (round30_shorthand.txt) into round30_abusive_language.jsonl.

Shorthand: lines `text ## target ## voice` under a `# positive` or `# hard_negative` header.
Other lines starting with `#` (batch notes) and blank lines are skipped.
Target codes: np named_person, ap addressed_person, g group, o organisation, p policy, n none.
The script only expands the codes, adds the fixed heads/labels/rules per kind, writes JSON and drops
exact duplicates (case and whitespace normalised). It generates no text.
"""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "round30_shorthand.txt"
OUT = HERE.parent / "round30_abusive_language.jsonl"
HEADS = ["obscenity", "cue.respect.abusive-language"]
TARGETS = {"np": "named_person", "ap": "addressed_person", "g": "group",
           "o": "organisation", "p": "policy", "n": "none"}

rows, seen, dups = [], set(), 0
kind = None
for n, line in enumerate(SRC.read_text(encoding="utf-8").splitlines(), 1):
    s = line.strip()
    if not s:
        continue
    if s.startswith("#"):
        h = s.lstrip("#").strip()
        if h in ("positive", "hard_negative"):
            kind = h
        continue
    parts = [p.strip() for p in s.split("##")]
    if len(parts) != 3 or kind is None:
        sys.exit(f"line {n}: bad shorthand: {s!r}")
    text, tcode, voice = parts
    if tcode not in TARGETS or not text or not voice:
        sys.exit(f"line {n}: bad target/text/voice: {s!r}")
    key = re.sub(r"\s+", " ", text.lower())
    if key in seen:
        dups += 1
        continue
    seen.add(key)
    pos = kind == "positive"
    rows.append({"text": text, "heads": HEADS,
                 "labels": ["obscenity"] if pos else [],
                 "rules": ["respect.abusive-language"] if pos else [],
                 "kind": kind, "voice": voice, "target": TARGETS[tcode]})

with OUT.open("w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} rows to {OUT.name}; dropped {dups} exact duplicates")
