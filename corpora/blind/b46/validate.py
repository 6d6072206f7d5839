#!/usr/bin/env python3
"""Checks blind set b46 and prints OK (or the problems found)."""
import csv
import json
import os
import re
import sys
import tomllib
from collections import Counter
from datetime import datetime, date

HERE = os.path.dirname(os.path.abspath(__file__))
# RULES.md lives in shared/design/ of the repository that holds this set; search upwards.
def find_rules():
    d = HERE
    for _ in range(8):
        for cand in (os.path.join(d, "shared", "design", "RULES.md"), os.path.join(d, "design", "RULES.md")):
            if os.path.exists(cand):
                return cand
        d = os.path.dirname(d)
    return None

ERR = []
def err(msg):
    ERR.append(msg)

TWELVE = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
          "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
          "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
          "security.credentials", "confidentiality.disclosure", "tone.irony-risk"]
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# severities per RULES.md (lowest, highest); read from RULES.md when it can be found
SEVS = {}
rules_path = find_rules()
if rules_path:
    for line in open(rules_path, encoding="utf-8"):
        m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
        if m:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            levels = [w for w in ("advice", "review", "block") if re.search(r"\b" + w + r"\b", cells[-1])]
            if "same as the amplified rule" in cells[-1]:
                levels = ["advice", "review", "block"]
            SEVS[m.group(1)] = (min(levels, key=RANK.get), max(levels, key=RANK.get))
else:
    print("note: RULES.md not found; using the severities copied from it", file=sys.stderr)
    SEVS = {r: s for r, s in {
        "officers.impartiality": ("review", "review"), "resources.political-use": ("review", "review"),
        "position.improper-advantage": ("review", "review"), "gifts.hospitality": ("advice", "review"),
        "capacity.council-voice": ("review", "review"), "confidentiality.insider-advantage": ("review", "review"),
        "predetermination.closed-mind": ("review", "block"), "interests.declared-interest": ("review", "review"),
        "data-protection.personal-data": ("review", "block"), "security.credentials": ("block", "block"),
        "confidentiality.disclosure": ("review", "block"), "tone.irony-risk": ("advice", "advice"),
        "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
        "bullying.intimidation": ("block", "block"), "defamation.allegation": ("review", "block"),
        "copyright.third-party-content": ("advice", "advice"), "equality.discrimination": ("block", "block"),
    }.items()}
for r in TWELVE:
    if r not in SEVS:
        err(f"rule {r} not in RULES.md tables")

cfg = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
handles = cfg["people"]["handles"]
official = {h for h, n in handles.items() if n == cfg["council"]["name"]}
councillors = set(cfg["people"]["councillors"])
PERSONAL = {"@marcus_wherries", "@joy_bakes_quorlby"}
for h in PERSONAL:
    if h not in handles:
        err(f"personal handle {h} missing from council.toml")
reg = cfg["registers"]
terms = reg["confidential_terms"]
holders = reg["interest_holders"]
for k in holders:
    if k not in reg["interests"]:
        err(f"interest holder key {k} not in interests")
    if holders[k] not in councillors:
        err(f"interest holder {holders[k]} is not a councillor")
selfc = cfg["self"]
self_markers = [selfc["email"].lower(), re.sub(r"\D", "", selfc["phone"])]

pending = list(csv.DictReader(open(os.path.join(HERE, reg["pending_matters"]), encoding="utf-8")))
meetings = list(csv.DictReader(open(os.path.join(HERE, reg["meetings"]), encoding="utf-8")))
ALIASES = {  # ways a post can name a pending matter: reference, site, applicant
    "WDC/25/0712/OUT": ["hethingfold road", "marrowby"],
    "WDC/25/0841/FUL": ["lowgate quarry", "fenstone"],
    "WDC/25/0905/FUL": ["old granary", "tidemark"],
    "WDC/25/0966/FUL": ["sallowby fen", "brightlands"],
    "WDC/26/0031/FUL": ["market hill", "cluckers"],
    "WDC/26/0058/FUL": ["larkmoor airfield", "voltwell"],
    "WDC/25/0977/FUL": ["thurle lane", "greyfield"],
    "LIC/26/014": ["jolly wherryman"],
    "LIC/26/022": ["quayfest"],
    "LIC/26/009": ["bridge street vapes"],
}
if set(ALIASES) != {p["reference"] for p in pending}:
    err("ALIASES do not match pending.csv references")
def names_pending(text):
    low = text.lower()
    return [ref for ref, al in ALIASES.items() if ref.lower() in low or any(a in low for a in al)]

REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
       "kind_of_row", "note"]
rows, ids = [], set()
for n, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
    try:
        o = json.loads(line)
    except Exception as e:
        err(f"line {n} does not parse: {e}")
        continue
    rows.append(o)
    for k in REQ:
        if k not in o:
            err(f"line {n} lacks {k}")
    if not re.fullmatch(r"b46-\d{3}", o.get("id", "")):
        err(f"line {n} bad id {o.get('id')}")
    if o["id"] in ids:
        err(f"duplicate id {o['id']}")
    ids.add(o["id"])

last = None
for o in rows:
    i, t, e = o["id"], o["text"], o["expect"]
    low = t.lower()
    a = o["author"]
    if a not in handles or a in official:
        err(f"{i} author {a} not a councillor handle")
    if (o["account"] == "personal") != (a in PERSONAL) or o["account"] not in ("councillor", "personal"):
        err(f"{i} account {o['account']} does not fit author {a}")
    if o["kind"] != "post" or o["platform"] not in ("x", "facebook", "bluesky"):
        err(f"{i} kind/platform")
    ts = datetime.fromisoformat(o["created_at"])
    if not o["created_at"].endswith("+00:00"):
        err(f"{i} offset")
    if ts.weekday() > 4 or not (8 <= ts.hour <= 18) or not (date(2026, 1, 5) <= ts.date() <= date(2026, 3, 27)):
        err(f"{i} timestamp {o['created_at']} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
    for m in meetings:
        if datetime.fromisoformat(m["start"]) <= ts <= datetime.fromisoformat(m["end"]):
            err(f"{i} inside meeting {m['title']}")
    last = ts if last is None or ts > last else last
    rules, allowed, v = e["rules"], e["allowed"], e["verdict"]
    for r in rules + allowed:
        if r not in SEVS:
            err(f"{i} unknown rule {r}")
    if set(rules) & set(allowed):
        err(f"{i} rule both expected and allowed")
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err(f"{i} duplicate rules")
    if v not in RANK:
        err(f"{i} bad verdict {v}")
    if not rules:
        if v != "ok":
            err(f"{i} verdict {v} without rules")
    else:
        lo = max(RANK[SEVS[r][0]] for r in rules if r in SEVS)
        hi = max(RANK[SEVS[r][1]] for r in rules if r in SEVS)
        if not lo <= RANK[v] <= hi:
            err(f"{i} verdict {v} does not fit severities of {rules}")
    k = o["kind_of_row"]
    if k == "positive":
        if o["family"] not in TWELVE or o["family"] not in rules:
            err(f"{i} positive family {o['family']} not expected")
    elif k in ("hard_negative", "filler"):
        if rules or v != "ok":
            err(f"{i} {k} expects rules")
        if o["family"] != k:
            err(f"{i} family should be {k}")
        if k == "hard_negative" and o.get("near_miss_of") not in TWELVE:
            err(f"{i} hard negative lacks a valid near_miss_of")
        if k == "filler" and allowed:
            err(f"{i} filler with allowed rules")
    else:
        err(f"{i} bad kind_of_row {k}")
    # confidential register terms
    if any(term.lower() in low for term in terms):
        if "confidentiality.disclosure" not in rules or v != "block":
            err(f"{i} names a confidential term but is not disclosure/block")
    # predetermination and the pending register
    if "predetermination.closed-mind" in rules:
        if names_pending(t) and v != "block":
            err(f"{i} predetermination naming a pending matter is not block")
    if o["family"] == "predetermination.closed-mind" and k == "positive" and not names_pending(t) and v == "block":
        err(f"{i} predetermination positive naming no pending matter is block")
    # declared interests
    if o["family"] == "interests.declared-interest" and k == "positive":
        it = o.get("interest")
        if it not in holders:
            err(f"{i} declared-interest positive without a registered interest")
        elif handles.get(a) != holders[it]:
            err(f"{i} declared-interest positive not written by the holder of {it}")
    # self contact details
    digits = re.sub(r"\D", "", t)
    if (self_markers[0] in low or self_markers[1] in digits) and handles.get(a) != selfc["name"]:
        err(f"{i} self contact details in a post by {a}")

for p in pending:
    if last and date.fromisoformat(p["decision_date"]) <= last.date():
        err(f"pending {p['reference']} decided before the last post")

pos = Counter(o["family"] for o in rows if o["kind_of_row"] == "positive")
hn = Counter(o.get("near_miss_of") for o in rows if o["kind_of_row"] == "hard_negative")
fill = sum(1 for o in rows if o["kind_of_row"] == "filler")
for r in TWELVE:
    if pos[r] < 18:
        err(f"only {pos[r]} positives for {r}")
    if hn[r] < 18:
        err(f"only {hn[r]} hard negatives for {r}")
if fill < 36:
    err(f"only {fill} fillers")

if ERR:
    print("\n".join(ERR))
    sys.exit(1)
print("OK")
