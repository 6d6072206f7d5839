#!/usr/bin/env python3
"""Check blind evaluation set b147 and print OK (or the problems found).

Usage: python3 validate.py [-v]     (-v also prints the counts)
Standard library only. Rule ids and severities come from shared/design/RULES.md, found by
walking up from this folder; without it a built-in copy of the severities is used.
"""
import csv
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B147"
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
PLATFORM_LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
PERSONAL_HANDLES = {"@ruth_on_the_edge", "@wilf_tups"}
COUNCIL_ACCOUNT = "@GrithedgeDC"
FIRST = dt.date(2026, 1, 5)
LAST = dt.date(2026, 3, 27)
MIN_POS, MIN_NEG, MIN_FILL = 15, 15, 30
RULE_FAMILIES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]
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
# Ofcom numbers reserved for drama (digits after normalising to a leading 0).
DRAMA_PREFIXES = ("07700900", "01632960", "01134960", "01144960", "01154960", "01164960",
                  "01174960", "01184960", "01214960", "01314960", "01414960", "01514960",
                  "01614960", "01914980", "02079460", "02920180", "02890180", "03069990",
                  "08081570", "09098790")
EXAMPLE_DOMAINS = ("example.com", "example.net", "example.org")

problems = []


def bad(msg):
    problems.append(msg)


def find_rules():
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
    p = find_rules()
    if not p:
        return BUILTIN_SEVERITIES, "built-in copy"
    sev = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            rid = cells[0].strip("`")
            if not re.fullmatch(r"[a-z-]+\.[a-z-]+", rid):
                continue
            words = {w for w in ("advice", "review", "block") if w in cells[-1]}
            sev[rid] = words or {"advice", "review", "block"}
    return sev, "shared/design/RULES.md"


def domain_ok(host):
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in EXAMPLE_DOMAINS)


def pending_names(rows):
    names = []
    for r in rows:
        ref, addr, desc = r["reference"], r["address"], r["description"]
        site = addr.split(",")[0].strip()
        site = re.sub(r"^(Land (at|off) )", "", site)
        site = re.sub(r"^\d+[A-Za-z]? ", "", site)
        found = [ref, site]
        m = re.search(r"applicant ([^,)]+)", desc)
        if m:
            app = m.group(1).strip()
            found += [app, re.sub(r"\s+Ltd$", "", app)]
        m = re.search(r"known as ([^,)]+)", desc)
        if m:
            found.append(m.group(1).strip())
        names.append((ref, [n for n in found if n]))
    return names


def main():
    verbose = "-v" in sys.argv[1:]
    sev, sev_source = load_severities()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    people = council.get("people", {})
    handles = people.get("handles", {})
    councillors = set(people.get("councillors", []))
    regs = council.get("registers", {})
    conf_terms = regs.get("confidential_terms", [])
    interests = set(regs.get("interests", []))
    holders = regs.get("interest_holders", {})
    me = council.get("self", {})
    for h in PERSONAL_HANDLES:
        if h not in handles:
            bad("personal handle %s not in council.toml" % h)
    for i, who in holders.items():
        if i not in interests or who not in councillors:
            bad("interest_holders entry %r -> %r does not match the registers" % (i, who))

    with open(os.path.join(HERE, regs.get("pending_matters", "pending.csv")), newline="",
              encoding="utf-8") as f:
        pending = list(csv.DictReader(f))
    with open(os.path.join(HERE, regs.get("meetings", "meetings.csv")), newline="",
              encoding="utf-8") as f:
        meetings = [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                    for r in csv.DictReader(f)]
    pnames = pending_names(pending)

    posts = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                posts.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad("line %d does not parse: %s" % (n, e))

    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "near_miss_of", "interest", "note"]
    ids = set()
    last_post = None
    counts = {}
    expecting = {}
    verdicts = {}
    platforms = {}
    n_allowed = 0
    n_personal = 0
    self_details = [x for x in (me.get("phone"), me.get("email")) if x]
    for k, p in enumerate(posts, 1):
        pid = p.get("id", "?")
        for key in required:
            if key not in p:
                bad("%s: missing field %s" % (pid, key))
        if set(p) - set(required):
            bad("%s: unknown fields %s" % (pid, sorted(set(p) - set(required))))
        if pid in ids:
            bad("%s: duplicate id" % pid)
        ids.add(pid)
        if pid != "%s-%04d" % (SET, k):
            bad("%s: id out of sequence (expected %s-%04d)" % (pid, SET, k))
        text = p.get("text", "")
        if not isinstance(text, str) or not text.strip():
            bad("%s: empty text" % pid)
            continue
        if not p.get("note"):
            bad("%s: empty note" % pid)
        author = p.get("author")
        if author not in handles or author == COUNCIL_ACCOUNT:
            bad("%s: author %r is not a councillor handle" % (pid, author))
        person = handles.get(author)
        want_acct = "personal" if author in PERSONAL_HANDLES else "councillor"
        if p.get("account") != want_acct:
            bad("%s: account should be %s" % (pid, want_acct))
        n_personal += p.get("account") == "personal"
        if p.get("kind") != "post":
            bad("%s: kind should be post" % pid)
        plat = p.get("platform")
        if plat not in PLATFORM_LIMITS:
            bad("%s: platform %r" % (pid, plat))
        elif len(text) > PLATFORM_LIMITS[plat]:
            bad("%s: %d characters is too long for %s" % (pid, len(text), plat))
        platforms[plat] = platforms.get(plat, 0) + 1
        for m in re.findall(r"(?<![\w@])@\w+", text):
            if handles.get(m) == person:
                bad("%s: mentions its own author %s" % (pid, m))

        ts = p.get("created_at", "")
        try:
            t = dt.datetime.fromisoformat(ts)
        except (TypeError, ValueError):
            bad("%s: bad created_at %r" % (pid, ts))
            t = None
        if t is not None:
            if not ts.endswith("+00:00"):
                bad("%s: created_at should end +00:00" % pid)
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (FIRST <= t.date() <= LAST):
                bad("%s: created_at %s outside weekdays 08:00-18:59, %s to %s" % (pid, ts, FIRST, LAST))
            if any(s <= t < e for s, e in meetings):
                bad("%s: created_at %s is inside a meeting" % (pid, ts))
            last_post = t if last_post is None or t > last_post else last_post

        ex = p.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for r in rules + allowed:
            if r not in sev:
                bad("%s: unknown rule %s" % (pid, r))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            bad("%s: a rule is repeated" % pid)
        if set(rules) & set(allowed):
            bad("%s: a rule is both expected and allowed" % pid)
        if verdict not in ORDER:
            bad("%s: verdict %r" % (pid, verdict))
            continue
        if not rules:
            if verdict != "ok":
                bad("%s: nothing expected but verdict %s" % (pid, verdict))
        else:
            known = [r for r in rules if r in sev]
            if known:
                lo = max(min(ORDER[s] for s in sev[r]) for r in known)
                hi = max(max(ORDER[s] for s in sev[r]) for r in known)
                if not lo <= ORDER[verdict] <= hi:
                    bad("%s: verdict %s does not fit %s" % (pid, verdict, rules))
        n_allowed += bool(allowed)
        for r in rules:
            expecting[r] = expecting.get(r, 0) + 1

        kind, fam = p.get("kind_of_row"), p.get("family")
        counts[(fam, kind)] = counts.get((fam, kind), 0) + 1
        if kind == "positive":
            verdicts[verdict] = verdicts.get(verdict, 0) + 1
            if fam not in RULE_FAMILIES or fam not in rules:
                bad("%s: positive does not expect its family %r" % (pid, fam))
            if p.get("near_miss_of") is not None:
                bad("%s: positive with near_miss_of" % pid)
        elif kind == "hard_negative":
            if rules or verdict != "ok":
                bad("%s: hard negative expects something" % pid)
            if fam not in RULE_FAMILIES or p.get("near_miss_of") != fam:
                bad("%s: hard negative needs near_miss_of equal to its family" % pid)
        elif kind == "filler":
            if rules or allowed or verdict != "ok" or fam is not None or p.get("near_miss_of") is not None:
                bad("%s: filler must expect and allow nothing, family null" % pid)
        else:
            bad("%s: kind_of_row %r" % (pid, kind))

        low = text.lower()
        names_term = [c for c in conf_terms if c.lower() in low]
        if names_term and not ("confidentiality.disclosure" in rules and verdict == "block"):
            bad("%s: names register term %s but does not expect disclosure with block" % (pid, names_term))
        if kind == "positive" and fam == "confidentiality.disclosure" and bool(names_term) != (verdict == "block"):
            bad("%s: disclosure positive should be block exactly when it names a register term" % pid)
        if "predetermination.closed-mind" in rules:
            named = [ref for ref, ns in pnames if any(n.lower() in low for n in ns)]
            if named and verdict != "block":
                bad("%s: predetermination naming pending %s should be block" % (pid, named))
            if not named and kind == "positive" and fam == "predetermination.closed-mind" and verdict != "review":
                bad("%s: predetermination positive naming no pending matter should be review" % pid)
        if "security.credentials" in rules and verdict != "block":
            bad("%s: security.credentials is always block" % pid)
        intr = p.get("interest")
        if kind == "positive" and fam == "interests.declared-interest":
            if intr not in interests:
                bad("%s: declared-interest positive without a registered interest" % pid)
            elif holders.get(intr) != person:
                bad("%s: interest %r is not held by the author" % (pid, intr))
        elif intr is not None:
            bad("%s: interest set on a row that is not a declared-interest positive" % pid)
        if any(d in text for d in self_details) and person != me.get("name"):
            bad("%s: [self] contact details in a post by someone else" % pid)

        for m in re.finditer(r"(?<![\w/])(?:\+44\s?|0)\d[\d ]{7,12}\d", text):
            digits = re.sub(r"\D", "", m.group(0))
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if len(digits) >= 10 and not digits.startswith(DRAMA_PREFIXES):
                bad("%s: phone number %s is not in an Ofcom drama range" % (pid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if not domain_ok(m.group(1)):
                bad("%s: email domain %s" % (pid, m.group(1)))
        for m in re.finditer(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co|app|ly|gov|info))\b", text):
            if not domain_ok(m.group(1)):
                bad("%s: link or domain %s" % (pid, m.group(1)))

    if last_post is not None:
        for r in pending:
            d = dt.date.fromisoformat(r["decision_date"])
            if d <= last_post.date():
                bad("pending %s decided on %s, before the last post" % (r["reference"], d))

    for fam in RULE_FAMILIES:
        if counts.get((fam, "positive"), 0) < MIN_POS:
            bad("%s: fewer than %d positives" % (fam, MIN_POS))
        if counts.get((fam, "hard_negative"), 0) < MIN_NEG:
            bad("%s: fewer than %d hard negatives" % (fam, MIN_NEG))
    if counts.get((None, "filler"), 0) < MIN_FILL:
        bad("fewer than %d fillers" % MIN_FILL)

    marks = ["/" + "home/", "/" + "work/", "/" + "Users/", "/" + "tmp/", "/" + "root/", "C:" + "\\"]
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if name == "__pycache__":
            bad("__pycache__ present")
            continue
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            body = f.read()
        for mk in marks:
            if mk in body:
                bad("%s contains an absolute path (%s)" % (name, mk))

    if verbose:
        print("severities from", sev_source)
        print("%-36s %9s %9s %9s" % ("rule", "positive", "hard_neg", "expecting"))
        for fam in RULE_FAMILIES:
            print("%-36s %9d %9d %9d" % (fam, counts.get((fam, "positive"), 0),
                                         counts.get((fam, "hard_negative"), 0), expecting.get(fam, 0)))
        print("fillers", counts.get((None, "filler"), 0), "| total", len(posts))
        print("positive verdicts", dict(sorted(verdicts.items())))
        print("rows with allowed", n_allowed, "| personal accounts", n_personal)
        print("platforms", dict(sorted(platforms.items())))
    if problems:
        for m in problems:
            print(m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
