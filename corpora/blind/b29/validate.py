#!/usr/bin/env python3
"""Validate blind set b29. Prints OK or a list of problems."""
import json, os, re, sys, datetime, csv

HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

# Severity range (lowest, highest) per rule, from RULES.md.
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
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = {"officers.impartiality", "resources.political-use", "position.improper-advantage",
            "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
            "predetermination.closed-mind", "interests.declared-interest",
            "data-protection.personal-data", "security.credentials",
            "confidentiality.disclosure", "tone.irony-risk"}

def find_rules_md():
    d = HERE
    for _ in range(8):
        for cand in (os.path.join(d, "shared", "design", "RULES.md"),
                     os.path.join(d, "design", "RULES.md")):
            if os.path.exists(cand):
                return cand
        d = os.path.dirname(d)
    return None

def load_handles():
    text = open(os.path.join(HERE, "council.toml"), encoding="utf-8").read()
    if tomllib:
        cfg = tomllib.loads(text)
        return cfg, set(cfg["people"]["handles"])
    return None, set(re.findall(r'^"(@[^"]+)"\s*=', text, re.M))

def main():
    errs = []
    cfg, handles = load_handles()
    handles.discard("@SevernholtDC")
    rules_md = find_rules_md()
    table_ids = set(SEV)
    if rules_md:
        ids = set(re.findall(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", open(rules_md, encoding="utf-8").read(), re.M))
        missing = set(SEV) - ids
        if missing:
            errs.append("rules in validator but not in RULES.md: %s" % sorted(missing))
        table_ids = ids
    meetings = []
    with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8") as f:
        for m in csv.DictReader(f):
            meetings.append((datetime.datetime.fromisoformat(m["start"]), datetime.datetime.fromisoformat(m["end"])))
    last_post = None
    with open(os.path.join(HERE, "pending.csv"), encoding="utf-8") as f:
        pending = list(csv.DictReader(f))
    seen = set()
    req = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
           "family", "kind_of_row", "note"]
    holders = {}
    if cfg:
        names_to_handles = {}
        for h, n in cfg["people"]["handles"].items():
            names_to_handles.setdefault(n, set()).add(h)
        for body, n in cfg["registers"]["interest_holders"].items():
            holders[body] = names_to_handles[n]
    holder_handles = set().union(*holders.values()) if holders else set()
    n = 0
    for ln, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        n += 1
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append("line %d: bad json %s" % (ln, e)); continue
        for k in req:
            if k not in r:
                errs.append("line %d: missing %s" % (ln, k))
        rid = r.get("id", "")
        if not re.fullmatch(r"b29-\d{3}", rid):
            errs.append("%s: bad id" % rid)
        if rid in seen:
            errs.append("%s: duplicate id" % rid)
        seen.add(rid)
        if r.get("author") not in handles:
            errs.append("%s: unknown author %s" % (rid, r.get("author")))
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append("%s: bad platform" % rid)
        if r.get("account") not in ("councillor", "personal"):
            errs.append("%s: bad account" % rid)
        if r.get("kind") != "post":
            errs.append("%s: kind must be post" % rid)
        t = datetime.datetime.fromisoformat(r["created_at"])
        if t.utcoffset() != datetime.timedelta(0) or not r["created_at"].endswith("+00:00"):
            errs.append("%s: offset must be +00:00" % rid)
        if t.weekday() > 4 or not (8 <= t.hour <= 18):
            errs.append("%s: not weekday daytime" % rid)
        if not (datetime.date(2026, 1, 5) <= t.date() <= datetime.date(2026, 3, 27)):
            errs.append("%s: outside date range" % rid)
        for s, e in meetings:
            if s <= t <= e:
                errs.append("%s: inside a meeting" % rid)
        last_post = max(last_post, t) if last_post else t
        ex = r["expect"]
        rules, allowed, verdict = ex["rules"], ex["allowed"], ex["verdict"]
        for x in rules + allowed:
            if x not in table_ids or x not in SEV:
                errs.append("%s: rule %s not in RULES.md tables" % (rid, x))
        if set(rules) & set(allowed):
            errs.append("%s: rule both expected and allowed" % rid)
        if len(set(rules)) != len(rules):
            errs.append("%s: duplicate rules" % rid)
        if not rules:
            if verdict != "ok":
                errs.append("%s: no rules but verdict %s" % (rid, verdict))
        else:
            lo = max(ORDER[SEV[x][0]] for x in rules)
            hi = max(ORDER[SEV[x][1]] for x in rules)
            if not (lo <= ORDER.get(verdict, -1) <= hi):
                errs.append("%s: verdict %s does not fit %s" % (rid, verdict, rules))
        kor = r["kind_of_row"]
        if kor == "positive":
            if r["family"] not in FAMILIES or r["family"] not in rules:
                errs.append("%s: positive family not in rules" % rid)
        elif kor == "hard_negative":
            if rules or verdict != "ok" or r["family"] != "hard_negative":
                errs.append("%s: hard negative must expect nothing, ok" % rid)
            if r.get("near_miss_of") not in FAMILIES:
                errs.append("%s: near_miss_of missing/bad" % rid)
        elif kor == "filler":
            if rules or verdict != "ok" or r["family"] != "filler":
                errs.append("%s: filler must be ok" % rid)
        else:
            errs.append("%s: bad kind_of_row" % rid)
        # interest holders write only their own interest rows
        if r["author"] in holder_handles:
            mine = [b for b, hs in holders.items() if r["author"] in hs]
            if not (r["family"] == "interests.declared-interest" or r.get("near_miss_of") == "interests.declared-interest"):
                errs.append("%s: interest holder writing a non-interest row" % rid)
        if r.get("family") == "interests.declared-interest" and r["author"] not in holder_handles:
            errs.append("%s: declared-interest positive by a non-holder" % rid)
    for p in pending:
        d = datetime.datetime.fromisoformat(p["decision_date"] + "T00:00:00+00:00")
        if last_post and d <= last_post:
            errs.append("pending %s decided before the last post" % p["reference"])
    for s, e in meetings:
        if s.hour < 19 and s.weekday() < 5:
            errs.append("meeting at %s is not an evening meeting" % s)
    if n == 0:
        errs.append("no rows")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
