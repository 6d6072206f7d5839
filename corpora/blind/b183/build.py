"""Build posts.jsonl for blind set b183 from the hand-written rows.

The rows live in rows_*.py (see ROW_MODULES). This script shuffles them with a
fixed seed, gives ids B183-0001 onwards, picks each author (unless set by hand),
platform and timestamp, replaces {key} citations in notes with ids, and writes
posts.jsonl. Running it again writes the same file byte for byte.
"""
import csv
import datetime as dt
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

ROW_MODULES = [
    "rows_officers", "rows_resources", "rows_position", "rows_gifts",
    "rows_capacity", "rows_insider", "rows_predetermination", "rows_interests",
    "rows_dataprotection", "rows_security", "rows_disclosure", "rows_tone",
    "rows_fillers",
]
SEED = 18300
FIRST_DAY = dt.date(2026, 1, 5)
LAST_DAY = dt.date(2026, 3, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 5000}

# handle -> (name, first names used, party group, ward, gender, committees/roles)
C = {
    "@RosKeableFA":      ("Rosalind Keable", ["Rosalind", "Ros"], "FA", "FN", "F", ["EXEC", "LEADER"]),
    "@GrahamThurlow":    ("Graham Thurlow", ["Graham"], "FA", "FN", "M", ["EXEC", "PLAN", "FINANCE"]),
    "@DebRixCllr":       ("Deborah Rix", ["Deborah", "Deb", "Debbie"], "FA", "CT", "F", ["EXEC", "LIC", "ENV"]),
    "@MartinSayerOx":    ("Martin Sayer", ["Martin"], "FA", "OX", "M", ["PLAN", "PLANCHAIR"]),
    "@JoyceFarrowLM":    ("Joyce Farrow", ["Joyce"], "FA", "LM", "F", ["EXEC", "CHAIRMAN"]),
    "@NigelBrundle":     ("Nigel Brundle", ["Nigel"], "FA", "CT", "M", ["PLAN", "LIC"]),
    "@KevMobbsPH":       ("Kevin Mobbs", ["Kevin", "Kev"], "FA", "PH", "M", ["LIC", "LICCHAIR"]),
    "@ClaireEbbage":     ("Claire Ebbage", ["Claire"], "FA", "LM", "F", ["EXEC", "PLAN", "HOUSING"]),
    "@DeanHowlettWB":    ("Dean Howlett", ["Dean"], "WB", "FS", "M", ["PLAN", "WBLEADER"]),
    "@SharonKerrison":   ("Sharon Kerrison", ["Sharon"], "WB", "FS", "F", ["LIC"]),
    "@TomaszNowakWB":    ("Tomasz Nowak", ["Tomasz", "Tom"], "WB", "CF", "M", ["PLAN"]),
    "@LisaGreengrassWB": ("Lisa Greengrass", ["Lisa"], "WB", "ST", "F", ["PLAN", "SELF"]),
    "@PaulCattermoleWB": ("Paul Cattermole", ["Paul"], "WB", "ST", "M", ["LIC"]),
    "@ImogenLarwood":    ("Imogen Larwood", ["Imogen", "Imo"], "GRN", "CF", "F", ["PLAN"]),
    "@RaviChauhanGreen": ("Ravi Chauhan", ["Ravi"], "GRN", "OX", "M", ["LIC"]),
    "@BridgetPeggFVI":   ("Bridget Pegg", ["Bridget"], "FVI", "SX", "F", ["PLAN"]),
    "@AlanFulcherFVI":   ("Alan Fulcher", ["Alan"], "FVI", "PH", "M", ["LIC"]),
    "@HettyBloomfield":  ("Harriet Bloomfield", ["Harriet", "Hetty"], "IND", "SX", "F", []),
}
PERSONAL = {"@breck_birder_imo": "@ImogenLarwood", "@paulc_bowls": "@PaulCattermoleWB"}

POOLS = {"ANY": set(C)}
for h, (_n, _f, party, ward, sex, roles) in C.items():
    POOLS.setdefault(party, set()).add(h)
    POOLS.setdefault("W_" + ward, set()).add(h)
    POOLS.setdefault("MEN" if sex == "M" else "WOMEN", set()).add(h)
    for r in roles:
        POOLS.setdefault(r, set()).add(h)
POOLS["OPP"] = POOLS["ANY"] - POOLS["FA"]
POOLS["BACK"] = POOLS["ANY"] - POOLS["EXEC"]
POOLS["NOTPLAN"] = POOLS["ANY"] - POOLS["PLAN"]
POOLS["NOTLIC"] = POOLS["ANY"] - POOLS["LIC"]

# roles named in a post: their holder never writes it
ROLE_WORDS = [
    (r"\b(the|our|council|their|your) leader\b|\bleader of the council\b|\bLeader\b", "LEADER"),
    (r"\bchairman\b", "CHAIRMAN"),
    (r"\b(cabinet member|portfolio holder|lead member) for finance\b|\bfinance (cabinet member|portfolio)", "FINANCE"),
    (r"\b(cabinet member|portfolio holder|lead member) for (the )?environment\b|\benvironment (cabinet member|portfolio)", "ENV"),
    (r"\b(cabinet member|portfolio holder|lead member) for housing\b|\bhousing (cabinet member|portfolio)", "HOUSING"),
    (r"\bchair of planning\b|\bplanning chair\b", "PLANCHAIR"),
    (r"\bchair of licensing\b|\blicensing chair\b", "LICCHAIR"),
    (r"\bWorking Brecks leader\b|\bleader of (the )?Working Brecks\b", "WBLEADER"),
]
ROLE_CASE_SENSITIVE = {"LEADER"}

# registered interests: a post touching one is never given to its holder by the script
INTEREST_TOPICS = [
    (r"market trader|\btraders\b|stallholder|\bstalls?\b|pitch fee|pitches|market day|Christmas market", "@SharonKerrison"),
    (r"sawmill|timber", "@NigelBrundle"),
    (r"sailing|dinghy|dinghies|slipway|\bregatta", "@ClaireEbbage"),
    (r"\bpigs?\b|piggery|\bpork\b|Sandmere", "@AlanFulcherFVI"),
    (r"village hall", "@PaulCattermoleWB"),
    (r"Thurlow Farms|Oxbourne Road", "@GrahamThurlow"),
    (r"land trust|\bCLT\b", "@BridgetPeggFVI"),
    (r"\btenants?\b|council rents?\b|council house|council homes", "@DeanHowlettWB"),
    (r"\btaxis?\b|\bcabs?\b|private hire|\bcabbies\b|\bcabbie\b", "@TomaszNowakWB"),
    (r"mountain bik|\bMTB\b|bike trail|Forest Riders", "@ImogenLarwood"),
    (r"heritage|knapp|museum", "@RaviChauhanGreen"),
    (r"plant hire|\bdiggers?\b", "@KevMobbsPH"),
    (r"food ?bank", "@HettyBloomfield"),
]


def parse_pool(expr):
    toks = re.split(r"([&-])", expr)
    s = set(POOLS[toks[0]])
    for op, name in zip(toks[1::2], toks[2::2]):
        s = s & POOLS[name] if op == "&" else s - POOLS[name]
    return s


def named_exclusions(text):
    out = set()
    low = text.lower()
    for h, (name, firsts, _p, _w, _s, roles) in C.items():
        surname = name.split()[-1]
        words = [surname] + firsts
        if any(re.search(r"\b%s\b" % re.escape(w), text) for w in words):
            out.add(h)
        if h.lower() in low:
            out.add(h)
    for personal, owner in PERSONAL.items():
        if personal.lower() in low:
            out.add(owner)
    for rx, role in ROLE_WORDS:
        flags = 0 if role in ROLE_CASE_SENSITIVE else re.I
        if re.search(rx, text, flags):
            out |= POOLS[role]
    for rx, holder in INTEREST_TOPICS:
        if re.search(rx, text, re.I):
            out.add(holder)
    return out


def load_meetings():
    with open(os.path.join(HERE, "meetings.csv"), newline="") as f:
        return [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(f)]


def pick_time(rng, when, meetings):
    if when is None:
        first, last = FIRST_DAY, LAST_DAY
    elif isinstance(when, str):
        first = last = dt.date.fromisoformat(when)
    else:
        first, last = (dt.date.fromisoformat(w) for w in when)
    days = [first + dt.timedelta(d) for d in range((last - first).days + 1)]
    days = [d for d in days if d.weekday() < 5 and FIRST_DAY <= d <= LAST_DAY]
    if not days:
        raise SystemExit("no weekday in window %r" % (when,))
    for _ in range(1000):
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in meetings):
            return t
    raise SystemExit("cannot place a post in %r" % (when,))


def pick_platform(rng, text, forced):
    n = len(text)
    if forced:
        if n > LIMITS[forced]:
            raise SystemExit("too long for %s: %s" % (forced, text[:60]))
        return forced
    if n > LIMITS["bluesky"]:
        return "facebook"
    if n > LIMITS["x"]:
        return rng.choice(["facebook", "bluesky"])
    return rng.choices(["x", "facebook", "bluesky"], weights=[5, 4, 2])[0]


def load_rows():
    rows = []
    for m in ROW_MODULES:
        mod = __import__(m)
        rows.extend(mod.ROWS)
    keys = [r["key"] for r in rows]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit("duplicate keys: %s" % sorted(dup))
    return rows


def main():
    rng = random.Random(SEED)
    meetings = load_meetings()
    rows = load_rows()
    rng.shuffle(rows)
    ids = {}
    for i, r in enumerate(rows, 1):
        ids[r["key"]] = "B183-%04d" % i
    out = []
    for r in rows:
        if r["author"]:
            author = r["author"]
        else:
            cands = sorted(parse_pool(r["pool"]) - named_exclusions(r["text"]))
            if not cands:
                raise SystemExit("no author for %s" % r["key"])
            author = rng.choice(cands)
        when = pick_time(rng, r["when"], meetings)
        platform = pick_platform(rng, r["text"], r["platform"])

        def cite(m):
            k = m.group(1)
            if k not in ids:
                raise SystemExit("note of %s cites unknown key %s" % (r["key"], k))
            return ids[k]
        note = re.sub(r"\{([A-Za-z0-9_]+)\}", cite, r["note"])
        obj = {
            "id": ids[r["key"]],
            "text": r["text"],
            "author": author,
            "created_at": when.isoformat(),
            "platform": platform,
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "hard_negative":
            obj["near_miss_of"] = r["near_miss_of"]
        if r["interest"]:
            obj["interest"] = r["interest"]
        obj["note"] = note
        out.append(obj)
    with open(os.path.join(HERE, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d posts" % len(out))


if __name__ == "__main__":
    main()
