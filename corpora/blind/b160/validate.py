#!/usr/bin/env python3
"""Check blind set b160 and print OK (or the problems found). Standard library only.

Rule ids and base severities come from shared/design/RULES.md, found by walking
up from this folder; where it is not found, the built-in copy below is used.
"""

import collections
import datetime
import json
import os
import re
import runpy
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B160"
DATA = "accounts.jsonl"
FILES = {"accounts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
ACCOUNT_RULES = (HR, MX, MOD)

BUILTIN = {
    "respect.personal-attack": "review",
    "respect.abusive-language": "review",
    "bullying.intimidation": "block",
    "equality.discrimination": "block",
    "officers.impartiality": "review",
    "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review",
    "capacity.council-voice": "review",
    "resources.political-use": "review",
    "position.improper-advantage": "review",
    "interests.declared-interest": "review",
    "gifts.hospitality": "advice",
    "defamation.allegation": "review",
    "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice",
    "meetings.during-meeting": "advice",
    "security.credentials": "block",
    "tone.irony-risk": "advice",
    "association.endorsed-content": "advice",
    HR: "block",
    MOD: "review",
    MX: "advice",
}
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# How each harassment positive account names its target (any one form per hostile row).
TARGETS = {
    "@KennyDobsonRUK": ("Maureen", "Tyson", "Leader"),
    "@DerekPostleCon": ("Crewdson", "Alison"),
    "@ShaneRiggKirkscar": ("Owen",),
    "@JulieAskewLab": ("Richard", "Braithwaite"),
    "@GrahamWildeGreen": ("Neil", "Fothergill"),
    "@TraceyHolmeSkellan": ("Sowden", "Matt"),
    "@ColinPharaohCon": ("Hoggarth",),
    "@LynnGaskarthLD": ("Gail",),
}

FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
          "family", "account_pattern", "account_role", "kind_of_row", "note"]
COMMENT_FIELDS = FIELDS[:7] + ["comment_by", "parent_id"] + FIELDS[7:]

problems = []


def bad(msg):
    problems.append(msg)


def find_rules_md():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            return p
        up = os.path.dirname(d)
        if up == d:
            return None
        d = up


def load_severities():
    path = find_rules_md()
    if not path:
        return dict(BUILTIN), "built-in copy"
    sev = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not cells or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            m = re.match(r"(advice|review|block)\b", cells[-1])
            sev[cells[0]] = m.group(1) if m else BUILTIN.get(cells[0], "advice")
    if not sev:
        return dict(BUILTIN), "built-in copy"
    return sev, "RULES.md"


def load_council():
    path = os.path.join(HERE, "council.toml")
    try:
        import tomllib
        with open(path, "rb") as fh:
            doc = tomllib.load(fh)
        people = doc.get("people", {})
        handles = dict(people.get("handles", {}))
        names = set(people.get("councillors", [])) | set(people.get("officers", [])) \
            | set(people.get("public_office_holders", []))
        if set(doc) - {"council", "people", "self", "registers"}:
            bad("council.toml: unknown table(s) %s" % sorted(set(doc) - {"council", "people", "self", "registers"}))
        if "name" not in doc.get("council", {}):
            bad("council.toml: [council] has no name")
        return handles, names
    except ImportError:
        text = open(path, encoding="utf-8").read()
        handles = dict(re.findall(r'^"(@[^"]+)"\s*=\s*"([^"]+)"', text, re.M))
        return handles, set(handles.values())


def main():
    sev, sev_source = load_severities()
    handles, names = load_council()

    # folder contents
    present = set(os.listdir(HERE))
    if present != FILES:
        bad("folder holds %s, expected exactly %s" % (sorted(present), sorted(FILES)))

    # no absolute paths in any file of the folder
    abs_pat = re.compile("(" + "|".join(re.escape(p) for p in (
        "/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "/" + "root/", "C:" + "\\")) + ")")
    for name in sorted(FILES & present):
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            if abs_pat.search(fh.read()):
                bad("%s: contains an absolute path" % name)

    with open(os.path.join(HERE, DATA), encoding="utf-8") as fh:
        raw = fh.read()
    rows = []
    for n, line in enumerate(raw.splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            bad("line %d: not JSON (%s)" % (n, e))
    byid = {}
    for n, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET, n)
        if r.get("id") != want:
            bad("line %d: id %r, expected %s" % (n, r.get("id"), want))
        byid[r.get("id")] = r

    start, end = datetime.date(2026, 2, 9), datetime.date(2026, 5, 1)
    texts = collections.Counter()
    by_author = collections.defaultdict(list)
    for r in rows:
        rid = r.get("id")
        keys = list(r)
        want = COMMENT_FIELDS if r.get("kind") == "comment" else FIELDS
        if keys != want:
            bad("%s: fields %s, expected %s" % (rid, keys, want))
            continue
        by_author[r["author"]].append(r)
        texts[r["text"]] += 1
        if r["author"] not in handles:
            bad("%s: author %s not in council.toml" % (rid, r["author"]))
        for h in re.findall(r"@\w+", r["text"]):
            if h not in handles:
                bad("%s: mention %s not in council.toml" % (rid, h))
        if r["platform"] not in ("facebook", "x", "bluesky"):
            bad("%s: platform %r" % (rid, r["platform"]))
        if r["account"] not in ("councillor", "personal"):
            bad("%s: account %r" % (rid, r["account"]))
        if r["kind"] not in ("post", "reply", "comment"):
            bad("%s: kind %r" % (rid, r["kind"]))
        if r["kind"] == "reply" and r["platform"] != "x":
            bad("%s: replies only on x in this set" % rid)
        try:
            ts = datetime.datetime.fromisoformat(r["created_at"])
        except ValueError:
            bad("%s: created_at %r" % (rid, r["created_at"]))
            continue
        if not r["created_at"].endswith("+00:00"):
            bad("%s: created_at not +00:00" % rid)
        if ts.weekday() > 4 or not (8 <= ts.hour <= 18) or not (start <= ts.date() <= end):
            bad("%s: created_at %s outside weekday 08:00-18:59, 9 Feb-1 May 2026" % (rid, r["created_at"]))

        # expectations
        exp = r["expect"]
        if sorted(exp) != ["allowed", "rules", "verdict"]:
            bad("%s: expect keys %s" % (rid, sorted(exp)))
            continue
        for rule in exp["rules"] + exp["allowed"]:
            if rule not in sev:
                bad("%s: unknown rule %s" % (rid, rule))
        if set(exp["rules"]) & set(exp["allowed"]):
            bad("%s: rule both expected and allowed" % rid)
        if len(set(exp["rules"])) != len(exp["rules"]) or len(set(exp["allowed"])) != len(exp["allowed"]):
            bad("%s: duplicate rule in a list" % rid)
        v = "ok"
        for rule in exp["rules"]:
            s = sev.get(rule, "ok")
            if ORDER[s] > ORDER[v]:
                v = s
        if exp["verdict"] != v:
            bad("%s: verdict %s, expected %s" % (rid, exp["verdict"], v))

        # row conventions
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES or role not in ("positive", "hard_negative"):
            bad("%s: pattern/role %s/%s" % (rid, pat, role))
        others = [a for a in ACCOUNT_RULES if a != pat]
        if any(a in exp["rules"] or a in exp["allowed"] for a in others):
            bad("%s: an account rule other than the account's own" % rid)
        if kor == "positive":
            if role != "positive" or pat not in exp["rules"] or r["family"] != pat:
                bad("%s: positive row conventions" % rid)
        elif kor == "filler":
            if exp["rules"] or exp["verdict"] != "ok" or r["family"] != pat:
                bad("%s: filler row must expect nothing, verdict ok, family = pattern" % rid)
            if (pat in exp["allowed"]) != (role == "positive"):
                bad("%s: filler allows the account rule exactly in positive accounts" % rid)
        elif kor == "hard_negative":
            if pat in exp["rules"] or pat in exp["allowed"] or r["family"] != "hard_negative":
                bad("%s: hard-negative row conventions" % rid)
            if role == "positive" and pat != MOD:
                bad("%s: hard-negative rows in positive accounts only under moderation" % rid)
        else:
            bad("%s: kind_of_row %r" % (rid, kor))
        if role == "hard_negative" and kor == "positive":
            bad("%s: positive row in a hard-negative account" % rid)
        if not r["note"].strip():
            bad("%s: empty note" % rid)

        # comments
        if r["kind"] == "comment":
            p = byid.get(r["parent_id"])
            if not p:
                bad("%s: parent %s missing" % (rid, r["parent_id"]))
            else:
                pts = datetime.datetime.fromisoformat(p["created_at"])
                if (p["author"] != r["author"] or p["kind"] == "comment" or p["platform"] != r["platform"]
                        or pts.date() != ts.date() or pts >= ts):
                    bad("%s: parent must be the owner's earlier post that day" % rid)
            by = r["comment_by"]
            if by.startswith("@"):
                if by != r["author"]:
                    bad("%s: an @ comment_by must be the owner" % rid)
                if kor == "positive":
                    bad("%s: the owner's reply cannot be a moderation positive" % rid)
            elif not re.fullmatch(r"[A-Z][a-z]+ [A-Z][A-Za-z'-]+", by):
                bad("%s: comment_by %r" % (rid, by))
            if kor == "positive" and (pat != MOD or r["platform"] != "facebook"):
                bad("%s: a positive comment belongs to a moderation account on facebook" % rid)
        if pat == MOD and kor == "positive" and r["kind"] != "comment":
            bad("%s: moderation positives are others' comments" % rid)

        # contact details and links
        for num in re.findall(r"\b0\d[\d ]{8,12}\d\b", r["text"]):
            digits = num.replace(" ", "")
            if not re.fullmatch(r"07700900\d{3}|01632960\d{3}|0113496\d{4}|0201847\d{4}|0118496\d{4}", digits):
                bad("%s: phone number %s outside the drama ranges" % (rid, num))
        for mail in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r["text"]):
            if not re.search(r"@(?:[\w-]+\.)*example\.(?:com|net|org)$", mail):
                bad("%s: email %s not on an example domain" % (rid, mail))
        for url in re.findall(r"https?://[^\s)]+", r["text"]):
            host = url.split("/")[2]
            if not re.search(r"(?:^|\.)example\.(?:com|net|org)$", host):
                bad("%s: link %s not on an example domain" % (rid, url))

    for t, c in texts.items():
        if c > 1:
            bad("duplicate text: %r" % t[:60])

    # accounts
    accounts = {}
    for author, rs in by_author.items():
        vals = {(r["account_pattern"], r["account_role"], r["platform"], r["account"]) for r in rs}
        if len(vals) != 1:
            bad("%s: mixed pattern/role/platform/account values %s" % (author, vals))
            continue
        pat, role, platform, account = vals.pop()
        accounts[author] = (pat, role)
        if not 5 <= len(rs) <= 9:
            bad("%s: %d rows, expected 5-9" % (author, len(rs)))
        days = collections.Counter(r["created_at"][:10] for r in rs if r["kind"] != "comment")
        if any(c > 1 for c in days.values()):
            bad("%s: two posts on one day" % author)
        kinds = collections.Counter(r["kind_of_row"] for r in rs)
        if account == "personal" and not (pat == MX and role == "hard_negative"):
            bad("%s: personal accounts only among mixed-account hard negatives" % author)
        if pat == HR and role == "positive":
            hostile = [r for r in rs if r["kind_of_row"] == "positive"]
            if not 2 <= len(hostile) <= 5:
                bad("%s: %d hostile posts, expected 2-5" % (author, len(hostile)))
            forms = TARGETS.get(author)
            if not forms:
                bad("%s: no target listed" % author)
            else:
                for r in hostile:
                    if not any(f in r["text"] for f in forms):
                        bad("%s: hostile row does not name the target" % r["id"])
        if pat == HR and role == "hard_negative":
            if sum(1 for r in rs if HR in r["expect"]["rules"]) or kinds["hard_negative"] < 3:
                bad("%s: harassment hard negative needs 3+ hard-negative rows" % author)
        if pat == MX and role == "positive":
            if account != "councillor" or kinds["positive"] < 3 or kinds["filler"] < 2:
                bad("%s: a mixed positive needs 3+ personal and 2+ council posts on a councillor account" % author)
        if pat == MX and role == "hard_negative" and kinds["hard_negative"] != len(rs):
            bad("%s: mixed hard-negative accounts hold only hard-negative rows" % author)
        if pat == MOD:
            if platform != "facebook":
                bad("%s: moderation accounts are facebook pages" % author)
            if role == "positive" and kinds["positive"] < 2:
                bad("%s: moderation positive needs 2+ comments left up" % author)
            if role == "hard_negative" and not any(r["kind"] == "comment" for r in rs):
                bad("%s: moderation hard negative needs comments" % author)

    for rule in ACCOUNT_RULES:
        npos = sum(1 for p, ro in accounts.values() if p == rule and ro == "positive")
        nneg = sum(1 for p, ro in accounts.values() if p == rule and ro == "hard_negative")
        if npos < 6 or nneg < 2:
            bad("%s: %d positive and %d hard-negative accounts (need 6 and 2)" % (rule, npos, nneg))
    if not 190 <= len(rows) <= 215:
        bad("%d rows, expected 190-215" % len(rows))
    if not 28 <= len(accounts) <= 34:
        bad("%d accounts, expected 28-34" % len(accounts))
    kinds = collections.Counter(r.get("kind_of_row") for r in rows)
    if kinds["hard_negative"] < kinds["positive"]:
        bad("fewer hard negatives (%d) than positives (%d)" % (kinds["hard_negative"], kinds["positive"]))

    # build.py reproduces the data byte for byte
    try:
        g = runpy.run_path(os.path.join(HERE, "build.py"), run_name="b160_build_check")
        if g["render"]() != raw:
            bad("build.py does not reproduce %s" % DATA)
    except Exception as e:  # noqa: BLE001
        bad("build.py failed: %r" % (e,))

    if problems:
        for p in problems:
            print(p)
        print("%d problem(s); rule severities from %s" % (len(problems), sev_source))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
