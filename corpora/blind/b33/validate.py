#!/usr/bin/env python3
"""Validate blind set b33. Prints OK or a list of problems."""
import json
import os
import re
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# rule -> (lowest, highest) severity RULES.md gives it
RULE_SEV = {
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
    "association.endorsed-content": ("advice", "review"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]


def rules_md_ids():
    """Rule ids from RULES.md's tables when the file can be found; else the list above."""
    for rel in ["../../shared/design/RULES.md", "../../../shared/design/RULES.md",
                "../../../../shared/design/RULES.md", "../shared/design/RULES.md"]:
        p = os.path.normpath(os.path.join(HERE, rel))
        if os.path.exists(p):
            ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", open(p, encoding="utf-8").read(), re.M))
            return ids, p
    return set(RULE_SEV), None


def handles():
    txt = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    sec = txt.split("[people.handles]", 1)[1].split("\n[", 1)[0]
    return set(re.findall(r'^"(@[^"]+)"\s*=', sec, re.M))


def main():
    errs = []
    ids_md, src = rules_md_ids()
    if src:
        missing = set(RULE_SEV) - ids_md
        if missing:
            errs.append(f"severity table has ids not in RULES.md: {sorted(missing)}")
    hs = handles()
    seen = set()
    lo = datetime(2026, 1, 5, tzinfo=timezone.utc)
    hi = datetime(2026, 3, 28, tzinfo=timezone.utc)
    n = 0
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                o = json.loads(line)
            except Exception as e:
                errs.append(f"line {ln}: bad json {e}")
                continue
            for k in REQUIRED:
                if k not in o:
                    errs.append(f"line {ln}: missing {k}")
            i = o.get("id", "")
            if not re.fullmatch(r"b33-\d{3}", i):
                errs.append(f"line {ln}: bad id {i}")
            if i in seen:
                errs.append(f"line {ln}: duplicate id {i}")
            seen.add(i)
            if o.get("author") not in hs:
                errs.append(f"{i}: author {o.get('author')} not in council.toml")
            if o.get("platform") not in ("x", "facebook", "bluesky"):
                errs.append(f"{i}: platform")
            if o.get("account") not in ("councillor", "personal") or o.get("kind") != "post":
                errs.append(f"{i}: account/kind")
            try:
                t = datetime.fromisoformat(o["created_at"])
                if t.utcoffset() is None or t.utcoffset().total_seconds() != 0:
                    errs.append(f"{i}: offset must be +00:00")
                if not (lo <= t < hi) or t.weekday() > 4 or not (8 <= t.hour <= 18):
                    errs.append(f"{i}: timestamp outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
            except Exception as e:
                errs.append(f"{i}: created_at {e}")
            ex = o.get("expect", {})
            rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
            for r in rules + allowed:
                if r not in ids_md or r not in RULE_SEV:
                    errs.append(f"{i}: unknown rule {r}")
            if set(rules) & set(allowed):
                errs.append(f"{i}: rule both expected and allowed")
            if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
                errs.append(f"{i}: duplicate rule")
            if verdict not in SEV:
                errs.append(f"{i}: verdict {verdict}")
            elif not rules:
                if verdict != "ok":
                    errs.append(f"{i}: no rules but verdict {verdict}")
            else:
                lo_v = max(SEV[RULE_SEV[r][0]] for r in rules if r in RULE_SEV)
                hi_v = max(SEV[RULE_SEV[r][1]] for r in rules if r in RULE_SEV)
                if not (lo_v <= SEV[verdict] <= hi_v):
                    errs.append(f"{i}: verdict {verdict} does not fit {rules}")
            kr, fam = o.get("kind_of_row"), o.get("family")
            if kr == "positive":
                if fam not in rules:
                    errs.append(f"{i}: family rule not expected")
                if fam != "bullying.intimidation":
                    errs.append(f"{i}: unexpected family {fam}")
            elif kr in ("hard_negative", "filler"):
                if rules or verdict != "ok":
                    errs.append(f"{i}: {kr} must expect no rules and ok")
                if fam != ("hard_negative" if kr == "hard_negative" else "filler"):
                    errs.append(f"{i}: family {fam} for {kr}")
            else:
                errs.append(f"{i}: kind_of_row {kr}")
            if not o.get("text", "").strip() or not o.get("note", "").strip():
                errs.append(f"{i}: empty text or note")
    if n == 0:
        errs.append("empty file")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
