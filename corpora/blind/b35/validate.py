#!/usr/bin/env python3
"""Check blind set b35. Prints OK when every check passes."""
import csv
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
# RULES.md is looked for in the nearest folder above this one that holds shared/design/RULES.md
RULES_MD = next((p / "shared" / "design" / "RULES.md" for p in HERE.parents
                 if (p / "shared" / "design" / "RULES.md").exists()), None)
errors = []

def err(msg):
    errors.append(msg)

# severities per rule, as RULES.md gives them (min..max)
SEVERITY = {
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"), "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"), "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"), "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"), "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"), "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"), "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"), "tone.irony-risk": ("advice", "advice"),
    "association.endorsed-content": ("advice", "review"),
    "harassment.repeated-target": ("block", "block"), "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = {"officers.impartiality", "resources.political-use", "position.improper-advantage", "gifts.hospitality",
            "capacity.council-voice", "confidentiality.insider-advantage", "predetermination.closed-mind",
            "interests.declared-interest", "data-protection.personal-data", "security.credentials",
            "confidentiality.disclosure", "tone.irony-risk"}

# rule ids named in RULES.md's tables (when the repository copy is reachable)
rule_ids = set(SEVERITY)
for cand in [RULES_MD]:
    if cand and Path(cand).exists():
        ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", Path(cand).read_text(encoding="utf-8"), re.M))
        if ids:
            missing = set(SEVERITY) - ids
            if missing:
                err("rule ids not in RULES.md: %s" % sorted(missing))
            rule_ids = ids
        break

council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
handles = council["people"]["handles"]
PERSONAL = {"@roystainby_angling", "@bevs_bakes"}
regs = council["registers"]
terms = regs["confidential_terms"]
holders = regs["interest_holders"]
# words a post may use for each registered interest
INTEREST_ALIASES = {
    "Skelworth Grain Ltd": ["Skelworth Grain", "grain hauliers"], "Mardleby Harbour Trust": ["Harbour Trust"],
    "Fendyke Internal Drainage Board": ["IDB", "Drainage Board", "drainage levy"],
    "Saltings Holiday Park": ["holiday park"], "Brantwold Community Housing": ["Brantwold Community Housing"],
    "Unison East Lindmarsh branch": ["Unison"], "Crowcotes Garden Centre": ["Garden Centre", "garden centre"],
    "Hallowby Youth Sports Trust": ["Youth Sports Trust"],
}
for k in holders:
    if k not in regs["interests"]:
        err("interest holder for unregistered interest %s" % k)

pending = list(csv.DictReader(open(HERE / "pending.csv", encoding="utf-8")))
meetings = list(csv.DictReader(open(HERE / "meetings.csv", encoding="utf-8")))
# the words by which a post names each pending matter (reference, or the distinctive part of its address)
PENDING_ALIASES = {
    "ELD/25/0912/FUL": ["Tothill Road"], "ELD/25/1044/FUL": ["Saltings Marsh"],
    "ELD/26/0031/COU": ["old Co-op on Market Street", "gaming centre"], "LIC/26/0007": ["Wheatsheaf"],
    "LIC/26/0015": ["Skelworth High Street", "kebab"], "ELD/25/0988/OUT": ["Hall Farm"],
    "ELD/26/0102/FUL": ["Fendyke Quarry"], "ELD/26/0077/FUL": ["Hallowby Retail Park", "Kestrel Coffee"],
    "ELD/25/1120/FUL": ["Crowcotes Lane Paddock", "Paddock application"],
}
for p in pending:
    if p["reference"] not in PENDING_ALIASES:
        err("pending matter without aliases: %s" % p["reference"])
meet_spans = [(dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])) for m in meetings]
for s, e in meet_spans:
    if s.hour < 19:
        err("meeting not in the evening: %s" % s)

def names_pending(text):
    return any(a.lower() in text.lower() for p in pending for a in PENDING_ALIASES[p["reference"]] + [p["reference"]])

REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]
ids = set()
latest = None
lines = (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
for ln, line in enumerate(lines, 1):
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        err("line %d: bad JSON (%s)" % (ln, e))
        continue
    rid = r.get("id", "?")
    for f in REQUIRED:
        if f not in r or r[f] in (None, ""):
            err("%s: missing %s" % (rid, f))
    if not re.fullmatch(r"b35-\d{3}", rid):
        err("%s: id pattern" % rid)
    if rid in ids:
        err("%s: duplicate id" % rid)
    ids.add(rid)
    text = r["text"]
    if r["author"] not in handles:
        err("%s: author %s not in council.toml" % (rid, r["author"]))
    if r["account"] not in ("councillor", "personal"):
        err("%s: account" % rid)
    if (r["account"] == "personal") != (r["author"] in PERSONAL):
        err("%s: personal account must use a personal handle" % rid)
    if r["platform"] not in ("x", "facebook", "bluesky") or r["kind"] != "post":
        err("%s: platform/kind" % rid)
    # timestamps
    ts = r["created_at"]
    if not ts.endswith("+00:00"):
        err("%s: offset must be +00:00" % rid)
    t = dt.datetime.fromisoformat(ts)
    if t.weekday() > 4 or not (8 <= t.hour <= 18):
        err("%s: timestamp not weekday 08:00-18:59" % rid)
    if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
        err("%s: timestamp out of range" % rid)
    if any(s <= t <= e for s, e in meet_spans):
        err("%s: timestamp inside a meeting" % rid)
    latest = max(latest, t) if latest else t
    # labels
    ex = r["expect"]
    rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
    if not isinstance(rules, list) or not isinstance(allowed, list):
        err("%s: rules/allowed must be lists" % rid)
        continue
    for x in rules + allowed:
        if x not in rule_ids or x not in SEVERITY:
            err("%s: unknown rule %s" % (rid, x))
    if set(rules) & set(allowed):
        err("%s: rule both expected and allowed" % rid)
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err("%s: duplicate rule" % rid)
    if verdict not in RANK:
        err("%s: verdict %s" % (rid, verdict))
        continue
    if not rules:
        if verdict != "ok":
            err("%s: no rules but verdict %s" % (rid, verdict))
    else:
        lo = max(RANK[SEVERITY[x][0]] for x in rules if x in SEVERITY)
        hi = max(RANK[SEVERITY[x][1]] for x in rules if x in SEVERITY)
        if not (lo <= RANK[verdict] <= hi):
            err("%s: verdict %s does not fit %s" % (rid, verdict, rules))
    kor = r["kind_of_row"]
    if kor == "positive":
        if r["family"] not in FAMILIES or r["family"] not in rules:
            err("%s: positive family not in rules" % rid)
    elif kor == "hard_negative":
        if r["family"] != "hard_negative" or rules or verdict != "ok":
            err("%s: hard negative must expect nothing and ok" % rid)
        if r.get("near_miss_of") not in FAMILIES:
            err("%s: near_miss_of" % rid)
    elif kor == "filler":
        if r["family"] != "filler" or rules or verdict != "ok":
            err("%s: filler must expect nothing" % rid)
    else:
        err("%s: kind_of_row %s" % (rid, kor))
    # registers
    if any(tm.lower() in text.lower() for tm in terms):
        if "confidentiality.disclosure" not in rules or verdict != "block":
            err("%s: names a confidential term but is not a disclosure block" % rid)
    if "confidentiality.disclosure" in rules and verdict == "block" and not any(tm.lower() in text.lower() for tm in terms):
        if not ({"security.credentials", "data-protection.personal-data"} & set(rules)):
            err("%s: disclosure block without a register match" % rid)
    if "predetermination.closed-mind" in rules:
        named = names_pending(text)
        other_block = any(x != "predetermination.closed-mind" and SEVERITY[x][1] == "block" for x in rules)
        if named and verdict != "block":
            err("%s: predetermination naming a pending matter must block" % rid)
        if not named and verdict == "block" and not other_block:
            err("%s: predetermination block without a pending matter" % rid)
    if "interests.declared-interest" in rules:
        person = handles[r["author"]]
        mine = [i for i, h in holders.items() if h == person]
        if not any(a in text for i in mine for a in INTEREST_ALIASES[i]):
            err("%s: declared-interest positive not written by a holder of the interest it names" % rid)
    if "01632 960118" in text and r["author"] != "@JanetCawkwellLD":
        err("%s: [self] phone posted by someone else" % rid)

for p in pending:
    if latest and dt.date.fromisoformat(p["decision_date"]) <= latest.date():
        err("pending %s decided before the last post" % p["reference"])

if errors:
    for e in errors[:50]:
        print(e)
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("OK")
