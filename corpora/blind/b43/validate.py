#!/usr/bin/env python3
"""Checks blind set b43 and prints OK (or the list of problems)."""
import csv
import datetime as dt
import json
import os
import re
import sys
import tomllib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# Rule ids and severities, copied by hand from shared/design/RULES.md (both tables).
SEVERITIES = {
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
FAMILIES = [
    "officers.impartiality", "resources.political-use", "position.improper-advantage",
    "gifts.hospitality", "capacity.council-voice", "confidentiality.insider-advantage",
    "predetermination.closed-mind", "interests.declared-interest",
    "data-protection.personal-data", "security.credentials", "confidentiality.disclosure",
    "tone.irony-risk",
]
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
# Names by which each pending.csv matter can be recognised in a post (reference is added below).
PENDING_KEYS = {
    "WDC/25/1184/FUL": ["Penfold Cross Road", "Harrowden"],
    "WDC/25/1302/FUL": ["Quaystone Boatyard", "Marram"],
    "WDC/26/0041/FUL": ["Tor View Farm", "Westmoor"],
    "WDC/26/0077/FUL": ["Ashcombe Down Quarry", "Gurney Stone"],
    "WDC/25/1419/OUT": ["Glebe Field", "Pellacombe"],
    "WDC/26/0102/FUL": ["17 Fore Street", "Golden Gull"],
    "WDC/26/0150/FUL": ["Lydmouth Sands", "Sandpiper"],
    "LIC/26/0019": ["Anchor Vaults"],
    "LIC/26/0031": ["Driftwood Festival", "Saltwind", "Wrenhythe Showground"],
    "LIC/26/0044": ["Lucky Crab"],
}

errors = []


def err(msg):
    errors.append(msg)


def find_rules_md():
    d = HERE
    for _ in range(6):
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            return p
        d = os.path.dirname(d)
    return None


def main():
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        council = tomllib.load(fh)
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    self_ = council["self"]
    regs = council["registers"]
    terms = regs["confidential_terms"]
    interests = regs["interests"]
    holders = regs["interest_holders"]
    personal_handles = {"@hester_sails", "@wally_bees"}
    if council["council"].get("code") != "bexley":
        err("council code must be bexley")
    for k in ("pending_matters", "meetings", "confidential_terms", "interests"):
        if k not in regs:
            err("registers lacks %s" % k)
    if set(holders) != set(interests):
        err("interest_holders keys differ from interests")
    for i, h in holders.items():
        if h not in councillors:
            err("holder %s of %s is not a councillor" % (h, i))
    for h in personal_handles:
        if handles.get(h) not in councillors:
            err("personal handle %s not mapped to a councillor" % h)

    # optional cross-check against RULES.md when the repository is around
    rp = find_rules_md()
    if rp:
        text = open(rp, encoding="utf-8").read()
        ids = set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", text, re.M))
        if ids != set(SEVERITIES):
            err("rule ids differ from RULES.md: %s" % sorted(ids ^ set(SEVERITIES)))

    # pending register
    pending = list(csv.DictReader(open(os.path.join(HERE, regs["pending_matters"]), newline="")))
    if set(r["reference"] for r in pending) != set(PENDING_KEYS):
        err("PENDING_KEYS out of step with pending.csv")
    keys = {}
    for r in pending:
        keys[r["reference"]] = [r["reference"]] + PENDING_KEYS.get(r["reference"], [])
        if list(r) != ["reference", "address", "description", "decision_date"]:
            err("pending.csv header")
    decisions = [dt.date.fromisoformat(r["decision_date"]) for r in pending]

    # meetings
    meetings = []
    rows = list(csv.DictReader(open(os.path.join(HERE, regs["meetings"]), newline="")))
    for r in rows:
        if list(r) != ["title", "start", "end"]:
            err("meetings.csv header")
        s, e = dt.datetime.fromisoformat(r["start"]), dt.datetime.fromisoformat(r["end"])
        if s.tzinfo is None or e <= s:
            err("bad meeting %s" % r)
        meetings.append((s, e))

    lo = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
    hi = dt.datetime(2026, 3, 28, tzinfo=dt.timezone.utc)
    seen, texts = set(), Counter()
    pos, neg, expect_count = Counter(), Counter(), Counter()
    fillers = 0
    last = None
    self_phone = re.sub(r"\D", "", self_["phone"])
    with open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for n, line in enumerate(lines, 1):
        try:
            p = json.loads(line)
        except Exception as ex:  # noqa
            err("line %d does not parse: %s" % (n, ex))
            continue
        pid = p.get("id", "line %d" % n)
        for f in REQUIRED:
            if f not in p:
                err("%s lacks %s" % (pid, f))
        if not re.fullmatch(r"b43-\d{3}", str(p.get("id"))):
            err("%s: bad id" % pid)
        if pid in seen:
            err("%s: duplicate id" % pid)
        seen.add(pid)
        text = p.get("text", "")
        texts[text] += 1
        author = p.get("author")
        if author not in handles or handles[author] not in councillors:
            err("%s: author %s is not a councillor handle" % (pid, author))
        acct = p.get("account")
        if acct not in ("councillor", "personal"):
            err("%s: account" % pid)
        if (acct == "personal") != (author in personal_handles):
            err("%s: personal account and handle disagree" % pid)
        if p.get("kind") != "post":
            err("%s: kind" % pid)
        if p.get("platform") not in ("x", "facebook", "bluesky"):
            err("%s: platform" % pid)
        # timestamps
        ca = p.get("created_at", "")
        try:
            t = dt.datetime.fromisoformat(ca)
        except Exception:
            err("%s: created_at" % pid)
            continue
        if not ca.endswith("+00:00"):
            err("%s: offset must be +00:00" % pid)
        if t.weekday() >= 5 or not (8 <= t.hour <= 18) or not (lo <= t < hi):
            err("%s: timestamp %s outside weekday 08:00-18:59, 5 Jan-27 Mar 2026" % (pid, ca))
        if any(s <= t < e for s, e in meetings):
            err("%s: inside a meeting" % pid)
        last = t if last is None or t > last else last
        # labels
        ex = p.get("expect", {})
        rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            err("%s: expect.rules/allowed must be lists" % pid)
            continue
        for r in rules + allowed:
            if r not in SEVERITIES:
                err("%s: unknown rule %s" % (pid, r))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s: duplicate rule" % pid)
        if set(rules) & set(allowed):
            err("%s: rule both expected and allowed" % pid)
        if verdict not in ORDER:
            err("%s: verdict %s" % (pid, verdict))
            continue
        if not rules:
            if verdict != "ok":
                err("%s: no rules but verdict %s" % (pid, verdict))
        else:
            need = max(ORDER[min(SEVERITIES[r], key=ORDER.get)] for r in rules if r in SEVERITIES)
            cap = max(ORDER[max(SEVERITIES[r], key=ORDER.get)] for r in rules if r in SEVERITIES)
            possible = set().union(*(SEVERITIES[r] for r in rules if r in SEVERITIES))
            if not (need <= ORDER[verdict] <= cap) or verdict not in possible:
                err("%s: verdict %s does not fit %s" % (pid, verdict, rules))
        kor, fam = p.get("kind_of_row"), p.get("family")
        for r in rules:
            expect_count[r] += 1
        if kor == "positive":
            if fam not in FAMILIES or fam not in rules:
                err("%s: positive family %s not in rules" % (pid, fam))
            pos[fam] += 1
            if "near_miss_of" in p:
                err("%s: positive with near_miss_of" % pid)
        elif kor == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                err("%s: hard negative must expect nothing and ok" % pid)
            nm = p.get("near_miss_of")
            if nm not in FAMILIES:
                err("%s: near_miss_of %s" % (pid, nm))
            neg[nm] += 1
        elif kor == "filler":
            if fam != "filler" or rules or verdict != "ok" or allowed:
                err("%s: filler must expect nothing and ok" % pid)
            fillers += 1
        else:
            err("%s: kind_of_row %s" % (pid, kor))
        # register: confidential terms
        low = text.lower()
        named_terms = [c for c in terms if c.lower() in low]
        if named_terms and not ("confidentiality.disclosure" in rules and verdict == "block"):
            err("%s: names %s but is not confidentiality.disclosure block" % (pid, named_terms))
        # register: pending matters
        named_pending = [ref for ref, ks in keys.items() if any(k.lower() in low for k in ks)]
        if "predetermination.closed-mind" in rules:
            if named_pending and verdict != "block":
                err("%s: predetermination naming %s must be block" % (pid, named_pending))
            if not named_pending and rules == ["predetermination.closed-mind"] and verdict == "block":
                err("%s: predetermination naming no pending matter must not be block" % pid)
        # register: interests
        if "interests.declared-interest" in rules:
            it = p.get("interest")
            if it not in interests:
                err("%s: declared-interest row without a registered interest" % pid)
            elif handles.get(author) != holders[it]:
                err("%s: declared interest %s not written by its holder %s" % (pid, it, holders[it]))
        if "interest" in p and p["interest"] not in interests:
            err("%s: unknown interest %s" % (pid, p["interest"]))
        # [self] contact details
        digits = re.sub(r"\D", "", text)
        if (self_["email"].lower() in low or self_phone in digits) and handles.get(author) != self_["name"]:
            err("%s: [self] contact details in a post not by %s" % (pid, self_["name"]))

    for t, c in texts.items():
        if c > 1:
            err("duplicate text: %s" % t[:60])
    if decisions and last and min(decisions) <= last.date():
        err("a pending decision date is not after the last post")
    for f in FAMILIES:
        if pos[f] < 18:
            err("%s: only %d positives" % (f, pos[f]))
        if neg[f] < 18:
            err("%s: only %d hard negatives" % (f, neg[f]))
    if fillers < 35:
        err("only %d fillers" % fillers)

    if errors:
        print("\n".join(errors))
        sys.exit(1)
    if "-v" in sys.argv:
        print("rows", len(lines), "fillers", fillers)
        for f in FAMILIES:
            print(f, pos[f], neg[f], expect_count[f])
    print("OK")


if __name__ == "__main__":
    main()
