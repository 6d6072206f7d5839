"""Check blind evaluation set b112 and print OK (``-v`` also prints the counts)."""
import collections
import csv
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B112"
MIN_PER_RULE = 18
MIN_FILLERS = 30
FIRST_DAY = datetime.date(2026, 1, 5)
LAST_DAY = datetime.date(2026, 3, 27)
PERSONAL = {"@nate_crabpots", "@hester_ewes"}   # the two personal handles in council.toml
COUNCIL_ACCOUNT = "@KimberwellDC"
PLATFORM_MAX = {"x": 280, "bluesky": 300, "facebook": 63206}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

FAMILIES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest", "data-protection.personal-data",
    "security.credentials", "confidentiality.disclosure", "tone.irony-risk",
]

# Used only when shared/design/RULES.md cannot be found above this folder.
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

DRAMA_PREFIXES = ("07700900", "01632960", "02079460", "01134960", "01144960", "01154960", "01164960",
                  "01174960", "01184960", "01214960", "01314960", "01414960", "01514960", "01614960",
                  "02890180", "02920180", "01914980")

ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- loading
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
    if path is None:
        return BUILTIN_SEVERITIES, "built-in copy"
    sev = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not cells or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            words = set(re.findall(r"\b(advice|review|block)\b", cells[-1]))
            sev[cells[0]] = words or {"advice", "review", "block"}
    if not sev:
        return BUILTIN_SEVERITIES, "built-in copy"
    return sev, "RULES.md"


def _strip_comment(line):
    out, q = [], False
    for ch in line:
        if ch == '"':
            q = not q
        if ch == "#" and not q:
            break
        out.append(ch)
    return "".join(out).strip()


def _mini_toml(text):
    """A small reader for the subset of TOML that council.toml uses."""
    data, table, buf = {}, None, ""
    for raw in text.splitlines():
        line = _strip_comment(raw)
        if not line and not buf:
            continue
        if buf:
            buf += " " + line
            if buf.count("[") > buf.count("]"):
                continue
            line, buf = buf, ""
        m = re.fullmatch(r"\[([^\]]+)\]", line)
        if m:
            table = data
            for part in m.group(1).split("."):
                table = table.setdefault(part.strip(), {})
            continue
        key, _, val = line.partition("=")
        key, val = key.strip().strip('"'), val.strip()
        if val.startswith("[") and val.count("[") > val.count("]"):
            buf = line
            continue
        if val.startswith("["):
            table[key] = re.findall(r'"((?:[^"\\]|\\.)*)"', val)
        else:
            table[key] = val.strip('"')
    return data


def load_council():
    path = os.path.join(HERE, "council.toml")
    try:
        import tomllib
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except ImportError:
        with open(path, encoding="utf-8") as fh:
            return _mini_toml(fh.read())


def load_pending(council):
    rows = []
    with open(os.path.join(HERE, council["registers"]["pending_matters"]), encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            rows.append(r)
    return rows


def pending_keys(row):
    keys = {row["reference"]}
    parts = [p.strip() for p in row["address"].split(",")]
    site = ", ".join(parts[:2]) if parts[0].startswith("Unit ") else parts[0]
    keys.add(site)
    if site.startswith("The ") and len(site.split()) > 2:
        keys.add(site[4:])
    m = re.search(r"applicant (.+)$", row["description"])
    if m:
        keys.add(m.group(1))
        keys.add(re.sub(r"\s+Ltd$", "", m.group(1)))
    m = re.search(r"known as ([^;]+)", row["description"])
    if m:
        name = m.group(1).strip()
        keys.add(name)
        if name.startswith("The "):
            keys.add(name[4:])
    return {k.lower() for k in keys}


def load_meetings(council):
    out = []
    with open(os.path.join(HERE, council["registers"]["meetings"]), encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out.append((r["title"], datetime.datetime.fromisoformat(r["start"]),
                        datetime.datetime.fromisoformat(r["end"])))
    return out


# ---------------------------------------------------------------- checks
def verdict_fits(verdict, rules, sev):
    if not rules:
        return verdict == "ok"
    lo = max(min(RANK[s] for s in sev[r]) for r in rules)
    hi = max(max(RANK[s] for s in sev[r]) for r in rules)
    union = set().union(*(sev[r] for r in rules))
    return verdict in union and lo <= RANK[verdict] <= hi


def check_text_hygiene(pid, text):
    for m in re.finditer(r"(?<![\w+])0[\d ]{9,13}\d", text):
        digits = m.group(0).replace(" ", "")
        if len(digits) in (10, 11) and not digits.startswith(DRAMA_PREFIXES):
            err("%s: phone number outside the Ofcom drama ranges: %s" % (pid, m.group(0)))
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if m.group(1).lower() != "example.com":
            err("%s: email not on example.com: %s" % (pid, m.group(0)))
    for m in re.finditer(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|ly|co|info|biz|gov))\b", text):
        dom = m.group(1).lower()
        if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
            err("%s: link or domain not on example.com/.net/.org: %s" % (pid, dom))


def check_no_absolute_paths():
    pat = re.compile(r"(?<![\w.])/(?:home|work|tmp|usr|root|mnt|Users|var|opt|srv)/|\b[A-Za-z]:\\\\")
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if not os.path.isfile(path) or name.startswith("."):
            continue
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except UnicodeDecodeError:
            continue
        for i, line in enumerate(text.splitlines(), 1):
            if pat.search(line):
                err("%s:%d: absolute path" % (name, i))


def main():
    verbose = "-v" in sys.argv[1:]
    sev, sev_source = load_severities()
    council = load_council()
    people = council["people"]
    handles = people["handles"]
    regs = council["registers"]
    interests = set(regs.get("interests", []))
    holders = regs.get("interest_holders", {})
    terms = [t.lower() for t in regs.get("confidential_terms", [])]
    me = council.get("self", {})
    pending = load_pending(council)
    pkeys = [pending_keys(r) for r in pending]
    meetings = load_meetings(council)

    for fam in FAMILIES:
        if fam not in sev:
            err("family %s is not in the rule tables" % fam)
    for h in PERSONAL:
        if h not in handles:
            err("personal handle %s is not in council.toml" % h)
    for i, h in holders.items():
        if i not in interests:
            err("interest holder for unknown interest %s" % i)
        if h not in people["councillors"]:
            err("interest holder %s is not a councillor" % h)

    rows, seen = [], set()
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
                "kind_of_row", "near_miss_of", "interest", "note"]
    last_post = None
    for n, p in enumerate(rows, 1):
        pid = p.get("id", "line %d" % n)
        missing = [f for f in required if f not in p]
        if missing:
            err("%s: missing fields %s" % (pid, missing))
            continue
        if p["id"] != "%s-%04d" % (SET, n):
            err("%s: id out of sequence (expected %s-%04d)" % (pid, SET, n))
        if p["id"] in seen:
            err("%s: duplicate id" % pid)
        seen.add(p["id"])
        text = p["text"]
        if not isinstance(text, str) or not text.strip():
            err("%s: empty text" % pid)
            continue
        # author and account
        a = p["author"]
        if a not in handles or a == COUNCIL_ACCOUNT:
            err("%s: author %s is not a councillor handle" % (pid, a))
            continue
        if (p["account"] == "personal") != (a in PERSONAL) or p["account"] not in ("personal", "councillor"):
            err("%s: account %s does not fit author %s" % (pid, p["account"], a))
        person = handles[a]
        for h, who in handles.items():
            if who == person and re.search(re.escape(h) + r"\b", text):
                err("%s: post @mentions its own author" % pid)
        if p["kind"] != "post":
            err("%s: kind must be post" % pid)
        if p["platform"] not in PLATFORM_MAX:
            err("%s: platform %s" % (pid, p["platform"]))
        elif len(text) > PLATFORM_MAX[p["platform"]]:
            err("%s: %d characters is too long for %s" % (pid, len(text), p["platform"]))
        # time
        ts = p["created_at"]
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", ts or ""):
            err("%s: timestamp %r" % (pid, ts))
        else:
            t = datetime.datetime.fromisoformat(ts)
            if t.weekday() > 4 or not 8 <= t.hour <= 18 or not FIRST_DAY <= t.date() <= LAST_DAY:
                err("%s: timestamp %s outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026" % (pid, ts))
            for title, s, e in meetings:
                if s <= t < e:
                    err("%s: posted during %s" % (pid, title))
            last_post = t if last_post is None or t > last_post else last_post
        # labels
        exp = p["expect"]
        rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list) or verdict not in RANK:
            err("%s: malformed expect" % pid)
            continue
        for r in rules + allowed:
            if r not in sev:
                err("%s: rule %s is not in RULES.md's tables" % (pid, r))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed) or set(rules) & set(allowed):
            err("%s: a rule is repeated or both expected and allowed" % pid)
        if all(r in sev for r in rules) and not verdict_fits(verdict, rules, sev):
            err("%s: verdict %s does not fit %s" % (pid, verdict, rules))
        kind, fam = p["kind_of_row"], p["family"]
        if kind == "positive":
            if fam not in FAMILIES or fam not in rules:
                err("%s: positive does not expect its family %s" % (pid, fam))
            if p["near_miss_of"] is not None:
                err("%s: positive with near_miss_of" % pid)
        elif kind == "hard_negative":
            if rules or verdict != "ok":
                err("%s: hard negative expects something" % pid)
            if p["near_miss_of"] not in FAMILIES or p["near_miss_of"] != fam:
                err("%s: hard negative without a proper near_miss_of" % pid)
        elif kind == "filler":
            if rules or allowed or verdict != "ok" or fam is not None or p["near_miss_of"] is not None:
                err("%s: filler must expect and allow nothing" % pid)
        else:
            err("%s: kind_of_row %r" % (pid, kind))
        if p["interest"] is not None and not (kind == "positive" and fam == "interests.declared-interest"):
            err("%s: interest set on a row that is not a declared-interest positive" % pid)
        low = text.lower()
        # confidential register
        names_term = any(t in low for t in terms)
        if names_term and ("confidentiality.disclosure" not in rules or verdict != "block"):
            err("%s: names a confidential register term but does not expect disclosure (block)" % pid)
        if kind == "positive" and fam == "confidentiality.disclosure":
            if (verdict == "block") != names_term:
                err("%s: disclosure positive is block exactly when it names a register term" % pid)
        # pending register
        names_pending = any(k in low for ks in pkeys for k in ks)
        if "predetermination.closed-mind" in rules:
            if names_pending and verdict != "block":
                err("%s: predetermination naming a pending matter must be block" % pid)
            if kind == "positive" and fam == "predetermination.closed-mind" and not names_pending \
                    and verdict != "review":
                err("%s: predetermination positive naming no pending matter must be review" % pid)
        if "security.credentials" in rules and verdict != "block":
            err("%s: security.credentials is always block" % pid)
        if kind == "positive" and fam == "interests.declared-interest":
            i = p["interest"]
            if i not in interests:
                err("%s: declared-interest positive without a registered interest" % pid)
            elif holders.get(i) != person:
                err("%s: declared-interest positive not written by the holder of %s" % (pid, i))
        # [self]
        for key in ("email", "phone"):
            v = me.get(key)
            if v and v.lower() in low and person != me.get("name"):
                err("%s: [self] %s in a post by someone else" % (pid, key))
        check_text_hygiene(pid, text)

    if last_post is not None:
        for r in pending:
            if datetime.date.fromisoformat(r["decision_date"]) <= last_post.date():
                err("pending %s decided before the last post" % r["reference"])

    pos = collections.Counter(p["family"] for p in rows if p.get("kind_of_row") == "positive")
    hn = collections.Counter(p["near_miss_of"] for p in rows if p.get("kind_of_row") == "hard_negative")
    exp_count = collections.Counter(r for p in rows for r in p.get("expect", {}).get("rules", []))
    fillers = sum(1 for p in rows if p.get("kind_of_row") == "filler")
    for fam in FAMILIES:
        if pos[fam] < MIN_PER_RULE:
            err("%s: %d positives (need %d)" % (fam, pos[fam], MIN_PER_RULE))
        if hn[fam] < MIN_PER_RULE:
            err("%s: %d hard negatives (need %d)" % (fam, hn[fam], MIN_PER_RULE))
    if sum(hn.values()) < sum(pos.values()):
        err("fewer hard negatives than positives")
    if fillers < MIN_FILLERS:
        err("%d fillers (need %d)" % (fillers, MIN_FILLERS))
    check_no_absolute_paths()

    if verbose:
        print("severities from %s" % sev_source)
        print("%-36s %5s %5s %7s" % ("rule", "pos", "hn", "expect"))
        for fam in FAMILIES:
            print("%-36s %5d %5d %7d" % (fam, pos[fam], hn[fam], exp_count[fam]))
        print("fillers %d, total %d" % (fillers, len(rows)))
        vc = collections.Counter((p["family"], p["expect"]["verdict"]) for p in rows
                                 if p["kind_of_row"] == "positive")
        print("positive verdicts:", dict(collections.Counter(p["expect"]["verdict"] for p in rows
                                                              if p["kind_of_row"] == "positive")))
        for (f, v), c in sorted(vc.items()):
            print("   %-36s %-7s %d" % (f, v, c))
        print("rows with allowed:", sum(1 for p in rows if p["expect"]["allowed"]),
              "of which hard negatives:",
              sum(1 for p in rows if p["expect"]["allowed"] and p["kind_of_row"] == "hard_negative"))
        print("multi-rule positives:", sum(1 for p in rows if len(p["expect"]["rules"]) > 1))
        print("personal accounts:", sum(1 for p in rows if p["account"] == "personal"))
        print("platforms:", dict(collections.Counter(p["platform"] for p in rows)))
        print("authors:", dict(sorted(collections.Counter(p["author"] for p in rows).items())))
    if ERRORS:
        for e in ERRORS:
            print("ERROR", e)
        print("%d errors" % len(ERRORS))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
