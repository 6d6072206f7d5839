#!/usr/bin/env python3
"""Checks blind set b19. Prints OK or the problems found."""
import json
import re
import sys
import tomllib
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RULES_MD = None
for parent in HERE.parents:  # look upwards for shared/design/RULES.md
    cand = parent / "shared" / "design" / "RULES.md"
    if cand.exists():
        RULES_MD = cand
        break

SEV = {  # severities RULES.md gives each rule used here (lowest..highest it may take)
    "predetermination.closed-mind": {"review", "block"},
    "interests.declared-interest": {"review"},
    "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
    "security.credentials": {"block"},
    "gifts.hospitality": {"advice", "review"},
    "officers.impartiality": {"review"},
    "capacity.council-voice": {"review"},
    "resources.political-use": {"review"},
    "position.improper-advantage": {"review"},
    "tone.irony-risk": {"advice"},
    "respect.personal-attack": {"review", "block"},
    "defamation.allegation": {"review", "block"},
    "bullying.intimidation": {"block"},
    "haste.pause-before-posting": {"advice"},
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = [k for k in SEV][:12]
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
            "kind_of_row", "note"]


def main():
    errs = []
    council = tomllib.loads((HERE / "council.toml").read_text())
    handles = {h for h, n in council["people"]["handles"].items() if n in council["people"]["councillors"]}
    holders = council["registers"]["interest_holders"]
    rules_text = RULES_MD.read_text() if RULES_MD else None
    if rules_text is None:
        errs.append("RULES.md not found")
    table_ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", rules_text or "", re.M))
    if rules_text and len(table_ids) < 20:
        errs.append("could not read the rule tables in RULES.md")
    # meetings start at 19:00 or later
    for line in (HERE / "meetings.csv").read_text().splitlines()[1:]:
        start = datetime.fromisoformat(line.split(",")[1])
        if start.hour < 19:
            errs.append(f"meeting before 19:00: {line}")
    pend = (HERE / "pending.csv").read_text().splitlines()
    if len(pend) - 1 < 5:
        errs.append("fewer than 5 pending matters")
    if len(council["registers"]["confidential_terms"]) < 3:
        errs.append("fewer than 3 confidential terms")
    if len(holders) < 5:
        errs.append("fewer than 5 interest holders")
    ids = set()
    counts = {}
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            o = json.loads(line)
        except Exception as e:  # noqa: BLE001
            errs.append(f"line {n}: does not parse: {e}")
            continue
        for f in REQUIRED:
            if f not in o:
                errs.append(f"line {n}: missing {f}")
        i = o.get("id", "")
        if not re.fullmatch(r"B19-\d{4}", i):
            errs.append(f"{i}: bad id")
        if i in ids:
            errs.append(f"{i}: duplicate id")
        ids.add(i)
        if o.get("author") not in handles:
            errs.append(f"{i}: author not a councillor handle")
        if o.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{i}: platform")
        if o.get("account") not in ("councillor", "personal") or o.get("kind") != "post":
            errs.append(f"{i}: account/kind")
        t = datetime.fromisoformat(o["created_at"])
        if not (o["created_at"].endswith("+00:00") and t.weekday() < 5 and 8 <= t.hour <= 18
                and datetime(2026, 1, 5).date() <= t.date() <= datetime(2026, 3, 27).date()):
            errs.append(f"{i}: timestamp {o['created_at']}")
        ex = o["expect"]
        rules, allowed, verdict = ex["rules"], ex["allowed"], ex["verdict"]
        for r in rules + allowed:
            if table_ids and r not in table_ids:
                errs.append(f"{i}: rule {r} not in RULES.md tables")
            if r not in SEV:
                errs.append(f"{i}: rule {r} has no severity here")
        if set(rules) & set(allowed):
            errs.append(f"{i}: rule both expected and allowed")
        if verdict not in RANK:
            errs.append(f"{i}: verdict {verdict}")
        if not rules:
            if verdict != "ok":
                errs.append(f"{i}: no rules but verdict {verdict}")
        else:
            lo = max(min(RANK[s] for s in SEV[r]) for r in rules if r in SEV)
            hi = max(max(RANK[s] for s in SEV[r]) for r in rules if r in SEV)
            possible = set().union(*(SEV[r] for r in rules if r in SEV))
            if not (lo <= RANK[verdict] <= hi and verdict in possible):
                errs.append(f"{i}: verdict {verdict} does not fit {rules}")
        kr, fam = o["kind_of_row"], o["family"]
        if kr == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                errs.append(f"{i}: hard negative must expect nothing and be ok")
        elif kr == "positive":
            if fam not in FAMILIES or fam not in rules:
                errs.append(f"{i}: positive family {fam} not in rules")
            if fam == "interests.declared-interest":
                name = council["people"]["handles"][o["author"]]
                if name not in holders.values():
                    errs.append(f"{i}: interest positive by a non-holder")
        else:
            errs.append(f"{i}: kind_of_row {kr}")
        key = fam if kr == "positive" else "hard_negative"
        counts[key] = counts.get(key, 0) + 1
    for f in FAMILIES:
        if counts.get(f, 0) < 10:
            errs.append(f"only {counts.get(f, 0)} positives for {f}")
    if counts.get("hard_negative", 0) < 120 or len(ids) < 240:
        errs.append("too few rows")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
