"""Check blind set b183 and print OK (-v also prints the counts).

Reads posts.jsonl, council.toml, pending.csv and meetings.csv from this folder,
and RULES.md from shared/design/ found by walking up from the folder (else a
built-in copy of the rule ids and severities).
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
SET_ID = "B183"
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]
BUILTIN_SEV = {
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
# names people use for the pending matters, besides reference, applicant and "known as"
SITE_NAMES = {
    "FL/25/1043/FUL": ["Brandling Road"],
    "FL/25/1101/FUL": ["Warren Farm"],
    "FL/25/1188/FUL": ["Mere Street"],
    "FL/26/0012/FUL": ["Heath Lane"],
    "FL/26/0034/FUL": ["Langmere Hall Farm"],
    "FL/26/0057/LBC": ["Old Granary"],
    "FL/26/0090/FUL": ["Culverham Road"],
    "FL/26/0102/FUL": ["Forest Retail Park", "Quickbite"],
    "LIC/26/0007": ["Poacher's Pocket"],
    "LIC/26/0011": ["Culverham Forest Park", "Pineline"],
    "LIC/26/0015": ["Heath Parade"],
}
LIMITS = {"x": 280, "bluesky": 300, "facebook": 5000}
FIRST_DAY, LAST_DAY = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
MIN_POS, MIN_HN, MIN_FILL = 15, 15, 30

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
        return BUILTIN_SEV, "built-in"
    sev = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            words = [w for w in ("advice", "review", "block") if w in cells[-1]]
            if not words:
                words = ["advice", "block"]
            ws = sorted(words, key=ORDER.get)
            sev[cells[0]] = (ws[0], ws[-1])
    return sev, "RULES.md"


def wb(term, text):
    return re.search(r"(?<!\w)%s(?!\w)" % re.escape(term), text, re.I) is not None


def main():
    verbose = "-v" in sys.argv
    sev, sev_source = load_severities()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    with open(os.path.join(HERE, "council.toml"), encoding="utf-8") as f:
        toml_text = f.read()
    if council["council"].get("code") != "bexley":
        err("council code must be bexley")
    if council["council"].get("timezone") != "Europe/London":
        err("timezone must be Europe/London")
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    council_name = council["council"]["name"]
    self_ = council.get("self", {})
    terms = council["registers"]["confidential_terms"]
    interests = council["registers"]["interests"]
    holders = council["registers"]["interest_holders"]
    for i, h in holders.items():
        if i not in interests or h not in councillors:
            err("bad interest holder %s -> %s" % (i, h))
    person_handles = collections.defaultdict(list)
    for h, n in handles.items():
        person_handles[n].append(h)
    personal = {h for h, n in handles.items() if n in councillors and
                any(x != h for x in person_handles[n]) and not re.search(r"[A-Z]", h)}
    committees = {}
    for m in re.finditer(r"^# (Planning|Licensing) Committee: (.*)$", toml_text, re.M):
        surnames = [re.sub(r"\s*\(.*\)", "", s).strip() for s in m.group(2).rstrip(".").split(",")]
        committees[m.group(1)] = {n for n in councillors if n.split()[-1] in surnames}
    if set(committees) != {"Planning", "Licensing"}:
        err("committee membership comments missing from council.toml")

    with open(os.path.join(HERE, "pending.csv"), newline="", encoding="utf-8") as f:
        pending = list(csv.DictReader(f))
    matter_names = {}
    for r in pending:
        names = [r["reference"]] + SITE_NAMES.get(r["reference"], [])
        m = re.search(r"applicant (.+?)(?:,|$)", r["description"])
        if m:
            names += [m.group(1), re.sub(r"\s+Ltd$", "", m.group(1))]
        m = re.search(r"known as (.+)$", r["description"])
        if m:
            names.append(m.group(1).strip())
        matter_names[r["reference"]] = names
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as f:
        meetings = [(r["title"], dt.datetime.fromisoformat(r["start"]),
                     dt.datetime.fromisoformat(r["end"])) for r in csv.DictReader(f)]

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
    for i, pid in enumerate(ids, 1):
        if pid != "%s-%04d" % (SET_ID, i):
            err("id %r out of sequence at line %d" % (pid, i))
    idset = set(ids)

    last_post = None
    counts = collections.Counter()
    expecting = collections.Counter()
    verdicts = collections.Counter()
    for p in posts:
        pid = p.get("id", "?")
        need = ["id", "text", "author", "created_at", "platform", "account", "kind",
                "expect", "family", "kind_of_row", "note"]
        for k in need:
            if k not in p:
                err("%s: missing %s" % (pid, k))
        if any(k not in p for k in need):
            continue
        text, author, kor, fam = p["text"], p["author"], p["kind_of_row"], p["family"]
        exp = p["expect"]
        rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        # author and account
        if author not in handles or handles[author] not in councillors:
            err("%s: author %s is not a councillor handle" % (pid, author))
            continue
        if handles[author] == council_name:
            err("%s: written by the council account" % pid)
        person = handles[author]
        want_acc = "personal" if author in personal else "councillor"
        if p["account"] != want_acc:
            err("%s: account should be %s" % (pid, want_acc))
        if p["kind"] != "post":
            err("%s: kind must be post" % pid)
        if p["platform"] not in LIMITS:
            err("%s: platform %s" % (pid, p["platform"]))
        elif len(text) > LIMITS[p["platform"]]:
            err("%s: too long for %s" % (pid, p["platform"]))
        for m in re.finditer(r"(?<![\w.])@\w+", text):
            h = m.group(0)
            if h in handles and handles[h] == person:
                err("%s: mentions its own author" % pid)
        # time
        try:
            t = dt.datetime.fromisoformat(p["created_at"])
        except ValueError:
            err("%s: bad created_at" % pid)
            continue
        if not p["created_at"].endswith("+00:00"):
            err("%s: created_at must be +00:00" % pid)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (FIRST_DAY <= t.date() <= LAST_DAY):
            err("%s: created_at %s outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % (pid, p["created_at"]))
        for title, s, e in meetings:
            if s <= t <= e:
                err("%s: inside meeting %s" % (pid, title))
        last_post = t if last_post is None or t > last_post else last_post
        # labels
        if not isinstance(rules, list) or not isinstance(allowed, list):
            err("%s: rules/allowed must be lists" % pid)
            continue
        for r in rules + allowed:
            if r not in sev:
                err("%s: unknown rule %s" % (pid, r))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s: rule repeated" % pid)
        if set(rules) & set(allowed):
            err("%s: rule both expected and allowed" % pid)
        if verdict not in ORDER:
            err("%s: bad verdict %s" % (pid, verdict))
            continue
        if not rules:
            if verdict != "ok":
                err("%s: nothing expected but verdict %s" % (pid, verdict))
        else:
            lo = max(ORDER[sev[r][0]] for r in rules if r in sev)
            hi = max(ORDER[sev[r][1]] for r in rules if r in sev)
            if not lo <= ORDER[verdict] <= hi:
                err("%s: verdict %s does not fit %s" % (pid, verdict, rules))
        if kor == "positive":
            if fam not in TWELVE or fam not in rules:
                err("%s: positive must expect its family" % pid)
        elif kor == "hard_negative":
            if rules or verdict != "ok":
                err("%s: hard negative must expect nothing" % pid)
            if p.get("near_miss_of") != fam or fam not in TWELVE:
                err("%s: hard negative needs near_miss_of = family" % pid)
        elif kor == "filler":
            if rules or allowed or verdict != "ok" or fam is not None:
                err("%s: filler must expect and allow nothing, family null" % pid)
        else:
            err("%s: bad kind_of_row %s" % (pid, kor))
        counts[(fam, kor)] += 1
        for r in rules:
            expecting[r] += 1
        verdicts[(kor, verdict)] += 1
        # notes
        if not p["note"].strip() or re.search(r"\{\w+\}", p["note"]):
            err("%s: note empty or has an unresolved citation" % pid)
        for c in re.findall(r"%s-\d{4}" % SET_ID, p["note"]):
            if c not in idset:
                err("%s: note cites unknown id %s" % (pid, c))
        # confidential register
        named_terms = [x for x in terms if wb(x, text)]
        if named_terms and ("confidentiality.disclosure" not in rules or verdict != "block"):
            err("%s: names %s but does not expect disclosure at block" % (pid, named_terms))
        if kor == "positive" and fam == "confidentiality.disclosure":
            if (verdict == "block") != bool(named_terms):
                err("%s: disclosure positive is block exactly when it names a register term" % pid)
        # pending matters
        if "predetermination.closed-mind" in rules:
            named = [ref for ref, names in matter_names.items() if any(wb(n, text) for n in names)]
            if named and verdict != "block":
                err("%s: predetermination naming %s must be block" % (pid, named))
            if kor == "positive" and fam == "predetermination.closed-mind":
                if not named and verdict != "review":
                    err("%s: predetermination positive naming no matter must be review" % pid)
                members = committees.get("Planning", set()) | committees.get("Licensing", set())
                for ref in named:
                    members = committees["Licensing" if ref.startswith("LIC") else "Planning"]
                if person not in members:
                    err("%s: predetermination positive not by a member of the deciding committee" % pid)
        if "security.credentials" in rules and verdict != "block":
            err("%s: security must be block" % pid)
        if kor == "positive" and fam == "interests.declared-interest":
            it = p.get("interest")
            if it not in interests or holders.get(it) != person:
                err("%s: declared-interest positive needs an interest held by its author" % pid)
        elif "interest" in p:
            err("%s: interest field only on declared-interest positives" % pid)
        # contact details, phones, emails, links
        flat = re.sub(r"\s", "", text)
        if self_.get("phone") and re.sub(r"\s", "", self_["phone"]) in flat and person != self_["name"]:
            err("%s: [self] phone in a post by someone else" % pid)
        if self_.get("email") and self_["email"].lower() in text.lower() and person != self_["name"]:
            err("%s: [self] email in a post by someone else" % pid)
        for m in re.finditer(r"(?:\+44\s?|\b0)\d[\d ]{8,12}\d", text):
            digits = re.sub(r"\D", "", m.group(0)).replace("44", "0", 1) if m.group(0).startswith("+") else re.sub(r"\D", "", m.group(0))
            if not (re.fullmatch(r"07700900\d{3}", digits) or re.fullmatch(r"01632960\d{3}", digits)):
                err("%s: phone number %s outside the drama ranges" % (pid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() not in ("example.com", "example.net", "example.org"):
                err("%s: email domain %s" % (pid, m.group(1)))
        for m in re.finditer(r"(?:https?://)?((?:[\w-]+\.)+(?:com|net|org|uk|io|co|info|biz|gov))\b", text, re.I):
            dom = m.group(1).lower()
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
                err("%s: domain %s not on example.com/.net/.org" % (pid, dom))

    # pending decisions after the last post
    for r in pending:
        d = dt.date.fromisoformat(r["decision_date"])
        if last_post and d <= last_post.date():
            err("pending %s decided before the last post" % r["reference"])
    # counts
    for fam in TWELVE:
        if counts[(fam, "positive")] < MIN_POS:
            err("%s: only %d positives" % (fam, counts[(fam, "positive")]))
        if counts[(fam, "hard_negative")] < MIN_HN:
            err("%s: only %d hard negatives" % (fam, counts[(fam, "hard_negative")]))
    if counts[(None, "filler")] < MIN_FILL:
        err("only %d fillers" % counts[(None, "filler")])
    # folder hygiene
    bad = ["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", ":" + "\\\\"]
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if name == "__pycache__" or name.endswith(".pyc"):
            err("remove %s from the folder" % name)
            continue
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as f:
                body = f.read()
            for b in bad:
                if b in body:
                    err("%s contains an absolute path (%s)" % (name, b))

    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    if verbose:
        print("severities from", sev_source)
        print("%-36s %5s %5s %5s" % ("rule", "pos", "hn", "exp"))
        for fam in TWELVE:
            print("%-36s %5d %5d %5d" % (fam, counts[(fam, "positive")],
                                         counts[(fam, "hard_negative")], expecting[fam]))
        print("fillers", counts[(None, "filler")], "total", len(posts))
        for k, v in sorted(verdicts.items(), key=lambda kv: (kv[0][0], ORDER[kv[0][1]])):
            print("verdict", k, v)
        print("platforms", dict(collections.Counter(p["platform"] for p in posts)))
        print("accounts", dict(collections.Counter(p["account"] for p in posts)))
        print("with allowed", sum(1 for p in posts if p["expect"]["allowed"]),
              "of them hard negatives",
              sum(1 for p in posts if p["expect"]["allowed"] and p["kind_of_row"] == "hard_negative"))
    print("OK")


if __name__ == "__main__":
    main()
