#!/usr/bin/env python3
"""Checks blind set b11. Prints OK when every check passes."""
import csv, json, re, sys, tomllib
from collections import Counter
from datetime import datetime, date
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


# rule ids and severity ranges (lowest, highest) as given in RULES.md
SEV = {
    "respect.personal-attack": ("review", "block"),
    "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"),
    "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"),
    "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"),
    "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"),
    "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"),
    "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"),
    "tone.irony-risk": ("advice", "advice"),
    "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = ["predetermination.closed-mind", "interests.declared-interest", "confidentiality.disclosure",
            "confidentiality.insider-advantage", "data-protection.personal-data", "security.credentials",
            "gifts.hospitality"]


def rules_md_ids():
    """Rule ids from the tables of RULES.md, if the catalogue can be found above this folder."""
    for parent in [HERE, *HERE.parents]:
        for rel in ("shared/design/RULES.md", "design/RULES.md"):
            p = parent / rel
            if p.is_file():
                ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", p.read_text(encoding="utf-8"), re.M))
                return ids, p
    return None, None


ids_md, md_path = rules_md_ids()
if ids_md is not None:
    for r in SEV:
        if r not in ids_md:
            err(f"rule {r} in validate.py's table is not in {md_path.name}")
    KNOWN = set(SEV) & ids_md
else:
    KNOWN = set(SEV)  # RULES.md not found next to the set: fall back to the copy above

# council
cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
councillors = set(cfg["people"]["councillors"])
handles = {h: n for h, n in cfg["people"]["handles"].items() if n in councillors}
reg = cfg["registers"]
holders = reg.get("interest_holders", {})
if len(reg.get("confidential_terms", [])) < 3:
    err("fewer than 3 confidential terms")
if len(reg.get("interests", [])) < 4:
    err("fewer than 4 interests")
for i in holders:
    if i not in reg["interests"]:
        err(f"holder given for unregistered interest {i}")
    if holders[i] not in councillors:
        err(f"interest holder {holders[i]} is not a councillor")
with open(HERE / reg["pending_matters"], newline="", encoding="utf-8") as f:
    pending = list(csv.DictReader(f))
if len(pending) < 5:
    err("fewer than 5 pending matters")
for p in pending:
    if set(p) != {"reference", "address", "description", "decision_date"}:
        err(f"pending.csv columns wrong: {list(p)}")
    elif date.fromisoformat(p["decision_date"]) <= date(2026, 3, 27):
        err(f"pending matter {p['reference']} decided inside the posting window")
with open(HERE / reg["meetings"], newline="", encoding="utf-8") as f:
    meets = [(datetime.fromisoformat(m["start"]), datetime.fromisoformat(m["end"])) for m in csv.DictReader(f)]
for s, e in meets:
    if s.tzinfo is None or e <= s:
        err(f"bad meeting {s} {e}")

REQ = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family", "kind_of_row", "note"]
seen = set()
count = Counter()
favour = 0
n = 0
with open(HERE / "posts.jsonl", encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        n += 1
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {ln}: bad JSON {e}")
            continue
        i = o.get("id", f"line {ln}")
        for k in REQ:
            if k not in o:
                err(f"{i}: missing {k}")
        if not re.fullmatch(r"B11-\d{4}", str(o.get("id"))):
            err(f"{i}: id pattern")
        if i in seen:
            err(f"{i}: duplicate id")
        seen.add(i)
        if not isinstance(o.get("text"), str) or not o["text"].strip():
            err(f"{i}: empty text")
        if o.get("author") not in handles:
            err(f"{i}: author {o.get('author')} is not a councillor handle")
        if o.get("platform") not in {"x", "facebook", "bluesky"}:
            err(f"{i}: platform")
        if o.get("account") not in {"councillor", "personal"}:
            err(f"{i}: account")
        if o.get("kind") != "post":
            err(f"{i}: kind")
        try:
            t = datetime.fromisoformat(o["created_at"])
            if not o["created_at"].endswith("+00:00"):
                err(f"{i}: offset not +00:00")
            if t.weekday() >= 5 or not (8 <= t.hour <= 18):
                err(f"{i}: not a weekday daytime timestamp")
            if not (date(2026, 1, 5) <= t.date() <= date(2026, 3, 27)):
                err(f"{i}: outside 5 Jan to 27 Mar 2026")
            for s, e in meets:
                if s <= t <= e:
                    err(f"{i}: timestamp inside a meeting")
        except Exception as e:  # noqa: BLE001
            err(f"{i}: created_at {e}")
        ex = o.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for r in rules + allowed:
            if r not in KNOWN:
                err(f"{i}: unknown rule {r}")
        if set(rules) & set(allowed):
            err(f"{i}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{i}: duplicate rule")
        if verdict not in RANK:
            err(f"{i}: verdict {verdict}")
        elif not rules:
            if verdict != "ok":
                err(f"{i}: verdict must be ok with no rules")
        else:
            lo = max(RANK[SEV[r][0]] for r in rules if r in SEV)
            hi = max(RANK[SEV[r][1]] for r in rules if r in SEV)
            if not lo <= RANK[verdict] <= hi:
                err(f"{i}: verdict {verdict} does not fit {rules}")
        kor, fam = o.get("kind_of_row"), o.get("family")
        if kor == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                err(f"{i}: hard negative must be family hard_negative, no rules, ok")
            m = re.match(r"\[near ([a-z.-]+)\]", o.get("note", ""))
            if not m or m.group(1) not in FAMILIES:
                err(f"{i}: hard negative note must start with [near <family>]")
            else:
                count[(m.group(1), "hn")] += 1
        elif kor == "positive":
            if fam not in FAMILIES or fam not in rules:
                err(f"{i}: positive's family must be in expect.rules")
            else:
                count[(fam, "pos")] += 1
            if "interests.declared-interest" in rules and handles.get(o.get("author")) not in holders.values():
                err(f"{i}: declared-interest positive by a councillor with no registered interest")
            if fam == "predetermination.closed-mind" and "IN FAVOUR" in o.get("note", ""):
                favour += 1
        else:
            err(f"{i}: kind_of_row {kor}")

for fam in FAMILIES:
    if count[(fam, "pos")] < 15 or count[(fam, "hn")] < 15:
        err(f"{fam}: {count[(fam, 'pos')]} positives, {count[(fam, 'hn')]} hard negatives (need 15+15)")
if favour < 4:
    err(f"only {favour} predetermination positives in favour")
if n < 210:
    err(f"only {n} rows")

if errors:
    print("\n".join(errors))
    print(f"{len(errors)} problem(s)")
    sys.exit(1)
print("OK")
