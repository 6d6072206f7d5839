#!/usr/bin/env python3
"""Check blind set b45 (posts.jsonl, council.toml, pending.csv, meetings.csv). Prints OK."""
import csv, json, re, sys, tomllib
from collections import Counter
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ERR = []
def err(msg):
    ERR.append(msg)

def find_rules_md():
    for p in [HERE, *HERE.parents]:
        c = p / "shared" / "design" / "RULES.md"
        if c.exists():
            return c
    sys.exit("cannot find shared/design/RULES.md")

TWELVE = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
          "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
          "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
          "security.credentials", "confidentiality.disclosure", "tone.irony-risk"]
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# severities each rule may take, from RULES.md's severity column
RANGE = {
    "respect.personal-attack": ("review", "block"), "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"), "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"), "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"), "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review", "review"), "resources.political-use": ("review", "review"),
    "position.improper-advantage": ("review", "review"), "interests.declared-interest": ("review", "review"),
    "gifts.hospitality": ("advice", "review"), "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice", "advice"), "haste.pause-before-posting": ("advice", "advice"),
    "meetings.during-meeting": ("advice", "advice"), "security.credentials": ("block", "block"),
    "tone.irony-risk": ("advice", "advice"),
}
PENDING_ALIASES = {
    "25/00412/FUL": ["Heron Lane", "Fellside Homes"],
    "25/00519/OUT": ["Brackenlow Quarry", "Granby Estates"],
    "25/00633/FUL": ["Kelsall's Yard", "Nestwell"],
    "25/00702/FUL": ["Wickerby Road Garage", "Bramble Coffee"],
    "25/00788/FUL": ["Hollin Bank", "Brightmoor"],
    "25/00810/FUL": ["Working Men's Club", "Pit Lane"],
    "25/00841/FUL": ["Tarn Road Retail Park", "Brennan's"],
    "26/00021/HMO": ["Tanner Street"],
    "LIC/2026/0043": ["Gilded Lamb"],
    "LIC/2026/0051": ["Vortex"],
    "LIC/2026/0066": ["Northgate Minimart"],
}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]


def main():
    rules_md = find_rules_md().read_text()
    known = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", rules_md, re.M))
    for r in RANGE:
        if r not in known:
            err(f"RANGE names {r}, not in RULES.md")
    for r in TWELVE:
        if r not in known:
            err(f"{r} not in RULES.md")

    cfg = tomllib.loads((HERE / "council.toml").read_text())
    if cfg["council"].get("code") != "bexley":
        err("council code must be bexley")
    people = cfg["people"]
    councillors = set(people["councillors"])
    handles = people["handles"]
    selfc = cfg.get("self", {})
    for k in ("name", "email", "phone", "surgery_address"):
        if k not in selfc:
            err(f"[self] lacks {k}")
    if selfc.get("name") not in councillors:
        err("[self] is not a councillor")
    reg = cfg["registers"]
    for k in ("pending_matters", "confidential_terms", "interests", "meetings", "interest_holders"):
        if k not in reg:
            err(f"[registers] lacks {k}")
    holders = reg["interest_holders"]
    for i in reg["interests"]:
        if holders.get(i) not in councillors:
            err(f"interest {i} has no councillor holder")
    terms = reg["confidential_terms"]

    with open(HERE / reg["pending_matters"]) as f:
        pend = list(csv.DictReader(f))
    if list(pend[0].keys()) != ["reference", "address", "description", "decision_date"]:
        err("pending.csv header")
    refs = {p["reference"]: p for p in pend}
    if set(refs) != set(PENDING_ALIASES):
        err("PENDING_ALIASES does not match pending.csv")
    for ref, als in PENDING_ALIASES.items():
        row = refs.get(ref, {})
        blob = (row.get("address", "") + " " + row.get("description", "")).lower()
        for a in als:
            if a.lower() not in blob:
                err(f"alias {a} not found in pending row {ref}")
    with open(HERE / reg["meetings"]) as f:
        mrows = list(csv.DictReader(f))
    if list(mrows[0].keys()) != ["title", "start", "end"]:
        err("meetings.csv header")
    meetings = [(datetime.fromisoformat(m["start"]), datetime.fromisoformat(m["end"])) for m in mrows]

    personal_handles = {"@gethin_fellrunner", "@penny_bakes_cakes"}
    official = {h for h, n in handles.items() if n not in councillors}
    by_person = {}
    for h, n in handles.items():
        if n in councillors and h not in personal_handles:
            by_person.setdefault(n, []).append(h)
    for h in personal_handles:
        if handles.get(h) not in councillors:
            err(f"personal handle {h} not a councillor's")

    rows = []
    ids = set()
    last = None
    lines = (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    for ln, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except Exception as e:
            err(f"line {ln} does not parse: {e}")
            continue
        rows.append(r)
        rid = r.get("id", "?")
        for k in REQUIRED:
            if k not in r:
                err(f"{rid}: lacks {k}")
        if not re.fullmatch(r"b45-\d{3}", rid):
            err(f"{rid}: bad id")
        if rid in ids:
            err(f"{rid}: duplicate id")
        ids.add(rid)
        text = r["text"]
        low = text.lower()
        a = r["author"]
        if a not in handles or a in official:
            err(f"{rid}: author {a} is not a councillor handle")
        person = handles.get(a)
        if r["account"] == "personal":
            if a not in personal_handles:
                err(f"{rid}: personal account with a councillor handle")
        elif r["account"] == "councillor":
            if a in personal_handles:
                err(f"{rid}: councillor account with a personal handle")
        else:
            err(f"{rid}: bad account")
        if r["platform"] not in ("x", "facebook", "bluesky"):
            err(f"{rid}: bad platform")
        if r["kind"] != "post":
            err(f"{rid}: kind must be post")
        # timestamps
        try:
            ts = datetime.fromisoformat(r["created_at"])
        except Exception:
            err(f"{rid}: bad created_at")
            continue
        if not r["created_at"].endswith("+00:00"):
            err(f"{rid}: offset must be +00:00")
        if ts.weekday() > 4 or not (8 <= ts.hour <= 18):
            err(f"{rid}: not a weekday 08:00-18:59")
        if not (date(2026, 1, 5) <= ts.date() <= date(2026, 3, 27)):
            err(f"{rid}: outside 5 Jan - 27 Mar 2026")
        if any(s <= ts <= e for s, e in meetings):
            err(f"{rid}: inside a meeting")
        last = ts if last is None or ts > last else last
        # labels
        ex = r["expect"]
        rules, allowed, verdict = ex["rules"], ex["allowed"], ex["verdict"]
        for x in rules + allowed:
            if x not in known:
                err(f"{rid}: rule {x} not in RULES.md")
        if set(rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: duplicate rule")
        if verdict not in SEV:
            err(f"{rid}: bad verdict")
        kor = r["kind_of_row"]
        if kor == "positive":
            if r["family"] not in TWELVE or r["family"] not in rules:
                err(f"{rid}: positive family not expected")
            lo = max(SEV[RANGE[x][0]] for x in rules)
            hi = max(SEV[RANGE[x][1]] for x in rules)
            possible = {SEV[RANGE[x][0]] for x in rules} | {SEV[RANGE[x][1]] for x in rules}
            if not (lo <= SEV[verdict] <= hi) or SEV[verdict] not in possible:
                err(f"{rid}: verdict {verdict} does not fit {rules}")
        elif kor in ("hard_negative", "filler"):
            if rules or verdict != "ok":
                err(f"{rid}: {kor} must expect nothing and ok")
            if r["family"] != kor:
                err(f"{rid}: family should be {kor}")
            if kor == "hard_negative" and r.get("near_miss_of") not in TWELVE:
                err(f"{rid}: hard negative lacks near_miss_of")
        else:
            err(f"{rid}: bad kind_of_row")
        # confidential register
        if any(t.lower() in low for t in terms):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                err(f"{rid}: names a confidential term but is not disclosure/block")
        # predetermination and the pending register
        names_pending = any(a_.lower() in low for als in PENDING_ALIASES.values() for a_ in als) or \
            any(ref.lower() in low for ref in PENDING_ALIASES)
        if "predetermination.closed-mind" in rules:
            if names_pending and verdict != "block":
                err(f"{rid}: predetermination naming a pending matter must be block")
            if r["family"] == "predetermination.closed-mind" and not names_pending and verdict != "review":
                err(f"{rid}: predetermination positive naming no pending matter must be review")
        # declared interest
        if r["family"] == "interests.declared-interest":
            i = r.get("interest")
            if i not in holders:
                err(f"{rid}: declared-interest positive without a registered interest")
            elif holders[i] != person:
                err(f"{rid}: declared-interest positive not written by the holder of {i}")
        # self contact details
        if (selfc["phone"] in text or selfc["email"] in text) and person != selfc["name"]:
            err(f"{rid}: [self] contact details in a post by someone else")
        # authors never named by surname, except their own declarations, business or imprint
        own_ok = r["family"] == "interests.declared-interest" or r.get("near_miss_of") == "interests.declared-interest" \
            or "promoted by" in low or r["kind_of_row"] == "filler" \
            or selfc["email"] in text or ("vote " + (person or "x").split()[-1].lower()) in low
        if person and not own_ok and re.search(r"\b" + re.escape(person.split()[-1].lower()) + r"\b", low):
            err(f"{rid}: author {a} is named in the post")

    for p in pend:
        if last and date.fromisoformat(p["decision_date"]) <= last.date():
            err(f"pending {p['reference']} decided before the last post")

    pos = Counter(r["family"] for r in rows if r["kind_of_row"] == "positive")
    hn = Counter(r.get("near_miss_of") for r in rows if r["kind_of_row"] == "hard_negative")
    for x in TWELVE:
        if pos[x] < 18:
            err(f"{x}: only {pos[x]} positives")
        if hn[x] < 18:
            err(f"{x}: only {hn[x]} hard negatives")
    fil = sum(1 for r in rows if r["kind_of_row"] == "filler")
    if fil < 35:
        err(f"only {fil} fillers")
    texts = Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text: {t[:50]}")

    if ERR:
        for e in ERR:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
