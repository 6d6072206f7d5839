#!/usr/bin/env python3
"""Check blind evaluation set b94 and print OK (or the problems found).

Finds the rule catalogue by walking up from this folder to shared/design/RULES.md; if there is
none, uses the built-in copy of the rule ids and severities below.  Usage: python validate.py
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
SEV = {"advice": 1, "review": 2, "block": 3}
BUILTIN = {
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
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage", "gifts.hospitality",
    "capacity.council-voice", "confidentiality.insider-advantage", "predetermination.closed-mind",
    "interests.declared-interest", "data-protection.personal-data", "security.credentials",
    "confidentiality.disclosure", "tone.irony-risk",
]
MIN_POS, MIN_HN, MIN_FILLERS = 15, 15, 30
# words that name each pending matter besides its reference (site or applicant)
PENDING_KEYS = {
    "25/02231/FUL": ["Saltmeadow"],
    "26/00077/OUT": ["Hatton's Field", "Hattons Field", "Saltway"],
    "26/00412/FUL": ["Moss Lane Farm", "Moss Lane Poultry", "Moss Lane"],
    "26/00231/FUL": ["Leyhurst Fields", "Copperhouse"],
    "26/00302/LBC": ["Yew Tree Hall", "Fairclough"],
    "26/00155/FUL": ["Blackbrook"],
    "26/00190/FUL": ["Old Cheese Hall", "Castlefields Inns"],
    "26/00350/FUL": ["Kettle Lane"],
    "LIC/26/0031": ["Flash Tavern"],
    "LIC/26/0044": ["Dock Road"],
    "LIC/26/0052": ["Mereside Festival", "Mereside", "Showground", "Meresbank"],
}
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
PERSONAL = {"@kyle_on_the_cut", "@pat_hulme_shippon"}
errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    for d in [HERE, *HERE.parents]:
        f = d / "shared" / "design" / "RULES.md"
        if f.is_file():
            rules = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    sevs = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    if "same as the amplified rule" in cells[-1]:
                        sevs = {"advice", "review", "block"}
                    rules[cells[0]] = sevs
            if rules:
                return rules, "RULES.md"
    return BUILTIN, "built-in copy"


def phone_ok(digits):
    return (digits.startswith("07700900") and len(digits) == 11) or (digits.startswith("01632960") and len(digits) == 11)


def main():
    rules, source = load_rules()
    for r in TWELVE:
        if r not in rules:
            err(f"rule {r} not in {source}")
    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = cfg["people"]["handles"]
    council_account = [h for h, n in handles.items() if n == cfg["council"]["name"]]
    terms = cfg["registers"]["confidential_terms"]
    holders = cfg["registers"]["interest_holders"]
    interests = set(cfg["registers"]["interests"])
    if set(holders) != interests:
        err("interest_holders and interests differ")
    me = cfg["self"]
    councillors = set(cfg["people"]["councillors"])
    for h, n in handles.items():
        if h not in council_account and n not in councillors:
            err(f"handle {h} names someone who is not a councillor")
    for n in holders.values():
        if n not in councillors:
            err(f"interest holder {n} not a councillor")

    with open(HERE / "pending.csv", newline="", encoding="utf-8") as f:
        pending = list(csv.DictReader(f))
    if {p["reference"] for p in pending} != set(PENDING_KEYS):
        err("pending.csv references differ from PENDING_KEYS")
    for p in pending:
        for k in PENDING_KEYS.get(p["reference"], []):
            if k.lower() not in (p["address"] + " " + p["description"]).lower() and k not in ("Hattons Field", "Mereside"):
                err(f"key {k!r} not in pending row {p['reference']}")
    with open(HERE / "meetings.csv", newline="", encoding="utf-8") as f:
        meetings = [(dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])) for m in csv.DictReader(f)]

    posts = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            posts.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: {e}")
    ids = [p.get("id") for p in posts]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    pos, hn, fillers, expecting = {}, {}, 0, {}
    last = None
    for p in posts:
        pid = p.get("id", "?")
        for k in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"):
            if k not in p:
                err(f"{pid}: missing {k}")
        if not re.fullmatch(r"B94-\d{4}", pid):
            err(f"{pid}: bad id")
        text, author = p["text"], p["author"]
        low = text.lower()
        if author not in handles or author in council_account:
            err(f"{pid}: author {author} not a councillor handle")
        if (p["account"] == "personal") != (author in PERSONAL) or p["account"] not in ("personal", "councillor"):
            err(f"{pid}: account {p['account']} for {author}")
        if p["kind"] != "post" or p["platform"] not in ("x", "facebook", "bluesky"):
            err(f"{pid}: kind/platform")
        if p["platform"] == "x" and len(text) > 280 or p["platform"] == "bluesky" and len(text) > 300:
            err(f"{pid}: too long for {p['platform']}")
        if author.lower() in low:
            err(f"{pid}: author mentions own handle")
        t = dt.datetime.fromisoformat(p["created_at"])
        if not p["created_at"].endswith("+00:00") or t.weekday() > 4 or not 8 <= t.hour <= 18 or not START <= t.date() <= END:
            err(f"{pid}: timestamp {p['created_at']}")
        if any(s <= t <= e for s, e in meetings):
            err(f"{pid}: inside a meeting")
        last = t if last is None or t > last else last

        ex = p["expect"]
        er, al, verdict = ex["rules"], ex["allowed"], ex["verdict"]
        for r in er + al:
            if r not in rules:
                err(f"{pid}: unknown rule {r}")
        if len(set(er)) != len(er) or len(set(al)) != len(al) or set(er) & set(al):
            err(f"{pid}: repeated rule or expected and allowed")
        if not er:
            if verdict != "ok":
                err(f"{pid}: verdict {verdict} with nothing expected")
        else:
            sets = [rules.get(r, {"advice"}) for r in er]
            lo = max(min(SEV[s] for s in ss) for ss in sets)
            possible = {s for ss in sets for s in ss if SEV[s] >= lo}
            if verdict not in possible:
                err(f"{pid}: verdict {verdict} does not fit {er}")
        for r in er:
            expecting[r] = expecting.get(r, 0) + 1

        kind, fam = p["kind_of_row"], p["family"]
        if kind == "positive":
            if fam not in er:
                err(f"{pid}: positive does not expect its family")
            pos[fam] = pos.get(fam, 0) + 1
        elif kind == "hard_negative":
            if er or verdict != "ok" or p.get("near_miss_of") != fam:
                err(f"{pid}: hard negative must expect nothing and name near_miss_of")
            hn[fam] = hn.get(fam, 0) + 1
        elif kind == "filler":
            if er or al or verdict != "ok" or fam != "filler":
                err(f"{pid}: filler must expect and allow nothing")
            fillers += 1
        else:
            err(f"{pid}: kind_of_row {kind}")

        named_term = [term for term in terms if term.lower() in low]
        if named_term and not ("confidentiality.disclosure" in er and verdict == "block"):
            err(f"{pid}: names register term {named_term} without disclosure block")
        if fam == "confidentiality.disclosure" and kind == "positive" and (verdict == "block") != bool(named_term):
            err(f"{pid}: disclosure positive block iff register term")
        named_pending = [ref for ref, keys in PENDING_KEYS.items() if ref.lower() in low or any(k.lower() in low for k in keys)]
        if "predetermination.closed-mind" in er and named_pending and verdict != "block":
            err(f"{pid}: predetermination naming {named_pending} must be block")
        if fam == "predetermination.closed-mind" and kind == "positive" and not named_pending and verdict != "review":
            err(f"{pid}: predetermination naming no pending matter must be review")
        if "security.credentials" in er and verdict != "block":
            err(f"{pid}: security must be block")
        if fam == "interests.declared-interest" and kind == "positive":
            i = p.get("interest")
            if i not in holders or handles[author] != holders[i]:
                err(f"{pid}: declared-interest positive must carry an interest and be by its holder")
        elif "interest" in p:
            err(f"{pid}: interest on a row that is not a declared-interest positive")
        digits_self = re.sub(r"\D", "", me["phone"])
        if (digits_self in re.sub(r"[^\d\n]", "", text) or me["email"].lower() in low) and handles[author] != me["name"]:
            err(f"{pid}: [self] contact details in a post by someone else")
        for m in re.finditer(r"\b0\d[\d ]{8,12}\d\b", text):
            d = re.sub(r"\D", "", m.group())
            if not phone_ok(d):
                err(f"{pid}: phone {m.group()} outside the drama ranges")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com":
                err(f"{pid}: email not on example.com")
        for m in re.finditer(r"https?://([^/\s]+)", text):
            if not re.search(r"(^|\.)example\.(com|net|org)$", m.group(1)):
                err(f"{pid}: link outside the example domains")

    for p in pending:
        if last and dt.date.fromisoformat(p["decision_date"]) <= last.date():
            err(f"pending {p['reference']} decided before the last post")
    for r in TWELVE:
        if pos.get(r, 0) < MIN_POS or hn.get(r, 0) < MIN_HN:
            err(f"{r}: {pos.get(r, 0)} positives, {hn.get(r, 0)} hard negatives")
    if fillers < MIN_FILLERS:
        err(f"only {fillers} fillers")

    # no absolute paths or machine names in the folder's files
    pat = re.compile("(?<![\\w.])/(?:" + "|".join(["wo" + "rk", "ho" + "me", "Us" + "ers", "tm" + "p", "mn" + "t", "ro" + "ot"]) + ")/")
    for f in HERE.iterdir():
        if f.is_file() and f.suffix in (".py", ".md", ".toml", ".csv", ".jsonl"):
            if pat.search(f.read_text(encoding="utf-8")):
                err(f"{f.name}: absolute path")

    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    if "-v" in sys.argv:
        for r in TWELVE:
            print(f"{r:36s} pos {pos.get(r, 0):3d}  hn {hn.get(r, 0):3d}  expecting {expecting.get(r, 0):3d}")
        print(f"fillers {fillers}, total {len(posts)}, rules from {source}")
    print("OK")


if __name__ == "__main__":
    main()
