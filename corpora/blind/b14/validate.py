#!/usr/bin/env python3
"""Checks blind set b14. Prints OK when every check passes."""
import json, re, sys, datetime as dt, pathlib, tomllib

HERE = pathlib.Path(__file__).resolve().parent
SEVERITIES = {  # rule: allowed severities per RULES.md
    "respect.personal-attack": {"review", "block"}, "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"}, "equality.discrimination": {"block"},
    "officers.impartiality": {"review"}, "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"}, "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"}, "capacity.council-voice": {"review"},
    "resources.political-use": {"review"}, "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"}, "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"}, "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"}, "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"}, "tone.irony-risk": {"advice"},
}
ORDER = ["ok", "advice", "review", "block"]
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
FAMILIES = {"predetermination.closed-mind", "interests.declared-interest", "confidentiality.disclosure",
            "confidentiality.insider-advantage", "data-protection.personal-data", "security.credentials",
            "gifts.hospitality", "officers.impartiality", "capacity.council-voice", "resources.political-use",
            "position.improper-advantage", "copyright.third-party-content", "tone.irony-risk"}
errors = []
def err(msg): errors.append(msg)

# rule ids must appear in RULES.md tables (found by walking up to shared/design/RULES.md if present)
rules_md = None
for p in [HERE, *HERE.parents]:
    for cand in (p / "shared/design/RULES.md", p / "design/RULES.md"):
        if cand.exists(): rules_md = cand; break
    if rules_md: break
table_ids = set(SEVERITIES)
if rules_md:
    table_ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", rules_md.read_text(encoding="utf-8"), re.M))
    for r in SEVERITIES:
        if r not in table_ids: err(f"severity table rule {r} missing from RULES.md")

cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
handles = {h for h, n in cfg["people"]["handles"].items() if n in cfg["people"]["councillors"]}
holders = {v: k for k, v in cfg["registers"]["interest_holders"].items()}
name_of = cfg["people"]["handles"]
meetings = []
for line in (HERE / "meetings.csv").read_text().splitlines()[1:]:
    t, s, e = line.rsplit(",", 2)
    meetings.append((dt.datetime.fromisoformat(s), dt.datetime.fromisoformat(e)))
    if dt.datetime.fromisoformat(s).hour < 19: err(f"meeting {t} {s} not in the evening")

ids, counts = set(), {}
for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    try: o = json.loads(line)
    except Exception as e: err(f"line {n}: bad json {e}"); continue
    for k in REQUIRED:
        if k not in o: err(f"line {n}: missing {k}")
    i = o.get("id", "")
    if not re.fullmatch(r"B14-\d{4}", i): err(f"{i}: bad id")
    if i in ids: err(f"{i}: duplicate id")
    ids.add(i)
    if o.get("author") not in handles: err(f"{i}: author {o.get('author')} not a councillor handle")
    if o.get("platform") not in {"x", "facebook", "bluesky"}: err(f"{i}: platform")
    if o.get("account") not in {"councillor", "personal"}: err(f"{i}: account")
    if o.get("kind") != "post": err(f"{i}: kind")
    if o.get("platform") == "x" and len(o["text"]) > 280: err(f"{i}: too long for x")
    try:
        t = dt.datetime.fromisoformat(o["created_at"])
        if t.utcoffset() != dt.timedelta(0): err(f"{i}: offset not +00:00")
        if t.weekday() > 4: err(f"{i}: weekend")
        if not (8 <= t.hour <= 18): err(f"{i}: outside 08:00-18:59")
        if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)): err(f"{i}: date out of range")
        if any(s <= t <= e for s, e in meetings): err(f"{i}: inside a meeting")
    except Exception as e: err(f"{i}: created_at {e}")
    ex = o.get("expect", {})
    rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
    for r in rules + allowed:
        if r not in table_ids or r not in SEVERITIES: err(f"{i}: unknown rule {r}")
    if set(rules) & set(allowed): err(f"{i}: rule both expected and allowed")
    if len(set(rules)) != len(rules): err(f"{i}: duplicate rules")
    if verdict not in ORDER: err(f"{i}: verdict {verdict}")
    elif not rules:
        if verdict != "ok": err(f"{i}: no rules but verdict {verdict}")
    else:
        lo = max(ORDER.index(min(SEVERITIES[r], key=ORDER.index)) for r in rules if r in SEVERITIES)
        hi = max(ORDER.index(max(SEVERITIES[r], key=ORDER.index)) for r in rules if r in SEVERITIES)
        if not (lo <= ORDER.index(verdict) <= hi): err(f"{i}: verdict {verdict} does not fit {rules}")
    fam, kor = o.get("family"), o.get("kind_of_row")
    if kor == "hard_negative":
        if fam != "hard_negative" or rules or verdict != "ok": err(f"{i}: hard negative must expect nothing and ok")
    elif kor == "positive":
        if fam not in FAMILIES: err(f"{i}: family {fam}")
        elif fam not in rules: err(f"{i}: family rule not expected")
    else: err(f"{i}: kind_of_row {kor}")
    if fam == "interests.declared-interest":
        body = [b for b, h in cfg["registers"]["interest_holders"].items() if name_of.get(o["author"]) == h]
        if not body: err(f"{i}: interest positive by a councillor with no registered interest")
    counts[(fam, kor)] = counts.get((fam, kor), 0) + 1

pos = {f: counts.get((f, "positive"), 0) for f in FAMILIES}
for f, c in pos.items():
    if c < 10: err(f"{f}: only {c} positives")
negs = counts.get(("hard_negative", "hard_negative"), 0)
if negs < 130: err(f"only {negs} hard negatives")
if len(ids) < 260: err(f"only {len(ids)} rows")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
