#!/usr/bin/env python3
"""Checks blind set b49 and prints OK (or the problems found)."""
import csv
import json
import re
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
# Copy of RULES.md severities (used when RULES.md cannot be found above this folder).
SEVERITIES = {
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
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
MIN_POS, MIN_HN, MIN_TOTAL = 20, 20, 520
# Words that name a pending matter (reference, site or applicant).
PENDING_WORDS = ["beckside", "greywether", "tarn foot", "howgill", "hollin crag", "cragstone",
                 "bobbin mill", "tarnview", "ravensfell moor", "ravensfell turbines", "corrie ridge",
                 "valeway", "kirkharrow road garage", "drovers", "the fleece", "fell fest", "peppers",
                 "peri peri", "brackenby road"]


def rule_ids_from_rules_md():
    for parent in [HERE] + list(HERE.parents):
        p = parent / "shared" / "design" / "RULES.md"
        if p.exists():
            ids = set(re.findall(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", p.read_text(), re.M))
            return ids
    return set(SEVERITIES)


def main():
    errs = []
    council = tomllib.loads((HERE / "council.toml").read_text())
    handles = council["people"]["handles"]
    official = [h for h, n in handles.items() if n == council["council"]["name"]]
    councillors = set(council["people"]["councillors"])
    personal = {"@walt_on_the_fells", "@bethbakes_skelbeck"}
    holders = council["registers"]["interest_holders"]
    terms = [t.lower() for t in council["registers"]["confidential_terms"]]
    selfc = council["self"]
    known_ids = rule_ids_from_rules_md()

    pending = list(csv.DictReader(open(HERE / "pending.csv", encoding="utf-8")))
    meetings = [(datetime.fromisoformat(m["start"]), datetime.fromisoformat(m["end"]))
                for m in csv.DictReader(open(HERE / "meetings.csv", encoding="utf-8"))]
    for p in pending:
        PENDING_WORDS.append(p["reference"].lower())

    rows, ids = [], set()
    for n, line in enumerate(open(HERE / "posts.jsonl", encoding="utf-8"), 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errs.append(f"line {n}: {e}")
            continue
        rows.append(r)
    last = None
    for r in rows:
        rid = r.get("id", "?")
        for f in ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"]:
            if f not in r:
                errs.append(f"{rid}: missing {f}")
        if not re.fullmatch(r"b49-\d{3}", rid):
            errs.append(f"{rid}: bad id")
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        a = r["author"]
        if a not in handles or a in official or handles[a] not in councillors:
            errs.append(f"{rid}: author {a} not a councillor handle")
        if (r["account"] == "personal") != (a in personal):
            errs.append(f"{rid}: account does not fit handle")
        if r["kind"] != "post" or r["platform"] not in ("x", "facebook", "bluesky"):
            errs.append(f"{rid}: kind/platform")
        if r["platform"] == "x" and len(r["text"]) > 280:
            errs.append(f"{rid}: too long for x")
        ts = r["created_at"]
        if not ts.endswith("+00:00"):
            errs.append(f"{rid}: offset")
        t = datetime.fromisoformat(ts)
        if not (t.weekday() < 5 and 8 <= t.hour <= 18 and
                datetime(2026, 1, 5, tzinfo=timezone.utc) <= t < datetime(2026, 3, 28, tzinfo=timezone.utc)):
            errs.append(f"{rid}: timestamp {ts} outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        if any(s <= t <= e for s, e in meetings):
            errs.append(f"{rid}: inside a meeting")
        last = t if last is None or t > last else last
        ex = r["expect"]
        rules, allowed, verdict = ex["rules"], ex["allowed"], ex["verdict"]
        for x in rules + allowed:
            if x not in known_ids or x not in SEVERITIES:
                errs.append(f"{rid}: unknown rule {x}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            errs.append(f"{rid}: rule repeated or both expected and allowed")
        if verdict not in ORDER:
            errs.append(f"{rid}: bad verdict")
        if not rules:
            if verdict != "ok":
                errs.append(f"{rid}: verdict should be ok")
        else:
            top = max((max(SEVERITIES[x], key=ORDER.get) for x in rules), key=ORDER.get)
            low = max((min(SEVERITIES[x], key=ORDER.get) for x in rules), key=ORDER.get)
            if not (ORDER[low] <= ORDER[verdict] <= ORDER[top]):
                errs.append(f"{rid}: verdict {verdict} does not fit {rules}")
        kr = r["kind_of_row"]
        low_text = r["text"].lower()
        if kr == "positive":
            if r["family"] not in TWELVE or r["family"] not in rules:
                errs.append(f"{rid}: positive family")
        elif kr == "hard_negative":
            if rules or verdict != "ok" or r["family"] != "hard_negative":
                errs.append(f"{rid}: hard negative must expect nothing")
            if r.get("near_miss_of") not in TWELVE:
                errs.append(f"{rid}: near_miss_of")
        elif kr == "filler":
            if rules or allowed or verdict != "ok" or r["family"] != "filler":
                errs.append(f"{rid}: filler must expect and allow nothing")
        else:
            errs.append(f"{rid}: kind_of_row")
        if any(term in low_text for term in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                errs.append(f"{rid}: names a confidential term but not disclosure/block")
        if "predetermination.closed-mind" in rules:
            names_pending = any(w in low_text for w in PENDING_WORDS)
            if names_pending and verdict != "block":
                errs.append(f"{rid}: predetermination naming a pending matter must be block")
            if kr == "positive" and r["family"] == "predetermination.closed-mind" and not names_pending \
                    and verdict == "block":
                errs.append(f"{rid}: predetermination block without a pending matter")
        if r["family"] == "interests.declared-interest":
            it = r.get("interest")
            if it not in holders or handles[a] != holders[it]:
                errs.append(f"{rid}: interest field / holder")
        if (selfc["email"] in r["text"] or selfc["phone"] in r["text"]) and handles[a] != selfc["name"]:
            errs.append(f"{rid}: self contact details from another author")
    for p in pending:
        if last and datetime.fromisoformat(p["decision_date"] + "T00:00:00+00:00") <= last:
            errs.append(f"pending {p['reference']} decided before the last post")
    pos = Counter(r["family"] for r in rows if r["kind_of_row"] == "positive")
    hn = Counter(r.get("near_miss_of") for r in rows if r["kind_of_row"] == "hard_negative")
    for rule in TWELVE:
        if pos[rule] < MIN_POS:
            errs.append(f"{rule}: only {pos[rule]} positives")
        if hn[rule] < MIN_HN:
            errs.append(f"{rule}: only {hn[rule]} hard negatives")
    if not any(r["kind_of_row"] == "filler" for r in rows):
        errs.append("no fillers")
    if len(rows) < MIN_TOTAL:
        errs.append(f"only {len(rows)} rows")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
