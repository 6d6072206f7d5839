"""Expand the shorthand batch files into round33_resources_means.jsonl.

Shorthand: one post per line, `text ## voice`, under `# positive` or
`# hard_negative` headers; other lines starting with `#` are comments.
This script only adds the fixed fields, writes JSON and drops exact
duplicate texts. Checks live in check.py.
"""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "round33_resources_means.jsonl")
HEADS = ["cue.resources.political-use"]
RULE = "resources.political-use"


def rows():
    for path in sorted(glob.glob(os.path.join(HERE, "batch*.txt"))):
        kind = None
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.strip()
            if not line:
                continue
            if line.startswith("#"):
                tag = line.lstrip("#").strip()
                if tag in ("positive", "hard_negative"):
                    kind = tag
                continue
            if kind is None or line.count(" ## ") != 1:
                raise SystemExit(f"{os.path.basename(path)}:{n}: bad line")
            text, voice = (p.strip() for p in line.split(" ## "))
            lab = [RULE] if kind == "positive" else []
            yield {"text": text, "heads": HEADS, "labels": lab,
                   "rules": list(lab), "kind": kind, "voice": voice}


def main():
    seen, out, dropped = set(), [], 0
    for r in rows():
        if r["text"] in seen:
            dropped += 1
            continue
        seen.add(r["text"])
        out.append(r)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(r["kind"] == "positive" for r in out)
    print(f"wrote {len(out)} rows ({pos} positive, {len(out) - pos} hard_negative); "
          f"dropped {dropped} exact duplicates")


if __name__ == "__main__":
    main()
