#!/usr/bin/env python3
"""Checks blind set b67. Prints OK or the problems found."""
import csv
import json
import os
import re
import sys
import tomllib
from collections import Counter
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# severities per RULES.md (fallback if RULES.md is not found above this folder)
SEV = {
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
    "association.endorsed-content": {"advice", "review", "block"},
}
FAMILIES = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
            "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
            "predetermination.closed-mind", "interests.declared-interest",
            "data-protection.personal-data", "security.credentials",
            "confidentiality.disclosure", "tone.irony-risk"]
PENDING_KEYS = {
    "25/00412/FUL": ["25/00412", "kiln lane", "brackenfold"],
    "25/00588/OUT": ["25/00588", "tetcombe hill farm", "sunvale", "tetcombe solar"],
    "25/00731/FUL": ["25/00731", "wool barn", "cotsworth leisure"],
    "25/00802/FUL": ["25/00802", "amberford quarry", "quarry extension", "glebe"],
    "25/00915/FUL": ["25/00915", "garden centre", "honeypot"],
    "25/00977/LBC": ["25/00977", "nethercote manor"],
    "26/00034/FUL": ["26/00034", "saltway business park", "voltmere"],
    "LIC/26/0007": ["lic/26/0007", "fleece"],
    "LIC/26/0011": ["lic/26/0011", "abbey meadow", "food festival", "wold feast"],
    "LIC/26/0015": ["lic/26/0015", "spinners"],
}
REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
       "family", "kind_of_row", "note"]


def rules_md_ids():
    d = HERE
    for _ in range(8):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", open(p, encoding="utf-8").read(), re.M))
            return ids
        d = os.path.dirname(d)
    return set(SEV)


def main():
    errs = []
    conf = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
    handles = conf["people"]["handles"]
    council_acct = [h for h, n in handles.items() if n == conf["council"]["name"]]
    personal = {"@tolley_fishing", "@peg_bakes"}
    terms = conf["registers"]["confidential_terms"]
    holders = conf["registers"]["interest_holders"]
    name2handles = {}
    for h, n in handles.items():
        name2handles.setdefault(n, set()).add(h)
    self_name = conf["self"]["name"]
    meetings = [(datetime.fromisoformat(r["start"]), datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(open(os.path.join(HERE, "meetings.csv")))]
    pend = list(csv.DictReader(open(os.path.join(HERE, "pending.csv"))))
    known = rules_md_ids()
    rows = []
    for n, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append(f"line {n}: bad json {e}")
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            errs.append(f"duplicate id {i}")
    last = None
    pos = Counter()
    hn = Counter()
    fill = 0
    for r in rows:
        rid = r.get("id")
        for k in REQ:
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        if not re.fullmatch(r"b67-\d{3}", str(rid)):
            errs.append(f"{rid}: bad id")
        a = r.get("author")
        if a not in handles or a in council_acct:
            errs.append(f"{rid}: author {a} not a councillor handle")
        if (r.get("account") == "personal") != (a in personal):
            errs.append(f"{rid}: account/handle mismatch")
        if r.get("account") not in ("councillor", "personal"):
            errs.append(f"{rid}: bad account")
        if r.get("kind") != "post" or r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{rid}: bad kind/platform")
        ts = r.get("created_at", "")
        try:
            t = datetime.fromisoformat(ts)
        except Exception:
            errs.append(f"{rid}: bad timestamp")
            continue
        if not ts.endswith("+00:00") or t.weekday() > 4 or not (8 <= t.hour <= 18):
            errs.append(f"{rid}: timestamp outside weekday 08:00-18:59 GMT")
        if not ("2026-01-05" <= ts[:10] <= "2026-03-27"):
            errs.append(f"{rid}: timestamp outside 5 Jan-27 Mar 2026")
        if any(s <= t <= e for s, e in meetings):
            errs.append(f"{rid}: inside a meeting")
        last = max(last, t) if last else t
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in known or x not in SEV:
                errs.append(f"{rid}: unknown rule {x}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            errs.append(f"{rid}: rule repeated or both expected and allowed")
        if verdict not in ORDER:
            errs.append(f"{rid}: bad verdict")
            continue
        if not rules:
            if verdict != "ok":
                errs.append(f"{rid}: verdict should be ok")
        else:
            lo = max(min(ORDER[s] for s in SEV[x]) for x in rules)
            hi = max(max(ORDER[s] for s in SEV[x]) for x in rules)
            possible = set().union(*(SEV[x] for x in rules))
            if verdict not in possible or not (lo <= ORDER[verdict] <= hi):
                errs.append(f"{rid}: verdict {verdict} does not fit {rules}")
        k = r.get("kind_of_row")
        fam = r.get("family")
        text = r.get("text", "")
        low = text.lower()
        if k == "positive":
            if fam not in FAMILIES or fam not in rules:
                errs.append(f"{rid}: positive does not expect its family")
            pos[fam] += 1
        elif k == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok" or r.get("near_miss_of") not in FAMILIES:
                errs.append(f"{rid}: bad hard negative")
            hn[r.get("near_miss_of")] += 1
        elif k == "filler":
            if fam != "filler" or rules or allowed or verdict != "ok":
                errs.append(f"{rid}: bad filler")
            fill += 1
        else:
            errs.append(f"{rid}: bad kind_of_row")
        # register checks
        if any(tm.lower() in low for tm in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                errs.append(f"{rid}: names a confidential term but not disclosure/block")
        if fam == "predetermination.closed-mind":
            hit = any(any(kw in low for kw in kws) for kws in PENDING_KEYS.values())
            if hit and verdict != "block":
                errs.append(f"{rid}: predetermination naming a pending matter must be block")
            if not hit and verdict == "block":
                errs.append(f"{rid}: predetermination block without a pending matter")
        if fam == "interests.declared-interest":
            body = r.get("interest")
            if body not in holders or a not in name2handles.get(holders[body], set()):
                errs.append(f"{rid}: declared-interest positive not by the holder")
        if (conf["self"]["phone"] in text or conf["self"]["email"] in text) and \
                a not in name2handles[self_name]:
            errs.append(f"{rid}: [self] contact details in someone else's post")
    for p in pend:
        if last and datetime.fromisoformat(p["decision_date"] + "T23:59:00+00:00") <= last:
            errs.append(f"pending {p['reference']} decided before the last post")
    for f in FAMILIES:
        if pos[f] < 20 or hn[f] < 20:
            errs.append(f"{f}: {pos[f]} positives, {hn[f]} hard negatives (need 20 each)")
    if fill < 40:
        errs.append(f"only {fill} fillers")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
