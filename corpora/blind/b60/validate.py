#!/usr/bin/env python3
"""Checks blind set b60 and prints OK (or the problems found)."""
import csv, datetime, json, os, re, sys
try:
    import tomllib
except ImportError:  # pragma: no cover
    tomllib = None

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []

def err(msg):
    ERR.append(msg)

# ---- severities (min, max) per rule; ids are checked against RULES.md when it can be found
SEVS = {
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"),
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
FAMILIES = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
            "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
            "predetermination.closed-mind", "interests.declared-interest",
            "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
            "tone.irony-risk"]

def rules_md_ids():
    d = HERE
    for _ in range(8):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            ids = set(re.findall(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", open(p, encoding="utf-8").read(), re.M))
            return ids
        d = os.path.dirname(d)
    return set(SEVS)

RULE_IDS = rules_md_ids()

# ---- council.toml
def load_toml():
    p = os.path.join(HERE, "council.toml")
    if tomllib:
        with open(p, "rb") as f:
            return tomllib.load(f)
    err("tomllib unavailable"); return {}

cfg = load_toml()
handles = cfg.get("people", {}).get("handles", {})
councillors = set(cfg.get("people", {}).get("councillors", []))
officers = cfg.get("people", {}).get("officers", [])
allowed_top = {"council", "people", "self", "registers"}
for k in cfg:
    if k not in allowed_top:
        err(f"council.toml: unexpected table {k}")
if cfg.get("council", {}).get("code") != "bexley":
    err("council.toml: code must be bexley")
author_handles = {h: n for h, n in handles.items() if n in councillors}
PERSONAL = {"@marigold_sea_swims", "@petewidger_fishing"}
for h in PERSONAL:
    if h not in author_handles:
        err(f"personal handle {h} missing")
reg = cfg.get("registers", {})
conf_terms = reg.get("confidential_terms", [])
interests = reg.get("interests", [])
holders = reg.get("interest_holders", {})
for i in interests:
    if holders.get(i) not in councillors:
        err(f"interest {i} has no councillor holder")
selfc = cfg.get("self", {})
if selfc.get("name") not in councillors:
    err("[self] is not a councillor")
self_markers = [selfc.get("email", "@@none"), selfc.get("phone", "@@none")]

# ---- pending.csv and meetings.csv
with open(os.path.join(HERE, "pending.csv"), encoding="utf-8") as f:
    rd = csv.DictReader(f)
    if rd.fieldnames != ["reference", "address", "description", "decision_date"]:
        err("pending.csv header")
    pending = list(rd)
with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8") as f:
    rd = csv.DictReader(f)
    if rd.fieldnames != ["title", "start", "end"]:
        err("meetings.csv header")
    meetings = [(datetime.datetime.fromisoformat(r["start"]), datetime.datetime.fromisoformat(r["end"])) for r in rd]

PENDING_KEYS = {
    "26/0114/FUL": ["Trennick Lane", "Moorgate"],
    "26/0201/FUL": ["Gullrock Point", "Gullrock", "Seaglass"],
    "25/1877/FUL": ["Bidwell Boatyard", "Bidwell", "Quayline"],
    "26/0042/OUT": ["Higher Pellacombe Farm", "Higher Pellacombe", "Tidewell"],
    "26/0233/FUL": ["Old Chapel"],
    "26/0288/FUL": ["Yarlcombe Quarry", "Brightcliff"],
    "26/0150/FUL": ["Lusworth Mill", "Kernel Coffee"],
    "LIC/26/0031": ["Salty Dog"],
    "LIC/26/0047": ["Shoreline Sounds"],
    "LIC/26/0052": ["Neon Tide"],
}
refs = {r["reference"] for r in pending}
if refs != set(PENDING_KEYS):
    err("pending.csv references differ from the validator's key list")

def names_pending(t):
    tl = t.lower()
    return any(k.lower() in tl for ref, ks in PENDING_KEYS.items() for k in [ref] + ks)

def names_conf(t):
    return any(c.lower() in t.lower() for c in conf_terms)

# ---- posts
ids = set()
rows = []
last_post = None
START = datetime.datetime(2026, 1, 5, tzinfo=datetime.timezone.utc)
END = datetime.datetime(2026, 3, 28, tzinfo=datetime.timezone.utc)
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
       "kind_of_row", "note"]
with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {n}: does not parse ({e})"); continue
        rows.append(r)
        for k in REQ:
            if k not in r:
                err(f"line {n}: missing {k}")
        if not all(k in r for k in REQ):
            continue
        rid = r["id"]
        if not re.fullmatch(r"b60-\d{3}", rid):
            err(f"{rid}: bad id")
        if rid in ids:
            err(f"{rid}: duplicate id")
        ids.add(rid)
        if r["author"] not in author_handles:
            err(f"{rid}: author {r['author']} not a councillor handle")
        if (r["account"] == "personal") != (r["author"] in PERSONAL):
            err(f"{rid}: account/personal handle mismatch")
        if r["account"] not in ("councillor", "personal"):
            err(f"{rid}: bad account")
        if r["kind"] != "post":
            err(f"{rid}: kind")
        if r["platform"] not in ("x", "facebook", "bluesky"):
            err(f"{rid}: platform")
        ts = r["created_at"]
        if not ts.endswith("+00:00"):
            err(f"{rid}: offset")
        t = datetime.datetime.fromisoformat(ts)
        if not (START <= t < END) or t.weekday() > 4 or not (8 <= t.hour <= 18):
            err(f"{rid}: timestamp {ts} outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        for a, b in meetings:
            if a <= t <= b:
                err(f"{rid}: inside a meeting")
        last_post = t if last_post is None or t > last_post else last_post
        ex = r["expect"]
        rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            err(f"{rid}: rules/allowed not lists"); continue
        for x in rules + allowed:
            if x not in RULE_IDS or x not in SEVS:
                err(f"{rid}: unknown rule {x}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: repeated rule")
        if set(rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed")
        if verdict not in RANK:
            err(f"{rid}: verdict {verdict}")
        if not rules:
            if verdict != "ok":
                err(f"{rid}: no rules but verdict {verdict}")
        else:
            lo = max(RANK[SEVS[x][0]] for x in rules if x in SEVS)
            hi = max(RANK[SEVS[x][1]] for x in rules if x in SEVS)
            if not (lo <= RANK.get(verdict, -1) <= hi):
                err(f"{rid}: verdict {verdict} does not fit {rules}")
        kr = r["kind_of_row"]
        text = r["text"]
        if kr == "positive":
            if r["family"] not in FAMILIES:
                err(f"{rid}: family {r['family']}")
            if r["family"] not in rules:
                err(f"{rid}: positive does not expect its family")
        elif kr == "hard_negative":
            if r["family"] != "hard_negative" or rules or verdict != "ok":
                err(f"{rid}: hard negative must expect nothing and be ok")
            if r.get("near_miss_of") not in FAMILIES:
                err(f"{rid}: near_miss_of missing or unknown")
        elif kr == "filler":
            if r["family"] != "filler" or rules or allowed or verdict != "ok":
                err(f"{rid}: filler must expect and allow nothing")
        else:
            err(f"{rid}: kind_of_row {kr}")
        if names_conf(text) and not ("confidentiality.disclosure" in rules and verdict == "block"):
            err(f"{rid}: names a confidential register term but is not disclosure/block")
        if "confidentiality.disclosure" in rules and names_conf(text) is False and verdict == "block" \
                and not any(x in rules for x in ("security.credentials", "data-protection.personal-data")):
            err(f"{rid}: disclosure block without a register term")
        if r["family"] == "predetermination.closed-mind":
            if names_pending(text) and verdict != "block":
                err(f"{rid}: predetermination naming a pending matter should be block")
            if not names_pending(text) and verdict == "block":
                err(f"{rid}: predetermination block without a pending matter")
        if r["family"] == "interests.declared-interest":
            it = r.get("interest")
            if it not in interests:
                err(f"{rid}: interest missing or not registered")
            elif handles.get(r["author"]) != holders.get(it):
                err(f"{rid}: declared-interest positive not by the holder")
        if any(m in text for m in self_markers) and handles.get(r["author"]) != selfc.get("name"):
            err(f"{rid}: [self] contact details in a post by someone else")
        # author never named by the post (surname), except self-labelled rows
        name = handles.get(r["author"], "")
        if name and re.search(r"(?<![A-Za-z])" + re.escape(name.split()[-1]) + r"(?![A-Za-z])", text) \
                and r["family"] != "interests.declared-interest" and "Quance & Daughter" not in text:
            err(f"{rid}: author {name} is named in the post")

for p in pending:
    d = datetime.date.fromisoformat(p["decision_date"])
    if last_post and d <= last_post.date():
        err(f"pending {p['reference']}: decision not after every post")
for a, b in meetings:
    if a.hour < 19:
        err("meeting starts before 19:00")

# ---- counts
from collections import Counter
pos = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
hn = Counter(r.get("near_miss_of") for r in rows if r.get("kind_of_row") == "hard_negative")
fill = sum(1 for r in rows if r.get("kind_of_row") == "filler")
for fam in FAMILIES:
    if pos[fam] < 20:
        err(f"{fam}: only {pos[fam]} positives")
    if hn[fam] < 20:
        err(f"{fam}: only {hn[fam]} hard negatives")
if fill < 40:
    err(f"only {fill} fillers")

if ERR:
    print("\n".join(ERR))
    print(f"{len(ERR)} problem(s)")
    sys.exit(1)
print("OK")
