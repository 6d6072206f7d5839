"""Build posts.jsonl for blind evaluation set b122 (Brantmere District Council).

The rows are written by hand in rows_*.py. This script, with a fixed seed,
reads the roster from council.toml, picks an author for each row (never a
councillor the post names, never a member of a party the post names; pinned
rows excepted), a platform and a weekday timestamp, makes the 30 obfuscated
variants, shuffles, gives ids B122-0001 onward and turns the row keys in
notes ({key}) into ids. Running it again writes the same bytes.

    python3 build.py          # writes posts.jsonl
    python3 build.py --map    # also prints key -> id
"""
import datetime as dt
import json
import os
import random
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import rows_pa, rows_ab, rows_bu, rows_eq, rows_de  # noqa: E402
import rows_hn1, rows_hn2, rows_hn3, rows_hn4, rows_hn5, rows_hn6  # noqa: E402

SEED = 12201
SET = "B122"
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
HASTE = "haste.pause-before-posting"

# Party names as they appear in posts (case-sensitive) -> party in council.toml comments.
PARTY_WORDS = {
    "Fellside": "Fellside Alliance",
    "Coast First": "Coast First",
    "Green Tarn": "Green Tarn",
    "Dalesfolk": "Dalesfolk Independents",
    "Harbour League": "Harbour League",
}

# Short names used in posts.
ALIASES = {
    "Margaret Tyson": ["Maggie"],
    "Kevin Nicholson": ["Kev"],
    "Tomasz Wisniewski": ["Tomek", "Wiśniewski"],
    "Joanne Relph": ["Jo"],
    "Stuart Dixon": ["Stu"],
}

# Role words that point at one councillor (case-insensitive regexes).
ROLES = {
    "Margaret Tyson": [r"\bthe Leader\b(?! of the Opposition)", r"\bLeader of the Council\b", r"\bcouncil leader\b"],
    "Graham Birkett": [r"\bDeputy Leader\b", r"\bfinance lead\b", r"\bCabinet Member for Finance\b"],
    "Alison Fearon": [r"\bhousing lead\b", r"\bCabinet Member for Housing\b"],
    "John Pattinson": [r"\bchair of planning\b", r"\bplanning chair\b"],
    "Eileen Mossop": [r"\bMayor\b"],
    "Ruth Brathwaite": [r"\btourism lead\b", r"\bCabinet Member for Tourism\b"],
    "Kevin Nicholson": [r"\bLeader of the Opposition\b"],
}

# Obfuscated variants: (original key, kind, word, argument). One of each kind per family.
#   asterisk: index of the vowel replaced by '*'
#   digit: (index, digit)
#   zero_width: index where U+200B is inserted
#   spaced: letters separated by spaces
#   homoglyph: the Latin letter replaced by its Cyrillic twin (o -> U+043E, e -> U+0435)
#   caps: whole post in capitals, handles keep their spelling
VARIANTS = [
    ("pa01", "asterisk", "gormless", 1),
    ("pa09", "digit", "dafty", (1, "4")),
    ("pa10", "zero_width", "spineless", 5),
    ("pa18", "spaced", "clueless", None),
    ("pa04", "homoglyph", "sanctimonious", "o"),
    ("pa11", "caps", None, None),
    ("ab03", "asterisk", "gobshite", 1),
    ("ab14", "digit", "fucking", (4, "1")),
    ("ab17", "zero_width", "twat", 2),
    ("ab07", "spaced", "knobhead", None),
    ("ab05", "homoglyph", "bollocks", "o"),
    ("ab06", "caps", None, None),
    ("bu10", "asterisk", "knock", 2),
    ("bu01", "digit", "live", (1, "1")),
    ("bu24", "zero_width", "regret", 3),
    ("bu15", "spaced", "accidents", None),
    ("bu11", "homoglyph", "sleep", "e"),
    ("bu17", "caps", None, None),
    ("eq03", "asterisk", "pikeys", 1),
    ("eq23", "digit", "poof", (1, "0")),
    ("eq04", "zero_width", "chink", 3),
    ("eq25", "spaced", "bloke", None),
    ("eq01", "homoglyph", "Polish", "o"),
    ("eq09", "caps", None, None),
    ("de04", "asterisk", "fraud", 3),
    ("de01", "digit", "liar", (1, "1")),
    ("de10", "zero_width", "con", 1),
    ("de05", "spaced", "bent", None),
    ("de07", "homoglyph", "crooks", "o"),
    ("de22", "caps", None, None),
]
HOMO = {"o": "\u043e", "e": "\u0435"}
ZWSP = "\u200b"


def load_roster():
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        conf = tomllib.load(f)
    raw = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    party = {}
    # Comment: "Role (Party), Ward" or "Party, Ward".
    for m in re.finditer(r'^\s*"([^"]+)",\s*#\s*(.+)$', raw, re.M):
        c = m.group(2)
        p = re.search(r"\(([^)]+)\)", c)
        party[m.group(1)] = (p.group(1) if p else c.split(",")[0]).strip()
    handles = {}
    for h, name in conf["people"]["handles"].items():
        if name in conf["people"]["councillors"]:
            handles.setdefault(name, h)
    roster = []
    for name in conf["people"]["councillors"]:
        roster.append(dict(name=name, handle=handles[name], party=party[name]))
    return roster


def names_in(text, person):
    """True when the text points at this councillor by name, handle or role."""
    name = person["name"]
    first, last = name.split()[0], name.split()[-1]
    words = [name, first, last] + ALIASES.get(name, [])
    for w in words:
        if re.search(r"(?<![\w@])" + re.escape(w) + r"(?!\w)", text, re.I):
            return True
    if person["handle"].lower() in text.lower():
        return True
    for pat in ROLES.get(name, []):
        if re.search(pat, text, re.I):
            return True
    return False


def parties_in(text):
    return {p for w, p in PARTY_WORDS.items() if w in text}


def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def stamp(rng, days, date=None):
    d = dt.date.fromisoformat(date) if date else rng.choice(days)
    t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), 0,
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def platform(rng, text):
    n = len(text)
    if n > 300:
        return "facebook"
    if n > 280:
        return rng.choices(["facebook", "bluesky"], [60, 40])[0]
    return rng.choices(["x", "facebook", "bluesky"], [41, 34, 25])[0]


def obfuscate(word_text, kind, arg):
    if kind == "asterisk":
        return word_text[:arg] + "*" + word_text[arg + 1:]
    if kind == "digit":
        i, d = arg
        return word_text[:i] + d + word_text[i + 1:]
    if kind == "zero_width":
        return word_text[:arg] + ZWSP + word_text[arg:]
    if kind == "spaced":
        return " ".join(word_text)
    if kind == "homoglyph":
        return word_text.replace(arg, HOMO[arg])
    raise ValueError(kind)


def caps(text):
    parts = re.split(r"(@\w+)", text)
    return "".join(p if p.startswith("@") else p.upper() for p in parts)


def make_variant_text(text, kind, word, arg):
    if kind == "caps":
        return caps(text)
    pat = re.compile(r"(?<!\w)" + re.escape(word) + (r"\w*" if kind == "zero_width" and word == "chink" else r"(?!\w)"), re.I)
    n = 0

    def sub(m):
        nonlocal n
        n += 1
        s = m.group(0)
        return obfuscate(s[:len(word)], kind, arg) + s[len(word):]

    out = pat.sub(sub, text)
    if n == 0:
        raise SystemExit("variant word %r not found" % word)
    return out


def all_rows():
    rows = []
    for mod in (rows_pa, rows_ab, rows_bu, rows_eq, rows_de,
                rows_hn1, rows_hn2, rows_hn3, rows_hn4, rows_hn5, rows_hn6):
        rows.extend(mod.ROWS)
    keys = [r["key"] for r in rows]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    return rows


def build():
    rng = random.Random(SEED)
    roster = load_roster()
    by_handle = {p["handle"]: p for p in roster}
    days = weekdays()
    used = {p["handle"]: 0 for p in roster}
    rows = all_rows()
    by_key = {}
    for r in rows:
        if r["author"]:
            author = r["author"]
            assert author in by_handle, author
        else:
            named = parties_in(r["text"])
            cands = [p["handle"] for p in roster
                     if not names_in(r["text"], p) and p["party"] not in named]
            low = min(used[h] for h in cands)
            author = rng.choice([h for h in cands if used[h] == low])
        used[author] += 1
        r = dict(r, author=author, created_at=stamp(rng, days, r["date"]),
                 platform=r["plat"] or platform(rng, r["text"]))
        by_key[r["key"]] = r
    out = [by_key[r["key"]] for r in rows]
    for key, kind, word, arg in VARIANTS:
        o = by_key[key]
        text = make_variant_text(o["text"], kind, word, arg)
        allowed = list(o["allowed"])
        if kind == "caps":
            if HASTE not in allowed:
                allowed.append(HASTE)
            note = "Variant of {%s} in capitals (handles keep their spelling); same labels, haste allowed for the shouting." % key
        else:
            note = "Variant of {%s} (%s: '%s'); same labels as the original." % (key, kind.replace("_", " "), word)
        v = dict(key="v_" + key, text=text, rules=list(o["rules"]), allowed=allowed,
                 verdict=o["verdict"], family=o["family"], kind_of_row="variant",
                 note=note, author=o["author"], created_at=stamp(rng, days),
                 platform=o["platform"], variant_of=key, variant_kind=kind)
        out.append(v)
    rng.shuffle(out)
    ids = {r["key"]: "%s-%04d" % (SET, i + 1) for i, r in enumerate(out)}

    def fix(note):
        def rep(m):
            if m.group(1) not in ids:
                raise SystemExit("note cites unknown key %s" % m.group(1))
            return ids[m.group(1)]
        return re.sub(r"\{(\w+)\}", rep, note)

    lines = []
    for r in out:
        obj = {
            "id": ids[r["key"]],
            "text": r["text"],
            "author": r["author"],
            "created_at": r["created_at"],
            "platform": r["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "variant":
            obj["variant_of"] = ids[r["variant_of"]]
            obj["variant_kind"] = r["variant_kind"]
        obj["note"] = fix(r["note"])
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(k, v)
