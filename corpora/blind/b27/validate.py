#!/usr/bin/env python3
"""Check blind set b27. Prints OK, or the problems found."""
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
# severities per RULES.md (shared/design/RULES.md); lowest and highest each rule may take
SEV = {
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
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
FAMILIES = {"equality.discrimination", "respect.personal-attack", "bullying.intimidation",
            "defamation.allegation", "respect.abusive-language", "hard_negative"}


def main():
    errs = []
    cands = [os.path.join(HERE, *([".."] * k), "shared", "design", "RULES.md") for k in (2, 3, 4)]
    for cand in cands:
        if os.path.exists(cand):
            table_ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", open(cand).read(), re.M))
            missing = set(SEV) - table_ids
            if missing:
                errs.append(f"severity table has ids not in RULES.md: {sorted(missing)}")
            break
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    people = council["people"]
    handles = {h for h, n in people["handles"].items() if n in people["councillors"]}
    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: {e}")
    ids = set()
    byid = {r.get("id"): r for r in rows}
    lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        i = r.get("id")
        for k in REQUIRED:
            if k not in r:
                errs.append(f"{i}: missing {k}")
        if not re.fullmatch(r"b27-\d{3}", str(i)):
            errs.append(f"{i}: bad id")
        if i in ids:
            errs.append(f"{i}: duplicate id")
        ids.add(i)
        if not r.get("text", "").strip():
            errs.append(f"{i}: empty text")
        if r.get("author") not in handles:
            errs.append(f"{i}: author {r.get('author')} not a councillor handle")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{i}: platform")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            errs.append(f"{i}: account/kind")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
                errs.append(f"{i}: offset must be +00:00")
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (lo <= t.date() <= hi):
                errs.append(f"{i}: timestamp outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        except (KeyError, ValueError, TypeError):
            errs.append(f"{i}: created_at")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            errs.append(f"{i}: rules/allowed must be lists")
            continue
        for rule in rules + allowed:
            if rule not in SEV:
                errs.append(f"{i}: unknown rule {rule}")
        if set(rules) & set(allowed):
            errs.append(f"{i}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errs.append(f"{i}: duplicate rule")
        if verdict not in RANK:
            errs.append(f"{i}: verdict {verdict}")
            continue
        fam, kor = r.get("family"), r.get("kind_of_row")
        if fam not in FAMILIES:
            errs.append(f"{i}: family {fam}")
        if fam == "hard_negative":
            if rules or verdict != "ok" or kor != "hard_negative":
                errs.append(f"{i}: hard negative must expect no rules, ok")
        else:
            if fam not in rules or kor != "positive":
                errs.append(f"{i}: positive must expect its family rule")
            lows = max(RANK[SEV[x][0]] for x in rules if x in SEV)
            highs = max(RANK[SEV[x][1]] for x in rules if x in SEV)
            if not (lows <= RANK[verdict] <= highs):
                errs.append(f"{i}: verdict {verdict} does not fit severities of {rules}")
        if "variant_of" in r:
            o = byid.get(r["variant_of"])
            if o is None or "variant_of" in o:
                errs.append(f"{i}: variant_of must point at an original")
            elif o["expect"] != r["expect"] or o["family"] != fam or o["author"] != r["author"]:
                errs.append(f"{i}: variant labels/author differ from original")
            elif o["text"] == r["text"] or fam == "hard_negative":
                errs.append(f"{i}: variant identical or of a hard negative")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
