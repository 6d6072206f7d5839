"""Check blind evaluation set B174 and print OK (or the problems found). `-v` also prints counts.

Standard library only. Reads shared/design/RULES.md, found by walking up from this folder, for the
rule ids and severities; falls back to a built-in copy when it is not there.
"""
import collections
import csv
import datetime as dt
import json
import os
import re
import sys
import tomllib

SET = "B174"
HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FAMILIES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
PERSONAL = {"@carrow_bells", "@peggy_wildflowers"}
WINDOW = (dt.date(2026, 9, 14), dt.date(2026, 12, 4))
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
MIN_POS, MIN_NEG, MIN_FILL = 15, 15, 30

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

problems = []


def bad(msg):
    problems.append(msg)


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
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
            if "amplified" in cells[-1]:
                words = {"advice", "review", "block"}
            sev[cells[0]] = words
    return (sev or BUILTIN_SEVERITIES), "RULES.md"


def bst(t):
    """Europe/London offset for a UTC datetime (last Sunday of March/October at 01:00 UTC)."""
    def last_sunday(year, month):
        d = dt.date(year, month, 31)
        return d - dt.timedelta((d.weekday() + 1) % 7)
    y = t.year
    start = dt.datetime.combine(last_sunday(y, 3), dt.time(1), dt.timezone.utc)
    end = dt.datetime.combine(last_sunday(y, 10), dt.time(1), dt.timezone.utc)
    return dt.timedelta(hours=1) if start <= t < end else dt.timedelta(0)


def main():
    verbose = "-v" in sys.argv
    sev, sev_src = load_severities()

    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        council = tomllib.load(fh)
    handles = council["people"]["handles"]
    council_name = council["council"]["name"]
    official = {h for h, n in handles.items() if n == council_name}
    self_ = council.get("self", {})
    self_name = self_.get("name")
    conf_terms = council["registers"]["confidential_terms"]
    holders = council["registers"]["interest_holders"]
    for k in council["registers"]["interests"]:
        if k not in holders:
            bad("interest without holder: %s" % k)

    pending = []
    with open(os.path.join(HERE, council["registers"]["pending_matters"]), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            pending.append(r)
    meetings = []
    with open(os.path.join(HERE, council["registers"]["meetings"]), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            meetings.append((r["title"], dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])))

    # names by which a pending matter can be identified
    pending_keys = []
    for r in pending:
        keys = {r["reference"]}
        site = r["address"].split(",")[0].strip()
        site = re.sub(r"^(Land (at|east of|west of|north of|south of|off) )", "", site)
        site = re.sub(r"^\d+\s+", "", site)
        keys.add(site)
        keys.add(re.sub(r"^The ", "", site))
        m = re.search(r"applicant (.+?)(;|$)", r["description"])
        if m:
            keys.add(m.group(1).strip())
            keys.add(re.sub(r"\s+(Ltd|Limited|plc)$", "", m.group(1).strip()))
        m = re.search(r"known as (.+?)(;|$)", r["description"])
        if m:
            keys.add(m.group(1).strip())
        pending_keys.append((r["reference"], {k for k in keys if k}))

    def names_pending(text):
        low = text.lower()
        return [ref for ref, keys in pending_keys if any(k.lower() in low for k in keys)]

    posts = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                posts.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad("line %d does not parse: %s" % (n, e))

    seen = set()
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    counts = collections.Counter()
    expecting = collections.Counter()
    verdicts = collections.Counter()
    platforms = collections.Counter()
    allowed_rows = allowed_neg = personal_rows = 0
    last_post = None
    phone_re = re.compile(r"(?<![\w])(0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4})(?![\w])")
    email_re = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
    domain_re = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|ly|co|info|biz|me|gov))\b", re.I)

    for p in posts:
        pid = p.get("id", "?")
        for f in required:
            if f not in p:
                bad("%s: missing field %s" % (pid, f))
        if not re.fullmatch(SET + r"-\d{4}", str(pid)):
            bad("%s: bad id" % pid)
        if pid in seen:
            bad("%s: duplicate id" % pid)
        seen.add(pid)
        text = p.get("text", "")
        author = p.get("author")
        if author not in handles or author in official:
            bad("%s: author %s is not a councillor handle" % (pid, author))
        if (p.get("account") == "personal") != (author in PERSONAL):
            bad("%s: account %s does not fit author %s" % (pid, p.get("account"), author))
        if p.get("account") not in ("personal", "councillor"):
            bad("%s: account %s" % (pid, p.get("account")))
        if p.get("account") == "personal":
            personal_rows += 1
        if p.get("kind") != "post":
            bad("%s: kind %s" % (pid, p.get("kind")))
        plat = p.get("platform")
        if plat not in LIMITS:
            bad("%s: platform %s" % (pid, plat))
        elif len(text) > LIMITS[plat]:
            bad("%s: %d characters is too long for %s" % (pid, len(text), plat))
        platforms[plat] += 1
        for mention in re.findall(r"@\w+", text):
            if handles.get(mention) and handles.get(mention) == handles.get(author):
                bad("%s: mentions its own author" % pid)

        # time
        ca = p.get("created_at", "")
        if not ca.endswith("+00:00"):
            bad("%s: created_at not +00:00" % pid)
        try:
            t = dt.datetime.fromisoformat(ca)
            local = (t + bst(t)).replace(tzinfo=None)
            if local.weekday() >= 5 or not (8 <= local.hour <= 18):
                bad("%s: local time %s outside weekdays 08:00-18:59" % (pid, local))
            if not (WINDOW[0] <= local.date() <= WINDOW[1]):
                bad("%s: date %s outside window" % (pid, local.date()))
            for title, s, e in meetings:
                if s <= t <= e:
                    bad("%s: posted during %s" % (pid, title))
            last_post = t if last_post is None or t > last_post else last_post
        except ValueError:
            bad("%s: created_at does not parse" % pid)

        # labels
        ex = p.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for r in rules + allowed:
            if r not in sev:
                bad("%s: unknown rule %s" % (pid, r))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            bad("%s: rule repeated or both expected and allowed" % pid)
        if verdict not in ORDER:
            bad("%s: verdict %s" % (pid, verdict))
        elif not rules:
            if verdict != "ok":
                bad("%s: verdict %s with nothing expected" % (pid, verdict))
        else:
            floor = max(min(ORDER[s] for s in sev[r]) for r in rules if r in sev)
            ceil = max(max(ORDER[s] for s in sev[r]) for r in rules if r in sev)
            union = set().union(*(sev[r] for r in rules if r in sev))
            if verdict == "ok" or not (floor <= ORDER[verdict] <= ceil) or verdict not in union:
                bad("%s: verdict %s does not fit %s" % (pid, verdict, rules))
        if allowed:
            allowed_rows += 1
        verdicts[verdict] += 1
        for r in rules:
            expecting[r] += 1

        kind, fam = p.get("kind_of_row"), p.get("family")
        if kind == "positive":
            counts[(fam, "positive")] += 1
            if fam not in FAMILIES or fam not in rules:
                bad("%s: positive does not expect its family %s" % (pid, fam))
        elif kind == "hard_negative":
            counts[(fam, "hard_negative")] += 1
            if allowed:
                allowed_neg += 1
            if rules or verdict != "ok":
                bad("%s: hard negative expects something" % pid)
            if p.get("near_miss_of") != fam or fam not in FAMILIES:
                bad("%s: hard negative near_miss_of/family mismatch" % pid)
        elif kind == "filler":
            counts[(None, "filler")] += 1
            if rules or allowed or verdict != "ok" or fam is not None:
                bad("%s: filler must expect and allow nothing" % pid)
        else:
            bad("%s: kind_of_row %s" % (pid, kind))

        # register checks
        low = text.lower()
        named_terms = [c for c in conf_terms if c.lower() in low]
        if named_terms and not ("confidentiality.disclosure" in rules and verdict == "block"):
            bad("%s: names register term %s but is not disclosure block" % (pid, named_terms))
        if kind == "positive" and fam == "confidentiality.disclosure":
            if bool(named_terms) != (verdict == "block"):
                bad("%s: disclosure verdict %s does not fit register match %s" % (pid, verdict, named_terms))
        if "predetermination.closed-mind" in rules:
            refs = names_pending(text)
            if refs and verdict != "block":
                bad("%s: predetermination names pending %s but is %s" % (pid, refs, verdict))
            if kind == "positive" and fam == "predetermination.closed-mind" and not refs and verdict != "review":
                bad("%s: predetermination positive names no pending matter but is %s" % (pid, verdict))
        if "security.credentials" in rules and verdict != "block":
            bad("%s: security must be block" % pid)
        if kind == "positive" and fam == "interests.declared-interest":
            interest = p.get("interest")
            if interest not in holders:
                bad("%s: declared-interest positive without a registered interest" % pid)
            elif handles.get(author) != holders[interest]:
                bad("%s: declared-interest positive not written by the holder" % pid)
        if self_:
            for key in ("phone", "email"):
                v = self_.get(key)
                if v and v.lower() in low and handles.get(author) != self_name:
                    bad("%s: [self] %s in a post by someone else" % (pid, key))

        # contact details and links
        for num in phone_re.findall(text):
            digits = re.sub(r"\D", "", num)
            if not (re.fullmatch(r"07700900\d{3}", digits) or re.fullmatch(r"01632960\d{3}", digits)):
                bad("%s: phone number %s outside the Ofcom drama ranges" % (pid, num))
        for dom in email_re.findall(text):
            if dom.lower() != "example.com":
                bad("%s: email domain %s" % (pid, dom))
        for dom in domain_re.findall(text):
            d = dom.lower()
            if not re.search(r"(^|\.)example\.(com|net|org)$", d):
                bad("%s: domain %s" % (pid, dom))

    for r in pending:
        if last_post and dt.date.fromisoformat(r["decision_date"]) <= last_post.date():
            bad("pending %s decided before the last post" % r["reference"])

    for fam in FAMILIES:
        if counts[(fam, "positive")] < MIN_POS:
            bad("%s: only %d positives" % (fam, counts[(fam, "positive")]))
        if counts[(fam, "hard_negative")] < MIN_NEG:
            bad("%s: only %d hard negatives" % (fam, counts[(fam, "hard_negative")]))
    if counts[(None, "filler")] < MIN_FILL:
        bad("only %d fillers" % counts[(None, "filler")])

    # no absolute paths, no caches
    root_words = ["home", "work", "tmp", "Users", "root", "mnt", "usr", "var", "opt", "srv"]
    abs_re = re.compile(r"(?<![\w.])/(%s)/" % "|".join(root_words) + r"|[A-Za-z]:\\\\")
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if name == "__pycache__":
            bad("__pycache__ present")
            continue
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="replace") as fh:
                if abs_re.search(fh.read()):
                    bad("%s contains an absolute path" % name)

    if verbose:
        print("severities from", sev_src)
        print("%-36s %9s %9s %9s" % ("rule", "positive", "hard_neg", "expected"))
        for fam in FAMILIES:
            print("%-36s %9d %9d %9d" % (fam, counts[(fam, "positive")], counts[(fam, "hard_negative")], expecting[fam]))
        print("fillers", counts[(None, "filler")], "| rows", len(posts))
        print("verdicts", dict(verdicts))
        print("rows with allowed", allowed_rows, "of them hard negatives", allowed_neg)
        print("personal rows", personal_rows, "| platforms", dict(platforms))
    if problems:
        for m in problems:
            print(m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
