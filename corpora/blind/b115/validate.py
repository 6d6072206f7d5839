#!/usr/bin/env python3
"""Check blind evaluation set b115 (posts.jsonl, council.toml and registers).

Prints OK when every check passes, otherwise one line per problem and exits 1.
`-v` also prints the counts.
"""

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11
    import tomli as tomllib

HERE = Path(__file__).resolve().parent
SET = "B115"
PLATFORM_LIMIT = {"x": 280, "bluesky": 300, "facebook": 63206}
START = dt.date(2026, 1, 5)
END = dt.date(2026, 3, 27)
RULES12 = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials",
    "confidentiality.disclosure", "tone.irony-risk",
]
MIN_POS, MAX_POS, MIN_FILL = 18, 24, 30
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# Built-in copy of the rule ids and severities, used when RULES.md is not found.
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
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}
# Ofcom drama ranges (digits only, prefixes).
DRAMA = ("07700900", "01632960", "01134960", "01144960", "01154960", "01164960",
         "01174960", "01184960", "01214960", "01314960", "01414960", "01514960",
         "01614960", "01914980", "02079460", "02920180", "02890180", "03069990",
         "08081570", "09098790")

problems = []


def bad(msg):
    problems.append(msg)


def find_rules_md():
    for d in [HERE] + list(HERE.parents):
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            return p
    return None


def load_rules():
    p = find_rules_md()
    if p is None:
        return dict(BUILTIN), "built-in copy"
    sev = {}
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            continue
        words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
        sev[cells[0]] = words or {"advice", "review", "block"}
    if not sev:
        return dict(BUILTIN), "built-in copy"
    return sev, "RULES.md"


def load_council():
    raw = (HERE / "council.toml").read_text(encoding="utf-8")
    cfg = tomllib.loads(raw)
    handles = cfg["people"]["handles"]
    council_name = cfg["council"]["name"]
    personal = set()
    section = None
    for line in raw.splitlines():
        s = line.strip()
        if s.startswith("["):
            section = s
            continue
        if section == "[people.handles]" and s.startswith('"@') and "#" in s:
            h = s.split("=")[0].strip().strip('"')
            if "personal" in s.split("#", 1)[1].lower():
                personal.add(h)
    # committee membership from the comments after the councillor names
    committees = defaultdict(set)
    for m in re.finditer(r'^\s*"([^"]+)",\s*#(.*)$', raw, re.M):
        name, comment = m.group(1), m.group(2)
        if ";" in comment:
            tail = comment.rsplit(";", 1)[1].lower()
            for c in ("planning", "licensing", "cabinet"):
                if c in tail:
                    committees[c].add(name)
    return cfg, handles, council_name, personal, committees


def load_pending(path):
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            desc = r["description"]
            names = {r["reference"], r["address"].split(",")[0].strip()}
            m = re.search(r"applicant ([^;]+)", desc)
            if m:
                app = m.group(1).strip()
                names.add(app)
                names.add(re.sub(r"\s+Ltd\.?$", "", app))
            m = re.search(r"known as ([^;]+)", desc)
            if m:
                names.add(m.group(1).strip())
            kind = "licensing" if r["reference"].startswith("L/") else "planning"
            out.append(dict(ref=r["reference"], names=sorted(names, key=len, reverse=True),
                            kind=kind,
                            decision=dt.date.fromisoformat(r["decision_date"])))
    return out


def load_meetings(path):
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            out.append((r["title"], dt.datetime.fromisoformat(r["start"]),
                        dt.datetime.fromisoformat(r["end"])))
    return out


def names_in(text, names):
    low = text.lower()
    return [n for n in names if n.lower() in low]


def main():
    verbose = "-v" in sys.argv[1:]
    sev, rules_src = load_rules()
    cfg, handles, council_name, personal, committees = load_council()
    regs = cfg["registers"]
    pending = load_pending(HERE / regs["pending_matters"])
    meetings = load_meetings(HERE / regs["meetings"])
    terms = regs["confidential_terms"]
    holders = regs.get("interest_holders", {})
    interests = set(regs.get("interests", []))
    me = cfg.get("self", {})
    me_name = me.get("name")
    me_secret = [x for x in (me.get("phone"), me.get("email")) if x]
    councillors = set(cfg["people"]["councillors"])

    for r in RULES12:
        if r not in sev:
            bad("rule %s not in %s" % (r, rules_src))
    if set(personal) - set(handles):
        bad("personal handles missing from council.toml")
    for i, h in holders.items():
        if i not in interests or h not in councillors:
            bad("interest holder entry %r -> %r does not fit council.toml" % (i, h))

    rows = []
    with open(HERE / "posts.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad("line %d does not parse: %s" % (n, e))
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            bad("duplicate id %s" % i)

    required = ["id", "text", "author", "created_at", "platform", "account", "kind",
                "expect", "family", "kind_of_row", "note"]
    pos_n, hn_n, exp_n = Counter(), Counter(), Counter()
    verdicts, platforms = Counter(), Counter()
    fillers = 0
    allowed_rows = 0
    last_post = None
    for r in rows:
        rid = r.get("id", "?")
        miss = [k for k in required if k not in r]
        if miss:
            bad("%s: missing %s" % (rid, miss))
            continue
        if not re.fullmatch(SET + r"-\d{4}", rid):
            bad("%s: bad id" % rid)
        text, author = r["text"], r["author"]
        if not isinstance(text, str) or not text.strip():
            bad("%s: empty text" % rid)
            continue
        # author and account
        if author not in handles:
            bad("%s: author %s not in council.toml" % (rid, author))
            continue
        person = handles[author]
        if person == council_name or person not in councillors:
            bad("%s: author %s is not a councillor" % (rid, author))
        want = "personal" if author in personal else "councillor"
        if r["account"] != want:
            bad("%s: account %s, expected %s" % (rid, r["account"], want))
        own = [h for h, p in handles.items() if p == person]
        for h in own:
            if re.search(re.escape(h) + r"\b", text, re.I):
                bad("%s: mentions its own author %s" % (rid, h))
        if r["kind"] != "post":
            bad("%s: kind %s" % (rid, r["kind"]))
        plat = r["platform"]
        platforms[plat] += 1
        if plat not in PLATFORM_LIMIT:
            bad("%s: platform %s" % (rid, plat))
        elif len(text) > PLATFORM_LIMIT[plat]:
            bad("%s: %d chars too long for %s" % (rid, len(text), plat))
        # timestamp
        ts = r["created_at"]
        if not ts.endswith("+00:00"):
            bad("%s: timestamp %s not +00:00" % (rid, ts))
        t = dt.datetime.fromisoformat(ts)
        if t.weekday() >= 5 or not (8 <= t.hour <= 18) or not (START <= t.date() <= END):
            bad("%s: timestamp %s outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % (rid, ts))
        for title, s, e in meetings:
            if s <= t <= e:
                bad("%s: posted during %s" % (rid, title))
        last_post = t if last_post is None or t > last_post else last_post

        # labels
        exp = r["expect"]
        rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            bad("%s: expect.rules/allowed must be lists" % rid)
            continue
        for x in rules + allowed:
            if x not in sev:
                bad("%s: unknown rule %s" % (rid, x))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            bad("%s: a rule is repeated" % rid)
        if set(rules) & set(allowed):
            bad("%s: a rule is both expected and allowed" % rid)
        if verdict not in ORDER:
            bad("%s: verdict %s" % (rid, verdict))
            continue
        verdicts[verdict] += 1
        if allowed:
            allowed_rows += 1
        if (verdict == "ok") != (not rules):
            bad("%s: verdict %s does not fit rules %s" % (rid, verdict, rules))
        if rules and all(x in sev for x in rules):
            lo = max(min(ORDER[s] for s in sev[x]) for x in rules)
            hi = max(max(ORDER[s] for s in sev[x]) for x in rules)
            union = set().union(*(sev[x] for x in rules))
            if not (lo <= ORDER[verdict] <= hi) or verdict not in union:
                bad("%s: verdict %s does not fit the severities of %s" % (rid, verdict, rules))
        for x in rules:
            exp_n[x] += 1

        kind, fam = r["kind_of_row"], r["family"]
        if kind == "positive":
            if fam not in RULES12:
                bad("%s: positive family %s" % (rid, fam))
            elif fam not in rules:
                bad("%s: positive does not expect its family" % rid)
            pos_n[fam] += 1
        elif kind == "hard_negative":
            if rules or verdict != "ok":
                bad("%s: hard negative expects something" % rid)
            if r.get("near_miss_of") != fam or fam not in RULES12:
                bad("%s: hard negative needs near_miss_of equal to its family" % rid)
            hn_n[fam] += 1
        elif kind == "filler":
            fillers += 1
            if rules or allowed or verdict != "ok" or fam is not None:
                bad("%s: filler must expect and allow nothing, family null" % rid)
        else:
            bad("%s: kind_of_row %s" % (rid, kind))

        # confidential register
        named_terms = names_in(text, terms)
        if named_terms and not ("confidentiality.disclosure" in rules and verdict == "block"):
            bad("%s: names register term %s but does not expect disclosure/block" % (rid, named_terms))
        if kind == "positive" and fam == "confidentiality.disclosure":
            if bool(named_terms) != (verdict == "block"):
                bad("%s: disclosure positive must be block exactly when it names a register term" % rid)

        # pending matters
        hit = [p for p in pending if names_in(text, p["names"])]
        if "predetermination.closed-mind" in rules:
            if hit and verdict != "block":
                bad("%s: predetermination naming a pending matter must be block" % rid)
            if kind == "positive" and fam == "predetermination.closed-mind" and not hit and verdict != "review":
                bad("%s: predetermination positive naming no pending matter must be review" % rid)
            if kind == "positive" and fam == "predetermination.closed-mind":
                decide = {p["kind"] for p in hit}
                on = {c for c in ("planning", "licensing") if person in committees[c]}
                if decide and not decide <= on:
                    bad("%s: predetermination author %s is not on the deciding committee" % (rid, person))
                if not decide and not on:
                    bad("%s: predetermination author %s sits on no quasi-judicial committee" % (rid, person))
        if kind == "positive" and fam == "gifts.hospitality" and hit:
            for p in hit:
                if person in committees[p["kind"]]:
                    bad("%s: gift from a pending applicant posted by a member of %s" % (rid, p["kind"]))

        if "security.credentials" in rules and verdict != "block":
            bad("%s: security must be block" % rid)

        # declared interests
        if kind == "positive" and fam == "interests.declared-interest":
            it = r.get("interest")
            if it not in interests:
                bad("%s: interest %r not registered" % (rid, it))
            elif holders.get(it) != person:
                bad("%s: interest %r is not held by %s" % (rid, it, person))
        elif "interest" in r:
            bad("%s: only declared-interest positives carry interest" % rid)

        # own contact details, phones, emails, links
        for s in me_secret:
            if s.lower() in text.lower() and person != me_name:
                bad("%s: [self] contact detail in a post by %s" % (rid, person))
        for m in re.finditer(r"(?<![\w/.])(\+44[\d ]{9,14}\d|0\d[\d ]{8,13}\d)(?!\d)", text):
            digits = re.sub(r"\D", "", m.group(1))
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if not (10 <= len(digits) <= 11 and digits.startswith(DRAMA)):
                bad("%s: phone number %s not in an Ofcom drama range" % (rid, m.group(1)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com":
                bad("%s: email domain %s" % (rid, m.group(1)))
        stripped = re.sub(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", " ", text)
        for m in re.finditer(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co|info|biz|ly))\b", stripped):
            host = m.group(1).lower()
            if not re.search(r"(^|\.)example\.(com|net|org)$", host):
                bad("%s: link or domain %s not on example.com/.net/.org" % (rid, host))

    # registers after the posts
    if last_post is not None:
        for p in pending:
            if p["decision"] <= last_post.date():
                bad("pending %s decided before the last post" % p["ref"])

    # counts
    for x in RULES12:
        if not (MIN_POS <= pos_n[x] <= MAX_POS):
            bad("%s: %d positives (want %d-%d)" % (x, pos_n[x], MIN_POS, MAX_POS))
        if hn_n[x] < pos_n[x]:
            bad("%s: %d hard negatives, fewer than %d positives" % (x, hn_n[x], pos_n[x]))
    if fillers < MIN_FILL:
        bad("only %d fillers" % fillers)

    # no absolute paths in this folder's files
    roots = ["wo" + "rk", "ho" + "me", "tm" + "p", "Us" + "ers", "ro" + "ot", "mn" + "t"]
    abs_rx = re.compile(r"(?<![\w.~])/(?:%s)/" % "|".join(roots))
    for p in sorted(HERE.iterdir()):
        if p.is_file() and p.suffix in {".py", ".md", ".toml", ".csv", ".jsonl"}:
            if abs_rx.search(p.read_text(encoding="utf-8")) or re.search(r"[A-Z]:\\\\", p.read_text(encoding="utf-8")):
                bad("%s contains an absolute path" % p.name)

    if verbose:
        print("rules read from", rules_src)
        print("%-36s %9s %14s %9s" % ("rule", "positives", "hard negatives", "expected"))
        for x in RULES12:
            print("%-36s %9d %14d %9d" % (x, pos_n[x], hn_n[x], exp_n[x]))
        print("fillers", fillers, "| rows", len(rows), "| rows with allowed", allowed_rows)
        print("verdicts", dict(sorted(verdicts.items())))
        print("platforms", dict(sorted(platforms.items())))
        print("personal-account rows", sum(1 for r in rows if r.get("account") == "personal"))
    if problems:
        for p in problems:
            print(p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
