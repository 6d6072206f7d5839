#!/usr/bin/env python3
"""Check blind set b116 (accounts.jsonl, council.toml, build.py). Prints OK.

Finds the rule catalogue by walking up parent folders to
shared/design/RULES.md; falls back to a built-in copy of the rule ids and
their base severities when it is not there.
"""
import collections
import datetime as dt
import importlib.util
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B116"
FIRST_DAY = dt.date(2026, 1, 12)
LAST_DAY = dt.date(2026, 3, 27)
ACCOUNT_RULES = ("harassment.repeated-target", "capacity.mixed-account",
                 "moderation.third-party-comments")
HR, MX, MOD = ACCOUNT_RULES
PA = "respect.personal-attack"

BUILTIN_SEVERITY = {
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
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

errors = []


def err(msg):
    errors.append(msg)


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
    if not path:
        return dict(BUILTIN_SEVERITY), "built-in"
    sev = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|(.*)\|\s*$", line)
            if not m:
                continue
            last = m.group(2).split("|")[-1].strip().lower()
            words = re.findall(r"\b(advice|review|block)\b", last)
            sev[m.group(1)] = words[0] if words else "advice"
    if not sev:
        return dict(BUILTIN_SEVERITY), "built-in"
    return sev, "RULES.md"


SEVERITY, SEV_SOURCE = load_severities()


def verdict_of(rules):
    best = "ok"
    for r in rules:
        s = SEVERITY.get(r, "ok")
        if RANK[s] > RANK[best]:
            best = s
    return best


def load_rows():
    rows = []
    with open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("line %d: blank line" % n)
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d: bad JSON: %s" % (n, e))
    return rows


def main():
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    allowed_top = {"council", "people", "self", "registers"}
    for k in council:
        if k not in allowed_top:
            err("council.toml: unknown table %s" % k)
    if "name" not in council.get("council", {}):
        err("council.toml: [council] name missing")
    people = council.get("people", {})
    handles = people.get("handles", {})
    known_names = set(people.get("councillors", [])) | set(people.get("officers", [])) \
        | set(people.get("public_office_holders", []))
    for h, who in handles.items():
        if not h.startswith("@"):
            err("council.toml: handle %s lacks @" % h)
        if who not in known_names and "Council" not in who:
            err("council.toml: handle %s names unknown person %s" % (h, who))

    rows = load_rows()
    by_id = {}
    base = {"id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "account_pattern", "account_role", "kind_of_row", "note"}
    for i, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET, i)
        rid = r.get("id")
        if rid != want:
            err("row %d: id %r, expected %s" % (i, rid, want))
        by_id[rid] = r
        keys = set(r)
        extra = {"comment_by", "parent_id"} if r.get("kind") == "comment" else set()
        if keys != base | extra:
            err("%s: fields %s" % (rid, sorted(keys ^ (base | extra))))
        for f in ("text", "author", "created_at", "note"):
            if not isinstance(r.get(f), str) or not r.get(f).strip():
                err("%s: empty %s" % (rid, f))
        if r.get("author") not in handles:
            err("%s: author %s not in council.toml" % (rid, r.get("author")))
        for m in re.findall(r"@[A-Za-z0-9_]+", r.get("text", "")):
            if m not in handles:
                err("%s: mentions unknown handle %s" % (rid, m))
        if r.get("platform") not in ("facebook", "x", "bluesky"):
            err("%s: platform %r" % (rid, r.get("platform")))
        if r.get("account") not in ("councillor", "personal"):
            err("%s: account %r" % (rid, r.get("account")))
        if r.get("kind") not in ("post", "reply", "comment"):
            err("%s: kind %r" % (rid, r.get("kind")))
        if r.get("account_pattern") not in ACCOUNT_RULES:
            err("%s: account_pattern %r" % (rid, r.get("account_pattern")))
        if r.get("account_role") not in ("positive", "hard_negative"):
            err("%s: account_role %r" % (rid, r.get("account_role")))
        if r.get("kind_of_row") not in ("positive", "hard_negative", "filler"):
            err("%s: kind_of_row %r" % (rid, r.get("kind_of_row")))
        ts = r.get("created_at", "")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", ts):
            err("%s: created_at %r" % (rid, ts))
        else:
            t = dt.datetime.fromisoformat(ts)
            if not (FIRST_DAY <= t.date() <= LAST_DAY):
                err("%s: date outside window" % rid)
            if t.weekday() >= 5:
                err("%s: weekend timestamp" % rid)
            if not (8 <= t.hour <= 18):
                err("%s: time outside 08:00-18:59" % rid)

        exp = r.get("expect", {})
        if set(exp) != {"rules", "allowed", "verdict"}:
            err("%s: expect keys %s" % (rid, sorted(exp)))
            continue
        rules, allowed = exp["rules"], exp["allowed"]
        for rule in rules + allowed:
            if rule not in SEVERITY:
                err("%s: unknown rule %s" % (rid, rule))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s: duplicate rule ids" % rid)
        if set(rules) & set(allowed):
            err("%s: rule both expected and allowed" % rid)
        if exp["verdict"] != verdict_of(rules):
            err("%s: verdict %s, severities give %s" % (rid, exp["verdict"], verdict_of(rules)))

        pat, role, kor = r.get("account_pattern"), r.get("account_role"), r.get("kind_of_row")
        others = [a for a in ACCOUNT_RULES if a != pat]
        if any(a in rules + allowed for a in others):
            err("%s: another account rule expected or allowed" % rid)
        if kor == "positive":
            if role != "positive" or pat not in rules or r.get("family") != pat:
                err("%s: positive row conventions" % rid)
        elif kor == "filler":
            want_allowed = [pat] if role == "positive" else []
            if rules or allowed != want_allowed or exp["verdict"] != "ok" or r.get("family") != pat:
                err("%s: filler row conventions" % rid)
        elif kor == "hard_negative":
            if pat in rules or pat in allowed or r.get("family") != "hard_negative":
                err("%s: hard-negative row conventions" % rid)
            if pat == HR and role == "hard_negative":
                if rules not in ([], [PA]):
                    err("%s: harassment hard negative may expect only %s" % (rid, PA))
            elif rules:
                err("%s: hard negative expects %s" % (rid, rules))

    # comments and their parents
    for r in rows:
        if r.get("kind") != "comment":
            continue
        rid = r["id"]
        if not isinstance(r.get("comment_by"), str) or not r["comment_by"].strip():
            err("%s: comment_by missing" % rid)
        elif r["comment_by"].startswith("@") and r["comment_by"] != r["author"]:
            err("%s: comment_by handle is not the page owner" % rid)
        p = by_id.get(r.get("parent_id"))
        if p is None:
            err("%s: parent %r missing" % (rid, r.get("parent_id")))
            continue
        if p.get("kind") != "post" or p.get("author") != r.get("author") \
                or p.get("platform") != r.get("platform"):
            err("%s: parent is not the owner's post on the same platform" % rid)
        tp, tc = p["created_at"], r["created_at"]
        if tp[:10] != tc[:10] or not tp < tc:
            err("%s: parent not earlier the same day" % rid)

    # per account
    accounts = collections.defaultdict(list)
    for r in rows:
        accounts[r.get("author")].append(r)
    per_rule = collections.Counter()
    for h, rs in sorted(accounts.items()):
        for f in ("account_pattern", "account_role", "platform", "account"):
            if len({r.get(f) for r in rs}) != 1:
                err("%s: more than one %s" % (h, f))
        pat, role, plat, acc = rs[0]["account_pattern"], rs[0]["account_role"], \
            rs[0]["platform"], rs[0]["account"]
        per_rule[(pat, role)] += 1
        if not 5 <= len(rs) <= 15:
            err("%s: %d rows (5-15)" % (h, len(rs)))
        post_days = collections.Counter(r["created_at"][:10] for r in rs if r["kind"] != "comment")
        if any(c > 1 for c in post_days.values()):
            err("%s: two posts on one day" % h)
        kinds = collections.Counter(r["kind_of_row"] for r in rs)
        if role == "hard_negative" and kinds["positive"]:
            err("%s: positive rows in a hard-negative account" % h)
        if role == "positive" and not kinds["positive"]:
            err("%s: positive account without positive rows" % h)
        if acc == "personal" and not (pat == MX and role == "hard_negative"):
            err("%s: personal account outside the mixed-account hard negatives" % h)
        if acc == "personal" and kinds["hard_negative"] != len(rs):
            err("%s: personal account rows must all be hard negatives" % h)
        if pat == HR and role == "positive":
            hostile = [r for r in rs if r["kind_of_row"] == "positive"]
            days = {r["created_at"][:10] for r in hostile}
            if not 2 <= len(hostile) <= 5 or len(days) != len(hostile):
                err("%s: hostile posts must be 2-5, each on its own day" % h)
            if any(r["kind"] == "comment" for r in hostile):
                err("%s: hostile rows must be the author's own posts" % h)
        if pat == MX and role == "positive":
            if not kinds["positive"] or not kinds["filler"]:
                err("%s: mixed account needs personal and council posts" % h)
            if any(r["kind"] == "comment" for r in rs):
                err("%s: comments in a mixed-account account" % h)
        if pat == MOD:
            if plat != "facebook":
                err("%s: moderation account not on facebook" % h)
            for r in rs:
                if r["kind_of_row"] == "positive" and (r["kind"] != "comment"
                                                       or r["comment_by"] == h):
                    err("%s: moderation positive must be someone else's comment" % r["id"])
    for rule in ACCOUNT_RULES:
        if per_rule[(rule, "positive")] < 6:
            err("%s: fewer than 6 positive accounts" % rule)
        if per_rule[(rule, "hard_negative")] < 2:
            err("%s: fewer than 2 hard-negative accounts" % rule)

    # totals
    if not 190 <= len(rows) <= 210:
        err("%d rows (190-210)" % len(rows))
    if not 28 <= len(accounts) <= 34:
        err("%d accounts (28-34)" % len(accounts))
    kor = collections.Counter(r.get("kind_of_row") for r in rows)
    if kor["hard_negative"] < kor["positive"]:
        err("fewer hard negatives (%d) than positives (%d)" % (kor["hard_negative"], kor["positive"]))
    seen = {}
    for r in rows:
        key = re.sub(r"\W+", " ", r.get("text", "").lower()).strip()
        if key in seen:
            err("%s: duplicate text of %s" % (r["id"], seen[key]))
        seen[key] = r["id"]

    # phone numbers (Ofcom drama ranges only) and emails (example.com only)
    drama = [r"07700 ?900\d{3}", r"01632 ?960\d{3}", r"020 ?7946 ?0\d{3}",
             r"01\d1 ?496 ?0\d{3}", r"0191 ?498 ?0\d{3}"]
    phone_re = re.compile(r"(?<!\d)(?:\+44 ?|0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?!\d)")
    email_re = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
    for r in rows:
        text = r.get("text", "") + " " + r.get("note", "")
        for m in phone_re.findall(text):
            if not any(re.fullmatch(d, m.strip()) for d in drama):
                err("%s: phone number %s outside the drama ranges" % (r["id"], m))
        for m in email_re.findall(text):
            if not m.lower().endswith("@example.com"):
                err("%s: email %s not on example.com" % (r["id"], m))

    # no absolute or machine paths in the folder's files
    sep = "/"
    bad_paths = [sep + w + sep for w in ("work", "home", "tmp", "root", "Users", "mnt")]
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if not os.path.isfile(p) or name.endswith(".pyc"):
            continue
        with open(p, encoding="utf-8", errors="replace") as f:
            body = f.read()
        for b in bad_paths:
            if b in body:
                err("%s: contains an absolute path (%s)" % (name, b))
        if re.search(r"[A-Za-z]:\\\\", body):
            err("%s: contains a Windows path" % name)

    # build.py reproduces accounts.jsonl byte for byte
    spec = importlib.util.spec_from_file_location("b116_build", os.path.join(HERE, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    sys.dont_write_bytecode = True
    spec.loader.exec_module(mod)
    with open(os.path.join(HERE, "accounts.jsonl"), "rb") as f:
        on_disk = f.read()
    if mod.render().encode("utf-8") != on_disk:
        err("build.py does not reproduce accounts.jsonl")

    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s); rule ids from %s" % (len(errors), SEV_SOURCE))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
