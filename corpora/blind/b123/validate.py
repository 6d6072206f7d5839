#!/usr/bin/env python3
"""Check blind set b123 (Mardenbury District Council, twelve single-post rules).

Prints OK when every check passes; `-v` also prints the counts.
"""
import sys

sys.dont_write_bytecode = True

import collections
import csv
import datetime as dt
import json
import os
import re
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B123"
MIN_POS, MIN_HN, MIN_FILL = 15, 15, 30
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
PLATFORM_LIMIT = {"x": 280, "bluesky": 300, "facebook": 63206}
SEV_ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]

# Built-in copy of RULES.md's rule ids and severities, used when RULES.md is not found.
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

PERSONAL_HANDLES = ["@hobsbatch_dogs", "@fi_watches_birds"]
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "near_miss_of", "interest", "note"]

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


def parse_rules_md(path):
    sev = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
            if not m:
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            last = cells[-1].lower()
            found = {s for s in ("advice", "review", "block") if s in last}
            if "one level lower" in last or "same as" in last:
                found = {"advice", "review", "block"}
            sev[m.group(1)] = found
    return sev


def load_severities():
    p = find_rules_md()
    if p:
        sev = parse_rules_md(p)
        if sev:
            return sev, "RULES.md"
    return dict(BUILTIN_SEVERITIES), "built-in copy"


def norm(s):
    return s.lower().replace("\u2019", "'")


def noapos(s):
    return s.replace("'", "")


def pending_keys(rows):
    keys = []
    for r in rows:
        ks = {r["reference"]}
        site = r["address"].split(",")[0].strip()
        site = re.sub(r"^(Land off |Land at |Former |The )", "", site)
        ks.add(site)
        m = re.search(r"applicant (.+?)$", r["description"])
        if m:
            app = m.group(1).strip()
            ks.add(app)
            ks.add(re.sub(r"\s+Ltd$", "", app))
        m = re.search(r"known as (.+?)[;,]", r["description"])
        if m:
            known = m.group(1).strip()
            ks.add(known)
            if known.lower().startswith("the ") and len(known.split()) > 2:
                ks.add(known[4:])
        keys.append((r["reference"], sorted(ks)))
    return keys


def names_pending(text, keys):
    t = norm(text)
    hits = []
    for ref, ks in keys:
        for k in ks:
            k2 = norm(k)
            if re.search(r"(?<!\w)%s(?!\w)" % re.escape(k2), t) or \
               re.search(r"(?<!\w)%s(?!\w)" % re.escape(noapos(k2)), noapos(t)):
                hits.append(ref)
                break
    return hits


PHONE_RE = re.compile(r"(?<![\w/])(?:\+44\s?|0)\d(?:[\s-]?\d){8,10}(?!\d)")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s)]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|uk|io|ly|co|wales|cymru|info)\b(?:/[^\s)]*)?", re.I)


def phone_ok(raw):
    d = re.sub(r"\D", "", raw)
    if d.startswith("44"):
        d = "0" + d[2:]
    if len(d) != 11:
        return False
    return d.startswith("07700900") or d.startswith("01632960")


def domain_ok(url):
    u = re.sub(r"^https?://", "", url.lower())
    host = u.split("/")[0].split("?")[0]
    host = host.rstrip(".,;:!")
    return bool(re.search(r"(?:^|\.)example\.(?:com|net|org)$", host))


def check_paths():
    pat = re.compile(r"(?:^|[\s\"'(=])/(?:work|home|tmp|Users|root|mnt|opt|var)/|[A-Za-z]:\\\\")
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if not os.path.isfile(p) or not name.endswith((".py", ".md", ".csv", ".toml", ".jsonl")):
            continue
        with open(p, encoding="utf-8") as f:
            if pat.search(f.read()):
                err("%s: contains an absolute path" % name)


def main(verbose=False):
    sev, sev_src = load_severities()
    for r in TWELVE:
        if r not in sev:
            err("rule %s missing from %s" % (r, sev_src))

    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    handles = council["people"]["handles"]
    council_name = council["council"]["name"]
    official = {h for h, n in handles.items() if n == council_name}
    personal = set(PERSONAL_HANDLES)
    for h in personal:
        if h not in handles:
            err("personal handle %s missing from council.toml" % h)
    councillors = set(council["people"]["councillors"])
    self_ = council.get("self", {})
    self_handles = {h for h, n in handles.items() if n == self_.get("name")}
    terms = council["registers"]["confidential_terms"]
    interests = set(council["registers"]["interests"])
    holders = council["registers"]["interest_holders"]
    for i in holders:
        if i not in interests:
            err("interest holder for unknown interest %s" % i)
        if holders[i] not in councillors:
            err("interest holder %s is not a councillor" % holders[i])
    for h, n in handles.items():
        if h not in official and n not in councillors:
            err("handle %s maps to %s, not a councillor" % (h, n))

    with open(os.path.join(HERE, council["registers"]["pending_matters"]), newline="", encoding="utf-8") as f:
        pending = list(csv.DictReader(f))
    keys = pending_keys(pending)
    with open(os.path.join(HERE, council["registers"]["meetings"]), newline="", encoding="utf-8") as f:
        meetings = [(r["title"], dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                    for r in csv.DictReader(f)]

    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d does not parse: %s" % (n, e))

    seen = set()
    last_post = None
    pos = collections.Counter()
    hn = collections.Counter()
    expecting = collections.Counter()
    fill = 0
    verdicts = collections.Counter()
    platforms = collections.Counter()
    allowed_rows = 0
    for i, r in enumerate(rows, 1):
        rid = r.get("id", "?")
        for k in REQUIRED:
            if k not in r:
                err("%s: missing field %s" % (rid, k))
        if set(r) - set(REQUIRED):
            err("%s: unknown fields %s" % (rid, sorted(set(r) - set(REQUIRED))))
        if rid != "%s-%04d" % (SET, i):
            err("%s: id out of sequence (expected %s-%04d)" % (rid, SET, i))
        if rid in seen:
            err("%s: duplicate id" % rid)
        seen.add(rid)
        text = r.get("text", "")
        if not isinstance(text, str) or not text.strip():
            err("%s: empty text" % rid)
            continue
        author = r.get("author")
        if author not in handles or author in official:
            err("%s: author %s is not a councillor handle" % (rid, author))
        want_acct = "personal" if author in personal else "councillor"
        if r.get("account") != want_acct:
            err("%s: account %s, expected %s" % (rid, r.get("account"), want_acct))
        if r.get("kind") != "post":
            err("%s: kind must be post" % rid)
        plat = r.get("platform")
        if plat not in PLATFORM_LIMIT:
            err("%s: platform %s" % (rid, plat))
        elif len(text) > PLATFORM_LIMIT[plat]:
            err("%s: %d chars too long for %s" % (rid, len(text), plat))
        platforms[plat] += 1
        # no self-mention
        author_name = handles.get(author)
        for h, nme in handles.items():
            if nme == author_name and re.search(r"%s(?!\w)" % re.escape(h), text, re.I):
                err("%s: post mentions its own author %s" % (rid, h))
        # timestamps
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
        except Exception:
            err("%s: bad created_at" % rid)
            t = None
        if t is not None:
            if not r["created_at"].endswith("+00:00"):
                err("%s: created_at not +00:00" % rid)
            if t.weekday() > 4 or not (8 <= t.hour <= 18):
                err("%s: %s not a weekday 08:00-18:59" % (rid, r["created_at"]))
            if not (START <= t.date() <= END):
                err("%s: %s outside 5 Jan - 27 Mar 2026" % (rid, r["created_at"]))
            for title, s, e in meetings:
                if s <= t <= e:
                    err("%s: posted during %s" % (rid, title))
            last_post = t if last_post is None or t > last_post else last_post
        # labels
        exp = r.get("expect", {})
        rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for x in rules + allowed:
            if x not in sev:
                err("%s: rule %s not in %s" % (rid, x, sev_src))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s: repeated rule" % rid)
        if set(rules) & set(allowed):
            err("%s: rule both expected and allowed" % rid)
        if allowed:
            allowed_rows += 1
        verdicts[verdict] += 1
        if not rules:
            if verdict != "ok":
                err("%s: nothing expected but verdict %s" % (rid, verdict))
        else:
            sets = [sev.get(x, set()) for x in rules]
            fits = any(verdict in s for s in sets) and all(
                min(SEV_ORDER[v] for v in s) <= SEV_ORDER.get(verdict, -1) for s in sets if s)
            if not fits:
                err("%s: verdict %s does not fit %s" % (rid, verdict, rules))
        for x in rules:
            expecting[x] += 1
        kor = r.get("kind_of_row")
        fam = r.get("family")
        if kor == "positive":
            if fam not in TWELVE or fam not in rules:
                err("%s: positive does not expect its family %s" % (rid, fam))
            pos[fam] += 1
            if r.get("near_miss_of") is not None:
                err("%s: positive with near_miss_of" % rid)
        elif kor == "hard_negative":
            if rules or verdict != "ok":
                err("%s: hard negative expects something" % rid)
            if fam not in TWELVE or r.get("near_miss_of") != fam:
                err("%s: hard negative without a matching near_miss_of" % rid)
            hn[fam] += 1
        elif kor == "filler":
            if rules or allowed or verdict != "ok" or fam is not None or r.get("near_miss_of") is not None:
                err("%s: filler must expect and allow nothing, family null" % rid)
            fill += 1
        else:
            err("%s: kind_of_row %s" % (rid, kor))
        # registers: confidential terms
        named_terms = [x for x in terms if x.lower() in text.lower()]
        if named_terms and not ("confidentiality.disclosure" in rules and verdict == "block"):
            err("%s: names %s but does not expect disclosure block" % (rid, named_terms))
        if kor == "positive" and fam == "confidentiality.disclosure":
            if (verdict == "block") != bool(named_terms):
                err("%s: disclosure positive is block iff it names a register term" % rid)
        # pending matters
        if "predetermination.closed-mind" in rules:
            hits = names_pending(text, keys)
            if hits and verdict != "block":
                err("%s: predetermination naming %s should be block" % (rid, hits))
            if kor == "positive" and fam == "predetermination.closed-mind" and not hits and verdict != "review":
                err("%s: predetermination positive naming no pending matter should be review" % rid)
        if "security.credentials" in rules and verdict != "block":
            err("%s: security must be block" % rid)
        # declared interest
        if kor == "positive" and fam == "interests.declared-interest":
            it = r.get("interest")
            if it not in interests:
                err("%s: declared-interest positive without a registered interest" % rid)
            elif handles.get(author) != holders.get(it):
                err("%s: declared-interest positive not written by the holder of %s" % (rid, it))
        elif r.get("interest") is not None:
            err("%s: interest set on a row that is not a declared-interest positive" % rid)
        # self contact details
        for k in ("phone", "email"):
            v = self_.get(k)
            if v and re.sub(r"\s", "", v).lower() in re.sub(r"\s", "", text).lower() and author not in self_handles:
                err("%s: [self] %s in a post not by %s" % (rid, k, self_.get("name")))
        # phones, emails, links
        for m in PHONE_RE.finditer(text):
            if not phone_ok(m.group(0)):
                err("%s: phone number %r outside the Ofcom drama ranges" % (rid, m.group(0)))
        emails = EMAIL_RE.findall(text)
        for e in emails:
            if not e.lower().endswith("@example.com"):
                err("%s: email %s not on example.com" % (rid, e))
        scrubbed = EMAIL_RE.sub(" ", text)
        for m in URL_RE.finditer(scrubbed):
            if not domain_ok(m.group(0)):
                err("%s: link or domain %s not on example.com/.net/.org" % (rid, m.group(0)))

    if last_post is not None:
        for p in pending:
            d = dt.date.fromisoformat(p["decision_date"])
            if d <= last_post.date():
                err("pending %s decided on or before the last post" % p["reference"])

    for fam in TWELVE:
        if pos[fam] < MIN_POS:
            err("%s: %d positives (< %d)" % (fam, pos[fam], MIN_POS))
        if hn[fam] < MIN_HN:
            err("%s: %d hard negatives (< %d)" % (fam, hn[fam], MIN_HN))
        if hn[fam] < pos[fam]:
            err("%s: fewer hard negatives (%d) than positives (%d)" % (fam, hn[fam], pos[fam]))
    if fill < MIN_FILL:
        err("%d fillers (< %d)" % (fill, MIN_FILL))
    if sum(hn.values()) < sum(pos.values()):
        err("fewer hard negatives than positives overall")
    check_paths()

    if verbose:
        print("severities from %s" % sev_src)
        print("%-36s %5s %5s %5s" % ("rule", "pos", "hn", "exp"))
        for fam in TWELVE:
            print("%-36s %5d %5d %5d" % (fam, pos[fam], hn[fam], expecting[fam]))
        print("fillers %d, total %d" % (fill, len(rows)))
        print("verdicts", dict(verdicts))
        print("platforms", dict(platforms))
        print("rows with allowed", allowed_rows)
        pv = collections.Counter((r["family"], r["expect"]["verdict"]) for r in rows if r["kind_of_row"] == "positive")
        for k in sorted(pv):
            print("  ", k, pv[k])
        print("personal", sum(1 for r in rows if r["account"] == "personal"))
        print("multi-rule", sum(1 for r in rows if len(r["expect"]["rules"]) > 1))
    if errors:
        for e in errors[:200]:
            print(e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv[1:]))
