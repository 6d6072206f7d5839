#!/usr/bin/env python3
"""Check blind evaluation set b153 and print OK (or the problems found). `-v` also prints counts.

Standard library only. Rule ids and severities are read from shared/design/RULES.md, found by
walking up from this folder; when it cannot be found, a built-in copy of the severities is used.
"""
import collections
import csv
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B153"
SINGLE_RULES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
PERSONAL = {"@orla_wildswims", "@wilf_ponies"}
COUNCIL_ACCOUNT = "@WrenscombeDC"
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
FIRST_DAY, LAST_DAY = dt.date(2026, 9, 1), dt.date(2026, 11, 27)
SEVERITY_ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
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
# names people use for the pending matters, beyond reference, applicant and "known as" name
SITE_KEYS = {
    "26/0412/FUL": ["Kiln Lane"],
    "26/0455/FUL": ["Morrow Sands"],
    "26/0507/FUL": ["Higher Combe"],
    "26/0533/OUT": ["south of Brendle Cross"],
    "26/0561/FUL": ["Old Lifeboat Station"],
    "26/0590/LBC": ["Tollhouse"],
    "26/0612/FUL": ["Hobbadon Beacon"],
    "26/0634/FUL": ["Taddy Road"],
    "LIC/26/0211": ["Morrow Sands"],
    "LIC/26/0219": ["Anchor Vaults", "Vaults"],
    "LIC/26/0226": ["Harbour Parade"],
}
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


# ---------------------------------------------------------------- inputs
def find_rules_md():
    d = HERE
    for _ in range(12):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            return p
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    return None


def rule_severities():
    p = find_rules_md()
    if not p:
        return BUILTIN_SEVERITIES, "built-in"
    sev = {}
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]*)\|\s*$", line)
            if m:
                words = set(re.findall(r"\b(advice|review|block)\b", m.group(2)))
                sev[m.group(1)] = words or {"advice", "review", "block"}
    return (sev or BUILTIN_SEVERITIES), "RULES.md"


def load_toml(path):
    try:
        import tomllib
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except ImportError:
        pass
    # minimal fallback for this file's subset: tables, strings and lists of strings
    data, table, key, buf = {}, None, None, None
    for raw in open(path, encoding="utf-8"):
        line = re.sub(r'\s+#[^"]*$', "", raw.rstrip("\n"))
        if buf is not None:
            buf += line
            if "]" in line:
                table[key] = re.findall(r'"((?:[^"\\]|\\.)*)"', buf)
                buf = None
            continue
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        m = re.match(r"^\[([^\]]+)\]$", s)
        if m:
            table = data
            for part in m.group(1).split("."):
                table = table.setdefault(part, {})
            continue
        m = re.match(r'^("?[^"=]+"?)\s*=\s*(.*)$', s)
        if m:
            key, val = m.group(1).strip().strip('"'), m.group(2).strip()
            if val.startswith("[") and "]" not in val:
                buf = val
            elif val.startswith("["):
                table[key] = re.findall(r'"((?:[^"\\]|\\.)*)"', val)
            else:
                table[key] = val.strip('"')
    return data


def london_offset(day):
    """UTC offset in hours for Europe/London on a date (BST from last Sunday of March to last Sunday of October)."""
    def last_sunday(year, month):
        d = dt.date(year, month, 31)
        return d - dt.timedelta((d.weekday() + 1) % 7)
    return 1 if last_sunday(day.year, 3) <= day < last_sunday(day.year, 10) else 0


# ---------------------------------------------------------------- checks
def main():
    verbose = "-v" in sys.argv
    sev, sev_source = rule_severities()
    council = load_toml(os.path.join(HERE, "council.toml"))
    people = council.get("people", {})
    handles = people.get("handles", {})
    councillors = set(people.get("councillors", []))
    regs = council.get("registers", {})
    conf_terms = regs.get("confidential_terms", [])
    interests = set(regs.get("interests", []))
    holders = regs.get("interest_holders", {})
    selfc = council.get("self", {})
    for h in PERSONAL:
        if h not in handles:
            bad("personal handle %s not in council.toml" % h)
    if handles.get(COUNCIL_ACCOUNT) is None:
        bad("council account missing from handles")

    with open(os.path.join(HERE, "pending.csv"), encoding="utf-8", newline="") as fh:
        pending = list(csv.DictReader(fh))
    with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8", newline="") as fh:
        meetings = [(r["title"], dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                    for r in csv.DictReader(fh)]
    pend_keys = {}
    for r in pending:
        keys = [r["reference"]] + SITE_KEYS.get(r["reference"], [])
        m = re.search(r"applicant (.+?)$", r["description"])
        if m:
            app = m.group(1).strip()
            keys += [app, re.sub(r"\s+(Co\s+)?Ltd$", "", app)]
        m = re.search(r"known as (.+?)(;|$)", r["description"])
        if m:
            keys.append(m.group(1).strip())
        pend_keys[r["reference"]] = keys

    def names_pending(text):
        low = text.lower()
        return [ref for ref, keys in pend_keys.items() if any(k.lower() in low for k in keys)]

    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("line %d does not parse: %s" % (n, e))
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
                "kind_of_row", "near_miss_of", "interest", "note"]
    seen = set()
    last_post = None
    fam_counts = collections.Counter()
    expect_counts = collections.Counter()
    verdicts = collections.Counter()
    platforms = collections.Counter()
    n_allowed = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id", "?")
        for f in required:
            if f not in r:
                bad("%s: missing field %s" % (rid, f))
        if rid != "%s-%04d" % (SET, i):
            bad("%s: id out of sequence (expected %s-%04d)" % (rid, SET, i))
        if rid in seen:
            bad("%s: duplicate id" % rid)
        seen.add(rid)
        text, author = r.get("text", ""), r.get("author")
        if not isinstance(text, str) or not text.strip():
            bad("%s: empty text" % rid)
        # author and account
        if author not in handles or author == COUNCIL_ACCOUNT or handles.get(author) not in councillors:
            bad("%s: author %s is not a councillor handle" % (rid, author))
        if (r.get("account") == "personal") != (author in PERSONAL) or r.get("account") not in ("personal", "councillor"):
            bad("%s: account %s does not fit author %s" % (rid, r.get("account"), author))
        person = handles.get(author)
        for m in re.findall(r"@\w+", text):
            if handles.get(m) == person:
                bad("%s: post mentions its own author" % rid)
        if r.get("kind") != "post":
            bad("%s: kind must be post" % rid)
        plat = r.get("platform")
        if plat not in LIMITS:
            bad("%s: platform %s" % (rid, plat))
        elif len(text) > LIMITS[plat]:
            bad("%s: text too long for %s" % (rid, plat))
        platforms[plat] += 1
        # time
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
        except (ValueError, KeyError, TypeError):
            bad("%s: bad created_at" % rid)
            t = None
        if t is not None:
            if t.utcoffset() is None:
                bad("%s: created_at has no offset" % rid)
            else:
                d = t.date()
                if t.utcoffset() != dt.timedelta(hours=london_offset(d)):
                    bad("%s: offset is not Europe/London's on %s" % (rid, d))
                if d.weekday() > 4:
                    bad("%s: weekend post" % rid)
                if not (8 <= t.hour <= 18):
                    bad("%s: outside 08:00-18:59 local" % rid)
                if not (FIRST_DAY <= d <= LAST_DAY):
                    bad("%s: outside the date range" % rid)
                for title, s, e in meetings:
                    if s <= t < e:
                        bad("%s: inside meeting %s" % (rid, title))
                last_post = t if last_post is None or t > last_post else last_post
        # labels
        exp = r.get("expect", {})
        rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for rule in rules + allowed:
            if rule not in sev:
                bad("%s: unknown rule %s" % (rid, rule))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            bad("%s: a rule repeated" % rid)
        if set(rules) & set(allowed):
            bad("%s: a rule both expected and allowed" % rid)
        if allowed:
            n_allowed += 1
        if verdict not in SEVERITY_ORDER:
            bad("%s: verdict %s" % (rid, verdict))
        elif not rules:
            if verdict != "ok":
                bad("%s: nothing expected but verdict %s" % (rid, verdict))
        else:
            floor = max(min(SEVERITY_ORDER[s] for s in sev.get(x, {"advice"})) for x in rules)
            reachable = set().union(*[sev.get(x, set()) for x in rules])
            if verdict == "ok" or verdict not in reachable or SEVERITY_ORDER[verdict] < floor:
                bad("%s: verdict %s does not fit %s" % (rid, verdict, rules))
        verdicts[verdict] += 1
        kind, fam = r.get("kind_of_row"), r.get("family")
        if kind == "positive":
            if fam not in SINGLE_RULES or fam not in rules:
                bad("%s: positive does not expect its family" % rid)
            if r.get("near_miss_of") is not None:
                bad("%s: positive with near_miss_of" % rid)
        elif kind == "hard_negative":
            if rules or verdict != "ok":
                bad("%s: hard negative expects something" % rid)
            if fam not in SINGLE_RULES or r.get("near_miss_of") != fam:
                bad("%s: hard negative needs near_miss_of equal to its family" % rid)
        elif kind == "filler":
            if rules or allowed or verdict != "ok" or fam is not None or r.get("near_miss_of") is not None:
                bad("%s: filler must expect and allow nothing, family null" % rid)
        else:
            bad("%s: kind_of_row %s" % (rid, kind))
        fam_counts[(fam, kind)] += 1
        for x in rules:
            expect_counts[x] += 1
        # register rules
        low = text.lower()
        names_term = any(term.lower() in low for term in conf_terms)
        if names_term and ("confidentiality.disclosure" not in rules or verdict != "block"):
            bad("%s: names a confidential term but does not expect disclosure with block" % rid)
        if kind == "positive" and fam == "confidentiality.disclosure" and (verdict == "block") != names_term:
            bad("%s: disclosure positive is block exactly when it names a register term" % rid)
        if "predetermination.closed-mind" in rules:
            refs = names_pending(text)
            if refs and verdict != "block":
                bad("%s: predetermination naming %s must be block" % (rid, refs))
            if kind == "positive" and fam == "predetermination.closed-mind" and not refs and verdict != "review":
                bad("%s: predetermination positive naming no pending matter must be review" % rid)
        if "security.credentials" in rules and verdict != "block":
            bad("%s: security must be block" % rid)
        if kind == "positive" and fam == "interests.declared-interest":
            it = r.get("interest")
            if it not in interests:
                bad("%s: interest %r not registered" % (rid, it))
            elif holders.get(it) != person:
                bad("%s: declared-interest positive not written by the holder of %s" % (rid, it))
        elif r.get("interest") is not None:
            bad("%s: interest set on a row that is not a declared-interest positive" % rid)
        # contact details
        if selfc:
            if (selfc.get("phone", "\0") in text or selfc.get("email", "\0").lower() in low) and person != selfc.get("name"):
                bad("%s: [self] contact details in a post by someone else" % rid)
        for ph in re.findall(r"(?<![\w£])0\d{2,4}[ ]?\d{3}[ ]?\d{3,4}(?![\d])", text):
            digits = re.sub(r"\D", "", ph)
            if not re.match(r"^(07700900\d{3}|01632960\d{3}|0113496\d{4}|0117496\d{4}|02079460\d{3})$", digits):
                bad("%s: phone number outside the drama ranges: %s" % (rid, ph))
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not em.lower().endswith("@example.com"):
                bad("%s: email not on example.com: %s" % (rid, em))
        for dom in re.findall(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|ly|co|info|biz))\b", low):
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
                bad("%s: link or domain not on example.com/.net/.org: %s" % (rid, dom))

    # pending decisions after the last post
    if last_post is not None:
        for r in pending:
            if dt.date.fromisoformat(r["decision_date"]) <= last_post.date():
                bad("pending %s decided before the last post" % r["reference"])

    # counts
    for rule in SINGLE_RULES:
        if fam_counts[(rule, "positive")] < 15 or fam_counts[(rule, "hard_negative")] < 15:
            bad("%s: fewer than 15 positives or hard negatives" % rule)
    if fam_counts[(None, "filler")] < 30:
        bad("fewer than 30 fillers")

    # no absolute paths in the folder's files
    roots = ["ho" + "me", "wo" + "rk", "tm" + "p", "ro" + "ot", "Us" + "ers", "mn" + "t", "o" + "pt", "v" + "ar"]
    pat = re.compile(r"(?<![\w.~])/(?:%s)/" % "|".join(roots) + r"|[A-Za-z]:\\\\")
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name == "__pycache__":
            bad("__pycache__ present")
        if os.path.isfile(p):
            with open(p, encoding="utf-8", errors="replace") as fh:
                if pat.search(fh.read()):
                    bad("%s: contains an absolute path" % name)

    if verbose:
        print("rule severities from", sev_source)
        print("rows", len(rows))
        for rule in SINGLE_RULES:
            print("  %-36s positives %2d  hard negatives %2d  expecting %2d" % (
                rule, fam_counts[(rule, "positive")], fam_counts[(rule, "hard_negative")], expect_counts[rule]))
        print("  fillers", fam_counts[(None, "filler")])
        print("verdicts", dict(verdicts))
        print("platforms", dict(platforms))
        print("rows with allowed", n_allowed)
        print("personal accounts", sum(1 for r in rows if r.get("account") == "personal"))
    if PROBLEMS:
        for p in PROBLEMS:
            print(p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
