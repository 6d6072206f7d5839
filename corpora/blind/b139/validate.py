#!/usr/bin/env python3
"""Check blind set b139 and print OK (stdlib only). `-v` also prints the counts."""
import collections
import csv
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B139"
PER_RULE = 18          # positives and hard negatives per rule in this set
FILLERS = 40
MIN_PER_RULE, MIN_FILLERS = 15, 30
RULES12 = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# Built-in copy of the severities, used if RULES.md cannot be found by walking up.
BUILTIN = {
    "respect.personal-attack": "review; block when severe",
    "respect.abusive-language": "review; block when severe",
    "bullying.intimidation": "block",
    "equality.discrimination": "block",
    "officers.impartiality": "review",
    "confidentiality.disclosure": "review; block with a register match",
    "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review; block for special category or identifiers",
    "predetermination.closed-mind": "review; block with a register match",
    "capacity.council-voice": "review",
    "resources.political-use": "review",
    "position.improper-advantage": "review",
    "interests.declared-interest": "review",
    "gifts.hospitality": "advice; review when the giver seeks a council decision",
    "defamation.allegation": "review; block when severe",
    "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice",
    "meetings.during-meeting": "advice",
    "security.credentials": "block",
    "tone.irony-risk": "advice",
    "association.endorsed-content": "same as the amplified rule, one level lower",
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def find_rules_md():
    d = HERE
    for _ in range(8):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            return p
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    return None


def load_rules():
    p = find_rules_md()
    if not p:
        return BUILTIN, "built-in"
    rules = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]+?)\s*\|\s*$", line)
            if m:
                rules[m.group(1)] = m.group(2)
    return rules, "RULES.md"


def severities(text):
    """The severities a rule may take, from its severity column."""
    found = [s for s in ("advice", "review", "block") if re.search(r"\b%s\b" % s, text)]
    if "one level lower" in text:
        found = ["advice", "review", "block"]
    return found or ["review"]


def main():
    verbose = "-v" in sys.argv
    rules, rules_src = load_rules()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        cfg = tomllib.load(f)
    handles = cfg["people"]["handles"]
    councillors = set(cfg["people"]["councillors"])
    council_name = cfg["council"]["name"]
    personal = {"@olly_downs_runner", "@jade_bakes_cowle"}
    me = cfg["self"]
    terms = cfg["registers"]["confidential_terms"]
    interests = cfg["registers"]["interests"]
    holders = cfg["registers"]["interest_holders"]
    for i in interests:
        if i not in holders:
            err("interest without holder: " + i)
    for i, who in holders.items():
        if who not in councillors:
            err("holder not a councillor: " + who)
    for h, who in handles.items():
        if who not in councillors and who != council_name:
            err("handle for unknown person: " + h)
    for p in personal:
        if p not in handles:
            err("personal handle missing from council.toml: " + p)

    # pending matters and the names they go by
    pending = []
    with open(os.path.join(HERE, "pending.csv"), newline="", encoding="utf-8") as f:
        rdr = csv.DictReader(f)
        if rdr.fieldnames != ["reference", "address", "description", "decision_date"]:
            err("pending.csv header")
        for r in rdr:
            names = {r["reference"], r["address"].split(",")[0].strip()}
            m = re.search(r"applicant (.+? Ltd)", r["description"])
            if m:
                names.add(m.group(1))
                names.add(re.sub(r"\s*\(.*?\)", "", m.group(1)[:-4]).strip())
            m = re.search(r"known as (.+)$", r["description"])
            if m:
                for n in m.group(1).split(" or "):
                    n = n.strip()
                    names.add(n)
                    names.add(re.sub(r"^the ", "", n))
            pending.append((r["reference"], dt.date.fromisoformat(r["decision_date"]),
                            {n.lower() for n in names if n}))
    meetings = []
    with open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8") as f:
        rdr = csv.DictReader(f)
        if rdr.fieldnames != ["title", "start", "end"]:
            err("meetings.csv header")
        for r in rdr:
            meetings.append((r["title"], dt.datetime.fromisoformat(r["start"]),
                             dt.datetime.fromisoformat(r["end"])))

    def names_pending(text):
        low = text.lower()
        return [ref for ref, _, names in pending if any(n in low for n in names)]

    rows = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d does not parse: %s" % (n, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for n, i in enumerate(ids, 1):
        if i != "%s-%04d" % (SET, n):
            err("id out of sequence: %s" % i)
    texts = collections.Counter(r.get("text") for r in rows)
    for t, k in texts.items():
        if k > 1:
            err("duplicate text: " + str(t)[:60])

    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    last_post = None
    pos = collections.Counter()
    neg = collections.Counter()
    expecting = collections.Counter()
    fillers = 0
    for r in rows:
        rid = r.get("id", "?")
        for k in required:
            if k not in r:
                err("%s: missing %s" % (rid, k))
        if any(k not in r for k in required):
            continue
        text, author = r["text"], r["author"]
        if author not in handles or handles[author] == council_name:
            err("%s: author not a councillor handle: %s" % (rid, author))
            continue
        person = handles[author]
        if (r["account"] == "personal") != (author in personal):
            err("%s: account must be personal exactly for personal handles" % rid)
        if r["account"] not in ("personal", "councillor"):
            err("%s: bad account" % rid)
        if r["kind"] != "post":
            err("%s: kind" % rid)
        if r["platform"] not in LIMITS:
            err("%s: platform" % rid)
        elif len(text) > LIMITS[r["platform"]]:
            err("%s: too long for %s" % (rid, r["platform"]))
        for h, who in handles.items():
            if who == person and h.lower() in text.lower():
                err("%s: post mentions its own author" % rid)
        # time
        ca = r["created_at"]
        if not ca.endswith("+00:00"):
            err("%s: timestamp offset" % rid)
        t = dt.datetime.fromisoformat(ca)
        if t.weekday() > 4 or not (8 <= t.hour <= 18):
            err("%s: not a weekday 08:00-18:59" % rid)
        if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
            err("%s: outside 5 Jan - 27 Mar 2026" % rid)
        for title, s, e in meetings:
            if s <= t <= e:
                err("%s: inside meeting %s" % (rid, title))
        last_post = t if last_post is None or t > last_post else last_post
        # labels
        ex = r["expect"]
        exp, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        if not isinstance(exp, list) or not isinstance(allowed, list):
            err("%s: expect.rules/allowed must be lists" % rid)
            continue
        for rule in exp + allowed:
            if rule not in rules:
                err("%s: unknown rule %s" % (rid, rule))
        if len(set(exp)) != len(exp) or len(set(allowed)) != len(allowed):
            err("%s: repeated rule" % rid)
        if set(exp) & set(allowed):
            err("%s: rule both expected and allowed" % rid)
        if verdict not in RANK:
            err("%s: bad verdict" % rid)
            continue
        if not exp:
            if verdict != "ok":
                err("%s: verdict must be ok when nothing is expected" % rid)
        else:
            if verdict == "ok":
                err("%s: verdict ok with expected rules" % rid)
            opts = [severities(rules.get(x, "review")) for x in exp]
            floor = max(min(RANK[s] for s in o) for o in opts)
            ceil = max(max(RANK[s] for s in o) for o in opts)
            if not (floor <= RANK[verdict] <= ceil) or not any(verdict in o for o in opts):
                err("%s: verdict %s does not fit %s" % (rid, verdict, exp))
        for rule in exp:
            expecting[rule] += 1
        kor, fam = r["kind_of_row"], r["family"]
        if kor == "positive":
            pos[fam] += 1
            if fam not in exp:
                err("%s: positive does not expect its family" % rid)
        elif kor == "hard_negative":
            neg[fam] += 1
            if exp or verdict != "ok":
                err("%s: hard negative must expect nothing" % rid)
            if r.get("near_miss_of") != fam or fam not in RULES12:
                err("%s: near_miss_of must be the family" % rid)
        elif kor == "filler":
            fillers += 1
            if fam is not None or exp or allowed or verdict != "ok":
                err("%s: filler must be family null, nothing expected or allowed" % rid)
        else:
            err("%s: kind_of_row" % rid)
        if kor != "hard_negative" and "near_miss_of" in r:
            err("%s: near_miss_of on a non-negative" % rid)
        # register of confidential terms
        named_terms = [x for x in terms if x.lower() in text.lower()]
        if named_terms and not ("confidentiality.disclosure" in exp and verdict == "block"):
            err("%s: names a confidential term but is not disclosure/block" % rid)
        if kor == "positive" and fam == "confidentiality.disclosure":
            if bool(named_terms) != (verdict == "block"):
                err("%s: disclosure positive must be block exactly when it names a term" % rid)
        # pending matters
        if "predetermination.closed-mind" in exp:
            hit = names_pending(text)
            if hit and verdict != "block":
                err("%s: predetermination naming %s must be block" % (rid, hit))
            if kor == "positive" and fam == "predetermination.closed-mind" and not hit \
                    and verdict != "review":
                err("%s: predetermination naming no pending matter must be review" % rid)
        if "security.credentials" in exp and verdict != "block":
            err("%s: security must be block" % rid)
        # declared interests
        if kor == "positive" and fam == "interests.declared-interest":
            it = r.get("interest")
            if it not in interests:
                err("%s: declared-interest positive without a registered interest" % rid)
            elif holders[it] != person:
                err("%s: declared-interest positive not by the holder" % rid)
        elif "interest" in r:
            err("%s: interest on a row that is not a declared-interest positive" % rid)
        # self's contact details
        if (me["phone"] in text or me["email"].lower() in text.lower()) and person != me["name"]:
            err("%s: [self] contact details in someone else's post" % rid)
        # invented contact details only
        for m in re.finditer(r"(?<![\w/])0\d(?:[ -]?\d){8,9}(?!\d)", text):
            digits = re.sub(r"\D", "", m.group(0))
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                err("%s: phone not in Ofcom drama range: %s" % (rid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com":
                err("%s: email not on example.com" % rid)
        for m in re.finditer(r"\b((?:[\w-]+\.)+(?:com|net|org|uk|io|co|info|biz))\b", text):
            dom = m.group(1).lower()
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
                err("%s: domain not on example.*: %s" % (rid, dom))
        for m in re.finditer(r"\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b", text):
            if not m.group(1).startswith("WX"):
                err("%s: postcode outside the invented WX area: %s" % (rid, m.group(0)))

    if last_post:
        for ref, dd, _ in pending:
            if dd <= last_post.date():
                err("pending %s decided before the last post" % ref)
    for rule in RULES12:
        if pos[rule] < MIN_PER_RULE or neg[rule] < MIN_PER_RULE:
            err("too few rows for %s" % rule)
        if pos[rule] != PER_RULE or neg[rule] != PER_RULE:
            err("%s: %d positives, %d hard negatives (want %d each)"
                % (rule, pos[rule], neg[rule], PER_RULE))
    if fillers < MIN_FILLERS or fillers != FILLERS:
        err("fillers: %d" % fillers)
    if len(rows) != 12 * 2 * PER_RULE + FILLERS:
        err("rows: %d" % len(rows))
    # no absolute paths in the folder's files
    abs_rx = re.compile(r"(?<![\w.~])/(?:" + "|".join(["wo" + "rk", "ho" + "me", "tm" + "p",
                                                       "Us" + "ers", "ro" + "ot", "mn" + "t"]) + r")/")
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isfile(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                if abs_rx.search(f.read()):
                    err("absolute path in " + name)

    if verbose:
        print("rules read from", rules_src)
        print("%-36s %4s %4s %4s" % ("rule", "pos", "neg", "exp"))
        for rule in RULES12:
            print("%-36s %4d %4d %4d" % (rule, pos[rule], neg[rule], expecting[rule]))
        print("fillers", fillers, "rows", len(rows))
        v = collections.Counter(r["expect"]["verdict"] for r in rows if r["kind_of_row"] == "positive")
        print("positive verdicts", dict(v))
        vf = collections.Counter((r["family"], r["expect"]["verdict"]) for r in rows
                                 if r["kind_of_row"] == "positive")
        for k in sorted(vf, key=str):
            print("  ", k, vf[k])
        print("platforms", dict(collections.Counter(r["platform"] for r in rows)))
        print("personal", sum(r["account"] == "personal" for r in rows))
        print("with allowed", sum(bool(r["expect"]["allowed"]) for r in rows),
              "of them hard negatives",
              sum(bool(r["expect"]["allowed"]) for r in rows if r["kind_of_row"] == "hard_negative"))
        print("authors", dict(collections.Counter(r["author"] for r in rows)))
    if ERRORS:
        for e in ERRORS:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
