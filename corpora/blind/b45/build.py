#!/usr/bin/env python3
"""Build posts.jsonl for blind set b45 (Harrowfell Borough Council).

The rows are hand-written in rows_a.py .. rows_d.py. This script shuffles them with a fixed seed,
gives out ids (b45-NNN), picks plausible authors, platforms and timestamps, and writes posts.jsonl.
Running it again produces the same file.
"""
import json, random, re, tomllib, csv
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
import sys; sys.path.insert(0, str(HERE))
import rows_a, rows_b, rows_c, rows_d  # noqa: E401,F401  (importing registers the rows)
ROWS = rows_a.ROWS

SEED = 4545
SEV = {"advice": 1, "review": 2, "block": 3}
DEFAULT_SEV = {
    "officers.impartiality": "review", "resources.political-use": "review",
    "position.improper-advantage": "review", "gifts.hospitality": "advice",
    "capacity.council-voice": "review", "confidentiality.insider-advantage": "review",
    "predetermination.closed-mind": "review", "interests.declared-interest": "review",
    "data-protection.personal-data": "review", "security.credentials": "block",
    "confidentiality.disclosure": "review", "tone.irony-risk": "advice",
}
PARTY = {
    "Bernadette Kavanagh": "lab", "Marjorie Ellwood": "lab", "Owen Prescott": "lab", "Shabana Mirza": "lab",
    "Declan Hurst": "lab", "Gethin Rowlands": "lab", "Tracey Ackroyd": "lab", "Farah Iqbal": "lab",
    "Joel Hargreaves": "lab", "Ralph Stanworth": "con", "Penelope Greenhalgh": "con", "Stuart Mottram": "con",
    "Eilidh Baxendale": "ld", "Connor Whitworth": "ld", "Rosa Lindqvist": "green", "Arthur Clegg": "ind",
    "Kerry-Ann Pilling": "ind",
}
ROLE_PHRASES = {  # phrase in text -> councillor who must not be the author
    "the leader": "Bernadette Kavanagh", "mayor": "Marjorie Ellwood",
    "cabinet member for housing": "Owen Prescott", "cabinet member for finance": "Shabana Mirza",
    "chair of planning": "Declan Hurst",
}
INTEREST_HINTS = {  # words in text -> interest holder who must not be the author (unless set by hand)
    "stanworth plant": "Ralph Stanworth", "plant hire": "Ralph Stanworth", "diggers": "Ralph Stanworth",
    "energy co-op": "Rosa Lindqvist", "community energy": "Rosa Lindqvist",
    "bowling": "Eilidh Baxendale", "tarnside valley academy": "Connor Whitworth",
    "school transport": "Connor Whitworth", "credit union": "Tracey Ackroyd",
    "market hall": "Arthur Clegg", "clegg's": "Arthur Clegg", "wickerby mill": "Kerry-Ann Pilling",
    "mill car park": "Kerry-Ann Pilling", "pennine lakes": "Owen Prescott",
    "housing association": "Owen Prescott", "saltergill top farm": "Stuart Mottram",
    "saltergill lane": "Stuart Mottram",
}
POOLS = {
    "any": lambda p, n: True, "lab": lambda p, n: p == "lab", "opp": lambda p, n: p != "lab",
    "con": lambda p, n: p == "con", "ld": lambda p, n: p == "ld", "green": lambda p, n: p == "green",
    "ind": lambda p, n: p == "ind", "notcon": lambda p, n: p != "con", "notld": lambda p, n: p != "ld",
    "notgreen": lambda p, n: p != "green", "notind": lambda p, n: p != "ind",
    "noexec": lambda p, n: n not in ("Bernadette Kavanagh", "Marjorie Ellwood"),
    "notmayor": lambda p, n: n != "Marjorie Ellwood",
}


def load():
    cfg = tomllib.loads((HERE / "council.toml").read_text())
    meetings = []
    with open(HERE / "meetings.csv") as f:
        for r in csv.DictReader(f):
            meetings.append((datetime.fromisoformat(r["start"]), datetime.fromisoformat(r["end"])))
    return cfg, meetings


def main():
    cfg, meetings = load()
    handles = cfg["people"]["handles"]
    main_handle = {}
    for h, n in handles.items():
        if n in PARTY and n not in main_handle:
            main_handle[n] = h
    selfc = cfg["self"]
    rng = random.Random(SEED)
    rows = list(ROWS)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        text = r["text"]
        low = text.lower()
        # author
        if r.get("author"):
            author = r["author"]
        else:
            if selfc["phone"] in text or selfc["email"] in text:
                raise SystemExit("self details need a fixed author: " + text)
            banned = set()
            for n in PARTY:
                if n.split()[-1].lower() in low:
                    banned.add(n)
            for ph, n in ROLE_PHRASES.items():
                if ph in low:
                    banned.add(n)
            for ph, n in INTEREST_HINTS.items():
                if ph in low:
                    banned.add(n)
            for s in r.get("excl", []):
                banned.update(n for n in PARTY if n.endswith(s))
            pool = POOLS[r.get("pool", "any")]
            cands = [n for n in PARTY if pool(PARTY[n], n) and n not in banned]
            author = main_handle[rng.choice(cands)]
        # timestamp
        lo = date(2026, 1, 5); hi = date(2026, 3, 27)
        if r.get("on"):
            lo = hi = date.fromisoformat(r["on"])
        if r.get("after"):
            lo = max(lo, date.fromisoformat(r["after"]))
        if r.get("by"):
            hi = min(hi, date.fromisoformat(r["by"]))
        days = [lo + timedelta(d) for d in range((hi - lo).days + 1)]
        days = [d for d in days if d.weekday() < 5]
        while True:
            d = rng.choice(days)
            ts = datetime(d.year, d.month, d.day, rng.randint(8, 18), rng.randint(0, 59), 0, tzinfo=timezone.utc)
            if not any(s <= ts <= e for s, e in meetings):
                break
        # labels
        rules = r["rules"]
        if r.get("v"):
            verdict = r["v"]
        elif rules:
            verdict = max((DEFAULT_SEV[x] for x in rules), key=SEV.get)
        else:
            verdict = "ok"
        row = {
            "id": f"b45-{i:03d}", "text": text, "author": author,
            "created_at": ts.isoformat(), "platform": rng.choice(["x", "facebook", "bluesky"]),
            "account": r.get("account", "councillor"), "kind": "post",
            "expect": {"rules": rules, "allowed": r["allowed"], "verdict": verdict},
            "family": r["family"], "kind_of_row": r["kind_of_row"],
        }
        if r.get("near_miss_of"):
            row["near_miss_of"] = r["near_miss_of"]
        if r.get("interest"):
            row["interest"] = r["interest"]
        row["note"] = r["note"]
        out.append(row)
    with open(HERE / "posts.jsonl", "w", encoding="utf-8") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows")


if __name__ == "__main__":
    main()
