#!/usr/bin/env python3
"""Check blind evaluation set b144 and print OK (with -v, also the counts).

Standard library only. Rule ids and severities come from shared/design/RULES.md, found by
walking up from this folder; if it is not there, a built-in copy of the severities is used.
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
SET = "B144"
TWELVE = [
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
    "association.endorsed-content": {"advice", "review"},
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
PERSONAL_HANDLES = {"@pegg_bees", "@nev_brass"}
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
FIRST_DAY = dt.date(2026, 1, 5)
LAST_DAY = dt.date(2026, 3, 27)
MIN_POS, MIN_NEG, MIN_FILL = 15, 15, 30

errors = []


def err(msg):
    errors.append(msg)


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


def load_severities():
    path = find_rules_md()
    if not path:
        return BUILTIN_SEVERITIES, "built-in copy"
    sev = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
            sev[cells[0]] = words or {"advice", "review"}   # "one level lower" (association)
    return sev, "RULES.md"


def possible_verdicts(rules, sev):
    out = {"ok"}
    for r in rules:
        out = {max(a, b, key=RANK.get) for a in out for b in sev[r]}
    return out


def main():
    verbose = "-v" in sys.argv[1:]
    sev, sev_src = load_severities()
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        council = tomllib.load(fh)
    with open(os.path.join(HERE, "council.toml"), encoding="utf-8") as fh:
        council_text = fh.read()
    people = council["people"]
    handles = people["handles"]
    councillors = set(people["councillors"])
    official = {h for h, n in handles.items() if n not in councillors}
    regs = council["registers"]
    terms = regs["confidential_terms"]
    interests = set(regs["interests"])
    holders = regs["interest_holders"]
    me = council["self"]
    my_handles = {h for h, n in handles.items() if n == me["name"]}

    def committee(label):
        m = re.search(r"#\s*%s[^:]*:\s*(.*?)\.\s*\n" % label, council_text, re.S)
        names = re.sub(r"\(chair\)|\n#", " ", m.group(1))
        return {n.strip() for n in names.split(",")}

    planning, licensing = committee("Planning Committee"), committee("Licensing Committee")
    for n in planning | licensing:
        if n not in councillors:
            err("committee member not a councillor: " + n)

    # pending matters and the names a post may use for them
    pending = []
    with open(os.path.join(HERE, "pending.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = {row["reference"]}
            site = row["address"].split(",")[0].strip()
            names.add(site)
            names.add(re.sub(r"^(Land off |The |Former |Unit \d+ |\d+ )", "", site))
            m = re.search(r"applicant ([^;]+)", row["description"])
            if m:
                names.add(m.group(1).strip())
                names.add(re.sub(r"\s+Ltd$", "", m.group(1).strip()))
            m = re.search(r"known as ([^;]+)", row["description"])
            if m:
                names.add(m.group(1).strip())
            pending.append((row, {n.lower() for n in names},
                            dt.date.fromisoformat(row["decision_date"])))

    meetings = []
    with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            if line.strip():
                _, s, e = line.strip().rsplit(",", 2)
                meetings.append((dt.datetime.fromisoformat(s), dt.datetime.fromisoformat(e)))

    posts = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                posts.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d does not parse: %s" % (i, e))
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    ids = set()
    last_post = None
    for n, p in enumerate(posts, 1):
        pid = p.get("id", "?")
        for f in required:
            if f not in p:
                err("%s: missing %s" % (pid, f))
        if pid != "%s-%04d" % (SET, n):
            err("%s: id out of sequence (expected %s-%04d)" % (pid, SET, n))
        if pid in ids:
            err("%s: duplicate id" % pid)
        ids.add(pid)
        text = p.get("text", "")
        if not text.strip():
            err("%s: empty text" % pid)
        author = p.get("author")
        if author not in handles:
            err("%s: author %s not in council.toml handles" % (pid, author))
            continue
        if author in official:
            err("%s: written by the council's own account" % pid)
        name = handles[author]
        surname = name.split()[-1]
        scrubbed = text
        for body, holder in holders.items():
            if holder == name:
                scrubbed = scrubbed.replace(" ".join(body.split()[:2]), "")
        if re.search(r"\b%s\b" % re.escape(surname), scrubbed):
            err("%s: the author %s is named in the post" % (pid, name))
        for h in re.findall(r"@\w+", text):
            if h.lower() == author.lower():
                err("%s: @mentions its own author" % pid)
        if (p.get("account") == "personal") != (author in PERSONAL_HANDLES):
            err("%s: account %s does not fit author %s" % (pid, p.get("account"), author))
        if p.get("account") not in ("personal", "councillor"):
            err("%s: account %s" % (pid, p.get("account")))
        if p.get("kind") != "post":
            err("%s: kind must be post" % pid)
        plat = p.get("platform")
        if plat not in LIMITS:
            err("%s: platform %s" % (pid, plat))
        elif len(text) > LIMITS[plat]:
            err("%s: %d characters is over the %s limit" % (pid, len(text), plat))
        # time
        ts = p.get("created_at", "")
        if not ts.endswith("+00:00"):
            err("%s: timestamp %s not +00:00" % (pid, ts))
        try:
            t = dt.datetime.fromisoformat(ts)
        except ValueError:
            err("%s: bad timestamp" % pid)
            continue
        if t.weekday() > 4 or not (8 <= t.hour <= 18):
            err("%s: %s is not a weekday 08:00-18:59" % (pid, ts))
        if not (FIRST_DAY <= t.date() <= LAST_DAY):
            err("%s: %s outside %s..%s" % (pid, ts, FIRST_DAY, LAST_DAY))
        if any(s <= t <= e for s, e in meetings):
            err("%s: %s is inside a meeting" % (pid, ts))
        last_post = t.date() if last_post is None else max(last_post, t.date())
        # labels
        ex = p.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for r in rules + allowed:
            if r not in sev:
                err("%s: unknown rule %s" % (pid, r))
        if not all(r in sev for r in rules + allowed):
            continue
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s: a rule is repeated" % pid)
        if set(rules) & set(allowed):
            err("%s: a rule both expected and allowed" % pid)
        if verdict not in RANK:
            err("%s: verdict %s" % (pid, verdict))
        elif (verdict == "ok") != (not rules):
            err("%s: verdict ok must mean nothing expected" % pid)
        elif rules and verdict not in possible_verdicts(rules, sev):
            err("%s: verdict %s does not fit %s" % (pid, verdict, rules))
        kind, fam = p.get("kind_of_row"), p.get("family")
        if kind == "positive":
            if fam not in TWELVE or fam not in rules:
                err("%s: positive must expect its family %s" % (pid, fam))
        elif kind == "hard_negative":
            if rules or verdict != "ok":
                err("%s: hard negative expects something" % pid)
            if fam not in TWELVE or p.get("near_miss_of") != fam:
                err("%s: hard negative needs near_miss_of = family" % pid)
        elif kind == "filler":
            if rules or allowed or verdict != "ok" or fam is not None:
                err("%s: filler must expect and allow nothing, family null" % pid)
        else:
            err("%s: kind_of_row %s" % (pid, kind))
        low = text.lower()
        # confidential register
        named_term = [x for x in terms if x.lower() in low]
        if named_term and not ("confidentiality.disclosure" in rules and verdict == "block"):
            err("%s: names register term %s but does not expect disclosure/block" %
                (pid, named_term))
        if kind == "positive" and fam == "confidentiality.disclosure":
            if (verdict == "block") != bool(named_term):
                err("%s: disclosure positive is block exactly when it names a term" % pid)
        # pending matters
        if "predetermination.closed-mind" in rules:
            hits = [row for row, names, _ in pending if any(nm in low for nm in names)]
            if hits and verdict != "block":
                err("%s: names a pending matter but is not block" % pid)
            if kind == "positive" and fam == "predetermination.closed-mind":
                if not hits and verdict != "review":
                    err("%s: predetermination naming no pending matter should be review" % pid)
                for row in hits:
                    board = licensing if row["reference"].startswith("LIC/") else planning
                    if name not in board:
                        err("%s: %s is not on the committee deciding %s" %
                            (pid, name, row["reference"]))
                if not hits and name not in planning | licensing:
                    err("%s: %s sits on neither planning nor licensing" % (pid, name))
        if "security.credentials" in rules and verdict != "block":
            err("%s: security must be block" % pid)
        if kind == "positive" and fam == "interests.declared-interest":
            intr = p.get("interest")
            if intr not in interests:
                err("%s: interest %s not on the register" % (pid, intr))
            elif holders.get(intr) != name:
                err("%s: interest %s is not held by the author" % (pid, intr))
        # contact details
        if (me["phone"] in text or me["email"].lower() in low) and author not in my_handles:
            err("%s: [self]'s contact details in a post by someone else" % pid)
        for m in re.finditer(r"(?<![\w])0\d[\d ]{8,12}\d", text):
            digits = m.group(0).replace(" ", "")
            if not (len(digits) in (10, 11) and re.match(
                    r"07700900\d{3}$|01632960\d{3}$|08081570\d{3}$|0113496\d{4}$|"
                    r"0114496\d{4}$|0115496\d{4}$|0118496\d{4}$|0117496\d{4}$", digits)):
                err("%s: phone number %s not in an Ofcom drama range" % (pid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if not (m.group(1).lower() == "example.com"
                    or m.group(1).lower().endswith(".example.com")):
                err("%s: email domain %s" % (pid, m.group(1)))
        for m in re.finditer(r"\b(?:[\w-]+\.)+(com|net|org|uk|io|co|gov|info|biz)\b", low):
            dom = m.group(0)
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
                err("%s: link or domain %s" % (pid, dom))

    for row, _, decided in pending:
        if last_post and decided <= last_post:
            err("pending %s decided on %s, not after the last post" % (row["reference"], decided))

    # counts
    pos = collections.Counter(p["family"] for p in posts if p.get("kind_of_row") == "positive")
    neg = collections.Counter(p["family"] for p in posts if p.get("kind_of_row") == "hard_negative")
    fills = sum(1 for p in posts if p.get("kind_of_row") == "filler")
    exp = collections.Counter(r for p in posts for r in p.get("expect", {}).get("rules", []))
    for fam in TWELVE:
        if pos[fam] < MIN_POS:
            err("%s: only %d positives" % (fam, pos[fam]))
        if neg[fam] < MIN_NEG:
            err("%s: only %d hard negatives" % (fam, neg[fam]))
    for fam in set(pos) | set(neg):
        if fam not in TWELVE:
            err("family %s is not one of the twelve" % fam)
    if fills < MIN_FILL:
        err("only %d fillers" % fills)

    # folder hygiene
    bad = ["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "/" + "root/",
           "/" + "mnt/", "C:" + "\\"]
    for fn in sorted(os.listdir(HERE)):
        full = os.path.join(HERE, fn)
        if fn == "__pycache__":
            err("__pycache__ in the folder")
            continue
        if os.path.isfile(full):
            with open(full, encoding="utf-8", errors="replace") as fh:
                body = fh.read()
            for b in bad:
                if b in body:
                    err("%s contains an absolute path (%s)" % (fn, b))

    if errors:
        for e in errors[:200]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    if verbose:
        print("severities from", sev_src)
        print("%-36s %5s %5s %5s" % ("rule", "pos", "neg", "exp"))
        for fam in TWELVE:
            print("%-36s %5d %5d %5d" % (fam, pos[fam], neg[fam], exp[fam]))
        print("fillers", fills, "total", len(posts))
        vc = collections.Counter((p["expect"]["verdict"], p["family"]) for p in posts
                                 if p["kind_of_row"] == "positive")
        for v in ("advice", "review", "block"):
            fams = {f: c for (vv, f), c in vc.items() if vv == v}
            print(v, sum(fams.values()), dict(sorted(fams.items())))
        print("rows with allowed:", sum(1 for p in posts if p["expect"]["allowed"]),
              "of them hard negatives:",
              sum(1 for p in posts if p["expect"]["allowed"] and p["kind_of_row"] == "hard_negative"))
        print("personal:", sum(1 for p in posts if p["account"] == "personal"))
        print("platforms:", dict(collections.Counter(p["platform"] for p in posts)))
        print("multi-rule:", sum(1 for p in posts if len(p["expect"]["rules"]) > 1))
        print("authors:", dict(collections.Counter(p["author"] for p in posts).most_common()))
    print("OK")


if __name__ == "__main__":
    main()
