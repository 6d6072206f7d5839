#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build posts.jsonl for blind set b182 (Carrow Levels District Council).

The texts, labels and notes are hand-written in rows_*.py. This script only
picks authors, platforms and timestamps, makes the obfuscated variants,
shuffles, gives ids B182-0001 onwards and turns row keys in notes ({key})
into ids. Deterministic: fixed seed, same output byte for byte.

    python build.py          # writes posts.jsonl next to this file
    python build.py --map    # also prints key -> id
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import rows_pa_ab, rows_bu_eq, rows_de, rows_hn  # noqa: E402
from rowkit import HA  # noqa: E402

SEED = 182182
SET = "B182"
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
PLATFORMS = [("x", 40), ("facebook", 35), ("bluesky", 25)]

PARTY = {
    "Levels Alliance": ["Rosalind Tapp", "Geoffrey Hembrow", "Lorna Pavey", "Trevor Bisgrove",
                        "Clive Naish", "Maureen Gulliford", "Ashley Keirle", "Barry Hext",
                        "Cheryl Dibble", "Derek Hatherall", "Stuart Gane"],
    "Carrow Democrats": ["Adaeze Okonkwo-Hill", "Owen Priddle", "Bethan Rowsell", "Tariq Qureshi",
                         "Jess Coombes", "Naomi Kessler"],
    "Green Withy": ["Saoirse Brennan", "Felix Amberley-Cross", "Robyn Tarr", "Hannah Pople"],
    "Mendip Independents": ["Dennis Pither", "Glenys Hurle", "Toby Vowles", "Marek Zielinski"],
    "Wessex Workers": ["Neil Bascombe", "Ravi Mistry"],
    "Independent": ["Levi Loveridge"],
}
# Words that name a party in a post.
PARTY_WORDS = {
    "Levels Alliance": ["levels alliance", "administration"],
    "Carrow Democrats": ["carrow democrats", "democrats", "dems"],
    "Green Withy": ["green withy", "greens"],
    "Mendip Independents": ["mendip independents", "mendip indies"],
    "Wessex Workers": ["wessex workers"],
    "Independent": [],
}
# Extra words that point at a councillor: short names and roles.
EXTRA = {
    "Rosalind Tapp": ["ros", "the leader", "council leader", "leader of the council", "cabinet"],
    "Geoffrey Hembrow": ["geoff", "deputy leader", "cabinet member for finance", "finance portfolio", "cabinet"],
    "Lorna Pavey": ["housing lead", "cabinet member for housing", "housing portfolio", "cabinet"],
    "Trevor Bisgrove": ["trev", "cabinet member for environment", "cabinet"],
    "Clive Naish": ["chair of planning", "planning chair", "planning committee"],
    "Maureen Gulliford": ["our chair", "council chair", "chair of the council", "the chair's", "our council chair"],
    "Ashley Keirle": ["ash"],
    "Stuart Gane": ["stu"],
    "Adaeze Okonkwo-Hill": ["okonkwo"],
}


def aliases(full, handles):
    first, last = full.split(" ", 1)
    out = {full.lower(), first.lower(), last.lower()}
    out.update(h.lower() for h, n in handles.items() if n == full)
    out.update(EXTRA.get(full, []))
    return out


def mentions(text, words):
    low = text.lower()
    for w in words:
        if re.search(r"(?<![a-z0-9_])" + re.escape(w) + r"(?![a-z0-9_])", low):
            return True
    return False


def load_roster():
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    names = conf["people"]["councillors"]
    handles = conf["people"]["handles"]
    by_name = {n: h for h, n in handles.items() if n in names}
    return names, handles, by_name


def weekdays():
    d, out = START, []
    while d <= END:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def stamp(rng, days, date=None):
    day = dt.date.fromisoformat(date) if date else rng.choice(days)
    t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), 0,
                    tzinfo=dt.timezone.utc)
    return t.isoformat()


def pick_platform(rng):
    r = rng.randrange(sum(w for _, w in PLATFORMS))
    for p, w in PLATFORMS:
        if r < w:
            return p
        r -= w
    raise AssertionError


# ------------------------------------------------------------ obfuscation
DIGIT = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "l": "1"}
HOMO = {"o": "\u043e", "e": "\u0435"}

# (original key, kind, word, letter positions)
VARIANTS = [
    ("pa12", "asterisk", "spineless", [2]), ("pa18", "digit", "clown", [2]),
    ("pa19", "zero_width", "weasel", [3]), ("pa33", "spaced", "idiot", []),
    ("pa25", "homoglyph", "coward", [1]), ("pa10", "caps", None, []),
    ("ab03", "asterisk", "bellend", [1]), ("ab01", "digit", "shite", [2]),
    ("ab16", "zero_width", "twat", [2]), ("ab11", "spaced", "bollocks", []),
    ("ab06", "homoglyph", "knob", [2]), ("ab17", "caps", None, []),
    ("bu04", "asterisk", "kicking", [1]), ("bu02", "digit", "lamp", [1]),
    ("bu20", "zero_width", "dark", [2]), ("bu27", "spaced", "regret", []),
    ("bu01", "homoglyph", "carried", [5]), ("bu07", "caps", None, []),
    ("eq02", "asterisk", "gyppo", [4]), ("eq17", "digit", "poof", [1, 2]),
    ("eq24", "zero_width", "Paddy", [3]), ("eq19", "spaced", "bloke", []),
    ("eq01", "homoglyph", "Polish", [1]), ("eq27", "caps", None, []),
    ("de09", "asterisk", "fraud", [3]), ("de01", "digit", "liar", [1]),
    ("de05", "zero_width", "crooks", [3]), ("de06", "spaced", "bent", []),
    ("de13", "homoglyph", "lies", [2]), ("de17", "caps", None, []),
]


def obfuscate_word(w, kind, pos):
    chars = list(w)
    if kind == "asterisk":
        for i in pos:
            chars[i] = "*"
        return "".join(chars)
    if kind == "digit":
        for i in pos:
            chars[i] = DIGIT[chars[i].lower()]
        return "".join(chars)
    if kind == "zero_width":
        i = pos[0]
        return w[:i] + "\u200b" + w[i:]
    if kind == "spaced":
        return " ".join(chars)
    if kind == "homoglyph":
        for i in pos:
            chars[i] = HOMO[chars[i]]
        return "".join(chars)
    raise ValueError(kind)


def caps(text):
    parts = re.split(r"(@\w+)", text)
    return "".join(p if p.startswith("@") else p.upper() for p in parts)


def make_variant(row, kind, word, pos):
    if kind == "caps":
        text = caps(row["text"])
        shown = "the whole post in capitals"
    else:
        rx = re.compile(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", re.IGNORECASE)
        assert rx.search(row["text"]), (row["key"], word)
        text = rx.sub(lambda m: obfuscate_word(m.group(0), kind, pos), row["text"])
        shown = "'%s' written as '%s'" % (word, obfuscate_word(word, kind, pos).replace("\u200b", "<U+200B>"))
    allowed = list(row["allowed"])
    if kind == "caps" and HA not in allowed:
        allowed.append(HA)
    m = re.match(r"\[[^\]]+\] ", row["note"])
    tag = m.group(0) if m else ""
    note = "%sObfuscated variant (%s) of {%s}: %s. Same labels as the original%s." % (
        tag, kind, row["key"], shown,
        ", with haste allowed for the capitals" if kind == "caps" else "")
    return {"key": row["key"] + "_" + kind, "family": row["family"], "kind_of_row": "variant",
            "text": text, "rules": list(row["rules"]), "allowed": allowed,
            "verdict": row["verdict"], "note": note, "author": None, "date": None,
            "variant_of": row["key"], "variant_kind": kind}


def build():
    names, handles, by_name = load_roster()
    rows = rows_pa_ab.ROWS + rows_bu_eq.ROWS + rows_de.ROWS + rows_hn.ROWS
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys)), "duplicate keys"
    byk = {r["key"]: r for r in rows}
    party_of = {n: p for p, ms in PARTY.items() for n in ms}
    assert set(party_of) == set(names), "party table out of step with council.toml"

    rng = random.Random(SEED)
    days = weekdays()
    out = []
    for r in rows:
        row = dict(r)
        if row["author"]:
            row["handle"] = by_name[row["author"]]
        else:
            named_parties = {p for p, ws in PARTY_WORDS.items() if mentions(row["text"], ws)}
            pool = [n for n in names
                    if not mentions(row["text"], aliases(n, handles))
                    and party_of[n] not in named_parties]
            assert pool, row["key"]
            row["handle"] = by_name[rng.choice(pool)]
        row["platform"] = pick_platform(rng)
        row["created_at"] = stamp(rng, days, row["date"])
        out.append(row)
    for key, kind, word, pos in VARIANTS:
        orig = next(o for o in out if o["key"] == key)
        v = make_variant(byk[key], kind, word, pos)
        v["handle"] = orig["handle"]
        v["platform"] = orig["platform"]
        v["created_at"] = stamp(rng, days)
        out.append(v)

    rng.shuffle(out)
    ids = {row["key"]: "%s-%04d" % (SET, i) for i, row in enumerate(out, 1)}

    def fix(note):
        def sub(m):
            k = m.group(1)
            if k not in ids:
                raise KeyError("note cites unknown key %s" % k)
            return ids[k]
        return re.sub(r"\{([a-z0-9_]+)\}", sub, note)

    lines = []
    for row in out:
        obj = {
            "id": ids[row["key"]],
            "text": row["text"],
            "author": row["handle"],
            "created_at": row["created_at"],
            "platform": row["platform"],
            "account": "councillor",
            "kind": "post",
            "expect": {"rules": row["rules"], "allowed": row["allowed"], "verdict": row["verdict"]},
            "family": row["family"],
            "kind_of_row": row["kind_of_row"],
            "note": fix(row["note"]),
        }
        if row["kind_of_row"] == "variant":
            obj["variant_of"] = ids[row["variant_of"]]
            obj["variant_kind"] = row["variant_kind"]
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


if __name__ == "__main__":
    ids = build()
    if "--map" in sys.argv:
        for k, v in sorted(ids.items(), key=lambda kv: kv[1]):
            print(v, k)
    print("wrote posts.jsonl: %d rows" % len(ids))
