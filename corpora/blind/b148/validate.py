#!/usr/bin/env python3
"""Check blind set b148 and print OK (or the problems found). Standard library only.

Finds shared/design/RULES.md by walking up from this folder; without it, uses the
built-in copy of the rule ids and base severities below.
"""
import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B148"
DATA = "accounts.jsonl"
FILES = {"accounts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}

HARASS = "harassment.repeated-target"
MODERATE = "moderation.third-party-comments"
MIXED = "capacity.mixed-account"
ACCOUNT_RULES = {HARASS, MODERATE, MIXED}

BUILTIN = {
    "respect.personal-attack": "review", "respect.abusive-language": "review",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review", "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice",
    "defamation.allegation": "review", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    "association.endorsed-content": None,
    HARASS: "block", MODERATE: "review", MIXED: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

POST_FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
               "family", "account_pattern", "account_role", "kind_of_row", "note"]
COMMENT_FIELDS = POST_FIELDS[:7] + ["comment_by", "parent_id"] + POST_FIELDS[7:]
FIRST_DAY = dt.date(2026, 9, 14)
LAST_DAY = dt.date(2026, 11, 27)

problems = []


def bad(msg):
    problems.append(msg)


def load_rules():
    d = HERE
    while True:
        path = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(path):
            break
        parent = os.path.dirname(d)
        if parent == d:
            return dict(BUILTIN), "built-in copy"
        d = parent
    rules = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                m = re.match(r"(advice|review|block)\b", cells[-1].lower())
                rules[cells[0]] = m.group(1) if m else None
    if not rules:
        return dict(BUILTIN), "built-in copy"
    return rules, "shared/design/RULES.md"


def load_handles():
    path = os.path.join(HERE, "council.toml")
    text = open(path, encoding="utf-8").read()
    try:
        import tomllib
        data = tomllib.loads(text)
        return set(data["people"]["handles"]), data
    except ImportError:
        sect = text.split("[people.handles]", 1)[1]
        return set(re.findall(r'^"(@[^"]+)"\s*=', sect, re.M)), None


def main():
    severity, source = load_rules()
    handles, council = load_handles()
    if council is not None:
        for key in council:
            if key not in ("council", "people"):
                bad("council.toml: unexpected table %s" % key)
        if not council.get("council", {}).get("name"):
            bad("council.toml: [council] name missing")

    raw = open(os.path.join(HERE, DATA), "rb").read()
    rows = []
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            bad("line %d: not JSON (%s)" % (n, e))
    by_id = {}
    for i, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET, i)
        if r.get("id") != want:
            bad("line %d: id %r, expected %s" % (i, r.get("id"), want))
        by_id[r.get("id")] = r

    texts = Counter()
    accounts = defaultdict(list)
    for r in rows:
        rid = r.get("id")
        fields = COMMENT_FIELDS if r.get("kind") == "comment" else POST_FIELDS
        if list(r) != fields:
            bad("%s: fields %s" % (rid, list(r)))
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad("%s: empty text" % rid)
        if not r["note"].strip():
            bad("%s: empty note" % rid)
        texts[" ".join(r["text"].lower().split())] += 1
        accounts[r["author"]].append(r)
        if r["author"] not in handles:
            bad("%s: author %s not in council.toml" % (rid, r["author"]))
        for m in re.findall(r"(?<![\w.@])@\w+", r["text"]):
            if m not in handles:
                bad("%s: mention %s not in council.toml" % (rid, m))
        if r["platform"] not in ("facebook", "x", "bluesky"):
            bad("%s: platform %s" % (rid, r["platform"]))
        if r["account"] not in ("councillor", "personal"):
            bad("%s: account %s" % (rid, r["account"]))
        if r["kind"] not in ("post", "reply", "comment"):
            bad("%s: kind %s" % (rid, r["kind"]))
        if r["kind"] == "reply" and (r["platform"] == "facebook" or not r["text"].startswith("@")):
            bad("%s: a reply must be an @reply on x or bluesky" % rid)
        # time
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):00\+00:00", r["created_at"])
        if not m:
            bad("%s: created_at %s" % (rid, r["created_at"]))
        else:
            day = dt.date.fromisoformat(m.group(1))
            if not (FIRST_DAY <= day <= LAST_DAY) or day.weekday() > 4:
                bad("%s: day %s outside the weekday window" % (rid, day))
            if not (8 <= int(m.group(2)) <= 18):
                bad("%s: time %s outside 08:00-18:59" % (rid, r["created_at"]))
        # labels
        e = r["expect"]
        if sorted(e) != ["allowed", "rules", "verdict"]:
            bad("%s: expect keys %s" % (rid, sorted(e)))
            continue
        for rule in e["rules"] + e["allowed"]:
            if rule not in severity:
                bad("%s: unknown rule %s" % (rid, rule))
            elif severity[rule] is None:
                bad("%s: rule %s has no fixed base severity; not used in this set" % (rid, rule))
        if len(set(e["rules"])) != len(e["rules"]) or len(set(e["allowed"])) != len(e["allowed"]):
            bad("%s: repeated rule in a list" % rid)
        if set(e["rules"]) & set(e["allowed"]):
            bad("%s: rule both expected and allowed" % rid)
        top = "ok"
        for rule in e["rules"]:
            s = severity.get(rule)
            if s and RANK[s] > RANK[top]:
                top = s
        if e["verdict"] != top:
            bad("%s: verdict %s, expected %s" % (rid, e["verdict"], top))
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES:
            bad("%s: account_pattern %s" % (rid, pat))
        if role not in ("positive", "hard_negative"):
            bad("%s: account_role %s" % (rid, role))
        for rule in (set(e["rules"]) | set(e["allowed"])) & ACCOUNT_RULES:
            if rule != pat:
                bad("%s: account rule %s is not the account's own" % (rid, rule))
        if kor == "positive":
            if role != "positive" or pat not in e["rules"] or r["family"] != pat:
                bad("%s: positive row conventions" % rid)
        elif kor == "filler":
            if e["rules"] or r["family"] != pat:
                bad("%s: filler row conventions" % rid)
            if role == "positive" and pat not in e["allowed"]:
                bad("%s: filler in a positive account must allow %s" % (rid, pat))
            if role == "hard_negative" and e["allowed"]:
                bad("%s: filler in a hard-negative account allows nothing" % rid)
        elif kor == "hard_negative":
            if r["family"] != "hard_negative" or pat in e["rules"] or pat in e["allowed"]:
                bad("%s: hard-negative row conventions" % rid)
        else:
            bad("%s: kind_of_row %s" % (rid, kor))
        # comments
        if r["kind"] == "comment":
            p = by_id.get(r["parent_id"])
            if p is None or p["kind"] != "post" or p["author"] != r["author"] \
                    or p["platform"] != r["platform"] \
                    or p["created_at"][:10] != r["created_at"][:10] \
                    or p["created_at"] >= r["created_at"]:
                bad("%s: parent %s is not the owner's earlier post that day" % (rid, r["parent_id"]))
            if r["comment_by"].startswith("@") and r["comment_by"] != r["author"]:
                bad("%s: an owner's reply carries the owner's handle" % rid)
            if not r["comment_by"].strip():
                bad("%s: empty comment_by" % rid)

    for t, n in texts.items():
        if n > 1:
            bad("duplicate text: %s" % t[:60])

    # accounts
    per_rule = defaultdict(Counter)
    kinds = Counter()
    for handle, rs in accounts.items():
        for key in ("account_pattern", "account_role", "platform", "account"):
            if len({r[key] for r in rs}) != 1:
                bad("%s: more than one %s" % (handle, key))
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        per_rule[pat][role] += 1
        if not 5 <= len(rs) <= 15:
            bad("%s: %d rows (5-15)" % (handle, len(rs)))
        days = Counter(r["created_at"][:10] for r in rs if r["kind"] != "comment")
        if any(n > 1 for n in days.values()):
            bad("%s: two posts on one day" % handle)
        pos = [r for r in rs if r["kind_of_row"] == "positive"]
        kinds.update(r["kind_of_row"] for r in rs)
        if role == "hard_negative" and pos:
            bad("%s: positive rows in a hard-negative account" % handle)
        if rs[0]["account"] == "personal" and not (pat == MIXED and role == "hard_negative"):
            bad("%s: personal accounts only among the mixed-account hard negatives" % handle)
        if pat == HARASS and role == "positive":
            if not 2 <= len(pos) <= 5:
                bad("%s: %d hostile posts (2-5)" % (handle, len(pos)))
            if any(r["kind"] == "comment" for r in pos):
                bad("%s: hostile rows must be the author's own posts" % handle)
        if pat == MIXED and role == "positive":
            if not pos or not any(r["kind_of_row"] == "filler" for r in rs):
                bad("%s: a mixed account needs both personal and council posts" % handle)
        if pat == MODERATE:
            if rs[0]["platform"] != "facebook":
                bad("%s: moderation accounts are facebook pages" % handle)
            for r in pos:
                if r["kind"] != "comment" or r["comment_by"] == handle:
                    bad("%s: moderation positives are others' comments" % r["id"])
            if role == "positive" and len(pos) < 2:
                bad("%s: fewer than 2 comments left up" % handle)
    for pat in ACCOUNT_RULES:
        if per_rule[pat]["positive"] < 6 or per_rule[pat]["hard_negative"] < 2:
            bad("%s: %s accounts" % (pat, dict(per_rule[pat])))
    if not 190 <= len(rows) <= 210:
        bad("%d rows (190-210)" % len(rows))
    if not 28 <= len(accounts) <= 34:
        bad("%d accounts (28-34)" % len(accounts))
    if kinds["hard_negative"] < kinds["positive"]:
        bad("fewer hard negatives (%d) than positives (%d)" % (kinds["hard_negative"], kinds["positive"]))

    # contact details and links
    for r in rows:
        t = r["text"]
        for num in re.findall(r"(?<!\d)0\d[\d ]{8,12}\d(?!\d)", t):
            digits = num.replace(" ", "")
            if not re.fullmatch(r"07700900\d{3}|01632960\d{3}", digits):
                bad("%s: phone number %s outside the drama ranges" % (r["id"], num))
        for mail in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
            if not re.search(r"@(?:[\w-]+\.)*example\.(?:com|org|net)$", mail):
                bad("%s: email %s" % (r["id"], mail))
        for url in re.findall(r"https?://([^/\s]+)", t):
            if not re.search(r"(?:^|\.)example\.(?:com|org|net)$", url):
                bad("%s: link to %s" % (r["id"], url))

    # the folder
    names = set(os.listdir(HERE))
    if names != FILES:
        bad("folder holds %s" % sorted(names ^ FILES))
    roots = "|".join(["ho" + "me", "wo" + "rk", "tm" + "p", "Us" + "ers", "ro" + "ot", "mn" + "t"])
    abs_path = re.compile(r"(?<![\w.])/(?:%s)/|[A-Za-z]:\\\\" % roots)
    for name in sorted(names & FILES):
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            if abs_path.search(fh.read()):
                bad("%s: contains an absolute path" % name)

    # reproducibility
    out = subprocess.run([sys.executable, "-B", os.path.join(HERE, "build.py"), "--stdout"],
                         capture_output=True, cwd=HERE)
    if out.returncode != 0 or out.stdout != raw:
        bad("build.py does not reproduce %s byte for byte" % DATA)

    if problems:
        for p in problems:
            print(p)
        print("%d problem(s); rules from %s" % (len(problems), source))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
