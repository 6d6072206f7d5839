#!/usr/bin/env python3
"""Checks posts.jsonl of blind set b23. Prints OK or the problems found."""
import json, re, sys, datetime, pathlib, csv

HERE = pathlib.Path(__file__).resolve().parent
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# severities as RULES.md gives them: (lowest, highest)
SEV = {
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
 "association.endorsed-content": ("advice", "block"),
 "harassment.repeated-target": ("block", "block"), "moderation.third-party-comments": ("review", "review"),
 "capacity.mixed-account": ("advice", "advice"),
}
FAMILIES = {"officers.impartiality", "resources.political-use", "interests.declared-interest",
            "predetermination.closed-mind", "security.credentials", "confidentiality.insider-advantage",
            "position.improper-advantage", "data-protection.personal-data", "capacity.council-voice",
            "gifts.hospitality"}
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]

def find_rules_md():
    for p in [HERE, *HERE.parents]:
        c = p / "shared" / "design" / "RULES.md"
        if c.exists():
            return c
    return None

def main():
    errs = []
    rules_md = find_rules_md()
    if rules_md:
        table_ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", rules_md.read_text(), re.M))
        for r in SEV:
            if r not in table_ids:
                errs.append(f"rule {r} not in RULES.md tables")
    toml = (HERE / "council.toml").read_text()
    handles = set(re.findall(r'^"(@[^"]+)"\s*=', toml.split("[people.handles]")[1].split("[registers]")[0], re.M))
    handles.discard("@TollerbridgeBC")
    pend = list(csv.DictReader(open(HERE / "pending.csv")))
    last_post = None
    ids = set()
    n = 0
    for ln, line in enumerate(open(HERE / "posts.jsonl", encoding="utf-8"), 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errs.append(f"line {ln}: does not parse ({e})"); continue
        n += 1
        for k in REQ:
            if k not in o:
                errs.append(f"line {ln}: missing {k}")
        i = o.get("id", "")
        if not re.fullmatch(r"b23-\d{3}", i): errs.append(f"{i}: bad id")
        if i in ids: errs.append(f"{i}: duplicate id")
        ids.add(i)
        if o.get("author") not in handles: errs.append(f"{i}: author {o.get('author')} not in council.toml")
        if o.get("platform") not in ("x", "facebook", "bluesky"): errs.append(f"{i}: platform")
        if o.get("account") not in ("councillor", "personal"): errs.append(f"{i}: account")
        if o.get("kind") != "post": errs.append(f"{i}: kind")
        try:
            t = datetime.datetime.fromisoformat(o["created_at"])
            if t.utcoffset() != datetime.timedelta(0): errs.append(f"{i}: offset not +00:00")
            if t.weekday() > 4: errs.append(f"{i}: weekend")
            if not (8 <= t.hour <= 18): errs.append(f"{i}: hour {t.hour}")
            if not (datetime.date(2026, 1, 5) <= t.date() <= datetime.date(2026, 3, 27)): errs.append(f"{i}: date")
            last_post = max(last_post, t.date()) if last_post else t.date()
        except Exception as e:
            errs.append(f"{i}: created_at {e}")
        e = o.get("expect", {})
        rules, allowed, verdict = e.get("rules", []), e.get("allowed", []), e.get("verdict")
        for r in rules + allowed:
            if r not in SEV: errs.append(f"{i}: unknown rule {r}")
        if set(rules) & set(allowed): errs.append(f"{i}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed): errs.append(f"{i}: duplicate rule")
        if verdict not in ORDER: errs.append(f"{i}: verdict {verdict}")
        elif not rules:
            if verdict != "ok": errs.append(f"{i}: no rules but verdict {verdict}")
        else:
            lo = max(ORDER[SEV[r][0]] for r in rules if r in SEV)
            hi = max(ORDER[SEV[r][1]] for r in rules if r in SEV)
            if not (lo <= ORDER[verdict] <= hi): errs.append(f"{i}: verdict {verdict} does not fit {rules}")
        k = o.get("kind_of_row")
        if k not in ("positive", "hard_negative", "filler"): errs.append(f"{i}: kind_of_row {k}")
        if k in ("hard_negative", "filler") and (rules or verdict != "ok"): errs.append(f"{i}: {k} must expect no rules and ok")
        if k == "hard_negative" and o.get("family") != "hard_negative": errs.append(f"{i}: family of hard negative")
        if k == "hard_negative" and o.get("near_miss_of") not in FAMILIES: errs.append(f"{i}: near_miss_of")
        if k == "positive" and o.get("family") not in rules: errs.append(f"{i}: family not in expect.rules")
    for p in pend:
        if last_post and datetime.date.fromisoformat(p["decision_date"]) <= last_post:
            errs.append(f"pending {p['reference']} decided before the last post")
    if n == 0: errs.append("no rows")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
