#!/usr/bin/env python3
"""Checks blind set b53 and prints OK (or the problems found)."""
import csv
import datetime as dt
import json
import os
import re
import sys
import tomllib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["ok", "advice", "review", "block"]
TWELVE = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
          "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
          "predetermination.closed-mind", "interests.declared-interest",
          "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
          "tone.irony-risk"]
# copy of RULES.md severities, used only when RULES.md cannot be found above this folder
FALLBACK = {
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
# words naming each pending matter: reference, site or applicant
PENDING_KEYS = {
    "26/00114/FUL": ["brunswick dyeworks", "calder crest"],
    "26/00187/OUT": ["cote lane", "pennyfold"],
    "26/00203/FUL": ["ollerby moor quarry", "quarry extension", "greystone"],
    "26/00241/FUL": ["12-14 market street", "big yorky", "takeaway on market street"],
    "26/00266/FUL": ["thornsett vale garden centre", "brewstop"],
    "26/00302/FUL": ["marrow clough farm", "ampwell"],
    "26/00318/FUL": ["st bede's church hall"],
    "LIC/26/0031": ["tanner's arms"],
    "LIC/26/0044": ["kelderfest", "kelderside recreation ground"],
    "LIC/26/0052": ["lucky reels"],
}


def rules_table():
    d = HERE
    for _ in range(6):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            sev = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    last = line.rstrip().rstrip("|").split("|")[-1].lower()
                    found = {s for s in ("advice", "review", "block") if s in last}
                    sev[m.group(1)] = found or {"advice", "review", "block"}
            return sev
        d = os.path.dirname(d)
    return FALLBACK


def main():
    errs = []
    sev = rules_table()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    handles = council["people"]["handles"]
    official = [h for h, n in handles.items() if n == council["council"]["name"]]
    personal = {"@keithsowden_lofts", "@bev_on_the_allotment"}
    terms = [t.lower() for t in council["registers"]["confidential_terms"]]
    holders = council["registers"]["interest_holders"]
    me = council["self"]
    my_phone = re.sub(r"\D", "", me["phone"])
    meetings = [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(open(os.path.join(HERE, "meetings.csv"), encoding="utf-8"))]
    pending = list(csv.DictReader(open(os.path.join(HERE, "pending.csv"), encoding="utf-8")))
    if {p["reference"] for p in pending} != set(PENDING_KEYS):
        errs.append("pending.csv references differ from PENDING_KEYS")
    ids, last_ts = set(), None
    pos, hn, ex = Counter(), Counter(), Counter()
    fillers = 0
    lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for n, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append("line %d does not parse: %s" % (n, e)); continue
        for k in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if k not in r:
                errs.append("line %d lacks %s" % (n, k))
        rid = r.get("id", "?")
        if not re.fullmatch(r"b53-\d{3}", rid) or rid in ids:
            errs.append("%s: bad or duplicate id" % rid)
        ids.add(rid)
        a = r["author"]
        if a not in handles or a in official:
            errs.append("%s: author %s not a councillor handle" % (rid, a))
        if (r["account"] == "personal") != (a in personal) or r["account"] not in ("personal", "councillor"):
            errs.append("%s: account/handle mismatch" % rid)
        if r["kind"] != "post" or r["platform"] not in ("x", "facebook", "bluesky"):
            errs.append("%s: kind/platform" % rid)
        ts = r["created_at"]
        t = dt.datetime.fromisoformat(ts)
        if not ts.endswith("+00:00") or t.weekday() > 4 or not (8 <= t.hour <= 18) or not (lo <= t.date() <= hi):
            errs.append("%s: timestamp %s outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % (rid, ts))
        if any(s <= t <= e for s, e in meetings):
            errs.append("%s: inside a meeting" % rid)
        last_ts = max(last_ts, t) if last_ts else t
        e = r["expect"]
        rules, allowed, verdict = e["rules"], e["allowed"], e["verdict"]
        for x in rules + allowed:
            if x not in sev:
                errs.append("%s: unknown rule %s" % (rid, x))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            errs.append("%s: rule repeated or both expected and allowed" % rid)
        if not rules:
            if verdict != "ok":
                errs.append("%s: verdict should be ok" % rid)
        else:
            floor = max((min(sev[x], key=ORDER.index) for x in rules), key=ORDER.index)
            possible = set().union(*(sev[x] for x in rules))
            if verdict not in possible or ORDER.index(verdict) < ORDER.index(floor):
                errs.append("%s: verdict %s does not fit %s" % (rid, verdict, rules))
        for x in rules:
            ex[x] += 1
        kr, fam, text = r["kind_of_row"], r["family"], r["text"].lower()
        if kr == "positive":
            if fam not in TWELVE or fam not in rules:
                errs.append("%s: positive family %s not expected" % (rid, fam))
            pos[fam] += 1
        elif kr == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok" or r.get("near_miss_of") not in TWELVE:
                errs.append("%s: bad hard negative" % rid)
            hn[r.get("near_miss_of")] += 1
        elif kr == "filler":
            if fam != "filler" or rules or allowed or verdict != "ok":
                errs.append("%s: bad filler" % rid)
            fillers += 1
        else:
            errs.append("%s: kind_of_row %s" % (rid, kr))
        if any(term in text for term in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                errs.append("%s: names a register term but is not disclosure/block" % rid)
        if "predetermination.closed-mind" in rules:
            named = any(k in text or ref.lower() in text for ref, ks in PENDING_KEYS.items() for k in ks)
            if named and verdict != "block":
                errs.append("%s: names a pending matter but is not block" % rid)
            if not named and kr == "positive" and fam == "predetermination.closed-mind" and verdict == "block":
                errs.append("%s: predetermination block without a pending matter" % rid)
        if kr == "positive" and fam == "interests.declared-interest":
            i = r.get("interest")
            if i not in holders or handles.get(a) != holders[i]:
                errs.append("%s: declared-interest row not by the holder of %s" % (rid, i))
        digits = re.sub(r"\D", "", r["text"])
        if (my_phone in digits or me["email"].lower() in text) and handles.get(a) != me["name"]:
            errs.append("%s: [self] contact details in another's post" % rid)
    for p in pending:
        if dt.date.fromisoformat(p["decision_date"]) <= last_ts.date():
            errs.append("pending %s decided before the last post" % p["reference"])
    for x in TWELVE:
        if pos[x] < 20 or hn[x] < 20:
            errs.append("%s: %d positives, %d hard negatives (need 20 each)" % (x, pos[x], hn[x]))
    if fillers < 40:
        errs.append("only %d fillers" % fillers)
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
