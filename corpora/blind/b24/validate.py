#!/usr/bin/env python3
"""Checks blind batch b24 (posts.jsonl against council.toml and RULES.md). Prints OK."""
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE
for cand in [HERE, *HERE.parents]:
    if (cand / "shared" / "design" / "RULES.md").exists():
        ROOT = cand
        break
RULES_MD = ROOT / "shared" / "design" / "RULES.md"

ORDER = ["ok", "advice", "review", "block"]
# Severity range (lowest, highest) per rule, from the RULES.md tables.
RANGE = {
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
    "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
FAMILIES = {"equality.discrimination", "respect.personal-attack", "bullying.intimidation", "hard_negative"}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    if council["council"].get("code") != "bexley":
        fail("council code must be bexley")
    rule_ids = set()
    if RULES_MD.exists():
        rule_ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", RULES_MD.read_text(encoding="utf-8"), re.M))
        missing = set(RANGE) - rule_ids
        if missing:
            fail(f"severity table names rules not in RULES.md: {missing}")
    else:
        rule_ids = set(RANGE)
    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            fail(f"line {n} does not parse: {e}")
    ids = set()
    start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    by_id = {r.get("id"): r for r in rows}
    counts = {}
    hostile_pairs = {}
    for r in rows:
        for f in REQUIRED:
            if f not in r:
                fail(f"{r.get('id')}: missing field {f}")
        rid = r["id"]
        if not re.fullmatch(r"b24-\d{3}", rid):
            fail(f"bad id {rid}")
        if rid in ids:
            fail(f"duplicate id {rid}")
        ids.add(rid)
        if not r["text"].strip():
            fail(f"{rid}: empty text")
        if r["author"] not in handles or handles[r["author"]] not in councillors:
            fail(f"{rid}: author {r['author']} is not a councillor handle in council.toml")
        if r["platform"] not in ("x", "facebook", "bluesky"):
            fail(f"{rid}: platform")
        if r["account"] not in ("councillor", "personal"):
            fail(f"{rid}: account")
        if r["kind"] != "post":
            fail(f"{rid}: kind")
        t = dt.datetime.fromisoformat(r["created_at"])
        if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
            fail(f"{rid}: timestamp must be +00:00")
        if not (start <= t.date() <= end) or t.weekday() > 4 or not (8 <= t.hour <= 18):
            fail(f"{rid}: timestamp {r['created_at']} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        e = r["expect"]
        rules, allowed, verdict = e.get("rules"), e.get("allowed"), e.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            fail(f"{rid}: rules/allowed must be lists")
        for x in rules + allowed:
            if x not in rule_ids or x not in RANGE:
                fail(f"{rid}: unknown rule {x}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            fail(f"{rid}: duplicate rule")
        if set(rules) & set(allowed):
            fail(f"{rid}: rule both expected and allowed: {set(rules) & set(allowed)}")
        if verdict not in ORDER:
            fail(f"{rid}: verdict {verdict}")
        if rules:
            lo = max(ORDER.index(RANGE[x][0]) for x in rules)
            hi = max(ORDER.index(RANGE[x][1]) for x in rules)
            if not (lo <= ORDER.index(verdict) <= hi):
                fail(f"{rid}: verdict {verdict} does not fit {rules}")
        elif verdict != "ok":
            fail(f"{rid}: no rules but verdict {verdict}")
        fam, kor = r["family"], r["kind_of_row"]
        if fam not in FAMILIES:
            fail(f"{rid}: family {fam}")
        if kor not in ("positive", "hard_negative", "filler"):
            fail(f"{rid}: kind_of_row {kor}")
        if fam == "hard_negative":
            if kor != "hard_negative" or rules or verdict != "ok":
                fail(f"{rid}: hard negatives expect no rules and ok")
        else:
            if kor != "positive" or fam not in rules:
                fail(f"{rid}: positive must expect its family rule")
        if "variant_of" in r:
            o = by_id.get(r["variant_of"])
            if o is None or "variant_of" in o:
                fail(f"{rid}: variant_of must name an original row")
            if o["expect"] != e or o["family"] != fam:
                fail(f"{rid}: variant labels differ from original")
            if o["text"] == r["text"]:
                fail(f"{rid}: variant text equals original")
            if o["author"] == r["author"]:
                fail(f"{rid}: variant has the same author as its original")
        key = (fam if "variant_of" not in r else fam + "+variant")
        counts[key] = counts.get(key, 0) + 1
    # minimum counts from the brief
    need = {"equality.discrimination": 40, "hard_negative": 110, "respect.personal-attack": 30,
            "bullying.intimidation": 30}
    for k, v in need.items():
        if counts.get(k, 0) < v:
            fail(f"too few rows of {k}: {counts.get(k, 0)} < {v}")
    if sum(1 for r in rows if "variant_of" in r) < 10:
        fail("fewer than 10 variants")
    print("counts:", dict(sorted(counts.items())), "total", len(rows))
    print("OK")


if __name__ == "__main__":
    main()
