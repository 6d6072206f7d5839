#!/usr/bin/env python3
"""Checks blind set b30 and prints OK."""
import json
import re
import sys
import tomllib
from datetime import datetime, date
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Severities RULES.md gives each rule (post rules and account rules).
SEVERITIES = {
    "respect.personal-attack": {"review", "block"},
    "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"},
    "equality.discrimination": {"block"},
    "officers.impartiality": {"review"},
    "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"},
    "capacity.council-voice": {"review"},
    "resources.political-use": {"review"},
    "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"},
    "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"},
    "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"},
    "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"},
    "tone.irony-risk": {"advice"},
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]


def rules_md_ids():
    for parent in [HERE, *HERE.parents]:
        p = parent / "shared" / "design" / "RULES.md"
        if p.exists():
            ids = set()
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    ids.add(m.group(1))
            return ids
    return set(SEVERITIES)


def main():
    errors = []
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council["people"]["handles"]
    authors_ok = {h for h, n in handles.items() if n != council["council"]["name"]}
    known = rules_md_ids()
    for r in SEVERITIES:
        if r not in known:
            errors.append(f"rule {r} not in RULES.md tables")
    seen = set()
    counts = {}
    lines = (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON {e}")
            continue
        for f in REQUIRED:
            if f not in o:
                errors.append(f"line {n}: missing {f}")
        rid = o.get("id", "")
        if not re.fullmatch(r"b30-\d{3}", rid):
            errors.append(f"{rid}: bad id")
        if rid in seen:
            errors.append(f"{rid}: duplicate id")
        seen.add(rid)
        if not o.get("text", "").strip():
            errors.append(f"{rid}: empty text")
        if o.get("author") not in authors_ok:
            errors.append(f"{rid}: author {o.get('author')} not a councillor handle")
        if o.get("platform") not in {"x", "facebook", "bluesky"}:
            errors.append(f"{rid}: platform")
        if o.get("account") not in {"councillor", "personal"}:
            errors.append(f"{rid}: account")
        if o.get("kind") != "post":
            errors.append(f"{rid}: kind")
        try:
            ts = datetime.fromisoformat(o["created_at"])
            if ts.utcoffset() is None or ts.utcoffset().total_seconds() != 0:
                errors.append(f"{rid}: offset must be +00:00")
            if ts.weekday() >= 5 or not (8 <= ts.hour <= 18):
                errors.append(f"{rid}: not a weekday 08:00-18:59")
            if not (date(2026, 1, 5) <= ts.date() <= date(2026, 3, 27)):
                errors.append(f"{rid}: outside 5 Jan - 27 Mar 2026")
        except (KeyError, ValueError, TypeError):
            errors.append(f"{rid}: bad created_at")
        ex = o.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for r in rules + allowed:
            if r not in known or r not in SEVERITIES:
                errors.append(f"{rid}: unknown rule {r}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errors.append(f"{rid}: repeated rule")
        if set(rules) & set(allowed):
            errors.append(f"{rid}: rule both expected and allowed")
        if verdict not in ORDER:
            errors.append(f"{rid}: bad verdict {verdict}")
            continue
        if not rules:
            if verdict != "ok":
                errors.append(f"{rid}: no rules but verdict {verdict}")
        else:
            lo = max(min(ORDER[s] for s in SEVERITIES[r]) for r in rules if r in SEVERITIES)
            possible = set().union(*(SEVERITIES[r] for r in rules if r in SEVERITIES))
            if verdict not in possible or ORDER[verdict] < lo:
                errors.append(f"{rid}: verdict {verdict} does not fit {rules}")
        kor, fam = o.get("kind_of_row"), o.get("family")
        counts[kor] = counts.get(kor, 0) + 1
        if kor == "positive":
            if fam != "data-protection.personal-data" or fam not in rules:
                errors.append(f"{rid}: positive without its family rule")
        elif kor in {"hard_negative", "filler"}:
            if fam != "hard_negative" or rules or verdict != "ok":
                errors.append(f"{rid}: {kor} must be family hard_negative, no rules, ok")
        else:
            errors.append(f"{rid}: bad kind_of_row {kor}")
    if counts.get("positive", 0) < 50 or counts.get("hard_negative", 0) < 50 or counts.get("filler", 0) < 15:
        errors.append(f"counts too low: {counts}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
