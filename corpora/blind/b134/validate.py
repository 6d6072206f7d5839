#!/usr/bin/env python3
"""Check blind evaluation set b134 and print OK (-v also prints the counts)."""
import collections
import csv
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "B134"
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
TWELVE = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]
MIN_POS, MIN_HN, MIN_FILLERS = 15, 15, 30
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
SEVERITY_ORDER = ["ok", "advice", "review", "block"]
# Built-in copy of RULES.md's rule ids and severities, used only when RULES.md is not found.
BUILTIN_RULES = {
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
# Personal (non-councillor-profile) handles in council.toml.
PERSONAL = {"@racefly_rob", "@sandsea_sandra_swims"}
# Committee membership and sex, as in council.toml's comments.
PLANNING = {"Derek Megginson", "Stuart Fewster", "Anita Rymer", "Dean Wray", "Paul Cappleman",
            "Ellie Tindall", "Barry Leng"}
LICENSING = {"Colin Stather", "Shazia Akhtar", "Lorraine Dunwell", "Rob Ottewell",
             "Sandra Featherstone", "Martin Bielby"}
MEN = {"Graham Escritt", "Derek Megginson", "Stuart Fewster", "Colin Stather", "Dean Wray",
       "Paul Cappleman", "Rob Ottewell", "Barry Leng", "Martin Bielby"}
DRAMA_PREFIXES = ["07700900", "01632960", "03069990", "08081570", "09098790", "02079460",
                  "01134960", "01144960", "01154960", "01164960", "01174960", "01184960",
                  "01214960", "01314960", "01414960", "01514960", "01614960", "01914980",
                  "02890180", "02920180"]
DIALECT = [r"\bnowt\b", r"\bowt\b", r"\bmardy\b", r"\bginnel\b", r"\bsnicket\b", r"\blove\b",
           r"\bour lass\b", r"\bour kid\b", r"\bnither", r"\breet\b", r"\bsummat\b",
           r"\bbreadcake", r"\bbairns\b", r"\bme mam\b", r"\bmafting\b", r"\bnesh\b",
           r"\bt'other\b", r"\bchampion\b", r"\bgrand\b", r"\bframe yourselves\b",
           r"\bbill's mother's\b", r"\btenfoot\b", r"\bgive over\b", r"\bbelter\b",
           r"\bdaft\b", r"\bsharpish\b", r"\bfolk\b"]
DRINK = r"\b(pints?|beer|wine|gin|whisky|champagne|prosecco|booze|free bar|drunk)\b"

errors = []


def err(msg):
    errors.append(msg)


def find_rules_md():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            return p
    return None


def load_rules():
    p = find_rules_md()
    if p is None:
        return BUILTIN_RULES, "built-in copy"
    rules = {}
    for line in p.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            continue
        sev = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
        rules[cells[0]] = sev or {"advice", "review", "block"}
    if not rules:
        return BUILTIN_RULES, "built-in copy"
    return rules, "RULES.md"


def verdict_fits(verdict, expected, sev):
    if not expected:
        return verdict == "ok"
    if verdict == "ok":
        return False
    v = SEVERITY_ORDER.index(verdict)
    floors = [min(SEVERITY_ORDER.index(s) for s in sev[r]) for r in expected]
    if max(floors) > v:
        return False
    return any(verdict in sev[r] for r in expected)


def main():
    verbose = "-v" in sys.argv
    rules, rules_src = load_rules()
    for r in TWELVE:
        if r not in rules:
            err("rule %s not in %s" % (r, rules_src))
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    people = council["people"]
    councillors = set(people["councillors"])
    handles = people["handles"]
    council_name = council["council"]["name"]
    self_ = council["self"]
    reg = council["registers"]
    terms = reg["confidential_terms"]
    interests = set(reg["interests"])
    holders = reg["interest_holders"]
    for h in PERSONAL:
        if handles.get(h) not in councillors:
            err("personal handle %s not a councillor in council.toml" % h)
    for n in PLANNING | LICENSING | MEN:
        if n not in councillors:
            err("validator roster name %s not in council.toml" % n)
    for i, h in holders.items():
        if i not in interests or h not in councillors:
            err("interest holder entry %s = %s" % (i, h))

    # registers
    pending = list(csv.DictReader(open(HERE / reg["pending_matters"], encoding="utf-8")))
    matters = []
    for m in pending:
        keys = {m["reference"], m["address"].split(",")[0].strip()}
        a = re.search(r"applicant ([^)]+)", m["description"])
        if a:
            keys.add(a.group(1).strip())
            keys.add(re.sub(r"\s+Ltd$", "", a.group(1).strip()))
        k = re.search(r"known as ([^(]+?)\s*\(", m["description"])
        if k:
            keys.add(k.group(1).strip())
        committee = LICENSING if m["reference"].startswith("LIC") else PLANNING
        applicant = re.sub(r"\s+Ltd$", "", a.group(1).strip()) if a else None
        matters.append((m, keys, committee, applicant))
    meetings = []
    for m in csv.DictReader(open(HERE / reg["meetings"], encoding="utf-8")):
        meetings.append((dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])))

    def names_matter(text):
        low = text.lower()
        return [mm for mm in matters if any(k.lower() in low for k in mm[1])]

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d does not parse: %s" % (n, e))
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for i, rid in enumerate(ids, 1):
        if rid != "%s-%04d" % (PREFIX, i):
            err("id %r at line %d" % (rid, i))

    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    last_post = None
    pos = collections.Counter()
    hn = collections.Counter()
    expecting = collections.Counter()
    fillers = 0
    dialect = collections.Counter()
    for r in rows:
        rid = r.get("id")
        for f in required:
            if f not in r:
                err("%s missing %s" % (rid, f))
        if any(f not in r for f in required):
            continue
        text, author = r["text"], r["author"]
        exp = r["expect"]
        erules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(erules, list) or not isinstance(allowed, list):
            err("%s expect.rules/allowed not lists" % rid)
            continue
        # author and account
        if author not in handles:
            err("%s author %s not in council.toml handles" % (rid, author))
            continue
        person = handles[author]
        if person == council_name or person not in councillors:
            err("%s author %s is not a councillor" % (rid, author))
        if (r["account"] == "personal") != (author in PERSONAL):
            err("%s account %s for %s" % (rid, r["account"], author))
        if r["account"] not in ("personal", "councillor"):
            err("%s account %s" % (rid, r["account"]))
        own = [h for h, p in handles.items() if p == person]
        if any(re.search(re.escape(h) + r"\b", text) for h in own):
            err("%s mentions its own author" % rid)
        first, last = person.split()[0], person.split()[-1]
        if re.search(r"\b(%s|%s)\b" % (first, last), text):
            err("%s names its own author %s" % (rid, person))
        if re.search(r"\bour lass\b|\bmy wife\b", text) and person not in MEN:
            err("%s speaks of a wife but author is %s" % (rid, person))
        if re.search(r"\bmy husband\b", text) and person in MEN:
            err("%s speaks of a husband but author is %s" % (rid, person))
        # kind, platform
        if r["kind"] != "post":
            err("%s kind %s" % (rid, r["kind"]))
        if r["platform"] not in LIMITS:
            err("%s platform %s" % (rid, r["platform"]))
        elif len(text) > LIMITS[r["platform"]]:
            err("%s too long for %s" % (rid, r["platform"]))
        # time
        ts_s = r["created_at"]
        if not ts_s.endswith("+00:00"):
            err("%s timestamp offset %s" % (rid, ts_s))
        ts = dt.datetime.fromisoformat(ts_s)
        if ts.weekday() > 4 or not (8 <= ts.hour <= 18) or not (START <= ts.date() <= END):
            err("%s timestamp outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026: %s" % (rid, ts_s))
        if any(s <= ts < e for s, e in meetings):
            err("%s inside a meeting" % rid)
        last_post = ts if last_post is None or ts > last_post else last_post
        # rules and verdict
        for x in erules + allowed:
            if x not in rules:
                err("%s unknown rule %s" % (rid, x))
        if len(set(erules)) != len(erules) or len(set(allowed)) != len(allowed):
            err("%s repeats a rule" % rid)
        if set(erules) & set(allowed):
            err("%s has a rule both expected and allowed" % rid)
        if verdict not in SEVERITY_ORDER:
            err("%s verdict %s" % (rid, verdict))
        elif all(x in rules for x in erules) and not verdict_fits(verdict, erules, rules):
            err("%s verdict %s does not fit %s" % (rid, verdict, erules))
        for x in erules:
            expecting[x] += 1
        kor, fam = r["kind_of_row"], r["family"]
        if kor == "positive":
            pos[fam] += 1
            if fam not in TWELVE or fam not in erules:
                err("%s positive does not expect its family %s" % (rid, fam))
        elif kor == "hard_negative":
            hn[fam] += 1
            if erules or verdict != "ok":
                err("%s hard negative expects something" % rid)
            if r.get("near_miss_of") != fam or fam not in TWELVE:
                err("%s near_miss_of %s vs family %s" % (rid, r.get("near_miss_of"), fam))
        elif kor == "filler":
            fillers += 1
            if fam is not None or erules or allowed or verdict != "ok":
                err("%s filler carries a family, rule or allowance" % rid)
        else:
            err("%s kind_of_row %s" % (rid, kor))
        if any(re.search(d, text, re.I) for d in DIALECT):
            dialect[kor] += 1
        # confidential register
        named_terms = [t for t in terms if t.lower() in text.lower()]
        if named_terms and not ("confidentiality.disclosure" in erules and verdict == "block"):
            err("%s names register term %s without disclosure/block" % (rid, named_terms))
        if kor == "positive" and fam == "confidentiality.disclosure":
            if (verdict == "block") != bool(named_terms):
                err("%s disclosure verdict %s vs register term %s" % (rid, verdict, named_terms))
        # pending matters
        named = names_matter(text)
        if "predetermination.closed-mind" in erules:
            if named and verdict != "block":
                err("%s predetermination names a pending matter but is %s" % (rid, verdict))
            if kor == "positive" and fam == "predetermination.closed-mind":
                if not named and verdict != "review":
                    err("%s predetermination names no pending matter but is %s" % (rid, verdict))
                for m, _k, committee, _a in named:
                    if person not in committee:
                        err("%s predetermination author %s not on the committee for %s"
                            % (rid, person, m["reference"]))
                if not named and person not in PLANNING | LICENSING:
                    err("%s predetermination author %s on no regulatory committee" % (rid, person))
        if kor == "positive" and fam == "gifts.hospitality":
            for m, _k, committee, applicant in named:
                if applicant and applicant.lower() in text.lower():
                    if person in committee:
                        err("%s gift from applicant %s but author on the deciding committee"
                            % (rid, applicant))
                    if verdict != "review":
                        err("%s gift from pending applicant %s is not review" % (rid, applicant))
        if "security.credentials" in erules and verdict != "block":
            err("%s security not block" % rid)
        # declared interests
        if kor == "positive" and fam == "interests.declared-interest":
            it = r.get("interest")
            if it not in interests:
                err("%s interest %r not on the register" % (rid, it))
            elif holders.get(it) != person:
                err("%s interest %s held by %s, not author %s" % (rid, it, holders.get(it), person))
        # [self] contact details
        if (self_["phone"] in text or self_["email"] in text) and person != self_["name"]:
            err("%s has [self]'s contact details but is by %s" % (rid, person))
        # phones, emails, links
        for ph in re.findall(r"(?<!\d)0\d(?:[ -]?\d){8,9}(?!\d)", text):
            digits = re.sub(r"\D", "", ph)
            if not any(digits.startswith(p) for p in DRAMA_PREFIXES):
                err("%s phone number outside Ofcom drama ranges: %s" % (rid, ph))
        for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            if not em.lower().endswith("@example.com"):
                err("%s email not on example.com: %s" % (rid, em))
        for dom in re.findall(r"\b(?:[\w-]+\.)+(?:com|net|org|uk|io|co|info|biz)\b", text, re.I):
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom.lower()):
                err("%s domain not on example.com/.net/.org: %s" % (rid, dom))
        # drink
        if re.search(DRINK, text, re.I) and "haste.pause-before-posting" not in erules + allowed:
            err("%s mentions drink but does not allow haste" % rid)

    # pending decisions after the last post
    for m, *_ in matters:
        if last_post and dt.date.fromisoformat(m["decision_date"]) <= last_post.date():
            err("pending %s decided before the last post" % m["reference"])
    # counts
    for r in TWELVE:
        if pos[r] < MIN_POS:
            err("%s has %d positives (< %d)" % (r, pos[r], MIN_POS))
        if hn[r] < MIN_HN:
            err("%s has %d hard negatives (< %d)" % (r, hn[r], MIN_HN))
    if fillers < MIN_FILLERS:
        err("%d fillers (< %d)" % (fillers, MIN_FILLERS))
    if sum(hn.values()) < sum(pos.values()):
        err("fewer hard negatives than positives")
    if dialect["positive"] < 45 or dialect["hard_negative"] < 45:
        err("dialect not on both sides: %s" % dict(dialect))
    # no absolute paths in the folder's files
    abs_rx = re.compile(r"(?<![\w.~])/(?:work|home|tmp|root|mnt|Users|var|opt)/|\b[A-Z]:\\\\")
    for p in sorted(HERE.iterdir()):
        if p.is_file() and p.suffix in (".py", ".md", ".toml", ".csv", ".jsonl"):
            if abs_rx.search(p.read_text(encoding="utf-8")):
                err("absolute path in %s" % p.name)

    if verbose:
        print("rules read from", rules_src)
        print("%-36s %9s %9s %9s" % ("rule", "positives", "hard_neg", "expecting"))
        for r in TWELVE:
            print("%-36s %9d %9d %9d" % (r, pos[r], hn[r], expecting[r]))
        print("fillers", fillers, "rows", len(rows))
        verdicts = collections.Counter(r["expect"]["verdict"] for r in rows if r["kind_of_row"] == "positive")
        print("positive verdicts", dict(verdicts))
        print("rows with allowed", sum(1 for r in rows if r["expect"]["allowed"]),
              "of them hard negatives",
              sum(1 for r in rows if r["expect"]["allowed"] and r["kind_of_row"] == "hard_negative"))
        print("platforms", dict(collections.Counter(r["platform"] for r in rows)))
        print("personal", sum(1 for r in rows if r["account"] == "personal"))
        print("dialect rows", dict(dialect))
        print("multi-rule positives", [r["id"] for r in rows if len(r["expect"]["rules"]) > 1])
    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
