#!/usr/bin/env python3
"""Build posts.jsonl for blind set b123 (Mardenbury District Council).

The rows (texts, labels, notes) are hand-written in rows_*.py. This script only
assigns authors, timestamps and platforms with a fixed seed, shuffles the rows,
gives ids B123-NNNN and writes posts.jsonl. Running it again gives the same bytes.
"""
import sys

sys.dont_write_bytecode = True

import csv
import datetime as dt
import json
import os
import random
import re
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import rows_a, rows_b, rows_c, rows_d, rows_e, rows_f, rows_g  # noqa: E402

SEED = 12300
SET = "B123"
MODULES = [rows_a, rows_b, rows_c, rows_d, rows_e, rows_f, rows_g]

# handle: (name, party, ward, sex, committees, roles)
MEMBERS = {
    "@AlunBebbington": ("Alun Bebbington", "MF", "castle", "m", (), ("leader", "cab")),
    "@HilaryCorfieldMF": ("Hilary Corfield", "MF", "castle", "f", (), ("cab", "finance")),
    "@DaiRowlandsWM": ("Dai Rowlands", "WM", "smithfield", "m", ("plan", "lic"), ("wmleader",)),
    "@ShirleyMappWM": ("Shirley Mapp", "WM", "smithfield", "f", ("plan",), ()),
    "@CllrEirlysVaughan": ("Eirlys Vaughan", "MF", "ltown", "f", ("lic",), ("chairman",)),
    "@GarethProsserMF": ("Gareth Prosser", "MF", "ltown", "m", (), ("cab", "economy")),
    "@BethanMeredithGreen": ("Bethan Meredith", "GG", "lbridge", "f", ("plan",), ()),
    "@KieranTudgeWM": ("Kieran Tudge", "WM", "lbridge", "m", (), ()),
    "@ColinHaycockWM": ("Colin Haycock", "WM", "stip", "m", ("lic",), ()),
    "@SandraJervisWM": ("Sandra Jervis", "WM", "stip", "f", ("plan",), ()),
    "@OwenHamerMF": ("Owen Hamer", "MF", "hobs", "m", (), ("cab", "environment")),
    "@MeganOnionsBI": ("Megan Onions", "BI", "hobs", "f", ("plan",), ()),
    "@RupertGwilliam": ("Rupert Gwilliam", "MF", "peng", "m", ("plan",), ("planchair",)),
    "@NerysBoundMF": ("Nerys Bound", "MF", "peng", "f", ("plan", "lic"), ("licchair",)),
    "@IdrisJukesBI": ("Idris Jukes", "BI", "kerr", "m", ("plan", "lic"), ("bileader",)),
    "@FionaLingenGreen": ("Fiona Lingen", "GG", "kerr", "f", ("lic",), ()),
    "@HuwPreeceMF": ("Huw Preece", "MF", "cwm", "m", (), ("cab", "housing")),
    "@JanetBeddoesInd": ("Janet Beddoes", "IND", "cwm", "f", ("plan", "lic"), ()),
}
ALL_ROLES = {r for m in MEMBERS.values() for r in m[5]}
PERSONAL = {"@hobsbatch_dogs": "@OwenHamerMF", "@fi_watches_birds": "@FionaLingenGreen"}

# Phrases that name a role: its holder never writes the post (unless set by hand).
ROLE_PHRASES = [
    (r"\bthe Leader\b|\bour Leader\b|\bLeader of the Council\b|\bcouncil leader\b", "leader"),
    (r"Working Marches leader|leader of Working Marches|Working Marches group leader", "wmleader"),
    (r"Border Independents leader|leader of the Border Independents", "bileader"),
    (r"\bChairman\b", "chairman"),
    (r"cabinet member for finance|finance portfolio|finance cabinet member", "finance"),
    (r"cabinet member for (?:economy|tourism)|tourism portfolio", "economy"),
    (r"cabinet member for (?:the )?environment|flood portfolio|environment portfolio", "environment"),
    (r"cabinet member for housing|housing portfolio", "housing"),
    (r"chair of planning|planning chair|chairman of planning", "planchair"),
    (r"chair of licensing|licensing chair", "licchair"),
]

# Words that touch a registered interest: its holder never writes the post (unless set by hand).
INTEREST_WORDS = {
    "@ColinHaycockWM": ["welfare club", "quarrymen"],
    "@ShirleyMappWM": ["market trader", "traders' association", "pitch fee", "stallholder", "market stall", "traders like us"],
    "@GarethProsserMF": ["tourism partnership"],
    "@OwenHamerMF": ["cold batch", "grazing", "hobsbatch common"],
    "@BethanMeredithGreen": ["flood action group"],
    "@IdrisJukesBI": ["canoe", "slipway"],
    "@JanetBeddoesInd": ["border buses", "community transport", "community bus"],
    "@HuwPreeceMF": ["haulier", "haulage"],
    "@DaiRowlandsWM": ["rugby"],
    "@MeganOnionsBI": ["young farmers", "yfc"],
    "@KieranTudgeWM": ["ironmonger"],
    "@SandraJervisWM": ["tenants' association", "tenants association"],
    "@FionaLingenGreen": ["rivers trust"],
    "@HilaryCorfieldMF": ["corfield & nash", "solicitor"],
}

START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
PLATFORM_LIMIT = {"x": 280, "bluesky": 300, "facebook": 63206}


def load_meetings():
    out = []
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append((dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))
    return out


def check_handles():
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    handles = council["people"]["handles"]
    for h, m in MEMBERS.items():
        assert handles.get(h) == m[0], h
    for h, owner in PERSONAL.items():
        assert handles.get(h) == MEMBERS[owner][0], h


def named_handles(text):
    """Councillors the text names (first name, surname, handle) or whose role it names."""
    out = set()
    for h, (name, party, ward, sex, comms, roles) in MEMBERS.items():
        first, last = name.split(" ", 1)
        if re.search(r"\b%s\b" % re.escape(first), text) or re.search(r"\b%s\b" % re.escape(last), text):
            out.add(h)
        if h.lower() in text.lower():
            out.add(h)
        for pat, role in ROLE_PHRASES:
            if role in roles and re.search(pat, text, re.I if role != "chairman" else 0):
                out.add(h)
    for ph, owner in PERSONAL.items():
        if ph.lower() in text.lower():
            out.add(owner)
    return out


def interest_holders_touched(text):
    low = text.lower()
    return {h for h, words in INTEREST_WORDS.items() if any(w in low for w in words)}


def pool_for(spec):
    """spec: None/'any', '@Handle', '@A|@B', or tags joined by '&' (MF, WM, GG, BI, IND, admin,
    opp, plan, lic, !plan, !lic, cab, !cab, m, f, w:<ward>)."""
    if spec is None or spec == "any":
        return sorted(MEMBERS)
    if spec.startswith("@"):
        return spec.split("|")
    pool = set(MEMBERS)
    for tag in spec.split("&"):
        neg = tag.startswith("!")
        t = tag[1:] if neg else tag

        def has(h):
            name, party, ward, sex, comms, roles = MEMBERS[h]
            if t in ("MF", "WM", "GG", "BI", "IND"):
                return party == t
            if t == "admin":
                return party == "MF"
            if t == "opp":
                return party != "MF"
            if t in ("plan", "lic"):
                return t in comms
            if t == "cab":
                return "cab" in roles
            if t in ("m", "f"):
                return sex == t
            if t.startswith("w:"):
                return ward == t[2:]
            if t in ALL_ROLES:
                return t in roles
            raise ValueError("bad tag %r" % tag)

        pool = {h for h in pool if has(h) != neg}
    return sorted(pool)


def pick_author(row, rng):
    spec = row["who"]
    pool = pool_for(spec)
    explicit = spec is not None and spec.startswith("@")
    if not explicit or len(pool) > 1:
        bad = named_handles(row["text"]) | interest_holders_touched(row["text"])
        pool = [h for h in pool if h not in bad and PERSONAL.get(h) not in bad]
    if not pool:
        raise SystemExit("no author for: %s" % row["text"][:80])
    return rng.choice(pool)


def weekdays(a, b):
    d, out = a, []
    while d <= b:
        if d.weekday() < 5:
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def pick_time(row, rng, meetings):
    w = row["when"]
    if w is None:
        days = weekdays(START, END)
    elif isinstance(w, str):
        days = [dt.date.fromisoformat(w)]
    else:
        days = weekdays(dt.date.fromisoformat(w[0]), dt.date.fromisoformat(w[1]))
    days = [d for d in days if START <= d <= END and d.weekday() < 5]
    if not days:
        raise SystemExit("no day for: %s" % row["text"][:80])
    for _ in range(500):
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in meetings):
            return t
    raise SystemExit("no time outside meetings for: %s" % row["text"][:80])


def pick_platform(text, rng):
    n = len(text)
    if n > PLATFORM_LIMIT["bluesky"]:
        return "facebook"
    if n > PLATFORM_LIMIT["x"]:
        return rng.choice(["facebook", "bluesky"])
    r = rng.random()
    return "x" if r < 0.45 else ("facebook" if r < 0.82 else "bluesky")


def main():
    check_handles()
    meetings = load_meetings()
    rows = [r for m in MODULES for r in m.ROWS]
    rng = random.Random(SEED)
    out = []
    for r in rows:
        author = pick_author(r, rng)
        created = pick_time(r, rng, meetings)
        platform = pick_platform(r["text"], rng)
        out.append({
            "text": r["text"],
            "author": author,
            "created_at": created.isoformat(),
            "platform": platform,
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
            "near_miss_of": r["near_miss_of"],
            "interest": r["interest"],
            "note": r["note"],
        })
    random.Random(SEED + 1).shuffle(out)
    lines = []
    for i, o in enumerate(out, 1):
        rec = {"id": "%s-%04d" % (SET, i)}
        rec.update(o)
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d rows" % len(lines))


if __name__ == "__main__":
    main()
