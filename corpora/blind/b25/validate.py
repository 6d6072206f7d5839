#!/usr/bin/env python3
"""Check blind set b25 (posts.jsonl against council.toml and RULES.md). Prints OK."""
import datetime as dt
import json
import os
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_RE = re.compile(r"^b25-\d{3}$")
SEVERITIES = {  # (lowest, highest) per RULES.md
    "respect.personal-attack": ("review", "block"),
    "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"),
    "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"),
    "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"),
    "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"),
    "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"),
    "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"),
    "tone.irony-risk": ("advice", "advice"),
    "harassment.repeated-target": ("block", "block"),
}
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind",
            "expect", "family", "kind_of_row", "note"]
FIRST, LAST = dt.date(2026, 1, 5), dt.date(2026, 3, 27)


def find_rules_md():
    env = os.environ.get("RULES_MD")
    if env:
        return Path(env)
    for p in [HERE, *HERE.parents]:
        c = p / "shared" / "design" / "RULES.md"
        if c.exists():
            return c
    sys.exit("RULES.md not found (set RULES_MD)")


def main():
    errs = []
    rules_md = find_rules_md().read_text(encoding="utf-8")
    table_ids = set(re.findall(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", rules_md, re.M))
    for rid in SEVERITIES:
        if rid not in table_ids:
            errs.append(f"severity table names {rid}, not in RULES.md")
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = set(council["people"]["handles"])
    assert council["council"]["code"] == "bexley"
    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"line {n}: {e}")
    by_id = {}
    for r in rows:
        rid = r.get("id", "?")
        for f in REQUIRED:
            if f not in r:
                errs.append(f"{rid}: missing {f}")
        if not ID_RE.match(str(rid)):
            errs.append(f"{rid}: bad id")
        if rid in by_id:
            errs.append(f"{rid}: duplicate id")
        by_id[rid] = r
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            errs.append(f"{rid}: empty text")
        if r.get("author") not in handles:
            errs.append(f"{rid}: author {r.get('author')} not in council.toml")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{rid}: platform")
        if r.get("account") not in ("councillor", "personal"):
            errs.append(f"{rid}: account")
        if r.get("kind") != "post":
            errs.append(f"{rid}: kind")
        ts = r.get("created_at", "")
        try:
            t = dt.datetime.fromisoformat(ts)
            if not ts.endswith("+00:00"):
                errs.append(f"{rid}: offset must be +00:00")
            if t.weekday() >= 5 or not (8 <= t.hour <= 18) or not (FIRST <= t.date() <= LAST):
                errs.append(f"{rid}: timestamp {ts} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        except ValueError:
            errs.append(f"{rid}: created_at {ts!r}")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in table_ids:
                errs.append(f"{rid}: rule {x} not in RULES.md")
            if x not in SEVERITIES:
                errs.append(f"{rid}: no severity for {x}")
        if set(rules) & set(allowed):
            errs.append(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errs.append(f"{rid}: duplicate rule")
        if verdict not in LEVEL:
            errs.append(f"{rid}: verdict {verdict}")
            continue
        if rules:
            lo = max(LEVEL[SEVERITIES[x][0]] for x in rules if x in SEVERITIES)
            hi = max(LEVEL[SEVERITIES[x][1]] for x in rules if x in SEVERITIES)
            if not lo <= LEVEL[verdict] <= hi:
                errs.append(f"{rid}: verdict {verdict} does not fit {rules}")
        elif verdict != "ok":
            errs.append(f"{rid}: no rules but verdict {verdict}")
        kor = r.get("kind_of_row")
        if kor not in ("positive", "hard_negative", "filler"):
            errs.append(f"{rid}: kind_of_row {kor}")
        if kor == "hard_negative" or r.get("family") == "hard_negative":
            if rules or verdict != "ok" or kor != "hard_negative" or r.get("family") != "hard_negative":
                errs.append(f"{rid}: hard negative must expect no rules and ok")
        if kor == "positive" and r.get("family") not in rules:
            errs.append(f"{rid}: family rule not expected")
    for r in rows:
        if "variant_of" in r:
            o = by_id.get(r["variant_of"])
            if o is None or "variant_of" in o:
                errs.append(f"{r['id']}: variant_of must name an original")
            elif o["expect"] != r["expect"] or o["family"] != r["family"]:
                errs.append(f"{r['id']}: variant labels differ from {o['id']}")
            elif o["text"] == r["text"]:
                errs.append(f"{r['id']}: variant text identical")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
