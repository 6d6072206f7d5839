#!/usr/bin/env python3
"""Check blind set b26. Prints OK when every check passes."""
import json, os, re, sys, datetime as dt, tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
# rule id -> (lowest, highest) severity, as RULES.md gives them
SEVERITY = {
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"), "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review", "review"), "resources.political-use": ("review", "review"),
    "position.improper-advantage": ("review", "review"), "interests.declared-interest": ("review", "review"),
    "gifts.hospitality": ("advice", "review"), "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice", "advice"), "haste.pause-before-posting": ("advice", "advice"),
    "meetings.during-meeting": ("advice", "advice"), "security.credentials": ("block", "block"),
    "tone.irony-risk": ("advice", "advice"), "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"), "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = {"respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]

errors = []
def err(msg):
    errors.append(msg)

# If RULES.md is reachable, check that every rule id above appears in its tables.
for cand in ["../../../shared/design/RULES.md", "../../shared/design/RULES.md", "../shared/design/RULES.md"]:
    p = os.path.join(HERE, cand)
    if os.path.exists(p):
        table_ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", open(p, encoding="utf-8").read(), re.M))
        for rid in SEVERITY:
            if rid not in table_ids:
                err(f"rule {rid} not in RULES.md tables")
        break

with open(os.path.join(HERE, "council.toml"), "rb") as f:
    council = tomllib.load(f)
handles = {h for h, who in council["people"]["handles"].items() if who in council["people"]["councillors"]}

rows = []
with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: does not parse: {e}")

ids = set()
by_id = {}
for r in rows:
    rid = r.get("id", "?")
    for k in REQUIRED:
        if k not in r:
            err(f"{rid}: missing {k}")
    if not re.fullmatch(r"b26-\d{3}", str(rid)):
        err(f"{rid}: id does not match b26-NNN")
    if rid in ids:
        err(f"{rid}: duplicate id")
    ids.add(rid); by_id[rid] = r
    if r.get("author") not in handles:
        err(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
    if r.get("platform") not in {"x", "facebook", "bluesky"}:
        err(f"{rid}: platform")
    if r.get("account") not in {"councillor", "personal"} or r.get("kind") != "post":
        err(f"{rid}: account/kind")
    try:
        ts = dt.datetime.fromisoformat(r["created_at"])
        if ts.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
            err(f"{rid}: offset must be +00:00")
        if ts.weekday() >= 5 or not (8 <= ts.hour <= 18):
            err(f"{rid}: not a weekday 08:00-18:59")
        if not (dt.date(2026, 1, 5) <= ts.date() <= dt.date(2026, 3, 27)):
            err(f"{rid}: date out of range")
    except Exception as e:
        err(f"{rid}: created_at: {e}")
    ex = r.get("expect", {})
    rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
    for x in rules + allowed:
        if x not in SEVERITY:
            err(f"{rid}: unknown rule {x}")
    if set(rules) & set(allowed):
        err(f"{rid}: rule both expected and allowed")
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err(f"{rid}: duplicate rule")
    if verdict not in LEVEL:
        err(f"{rid}: verdict {verdict}")
        continue
    if rules:
        lo = max(LEVEL[SEVERITY[x][0]] for x in rules if x in SEVERITY)
        hi = max(LEVEL[SEVERITY[x][1]] for x in rules if x in SEVERITY)
        if not (lo <= LEVEL[verdict] <= hi):
            err(f"{rid}: verdict {verdict} does not fit {rules}")
    elif verdict != "ok":
        err(f"{rid}: no rules but verdict {verdict}")
    kor, fam = r.get("kind_of_row"), r.get("family")
    if kor == "hard_negative":
        if fam != "hard_negative" or rules or verdict != "ok":
            err(f"{rid}: hard negative must expect no rules and ok")
    elif kor == "positive":
        if fam not in FAMILIES or fam not in rules:
            err(f"{rid}: positive's family rule not expected")
    else:
        err(f"{rid}: kind_of_row {kor}")

for r in rows:
    if "variant_of" in r:
        o = by_id.get(r["variant_of"])
        if o is None:
            err(f"{r['id']}: variant_of points nowhere")
            continue
        if "variant_of" in o:
            err(f"{r['id']}: variant of a variant")
        if o["expect"] != r["expect"] or o["family"] != r["family"]:
            err(f"{r['id']}: variant labels differ from original")
        if o["text"] == r["text"]:
            err(f"{r['id']}: variant text equals original")
        if o["author"] == r["author"]:
            err(f"{r['id']}: variant has the original's author")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
