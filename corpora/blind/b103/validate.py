"""Checks blind evaluation set b103 and prints OK (with -v also the counts).

Finds the rule catalogue by walking up from this folder to shared/design/RULES.md; if there is
none, uses the built-in copy of the rule ids and severities below.
"""
import collections
import csv
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEV = {"advice": 1, "review": 2, "block": 3}
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
FAMILIES = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
            "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
            "predetermination.closed-mind", "interests.declared-interest",
            "data-protection.personal-data", "security.credentials",
            "confidentiality.disclosure", "tone.irony-risk"]


def rule_table():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            rules = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    sev = line.rstrip().rstrip("|").split("|")[-1]
                    rules[m.group(1)] = {s for s in SEV if s in sev} or {"advice", "review", "block"}
            if rules:
                return rules, "RULES.md"
    return BUILTIN, "built-in copy"


def main():
    errors = []
    err = errors.append
    rules, source = rule_table()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = council["people"]["handles"]
    council_name = council["council"]["name"]
    personal = {"@wanless_tups", "@hannah_fell_runs"}
    person_handles = collections.defaultdict(set)
    for h, n in handles.items():
        person_handles[n].add(h)
    selfc = council["self"]
    terms = council["registers"]["confidential_terms"]
    holders = council["registers"]["interest_holders"]
    for i in council["registers"]["interests"]:
        if i not in holders:
            err(f"interest without holder: {i}")

    with open(HERE / council["registers"]["meetings"], newline="") as f:
        busy = [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(f)]
    pending_keys, decisions = [], []
    with open(HERE / council["registers"]["pending_matters"], newline="") as f:
        for r in csv.DictReader(f):
            decisions.append(dt.date.fromisoformat(r["decision_date"]))
            keys = {r["reference"], r["address"].split(",")[0].strip()}
            m = re.search(r"applicant ([^,]+?)(?:,|$)", r["description"])
            if m:
                keys.add(m.group(1))
                keys.add(re.sub(r"\s+Ltd$", "", m.group(1)))
            m = re.search(r"known as (?:the |The )?(.+)$", r["description"])
            if m:
                keys.add(m.group(1).strip())
            pending_keys.append((r["reference"], {k.lower() for k in keys}))

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    last = None
    limits = {"x": 280, "bluesky": 300, "facebook": 63206}
    phone_re = re.compile(r"(?<!\d)0\d{2,4}[ \d]{6,9}\d(?!\d)")
    for r in rows:
        rid = r.get("id", "?")
        for k in ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"]:
            if k not in r:
                err(f"{rid}: missing {k}")
        if not re.fullmatch(r"B103-\d{4}", rid):
            err(f"{rid}: bad id")
        text, author = r["text"], r["author"]
        if author not in handles or handles[author] == council_name:
            err(f"{rid}: author {author} not a councillor handle")
        if (r["account"] == "personal") != (author in personal):
            err(f"{rid}: account/handle mismatch")
        if r["account"] not in ("personal", "councillor"):
            err(f"{rid}: bad account")
        if r["kind"] != "post":
            err(f"{rid}: kind")
        if r["platform"] not in limits or len(text) > limits[r["platform"]]:
            err(f"{rid}: platform/length")
        for h in person_handles[handles.get(author)]:
            if re.search(re.escape(h) + r"\b", text):
                err(f"{rid}: mentions its own author")
        t = dt.datetime.fromisoformat(r["created_at"])
        if not r["created_at"].endswith("+00:00"):
            err(f"{rid}: offset")
        if t.weekday() > 4 or not (8 <= t.hour <= 18):
            err(f"{rid}: not weekday 08:00-18:59")
        if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
            err(f"{rid}: out of range")
        if any(s <= t <= e for s, e in busy):
            err(f"{rid}: inside a meeting")
        last = max(last, t) if last else t
        ex = r["expect"]
        exp, allowed, verdict = ex["rules"], ex["allowed"], ex["verdict"]
        for x in exp + allowed:
            if x not in rules:
                err(f"{rid}: unknown rule {x}")
        if len(set(exp)) != len(exp) or len(set(allowed)) != len(allowed) or set(exp) & set(allowed):
            err(f"{rid}: repeated rule")
        if not exp:
            if verdict != "ok":
                err(f"{rid}: nothing expected but verdict {verdict}")
        else:
            lo = max(min(SEV[s] for s in rules[x]) for x in exp)
            hi = max(max(SEV[s] for s in rules[x]) for x in exp)
            union = {s for x in exp for s in rules[x]}
            if verdict not in union or not lo <= SEV[verdict] <= hi:
                err(f"{rid}: verdict {verdict} does not fit {exp}")
        kor, fam = r["kind_of_row"], r["family"]
        if kor == "positive":
            if fam not in exp:
                err(f"{rid}: positive does not expect its family")
        elif kor == "hard_negative":
            if exp or verdict != "ok" or r.get("near_miss_of") != fam or fam not in FAMILIES:
                err(f"{rid}: bad hard negative")
        elif kor == "filler":
            if exp or allowed or fam is not None or verdict != "ok":
                err(f"{rid}: bad filler")
        else:
            err(f"{rid}: kind_of_row")
        low = text.lower()
        names_term = any(term.lower() in low for term in terms)
        if names_term and not ("confidentiality.disclosure" in exp and verdict == "block"):
            err(f"{rid}: names a register term without disclosure/block")
        if kor == "positive" and fam == "confidentiality.disclosure" and names_term != (verdict == "block"):
            err(f"{rid}: disclosure block iff register term")
        if "predetermination.closed-mind" in exp:
            names = any(k in low for _, keys in pending_keys for k in keys)
            if names and verdict != "block":
                err(f"{rid}: predetermination naming a pending matter must be block")
            if kor == "positive" and fam == "predetermination.closed-mind" and not names and verdict != "review":
                err(f"{rid}: predetermination naming none must be review")
        if "security.credentials" in exp and verdict != "block":
            err(f"{rid}: security must be block")
        if kor == "positive" and fam == "interests.declared-interest":
            it = r.get("interest")
            if it not in holders or handles[author] != holders[it]:
                err(f"{rid}: declared interest not by its holder")
        if (selfc["phone"] in text or selfc["email"] in text) and handles[author] != selfc["name"]:
            err(f"{rid}: [self] details in someone else's post")
        for m in phone_re.finditer(text):
            num = re.sub(r"\s", "", m.group(0))
            if not (re.fullmatch(r"07700900\d{3}", num) or re.fullmatch(r"01632960\d{3}", num)):
                err(f"{rid}: phone {m.group(0)} not in Ofcom drama range")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1) != "example.com":
                err(f"{rid}: email not on example.com")
        for m in re.finditer(r"\b((?:[\w-]+\.)+(?:com|net|org|uk|io|co))\b", text):
            d = m.group(1).lower()
            if not re.search(r"(^|\.)example\.(com|net|org)$", d):
                err(f"{rid}: domain {d} not on example.com/.net/.org")

    if last and any(d <= last.date() for d in decisions):
        err("a pending decision is not after the last post")
    cnt = collections.Counter((r["family"], r["kind_of_row"]) for r in rows)
    for f in FAMILIES:
        if cnt[(f, "positive")] < 15 or cnt[(f, "hard_negative")] < 15:
            err(f"too few rows for {f}")
    if cnt[(None, "filler")] < 30:
        err("too few fillers")
    bad = re.compile(r"(/work/|/home/|/tmp/|/Users/|[A-Z]:\\\\)")
    for p in HERE.iterdir():
        if p.is_file() and p.suffix in (".py", ".md", ".toml", ".csv", ".jsonl"):
            body = p.read_text(encoding="utf-8")
            if p.name == "validate.py":
                body = body.replace(bad.pattern, "")
            if bad.search(body):
                err(f"{p.name}: absolute path")

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    if "-v" in sys.argv:
        print(f"rules from {source}")
        print(f"{len(rows)} rows")
        for f in FAMILIES:
            expecting = sum(1 for r in rows if f in r["expect"]["rules"])
            print(f"  {f}: {cnt[(f, 'positive')]} positives, {cnt[(f, 'hard_negative')]} hard negatives, {expecting} expecting")
        print(f"  fillers: {cnt[(None, 'filler')]}")
        print("  verdicts:", dict(collections.Counter(r["expect"]["verdict"] for r in rows)))
        print("  platforms:", dict(collections.Counter(r["platform"] for r in rows)))
        print("  personal:", sum(r["account"] == "personal" for r in rows))
        wa = [r for r in rows if r["expect"]["allowed"]]
        print(f"  rows with allowed: {len(wa)} ({sum(r['kind_of_row'] == 'hard_negative' for r in wa)} hard negatives)")
    print("OK")


if __name__ == "__main__":
    main()
