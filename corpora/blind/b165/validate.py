#!/usr/bin/env python3
"""Check blind set b165 and print OK (with -v, also the counts).

Standard library only (Python 3.11+ for tomllib). The rule ids and severities are read
from shared/design/RULES.md, found by walking up from this folder; if it cannot be
found, a built-in copy of the severities is used.
"""
import collections
import csv
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B165"
TWELVE = [
    "capacity.council-voice", "confidentiality.disclosure", "confidentiality.insider-advantage",
    "data-protection.personal-data", "gifts.hospitality", "interests.declared-interest",
    "officers.impartiality", "position.improper-advantage", "predetermination.closed-mind",
    "resources.political-use", "security.credentials", "tone.irony-risk",
]
PERSONAL = {"@birkett_tups", "@freya_fellruns"}
WINDOW = (dt.date(2026, 9, 7), dt.date(2026, 11, 27))
BST_END = dt.date(2026, 10, 25)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
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
# Ofcom numbers reserved for drama (digits after normalising to a leading 0)
DRAMA = ("07700900", "01632960", "01134960", "01144960", "01154960", "01164960", "01174960",
         "01184960", "01214960", "01314960", "01414960", "01514960", "01614960", "01914980",
         "02079460", "02890180", "02920180", "08081570", "09098790", "03069990")

errors = []


def err(msg):
    errors.append(msg)


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
    with open(p, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
                sev[cells[0]] = words or {"advice", "review", "block"}
    if not sev:
        err("no rule rows found in RULES.md")
    return sev, "shared/design/RULES.md"


def pending_keys(rows):
    keys = []
    for r in rows:
        ks = {r["reference"]}
        site = r["address"].split(",")[0]
        site = re.sub(r"^(Land at |Land off |The )", "", site)
        ks.add(site)
        m = re.search(r"applicant (.+?)(?:,|$)", r["description"])
        if m:
            ks.add(m.group(1))
            ks.add(re.sub(r"\s+Ltd$", "", m.group(1)))
        m = re.search(r"known as (.+)$", r["description"])
        if m:
            ks.add(m.group(1))
            ks.add(re.sub(r"^The ", "", m.group(1)))
        keys.append((r["reference"], sorted(ks)))
    return keys


def names_pending(text, keys):
    low = text.lower()
    return [ref for ref, ks in keys if any(k.lower() in low for k in ks)]


def main():
    verbose = "-v" in sys.argv[1:]
    sev, sev_source = load_severities()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        cfg = tomllib.load(f)
    people = cfg.get("people", {})
    handles = people.get("handles", {})
    councillors = set(people.get("councillors", []))
    council_name = cfg["council"]["name"]
    self_ = cfg.get("self", {})
    regs = cfg.get("registers", {})
    conf_terms = regs.get("confidential_terms", [])
    interests = set(regs.get("interests", []))
    holders = regs.get("interest_holders", {})
    for h in PERSONAL:
        if handles.get(h) not in councillors:
            err("personal handle %s is not a councillor's" % h)
    for i, who in holders.items():
        if i not in interests or who not in councillors:
            err("bad interest holder entry %s" % i)

    with open(os.path.join(HERE, regs.get("pending_matters", "pending.csv")), newline="", encoding="utf-8") as f:
        pending = list(csv.DictReader(f))
    if list(pending[0].keys()) != ["reference", "address", "description", "decision_date"]:
        err("pending.csv header")
    keys = pending_keys(pending)
    with open(os.path.join(HERE, regs.get("meetings", "meetings.csv")), newline="", encoding="utf-8") as f:
        mrows = list(csv.DictReader(f))
    meetings = [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])) for r in mrows]
    for s, e in meetings:
        if not s < e:
            err("meeting ends before it starts: %s" % s)

    posts = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                posts.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d does not parse: %s" % (n, e))
    ids = [p.get("id") for p in posts]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for n, i in enumerate(ids, 1):
        if i != "%s-%04d" % (SET, n):
            err("id %s out of order or badly formed (expected %s-%04d)" % (i, SET, n))

    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    last_post = None
    self_handles = {h for h, who in handles.items() if who == self_.get("name")}
    pos_count = collections.Counter()
    neg_count = collections.Counter()
    expecting = collections.Counter()
    verdicts = collections.Counter()
    platforms = collections.Counter()
    fillers = 0
    with_allowed = 0
    personal_rows = 0
    for p in posts:
        pid = p.get("id")
        for k in required:
            if k not in p:
                err("%s: missing %s" % (pid, k))
        if any(k not in p for k in required):
            continue
        text, author = p["text"], p["author"]
        exp = p["expect"]
        rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            err("%s: rules/allowed must be lists" % pid)
            continue
        # authors and accounts
        who = handles.get(author)
        if who not in councillors:
            err("%s: author %s is not a councillor handle" % (pid, author))
        if who == council_name:
            err("%s: written by the council account" % pid)
        if (p["account"] == "personal") != (author in PERSONAL):
            err("%s: account %s does not fit author %s" % (pid, p["account"], author))
        if p["account"] not in ("personal", "councillor"):
            err("%s: account %s" % (pid, p["account"]))
        if p["account"] == "personal":
            personal_rows += 1
        if p["kind"] != "post":
            err("%s: kind %s" % (pid, p["kind"]))
        if p["platform"] not in LIMITS:
            err("%s: platform %s" % (pid, p["platform"]))
        elif len(text) > LIMITS[p["platform"]]:
            err("%s: too long for %s" % (pid, p["platform"]))
        platforms[p["platform"]] += 1
        for m in re.findall(r"(?<![\w.])@\w+", text):
            if handles.get(m) == who:
                err("%s: mentions its own author" % pid)
        # timestamps
        try:
            t = dt.datetime.fromisoformat(p["created_at"])
        except ValueError:
            err("%s: bad created_at" % pid)
            continue
        want = dt.timedelta(hours=1) if t.date() < BST_END else dt.timedelta(0)
        if t.utcoffset() != want:
            err("%s: offset %s does not match UK local time" % (pid, t.utcoffset()))
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (WINDOW[0] <= t.date() <= WINDOW[1]):
            err("%s: created_at %s outside weekdays 08:00-18:59, 7 Sep-27 Nov 2026" % (pid, t))
        if any(s <= t < e for s, e in meetings):
            err("%s: posted during a meeting" % pid)
        last_post = t if last_post is None or t > last_post else last_post
        # rule ids and verdict
        for r in rules + allowed:
            if r not in sev:
                err("%s: unknown rule %s" % (pid, r))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            err("%s: rule repeated or both expected and allowed" % pid)
        if verdict not in RANK:
            err("%s: verdict %s" % (pid, verdict))
            continue
        if not rules:
            if verdict != "ok":
                err("%s: nothing expected but verdict %s" % (pid, verdict))
        else:
            known = [r for r in rules if r in sev]
            lo = max(min(RANK[s] for s in sev[r]) for r in known) if known else 0
            hi = max(max(RANK[s] for s in sev[r]) for r in known) if known else 3
            possible = set().union(*(sev[r] for r in known)) if known else set()
            if verdict == "ok" or not lo <= RANK[verdict] <= hi or verdict not in possible:
                err("%s: verdict %s does not fit %s" % (pid, verdict, rules))
        verdicts[verdict] += 1
        if allowed:
            with_allowed += 1
        for r in rules:
            expecting[r] += 1
        # row kinds
        kor, fam = p["kind_of_row"], p["family"]
        if kor == "positive":
            if fam not in TWELVE or fam not in rules:
                err("%s: positive does not expect its family %s" % (pid, fam))
            pos_count[fam] += 1
        elif kor == "hard_negative":
            if rules or verdict != "ok":
                err("%s: hard negative expects something" % pid)
            if fam not in TWELVE or p.get("near_miss_of") != fam:
                err("%s: hard negative needs near_miss_of equal to its family" % pid)
            neg_count[fam] += 1
        elif kor == "filler":
            fillers += 1
            if fam is not None or rules or allowed or verdict != "ok":
                err("%s: filler must have no family, rules or allowed" % pid)
        else:
            err("%s: kind_of_row %s" % (pid, kor))
        if kor != "hard_negative" and "near_miss_of" in p:
            err("%s: near_miss_of on a %s" % (pid, kor))
        # register checks
        low = text.lower()
        named_terms = [c for c in conf_terms if c.lower() in low]
        if named_terms and not ("confidentiality.disclosure" in rules and verdict == "block"):
            err("%s: names %s but does not expect disclosure at block" % (pid, named_terms))
        if kor == "positive" and fam == "confidentiality.disclosure":
            if bool(named_terms) != (verdict == "block"):
                err("%s: disclosure positive is block exactly when it names a register term" % pid)
        if "predetermination.closed-mind" in rules:
            refs = names_pending(text, keys)
            if refs and verdict != "block":
                err("%s: predetermination naming %s must be block" % (pid, refs))
            if kor == "positive" and fam == "predetermination.closed-mind" and not refs and verdict != "review":
                err("%s: predetermination positive naming no pending matter must be review" % pid)
        if "security.credentials" in rules and verdict != "block":
            err("%s: security must be block" % pid)
        if kor == "positive" and fam == "interests.declared-interest":
            i = p.get("interest")
            if i not in interests:
                err("%s: interest %r not on the register" % (pid, i))
            elif holders.get(i) != who:
                err("%s: declared-interest positive not written by the holder of %s" % (pid, i))
        elif "interest" in p:
            err("%s: interest on a row that is not a declared-interest positive" % pid)
        # contact details, numbers, emails, links
        if author not in self_handles:
            for k in ("phone", "email"):
                v = self_.get(k)
                if v and v.lower() in low:
                    err("%s: [self] %s in a post not by %s" % (pid, k, self_.get("name")))
        for m in re.finditer(r"(?<![\w])(?:\+44\s?|0)\d(?:[ -]?\d){8,10}(?!\d)", text):
            digits = re.sub(r"\D", "", m.group(0))
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if not digits.startswith(DRAMA):
                err("%s: phone number %s is not in an Ofcom drama range" % (pid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@((?:[\w-]+\.)+[\w-]+)", text):
            if not re.fullmatch(r"(?:[\w-]+\.)*example\.(?:com|net|org)", m.group(1), re.I):
                err("%s: email domain %s" % (pid, m.group(1)))
        for m in re.finditer(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|gov|co))\b", text, re.I):
            if not re.fullmatch(r"(?:[\w-]+\.)*example\.(?:com|net|org)", m.group(1), re.I):
                err("%s: domain %s is not on example.com/.net/.org" % (pid, m.group(1)))

    for r in pending:
        if last_post and dt.date.fromisoformat(r["decision_date"]) <= last_post.date():
            err("pending %s decided before the last post" % r["reference"])
    for fam in TWELVE:
        if pos_count[fam] < 15 or neg_count[fam] < 15:
            err("%s: %d positives, %d hard negatives (need 15 and 15)" % (fam, pos_count[fam], neg_count[fam]))
    for fam in set(pos_count) | set(neg_count):
        if fam not in TWELVE:
            err("family %s is not one of the twelve rules" % fam)
    if fillers < 30:
        err("only %d fillers" % fillers)

    # the folder: no absolute paths, no caches
    bad_paths = [re.escape(s) for s in ("/" + "work/", "/" + "home/", "/" + "Users/", "/" + "tmp/", "/" + "root/")]
    bad_paths.append(r"[A-Za-z]:\\\\")
    for name in sorted(os.listdir(HERE)):
        full = os.path.join(HERE, name)
        if name == "__pycache__":
            err("__pycache__ in the folder")
            continue
        if os.path.isfile(full):
            with open(full, encoding="utf-8", errors="replace") as f:
                body = f.read()
            for pat in bad_paths:
                if re.search(pat, body):
                    err("%s contains an absolute path" % name)

    if errors:
        for e in errors[:60]:
            print("ERROR:", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    if verbose:
        print("rule severities from", sev_source)
        print("%-36s %9s %9s %9s" % ("rule", "positive", "hard neg", "expecting"))
        for fam in TWELVE:
            print("%-36s %9d %9d %9d" % (fam, pos_count[fam], neg_count[fam], expecting[fam]))
        print("fillers %d, total %d" % (fillers, len(posts)))
        print("verdicts", dict(sorted(verdicts.items())))
        print("rows with allowed", with_allowed, "| personal-account rows", personal_rows,
              "| platforms", dict(sorted(platforms.items())))
    print("OK")


if __name__ == "__main__":
    main()
