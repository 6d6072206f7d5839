#!/usr/bin/env python3
"""Check blind evaluation set b109 and print OK (with -v, also the counts)."""
import collections
import csv
import datetime as dt
import itertools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B109"
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
MORE = {"resources.political-use", "gifts.hospitality", "tone.irony-risk", "predetermination.closed-mind"}
MIN_POS, MIN_POS_MORE, MIN_FILLERS = 18, 24, 40

# built-in copy of RULES.md's rule ids and severities (used when RULES.md cannot be found)
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
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "near_miss_of", "interest", "note"]
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
# drink or tiredness in the text: the set's convention is to allow (or expect) the haste rule
HASTE_WORDS = re.compile(r"\b(pints?|beers?|booze|whisk(e)?y|single malt|wine|champagne|prosecco|bubbly|gin|lager|"
                         r"cider|perry|drunk|hungover|tipsy|tired|knackered|shattered|exhausted)\b", re.I)

errors = []


def err(msg):
    errors.append(msg)


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


def load_rules():
    path = find_rules()
    if not path:
        return dict(BUILTIN), "built-in copy"
    rules = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
        if not m:
            continue
        sev_col = line.rstrip().rstrip("|").split("|")[-1]
        sevs = set(re.findall(r"\b(advice|review|block)\b", sev_col))
        rules[m.group(1)] = sevs or BUILTIN.get(m.group(1), {"advice", "review", "block"})
    if not rules:
        return dict(BUILTIN), "built-in copy"
    return rules, "RULES.md"


def load_toml():
    path = os.path.join(HERE, "council.toml")
    try:
        import tomllib
        with open(path, "rb") as f:
            return tomllib.load(f)
    except ImportError:  # minimal fallback for older Pythons: the tables this script needs
        data, table, key, buf = {}, None, None, None
        for raw in open(path, encoding="utf-8"):
            line = raw.split("#", 1)[0].rstrip() if buf is None else raw.split("#", 1)[0].rstrip()
            if buf is not None:
                buf += re.findall(r'"([^"]*)"', line)
                if "]" in line:
                    table[key] = buf
                    buf = None
                continue
            if not line.strip():
                continue
            m = re.match(r"\[([^\]]+)\]", line.strip())
            if m:
                table = data
                for part in m.group(1).split("."):
                    table = table.setdefault(part, {})
                continue
            m = re.match(r'\s*"?([^"=]+?)"?\s*=\s*(.*)', line)
            if not m:
                continue
            key, val = m.group(1).strip(), m.group(2).strip()
            if val.startswith("["):
                items = re.findall(r'"([^"]*)"', val)
                if val.endswith("]"):
                    table[key] = items
                else:
                    buf = items
            else:
                table[key] = val.strip('"')
        return data


def norm(s):
    return re.sub(r"\s+", " ", s.lower().replace("\u2019", "'"))


def pending_keys(row):
    keys = {row["reference"]}
    site = row["address"].split(",")[0]
    site = re.sub(r"\s*\(.*?\)", "", site)
    site = re.sub(r"^(Land (east|west|north|south) of|Land at|Land off|Former|The)\s+", "", site)
    site = re.sub(r"^\d+\s+", "", site)
    keys.add(site)
    m = re.search(r"applicant (.+?)$", row["description"])
    if m:
        keys.add(m.group(1))
        keys.add(re.sub(r"\s+Ltd$", "", m.group(1)))
    m = re.search(r"known as (.+?),", row["description"])
    if m:
        keys.add(m.group(1))
    return {k for k in keys if k}


def main():
    verbose = "-v" in sys.argv
    rules, rules_src = load_rules()
    for r in TWELVE:
        if r not in rules:
            err("rule %s missing from %s" % (r, rules_src))
    cfg = load_toml()
    people = cfg.get("people", {})
    handles = people.get("handles", {})
    councillors = set(people.get("councillors", []))
    council_name = cfg.get("council", {}).get("name")
    council_handles = {h for h, n in handles.items() if n == council_name}
    by_person = collections.defaultdict(set)
    for h, n in handles.items():
        by_person[n].add(h)
    # personal accounts: a councillor's second handle, written in lower case (council.toml comments them)
    personal = {h for h, n in handles.items()
                if n in councillors and len(by_person[n]) > 1 and h[1:] == h[1:].lower()}
    selfcfg = cfg.get("self", {})
    self_name = selfcfg.get("name")
    self_bits = [b for b in (selfcfg.get("email"), selfcfg.get("phone")) if b]
    regs = cfg.get("registers", {})
    conf_terms = regs.get("confidential_terms", [])
    interests = set(regs.get("interests", []))
    holders = regs.get("interest_holders", {})

    meetings = []
    with open(os.path.join(HERE, "meetings.csv"), encoding="utf-8") as f:
        for m in csv.DictReader(f):
            s, e = dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])
            if e <= s:
                err("meeting %s ends before it starts" % m["title"])
            meetings.append((m["title"], s, e))
    pending = []
    with open(os.path.join(HERE, "pending.csv"), encoding="utf-8") as f:
        for p in csv.DictReader(f):
            pending.append((p, pending_keys(p), dt.date.fromisoformat(p["decision_date"])))

    rows, ids = [], set()
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
    last_post = None
    for n, r in enumerate(rows, 1):
        rid = r.get("id", "?")
        missing = [k for k in REQUIRED if k not in r]
        if missing:
            err("%s: missing %s" % (rid, missing))
            continue
        if rid != "%s-%04d" % (SET, n):
            err("%s: id out of sequence (expected %s-%04d)" % (rid, SET, n))
        if rid in ids:
            err("%s: duplicate id" % rid)
        ids.add(rid)
        text, author = r["text"], r["author"]
        if not isinstance(text, str) or not text.strip():
            err("%s: empty text" % rid)
            continue
        # authors and accounts
        if author not in handles or author in council_handles or handles[author] not in councillors:
            err("%s: author %s is not a councillor handle in council.toml" % (rid, author))
            continue
        person = handles[author]
        if (r["account"] == "personal") != (author in personal):
            err("%s: account %s does not fit handle %s" % (rid, r["account"], author))
        if r["account"] not in ("personal", "councillor"):
            err("%s: account %s" % (rid, r["account"]))
        if r["kind"] != "post":
            err("%s: kind %s" % (rid, r["kind"]))
        for h in by_person[person]:
            if h.lower() in text.lower():
                err("%s: post mentions its own author %s" % (rid, h))
        surname = person.split()[-1]
        if re.search(r"\b%s\b" % re.escape(surname), text):
            err("%s: post names its own author %s" % (rid, person))
        # platform
        if r["platform"] not in LIMITS:
            err("%s: platform %s" % (rid, r["platform"]))
        else:
            length = sum(2 if ord(c) > 0xFFFF else 1 for c in text) if r["platform"] == "x" else len(text)
            if length > LIMITS[r["platform"]]:
                err("%s: %d characters is too long for %s" % (rid, length, r["platform"]))
        # timestamps
        ts = r["created_at"]
        if not isinstance(ts, str) or not ts.endswith("+00:00"):
            err("%s: created_at %s not +00:00" % (rid, ts))
        else:
            t = dt.datetime.fromisoformat(ts)
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
                err("%s: created_at %s outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % (rid, ts))
            for title, s, e in meetings:
                if s <= t <= e:
                    err("%s: posted during %s" % (rid, title))
            last_post = max(last_post, t) if last_post else t
        # labels
        exp = r["expect"]
        if not isinstance(exp, dict) or set(exp) != {"rules", "allowed", "verdict"}:
            err("%s: expect must have rules, allowed, verdict" % rid)
            continue
        er, ea, verdict = exp["rules"], exp["allowed"], exp["verdict"]
        for rule in er + ea:
            if rule not in rules:
                err("%s: unknown rule %s" % (rid, rule))
        if len(set(er)) != len(er) or len(set(ea)) != len(ea):
            err("%s: rule repeated" % rid)
        if set(er) & set(ea):
            err("%s: rule both expected and allowed" % rid)
        if verdict not in LEVEL:
            err("%s: verdict %s" % (rid, verdict))
            continue
        if not er:
            if verdict != "ok":
                err("%s: nothing expected but verdict %s" % (rid, verdict))
        else:
            sets = [rules.get(x, {"advice", "review", "block"}) for x in er]
            possible = {max(c, key=LEVEL.get) for c in itertools.product(*sets)}
            if verdict not in possible:
                err("%s: verdict %s does not fit %s" % (rid, verdict, er))
        kind, fam = r["kind_of_row"], r["family"]
        if kind == "positive":
            if fam not in TWELVE or fam not in er:
                err("%s: positive does not expect its family %s" % (rid, fam))
            if r["near_miss_of"] is not None:
                err("%s: positive with near_miss_of" % rid)
        elif kind == "hard_negative":
            if er or verdict != "ok":
                err("%s: hard negative expects something" % rid)
            if r["near_miss_of"] not in TWELVE or r["near_miss_of"] != fam:
                err("%s: hard negative needs near_miss_of equal to its family" % rid)
        elif kind == "filler":
            if er or ea or verdict != "ok" or fam is not None or r["near_miss_of"] is not None:
                err("%s: filler must expect and allow nothing, with no family" % rid)
        else:
            err("%s: kind_of_row %s" % (rid, kind))
        # register terms and pending matters
        low = norm(text)
        names_term = [c for c in conf_terms if norm(c) in low]
        if names_term and not ("confidentiality.disclosure" in er and verdict == "block"):
            err("%s: names register term %s but is not disclosure/block" % (rid, names_term))
        if kind == "positive" and fam == "confidentiality.disclosure" and (verdict == "block") != bool(names_term):
            err("%s: disclosure positive is block exactly when it names a register term" % rid)
        names_pending = [p["reference"] for p, keys, _ in pending if any(norm(k) in low for k in keys)]
        if "predetermination.closed-mind" in er:
            if names_pending and verdict != "block":
                err("%s: predetermination naming %s must be block" % (rid, names_pending))
            if kind == "positive" and fam == "predetermination.closed-mind" and not names_pending and verdict != "review":
                err("%s: predetermination naming no pending matter must be review" % rid)
        if "security.credentials" in er and verdict != "block":
            err("%s: security must be block" % rid)
        # declared interests
        if kind == "positive" and fam == "interests.declared-interest":
            if r["interest"] not in interests:
                err("%s: interest %r not on the register" % (rid, r["interest"]))
            elif holders.get(r["interest"]) != person:
                err("%s: declared-interest positive not written by the holder" % rid)
        elif r["interest"] is not None:
            err("%s: interest set on a row that is not a declared-interest positive" % rid)
        # self's details, phones, emails, links
        for bit in self_bits:
            if norm(bit) in low and person != self_name:
                err("%s: [self] contact detail in a post by %s" % (rid, person))
        for m in re.finditer(r"(?<![\w/])0\d[\d ]{8,12}\d\b", text):
            digits = re.sub(r"\D", "", m.group(0))
            if not (len(digits) == 11 and (digits.startswith("07700900") or digits.startswith("01632960"))):
                err("%s: phone number %s outside the Ofcom drama ranges" % (rid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com":
                err("%s: email not on example.com" % rid)
        for m in re.finditer(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co|gov|info))\b", text, re.I):
            dom = m.group(1).lower()
            if "@" in text[max(0, m.start() - 1):m.start()]:
                continue
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
                err("%s: domain %s not on example.com/.net/.org" % (rid, dom))
        # drink or tiredness: haste allowed or expected
        if HASTE_WORDS.search(text) and "haste.pause-before-posting" not in er + ea:
            err("%s: mentions drink or tiredness but does not allow haste" % rid)
        if not r["note"] and kind != "filler":
            err("%s: note missing" % rid)

    if last_post:
        for p, _, decision in pending:
            if decision <= last_post.date():
                err("pending %s decided on or before the last post" % p["reference"])

    # counts
    pos = collections.Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    hn = collections.Counter(r["family"] for r in rows if r.get("kind_of_row") == "hard_negative")
    fillers = sum(1 for r in rows if r.get("kind_of_row") == "filler")
    for fam in TWELVE:
        need = MIN_POS_MORE if fam in MORE else MIN_POS
        if pos[fam] < need:
            err("%s: %d positives, need %d" % (fam, pos[fam], need))
        if hn[fam] < pos[fam]:
            err("%s: %d hard negatives for %d positives" % (fam, hn[fam], pos[fam]))
    if set(pos) - set(TWELVE):
        err("positives of other families: %s" % (set(pos) - set(TWELVE)))
    if fillers < MIN_FILLERS:
        err("%d fillers, need %d" % (fillers, MIN_FILLERS))

    # no absolute or machine paths in the folder's files
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if not os.path.isfile(p):
            continue
        try:
            body = open(p, encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        if re.search(r"(^|[\s\"'(=])(/(home|work|tmp|Users|root|mnt|var)/|[A-Za-z]:\\\\)", body):
            err("%s: contains an absolute path" % name)

    if errors:
        for e in errors[:60]:
            print("FAIL", e)
        print("%d problems" % len(errors))
        sys.exit(1)
    if verbose:
        expecting = collections.Counter(x for r in rows for x in r["expect"]["rules"])
        print("rules from", rules_src)
        print("%-36s %5s %5s %5s" % ("rule", "pos", "hn", "exp"))
        for fam in TWELVE:
            print("%-36s %5d %5d %5d" % (fam, pos[fam], hn[fam], expecting[fam]))
        print("fillers", fillers, "total", len(rows))
        v = collections.Counter((r["expect"]["verdict"]) for r in rows if r["kind_of_row"] == "positive")
        print("positive verdicts", dict(v))
        print("rows with allowed", sum(1 for r in rows if r["expect"]["allowed"]),
              "of them hard negatives", sum(1 for r in rows if r["expect"]["allowed"] and r["kind_of_row"] == "hard_negative"))
        print("personal", sum(1 for r in rows if r["account"] == "personal"))
        print("platforms", dict(collections.Counter(r["platform"] for r in rows)))
    print("OK")


if __name__ == "__main__":
    main()
