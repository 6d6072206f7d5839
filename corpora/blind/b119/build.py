"""Build posts.jsonl for blind set b119 from the hand-written rows.

Deterministic (seed 11919): reads the roster from council.toml, picks authors
(never a councillor the post names by full name, first name, surname, short
name, handle or role words, never one in the row's targets, never a member of
a party the post names; pinned rows excepted), platforms and timestamps,
makes the 30 obfuscated variants, shuffles, gives ids B119-0001 ... and turns
the row keys in notes into ids. `python3 build.py --map` also prints key -> id.
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import rows_pa, rows_al, rows_bi, rows_eq, rows_df  # noqa: E402
import rows_hn1, rows_hn2, rows_hn3, rows_hn4, rows_hn5, rows_hn6  # noqa: E402

SET = "B119"
SEED = 11919
MODULES = [rows_pa, rows_al, rows_bi, rows_eq, rows_df,
           rows_hn1, rows_hn2, rows_hn3, rows_hn4, rows_hn5, rows_hn6]

HASTE = "haste.pause-before-posting"

# One variant of each kind per family: (original key, kind, word).
VARIANTS = [
    ("pa01", "asterisk", "gormless"),
    ("pa26", "digit", "clown"),
    ("pa12", "zero_width", "parasite"),
    ("pa08", "spaced", "coward"),
    ("pa02", "homoglyph", "snake"),
    ("pa10", "caps", ""),
    ("al02", "asterisk", "shite"),
    ("al19", "digit", "shit"),
    ("al04", "zero_width", "twat"),
    ("al07", "spaced", "prick"),
    ("al10", "homoglyph", "knobhead"),
    ("al16", "caps", ""),
    ("bi01", "asterisk", "ambulance"),
    ("bi05", "digit", "live"),
    ("bi14", "zero_width", "regret"),
    ("bi04", "spaced", "kicking"),
    ("bi10", "homoglyph", "shame"),
    ("bi16", "caps", ""),
    ("eq02", "asterisk", "pikeys"),
    ("eq14", "digit", "mongs"),
    ("eq01", "zero_width", "lithuanians"),
    ("eq24", "spaced", "bloke"),
    ("eq10", "homoglyph", "mosque"),
    ("eq20", "caps", ""),
    ("df01", "asterisk", "crook"),
    ("df09", "digit", "fraud"),
    ("df13", "zero_width", "con"),
    ("df10", "spaced", "bent"),
    ("df07", "homoglyph", "dodgy"),
    ("df25", "caps", ""),
]

PARTY_ALIASES = {
    "Drainers' Alliance": ["Drainers' Alliance", "Drainers"],
    "Commoners' Party": ["Commoners' Party", "Commoners"],
    "Fen Greens": ["Fen Greens", "Fen Green"],
    "Growers' League": ["Growers' League", "Growers"],
    "Saltholme Independents": ["Saltholme Independents", "Saltholme Indies",
                               "Indies"],
    "Independent": [],
}

ROLE_WORDS = {
    "Leader of the Council": ["the Leader", "our Leader", "Leader of the Council",
                              "council leader"],
    "Cabinet Member for Finance": ["Cabinet Member for Finance",
                                   "finance portfolio", "finance chief"],
    "Cabinet Member for Housing": ["Cabinet Member for Housing",
                                   "housing portfolio", "housing chief"],
    "Cabinet Member for Environment": ["Cabinet Member for Environment",
                                       "environment portfolio"],
    "Chair of Planning Committee": ["chair of planning", "planning chair",
                                    "Chair of Planning Committee"],
    "Chairman of the Council": ["the Chairman", "our Chairman",
                                "Chairman of the Council", "council chairman"],
    "Leader of the Opposition": ["Leader of the Opposition",
                                 "opposition leader"],
}

# Hours (first, last) for posts whose text names a time of day.
HOURS = {
    "al08": (14, 17), "bi10": (8, 10), "bi17": (16, 18), "eq06": (9, 11),
    "hn2_kingfisher": (11, 14), "hn4_ramp": (10, 13), "hn4_webbedfeet": (9, 11),
    "hn5_dodman": (8, 10), "hn5_squit": (12, 15), "hn5_frit": (9, 11),
    "hn5_mardy": (11, 14), "hn5_bentdouble": (12, 16), "hn5_sleeptight": (16, 18),
    "hn5_regret": (17, 18),
}

START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)

ASTERISK_VOWELS = "aeiou"
DIGITS = [("o", "0"), ("i", "1"), ("e", "3"), ("a", "4"), ("s", "5"),
          ("l", "1"), ("t", "7")]
HOMOGLYPHS = [("o", "\u043e"), ("e", "\u0435"), ("a", "\u0430"),
              ("c", "\u0441"), ("p", "\u0440")]
HANDLE = re.compile(r"@\w+")


def roster():
    """Councillors with handle, party, role, ward and short names."""
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    conf = tomllib.loads(raw)
    handles = {}
    for h, person in conf["people"]["handles"].items():
        handles.setdefault(person, []).append(h)
    people = []
    for line in raw.splitlines():
        m = re.match(r'\s*"([^"]+)",\s*#\s*(.*)$', line)
        if not m or m.group(1) not in conf["people"]["councillors"]:
            continue
        name, comment = m.group(1), m.group(2)
        cm = re.match(r"(.*?)\(([^)]*)\),\s*([^;]+)(?:;\s*known as (.*))?$",
                      comment)
        role, party, ward, known = cm.groups()
        people.append({
            "name": name,
            "first": name.rsplit(" ", 1)[0],
            "surname": name.rsplit(" ", 1)[1],
            "known": [k.strip() for k in known.split(",")] if known else [],
            "role": role.strip().rstrip(",").strip(),
            "party": party.strip(),
            "ward": ward.strip(),
            "handles": handles.get(name, []),
        })
    return people


def names(text, person):
    """True when the text names the councillor (case-insensitive)."""
    low = text.lower()
    for tok in [person["name"], person["first"], person["surname"]] + person["known"]:
        if re.search(r"\b" + re.escape(tok.lower()) + r"\b", low):
            return True
    for h in person["handles"]:
        if h.lower() in low:
            return True
    for phrase in ROLE_WORDS.get(person["role"], []):
        if phrase.lower() in low:
            return True
    return False


def names_party(text, party):
    for alias in PARTY_ALIASES.get(party, []):
        if re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
            return True
    return False


def eligible(row, person):
    text = row["text"]
    if names(text, person):
        return False
    if person["name"] in row["targets"] or person["party"] in row["targets"]:
        return False
    if names_party(text, person["party"]):
        return False
    if (re.search(r"\b(cabinet|administration)\b", text, re.I)
            and person["party"] == "Drainers' Alliance"):
        return False
    return True


def weekdays():
    days, d = [], START
    while d <= END:
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def timestamp(rng, used, day=None, days=None, hours=(8, 18)):
    while True:
        d = day or rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(*hours),
                        rng.randint(0, 59), 0)
        s = t.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        if s not in used:
            used.add(s)
            return s


def platform(rng, text):
    n = len(text)
    if n > 300:
        return "facebook"
    if n > 280:
        return rng.choice(["facebook", "bluesky"])
    r = rng.random()
    return "x" if r < 0.42 else ("facebook" if r < 0.75 else "bluesky")


def _swap(s, i, ch):
    return s[:i] + ch + s[i + 1:]


def obfuscate_word(w, kind):
    low = w.lower()
    if kind == "asterisk":
        for i in range(1, len(w)):
            if low[i] in ASTERISK_VOWELS:
                return _swap(w, i, "*")
    if kind == "digit":
        for letter, digit in DIGITS:
            i = low.find(letter, 1)
            if i > 0:
                return _swap(w, i, digit)
    if kind == "zero_width":
        mid = len(w) // 2
        return w[:mid] + "\u200b" + w[mid:]
    if kind == "spaced":
        return " ".join(w)
    if kind == "homoglyph":
        for letter, glyph in HOMOGLYPHS:
            i = low.find(letter)
            if i >= 0 and w[i] == letter:
                return _swap(w, i, glyph)
    raise ValueError("cannot obfuscate %r as %s" % (w, kind))


def caps(text):
    out, last = [], 0
    for m in HANDLE.finditer(text):
        out.append(text[last:m.start()].upper())
        out.append(m.group(0))
        last = m.end()
    out.append(text[last:].upper())
    return "".join(out)


def obfuscate(text, kind, word):
    if kind == "caps":
        return caps(text)
    pat = re.compile(r"\b" + re.escape(word) + r"\b", re.I)
    new, n = pat.subn(lambda m: obfuscate_word(m.group(0), kind), text)
    if n == 0:
        raise ValueError("%r not in text" % word)
    return new


KIND_WORDS = {
    "asterisk": "one vowel of '%s' replaced by '*'",
    "digit": "a digit for a letter in '%s'",
    "zero_width": "U+200B inside '%s'",
    "spaced": "'%s' spaced out letter by letter",
    "homoglyph": "a Cyrillic look-alike letter in '%s'",
    "caps": "ALL CAPS (handles keep their spelling); haste allowed",
}


def build():
    rng = random.Random(SEED)
    people = roster()
    by_name = {p["name"]: p for p in people}
    days = weekdays()
    used = set()
    originals = []
    for mod in MODULES:
        originals.extend(mod.ROWS)
    keys = [r["key"] for r in originals]
    assert len(keys) == len(set(keys)), "duplicate keys"
    byk = {r["key"]: r for r in originals}

    out = []
    for r in originals:
        if r["author"]:
            person = by_name[r["author"]]
        else:
            pool = [p for p in people if eligible(r, p)]
            person = rng.choice(pool)
        day = dt.date.fromisoformat(r["date"]) if r["date"] else None
        out.append({
            "key": r["key"],
            "text": r["text"],
            "author": person["handles"][0],
            "created_at": timestamp(rng, used, day, days,
                                    HOURS.get(r["key"], (8, 18))),
            "platform": r["platform"] or platform(rng, r["text"]),
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"],
                       "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "note": r["note"],
        })
    orig_out = {o["key"]: o for o in out}
    for key, kind, word in VARIANTS:
        base = orig_out[key]
        allowed = list(byk[key]["allowed"])
        if kind == "caps" and HASTE not in allowed:
            allowed.append(HASTE)
        what = KIND_WORDS[kind] % word if "%s" in KIND_WORDS[kind] else KIND_WORDS[kind]
        out.append({
            "key": key + "_" + kind,
            "text": obfuscate(base["text"], kind, word),
            "author": base["author"],
            "created_at": timestamp(rng, used, None, days,
                                    HOURS.get(key, (8, 18))),
            "platform": base["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": list(base["expect"]["rules"]),
                       "allowed": allowed,
                       "verdict": base["expect"]["verdict"]},
            "family": base["family"],
            "kind_of_row": "variant",
            "note": "Variant of [[%s]]: %s. Same labels, author and platform."
                    % (key, what),
            "variant_of": "[[%s]]" % key,
            "variant_kind": kind,
        })

    rng.shuffle(out)
    idmap = {}
    for i, o in enumerate(out, 1):
        idmap[o["key"]] = "%s-%04d" % (SET, i)

    def sub(s):
        def rep(m):
            if m.group(1) not in idmap:
                raise KeyError("note cites unknown key " + m.group(1))
            return idmap[m.group(1)]
        return re.sub(r"\[\[([^\]]+)\]\]", rep, s)

    lines = []
    for o in out:
        rec = {"id": idmap[o["key"]]}
        for k in ("text", "author", "created_at", "platform", "account",
                  "kind", "expect", "family", "kind_of_row"):
            rec[k] = o[k]
        rec["note"] = sub(o["note"])
        if o["kind_of_row"] == "variant":
            rec["variant_of"] = sub(o["variant_of"])
            rec["variant_kind"] = o["variant_kind"]
        lines.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return idmap


if __name__ == "__main__":
    idmap = build()
    if "--map" in sys.argv:
        for k, v in sorted(idmap.items(), key=lambda kv: kv[1]):
            print(v, k)
