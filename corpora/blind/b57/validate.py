#!/usr/bin/env python3
"""Checks blind set b57 and prints OK (or the problems found)."""
import csv
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["ok", "advice", "review", "block"]
# fallback copy of the severities in RULES.md (used only when the file is not found above this folder)
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
    "harassment.repeated-target": {"block"}, "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
FAMILIES = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
            "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
            "predetermination.closed-mind", "interests.declared-interest",
            "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
            "tone.irony-risk"]


def rule_severities():
    for parent in [HERE, *HERE.parents]:
        f = parent / "shared" / "design" / "RULES.md"
        if f.exists():
            sev = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if not m:
                    continue
                last = line.strip().strip("|").split("|")[-1].lower()
                words = {w for w in ("advice", "review", "block") if w in last}
                if "one level lower" in last:
                    words = {"advice", "review", "block"}
                sev[m.group(1)] = words
            return sev
    return FALLBACK


def main():
    errs = []
    sev = rule_severities()
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = conf["people"]["handles"]
    official = {h for h, n in handles.items() if n == conf["council"]["name"]}
    personal = {"@dilwyn_bees", "@lornas_kitchen"}
    terms = [t.lower() for t in conf["registers"]["confidential_terms"]]
    holders = conf["registers"]["interest_holders"]
    name_to_handles = {}
    for h, n in handles.items():
        name_to_handles.setdefault(n, set()).add(h)
    self_ = conf["self"]
    self_handles = name_to_handles[self_["name"]]
    meetings = []
    with open(HERE / conf["registers"]["meetings"], newline="", encoding="utf-8") as fh:
        for m in csv.DictReader(fh):
            meetings.append((dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])))
    pending = []
    with open(HERE / conf["registers"]["pending_matters"], newline="", encoding="utf-8") as fh:
        for p in csv.DictReader(fh):
            pending.append(p)
    # words that name a pending matter: reference, site, applicant
    pending_keys = [p["reference"].lower() for p in pending] + [
        "cwm road", "greyhaven", "tanhouse dairy", "old dairy", "dairy lane", "blackstock", "marcher aggregates",
        "toll house", "smokestack", "nantlle", "oakfold", "castle car park", "bastion", "quayside",
        "spin palace", "borderlands", "dunmarsh showground", "sunfold", "solar farm"]

    rows, ids, last = [], set(), None
    lines = (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: does not parse: {e}")
            continue
        rows.append(r)
        rid = r.get("id", "?")
        for k in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if k not in r or r[k] in (None, ""):
                errs.append(f"{rid}: missing {k}")
        if not re.fullmatch(r"b57-\d{3}", str(rid)):
            errs.append(f"{rid}: bad id")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        a = r.get("author")
        if a not in handles or a in official:
            errs.append(f"{rid}: author {a} not a councillor handle")
        if (a in personal) != (r.get("account") == "personal"):
            errs.append(f"{rid}: account does not fit author")
        if r.get("account") not in ("councillor", "personal"):
            errs.append(f"{rid}: bad account")
        if r.get("kind") != "post":
            errs.append(f"{rid}: kind")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{rid}: platform")
        ts = r.get("created_at", "")
        try:
            t = dt.datetime.fromisoformat(ts)
            if not ts.endswith("+00:00"):
                errs.append(f"{rid}: offset")
            if t.weekday() > 4 or not (8 <= t.hour <= 18):
                errs.append(f"{rid}: not weekday daytime")
            if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
                errs.append(f"{rid}: outside 5 Jan-27 Mar 2026")
            if any(s <= t <= e for s, e in meetings):
                errs.append(f"{rid}: inside a meeting")
            last = t if last is None or t > last else last
        except Exception:
            errs.append(f"{rid}: bad timestamp")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in sev:
                errs.append(f"{rid}: unknown rule {x}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errs.append(f"{rid}: repeated rule")
        if set(rules) & set(allowed):
            errs.append(f"{rid}: rule both expected and allowed")
        if verdict not in ORDER:
            errs.append(f"{rid}: bad verdict")
        elif not rules:
            if verdict != "ok":
                errs.append(f"{rid}: no rules but verdict {verdict}")
        else:
            lo = max(min((ORDER.index(s) for s in sev.get(x, {"advice"})), default=1) for x in rules)
            hi = max(max((ORDER.index(s) for s in sev.get(x, {"block"})), default=3) for x in rules)
            possible = set().union(*(sev.get(x, set()) for x in rules))
            if not (lo <= ORDER.index(verdict) <= hi) or verdict not in possible:
                errs.append(f"{rid}: verdict {verdict} does not fit {rules}")
        kor, fam = r.get("kind_of_row"), r.get("family")
        low = r.get("text", "").lower()
        if kor == "positive":
            if fam not in FAMILIES or fam not in rules:
                errs.append(f"{rid}: positive does not expect its family")
        elif kor == "hard_negative":
            if rules or verdict != "ok" or fam != "hard_negative":
                errs.append(f"{rid}: hard negative must expect nothing")
            if r.get("near_miss_of") not in FAMILIES:
                errs.append(f"{rid}: hard negative needs near_miss_of")
        elif kor == "filler":
            if rules or allowed or verdict != "ok" or fam != "filler":
                errs.append(f"{rid}: filler must expect and allow nothing")
        else:
            errs.append(f"{rid}: bad kind_of_row")
        if any(term in low for term in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                errs.append(f"{rid}: names a confidential term but is not disclosure/block")
        if "predetermination.closed-mind" in rules:
            names = any(k in low for k in pending_keys)
            if names and verdict != "block":
                errs.append(f"{rid}: predetermination naming a pending matter must be block")
            if kor == "positive" and fam == "predetermination.closed-mind" and not names and verdict == "block":
                errs.append(f"{rid}: predetermination without a register match should not be block")
        if fam == "interests.declared-interest":
            it = r.get("interest")
            if it not in holders:
                errs.append(f"{rid}: declared-interest positive needs interest")
            elif a not in name_to_handles.get(holders[it], set()):
                errs.append(f"{rid}: declared-interest positive not by the holder")
        if (self_["phone"] in r.get("text", "") or self_["email"].lower() in low) and a not in self_handles:
            errs.append(f"{rid}: [self] contact details in a post by someone else")

    for p in pending:
        if last and dt.date.fromisoformat(p["decision_date"]) <= last.date():
            errs.append(f"pending {p['reference']}: decision not after every post")
    pos = Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    hn = Counter(r.get("near_miss_of") for r in rows if r.get("kind_of_row") == "hard_negative")
    fill = sum(1 for r in rows if r.get("kind_of_row") == "filler")
    for f in FAMILIES:
        if pos[f] < 20:
            errs.append(f"{f}: only {pos[f]} positives")
        if hn[f] < 20:
            errs.append(f"{f}: only {hn[f]} hard negatives")
    if fill < 40:
        errs.append(f"only {fill} fillers")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
