#!/usr/bin/env python3
"""Check blind set b168 and print OK (or the problems found). `-v` also prints the counts.

Standard library only. Rule ids and severities come from shared/design/RULES.md, found by
walking up from this folder; where it cannot be found, a built-in copy is used.
"""
import csv
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
SET = "B168"
ORDER = ["ok", "advice", "review", "block"]

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

TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
PERSONAL = {"@hughs_longwools", "@kewbakes"}
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
# Ofcom drama number ranges (digits only, as prefixes)
DRAMA = ("07700900", "01632960", "01134960", "01144960", "01154960", "01164960", "01174960",
         "01184960", "01214960", "01314960", "01414960", "01514960", "01614960", "02079460",
         "02890180", "02920180", "01914980", "08081570", "09098790", "03069990")
EXAMPLE = ("example.com", "example.net", "example.org")

problems = []


def bad(msg):
    problems.append(msg)


def rules_catalogue():
    for folder in [HERE, *HERE.parents]:
        f = folder / "shared" / "design" / "RULES.md"
        if f.is_file():
            sev = {}
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if not m:
                    continue
                last = line.strip().strip("|").split("|")[-1].lower()
                found = {s for s in ("advice", "review", "block") if s in last}
                if "one level lower" in last:
                    found = {"advice", "review", "block"}
                sev[m.group(1)] = found
            if sev:
                return sev, "RULES.md"
    return BUILTIN, "built-in copy"


def pending_keys(rows):
    """Names by which each pending matter may be named in a post."""
    keys = {}
    for r in rows:
        k = {r["reference"]}
        site = r["address"].split(",")[0].strip()
        site = re.sub(r"^(Land (north|south|east|west) of|Land at|Former|The)\s+", "", site)
        k.add(site)
        m = re.search(r"applicant ([^;]+?) Ltd", r["description"])
        if m:
            k.add(m.group(1) + " Ltd")
            k.add(m.group(1))
        m = re.search(r"known as ([^;]+)$", r["description"])
        if m:
            name = m.group(1).strip()
            k.add(re.sub(r"^the ", "", name))
        keys[r["reference"]] = {x.lower() for x in k if x}
    return keys


def main():
    verbose = "-v" in sys.argv
    sev, source = rules_catalogue()
    for r in TWELVE:
        if r not in sev:
            bad(f"rule {r} missing from the catalogue")

    cfg = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = cfg["people"]["handles"]
    council_name = cfg["council"]["name"]
    official = {h for h, n in handles.items() if n == council_name}
    for h in PERSONAL:
        if h not in handles:
            bad(f"personal handle {h} not in council.toml")
    self_cfg = cfg.get("self", {})
    self_handles = {h for h, n in handles.items() if n == self_cfg.get("name")}
    self_phone = re.sub(r"\D", "", self_cfg.get("phone", ""))
    self_email = self_cfg.get("email", "").lower()
    regs = cfg.get("registers", {})
    terms = [t.lower() for t in regs.get("confidential_terms", [])]
    interests = set(regs.get("interests", []))
    holders = regs.get("interest_holders", {})
    for i in interests:
        if i not in holders:
            bad(f"interest {i} has no holder")
    councillors = set(cfg["people"]["councillors"])

    with open(HERE / regs["pending_matters"], encoding="utf-8", newline="") as fh:
        pending = list(csv.DictReader(fh))
    pkeys = pending_keys(pending)
    meetings = []
    with open(HERE / regs["meetings"], encoding="utf-8", newline="") as fh:
        for m in csv.DictReader(fh):
            meetings.append((dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])))

    lines = (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    posts = []
    for n, line in enumerate(lines, 1):
        try:
            posts.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad(f"line {n}: {e}")
    ids = [p.get("id") for p in posts]
    if len(set(ids)) != len(ids):
        bad("duplicate ids")
    for n, i in enumerate(ids, 1):
        if i != f"{SET}-{n:04d}":
            bad(f"id {i} out of order or malformed at line {n}")
    texts = Counter(p.get("text") for p in posts)
    for t, c in texts.items():
        if c > 1:
            bad(f"text repeated {c} times: {t[:50]}")

    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    last_post = None
    counts = Counter()
    expecting = Counter()
    verdicts = Counter()
    platforms = Counter()
    n_allowed = 0
    for p in posts:
        pid = p.get("id")
        for f in required:
            if f not in p:
                bad(f"{pid}: missing {f}")
        text, author = p["text"], p["author"]
        low = text.lower()
        exp = p["expect"]
        rules, allowed, verdict = exp["rules"], exp["allowed"], exp["verdict"]
        kind, family = p["kind_of_row"], p["family"]

        # author and account
        if author not in handles or author in official:
            bad(f"{pid}: author {author} is not a councillor handle")
        elif handles[author] not in councillors:
            bad(f"{pid}: author {author} is not a councillor")
        if (p["account"] == "personal") != (author in PERSONAL):
            bad(f"{pid}: account {p['account']} does not fit {author}")
        if p["account"] not in ("personal", "councillor"):
            bad(f"{pid}: account {p['account']}")
        if author.lower() in low:
            bad(f"{pid}: post mentions its own author")
        name = handles.get(author, "")
        if name and (name.lower() in low or ("cllr " + name.split()[-1].lower()) in low):
            bad(f"{pid}: post names its own author")
        if p["kind"] != "post":
            bad(f"{pid}: kind {p['kind']}")
        if p["platform"] not in LIMITS or len(text) > LIMITS[p["platform"]]:
            bad(f"{pid}: platform {p['platform']} with {len(text)} characters")
        platforms[p["platform"]] += 1

        # time
        ts = p["created_at"]
        if not ts.endswith("+00:00"):
            bad(f"{pid}: timestamp offset {ts}")
        t = dt.datetime.fromisoformat(ts)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
            bad(f"{pid}: timestamp {ts} outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026")
        if any(a <= t <= b for a, b in meetings):
            bad(f"{pid}: posted during a meeting")
        last_post = max(last_post, t) if last_post else t

        # rule ids and verdict
        for r in rules + allowed:
            if r not in sev:
                bad(f"{pid}: unknown rule {r}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            bad(f"{pid}: rule repeated or both expected and allowed")
        if verdict not in ORDER:
            bad(f"{pid}: verdict {verdict}")
        if (verdict == "ok") != (not rules):
            bad(f"{pid}: verdict {verdict} with rules {rules}")
        if rules and all(r in sev for r in rules):
            floor = max(ORDER.index(min(sev[r], key=ORDER.index)) for r in rules)
            ceil = max(ORDER.index(max(sev[r], key=ORDER.index)) for r in rules)
            if not (floor <= ORDER.index(verdict) <= ceil):
                bad(f"{pid}: verdict {verdict} does not fit {rules}")
        verdicts[verdict] += 1
        for r in rules:
            expecting[r] += 1
        if allowed:
            n_allowed += 1

        # row kinds
        if kind == "positive":
            if family not in TWELVE or family not in rules:
                bad(f"{pid}: positive does not expect its family {family}")
        elif kind == "hard_negative":
            if rules or verdict != "ok" or p.get("near_miss_of") != family or family not in TWELVE:
                bad(f"{pid}: hard negative malformed")
        elif kind == "filler":
            if rules or allowed or family is not None or verdict != "ok":
                bad(f"{pid}: filler malformed")
        else:
            bad(f"{pid}: kind_of_row {kind}")
        counts[(family, kind)] += 1

        # confidential register
        named_term = any(term in low for term in terms)
        if named_term and not ("confidentiality.disclosure" in rules and verdict == "block"):
            bad(f"{pid}: names a confidential term but does not expect disclosure at block")
        if kind == "positive" and family == "confidentiality.disclosure":
            if (verdict == "block") != named_term:
                bad(f"{pid}: disclosure verdict {verdict} but register term named: {named_term}")

        # pending matters
        if "predetermination.closed-mind" in rules:
            named = [ref for ref, ks in pkeys.items() if any(k in low for k in ks)]
            if named and verdict != "block":
                bad(f"{pid}: predetermination naming {named} should be block")
            if kind == "positive" and family == "predetermination.closed-mind" and not named \
                    and verdict != "review":
                bad(f"{pid}: predetermination naming no pending matter should be review")

        # security and declared interests
        if "security.credentials" in rules and verdict != "block":
            bad(f"{pid}: security must be block")
        if kind == "positive" and family == "interests.declared-interest":
            i = p.get("interest")
            if i not in interests:
                bad(f"{pid}: interest {i} not registered")
            elif holders.get(i) != handles.get(author):
                bad(f"{pid}: declared-interest positive not written by the holder of {i}")

        # contact details, numbers, emails, links
        digits_text = re.sub(r"[ \-]", "", text)
        if self_phone and self_phone in digits_text and author not in self_handles:
            bad(f"{pid}: [self] phone in a post by {author}")
        if self_email and self_email in low and author not in self_handles:
            bad(f"{pid}: [self] email in a post by {author}")
        for m in re.finditer(r"(?:\+44\s?|(?<![\w/])0)\d[\d ]{7,12}\d", text):
            d = re.sub(r"\D", "", m.group(0)).replace("44", "0", 1) if m.group(0).startswith("+") \
                else re.sub(r"\D", "", m.group(0))
            if not d.startswith(DRAMA):
                bad(f"{pid}: phone number {m.group(0)} not in a drama range")
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() not in EXAMPLE:
                bad(f"{pid}: email domain {m.group(1)}")
        for m in re.finditer(r"(?i)\b(?:https?://)?((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|ly|co|info))\b",
                             text):
            dom = m.group(1).lower()
            if not dom.endswith(EXAMPLE):
                bad(f"{pid}: link or domain {dom}")

    # pending decisions after every post
    for r in pending:
        if dt.date.fromisoformat(r["decision_date"]) <= last_post.date():
            bad(f"pending {r['reference']} decided before the last post")

    # counts
    for r in TWELVE:
        if counts[(r, "positive")] < 15 or counts[(r, "hard_negative")] < 15:
            bad(f"{r}: {counts[(r, 'positive')]} positives, {counts[(r, 'hard_negative')]} hard negatives")
    if counts[(None, "filler")] < 30:
        bad(f"only {counts[(None, 'filler')]} fillers")

    # no absolute paths in the folder's files
    markers = ["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "C:" + "\\"]
    for f in sorted(HERE.iterdir()):
        if f.is_file() and f.suffix in (".py", ".md", ".toml", ".csv", ".jsonl"):
            body = f.read_text(encoding="utf-8")
            for mk in markers:
                if mk in body:
                    bad(f"{f.name}: contains an absolute path ({mk})")
    if (HERE / "__pycache__").exists():
        bad("__pycache__ present")

    if verbose:
        print(f"severities from {source}; {len(posts)} posts")
        print(f"{'rule':40} pos  hn  expecting")
        for r in TWELVE:
            print(f"{r:40} {counts[(r, 'positive')]:3} {counts[(r, 'hard_negative')]:3} {expecting[r]:4}")
        print(f"fillers {counts[(None, 'filler')]}")
        print("verdicts", dict(verdicts))
        print("platforms", dict(platforms))
        print("rows with allowed", n_allowed)
        print("personal", sum(p['account'] == 'personal' for p in posts))
    if problems:
        for m in problems:
            print(m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
