#!/usr/bin/env python3
"""Check blind set b159 and print OK (or the problems found). `-v` also prints the counts.

Standard library only. Rule ids and severities come from shared/design/RULES.md, found by walking
up from this folder; where it cannot be found, a built-in copy of the severities is used.
"""
import collections
import csv
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B159"
FIRST_DAY, LAST_DAY = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
MIN_POS, MIN_HN, MIN_FILLERS = 15, 15, 30
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
ALL_LEVELS = {"advice", "review", "block"}
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
    "association.endorsed-content": set(ALL_LEVELS),
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
PLATFORM_LIMITS = {"x": 280, "bluesky": 300, "facebook": 5000}
PERSONAL_HANDLES = {"@wold_top_cawdron", "@rosie_sealwatch"}
# Site names by which a post can name a pending matter (each must occur in that matter's address).
SITES = {
    "N/25/1187/FUL": ["Marsh Road"],
    "N/25/1302/FUL": ["Tetwold Quarry"],
    "N/25/1344/OUT": ["Cattle Market"],
    "N/25/1409/FUL": ["Saltgowt Point"],
    "N/26/0022/FUL": ["Hagworth Airfield"],
    "N/26/0047/FUL": ["Old Granary", "Navigation Wharf"],
    "N/26/0063/FUL": ["Gripley Bank"],
    "N/26/0090/LBC": ["Kings Head"],
    "LIC/26/0014": ["Whelby Pleasure Beach"],
    "LIC/26/0021": ["14 Eastgate"],
    "LIC/26/0030": ["Unit 2, Sea Lane"],
}
DRAMA_PREFIXES = ("07700900", "01632960", "02079460", "01134960", "01144960", "01154960",
                  "01174960", "01214960", "01314960", "01414960", "01514960", "01614960")
SAFE_DOMAINS = ("example.com", "example.net", "example.org")
EXPECTED_FILES = {"posts.jsonl", "council.toml", "pending.csv", "meetings.csv", "build.py",
                  "validate.py", "README.md"}

problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------- inputs
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
    path = find_rules_md()
    if not path:
        return dict(BUILTIN_SEVERITIES), "built-in copy"
    sev = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
            if not m:
                continue
            last = line.strip().strip("|").split("|")[-1]
            levels = {w for w in ALL_LEVELS if w in last}
            if "one level lower" in last or not levels:
                levels = set(ALL_LEVELS)
            sev[m.group(1)] = levels
    if not sev:
        return dict(BUILTIN_SEVERITIES), "built-in copy"
    return sev, "RULES.md"


def load_toml(path):
    try:
        import tomllib
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except ImportError:
        pass
    # minimal fallback for this file's subset: [tables], "key" = "value", key = [strings]
    def strip_comment(line):
        out, quoted = [], False
        for ch in line:
            if ch == '"':
                quoted = not quoted
            if ch == "#" and not quoted:
                break
            out.append(ch)
        return "".join(out).strip()

    data = {}
    table, buf, key = data, None, None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            s = strip_comment(raw)
            if not s:
                continue
            if buf is not None:
                buf += " " + s
                if s.endswith("]"):
                    table[key] = re.findall(r'"([^"]*)"', buf)
                    buf = None
                continue
            m = re.match(r"^\[([^\]]+)\]$", s)
            if m:
                table = data
                for part in m.group(1).split("."):
                    table = table.setdefault(part, {})
                continue
            m = re.match(r'^("[^"]+"|[A-Za-z0-9_-]+)\s*=\s*(.*)$', s)
            if m:
                key, val = m.group(1).strip('"'), m.group(2)
                if val.startswith("["):
                    if val.endswith("]"):
                        table[key] = re.findall(r'"([^"]*)"', val)
                    else:
                        buf = val
                else:
                    table[key] = val[1:-1] if val.startswith('"') else val
    return data


def read_csv(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


SEV, SEV_SOURCE = load_severities()
CFG = load_toml(os.path.join(HERE, "council.toml"))
PENDING = read_csv("pending.csv")
MEETINGS = read_csv("meetings.csv")
HANDLES = CFG.get("people", {}).get("handles", {})
COUNCILLORS = set(CFG.get("people", {}).get("councillors", []))
OFFICERS = CFG.get("people", {}).get("officers", [])
SELF = CFG.get("self", {})
REG = CFG.get("registers", {})
TERMS = REG.get("confidential_terms", [])
INTERESTS = REG.get("interests", [])
HOLDERS = REG.get("interest_holders", {})
COUNCIL_NAME = CFG.get("council", {}).get("name")


def pending_names():
    out = {}
    for r in PENDING:
        ref, addr, desc = r["reference"], r["address"], r["description"]
        names = [ref]
        m = re.search(r"applicant (.+?)\s*$", desc)
        if not m:
            bad("pending %s: no applicant in description" % ref)
        else:
            app = m.group(1)
            names += [app, re.sub(r"\s+Ltd$", "", app)]
        m = re.search(r"known as ([^,]+)", desc)
        if m:
            names.append(m.group(1).strip())
        for site in SITES.get(ref, []):
            if site.lower() not in addr.lower():
                bad("pending %s: site %r not in its address" % (ref, site))
            names.append(site)
        if ref not in SITES:
            bad("pending %s: no site names in validate.py" % ref)
        out[ref] = names
    return out


PENDING_NAMES = pending_names()


def names_pending(text):
    low = text.lower()
    return [ref for ref, names in PENDING_NAMES.items() if any(n.lower() in low for n in names)]


def names_term(text):
    low = text.lower()
    return [t for t in TERMS if t.lower() in low]


def in_meeting(t):
    for m in MEETINGS:
        if dt.datetime.fromisoformat(m["start"]) <= t <= dt.datetime.fromisoformat(m["end"]):
            return m["title"]
    return None


# ---------------------------------------------------------------- config checks
if not COUNCIL_NAME:
    bad("council.toml: no [council] name")
for h, person in HANDLES.items():
    if person not in COUNCILLORS and person != COUNCIL_NAME:
        bad("handle %s maps to unknown person %r" % (h, person))
for h in PERSONAL_HANDLES:
    if h not in HANDLES:
        bad("personal handle %s missing from council.toml" % h)
for i in INTERESTS:
    if HOLDERS.get(i) not in COUNCILLORS:
        bad("interest %r has no councillor holder" % i)
if SELF.get("name") not in COUNCILLORS:
    bad("[self] is not a councillor")
for m in MEETINGS:
    try:
        a, b = dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])
        if not (a < b and a.utcoffset() is not None):
            bad("meeting %r: bad times" % m["title"])
    except ValueError:
        bad("meeting %r: unparsable times" % m.get("title"))

# ---------------------------------------------------------------- posts
posts = []
with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            posts.append(json.loads(line))
        except json.JSONDecodeError as e:
            bad("line %d: not JSON (%s)" % (n, e))

REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
            "kind_of_row", "near_miss_of", "interest", "note"]
seen_ids = set()
last_post = None
counts = collections.Counter()
expecting = collections.Counter()
verdicts = collections.Counter()
platforms = collections.Counter()
allowed_rows = 0
allowed_hn = 0
personal_rows = 0
officer_surnames = {o.split()[-1]: o for o in OFFICERS}

for idx, p in enumerate(posts, 1):
    pid = p.get("id", "?")
    for f in REQUIRED:
        if f not in p:
            bad("%s: missing field %s" % (pid, f))
    if pid != "%s-%04d" % (SET, idx):
        bad("%s: id out of sequence (expected %s-%04d)" % (pid, SET, idx))
    if pid in seen_ids:
        bad("%s: duplicate id" % pid)
    seen_ids.add(pid)
    text = p.get("text", "")
    if not text.strip():
        bad("%s: empty text" % pid)
    author = p.get("author")
    person = HANDLES.get(author)
    if person is None or person == COUNCIL_NAME:
        bad("%s: author %r is not a councillor handle" % (pid, author))
    account = p.get("account")
    if (account == "personal") != (author in PERSONAL_HANDLES):
        bad("%s: account %r does not fit author %s" % (pid, account, author))
    if account not in ("personal", "councillor"):
        bad("%s: account %r" % (pid, account))
    if account == "personal":
        personal_rows += 1
    if p.get("kind") != "post":
        bad("%s: kind %r" % (pid, p.get("kind")))
    plat = p.get("platform")
    platforms[plat] += 1
    if plat not in PLATFORM_LIMITS:
        bad("%s: platform %r" % (pid, plat))
    elif len(text) > PLATFORM_LIMITS[plat]:
        bad("%s: %d characters is too long for %s" % (pid, len(text), plat))
    # no self-mention
    if person:
        for h, who in HANDLES.items():
            if who == person and h.lower() in text.lower():
                bad("%s: mentions its own author's handle %s" % (pid, h))
        if person != COUNCIL_NAME:
            first, last = person.split()[0], person.split()[-1]
            if re.search(r"\b%s\b" % re.escape(last), text) or re.search(r"\b%s\b" % re.escape(first), text):
                bad("%s: names its own author %s" % (pid, person))
    # timestamp
    ca = p.get("created_at", "")
    if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$", ca):
        bad("%s: created_at %r not ISO with +00:00" % (pid, ca))
    else:
        t = dt.datetime.fromisoformat(ca)
        if t.weekday() >= 5:
            bad("%s: posted at a weekend" % pid)
        if not (8 <= t.hour <= 18):
            bad("%s: posted outside 08:00-18:59" % pid)
        if not (FIRST_DAY <= t.date() <= LAST_DAY):
            bad("%s: date outside %s..%s" % (pid, FIRST_DAY, LAST_DAY))
        if in_meeting(t):
            bad("%s: posted during %s" % (pid, in_meeting(t)))
        last_post = t if last_post is None or t > last_post else last_post
    # labels
    exp = p.get("expect", {})
    rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
    for r in list(rules) + list(allowed):
        if r not in SEV:
            bad("%s: unknown rule id %r" % (pid, r))
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        bad("%s: a rule is repeated" % pid)
    if set(rules) & set(allowed):
        bad("%s: rule both expected and allowed" % pid)
    if verdict not in RANK:
        bad("%s: verdict %r" % (pid, verdict))
    elif not rules:
        if verdict != "ok":
            bad("%s: nothing expected but verdict %s" % (pid, verdict))
    else:
        known = [r for r in rules if r in SEV]
        if known:
            lo = max(min(RANK[s] for s in SEV[r]) for r in known)
            hi = max(max(RANK[s] for s in SEV[r]) for r in known)
            if not (lo <= RANK[verdict] <= hi) or verdict == "ok":
                bad("%s: verdict %s does not fit %s" % (pid, verdict, rules))
    if allowed:
        allowed_rows += 1
    kind = p.get("kind_of_row")
    fam = p.get("family")
    if kind == "positive":
        if fam not in TWELVE or fam not in rules:
            bad("%s: positive does not expect its family %r" % (pid, fam))
        if p.get("near_miss_of") is not None:
            bad("%s: positive with near_miss_of" % pid)
        counts[(fam, "positive")] += 1
    elif kind == "hard_negative":
        if rules or verdict != "ok":
            bad("%s: hard negative expects something" % pid)
        if fam not in TWELVE or p.get("near_miss_of") != fam:
            bad("%s: hard negative family/near_miss_of wrong" % pid)
        counts[(fam, "hard_negative")] += 1
        if allowed:
            allowed_hn += 1
    elif kind == "filler":
        if rules or allowed or verdict != "ok" or fam is not None or p.get("near_miss_of") is not None:
            bad("%s: filler must expect and allow nothing, family null" % pid)
        counts[("filler", "filler")] += 1
    else:
        bad("%s: kind_of_row %r" % (pid, kind))
    for r in rules:
        expecting[r] += 1
    verdicts[(kind, verdict)] += 1
    # interests
    if kind == "positive" and fam == "interests.declared-interest":
        it = p.get("interest")
        if it not in INTERESTS:
            bad("%s: declared-interest positive without a registered interest" % pid)
        elif HOLDERS.get(it) != person:
            bad("%s: interest %r not held by the author %s" % (pid, it, person))
    elif p.get("interest") is not None:
        bad("%s: interest set on a row that is not a declared-interest positive" % pid)
    # confidential terms
    terms = names_term(text)
    if terms and not ("confidentiality.disclosure" in rules and verdict == "block"):
        bad("%s: names register term %s but does not expect disclosure/block" % (pid, terms))
    if kind == "positive" and fam == "confidentiality.disclosure":
        others_block = any("block" in SEV.get(r, set()) for r in rules if r != fam)
        if terms and verdict != "block":
            bad("%s: disclosure naming a register term must be block" % pid)
        if not terms and verdict == "block" and not others_block:
            bad("%s: disclosure without a register term must be review" % pid)
    # predetermination
    refs = names_pending(text)
    if "predetermination.closed-mind" in rules and refs and verdict != "block":
        bad("%s: predetermination naming %s must be block" % (pid, refs))
    if kind == "positive" and fam == "predetermination.closed-mind" and not refs:
        others_block = any("block" in SEV.get(r, set()) for r in rules if r != fam)
        if verdict == "block" and not others_block:
            bad("%s: predetermination naming no pending matter must be review" % pid)
    # security
    if "security.credentials" in rules and verdict != "block":
        bad("%s: security must be block" % pid)
    # officers named -> officers expected or allowed
    for sur, full in officer_surnames.items():
        if re.search(r"\b%s\b" % re.escape(sur), text):
            if "officers.impartiality" not in rules and "officers.impartiality" not in allowed:
                bad("%s: names officer %s without officers.impartiality" % (pid, full))
    # self contact details
    for key in ("phone", "email"):
        v = SELF.get(key)
        if v and v.lower() in text.lower() and person != SELF.get("name"):
            bad("%s: [self] %s in a post by %s" % (pid, key, person))
    # phone numbers
    for m in re.finditer(r"(?<![\w/])(?:\+44\s?|0)\d(?:[ -]?\d){8,10}(?![\d])", text):
        digits = re.sub(r"\D", "", m.group(0))
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        if not (len(digits) == 11 and digits.startswith(DRAMA_PREFIXES)):
            bad("%s: phone number %r not in an Ofcom drama range" % (pid, m.group(0)))
    # emails and links
    for m in re.finditer(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", text):
        if not m.group(1).lower().endswith(SAFE_DOMAINS):
            bad("%s: email domain %s" % (pid, m.group(1)))
    for m in re.finditer(r"https?://([^/\s]+)", text):
        if not m.group(1).lower().endswith(SAFE_DOMAINS):
            bad("%s: link host %s" % (pid, m.group(1)))
    for m in re.finditer(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|net|org|uk|io|co))\b", text):
        if not m.group(1).lower().endswith(SAFE_DOMAINS):
            bad("%s: domain %s" % (pid, m.group(1)))

# pending decisions after every post
for r in PENDING:
    d = dt.date.fromisoformat(r["decision_date"])
    if last_post and d <= last_post.date():
        bad("pending %s decided %s, not after the last post %s" % (r["reference"], d, last_post.date()))

# counts
for fam in TWELVE:
    if counts[(fam, "positive")] < MIN_POS:
        bad("%s: only %d positives" % (fam, counts[(fam, "positive")]))
    if counts[(fam, "hard_negative")] < MIN_HN:
        bad("%s: only %d hard negatives" % (fam, counts[(fam, "hard_negative")]))
if counts[("filler", "filler")] < MIN_FILLERS:
    bad("only %d fillers" % counts[("filler", "filler")])

# folder hygiene
names = set(os.listdir(HERE))
if names != EXPECTED_FILES:
    bad("folder holds %s, expected %s" % (sorted(names), sorted(EXPECTED_FILES)))
ABS = [re.compile(p) for p in ("/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "/" + "root/", r"[A-Z]:\\" + r"\\")]
for n in sorted(names & EXPECTED_FILES):
    with open(os.path.join(HERE, n), encoding="utf-8") as fh:
        body = fh.read()
    for pat in ABS:
        if pat.search(body):
            bad("%s: contains an absolute path (%s)" % (n, pat.pattern))

if "-v" in sys.argv:
    print("severities from", SEV_SOURCE)
    print("%-36s %5s %5s %6s" % ("rule", "pos", "hn", "expect"))
    for fam in TWELVE:
        print("%-36s %5d %5d %6d" % (fam, counts[(fam, "positive")], counts[(fam, "hard_negative")], expecting[fam]))
    print("fillers", counts[("filler", "filler")], "| rows", len(posts))
    print("verdicts of positives:", {v: verdicts[("positive", v)] for v in ("advice", "review", "block")})
    print("rows with allowed:", allowed_rows, "of which hard negatives:", allowed_hn)
    print("personal-account rows:", personal_rows, "| platforms:", dict(platforms))
    other = collections.Counter(r for p in posts for r in p["expect"]["rules"] if r not in TWELVE)
    print("other expected rules:", dict(other))
    multi = [p["id"] for p in posts if len(p["expect"]["rules"]) > 1]
    print("rows expecting two or more rules:", multi)

if problems:
    for m in problems:
        print("FAIL:", m)
    sys.exit(1)
print("OK")
