#!/usr/bin/env python3
"""Checks blind set b37. Prints OK or the problems found."""
import json
import os
import re
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))

# Rule ids and the severities RULES.md gives them (single-post and account tables).
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
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
FAMILIES = {"defamation.allegation", "respect.personal-attack", "bullying.intimidation",
            "equality.discrimination", "respect.abusive-language", "hard_negative", "filler"}
OBFUSCATIONS = {"asterisk", "digit", "zero-width-space", "spaced-letters", "cyrillic-homoglyph"}


def rules_md_ids():
    """If RULES.md can be found above this folder, read the rule ids from its tables."""
    d = HERE
    for _ in range(8):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            ids = set()
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    ids.add(m.group(1))
            return ids
        d = os.path.dirname(d)
    return None


def handles():
    try:
        import tomllib
        with open(os.path.join(HERE, "council.toml"), "rb") as f:
            return set(tomllib.load(f)["people"]["handles"])
    except ImportError:
        txt = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
        sec = txt.split("[people.handles]", 1)[1]
        return set(re.findall(r'^"(@[^"]+)"\s*=', sec, re.M))


def main():
    errs = []
    hs = handles()
    md = rules_md_ids()
    if md is not None:
        for rid in SEVERITIES:
            if rid not in md:
                errs.append("rule %s not in RULES.md tables" % rid)
    lo = datetime(2026, 1, 5, tzinfo=timezone.utc)
    hi = datetime(2026, 3, 28, tzinfo=timezone.utc)
    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errs.append("line %d does not parse: %s" % (n, e))
    ids = set()
    by_id = {}
    for row in rows:
        rid = row.get("id", "?")
        for k in REQUIRED:
            if k not in row:
                errs.append("%s: missing %s" % (rid, k))
        if not re.fullmatch(r"b37-\d{3}", str(rid)):
            errs.append("%s: id does not match b37-NNN" % rid)
        if rid in ids:
            errs.append("%s: duplicate id" % rid)
        ids.add(rid)
        by_id[rid] = row
        if row.get("author") not in hs:
            errs.append("%s: author %r not a handle in council.toml" % (rid, row.get("author")))
        if row.get("platform") not in {"x", "facebook", "bluesky"}:
            errs.append("%s: platform" % rid)
        if row.get("account") not in {"councillor", "personal"}:
            errs.append("%s: account" % rid)
        if row.get("kind") != "post":
            errs.append("%s: kind" % rid)
        try:
            ts = datetime.fromisoformat(row["created_at"])
            if ts.utcoffset() != timedelta(0):
                errs.append("%s: offset not +00:00" % rid)
            if not (lo <= ts < hi):
                errs.append("%s: date out of range" % rid)
            if ts.weekday() >= 5:
                errs.append("%s: weekend" % rid)
            if not (8 <= ts.hour <= 18):
                errs.append("%s: hour out of 08-18" % rid)
        except Exception as e:
            errs.append("%s: created_at %s" % (rid, e))
        exp = row.get("expect", {})
        rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            errs.append("%s: expect.rules/allowed must be lists" % rid)
            continue
        for r in rules + allowed:
            if r not in SEVERITIES:
                errs.append("%s: unknown rule %s" % (rid, r))
        if set(rules) & set(allowed):
            errs.append("%s: rule both expected and allowed" % rid)
        if len(set(rules)) != len(rules):
            errs.append("%s: duplicate rule" % rid)
        if verdict not in RANK:
            errs.append("%s: verdict %r" % (rid, verdict))
            continue
        if not rules:
            if verdict != "ok":
                errs.append("%s: no rules but verdict %s" % (rid, verdict))
        else:
            floor = max(min(RANK[s] for s in SEVERITIES[r]) for r in rules if r in SEVERITIES)
            ceil = max(max(RANK[s] for s in SEVERITIES[r]) for r in rules if r in SEVERITIES)
            possible = set().union(*(SEVERITIES[r] for r in rules if r in SEVERITIES))
            if not (floor <= RANK[verdict] <= ceil) or verdict not in possible:
                errs.append("%s: verdict %s does not fit %s" % (rid, verdict, rules))
        fam, kor = row.get("family"), row.get("kind_of_row")
        if fam not in FAMILIES:
            errs.append("%s: family %s" % (rid, fam))
        if kor in ("hard_negative", "filler"):
            if rules or verdict != "ok":
                errs.append("%s: %s must expect no rules and ok" % (rid, kor))
            if fam != kor:
                errs.append("%s: family/kind_of_row mismatch" % rid)
        elif kor == "positive":
            if fam not in rules:
                errs.append("%s: family rule not in expect.rules" % rid)
        else:
            errs.append("%s: kind_of_row %s" % (rid, kor))
        if fam == "defamation.allegation" and not re.match(r"\[(idiom|plain)\]", row.get("note", "")):
            errs.append("%s: allegation note must start with [idiom] or [plain]" % rid)
        if not row.get("note"):
            errs.append("%s: empty note" % rid)
    for row in rows:
        if "variant_of" in row:
            rid = row["id"]
            o = by_id.get(row["variant_of"])
            if o is None or "variant_of" in o:
                errs.append("%s: variant_of does not point at an original" % rid)
                continue
            if row.get("obfuscation") not in OBFUSCATIONS:
                errs.append("%s: obfuscation %r" % (rid, row.get("obfuscation")))
            for k in ("expect", "author", "family", "kind_of_row"):
                if row[k] != o[k]:
                    errs.append("%s: %s differs from original" % (rid, k))
            if row["text"] == o["text"]:
                errs.append("%s: variant text equals original" % rid)
            if row["obfuscation"] == "zero-width-space" and "\u200b" not in row["text"]:
                errs.append("%s: no U+200B" % rid)
            if row["obfuscation"] == "cyrillic-homoglyph" and not re.search("[\u0400-\u04ff]", row["text"]):
                errs.append("%s: no Cyrillic letter" % rid)
        elif "obfuscation" in row:
            errs.append("%s: obfuscation without variant_of" % row["id"])
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
