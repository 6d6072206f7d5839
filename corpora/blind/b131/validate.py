#!/usr/bin/env python3
"""Check blind evaluation set b131 (Penrosveth District Council, twelve single-post rules).

Prints OK when every check passes; -v also prints the counts.
"""
import collections
import csv
import datetime as dt
import json
import os
import re
import sys

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B131"
VERBOSE = "-v" in sys.argv[1:]
ERR = []


def err(msg):
    ERR.append(msg)


# Built-in copy of RULES.md's rule ids and severities, used when RULES.md is not found.
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
    "association.endorsed-content": {"advice", "review"},
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
LEVELS = ["advice", "review", "block"]


def find_rules_md():
    d = HERE
    while True:
        cand = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def rule_table():
    path = find_rules_md()
    if not path:
        return dict(BUILTIN), "built-in copy"
    out = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
        if not m:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        sev_text = cells[-1].lower()
        sevs = {lvl for lvl in LEVELS if lvl in sev_text}
        if "same as the amplified rule" in sev_text:
            sevs = {"advice", "review"}
        out[m.group(1)] = sevs or BUILTIN.get(m.group(1), set(LEVELS))
    if not out:
        return dict(BUILTIN), "built-in copy"
    return out, "RULES.md"


RULES, RULES_FROM = rule_table()

# ---------------------------------------------------------------- council
if tomllib is None:
    sys.exit("validate.py needs Python 3.11+ (tomllib)")
with open(os.path.join(HERE, "council.toml"), "rb") as f:
    COUNCIL = tomllib.load(f)
HANDLES = COUNCIL["people"]["handles"]
COUNCIL_ACCOUNT = "@PenrosvethDC"
PERSONAL = {"@pilchard_pete", "@loveday_bakes"}
SELF = COUNCIL["self"]
REG = COUNCIL["registers"]
CONF_TERMS = REG["confidential_terms"]
INTERESTS = REG["interests"]
HOLDERS = REG["interest_holders"]
NAME_TO_HANDLES = collections.defaultdict(set)
for h, n in HANDLES.items():
    NAME_TO_HANDLES[n].add(h)

if COUNCIL_ACCOUNT not in HANDLES:
    err("council account missing from handles")
for h in PERSONAL:
    if h not in HANDLES:
        err("personal handle %s missing from council.toml" % h)
for i in INTERESTS:
    if i not in HOLDERS:
        err("interest without holder: %s" % i)
for i, n in HOLDERS.items():
    if n not in COUNCIL["people"]["councillors"]:
        err("interest holder not a councillor: %s" % n)
for n in COUNCIL["people"]["councillors"]:
    if n not in NAME_TO_HANDLES:
        err("councillor without handle: %s" % n)

# ---------------------------------------------------------------- registers
MEETINGS = []
with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        MEETINGS.append((r["title"], dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))
PENDING = []
with open(os.path.join(HERE, "pending.csv"), newline="", encoding="utf-8") as f:
    rdr = csv.DictReader(f)
    if rdr.fieldnames != ["reference", "address", "description", "decision_date"]:
        err("pending.csv header: %s" % rdr.fieldnames)
    for r in rdr:
        PENDING.append(r)


def pending_names(r):
    """The ways a post can name a pending matter: reference, site, applicant, 'known as' name."""
    names = {r["reference"]}
    site = r["address"].split(",")[0].strip()
    names.add(site)
    m = re.search(r"applicant (.+?)$", r["description"])
    if m:
        names.add(m.group(1))
        names.add(re.sub(r"\s+Ltd$", "", m.group(1)))
    m = re.search(r"known as (.+?);", r["description"])
    if m:
        names.add(m.group(1))
        names.add(re.sub(r"^The\s+", "", m.group(1)))
    m = re.search(r"\(the (.+?)\)", r["description"])
    if m:
        names.add(m.group(1))
    return names


EXTRA_NAMES = {  # other ways people name a matter, written out by hand
    "PA26/00502": {"Three Fore Street"},
    "PA25/03987": {"Carnvellow quarry extension"},
    "PA25/04420": {"Harbour Road", "Harbour Road homes"},
    "LB26/00045": {"Old Count House"},
}
PENDING_NAMES = {}
for r in PENDING:
    names = pending_names(r) | EXTRA_NAMES.get(r["reference"], set())
    # a bare 'Gwelvor Sands' names the festival site but is too common to count alone
    names.discard("Gwelvor Sands")
    PENDING_NAMES[r["reference"]] = names


def names_pending(text):
    low = text.lower()
    hits = []
    for ref, names in PENDING_NAMES.items():
        for n in names:
            if re.search(r"(?<!\w)" + re.escape(n.lower()) + r"(?!\w)", low):
                hits.append(ref)
                break
    return hits


def names_conf(text):
    low = text.lower()
    return [t for t in CONF_TERMS if t.lower() in low]


# ---------------------------------------------------------------- posts
FIRST = dt.date(2026, 1, 5)
LAST = dt.date(2026, 3, 27)
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
PHONE_RE = re.compile(r"(?<![\w/])(?:\+44\s?|0)\d[\d ]{8,12}\d(?!\w)")
OFCOM = [r"07700900\d{3}", r"01632960\d{3}", r"0(?:113|114|115|116|117|118|121|131|141|151|161)4960\d{3}",
         r"02079460\d{3}", r"01914980\d{3}", r"02896496\d{3}", r"02920180\d{3}", r"08081570\d{3}",
         r"09098790\d{3}", r"03069990\d{3}"]
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
URL_RE = re.compile(r"https?://([^/\s]+)")
DOMAIN_RE = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co|info|ly|me))(?![\w])", re.I)
MENTION_RE = re.compile(r"(?<![\w@])@\w+")


def severities_fit(rules, verdict):
    possible = {"ok"} if not rules else set()
    if rules:
        combos = [[]]
        for r in rules:
            combos = [c + [s] for c in combos for s in RULES.get(r, set())]
        possible = {max(c, key=ORDER.get) for c in combos if c}
    return verdict in possible


rows = []
with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d does not parse: %s" % (n, e))

ids = set()
last_post = None
pos = collections.Counter()
hn = collections.Counter()
expecting = collections.Counter()
verdicts = collections.Counter()
platforms = collections.Counter()
fillers = 0
allowed_rows = 0
allowed_hn = 0
personal_rows = 0
multi = []
for r in rows:
    rid = r.get("id", "?")
    for k in REQUIRED:
        if k not in r:
            err("%s: missing field %s" % (rid, k))
    if not re.fullmatch(SET + r"-\d{4}", rid):
        err("%s: bad id" % rid)
    if rid in ids:
        err("%s: duplicate id" % rid)
    ids.add(rid)
    text = r.get("text", "")
    if not isinstance(text, str) or not text.strip():
        err("%s: empty text" % rid)
        continue
    author = r.get("author")
    if author not in HANDLES:
        err("%s: author %s not in council.toml" % (rid, author))
    if author == COUNCIL_ACCOUNT:
        err("%s: written by the council account" % rid)
    want_account = "personal" if author in PERSONAL else "councillor"
    if r.get("account") != want_account:
        err("%s: account %s, expected %s" % (rid, r.get("account"), want_account))
    if author in PERSONAL:
        personal_rows += 1
    if r.get("kind") != "post":
        err("%s: kind %s" % (rid, r.get("kind")))
    plat = r.get("platform")
    if plat not in LIMITS:
        err("%s: platform %s" % (rid, plat))
    elif len(text) > LIMITS[plat]:
        err("%s: %d characters is too long for %s" % (rid, len(text), plat))
    platforms[plat] += 1
    author_name = HANDLES.get(author)
    for m in MENTION_RE.findall(text):
        if m in HANDLES and HANDLES[m] == author_name:
            err("%s: mentions its own author %s" % (rid, m))
    # timestamps
    ts = r.get("created_at", "")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", ts):
        err("%s: timestamp %s" % (rid, ts))
    else:
        t = dt.datetime.fromisoformat(ts)
        if t.weekday() > 4:
            err("%s: weekend timestamp" % rid)
        if not (8 <= t.hour <= 18):
            err("%s: timestamp outside 08:00-18:59" % rid)
        if not (FIRST <= t.date() <= LAST):
            err("%s: timestamp outside 5 Jan - 27 Mar 2026" % rid)
        for title, s, e in MEETINGS:
            if s <= t < e:
                err("%s: posted during %s" % (rid, title))
        last_post = t if last_post is None or t > last_post else last_post
    # labels
    exp = r.get("expect", {})
    rules = exp.get("rules", [])
    allowed = exp.get("allowed", [])
    verdict = exp.get("verdict")
    for x in rules + allowed:
        if x not in RULES:
            err("%s: rule %s is not in RULES.md" % (rid, x))
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err("%s: a rule is repeated" % rid)
    if set(rules) & set(allowed):
        err("%s: a rule is both expected and allowed" % rid)
    if verdict not in ORDER:
        err("%s: verdict %s" % (rid, verdict))
    elif (verdict == "ok") != (not rules):
        err("%s: verdict ok must mean nothing expected" % rid)
    elif not severities_fit(rules, verdict):
        err("%s: verdict %s does not fit %s" % (rid, verdict, rules))
    if verdict:
        verdicts[verdict] += 1
    if allowed:
        allowed_rows += 1
    for x in rules:
        expecting[x] += 1
    if len(rules) > 1:
        multi.append(rid)
    kor = r.get("kind_of_row")
    fam = r.get("family")
    if kor == "positive":
        if fam not in TWELVE:
            err("%s: positive family %s" % (rid, fam))
        if fam not in rules:
            err("%s: positive does not expect its family" % rid)
        pos[fam] += 1
        if "near_miss_of" in r:
            err("%s: positive with near_miss_of" % rid)
    elif kor == "hard_negative":
        if rules or verdict != "ok":
            err("%s: hard negative expects something" % rid)
        if r.get("near_miss_of") not in TWELVE or r.get("near_miss_of") != fam:
            err("%s: hard negative near_miss_of/family" % rid)
        hn[fam] += 1
        if allowed:
            allowed_hn += 1
    elif kor == "filler":
        fillers += 1
        if rules or allowed or verdict != "ok" or fam is not None:
            err("%s: filler must expect and allow nothing, family null" % rid)
    else:
        err("%s: kind_of_row %s" % (rid, kor))
    # registers: confidential terms
    conf = names_conf(text)
    if conf and not ("confidentiality.disclosure" in rules and verdict == "block"):
        err("%s: names %s but does not expect disclosure with block" % (rid, conf))
    if kor == "positive" and fam == "confidentiality.disclosure":
        if (verdict == "block") != bool(conf):
            err("%s: disclosure positive is block exactly when it names a register term" % rid)
    # pending matters
    if "predetermination.closed-mind" in rules:
        hits = names_pending(text)
        if hits and verdict != "block":
            err("%s: predetermination naming %s must be block" % (rid, hits))
        if not hits and kor == "positive" and fam == "predetermination.closed-mind" and verdict != "review":
            err("%s: predetermination naming no pending matter must be review" % rid)
    if "security.credentials" in rules and verdict != "block":
        err("%s: security must be block" % rid)
    # interests
    if kor == "positive" and fam == "interests.declared-interest":
        i = r.get("interest")
        if i not in INTERESTS:
            err("%s: interest %s not on the register" % (rid, i))
        elif author_name != HOLDERS[i]:
            err("%s: declared-interest positive not written by the holder of %s" % (rid, i))
    elif "interest" in r:
        err("%s: interest field outside declared-interest positives" % rid)
    # self's contact details
    if (SELF["phone"] in text or SELF["email"].lower() in text.lower()) and author_name != SELF["name"]:
        err("%s: [self]'s contact details in a post by someone else" % rid)
    # phones, emails, links
    for m in PHONE_RE.findall(text):
        digits = re.sub(r"\D", "", m)
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        if not any(re.fullmatch(p, digits) for p in OFCOM):
            err("%s: phone number %s is not in an Ofcom drama range" % (rid, m))
    for dom in EMAIL_RE.findall(text):
        if dom.lower() != "example.com":
            err("%s: email domain %s" % (rid, dom))
    for host in URL_RE.findall(text):
        if not re.search(r"(?:^|\.)example\.(?:com|net|org)$", host.lower()):
            err("%s: link host %s" % (rid, host))
    for dom in DOMAIN_RE.findall(EMAIL_RE.sub("", text)):
        if not re.search(r"(?:^|\.)example\.(?:com|net|org)$", dom.lower()):
            err("%s: domain %s" % (rid, dom))

for r in PENDING:
    d = dt.date.fromisoformat(r["decision_date"])
    if last_post and d <= last_post.date():
        err("pending %s decided before the last post" % r["reference"])

for rule in TWELVE:
    if pos[rule] < 15:
        err("%s: only %d positives" % (rule, pos[rule]))
    if hn[rule] < 15:
        err("%s: only %d hard negatives" % (rule, hn[rule]))
if fillers < 30:
    err("only %d fillers" % fillers)
if sum(hn.values()) < sum(pos.values()):
    err("fewer hard negatives than positives")

# no absolute or machine paths in the folder's files
BAD = [re.escape("/" + "work/"), re.escape("/" + "home/"), re.escape("/" + "tmp/"), re.escape("/" + "Users/"),
       r"(?<![\w\\])[A-Za-z]:" + re.escape("\\") + r"[A-Za-z]"]
for fn in sorted(os.listdir(HERE)):
    p = os.path.join(HERE, fn)
    if not os.path.isfile(p):
        continue
    try:
        body = open(p, encoding="utf-8").read()
    except UnicodeDecodeError:
        continue
    for b in BAD:
        if re.search(b, body):
            err("%s: contains an absolute path" % fn)

if ERR:
    for e in ERR[:60]:
        print("FAIL", e)
    print("%d problems" % len(ERR))
    sys.exit(1)

if VERBOSE:
    print("rules from", RULES_FROM)
    print("%-36s %9s %9s %9s" % ("rule", "positive", "hard_neg", "expecting"))
    for rule in TWELVE:
        print("%-36s %9d %9d %9d" % (rule, pos[rule], hn[rule], expecting[rule]))
    print("fillers", fillers, "rows", len(rows))
    print("verdicts", dict(verdicts))
    print("rows with allowed", allowed_rows, "of them hard negatives", allowed_hn)
    print("personal-account rows", personal_rows)
    print("platforms", dict(platforms))
    print("multi-rule rows", multi)
print("OK")
