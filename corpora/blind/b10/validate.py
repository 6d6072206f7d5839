#!/usr/bin/env python3
"""Checks blind set b10 (posts.jsonl against council.toml and RULES.md). Prints OK."""
import datetime as dt
import json
import re
import sys
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# (lowest, highest) severity RULES.md gives each single-post rule
SEVERITY = {
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
FAMILIES = {"respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation", "hard_negative"}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
            "kind_of_row", "note"]


def rules_md_ids():
    """Rule ids from the tables of shared/design/RULES.md, if it can be found above this folder."""
    for parent in [HERE] + list(HERE.parents):
        for cand in (parent / "shared" / "design" / "RULES.md", parent / "design" / "RULES.md"):
            if cand.is_file():
                ids = set(re.findall(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", cand.read_text(encoding="utf-8"), re.M))
                return ids
    return None


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def main():
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    author_handles = {h for h, n in handles.items() if n in councillors}
    md_ids = rules_md_ids()
    if md_ids is not None:
        missing = set(SEVERITY) - md_ids
        if missing:
            fail("rule ids not in RULES.md tables: %s" % sorted(missing))
    rows = []
    with open(HERE / "posts.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                fail("line %d does not parse: %s" % (n, e))
    ids = set()
    by_id = {}
    start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        for k in REQUIRED:
            if k not in r:
                fail("%s lacks %s" % (r.get("id"), k))
        rid = r["id"]
        if not re.fullmatch(r"B10-\d{4}", rid):
            fail("bad id %s" % rid)
        if rid in ids:
            fail("duplicate id %s" % rid)
        ids.add(rid)
        by_id[rid] = r
        if not isinstance(r["text"], str) or not r["text"].strip():
            fail("%s empty text" % rid)
        if r["author"] not in author_handles:
            fail("%s author %s is not a councillor handle" % (rid, r["author"]))
        if r["platform"] not in ("x", "facebook", "bluesky"):
            fail("%s platform" % rid)
        if r["account"] != "councillor" or r["kind"] != "post":
            fail("%s account/kind" % rid)
        if not r["created_at"].endswith("+00:00"):
            fail("%s offset" % rid)
        t = dt.datetime.fromisoformat(r["created_at"])
        if t.utcoffset() != dt.timedelta(0):
            fail("%s offset" % rid)
        if t.weekday() >= 5 or not (8 <= t.hour <= 18) or not (start <= t.date() <= end):
            fail("%s timestamp %s outside weekday 08:00-18:59, 5 Jan-27 Mar 2026" % (rid, r["created_at"]))
        e = r["expect"]
        for k in ("rules", "allowed", "verdict"):
            if k not in e:
                fail("%s expect lacks %s" % (rid, k))
        rules, allowed, verdict = e["rules"], e["allowed"], e["verdict"]
        for rule in rules + allowed:
            if rule not in SEVERITY:
                fail("%s unknown rule %s" % (rid, rule))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            fail("%s repeated rule" % rid)
        if set(rules) & set(allowed):
            fail("%s rule both expected and allowed: %s" % (rid, set(rules) & set(allowed)))
        if verdict not in ORDER:
            fail("%s verdict %s" % (rid, verdict))
        if rules:
            lo = max(ORDER[SEVERITY[x][0]] for x in rules)
            hi = max(ORDER[SEVERITY[x][1]] for x in rules)
            if not (lo <= ORDER[verdict] <= hi):
                fail("%s verdict %s does not fit rules %s" % (rid, verdict, rules))
        elif verdict != "ok":
            fail("%s no rules but verdict %s" % (rid, verdict))
        fam = r["family"]
        if fam not in FAMILIES:
            fail("%s family %s" % (rid, fam))
        if fam == "hard_negative":
            if rules or verdict != "ok" or r["kind_of_row"] != "hard_negative":
                fail("%s hard negative must expect no rules and ok" % rid)
        else:
            if fam not in rules:
                fail("%s family rule %s not expected" % (rid, fam))
            if r["kind_of_row"] != "positive":
                fail("%s kind_of_row" % rid)
    for r in rows:
        if "variant_of" in r:
            o = by_id.get(r["variant_of"])
            if o is None or "variant_of" in o:
                fail("%s variant_of does not point at an original" % r["id"])
            if o["text"] == r["text"]:
                fail("%s variant text equals original" % r["id"])
            ea, eo = r["expect"], o["expect"]
            extra = set(ea["allowed"]) - set(eo["allowed"])
            caps = r["text"] == " ".join(w if w.startswith("@") else w.upper() for w in o["text"].split(" "))
            if ea["rules"] != eo["rules"] or ea["verdict"] != eo["verdict"] or set(eo["allowed"]) - set(ea["allowed"]):
                fail("%s labels differ from original" % r["id"])
            if extra and not (caps and extra == {"haste.pause-before-posting"}):
                fail("%s extra allowed rules %s" % (r["id"], extra))
            if r["family"] != o["family"] or r["author"] != o["author"]:
                fail("%s family/author differ from original" % r["id"])
    n_pos = sum(1 for r in rows if r["family"] != "hard_negative")
    if len(rows) < 330:
        fail("only %d rows" % len(rows))
    print("OK (%d rows: %d positive incl. variants, %d hard negatives)" % (len(rows), n_pos, len(rows) - n_pos))


if __name__ == "__main__":
    main()
