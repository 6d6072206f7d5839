#!/usr/bin/env python3
"""Check blind set b162 and print OK (with -v, also the counts). Standard library only."""
import csv
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B162"
FAMILIES = [
    "capacity.council-voice", "confidentiality.disclosure", "confidentiality.insider-advantage",
    "data-protection.personal-data", "gifts.hospitality", "interests.declared-interest",
    "officers.impartiality", "position.improper-advantage", "predetermination.closed-mind",
    "resources.political-use", "security.credentials", "tone.irony-risk",
]
PERSONAL = {"@narrowboat_beth", "@moreton_milkers"}
COUNCIL_ACCOUNT = "@BrinewichBC"
FILES = {"posts.jsonl", "council.toml", "pending.csv", "meetings.csv", "build.py", "validate.py", "README.md"}
START, END = dt.date(2026, 1, 12), dt.date(2026, 3, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
            "kind_of_row", "near_miss_of", "interest", "note"]

# Built-in copy of the severities in shared/design/RULES.md, used when that file is not found.
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

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def find_rules_md():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            return p
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_severities():
    p = find_rules_md()
    if not p:
        return BUILTIN, "built-in copy"
    sev = {}
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 2 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            found = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
            sev[cells[0]] = found or {"advice", "review", "block"}
    return sev, "RULES.md"


def load_toml(path):
    try:
        import tomllib
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except ImportError:  # minimal fallback for the keys used here
        text = open(path, encoding="utf-8").read()
        cfg = {"people": {"handles": {}}, "self": {}, "registers": {"interest_holders": {}}}
        section = None
        for line in text.splitlines():
            line = line.split(" #")[0].strip()
            m = re.fullmatch(r"\[([\w.]+)\]", line)
            if m:
                section = m.group(1)
                continue
            m = re.fullmatch(r'"([^"]+)"\s*=\s*"([^"]*)"', line)
            if m and section == "people.handles":
                cfg["people"]["handles"][m.group(1)] = m.group(2)
            elif m and section == "registers.interest_holders":
                cfg["registers"]["interest_holders"][m.group(1)] = m.group(2)
            m = re.fullmatch(r'(\w+)\s*=\s*"([^"]*)"', line)
            if m and section == "self":
                cfg["self"][m.group(1)] = m.group(2)
        for key in ("confidential_terms", "interests"):
            m = re.search(key + r"\s*=\s*\[(.*?)\]", text, re.S)
            cfg["registers"][key] = re.findall(r'"([^"]+)"', re.sub(r"#[^\n]*", "", m.group(1))) if m else []
        m = re.search(r"councillors\s*=\s*\[(.*?)\]", text, re.S)
        cfg["people"]["councillors"] = re.findall(r'"([^"]+)"', re.sub(r"#[^\n]*", "", m.group(1)))
        return cfg


def matter_names(row):
    names = [row["reference"]]
    site = row["address"].split(",")[0].strip()
    site = re.sub(r"^(Land off|Land at|The)\s+", "", site)
    names.append(site)
    m = re.search(r"applicant ([^;]+)", row["description"])
    if m:
        app = m.group(1).strip()
        names += [app, re.sub(r"\s+Ltd$", "", app)]
    m = re.search(r"known as ([^;]+)", row["description"])
    if m:
        names.append(re.sub(r"^The\s+", "", m.group(1).strip()))
    return [n for n in names if n]


def digits(s):
    return re.sub(r"\D", "", s)


def main():
    verbose = "-v" in sys.argv[1:]
    sev, sev_source = load_severities()
    cfg = load_toml(os.path.join(HERE, "council.toml"))
    handles = cfg["people"]["handles"]
    person_of = dict(handles)
    councillors = set(cfg["people"]["councillors"])
    self_cfg = cfg.get("self", {})
    regs = cfg["registers"]
    terms = regs["confidential_terms"]
    interests = set(regs["interests"])
    holders = regs["interest_holders"]

    # files in the folder
    present = set(os.listdir(HERE))
    if "__pycache__" in present:
        err("__pycache__ present")
    if present != FILES:
        err("folder files differ: extra %s missing %s" % (sorted(present - FILES), sorted(FILES - present)))
    abs_path = re.compile(r"(?<![\w.])/(?:" + "|".join(["wo" + "rk", "ho" + "me", "t" + "mp", "Us" + "ers", "ro" + "ot", "m" + "nt"]) + r")/|\b[A-Za-z]:\\\\")
    for f in sorted(present & FILES):
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            if abs_path.search(fh.read()):
                err("%s contains an absolute path" % f)

    for h in PERSONAL:
        if h not in handles:
            err("personal handle %s not in council.toml" % h)
    for h, p in handles.items():
        if h != COUNCIL_ACCOUNT and p not in councillors:
            err("handle %s names %s, not a councillor" % (h, p))

    # registers
    with open(os.path.join(HERE, "pending.csv"), newline="", encoding="utf-8") as fh:
        pending = list(csv.DictReader(fh))
    if not pending or list(pending[0].keys()) != ["reference", "address", "description", "decision_date"]:
        err("pending.csv header")
    all_matter_names = [n for r in pending for n in matter_names(r)]
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as fh:
        meetings = list(csv.DictReader(fh))
    if not meetings or list(meetings[0].keys()) != ["title", "start", "end"]:
        err("meetings.csv header")
    spans = [(dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])) for m in meetings]
    for i in interests:
        if i not in holders or holders[i] not in councillors:
            err("interest %s has no councillor holder" % i)

    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d does not parse: %s" % (n, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    texts = Counter(r.get("text") for r in rows)
    for t, c in texts.items():
        if c > 1:
            err("duplicate text: %r" % t[:60])

    self_phone = digits(self_cfg.get("phone", "")) or None
    self_email = (self_cfg.get("email") or "").lower() or None
    self_handles = {h for h, p in handles.items() if p == self_cfg.get("name")}
    last_post = None
    counts = Counter()
    expecting = Counter()
    verdicts = Counter()
    allowed_rows = Counter()
    platforms = Counter()
    personal_rows = 0

    for r in rows:
        rid = r.get("id", "?")
        missing = [k for k in REQUIRED if k not in r]
        if missing:
            err("%s missing %s" % (rid, missing))
            continue
        if not re.fullmatch(SET + r"-\d{4}", rid):
            err("%s bad id" % rid)
        text, author = r["text"], r["author"]
        if not isinstance(text, str) or not text.strip():
            err("%s empty text" % rid)
        if author not in handles or author == COUNCIL_ACCOUNT:
            err("%s author %s is not a councillor handle" % (rid, author))
        if (r["account"] == "personal") != (author in PERSONAL) or r["account"] not in ("personal", "councillor"):
            err("%s account %s for %s" % (rid, r["account"], author))
        personal_rows += r["account"] == "personal"
        if r["kind"] != "post":
            err("%s kind" % rid)
        if r["platform"] not in LIMITS:
            err("%s platform" % rid)
        elif len(text) > LIMITS[r["platform"]]:
            err("%s too long for %s" % (rid, r["platform"]))
        platforms[r["platform"]] += 1
        person = person_of.get(author)
        for m in re.findall(r"(?<![\w@])@\w+", text):
            if person_of.get(m) == person or m == author:
                err("%s mentions its own author" % rid)

        # time
        ts = r["created_at"]
        if not isinstance(ts, str) or not ts.endswith("+00:00"):
            err("%s timestamp not +00:00" % rid)
        else:
            t = dt.datetime.fromisoformat(ts)
            # the whole window is before British Summer Time, so local time is UTC here
            if not (START <= t.date() <= END):
                err("%s outside window" % rid)
            if t.weekday() > 4 or not (8 <= t.hour <= 18):
                err("%s not weekday 08:00-18:59" % rid)
            for s, e in spans:
                if s <= t < e:
                    err("%s inside a meeting" % rid)
            last_post = t if last_post is None or t > last_post else last_post

        # labels
        ex = r["expect"]
        rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            err("%s expect lists" % rid)
            continue
        for rule in rules + allowed:
            if rule not in sev:
                err("%s unknown rule %s" % (rid, rule))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            err("%s rule repeated or both expected and allowed" % rid)
        if verdict not in ORDER:
            err("%s verdict %s" % (rid, verdict))
            continue
        if not rules:
            if verdict != "ok":
                err("%s verdict should be ok" % rid)
        else:
            possible = set().union(*(sev.get(x, set()) for x in rules))
            floor = max(min(ORDER[s] for s in sev.get(x, {"advice"})) for x in rules)
            if verdict not in possible or ORDER[verdict] < floor:
                err("%s verdict %s does not fit %s" % (rid, verdict, rules))
        kind, fam = r["kind_of_row"], r["family"]
        counts[(fam, kind)] += 1
        verdicts[(kind, verdict)] += 1
        allowed_rows[kind] += bool(allowed)
        for x in rules:
            expecting[x] += 1
        if kind == "positive":
            if fam not in FAMILIES or fam not in rules:
                err("%s positive does not expect its family" % rid)
            if r["near_miss_of"] is not None:
                err("%s positive with near_miss_of" % rid)
        elif kind == "hard_negative":
            if rules or verdict != "ok":
                err("%s hard negative expects something" % rid)
            if fam not in FAMILIES or r["near_miss_of"] != fam:
                err("%s hard negative near_miss_of" % rid)
        elif kind == "filler":
            if rules or allowed or verdict != "ok" or fam is not None or r["near_miss_of"] is not None:
                err("%s filler must be plain" % rid)
        else:
            err("%s kind_of_row %s" % (rid, kind))

        low = text.lower()
        named_term = any(tm.lower() in low for tm in terms)
        if named_term and not ("confidentiality.disclosure" in rules and verdict == "block"):
            err("%s names a confidential term without disclosure/block" % rid)
        if kind == "positive" and fam == "confidentiality.disclosure" and (verdict == "block") != named_term:
            err("%s disclosure positive: block iff a register term" % rid)
        names_matter = any(n.lower() in low for n in all_matter_names)
        if "predetermination.closed-mind" in rules and names_matter and verdict != "block":
            err("%s predetermination naming a pending matter must be block" % rid)
        if kind == "positive" and fam == "predetermination.closed-mind" and not names_matter and verdict != "review":
            err("%s predetermination positive naming no matter must be review" % rid)
        if "security.credentials" in rules and verdict != "block":
            err("%s security must be block" % rid)
        if kind == "positive" and fam == "interests.declared-interest":
            if r["interest"] not in interests:
                err("%s interest not on the register" % rid)
            elif holders.get(r["interest"]) != person:
                err("%s interest positive not written by its holder" % rid)
        elif r["interest"] is not None:
            err("%s interest set on a non-interest positive" % rid)

        # contact details, numbers, emails and links
        if self_phone and self_phone in digits(text) and author not in self_handles:
            err("%s self phone in a post not by self" % rid)
        if self_email and self_email in low and author not in self_handles:
            err("%s self email in a post not by self" % rid)
        for m in re.findall(r"(?<![\d])0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}(?![\d])", text):
            d = digits(m)
            if not (len(d) == 11 and (d.startswith("07700900") or d.startswith("01632960"))):
                err("%s phone number %s not in a drama range" % (rid, m))
        for m in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.lower() != "example.com":
                err("%s email domain %s" % (rid, m))
        for m in re.findall(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co|gov|info|biz|ly|me))\b", low):
            if not re.search(r"(?:^|\.)example\.(?:com|net|org)$", m):
                err("%s domain %s not on example.com/.net/.org" % (rid, m))

    for p in pending:
        if last_post and dt.date.fromisoformat(p["decision_date"]) <= last_post.date():
            err("pending %s decided before the last post" % p["reference"])
    for f in FAMILIES:
        if counts[(f, "positive")] < 15 or counts[(f, "hard_negative")] < 15:
            err("too few rows for %s" % f)
    if counts[(None, "filler")] < 30:
        err("too few fillers")

    if verbose:
        print("severities from", sev_source)
        print("%-36s %5s %5s %5s" % ("rule", "pos", "hn", "exp"))
        for f in FAMILIES:
            print("%-36s %5d %5d %5d" % (f, counts[(f, "positive")], counts[(f, "hard_negative")], expecting[f]))
        print("fillers", counts[(None, "filler")], "total", len(rows))
        print("verdicts", dict(sorted(verdicts.items())))
        print("rows with allowed", dict(allowed_rows), "personal", personal_rows, "platforms", dict(platforms))
    if ERRORS:
        for e in ERRORS:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
