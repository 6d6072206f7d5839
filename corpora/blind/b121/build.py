"""Build posts.jsonl for blind set b121 from the hand-written rows.

Deterministic (seed 12100): picks authors from plausible writers, timestamps,
platforms, shuffles the rows and gives ids B121-NNNN. Running it again writes
the same bytes.
"""
import datetime as dt
import json
import random
import re
import sys
import tomllib
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import rows_1, rows_2, rows_3, rows_4, rows_5, rows_6, rows_7  # noqa: E402

SET = "B121"
SEED = 12100
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
PERSONAL = {"@gaskin_ewes", "@fen_walls"}
COUNCIL_ACCOUNT = "@WenlodeValeBC"

# Who is who (mirrors the comments in council.toml).
PEOPLE = {
    # name: (party, ward, gender, roles, committees, extra first names)
    "Caroline Ashdown": ("WA", "Hatherbury Abbey", "F", {"leader", "cabinet"}, set(), []),
    "Giles Whitcombe": ("WA", "Evencott Heath", "M", {"cabinet"}, set(), []),
    "Philippa Dunstone": ("WA", "The Wyfords", "F", {"cabinet"}, set(), ["Pippa"]),
    "Tom Haddon": ("WA", "Chipping Wendle", "M", {"cabinet"}, set(), []),
    "Hugh Lacey": ("WA", "Addlecombe", "M", set(), {"PLAN"}, []),
    "Rosemary Pettifer": ("WA", "Hatherbury Woolmarket", "F", {"mayor"}, {"LIC"}, []),
    "Sally Cuthbert": ("WA", "Windhurst", "F", set(), {"PLAN", "LIC"}, []),
    "Edward Gaskin": ("WA", "Addlecombe", "M", set(), {"PLAN", "LIC"}, ["Ed"]),
    "Dev Chaudhary": ("VP", "Hatherbury Woolmarket", "M", set(), {"LIC"}, []),
    "Kerry Oakes": ("VP", "Hatherbury Abbey", "F", set(), {"PLAN"}, []),
    "Wayne Pargeter": ("VP", "Tilthorne and Quarry Hill", "M", set(), {"PLAN"}, []),
    "Lorraine Bickerstaff": ("VP", "Wendlebrook", "F", set(), {"PLAN"}, []),
    "Jamal Idowu": ("VP", "Windhurst", "M", set(), {"LIC"}, []),
    "Fen Garside": ("G", "Wendlebrook", "F", set(), {"LIC"}, ["Fenella"]),
    "Oliver Tuckwell": ("G", "Chipping Wendle", "M", set(), {"PLAN"}, ["Ollie"]),
    "Bridget Cotterell": ("HVI", "The Wyfords", "F", set(), {"PLAN"}, []),
    "Alan Merriman": ("HVI", "Evencott Heath", "M", set(), {"LIC"}, []),
    "Ray Hemmings": ("IND", "Tilthorne and Quarry Hill", "M", set(), {"PLAN"}, []),
}

# Roles named in a post: the holder never writes it.
ROLE_PATTERNS = [
    (re.compile(r"\bLeader\b"), "Caroline Ashdown"),
    (re.compile(r"progressives'? leader|leader of the vale progressives", re.I), "Dev Chaudhary"),
    (re.compile(r"\bMayor\b"), "Rosemary Pettifer"),
    (re.compile(r"cabinet member for finance|s151", re.I), "Giles Whitcombe"),
    (re.compile(r"cabinet member for environment", re.I), "Philippa Dunstone"),
    (re.compile(r"cabinet member for tourism", re.I), "Tom Haddon"),
    (re.compile(r"planning chair|chair of planning", re.I), "Hugh Lacey"),
    (re.compile(r"licensing chair|chair of licensing", re.I), "Sally Cuthbert"),
]

# Topics of registered interests: the holder never writes a post touching them
# unless the row sets the author by hand.
INTEREST_TOPICS = {
    "Wayne Pargeter": r"tilthorne stone|lorr|tilthorne quarry|quarry (yard|open day|claim)",
    "Edward Gaskin": r"lower barn|addlecombe allocation|farm tenanc|footpath diversion",
    "Giles Whitcombe": r"holiday let|holiday cottage|second home",
    "Dev Chaudhary": r"\b(thursday|sunday|christmas|farmers'?) market|market (stall|pitch|fee)|trader|pitch fee|\bstalls?\b|shopkeeper|shops? (on|in) the (market square|woolmarket)",
    "Jamal Idowu": r"service famil",
    "Lorraine Bickerstaff": r"boat club|slipway|mooring",
    "Oliver Tuckwell": r"land trust|bridge street depot",
    "Fen Garside": r"community transport|wolds rider",
    "Hugh Lacey": r"village hall",
    "Alan Merriman": r"solar",
    "Ray Hemmings": r"social club",
    "Tom Haddon": r"taxi|\bcabs?\b",
    "Rosemary Pettifer": r"wool museum|wool heritage|heritage grant",
}


def load_council():
    with open(HERE / "council.toml", "rb") as f:
        return tomllib.load(f)


def main_handles(council):
    out = {}
    for handle, name in council["people"]["handles"].items():
        if handle in PERSONAL or handle == COUNCIL_ACCOUNT:
            continue
        out[name] = handle
    return out


def pool(token, handle_of):
    names = set(PEOPLE)
    if token == "ALL":
        sel = names
    elif token in ("WA", "VP", "G", "HVI", "IND"):
        sel = {n for n in names if PEOPLE[n][0] == token}
    elif token == "OPP":
        sel = {n for n in names if PEOPLE[n][0] != "WA"}
    elif token in ("PLAN", "LIC"):
        sel = {n for n in names if token in PEOPLE[n][4]}
    elif token == "CAB":
        sel = {n for n in names if "cabinet" in PEOPLE[n][3]}
    elif token == "MAYOR":
        sel = {n for n in names if "mayor" in PEOPLE[n][3]}
    elif token == "BACK":
        sel = {n for n in names if not PEOPLE[n][3]}
    elif token == "MEN":
        sel = {n for n in names if PEOPLE[n][2] == "M"}
    elif token == "WOMEN":
        sel = {n for n in names if PEOPLE[n][2] == "F"}
    elif token.startswith("W:"):
        sel = {n for n in names if PEOPLE[n][1] == token[2:]}
    else:
        raise ValueError(f"unknown pool {token!r}")
    return {handle_of[n] for n in sel}


def eval_who(expr, handle_of):
    parts = re.split(r"([&-])", expr)
    cur = pool(parts[0], handle_of)
    for op, tok in zip(parts[1::2], parts[2::2]):
        other = pool(tok, handle_of)
        cur = cur & other if op == "&" else cur - other
    return cur


def excluded(text, handle_of):
    out = set()
    for name, meta in PEOPLE.items():
        first, surname = name.split()[0], name.split()[-1]
        firsts = [first] + meta[5]
        if re.search(rf"\b{re.escape(surname)}\b", text) or any(
                re.search(rf"\b{re.escape(f)}\b", text) for f in firsts):
            out.add(handle_of[name])
    for rx, name in ROLE_PATTERNS:
        if rx.search(text):
            out.add(handle_of[name])
    for name, topic in INTEREST_TOPICS.items():
        if re.search(topic, text, re.I):
            out.add(handle_of[name])
    if re.search(r"\bmy wife\b", text, re.I):
        out |= pool("WOMEN", handle_of)
    if re.search(r"\bmy husband\b", text, re.I):
        out |= pool("MEN", handle_of)
    return out


def weekdays(lo, hi):
    lo, hi = max(lo, START), min(hi, END)
    days = []
    d = lo
    while d <= hi:
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    if not days:
        raise ValueError(f"no weekday between {lo} and {hi}")
    return days


def pick_time(rng, when, meetings):
    if when is None:
        lo, hi = START, END
    elif isinstance(when, str):
        lo = hi = dt.date.fromisoformat(when)
    else:
        lo, hi = (dt.date.fromisoformat(w) for w in when)
    days = weekdays(lo, hi)
    while True:
        day = rng.choice(days)
        t = dt.datetime(day.year, day.month, day.day, rng.randint(8, 18),
                        rng.randint(0, 59), tzinfo=dt.timezone.utc)
        if not any(s <= t <= e for s, e in meetings):
            return t


def load_meetings():
    out = []
    lines = (HERE / "meetings.csv").read_text(encoding="utf-8").splitlines()[1:]
    for line in lines:
        _title, s, e = line.rsplit(",", 2)
        out.append((dt.datetime.fromisoformat(s), dt.datetime.fromisoformat(e)))
    return out


def pick_platform(rng, text):
    n = len(text)
    if n > LIMITS["bluesky"]:
        return "facebook"
    if n > LIMITS["x"]:
        return rng.choice(["bluesky", "facebook"])
    r = rng.random()
    return "x" if r < 0.45 else ("facebook" if r < 0.8 else "bluesky")


def main():
    council = load_council()
    handle_of = main_handles(council)
    meetings = load_meetings()
    rng = random.Random(SEED)
    rows = (rows_1.ROWS + rows_2.ROWS + rows_3.ROWS + rows_4.ROWS + rows_5.ROWS
            + rows_6.ROWS + rows_7.ROWS)
    built = []
    for i, r in enumerate(rows):
        text = r["text"]
        if r["author"]:
            author = r["author"]
        else:
            cands = eval_who(r["who"], handle_of) - excluded(text, handle_of)
            if not cands:
                raise SystemExit(f"row {i}: no author left for {text[:60]!r}")
            author = rng.choice(sorted(cands))
        created = pick_time(rng, r["when"], meetings)
        platform = pick_platform(rng, text)
        post = {
            "id": None,
            "text": text,
            "author": author,
            "created_at": created.isoformat(),
            "platform": platform,
            "account": "personal" if author in PERSONAL else "councillor",
            "kind": "post",
            "expect": {"rules": r["rules"], "allowed": r["allowed"], "verdict": r["verdict"]},
            "family": r["family"],
            "kind_of_row": r["kind_of_row"],
        }
        if r["kind_of_row"] == "hard_negative":
            post["near_miss_of"] = r["family"]
        if r["interest"]:
            post["interest"] = r["interest"]
        post["note"] = r["note"]
        built.append(post)
    rng.shuffle(built)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for n, post in enumerate(built, 1):
            post["id"] = f"{SET}-{n:04d}"
            f.write(json.dumps(post, ensure_ascii=False) + "\n")
    print(f"wrote {len(built)} posts to posts.jsonl")


if __name__ == "__main__":
    main()
