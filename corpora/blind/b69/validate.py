#!/usr/bin/env python3
"""Check blind set b69 and print OK (or the problems found and exit 1).

Finds the rule catalogue by walking up from this folder to shared/design/RULES.md; if it is not
there, uses the built-in copy of the rule ids and severities below.
"""
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
PREFIX = "b69"
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}
BUILTIN_SEVERITIES = {
    "respect.personal-attack": {"review", "block"},
    "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"},
    "equality.discrimination": {"block"},
    "officers.impartiality": {"review"},
    "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"},
    "capacity.council-voice": {"review"},
    "resources.political-use": {"review"},
    "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"},
    "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"},
    "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"},
    "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"},
    "tone.irony-risk": {"advice"},
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
# how a post names each pending matter: its reference, its site or its applicant
PENDING_KEYS = {
    "PA25/04417": ["PA25/04417", "Gwel an Mor", "Seaspray"],
    "PA25/04902": ["PA25/04902", "Trewinnick Barton", "Brightwater"],
    "PA26/00113": ["PA26/00113", "Creamery", "Kenwyn Vale"],
    "PA25/05210": ["PA25/05210", "Polgrean Quarry", "quarry extension", "Menacrin"],
    "PA26/00256": ["PA26/00256", "Net Loft"],
    "PA25/04788": ["PA25/04788", "Kellyvose headland", "headland mast", "Marvyn"],
    "LB26/00041": ["LB26/00041", "Chywoon Methodist Chapel", "chapel in Chywoon", "Chywoon chapel"],
    "LIC/26/0019": ["LIC/26/0019", "Jolly Tinner"],
    "LIC/26/0027": ["LIC/26/0027", "Gwenna Fest"],
    "LIC/26/0031": ["LIC/26/0031", "Wreckers Shack"],
}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
            "kind_of_row", "note"]


def find_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    sev[cells[0]] = words or {"advice", "review", "block"}
            if sev:
                return sev, "RULES.md"
    return BUILTIN_SEVERITIES, "built-in copy"


def main():
    errors = []
    err = errors.append
    sev, source = find_rules()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council["people"]["handles"]
    council_name = council["council"]["name"]
    councillors = set(council["people"]["councillors"])
    personal = {"@sally_hevva_cake", "@ivor_rows_gigs"}
    self_name = council["self"]["name"]
    self_phone, self_email = council["self"]["phone"], council["self"]["email"]
    terms = council["registers"]["confidential_terms"]
    interests = council["registers"]["interests"]
    holders = council["registers"]["interest_holders"]
    for i in interests:
        if holders.get(i) not in councillors:
            err(f"interest {i!r} has no councillor holder")
    for h, n in handles.items():
        if n != council_name and n not in councillors:
            err(f"handle {h} names someone who is not a councillor")

    pending = list(csv.DictReader(open(HERE / council["registers"]["pending_matters"], encoding="utf-8")))
    meetings = list(csv.DictReader(open(HERE / council["registers"]["meetings"], encoding="utf-8")))
    for p in pending:
        if p["reference"] not in PENDING_KEYS:
            err(f"pending matter {p['reference']} has no keys")
    spans = [(dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])) for m in meetings]

    rows = []
    for n, line in enumerate(open(HERE / "posts.jsonl", encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    last = None
    lo, hi = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    counts = {k: {"positive": 0, "hard_negative": 0} for k in TWELVE}
    fillers = 0
    for r in rows:
        rid = r.get("id", "?")
        for f in REQUIRED:
            if f not in r:
                err(f"{rid}: missing {f}")
        if not re.fullmatch(PREFIX + r"-\d{3}", str(rid)):
            err(f"{rid}: bad id")
        a = r.get("author")
        if a not in handles or handles[a] == council_name:
            err(f"{rid}: author {a} is not a councillor handle")
        if (r.get("account") == "personal") != (a in personal) or r.get("account") not in ("personal", "councillor"):
            err(f"{rid}: account {r.get('account')} wrong for {a}")
        if r.get("kind") != "post":
            err(f"{rid}: kind")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            err(f"{rid}: platform")
        ca = r.get("created_at", "")
        if not ca.endswith("+00:00"):
            err(f"{rid}: timestamp offset")
        t = dt.datetime.fromisoformat(ca)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (lo <= t.date() <= hi):
            err(f"{rid}: timestamp {ca} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        if any(s <= t <= e for s, e in spans):
            err(f"{rid}: inside a meeting")
        last = t if last is None or t > last else last

        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for rule in rules + allowed:
            if rule not in sev:
                err(f"{rid}: unknown rule {rule} (per {source})")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            err(f"{rid}: rule repeated or both expected and allowed")
        if verdict not in LEVEL:
            err(f"{rid}: verdict {verdict}")
        elif not rules:
            if verdict != "ok":
                err(f"{rid}: nothing expected but verdict {verdict}")
        else:
            possible = set().union(*(sev.get(x, set()) for x in rules))
            floor = max(min(LEVEL[s] for s in sev.get(x, {"advice"})) for x in rules)
            if verdict not in possible or LEVEL[verdict] < floor:
                err(f"{rid}: verdict {verdict} does not fit {rules}")

        kind, fam = r.get("kind_of_row"), r.get("family")
        text = r.get("text", "")
        low = text.lower()
        if kind == "positive":
            if fam not in TWELVE or fam not in rules:
                err(f"{rid}: positive does not expect its family")
            else:
                counts[fam]["positive"] += 1
        elif kind == "hard_negative":
            if rules or verdict != "ok":
                err(f"{rid}: hard negative expects something")
            if r.get("near_miss_of") not in TWELVE or r.get("near_miss_of") != fam:
                err(f"{rid}: hard negative needs near_miss_of")
            else:
                counts[fam]["hard_negative"] += 1
        elif kind == "filler":
            fillers += 1
            if rules or allowed or verdict != "ok" or fam != "filler":
                err(f"{rid}: filler must expect and allow nothing")
        else:
            err(f"{rid}: kind_of_row {kind}")

        if any(term.lower() in low for term in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                err(f"{rid}: names a confidential term but is not disclosure block")
        if kind == "positive" and fam == "predetermination.closed-mind":
            named = any(k.lower() in low for keys in PENDING_KEYS.values() for k in keys)
            if named and verdict != "block":
                err(f"{rid}: predetermination naming a pending matter must be block")
            if not named and verdict == "block":
                err(f"{rid}: predetermination naming no pending matter should not be block")
        if kind == "positive" and fam == "interests.declared-interest":
            i = r.get("interest")
            if i not in interests:
                err(f"{rid}: declared-interest positive needs a registered interest")
            elif handles.get(a) != holders.get(i):
                err(f"{rid}: declared-interest positive not written by the holder of {i}")
        if (self_phone in text or self_email.lower() in low) and handles.get(a) != self_name:
            err(f"{rid}: [self] contact details in a post by someone else")
        for ph in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", text):
            if not re.fullmatch(r"07700 ?900\d{3}|01632 ?960\d{3}", ph):
                err(f"{rid}: phone number {ph} outside the Ofcom drama ranges")
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            dom = em.split("@", 1)[1].lower()
            if dom != "example.com" and not dom.endswith(".example.com"):
                err(f"{rid}: email {em} not on example.com")

    for p in pending:
        if last and dt.date.fromisoformat(p["decision_date"]) <= last.date():
            err(f"pending {p['reference']} decided before the last post")
    for k, c in counts.items():
        if c["positive"] < 20 or c["hard_negative"] < 20:
            err(f"{k}: {c}")
    if fillers < 40:
        err(f"only {fillers} fillers")
    if len(rows) != 522:
        err(f"{len(rows)} rows, expected 522")

    # build.py must reproduce posts.jsonl exactly
    sys.path.insert(0, str(HERE))
    sys.dont_write_bytecode = True
    import build
    again = [json.dumps(o, ensure_ascii=False) for o in build.build_rows()]
    now = [l.rstrip("\n") for l in open(HERE / "posts.jsonl", encoding="utf-8")]
    if again != now:
        err("build.py does not reproduce posts.jsonl")

    # no absolute paths in the set's files
    bad = re.compile(r"(?<![\w.])/(?:" + "|".join(["wo" + "rk", "ho" + "me", "tm" + "p", "Us" + "ers", "ro" + "ot"]) + r")/")
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in (".py", ".md", ".toml", ".csv", ".jsonl"):
            if bad.search(f.read_text(encoding="utf-8")):
                err(f"{f.name}: contains an absolute path")

    if errors:
        for e in errors:
            print(e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
