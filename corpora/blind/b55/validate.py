#!/usr/bin/env python3
"""Check blind set b55 and print OK (or the problems found)."""
import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
FAMILIES = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
            "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
            "predetermination.closed-mind", "interests.declared-interest",
            "data-protection.personal-data", "security.credentials",
            "confidentiality.disclosure", "tone.irony-risk"]
# Fallback copy of RULES.md severities, used only when RULES.md is not found above this folder.
FALLBACK = {
    "respect.personal-attack": {"review", "block"}, "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"}, "equality.discrimination": {"block"},
    "officers.impartiality": {"review"}, "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"}, "capacity.council-voice": {"review"},
    "resources.political-use": {"review"}, "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"}, "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"}, "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"}, "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"}, "tone.irony-risk": {"advice"},
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"}, "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
PERSONAL = {"@tobywren_runs", "@ffion_makes_pots"}
COUNCIL_ACCOUNT = "@SHVDCouncil"
# Ways a post can name a pending matter: reference, site, applicant.
PENDING_KEYS = {
    "25/01182/FUL": ["Pollards Lane", "Larkspur"],
    "25/01455/OUT": ["Fallowfield Farm", "Greyfriars"],
    "25/01610/FUL": ["Old Tannery", "tannery"],
    "25/01702/FUL": ["Hatchgate", "Verity Solar", "solar farm", "Coldwick solar"],
    "26/00044/FUL": ["Orchard Rise"],
    "26/00091/FUL": ["Brewhouse", "Fernleigh Common Service Station", "Fernleigh drive-thru"],
    "26/00130/FUL": ["police station", "Queen's Road"],
    "LIC/26/0017": ["Kingfisher"],
    "LIC/26/0023": ["Hopfield", "Hemsted Showground"],
    "LIC/26/0031": ["Lucky Horseshoe"],
}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]


def rule_severities():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.exists():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    last = line.strip().strip("|").split("|")[-1].lower()
                    sev[m.group(1)] = {s for s in ("advice", "review", "block") if s in last} or {"advice", "review", "block"}
            if sev:
                return sev
    return FALLBACK


def main():
    errs = []
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    assert cfg["council"]["code"] == "bexley"
    handles = cfg["people"]["handles"]
    me = cfg["self"]
    holders = cfg["registers"]["interest_holders"]
    terms = cfg["registers"]["confidential_terms"]
    sev = rule_severities()
    meetings = [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(open(HERE / "meetings.csv", encoding="utf-8"))]
    pending = list(csv.DictReader(open(HERE / "pending.csv", encoding="utf-8")))
    if {p["reference"] for p in pending} != set(PENDING_KEYS):
        errs.append("pending.csv references differ from PENDING_KEYS")
    rows, ids, last = [], set(), None
    for n, line in enumerate(open(HERE / "posts.jsonl", encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"line {n}: {e}")
            continue
        rows.append(r)
        rid = r.get("id", f"line {n}")
        for f in REQUIRED:
            if f not in r:
                errs.append(f"{rid}: missing {f}")
        if not re.fullmatch(r"b55-\d{3}", str(r.get("id"))):
            errs.append(f"{rid}: bad id")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        a = r.get("author")
        if a not in handles or a == COUNCIL_ACCOUNT:
            errs.append(f"{rid}: author {a} is not a councillor handle")
        if (r.get("account") == "personal") != (a in PERSONAL) or r.get("account") not in ("personal", "councillor"):
            errs.append(f"{rid}: account/handle mismatch")
        if r.get("kind") != "post" or r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{rid}: kind/platform")
        ts = r.get("created_at", "")
        if not ts.endswith("+00:00"):
            errs.append(f"{rid}: offset")
        t = dt.datetime.fromisoformat(ts)
        if t.weekday() > 4 or not 8 <= t.hour <= 18 or not dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27):
            errs.append(f"{rid}: timestamp {ts} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        if any(s <= t < e for s, e in meetings):
            errs.append(f"{rid}: inside a meeting")
        last = max(last, t) if last else t
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in sev:
                errs.append(f"{rid}: unknown rule {x}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            errs.append(f"{rid}: rule repeated or both expected and allowed")
        if verdict not in RANK:
            errs.append(f"{rid}: bad verdict")
        elif not rules:
            if verdict != "ok":
                errs.append(f"{rid}: verdict should be ok")
        else:
            lo = max(min(RANK[s] for s in sev[x]) for x in rules if x in sev)
            hi = max(max(RANK[s] for s in sev[x]) for x in rules if x in sev)
            opts = set().union(*(sev[x] for x in rules if x in sev))
            if verdict not in opts or not lo <= RANK[verdict] <= hi:
                errs.append(f"{rid}: verdict {verdict} does not fit {rules}")
        k, fam = r.get("kind_of_row"), r.get("family")
        if k == "positive":
            if fam not in FAMILIES or fam not in rules:
                errs.append(f"{rid}: positive must expect its family")
        elif k == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok" or r.get("near_miss_of") not in FAMILIES:
                errs.append(f"{rid}: hard negative must expect nothing, be ok and name near_miss_of")
        elif k == "filler":
            if fam != "filler" or rules or allowed or verdict != "ok":
                errs.append(f"{rid}: filler must expect and allow nothing")
        else:
            errs.append(f"{rid}: bad kind_of_row")
        text = r.get("text", "")
        low = text.lower()
        if any(term.lower() in low for term in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                errs.append(f"{rid}: names a confidential term but does not expect disclosure/block")
        if "predetermination.closed-mind" in rules:
            named = any(ref in text or any(key.lower() in low for key in keys)
                        for ref, keys in PENDING_KEYS.items())
            if named and verdict != "block":
                errs.append(f"{rid}: predetermination naming a pending matter must be block")
            if not named and k == "positive" and fam == "predetermination.closed-mind" and verdict == "block":
                errs.append(f"{rid}: predetermination naming no pending matter should not be block")
        if k == "positive" and fam == "interests.declared-interest":
            i = r.get("interest")
            if i not in holders or handles.get(a) != holders[i]:
                errs.append(f"{rid}: declared-interest positive must carry interest and be by its holder")
        if (me["email"] in text or me["phone"] in text) and handles.get(a) != me["name"]:
            errs.append(f"{rid}: [self] contact details in a post by someone else")
    for p in pending:
        if last and dt.date.fromisoformat(p["decision_date"]) <= last.date():
            errs.append(f"{p['reference']}: decision not after the last post")
    for f in FAMILIES:
        npos = sum(1 for r in rows if r.get("kind_of_row") == "positive" and r.get("family") == f)
        nhn = sum(1 for r in rows if r.get("kind_of_row") == "hard_negative" and r.get("near_miss_of") == f)
        if npos < 20 or nhn < 20:
            errs.append(f"{f}: {npos} positives, {nhn} hard negatives (need 20 each)")
    if sum(1 for r in rows if r.get("kind_of_row") == "filler") < 40:
        errs.append("fewer than 40 fillers")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
