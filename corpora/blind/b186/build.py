"""Build posts.jsonl for blind set b186 from the hand-written rows.

The rows live in rows_*.py (one or two rules per file). This script shuffles them with a fixed
seed, gives ids B186-0001 onwards, picks an author (from the row's `by` constraint, never a
councillor the post names or whose registered interest it touches, unless set by hand), a
weekday timestamp 08:00-18:59 GMT between 5 January and 27 March 2026 outside every meeting in
meetings.csv, and a platform the text fits. Running it again writes the same file byte for byte.

    python3 build.py
"""
import csv
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

import rows_officers_resources  # noqa: E402
import rows_position_gifts  # noqa: E402
import rows_capacity_insider  # noqa: E402
import rows_predet_interest  # noqa: E402
import rows_data_security  # noqa: E402
import rows_disclosure_tone  # noqa: E402
import rows_fillers  # noqa: E402

SEED = 18600
SET_ID = "B186"
FIRST_DAY = dt.date(2026, 1, 5)
LAST_DAY = dt.date(2026, 3, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
PLATFORM_WEIGHTS = [("x", 45), ("facebook", 35), ("bluesky", 20)]

COUNCIL = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
HANDLES = COUNCIL["people"]["handles"]
COUNCIL_ACCOUNT = "@WellsmereTemeDC"
PERSONAL = {"@owen_perry_pears", "@fran_on_the_teme"}
NAME_TO_HANDLE = {name: h for h, name in HANDLES.items() if h not in PERSONAL and h != COUNCIL_ACCOUNT}
ALL = sorted(NAME_TO_HANDLE.values())


def hs(*names):
    return {NAME_TO_HANDLE[n] for n in names}


RA = hs("Gwen Ashdown", "Anthony Crowe", "Philippa Vane", "Ceri Whitmore", "Roger Tolley",
        "Duncan Friel", "Alison Pargeter", "Simon Bright")
CG = hs("Nadia Bashir", "Dylan Hewitt", "Kath Morgan", "Owen Jeavons", "Sunita Rai")
GREEN = hs("Frances Lidgate", "Rhys Baskerville")
HI = hs("Bethan Pritchard", "Wilf Yapp")
IND = hs("Jean Cotterell")
PLANNING = hs("Duncan Friel", "Simon Bright", "Dylan Hewitt", "Kath Morgan", "Owen Jeavons",
              "Frances Lidgate", "Wilf Yapp", "Jean Cotterell", "Alison Pargeter")
LICENSING = hs("Alison Pargeter", "Roger Tolley", "Sunita Rai", "Rhys Baskerville",
               "Bethan Pritchard", "Nadia Bashir", "Kath Morgan", "Wilf Yapp", "Duncan Friel")
CABINET = hs("Gwen Ashdown", "Anthony Crowe", "Philippa Vane", "Ceri Whitmore")
MEN = hs("Anthony Crowe", "Roger Tolley", "Duncan Friel", "Simon Bright", "Dylan Hewitt",
         "Owen Jeavons", "Rhys Baskerville", "Wilf Yapp")
ALLSET = set(ALL)
GROUPS = {
    "ALL": ALLSET, "RA": RA, "ADMIN": RA, "CG": CG, "GREEN": GREEN, "HI": HI, "IND": IND,
    "OPP": ALLSET - RA, "PLANNING": PLANNING, "LICENSING": LICENSING,
    "NOTPLANNING": ALLSET - PLANNING, "NOTLICENSING": ALLSET - LICENSING,
    "NOTLICENSINGCHAIR": ALLSET - hs("Alison Pargeter"),
    "CABINET": CABINET, "NOTCABINET": ALLSET - CABINET,
    "BACKBENCH": ALLSET - CABINET - hs("Roger Tolley"),
    "MEN": MEN, "WOMEN": ALLSET - MEN,
    "W_PRIORY": hs("Gwen Ashdown", "Anthony Crowe"),
    "W_LINK": hs("Nadia Bashir", "Dylan Hewitt"),
    "W_COLDBROOK": hs("Owen Jeavons", "Sunita Rai"),
    "W_RIPPLEMEAD": hs("Duncan Friel", "Alison Pargeter"),
    "W_TEMEBRIDGE": hs("Kath Morgan", "Bethan Pritchard"),
    "W_HOPWICK": hs("Simon Bright", "Wilf Yapp"),
    "W_HARCOMBE": hs("Frances Lidgate", "Rhys Baskerville"),
    "W_LEDMOOR": hs("Roger Tolley", "Jean Cotterell"),
    "W_BIRCHCOMBE": hs("Philippa Vane", "Ceri Whitmore"),
}

# Who a post must not come from when it names them or their role.
NICKNAMES = {"Alison Pargeter": ["Ali"]}
ROLE_PATTERNS = [
    (r"\bLeader\b", "Gwen Ashdown"),
    (r"\bChairman\b", "Roger Tolley"),
    (r"(?i)cabinet member for environment", "Philippa Vane"),
    (r"(?i)deputy leader|cabinet member for finance", "Anthony Crowe"),
    (r"(?i)cabinet member for housing", "Ceri Whitmore"),
    (r"(?i)chair of planning|planning chair", "Duncan Friel"),
]
# Topics of registered interests: posts touching them are not given to the holder unless set by hand.
INTEREST_TOPICS = {
    "Simon Bright": r"hop farm|hop yard|hopwick brook|bright's",
    "Kath Morgan": r"market|trader|pitch fee|\bstalls?\b",
    "Alison Pargeter": r"marina|mooring",
    "Frances Lidgate": r"cider|perry",
    "Owen Jeavons": r"commoner|coldbrook common",
    "Gwen Ashdown": r"spa spout|spa water",
    "Jean Cotterell": r"village hall",
    "Rhys Baskerville": r"canoe|slipway",
    "Sunita Rai": r"garage|tenant",
    "Dylan Hewitt": r"taxi|\bcabs?\b",
    "Anthony Crowe": r"surveyor|property consultancy",
    "Ceri Whitmore": r"academy|playing field",
    "Philippa Vane": r"land trust",
    "Wilf Yapp": r"grazing|knightsford",
}

ROW_MODULES = [rows_officers_resources, rows_position_gifts, rows_capacity_insider,
               rows_predet_interest, rows_data_security, rows_disclosure_tone, rows_fillers]


def load_rows():
    rows = []
    for mod in ROW_MODULES:
        rows.extend(mod.ROWS)
    keys = [r["key"] for r in rows]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit(f"duplicate row keys: {sorted(dup)}")
    return rows


def resolve_by(by):
    if by is None:
        return set(ALLSET)
    if isinstance(by, (list, tuple)):
        out = set()
        for b in by:
            out |= resolve_by(b)
        return out
    if by.startswith("@"):
        if by not in HANDLES or by == COUNCIL_ACCOUNT:
            raise SystemExit(f"unknown author handle {by}")
        return {by}
    out = set(ALLSET)
    for part in by.split("&"):
        if part.startswith("!"):
            out -= resolve_by(part[1:])
            continue
        if part not in GROUPS:
            raise SystemExit(f"unknown author group {part}")
        out &= GROUPS[part]
    return out


def excluded(text):
    out = set()
    for name, handle in NAME_TO_HANDLE.items():
        first, last = name.split()[0], name.split()[-1]
        tokens = [first, last] + NICKNAMES.get(name, [])
        if any(re.search(r"\b" + re.escape(t) + r"\b", text) for t in tokens):
            out.add(handle)
        if handle.lower() in text.lower():
            out.add(handle)
    for pat, name in ROLE_PATTERNS:
        if re.search(pat, text):
            out.add(NAME_TO_HANDLE[name])
    for name, pat in INTEREST_TOPICS.items():
        if re.search(pat, text, re.I):
            out.add(NAME_TO_HANDLE[name])
    return out


def pick_author(row, rng):
    by = row["by"]
    pool = resolve_by(by)
    if isinstance(by, str) and by.startswith("@"):
        return by
    pool -= excluded(row["text"])
    if not pool:
        raise SystemExit(f"no possible author for {row['key']}")
    return rng.choice(sorted(pool))


def load_meetings():
    out = []
    with open(HERE / "meetings.csv", newline="", encoding="utf-8") as f:
        for m in csv.DictReader(f):
            out.append((dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])))
    return out


MEETINGS = load_meetings()


def days_in(when):
    if when is None:
        a, b = FIRST_DAY, LAST_DAY
    elif isinstance(when, str):
        a = b = dt.date.fromisoformat(when)
    else:
        a, b = dt.date.fromisoformat(when[0]), dt.date.fromisoformat(when[1])
    days = []
    d = a
    while d <= b:
        if d.weekday() < 5 and FIRST_DAY <= d <= LAST_DAY:
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def hour_range(text):
    t = text.lower()
    if "this morning" in t:
        return 8, 12
    if "this afternoon" in t:
        return 13, 17
    if "tonight" in t or "this evening" in t:
        return 12, 18
    return 8, 18


def pick_time(row, rng):
    days = days_in(row["when"])
    if not days:
        raise SystemExit(f"no weekday in range for {row['key']}")
    lo, hi = hour_range(row["text"])
    for _ in range(200):
        d = rng.choice(days)
        t = dt.datetime(d.year, d.month, d.day, rng.randint(lo, hi), rng.randint(0, 59),
                        tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in MEETINGS):
            return t
    raise SystemExit(f"no free time for {row['key']}")


def pick_platform(text, rng):
    fits = [(p, w) for p, w in PLATFORM_WEIGHTS if len(text) <= LIMITS[p]]
    total = sum(w for _, w in fits)
    x = rng.uniform(0, total)
    for p, w in fits:
        x -= w
        if x <= 0:
            return p
    return fits[-1][0]


def main():
    rng = random.Random(SEED)
    rows = load_rows()
    rng.shuffle(rows)
    ids = {r["key"]: f"{SET_ID}-{i:04d}" for i, r in enumerate(rows, 1)}

    def cite(m):
        k = m.group(1)
        if k not in ids:
            raise SystemExit(f"note cites unknown row {k}")
        return ids[k]

    out = []
    for r in rows:
        author = pick_author(r, rng)
        when = pick_time(r, rng)
        platform = pick_platform(r["text"], rng)
        rec = {
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
        if r["near_miss_of"]:
            rec["near_miss_of"] = r["near_miss_of"]
        if r["interest"]:
            rec["interest"] = r["interest"]
        rec["note"] = re.sub(r"\{([a-z]+\.[a-z0-9]+)\}", cite, r["note"])
        out.append(rec)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to posts.jsonl")


if __name__ == "__main__":
    main()
