"""Build posts.jsonl for blind set b124 (Gullhaven District Council).

The rows are hand-written in rows_a.py .. rows_f.py. This script reads the
roster from council.toml, picks authors (never a councillor the post names,
never a member of a party it names; pinned rows excepted), platforms and
timestamps, makes the 30 obfuscated variants, shuffles with a fixed seed,
gives ids B124-0001 .. and turns row keys in notes into ids.
Running it again writes the same bytes. `python3 build.py --map` prints key -> id.
"""
import datetime as dt
import json
import os
import random
import re
import sys
import tomllib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rowdefs  # noqa: E402
import rows_a, rows_b, rows_c, rows_d, rows_e, rows_f  # noqa: E402,F401
from people import named, PARTY  # noqa: E402

SEED = 124124
SET = "B124"
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)

# One of each obfuscation kind per family: (original key, kind, word).
VARIANTS = [
    ("pa19", "asterisk", "gutless"), ("pa24", "digit", "dimwit"),
    ("pa22", "zero_width", "snake"), ("pa07", "spaced", "weasel"),
    ("pa01", "homoglyph", "clown"), ("pa12", "caps", None),
    ("ab13", "asterisk", "tossers"), ("ab01", "digit", "shite"),
    ("ab10", "zero_width", "twat"), ("ab07", "spaced", "prick"),
    ("ab23", "homoglyph", "knob"), ("ab09", "caps", None),
    ("bu14", "asterisk", "hiding"), ("bu09", "digit", "regret"),
    ("bu21", "zero_width", "school"), ("bu01", "spaced", "bounce"),
    ("bu06", "homoglyph", "deep"), ("bu03", "caps", None),
    ("eq23", "asterisk", "poof"), ("eq03", "digit", "Romanians"),
    ("eq02", "zero_width", "gyppo"), ("eq25", "spaced", "frock"),
    ("eq10", "homoglyph", "mosque"), ("eq01", "caps", None),
    ("df01", "asterisk", "liar"), ("df14", "digit", "dodgy"),
    ("df08", "zero_width", "crooks"), ("df09", "spaced", "crooked"),
    ("df06", "homoglyph", "con"), ("df16", "caps", None),
]

DIGIT = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "l": "1"}
CYR = {"o": "\u043e", "e": "\u0435"}


def obf_word(w, kind):
    if kind == "asterisk":
        for i in range(1, len(w)):
            if w[i].lower() in "aeiou":
                return w[:i] + "*" + w[i + 1:]
    if kind == "digit":
        for i in range(1, len(w)):
            if w[i].lower() in DIGIT:
                return w[:i] + DIGIT[w[i].lower()] + w[i + 1:]
    if kind == "zero_width":
        m = len(w) // 2
        return w[:m] + "\u200b" + w[m:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        for i, c in enumerate(w):
            if c in CYR:
                return w[:i] + CYR[c] + w[i + 1:]
    raise ValueError((w, kind))


def obfuscate(text, kind, word):
    if kind == "caps":
        return "".join(p if p.startswith("@") else p.upper()
                       for p in re.split(r"(@\w+)", text))
    pat = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.I)
    out, n = pat.subn(lambda m: obf_word(m.group(0), kind), text)
    if not n:
        raise ValueError(f"{word!r} not in {text!r}")
    return out


def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def stamp(rng, day):
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18),
                    rng.randint(0, 59), tzinfo=dt.timezone.utc)
    return t.isoformat()


def build():
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    rng = random.Random(SEED)
    cllrs = council["people"]["councillors"]
    handle_of = {}
    for h, n in council["people"]["handles"].items():
        if n in cllrs:
            handle_of.setdefault(n, h)
    days = weekdays()
    by_key = {}
    rows = []
    for r in rowdefs.ROWS:
        r = dict(r)
        if r["key"] in by_key:
            raise SystemExit("duplicate key " + r["key"])
        if r["who"]:
            author = r["who"]
        else:
            people, parties = named(r["text"], council)
            pool = [c for c in cllrs if c not in people and PARTY[c] not in parties]
            author = rng.choice(pool)
        r["author"] = handle_of[author]
        r["platform"] = rng.choices(["x", "facebook", "bluesky"], [40, 34, 26])[0]
        day = dt.date.fromisoformat(r["day"]) if r["day"] else rng.choice(days)
        r["created_at"] = stamp(rng, day)
        by_key[r["key"]] = r
        rows.append(r)
    for key, kind, word in VARIANTS:
        o = by_key[key]
        v = dict(o)
        v["key"] = f"{key}_v"
        v["text"] = obfuscate(o["text"], kind, word)
        v["allowed"] = list(o["allowed"])
        if kind == "caps":
            v["allowed"].append(rowdefs.RULE["HA"])
        v["kind_of_row"] = "variant"
        v["variant_of"] = key
        v["variant_kind"] = kind
        tag = re.match(r"^\[[^\]]*\]\s*", o["note"])
        what = "the whole post in capitals" if kind == "caps" else f"'{word}'"
        v["note"] = (tag.group(0) if tag else "") + f"Variant ({kind}, {what}) of {{{key}}}; same labels."
        v["created_at"] = stamp(rng, rng.choice(days))
        rows.append(v)
    rng.shuffle(rows)
    ids = {r["key"]: f"{SET}-{i:04d}" for i, r in enumerate(rows, 1)}

    def cite(s):
        def sub(m):
            if m.group(1) not in ids:
                raise SystemExit("unknown key in note: " + m.group(1))
            return ids[m.group(1)]
        return re.sub(r"\{(\w+)\}", sub, s)

    lines = []
    for r in rows:
        out = {
            "id": ids[r["key"]], "text": r["text"], "author": r["author"],
            "created_at": r["created_at"], "platform": r["platform"],
            "account": "councillor", "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"], "kind_of_row": r["kind_of_row"], "note": cite(r["note"]),
        }
        if r["kind_of_row"] == "variant":
            out["variant_of"] = ids[r["variant_of"]]
            out["variant_kind"] = r["variant_kind"]
        lines.append(json.dumps(out, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, i in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, i)
    else:
        print(f"wrote {len(ids)} posts")
