#!/usr/bin/env python3
"""Check blind set b41. Prints OK, or the problems found."""
import json
import re
import sys
import tomllib
import datetime as dt
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Severities as RULES.md gives them (single-post and account tables).
SEVERITY = {
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
FAMILIES = ["respect.personal-attack", "bullying.intimidation", "equality.discrimination",
            "defamation.allegation", "respect.abusive-language"]
HN_TAGS = {
    "HN1": "[HN1: harsh criticism of a policy/decision/party/council]",
    "HN2": "[HN2: counter-speech, quoting or reporting abuse to condemn it]",
    "HN3": "[HN3: negated or denied prejudice]",
    "HN4": "[HN4: neutral or positive mentions of protected groups, reclaimed terms, self-description]",
    "HN5": "[HN5: figurative violence and banter]",
    "HN6": "[HN6: criticism of a named councillor's record, votes or statements that stays on the record]",
}
KINDS = {"asterisk", "digit", "zero-width", "spaced", "cyrillic", "all-caps"}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]

errors = []


def err(msg):
    errors.append(msg)


def find_rules_md():
    for p in [HERE, *HERE.parents]:
        cand = p / "shared" / "design" / "RULES.md"
        if cand.exists():
            return cand
    return None


rules_md = find_rules_md()
if rules_md:
    table_ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", rules_md.read_text(encoding="utf-8"), re.M))
    for rid in SEVERITY:
        if rid not in table_ids:
            err(f"rule {rid} is not in RULES.md tables")
    known = table_ids
else:
    known = set(SEVERITY)

council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
handles = set(council["people"]["handles"])

rows = []
for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {n}: does not parse: {e}")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")
by_id = {r.get("id"): r for r in rows}

start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
for r in rows:
    rid = r.get("id")
    for f in REQUIRED:
        if f not in r:
            err(f"{rid}: missing {f}")
    if not re.fullmatch(r"b41-\d{3}", str(rid)):
        err(f"{rid}: id does not match b41-NNN")
    if r.get("author") not in handles or r.get("author") == "@LisDrumCouncil":
        err(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
    if r.get("platform") not in {"x", "facebook", "bluesky"}:
        err(f"{rid}: platform")
    if r.get("account") not in {"councillor", "personal"} or r.get("kind") != "post":
        err(f"{rid}: account/kind")
    try:
        t = dt.datetime.fromisoformat(r["created_at"])
        if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
            err(f"{rid}: offset not +00:00")
        if t.weekday() >= 5 or not (8 <= t.hour <= 18) or not (start <= t.date() <= end):
            err(f"{rid}: timestamp {r['created_at']} outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
    except Exception as e:
        err(f"{rid}: bad created_at: {e}")
    ex = r.get("expect", {})
    rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
    for x in rules + allowed:
        if x not in known or x not in SEVERITY:
            err(f"{rid}: unknown rule {x}")
    if set(rules) & set(allowed):
        err(f"{rid}: rule both expected and allowed: {set(rules) & set(allowed)}")
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err(f"{rid}: duplicate rule in a list")
    if verdict not in ORDER:
        err(f"{rid}: verdict {verdict}")
        continue
    if rules:
        lo = max(min(ORDER[s] for s in SEVERITY[x]) for x in rules if x in SEVERITY)
        hi = max(max(ORDER[s] for s in SEVERITY[x]) for x in rules if x in SEVERITY)
        if not (lo <= ORDER[verdict] <= hi):
            err(f"{rid}: verdict {verdict} does not fit rules {rules}")
    elif verdict != "ok":
        err(f"{rid}: no rules but verdict {verdict}")
    fam, kor = r.get("family"), r.get("kind_of_row")
    note = r.get("note", "")
    if fam == "hard_negative":
        if kor != "hard_negative" or rules or verdict != "ok":
            err(f"{rid}: hard negative must expect no rules and ok")
        tags = [k for k, v in HN_TAGS.items() if v in note]
        if len(tags) != 1:
            err(f"{rid}: hard negative note needs exactly one group tag")
    elif fam in FAMILIES:
        if kor != "positive" or fam not in rules:
            err(f"{rid}: positive must expect its family rule")
        if fam == "bullying.intimidation" and not re.search(r"\[(explicit|veiled|pressure)\]", note):
            err(f"{rid}: bullying note tag")
        if fam == "equality.discrimination" and not re.search(r"\[(explicit|coded); [a-z ,]+\]", note):
            err(f"{rid}: equality note tag")
    else:
        err(f"{rid}: family {fam}")
    if "variant_of" in r:
        o = by_id.get(r["variant_of"])
        if o is None or "variant_of" in o:
            err(f"{rid}: variant_of does not point at an original")
        else:
            if o["expect"]["rules"] != rules or o["expect"]["verdict"] != verdict or o["family"] != fam:
                err(f"{rid}: variant labels differ from original")
            extra = set(allowed) - set(o["expect"]["allowed"])
            if extra - {"haste.pause-before-posting"} or set(o["expect"]["allowed"]) - set(allowed):
                err(f"{rid}: variant allowed differs from original")
            if r["text"] == o["text"]:
                err(f"{rid}: variant text identical to original")
        if r.get("obfuscation") not in KINDS:
            err(f"{rid}: obfuscation kind")

# Counts required by the brief.
orig = [r for r in rows if "variant_of" not in r]
var = [r for r in rows if "variant_of" in r]
for fam in FAMILIES:
    n = sum(1 for r in orig if r["family"] == fam)
    if n < 34:
        err(f"{fam}: {n} originals < 34")
    kinds = Counter(r["obfuscation"] for r in var if r["family"] == fam)
    if set(kinds) != KINDS or any(v != 1 for v in kinds.values()):
        err(f"{fam}: variants {dict(kinds)} not one of each kind")
hns = [r for r in rows if r.get("family") == "hard_negative"]
if len(hns) < 130:
    err(f"{len(hns)} hard negatives < 130")
for k, tag in HN_TAGS.items():
    n = sum(1 for r in hns if tag in r["note"])
    if n < 18:
        err(f"{k}: {n} < 18")
if len(rows) < 330:
    err(f"{len(rows)} rows < 330")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
