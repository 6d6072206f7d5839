#!/usr/bin/env python3
"""Check blind evaluation set b76 and print OK (or the problems found).

RULES.md is found by walking up from this folder to shared/design/RULES.md; if it is not found,
a built-in copy of the rule ids and severities is used.
"""
import csv
import datetime as dt
import json
import pathlib
import re
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
PREFIX = "b76"
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
BUILTIN = {
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
# Names by which a post can point at each pending matter (reference, site, applicant).
PENDING_KEYS = {
    "RDC/25/1187/FUL": ["Pipers Boatyard", "Riverline"],
    "RDC/25/1203/OUT": ["Swanton Lane", "Fairland"],
    "RDC/26/0021/FUL": ["Maltings"],
    "RDC/26/0045/FUL": ["Pier Pavilion", "Golden Sands", "pier application", "slot machines on the pier"],
    "RDC/26/0062/FUL": ["Marsh Drove", "Eastlight"],
    "RDC/26/0078/LBC": ["Windpump", "Wherry Heritage"],
    "RDC/26/0091/FUL": ["Gull Point", "Broadland Breaks"],
    "LIC/26/0007": ["Jolly Wherryman", "Wherryman Inns"],
    "LIC/26/0012": ["Sundowner", "Front Meadow", "Tidal Events"],
    "LIC/26/0015": ["Feathers Bar", "Feathers Leisure"],
}
PERSONAL = {"@derek_eels", "@dawn_scoulby_collies"}
START = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
END = dt.datetime(2026, 3, 28, tzinfo=dt.timezone.utc)


def load_severities():
    for folder in [HERE, *HERE.parents]:
        path = folder / "shared" / "design" / "RULES.md"
        if path.is_file():
            sev = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    found = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                    sev[cells[0]] = found or {"advice", "review", "block"}
            if sev:
                return sev, "RULES.md"
    return BUILTIN, "built-in copy"


def main():
    errs = []
    sev, source = load_severities()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council["people"]["handles"]
    official = {h for h, n in handles.items() if n == council["council"]["name"]}
    me = council["self"]
    regs = council["registers"]
    terms = regs["confidential_terms"]
    holders = regs["interest_holders"]
    with open(HERE / regs["pending_matters"], newline="", encoding="utf-8") as fh:
        pending = list(csv.DictReader(fh))
    with open(HERE / regs["meetings"], newline="", encoding="utf-8") as fh:
        meetings = [(dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"]))
                    for m in csv.DictReader(fh)]
    refs = {p["reference"] for p in pending}
    if refs != set(PENDING_KEYS):
        errs.append("pending.csv references differ from PENDING_KEYS")
    keys = [k.lower() for ref, ks in PENDING_KEYS.items() for k in [ref, *ks]]

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"line {n}: {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    if sorted(ids) != [f"{PREFIX}-{i:03d}" for i in range(1, len(rows) + 1)]:
        errs.append("ids are not b76-001.. in sequence")
    last_post = START
    pos = {f: 0 for f in FAMILIES}
    neg = {f: 0 for f in FAMILIES}
    fillers = 0
    for r in rows:
        rid = r.get("id")
        for k in ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "kind_of_row", "note"]:
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        if errs and errs[-1].startswith(f"{rid}: missing"):
            continue
        text, author, exp = r["text"], r["author"], r["expect"]
        low = text.lower()
        if author not in handles or author in official:
            errs.append(f"{rid}: author {author} is not a councillor handle")
        if (r["account"] == "personal") != (author in PERSONAL) or r["account"] not in {"personal", "councillor"}:
            errs.append(f"{rid}: account {r['account']} wrong for {author}")
        if r["kind"] != "post":
            errs.append(f"{rid}: kind")
        if r["platform"] not in {"x", "facebook", "bluesky"}:
            errs.append(f"{rid}: platform")
        t = dt.datetime.fromisoformat(r["created_at"])
        if not r["created_at"].endswith("+00:00"):
            errs.append(f"{rid}: offset")
        if not (START <= t < END) or t.weekday() > 4 or not (8 <= t.hour <= 18):
            errs.append(f"{rid}: timestamp {r['created_at']} outside weekdays 08:00-18:59, 5 Jan-27 Mar")
        if any(s <= t <= e for s, e in meetings):
            errs.append(f"{rid}: inside a meeting")
        last_post = max(last_post, t)
        rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for rule in rules + allowed:
            if rule not in sev:
                errs.append(f"{rid}: unknown rule {rule}")
        if len(set(rules + allowed)) != len(rules) + len(allowed):
            errs.append(f"{rid}: rule repeated or both expected and allowed")
        if verdict not in RANK:
            errs.append(f"{rid}: verdict {verdict}")
            continue
        if not rules:
            if verdict != "ok":
                errs.append(f"{rid}: no rules but verdict {verdict}")
        else:
            floor = max(min(RANK[s] for s in sev.get(x, {"advice"})) for x in rules)
            union = set().union(*(sev.get(x, set()) for x in rules))
            if verdict not in union or RANK[verdict] < floor:
                errs.append(f"{rid}: verdict {verdict} does not fit {rules}")
        kind = r["kind_of_row"]
        fam = r.get("family")
        if kind == "positive":
            if fam not in FAMILIES or fam not in rules:
                errs.append(f"{rid}: positive does not expect its family")
            else:
                pos[fam] += 1
        elif kind == "hard_negative":
            if rules or verdict != "ok":
                errs.append(f"{rid}: hard negative expects something")
            if r.get("near_miss_of") not in FAMILIES:
                errs.append(f"{rid}: near_miss_of missing")
            else:
                neg[r["near_miss_of"]] += 1
        elif kind == "filler":
            fillers += 1
            if rules or allowed or verdict != "ok":
                errs.append(f"{rid}: filler expects or allows something")
        else:
            errs.append(f"{rid}: kind_of_row {kind}")
        # register of confidential matters
        if any(term.lower() in low for term in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                errs.append(f"{rid}: names a confidential register term but is not disclosure/block")
        # predetermination: block exactly when a pending matter is named
        if kind == "positive" and fam == "predetermination.closed-mind":
            names = any(k in low for k in keys)
            if names and verdict != "block":
                errs.append(f"{rid}: predetermination naming a pending matter must be block")
            if not names and verdict == "block":
                errs.append(f"{rid}: predetermination naming no pending matter must not be block")
        # declared interests
        if kind == "positive" and fam == "interests.declared-interest":
            interest = r.get("interest")
            if interest not in regs["interests"]:
                errs.append(f"{rid}: interest missing or not registered")
            elif handles.get(author) != holders.get(interest):
                errs.append(f"{rid}: declared-interest positive not by the holder")
        # [self] contact details only in posts by the self councillor
        if (me["email"].lower() in low or me["phone"] in text) and handles.get(author) != me["name"]:
            errs.append(f"{rid}: [self] details in a post by someone else")
        # phones and emails must be fictional
        for phone in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", text):
            if not re.fullmatch(r"07700 ?900\d{3}|01632 ?960\d{3}", phone):
                errs.append(f"{rid}: phone {phone} outside the drama ranges")
        for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not email.lower().endswith("@example.com"):
                errs.append(f"{rid}: email {email} not on example.com")
    for p in pending:
        if dt.datetime.fromisoformat(p["decision_date"] + "T00:00:00+00:00") <= last_post:
            errs.append(f"pending {p['reference']} decided before the last post")
    for f in FAMILIES:
        if pos[f] < 20 or neg[f] < 20:
            errs.append(f"{f}: {pos[f]} positives, {neg[f]} hard negatives (need 20 each)")
    if fillers < 40:
        errs.append(f"only {fillers} fillers")
    if errs:
        print("\n".join(errs))
        print(f"FAILED: {len(errs)} problems (severities from {source})")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
