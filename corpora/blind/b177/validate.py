#!/usr/bin/env python3
"""Check blind evaluation set b177 and print OK (-v also prints the counts). Standard library only."""
import collections
import csv
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B177"
TWELVE = ["officers.impartiality", "resources.political-use", "position.improper-advantage",
          "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
          "predetermination.closed-mind", "interests.declared-interest",
          "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
          "tone.irony-risk"]
# Built-in copy of the severities in RULES.md, used when that file cannot be found.
BUILTIN = {
    "respect.personal-attack": "review block", "respect.abusive-language": "review block",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review block",
    "confidentiality.insider-advantage": "review", "data-protection.personal-data": "review block",
    "predetermination.closed-mind": "review block", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice review",
    "defamation.allegation": "review block", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    "association.endorsed-content": "advice review block",
    "harassment.repeated-target": "block", "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
LIMITS = {"x": 280, "bluesky": 300, "facebook": 63206}
WINDOW = (dt.date(2026, 9, 1), dt.date(2026, 11, 27))
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def severities():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            out = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|([^|]*)\|\s*$", line)
                if m:
                    out[m.group(1)] = " ".join(w for w in ("advice", "review", "block")
                                               if w in m.group(2)) or "advice review block"
            if out:
                return out
        up = os.path.dirname(d)
        if up == d:
            return dict(BUILTIN)
        d = up


def main():
    verbose = "-v" in sys.argv
    sev = severities()
    council = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
    handles = council["people"]["handles"]
    council_name = council["council"]["name"]
    official = {h for h, n in handles.items() if n == council_name}
    names = collections.Counter(handles.values())
    councillors = set(council["people"]["councillors"])
    personal = {"@keith_walls", "@esther_petals"}
    for h in personal:
        if h not in handles:
            err("personal handle missing from council.toml: " + h)
    regs = council["registers"]
    terms = regs["confidential_terms"]
    interests = regs["interests"]
    holders = regs["interest_holders"]
    me = council["self"]
    self_handles = {h for h, n in handles.items() if n == me["name"]}

    pending = list(csv.DictReader(open(os.path.join(HERE, "pending.csv"), newline="", encoding="utf-8")))
    matter_names = []
    for r in pending:
        ns = [r["reference"]]
        site = r["address"].split(",")[0].strip()
        site = re.sub(r"^Land (at|off) ", "", site)
        ns.append(site)
        m = re.search(r"applicant ([^,]+?)(,|$)", r["description"])
        if m:
            ns.append(m.group(1))
            ns.append(re.sub(r" Ltd$", "", m.group(1)))
        m = re.search(r"known as (.+)$", r["description"])
        if m:
            ns.append(m.group(1).strip())
        matter_names.append(ns)
    meetings = [(dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"]))
                for r in csv.DictReader(open(os.path.join(HERE, "meetings.csv"), newline="", encoding="utf-8"))]

    posts = []
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                posts.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
    ids = [p.get("id") for p in posts]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    for i, pid in enumerate(ids, 1):
        if pid != "%s-%04d" % (SET, i):
            err("id out of order or malformed: %r" % pid)

    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    last = None
    pos = collections.Counter()
    neg = collections.Counter()
    expecting = collections.Counter()
    fillers = 0
    for p in posts:
        pid = p.get("id")
        for k in required:
            if k not in p:
                err("%s: missing %s" % (pid, k))
        if any(k not in p for k in required):
            continue
        text, author, exp = p["text"], p["author"], p["expect"]
        rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list) or verdict not in RANK:
            err("%s: bad expect" % pid)
            continue
        # author and account
        if author not in handles or handles[author] not in councillors or author in official:
            err("%s: author %s is not a councillor handle" % (pid, author))
        want = "personal" if author in personal else "councillor"
        if p["account"] != want:
            err("%s: account should be %s" % (pid, want))
        if p["kind"] != "post":
            err("%s: kind" % pid)
        if p["platform"] not in LIMITS or len(text) > LIMITS[p["platform"]]:
            err("%s: platform or length" % pid)
        person = handles.get(author)
        for h, n in handles.items():
            if n == person and h.lower() in text.lower():
                err("%s: mentions its own author" % pid)
        # time
        t = dt.datetime.fromisoformat(p["created_at"])
        if not p["created_at"].endswith("+00:00"):
            err("%s: timestamp offset" % pid)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (WINDOW[0] <= t.date() <= WINDOW[1]):
            err("%s: timestamp outside weekdays 08:00-18:59 in the window" % pid)
        if any(s <= t <= e for s, e in meetings):
            err("%s: inside a meeting" % pid)
        last = t if last is None or t > last else last
        # rules
        for r in rules + allowed:
            if r not in sev:
                err("%s: unknown rule %s" % (pid, r))
        if len(set(rules + allowed)) != len(rules) + len(allowed):
            err("%s: rule repeated or both expected and allowed" % pid)
        if not rules:
            if verdict != "ok":
                err("%s: verdict should be ok" % pid)
        else:
            lo = max(min(RANK[s] for s in sev.get(r, "block").split()) for r in rules)
            hi = max(max(RANK[s] for s in sev.get(r, "block").split()) for r in rules)
            if not lo <= RANK[verdict] <= hi:
                err("%s: verdict %s does not fit %s" % (pid, verdict, rules))
        for r in rules:
            expecting[r] += 1
        kind, fam = p["kind_of_row"], p["family"]
        if kind == "positive":
            pos[fam] += 1
            if fam not in TWELVE or fam not in rules:
                err("%s: positive does not expect its family" % pid)
        elif kind == "hard_negative":
            neg[fam] += 1
            if rules or verdict != "ok" or p.get("near_miss_of") != fam or fam not in TWELVE:
                err("%s: bad hard negative" % pid)
        elif kind == "filler":
            fillers += 1
            if rules or allowed or verdict != "ok" or fam is not None:
                err("%s: bad filler" % pid)
        else:
            err("%s: kind_of_row" % pid)
        # registers
        named_term = any(term.lower() in text.lower() for term in terms)
        if named_term and not ("confidentiality.disclosure" in rules and verdict == "block"):
            err("%s: names a confidential term without disclosure block" % pid)
        if kind == "positive" and fam == "confidentiality.disclosure" and (verdict == "block") != named_term:
            err("%s: disclosure verdict vs register" % pid)
        if "predetermination.closed-mind" in rules:
            named = any(n.lower() in text.lower() for ns in matter_names for n in ns)
            if named and verdict != "block":
                err("%s: predetermination naming a pending matter should block" % pid)
            if kind == "positive" and fam == "predetermination.closed-mind" and not named and verdict != "review":
                err("%s: predetermination naming no pending matter should be review" % pid)
        if "security.credentials" in rules and verdict != "block":
            err("%s: security must block" % pid)
        if kind == "positive" and fam == "interests.declared-interest":
            i = p.get("interest")
            if i not in interests or holders.get(i) != person:
                err("%s: declared-interest positive needs its holder's interest" % pid)
        if (me["phone"] in text or me["email"].lower() in text.lower()) and author not in self_handles:
            err("%s: [self] contact details by another author" % pid)
        # contact details and links
        for m in re.finditer(r"(?<![\w/])0\d{2,4}[ ]?\d{3}[ ]?\d{3,4}\b", text):
            digits = m.group(0).replace(" ", "")
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                err("%s: phone number outside the drama ranges: %s" % (pid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if m.group(1).lower() != "example.com":
                err("%s: email not on example.com" % pid)
        for m in re.finditer(r"\b((?:[\w-]+\.)+(?:com|net|org|uk|io|co))\b", text, re.I):
            dom = m.group(1).lower()
            if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
                err("%s: domain not on example.com/.net/.org: %s" % (pid, dom))
    for r in pending:
        if last and dt.date.fromisoformat(r["decision_date"]) <= last.date():
            err("pending decision %s is not after the last post" % r["reference"])
    for r in TWELVE:
        if pos[r] < 15 or neg[r] < 15:
            err("too few rows for %s" % r)
    if fillers < 30:
        err("too few fillers")
    # folder hygiene
    absolute = re.compile(r"(?<![\w.])(/(home|work|tmp|Users|root|mnt|opt|srv)/|[A-Z]:\\\\)")
    for name in os.listdir(HERE):
        path = os.path.join(HERE, name)
        if name == "__pycache__":
            err("__pycache__ present")
        if os.path.isfile(path):
            if absolute.search(open(path, encoding="utf-8").read()):
                err("absolute path in " + name)
    if verbose:
        print("rule | positives | hard negatives | posts expecting")
        for r in TWELVE:
            print("%s | %d | %d | %d" % (r, pos[r], neg[r], expecting[r]))
        print("fillers %d, total %d" % (fillers, len(posts)))
        print("verdicts of positives:", dict(collections.Counter(p["expect"]["verdict"] for p in posts if p["kind_of_row"] == "positive")))
        print("rows with allowed:", sum(1 for p in posts if p["expect"]["allowed"]),
              "of them hard negatives:", sum(1 for p in posts if p["expect"]["allowed"] and p["kind_of_row"] == "hard_negative"))
        print("personal:", sum(1 for p in posts if p["account"] == "personal"))
        print("platforms:", dict(collections.Counter(p["platform"] for p in posts)))
    if ERRORS:
        for e in ERRORS[:50]:
            print("ERROR", e)
        print("%d errors" % len(ERRORS))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
