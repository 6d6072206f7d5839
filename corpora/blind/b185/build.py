"""Build posts.jsonl for blind set b185 (Wainmarsh District Council).

The hand-written rows live in rows_*.py (one or two families per file). This
script reads the roster from council.toml, picks an author for each row (never
a councillor the text names by full name, first name, surname, short name,
handle or role words, and never a member of a party the text names; pinned
rows keep their author), a platform and a timestamp (weekdays 08:00 to 18:59
GMT, 5 Jan to 27 Mar 2026), makes the 30 obfuscated variants, shuffles, gives
ids B185-0001 onwards and turns the row keys cited in notes into ids.

Seeded, so running it again writes the same posts.jsonl byte for byte.
    python build.py          write posts.jsonl
    python build.py --map    also print key -> id
"""
import datetime as dt
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tomllib  # noqa: E402

import rows_personal, rows_abusive, rows_bullying, rows_equality  # noqa: E402
import rows_defamation, rows_hn12, rows_hn34, rows_hn56  # noqa: E402

SEED = 185185
SET_ID = "B185"
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
HASTE = "haste.pause-before-posting"
MODULES = [rows_personal, rows_abusive, rows_bullying, rows_equality,
           rows_defamation, rows_hn12, rows_hn34, rows_hn56]
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind",
          "expect", "family", "kind_of_row", "note"]

# Extra ways a post can name a councillor: short names and role words.
ALIASES = {
    "Graham Pettit": ["the Leader", "Leader of the Council", "cabinet member"],
    "Fiona Catt": ["Fi", "Deputy Leader", "Cabinet Member for Finance", "cabinet member"],
    "Derek Swaffer": ["Del", "Cabinet Member for Coast", "cabinet member"],
    "Kevin Dengate": ["Kev", "Cabinet Member for Waste", "cabinet member"],
    "Jill Hoad": ["chair of planning", "Chair of Planning Committee"],
    "Brian Tickner": ["Chairman", "Chairman of the Council"],
    "Margaret Furley": ["Marg", "Maggie"],
    "Sunil Gurung": [],
    "Rachel Okonkwo": ["Leader of the Opposition", "opposition leader"],
    "Chris Hollands": ["chair of scrutiny"],
    "Tom Iggulden": ["Tommy"],
    "Dani Kemsley": ["Danielle"],
    "Ioana Marin": [],
    "Imran Qureshi": [],
    "Robyn Sayer": ["Rob", "Green leader"],
    "Ezra Blum": [],
    "Harriet Ovenden": ["Hattie"],
    "Pete Godden": ["Peter", "harbour board"],
    "Lorraine Pilcher": [],
    "Mick Elphick": ["Michael"],
    "Alan Bourner": [],
    "Jess Wraight": ["Jessica"],
    "Harjit Dhillon": [],
    "Johnny Loveridge": ["John"],
}
PARTY_WORDS = {
    "Marsh and Downs Alliance": ["Marsh and Downs Alliance", "Alliance", "MDA"],
    "Levels Progressives": ["Levels Progressives", "Progressives", "Progs"],
    "Greensand Greens": ["Greensand Greens", "Greens", "Green group"],
    "Wainmarsh Independents": ["Wainmarsh Independents", "Independents"],
    "Lookers' League": ["Lookers' League", "Lookers League", "League"],
    "Independent": [],
}


def load_roster(path=os.path.join(HERE, "council.toml")):
    """Return [(name, handle, party)] for councillors, in council.toml order."""
    with open(path, "rb") as fh:
        cfg = tomllib.load(fh)
    raw = open(path, encoding="utf-8").read()
    party = {}
    for m in re.finditer(r'^\s*"([^"]+)",\s*#.*\(([^)]+)\),', raw, re.M):
        party[m.group(1)] = m.group(2)
    for m in re.finditer(r'^\s*"([^"]+)",\s*#\s*([^,(]+),', raw, re.M):
        party.setdefault(m.group(1), m.group(2).strip())
    by_name = {}
    for handle, name in cfg["people"]["handles"].items():
        by_name.setdefault(name, handle)
    roster = []
    for name in cfg["people"]["councillors"]:
        roster.append((name, by_name[name], party[name]))
    return roster


def _has(text, phrase):
    pat = r"(?<![A-Za-z])" + re.escape(phrase) + r"(?![A-Za-z])"
    return re.search(pat, text, re.I) is not None


def names_in(text, roster):
    """Councillors the text names (full, first, surname, handle, alias)."""
    out = []
    for name, handle, _party in roster:
        first, last = name.split()[0], name.split()[-1]
        forms = [name, first, last, handle] + ALIASES.get(name, [])
        if any(_has(text, f) for f in forms):
            out.append(name)
    return out


def parties_in(text):
    return [p for p, words in PARTY_WORDS.items()
            if any(re.search(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])", text)
                   for w in words)]


def eligible_authors(text, roster):
    named = set(names_in(text, roster))
    parties = set(parties_in(text))
    return [h for n, h, p in roster if n not in named and p not in parties]


# ---- obfuscation -----------------------------------------------------------
DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5"}
CYR = {"o": "\u043e", "e": "\u0435", "a": "\u0430", "c": "\u0441", "p": "\u0440",
       "O": "\u041e", "E": "\u0415", "A": "\u0410", "C": "\u0421", "P": "\u0420"}
VOWELS = "aeiouAEIOU"


def _asterisk(w):
    for i in range(1, len(w)):
        if w[i] in VOWELS:
            return w[:i] + "*" + w[i + 1:]
    raise ValueError(w)


def _digit(w):
    for i, c in enumerate(w):
        if c.lower() in DIGITS:
            return w[:i] + DIGITS[c.lower()] + w[i + 1:]
    raise ValueError(w)


def _zero_width(w):
    k = len(w) // 2
    return w[:k] + "\u200b" + w[k:]


def _spaced(w):
    return " ".join(w)


def _homoglyph(w):
    for i, c in enumerate(w):
        if c in CYR:
            return w[:i] + CYR[c] + w[i + 1:]
    raise ValueError(w)


WORD_FUNCS = {"asterisk": _asterisk, "digit": _digit, "zero_width": _zero_width,
              "spaced": _spaced, "homoglyph": _homoglyph}


def caps(text):
    """Upper-case everything except @handles and links."""
    parts = re.split(r"(@\w+|https?://\S+)", text)
    return "".join(p if i % 2 else p.upper() for i, p in enumerate(parts))


def obfuscate(text, kind, word):
    if kind == "caps":
        return caps(text)
    pat = re.compile(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", re.I)
    if not pat.search(text):
        raise ValueError("%r not in %r" % (word, text))
    return pat.sub(lambda m: WORD_FUNCS[kind](m.group(0)), text)


# ---- build -----------------------------------------------------------------
def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def stamp(rng, days, date=None):
    day = dt.date.fromisoformat(date) if date else rng.choice(days)
    hh, mm = rng.randint(8, 18), rng.randint(0, 59)
    return "%sT%02d:%02d:00+00:00" % (day.isoformat(), hh, mm)


def all_rows():
    rows = []
    for mod in MODULES:
        rows.extend(mod.ROWS)
    return rows


def build():
    rng = random.Random(SEED)
    roster = load_roster()
    days = weekdays()
    platforms, weights = ["x", "facebook", "bluesky"], [40, 35, 25]
    posts = []
    for row in all_rows():
        author = row["author"] or rng.choice(eligible_authors(row["text"], roster))
        post = {
            "key": row["key"], "text": row["text"], "author": author,
            "created_at": stamp(rng, days, row["date"]),
            "platform": rng.choices(platforms, weights)[0],
            "account": "councillor", "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"],
                       "verdict": row["verdict"]},
            "family": row["family"], "kind_of_row": row["kind_of_row"],
            "note": row["note"],
        }
        posts.append(post)
        if row["var"]:
            kind, word = row["var"]
            allowed = list(row["allowed"])
            if kind == "caps" and HASTE not in allowed:
                allowed.append(HASTE)
            tag = re.match(r"^(\[[^\]]+\] )?", row["note"]).group(0)
            what = "ALL CAPS" if kind == "caps" else "%s on '%s'" % (kind.replace("_", "-"), word)
            extra = "; haste allowed for the capitals" if kind == "caps" else ""
            posts.append({
                "key": row["key"] + "_v", "text": obfuscate(row["text"], kind, word),
                "author": author, "created_at": stamp(rng, days),
                "platform": post["platform"], "account": "councillor",
                "kind": "post",
                "expect": {"rules": list(row["rules"]), "allowed": allowed,
                           "verdict": row["verdict"]},
                "family": row["family"], "kind_of_row": "variant",
                "note": "%sObfuscated variant of {%s} (%s): same labels, author and platform%s." % (tag, row["key"], what, extra),
                "variant_of": row["key"], "variant_kind": kind,
            })
    rng.shuffle(posts)
    ids = {p["key"]: "%s-%04d" % (SET_ID, i + 1) for i, p in enumerate(posts)}

    def cite(m):
        return ids[m.group(1)]

    lines = []
    for p in posts:
        out = {f: p[f] for f in FIELDS if f != "id"}
        out = {"id": ids[p["key"]], **out}
        out["note"] = re.sub(r"\{([a-z0-9_]+)\}", cite, p["note"])
        if p["kind_of_row"] == "variant":
            out["variant_of"] = ids[p["variant_of"]]
            out["variant_kind"] = p["variant_kind"]
        lines.append(json.dumps(out, ensure_ascii=False))
    return lines, ids


def main():
    lines, ids = build()
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    print("wrote %d posts" % len(lines))
    if "--map" in sys.argv:
        for key, i in sorted(ids.items(), key=lambda kv: kv[1]):
            print(i, key)


if __name__ == "__main__":
    main()
