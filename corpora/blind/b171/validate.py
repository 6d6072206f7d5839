#!/usr/bin/env python3
"""Check blind set b171 and print OK (with -v, also the counts). Standard library only."""
import collections
import csv
import datetime as dt
import json
import os
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B171"
TWELVE = [
    "capacity.council-voice", "confidentiality.insider-advantage", "confidentiality.disclosure",
    "data-protection.personal-data", "gifts.hospitality", "interests.declared-interest",
    "officers.impartiality", "position.improper-advantage", "predetermination.closed-mind",
    "resources.political-use", "security.credentials", "tone.irony-risk",
]
# Built-in copy of the severities in shared/design/RULES.md, used when that file is not found.
BUILTIN_SEV = {
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
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
LIMIT = {"x": 280, "bluesky": 300, "facebook": 63206}
PERSONAL = {"@bufton_bees", "@trev_on_the_wye"}
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
          "kind_of_row", "near_miss_of", "interest", "note"]
WINDOW = (dt.date(2026, 1, 5), dt.date(2026, 3, 27))
PHONE_RANGES = ("07700900", "01632960", "02079460", "01134960", "01144960", "01154960",
                "01164960", "01174960", "01184960", "01214960", "01314960", "01414960",
                "01514960", "01614960", "01914980")

errors = []


def err(msg):
    errors.append(msg)


def find_rules_md():
    d = HERE
    for _ in range(12):
        cand = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            break
        d = parent
    return None


def load_severities():
    path = find_rules_md()
    if not path:
        return BUILTIN_SEV, "built-in copy"
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
        return BUILTIN_SEV, "built-in copy"
    return sev, "RULES.md"


def load_toml(path):
    try:
        import tomllib
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except ImportError:
        pass
    # Minimal fallback for the subset of TOML this file uses.
    data, table = {}, None
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"#[^\n\"]*$", "", text, flags=re.M)
    for m in re.finditer(r"^\[([^\]]+)\]\s*$|^(\"[^\"]+\"|[\w.-]+)\s*=\s*(\[[^\]]*\]|\"[^\"]*\")",
                         text, flags=re.M | re.S):
        if m.group(1):
            table = data
            for part in m.group(1).split("."):
                table = table.setdefault(part, {})
            continue
        key = m.group(2).strip('"')
        val = m.group(3)
        if val.startswith("["):
            val = re.findall(r"\"([^\"]*)\"", val)
        else:
            val = val.strip('"')
        table[key] = val
    return data


def main():
    verbose = "-v" in sys.argv[1:]
    sev, sev_src = load_severities()
    cfg = load_toml(os.path.join(HERE, "council.toml"))
    handles = cfg["people"]["handles"]
    council_name = cfg["council"]["name"]
    me = cfg["self"]
    regs = cfg["registers"]
    terms = regs["confidential_terms"]
    interests = set(regs["interests"])
    holders = regs["interest_holders"]
    for h in PERSONAL:
        if h not in handles:
            err("personal handle %s not in council.toml" % h)

    with open(os.path.join(HERE, regs["meetings"]), newline="", encoding="utf-8") as fh:
        meetings = [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]),
                     r["title"]) for r in csv.DictReader(fh)]
    with open(os.path.join(HERE, regs["pending_matters"]), newline="", encoding="utf-8") as fh:
        pending = list(csv.DictReader(fh))
    pend_keys = []
    applicants = []
    for r in pending:
        keys = [r["reference"], r["address"].split(",")[0].strip()]
        m = re.search(r"applicant (.+?)(?:,|$)", r["description"])
        if m:
            app = m.group(1).strip()
            keys.append(app)
            short = re.sub(r"\s+Ltd\.?$", "", app)
            keys.append(short)
            applicants += [app, short]
        m = re.search(r"known as (.+?)(?:,|$)", r["description"])
        if m:
            keys.append(m.group(1).strip())
        pend_keys.append([k.lower() for k in keys if k])

    def names_pending(text):
        low = text.lower()
        return any(k in low for keys in pend_keys for k in keys)

    def names_term(text):
        low = text.lower()
        return any(t.lower() in low for t in terms)

    posts = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                posts.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
    ids, texts = set(), set()
    last = None
    pos = collections.Counter()
    neg = collections.Counter()
    expecting = collections.Counter()
    fillers = 0
    verdicts = collections.Counter()
    for i, p in enumerate(posts, 1):
        pid = p.get("id", "?")
        for f in FIELDS:
            if f not in p:
                err("%s: missing field %s" % (pid, f))
        if set(p) - set(FIELDS):
            err("%s: unknown fields %s" % (pid, sorted(set(p) - set(FIELDS))))
        if pid != "%s-%04d" % (SET, i):
            err("%s: id out of order (expected %s-%04d)" % (pid, SET, i))
        if pid in ids:
            err("%s: duplicate id" % pid)
        ids.add(pid)
        text = p.get("text") or ""
        if not text.strip():
            err("%s: empty text" % pid)
        if text in texts:
            err("%s: duplicate text" % pid)
        texts.add(text)
        author = p.get("author")
        if author not in handles:
            err("%s: author %s not in council.toml handles" % (pid, author))
        elif handles[author] == council_name:
            err("%s: author is the council account" % pid)
        want_acct = "personal" if author in PERSONAL else "councillor"
        if p.get("account") != want_acct:
            err("%s: account should be %s" % (pid, want_acct))
        if p.get("kind") != "post":
            err("%s: kind should be post" % pid)
        plat = p.get("platform")
        if plat not in LIMIT:
            err("%s: platform %s" % (pid, plat))
        elif len(text) > LIMIT[plat]:
            err("%s: %d characters is too long for %s" % (pid, len(text), plat))
        for m in re.findall(r"(?<![\w.])@\w+", text):
            if m.lower() == str(author).lower() or (m in handles and author in handles
                                                      and handles[m] == handles[author]):
                err("%s: post mentions its own author %s" % (pid, m))
        # time
        try:
            t = dt.datetime.fromisoformat(p["created_at"])
        except (KeyError, ValueError, TypeError):
            err("%s: bad created_at" % pid)
            t = None
        if t is not None:
            if not p["created_at"].endswith("+00:00"):
                err("%s: created_at must be +00:00" % pid)
            if t.weekday() > 4 or not (8 <= t.hour <= 18):
                err("%s: created_at outside weekdays 08:00-18:59" % pid)
            if not (WINDOW[0] <= t.date() <= WINDOW[1]):
                err("%s: created_at outside the window" % pid)
            for s, e, title in meetings:
                if s <= t <= e:
                    err("%s: created_at inside the meeting %s" % (pid, title))
            last = t if last is None or t > last else last
        # expectations
        exp = p.get("expect") or {}
        rules = exp.get("rules", [])
        allowed = exp.get("allowed", [])
        verdict = exp.get("verdict")
        for r in rules + allowed:
            if r not in sev:
                err("%s: unknown rule %s" % (pid, r))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s: a rule is repeated" % pid)
        if set(rules) & set(allowed):
            err("%s: a rule is both expected and allowed" % pid)
        if verdict not in RANK:
            err("%s: verdict %s" % (pid, verdict))
        if not rules:
            if verdict != "ok":
                err("%s: nothing expected but verdict %s" % (pid, verdict))
        else:
            sets = [sev.get(r, set(RANK) - {"ok"}) for r in rules]
            lo = max(min(RANK[x] for x in s) for s in sets)
            hi = max(max(RANK[x] for x in s) for s in sets)
            if verdict == "ok" or not (lo <= RANK[verdict] <= hi) or not any(verdict in s for s in sets):
                err("%s: verdict %s does not fit %s" % (pid, verdict, rules))
        for r in rules:
            expecting[r] += 1
        verdicts[(p.get("kind_of_row"), verdict)] += 1
        kind = p.get("kind_of_row")
        fam = p.get("family")
        if kind == "positive":
            if fam not in TWELVE:
                err("%s: positive family %s" % (pid, fam))
            elif fam not in rules:
                err("%s: positive does not expect its family" % pid)
            if p.get("near_miss_of") is not None:
                err("%s: positive with near_miss_of" % pid)
            pos[fam] += 1
        elif kind == "hard_negative":
            if rules or verdict != "ok":
                err("%s: hard negative expects something" % pid)
            if fam not in TWELVE or p.get("near_miss_of") != fam:
                err("%s: hard negative needs near_miss_of equal to its family" % pid)
            neg[fam] += 1
        elif kind == "filler":
            if rules or allowed or verdict != "ok" or fam is not None or p.get("near_miss_of"):
                err("%s: filler must expect and allow nothing, family null" % pid)
            fillers += 1
        else:
            err("%s: kind_of_row %s" % (pid, kind))
        if kind != "positive" or fam != "interests.declared-interest":
            if p.get("interest") is not None:
                err("%s: interest set outside declared-interest positives" % pid)
        # register checks
        if names_term(text):
            if "confidentiality.disclosure" not in rules or verdict != "block":
                err("%s: names a confidential term but does not expect disclosure/block" % pid)
        if kind == "positive" and fam == "confidentiality.disclosure":
            if (verdict == "block") != names_term(text):
                err("%s: disclosure positive is block exactly when it names a term" % pid)
        if "predetermination.closed-mind" in rules:
            if names_pending(text) and verdict != "block":
                err("%s: predetermination naming a pending matter must be block" % pid)
        if kind == "positive" and fam == "predetermination.closed-mind":
            if not names_pending(text) and verdict != "review":
                err("%s: predetermination positive naming no pending matter must be review" % pid)
        if kind == "positive" and fam == "gifts.hospitality":
            low = text.lower()
            if any(a.lower() in low for a in applicants) and verdict != "review":
                err("%s: gift from a pending applicant must be review" % pid)
        if "security.credentials" in rules and verdict != "block":
            err("%s: security must be block" % pid)
        if kind == "positive" and fam == "interests.declared-interest":
            it = p.get("interest")
            if it not in interests:
                err("%s: interest %s not on the register" % (pid, it))
            elif handles.get(author) != holders.get(it):
                err("%s: declared-interest positive not written by the holder of %s" % (pid, it))
        # self's contact details only from self
        if (me["phone"] in text or me["email"].lower() in text.lower()) and handles.get(author) != me["name"]:
            err("%s: [self] contact details in a post by someone else" % pid)
        # fictional numbers, emails and links
        for m in re.finditer(r"(?<![\w])0\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}(?!\d)", text):
            digits = re.sub(r"\D", "", m.group(0))
            if not digits.startswith(PHONE_RANGES):
                err("%s: phone number %s outside the drama ranges" % (pid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if not re.search(r"(^|\.)example\.(com|net|org)$", m.group(1).lower()):
                err("%s: email domain %s" % (pid, m.group(1)))
        for m in re.finditer(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|net|org|uk|io|co|info|gov|ly))\b", text):
            if not re.search(r"(^|\.)example\.(com|net|org)$", m.group(1).lower()):
                err("%s: link or domain %s" % (pid, m.group(1)))
        if re.search(r"https?://(?!(?:[\w-]+\.)*example\.(?:com|net|org)\b)", text):
            err("%s: link not on example.com/.net/.org" % pid)

    for r in pending:
        if last is not None and dt.date.fromisoformat(r["decision_date"]) <= last.date():
            err("pending %s decided before the last post" % r["reference"])
    for r in TWELVE:
        if pos[r] < 15:
            err("only %d positives for %s" % (pos[r], r))
        if neg[r] < 15:
            err("only %d hard negatives for %s" % (neg[r], r))
    if fillers < 30:
        err("only %d fillers" % fillers)

    # the folder itself
    for name in os.listdir(HERE):
        if name == "__pycache__":
            err("__pycache__ in the folder")
        path = os.path.join(HERE, name)
        if os.path.isfile(path):
            body = open(path, encoding="utf-8", errors="replace").read()
            if re.search(r"(?<![\w.~])/(?:home|work|tmp|root|mnt|opt|srv|Users|var)/", body) or \
                    re.search(r"\b[A-Za-z]:\\\\", body):
                err("%s contains an absolute path" % name)

    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    if verbose:
        print("severities from %s" % sev_src)
        print("%-36s %5s %5s %5s" % ("rule", "pos", "neg", "exp"))
        for r in TWELVE:
            print("%-36s %5d %5d %5d" % (r, pos[r], neg[r], expecting[r]))
        print("fillers %d, total %d" % (fillers, len(posts)))
        print("positive verdicts:", dict(sorted((v, n) for (k, v), n in verdicts.items()
                                                if k == "positive")))
        print("allowed on rows: %d (hard negatives %d)" % (
            sum(1 for p in posts if p["expect"]["allowed"]),
            sum(1 for p in posts if p["expect"]["allowed"] and p["kind_of_row"] == "hard_negative")))
        print("platforms:", dict(collections.Counter(p["platform"] for p in posts)))
        print("personal accounts:", sum(1 for p in posts if p["account"] == "personal"))
    print("OK")


if __name__ == "__main__":
    main()
