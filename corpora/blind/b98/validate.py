"""Check blind set b98 and print OK (or the problems found).

    python validate.py

Finds the rule catalogue by walking up from this folder to
shared/design/RULES.md; falls back to the built-in copy below.
"""
import datetime as dt
import json
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "B98-"

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
ACCOUNT_RULES = (HR, MX, MOD)
PA = "respect.personal-attack"

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
    "association.endorsed-content": None,
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            rules = {}
            with open(p, encoding="utf-8") as f:
                for line in f:
                    if not line.startswith("|"):
                        continue
                    cells = [c.strip() for c in line.strip().strip("|").split("|")]
                    if not cells or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                        continue
                    m = re.match(r"(advice|review|block)", cells[-1])
                    rules[cells[0]] = m.group(1) if m else None
            if rules:
                return rules, "RULES.md"
        parent = os.path.dirname(d)
        if parent == d:
            return dict(BUILTIN), "built-in copy"
        d = parent


def main():
    rules, source = load_rules()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    handles = set(council.get("people", {}).get("handles", {}))

    rows = []
    with open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d: bad JSON (%s)" % (n, e))
    if errors:
        return

    if not 180 <= len(rows) <= 200:
        err("row count %d outside 180-200" % len(rows))

    by_id = {}
    required = ["id", "text", "author", "created_at", "platform", "account", "kind",
                "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"]
    texts = Counter()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "%s%04d" % (PREFIX, i):
            err("row %d: id %r out of sequence" % (i, rid))
        by_id[rid] = r
        for k in required:
            if k not in r:
                err("%s: missing %s" % (rid, k))
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            err("%s: empty text" % rid)
        texts[r.get("text")] += 1
        if r.get("author") not in handles:
            err("%s: author %r not in council.toml handles" % (rid, r.get("author")))
        if r.get("platform") not in ("facebook", "x", "bluesky"):
            err("%s: platform %r" % (rid, r.get("platform")))
        if r.get("account") not in ("councillor", "personal"):
            err("%s: account %r" % (rid, r.get("account")))
        if r.get("kind") not in ("post", "comment"):
            err("%s: kind %r" % (rid, r.get("kind")))
        if r.get("account_pattern") not in ACCOUNT_RULES:
            err("%s: account_pattern %r" % (rid, r.get("account_pattern")))
        if r.get("account_role") not in ("positive", "hard_negative"):
            err("%s: account_role %r" % (rid, r.get("account_role")))
        if r.get("kind_of_row") not in ("positive", "hard_negative", "filler"):
            err("%s: kind_of_row %r" % (rid, r.get("kind_of_row")))
        # timestamp
        try:
            ts = dt.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                err("%s: offset is not +00:00" % rid)
            if ts.weekday() > 4 or not (8 <= ts.hour <= 18):
                err("%s: %s not a weekday 08:00-18:59" % (rid, r["created_at"]))
            if not dt.date(2026, 1, 5) <= ts.date() <= dt.date(2026, 3, 27):
                err("%s: %s outside 5 Jan-27 Mar 2026" % (rid, r["created_at"]))
            r["_ts"] = ts
        except (KeyError, TypeError, ValueError):
            err("%s: bad created_at" % rid)
        # expectations
        exp = r.get("expect", {})
        exp_rules, allowed = exp.get("rules"), exp.get("allowed")
        if not isinstance(exp_rules, list) or not isinstance(allowed, list):
            err("%s: expect.rules/allowed must be lists" % rid)
            continue
        for rule in exp_rules + allowed:
            if rule not in rules:
                err("%s: unknown rule %r" % (rid, rule))
        if set(exp_rules) & set(allowed):
            err("%s: rule both expected and allowed" % rid)
        if len(set(exp_rules)) != len(exp_rules) or len(set(allowed)) != len(allowed):
            err("%s: duplicate rule" % rid)
        verdict = "ok"
        for rule in exp_rules:
            sev = rules.get(rule) or BUILTIN.get(rule)
            if sev and RANK[sev] > RANK[verdict]:
                verdict = sev
        if exp.get("verdict") != verdict:
            err("%s: verdict %r, expected %r" % (rid, exp.get("verdict"), verdict))
        # row conventions
        pat, role, k = r.get("account_pattern"), r.get("account_role"), r.get("kind_of_row")
        if k == "positive":
            if role != "positive":
                err("%s: positive row in a hard-negative account" % rid)
            if pat not in exp_rules:
                err("%s: positive row does not expect %s" % (rid, pat))
            if r.get("family") != pat:
                err("%s: family should be %s" % (rid, pat))
            if pat == MOD:
                if exp_rules != [MOD]:
                    err("%s: moderation positive must expect only %s" % (rid, MOD))
                if r.get("kind") != "comment" or r.get("platform") != "facebook":
                    err("%s: moderation positive must be a facebook comment" % rid)
                if r.get("comment_by") == r.get("author"):
                    err("%s: moderation positive is the owner's own comment" % rid)
        elif k == "filler":
            if exp_rules or verdict != "ok":
                err("%s: filler must expect nothing" % rid)
            if r.get("family") != pat:
                err("%s: filler family should be %s" % (rid, pat))
            want = [pat] if role == "positive" else []
            if allowed != want:
                err("%s: filler allowed should be %s" % (rid, want))
        elif k == "hard_negative":
            if r.get("family") != "hard_negative":
                err("%s: hard-negative family" % rid)
            if pat in exp_rules or pat in allowed:
                err("%s: hard negative expects or allows its account rule" % rid)
            if exp_rules and not (pat == HR and role == "hard_negative" and exp_rules == [PA]):
                err("%s: hard negative expects %s" % (rid, exp_rules))
        # comments
        if r.get("kind") == "comment":
            if not r.get("comment_by") or not r.get("parent_id"):
                err("%s: comment without comment_by/parent_id" % rid)
        elif "parent_id" in r or "comment_by" in r:
            err("%s: post carries comment fields" % rid)
        # contact details
        for m in re.finditer(r"(?<!\d)0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}(?!\d)", r.get("text", "")):
            s = m.group(0).replace(" ", "")
            if not (re.fullmatch(r"07700900\d{3}", s) or re.fullmatch(r"01632960\d{3}", s)):
                err("%s: phone number %s not in a drama range" % (rid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.[\w.-]+)", r.get("text", "")):
            dom = m.group(1).lower()
            if not (dom == "example.com" or dom.endswith(".example.com")):
                err("%s: email domain %s" % (rid, dom))

    for t, c in texts.items():
        if c > 1:
            err("duplicate text: %r" % (t[:60],))

    # comment parents
    for r in rows:
        if r.get("kind") != "comment" or "_ts" not in r:
            continue
        p = by_id.get(r.get("parent_id"))
        if p is None:
            err("%s: parent %s missing" % (r["id"], r.get("parent_id")))
            continue
        if p.get("kind") != "post" or p.get("author") != r.get("author") or p.get("platform") != r.get("platform"):
            err("%s: parent must be a post by the same author on the same platform" % r["id"])
        if "_ts" in p and not (p["_ts"].date() == r["_ts"].date() and p["_ts"] < r["_ts"]):
            err("%s: parent must be earlier the same day" % r["id"])

    # accounts
    accounts = defaultdict(list)
    for r in rows:
        accounts[r.get("author")].append(r)
    per_rule = defaultdict(Counter)
    for author, rs in accounts.items():
        for field in ("account_pattern", "account_role", "platform", "account"):
            vals = {r.get(field) for r in rs}
            if len(vals) != 1:
                err("%s: more than one %s: %s" % (author, field, sorted(map(str, vals))))
        if not 5 <= len(rs) <= 15:
            err("%s: %d rows (5-15 wanted)" % (author, len(rs)))
        pat, role = rs[0].get("account_pattern"), rs[0].get("account_role")
        per_rule[pat][role] += 1
        post_days = Counter(r["_ts"].date() for r in rs if r.get("kind") == "post" and "_ts" in r)
        for d, c in post_days.items():
            if c > 1:
                err("%s: %d posts on %s" % (author, c, d))
        kinds = Counter(r.get("kind_of_row") for r in rs)
        if pat == HR and role == "positive":
            hostile_days = {r["_ts"].date() for r in rs if r.get("kind_of_row") == "positive"}
            if not 2 <= kinds["positive"] <= 5 or len(hostile_days) != kinds["positive"]:
                err("%s: hostile posts must be on 2-5 separate days" % author)
        if pat == MX and role == "positive" and not (kinds["positive"] and kinds["filler"]):
            err("%s: mixed account needs personal and council posts" % author)
        if rs[0].get("account") == "personal" and not (pat == MX and role == "hard_negative"):
            err("%s: personal account outside the mixed-account hard negatives" % author)
        if pat == MOD and rs[0].get("platform") != "facebook":
            err("%s: moderation accounts are facebook pages" % author)
        if role == "positive" and pat != MX and not kinds["positive"]:
            err("%s: positive account without positive rows" % author)
    for pat in ACCOUNT_RULES:
        if per_rule[pat]["positive"] < 6 or per_rule[pat]["hard_negative"] < 2:
            err("%s: %d positive / %d hard-negative accounts (6/2 wanted)"
                % (pat, per_rule[pat]["positive"], per_rule[pat]["hard_negative"]))

    # the build reproduces the file
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    try:
        import build
        with open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8") as f:
            if build.dumps(build.build()) != f.read():
                err("build.py does not reproduce accounts.jsonl")
    except Exception as e:  # noqa: BLE001
        err("build.py failed: %s" % e)

    # no absolute paths or home folders in the folder's files
    bad = re.compile("(" + "|".join([r"/" + "work/", r"/" + "home/", r"/" + "tmp/",
                                     r"/" + "Users/", r"[A-Za-z]:\\\\"]) + ")")
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                if bad.search(line):
                    err("%s:%d: absolute path" % (name, n))

    if source != "RULES.md":
        print("note: RULES.md not found, used the built-in copy", file=sys.stderr)


if __name__ == "__main__":
    main()
    if errors:
        for e in errors[:60]:
            print(e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")
