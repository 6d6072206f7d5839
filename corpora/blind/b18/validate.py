#!/usr/bin/env python3
"""Checks blind set b18 (accounts.jsonl). Prints OK when every check passes."""
import datetime as dt
import json
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ID_RE = re.compile(r"^B18-A-\d{4}$")
# rule ids of RULES.md's two tables (the file is also read when it can be found)
RULES = {
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
    "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
ACCOUNT_RULES = {"harassment.repeated-target", "moderation.third-party-comments", "capacity.mixed-account"}
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
       "family", "account_pattern", "kind_of_row", "note"]

errors = []


def err(msg):
    errors.append(msg)


for cand in ["../../shared/design/RULES.md", "../../../shared/design/RULES.md",
             "../../../../shared/design/RULES.md"]:
    p = os.path.join(HERE, cand)
    if os.path.exists(p):
        ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", open(p, encoding="utf-8").read(), re.M))
        for r in RULES:
            if r not in ids:
                err(f"rule {r} not in {cand}")
        break

with open(os.path.join(HERE, "council.toml"), "rb") as f:
    council = tomllib.load(f)
handles = set(council["people"]["handles"])

rows = []
for n, line in enumerate(open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8"), 1):
    try:
        rows.append(json.loads(line))
    except json.JSONDecodeError as e:
        err(f"line {n}: {e}")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")
by_id = {r.get("id"): r for r in rows}
accounts = defaultdict(list)
lo, hi = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc), dt.datetime(2026, 3, 28, tzinfo=dt.timezone.utc)

for r in rows:
    rid = r.get("id")
    for k in REQ:
        if k not in r:
            err(f"{rid}: missing {k}")
    if not ID_RE.match(str(rid)):
        err(f"{rid}: id pattern")
    if r.get("author") not in handles:
        err(f"{rid}: author {r.get('author')} not in council.toml")
    if r.get("platform") not in {"x", "facebook", "bluesky"}:
        err(f"{rid}: platform")
    if r.get("account") not in {"councillor", "personal"}:
        err(f"{rid}: account")
    if r.get("kind") not in {"post", "comment"}:
        err(f"{rid}: kind")
    if r.get("kind") == "comment":
        if not r.get("comment_by"):
            err(f"{rid}: comment without comment_by")
        par = by_id.get(r.get("parent_id"))
        if not par or par.get("kind") != "post" or par.get("author") != r.get("author"):
            err(f"{rid}: bad parent_id")
        elif par["created_at"] >= r["created_at"]:
            err(f"{rid}: comment not after its post")
    try:
        t = dt.datetime.fromisoformat(r["created_at"])
        if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
            err(f"{rid}: offset must be +00:00")
        if not (lo <= t < hi) or t.weekday() > 4 or not (8 <= t.hour <= 18):
            err(f"{rid}: timestamp {r['created_at']} outside weekday 08:00-18:59 5 Jan-27 Mar")
    except Exception as e:  # noqa
        err(f"{rid}: created_at {e}")
    ex = r.get("expect", {})
    rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
    for x in rules + allowed:
        if x not in RULES:
            err(f"{rid}: unknown rule {x}")
    if set(rules) & set(allowed):
        err(f"{rid}: rule both expected and allowed")
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err(f"{rid}: duplicate rule")
    if rules:
        lo_v = max(SEV[RULES[x][0]] for x in rules if x in RULES)
        hi_v = max(SEV[RULES[x][1]] for x in rules if x in RULES)
        if not (lo_v <= SEV.get(verdict, -1) <= hi_v):
            err(f"{rid}: verdict {verdict} does not fit {rules}")
    elif verdict != "ok":
        err(f"{rid}: no rules but verdict {verdict}")
    kor = r.get("kind_of_row")
    if kor not in {"positive", "hard_negative", "filler"}:
        err(f"{rid}: kind_of_row")
    if kor in {"hard_negative", "filler"} and (rules or verdict != "ok"):
        err(f"{rid}: {kor} must expect no rules and ok")
    if kor == "positive":
        if r.get("family") not in rules or r.get("account_pattern") not in rules:
            err(f"{rid}: positive must expect its family/account rule")
    if kor != "positive" and r.get("family") != "hard_negative":
        err(f"{rid}: family should be hard_negative")
    if r.get("account_pattern") not in ACCOUNT_RULES:
        err(f"{rid}: account_pattern")
    accounts[r.get("author")].append(r)

# account-level checks
stats = Counter()
for h, rs in accounts.items():
    if not 5 <= len(rs) <= 12:
        err(f"{h}: {len(rs)} rows (want 5-12)")
    pats = {r["account_pattern"] for r in rs}
    if len(pats) != 1:
        err(f"{h}: several patterns {pats}")
    if len({r["account"] for r in rs}) != 1:
        err(f"{h}: mixed account field")
    pat = pats.pop()
    pos = [r for r in rs if r["kind_of_row"] == "positive"]
    if pos:
        stats[(pat, "positive")] += 1
        days = {r["created_at"][:10] for r in pos}
        if pat == "harassment.repeated-target" and len(days) < 2:
            err(f"{h}: hostile posts on fewer than two occasions")
        for r in rs:
            if r["kind_of_row"] == "filler" and pat not in r["expect"]["allowed"]:
                err(f"{r['id']}: filler in a positive account must allow {pat}")
    else:
        kind = "personal" if rs[0]["account"] == "personal" else "hard_negative"
        stats[(pat, kind)] += 1
    if len({r["created_at"][:10] for r in rs if r["kind"] == "post"}) < len([r for r in rs if r["kind"] == "post"]):
        err(f"{h}: two posts on one day")

need = {("harassment.repeated-target", "positive"): 7, ("harassment.repeated-target", "hard_negative"): 3,
        ("capacity.mixed-account", "positive"): 5, ("capacity.mixed-account", "hard_negative"): 2,
        ("capacity.mixed-account", "personal"): 1, ("moderation.third-party-comments", "positive"): 3}
for k, v in need.items():
    if stats[k] < v:
        err(f"{k}: {stats[k]} accounts, need {v}")
if len(rows) < 130:
    err(f"only {len(rows)} rows")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
