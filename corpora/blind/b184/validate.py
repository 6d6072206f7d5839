#!/usr/bin/env python3
"""Validate blind set b184 (account-level rules). Prints OK or the problems found."""
import collections
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B184"
FIRST_DAY = dt.date(2026, 1, 26)
LAST_DAY = dt.date(2026, 4, 10)
ACCOUNT_RULES = ["harassment.repeated-target", "moderation.third-party-comments",
                 "capacity.mixed-account"]
HARASS, MOD, MIXED = ACCOUNT_RULES
PLATFORMS = {"x", "facebook", "bluesky"}
BASE_FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind",
               "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"]
COMMENT_FIELDS = BASE_FIELDS[:7] + ["comment_by", "parent_id"] + BASE_FIELDS[7:]
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Built-in copy of the rule ids and base severities (the lower one where the
# catalogue says "review; block when ..."), used when RULES.md is not found.
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
    "harassment.repeated-target": "block", "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}

problems = []


def bad(msg):
    problems.append(msg)


def find_rules_md():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            return p
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_rules():
    p = find_rules_md()
    if not p:
        return BUILTIN, "built-in"
    sev = {}
    for line in open(p, encoding="utf-8"):
        m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]+?)\s*\|\s*$", line)
        if m:
            w = re.match(r"(advice|review|block)\b", m.group(2))
            sev[m.group(1)] = w.group(1) if w else None
    if not sev:
        return BUILTIN, "built-in"
    return sev, "RULES.md"


def main():
    sev, source = load_rules()
    for r in ACCOUNT_RULES:
        if r not in sev:
            bad("account rule %s missing from %s" % (r, source))

    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    if council.get("council", {}).get("code") != "bexley":
        bad("council.toml: code must be bexley")
    if council.get("council", {}).get("timezone") != "Europe/London":
        bad("council.toml: timezone must be Europe/London")
    allowed_top = {"council", "people", "self", "registers"}
    for k in council:
        if k not in allowed_top:
            bad("council.toml: unknown table %s" % k)
    people = council.get("people", {})
    for k in people:
        if k not in {"councillors", "officers", "public_office_holders", "handles"}:
            bad("council.toml: unknown key people.%s" % k)
    handles = people.get("handles", {})
    names = set(people.get("councillors", [])) | set(people.get("officers", [])) | \
        set(people.get("public_office_holders", []))
    for h, n in handles.items():
        if n not in names and "Council" not in n:
            bad("council.toml: handle %s maps to unknown person %s" % (h, n))

    path = os.path.join(HERE, "accounts.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad("line %d: not JSON (%s)" % (i, e))
    byid = {}
    for i, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET, i)
        if r.get("id") != want:
            bad("line %d: id %r, expected %s" % (i, r.get("id"), want))
        byid[r.get("id")] = r

    mention = re.compile(r"(?<![\w.@])@[A-Za-z0-9_]+")
    phone = re.compile(r"(?<!\d)0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}(?!\d)")
    email = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
    url = re.compile(r"\b(?:https?://)?((?:[\w-]+\.)+(?:com|net|org|uk|co|io|ly))(?:/\S*)?", re.I)
    texts = collections.Counter()

    for r in rows:
        rid = r.get("id")
        fields = COMMENT_FIELDS if r.get("kind") == "comment" else BASE_FIELDS
        if list(r.keys()) != fields:
            bad("%s: fields %s, expected %s" % (rid, list(r.keys()), fields))
            continue
        if set(r["expect"].keys()) != {"rules", "allowed", "verdict"}:
            bad("%s: expect keys %s" % (rid, list(r["expect"].keys())))
            continue
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            bad("%s: empty text" % rid)
        texts[text] += 1
        if r["author"] not in handles:
            bad("%s: author %s not in council.toml" % (rid, r["author"]))
        for m in mention.findall(text):
            if m not in handles:
                bad("%s: mention %s not in council.toml" % (rid, m))
        if r["platform"] not in PLATFORMS:
            bad("%s: platform %s" % (rid, r["platform"]))
        if r["account"] not in {"councillor", "personal"}:
            bad("%s: account %s" % (rid, r["account"]))
        if r["kind"] not in {"post", "reply", "comment"}:
            bad("%s: kind %s" % (rid, r["kind"]))
        # timestamps
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r["created_at"])
        if not m:
            bad("%s: created_at %s" % (rid, r["created_at"]))
            continue
        t = dt.datetime(*map(int, m.groups()))
        r["_t"] = t
        if not (FIRST_DAY <= t.date() <= LAST_DAY) or t.weekday() > 4 or not (8 <= t.hour <= 18):
            bad("%s: time %s outside weekdays 08:00-18:59 %s..%s" % (rid, t, FIRST_DAY, LAST_DAY))
        # rules
        e = r["expect"]
        for rule in e["rules"] + e["allowed"]:
            if rule not in sev:
                bad("%s: unknown rule %s" % (rid, rule))
        if len(set(e["rules"])) != len(e["rules"]) or len(set(e["allowed"])) != len(e["allowed"]):
            bad("%s: duplicate rule in a list" % rid)
        if set(e["rules"]) & set(e["allowed"]):
            bad("%s: rule both expected and allowed" % rid)
        verdict = "ok"
        for rule in e["rules"]:
            s = sev.get(rule)
            if s is None:
                bad("%s: expected rule %s has no base severity" % (rid, rule))
                continue
            if RANK[s] > RANK[verdict]:
                verdict = s
        if e["verdict"] != verdict:
            bad("%s: verdict %s, expected %s" % (rid, e["verdict"], verdict))
        # row-kind conventions
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES:
            bad("%s: account_pattern %s" % (rid, pat))
        if role not in {"positive", "hard_negative"}:
            bad("%s: account_role %s" % (rid, role))
        if kor not in {"positive", "hard_negative", "filler"}:
            bad("%s: kind_of_row %s" % (rid, kor))
        others = set(ACCOUNT_RULES) - {pat}
        if others & set(e["rules"] + e["allowed"]):
            bad("%s: carries an account rule other than the account's own" % rid)
        if kor == "positive":
            if role != "positive" or r["family"] != pat or pat not in e["rules"]:
                bad("%s: positive row must be in a positive account, family and expect the account rule" % rid)
            if pat in (MIXED, MOD) and e["rules"] != [pat]:
                bad("%s: %s positives expect only the account rule" % (rid, pat))
        elif kor == "filler":
            if r["family"] != pat or e["rules"] or e["verdict"] != "ok":
                bad("%s: filler must have family = account rule, expect nothing, ok" % rid)
            if role == "positive" and pat not in e["allowed"]:
                bad("%s: filler in a positive account must allow the account rule" % rid)
            if role == "hard_negative" and e["allowed"]:
                bad("%s: filler in a hard-negative account allows nothing" % rid)
        elif kor == "hard_negative":
            if r["family"] != "hard_negative":
                bad("%s: hard-negative family" % rid)
            if set(ACCOUNT_RULES) & set(e["rules"] + e["allowed"]):
                bad("%s: hard negative carries an account rule" % rid)
            if e["rules"] and not (pat == HARASS and role == "hard_negative"
                                   and e["rules"] == ["respect.personal-attack"]):
                bad("%s: hard negative expects %s" % (rid, e["rules"]))
        # note
        note = r["note"]
        if not re.match(r"\[(positive|hard negative|filler)\] \S", note):
            bad("%s: note must start with its tag" % rid)
        else:
            tag = note[1:note.index("]")].replace(" ", "_")
            if tag != kor:
                bad("%s: note tag %s does not match kind_of_row %s" % (rid, tag, kor))
        for cited in re.findall(r"%s-\d{4}" % SET, note):
            if cited not in byid:
                bad("%s: note cites unknown row %s" % (rid, cited))
            elif cited == rid:
                bad("%s: note cites itself" % rid)
        if "{" in note or "}" in note:
            bad("%s: unresolved reference in note" % rid)
        # phones, emails, links
        for p in phone.findall(text):
            digits = p.replace(" ", "")
            if len(digits) != 11 or not (
                    (digits.startswith("07700") and 900000 <= int(digits[5:]) <= 900999) or
                    (digits.startswith("01632") and 960000 <= int(digits[5:]) <= 960999)):
                bad("%s: phone number %s outside the drama ranges" % (rid, p))
        for dom in email.findall(text):
            if dom.lower() not in {"example.com", "example.net", "example.org"}:
                bad("%s: email domain %s" % (rid, dom))
        for dom in url.findall(text):
            d = dom.lower()
            if not re.search(r"(^|\.)example\.(com|net|org)$", d):
                bad("%s: link domain %s" % (rid, dom))

    for t, n in texts.items():
        if n > 1:
            bad("duplicate text: %r" % t[:60])

    # comments
    for r in rows:
        if r.get("kind") != "comment" or "_t" not in r:
            continue
        rid = r["id"]
        p = byid.get(r["parent_id"])
        if p is None:
            bad("%s: parent %s missing" % (rid, r["parent_id"]))
            continue
        if p["kind"] != "post" or p["author"] != r["author"] or p["platform"] != r["platform"]:
            bad("%s: parent must be the page owner's post on the same platform" % rid)
        elif "_t" in p and (p["_t"].date() != r["_t"].date() or p["_t"] >= r["_t"]):
            bad("%s: comment must follow its parent the same day" % rid)
        by = r["comment_by"]
        if by.startswith("@"):
            if by != r["author"]:
                bad("%s: a handle in comment_by must be the page owner's" % rid)
        elif not re.fullmatch(r"[A-Z][a-z]+ [A-Z][A-Za-z'-]+", by):
            bad("%s: comment_by %r is not a plain invented name" % (rid, by))
        if r["account_pattern"] != MOD:
            bad("%s: comments belong to moderation accounts" % rid)

    # per account
    accounts = collections.defaultdict(list)
    for r in rows:
        accounts[r.get("author")].append(r)
    per_rule = collections.defaultdict(collections.Counter)
    for a, rs in accounts.items():
        for f in ("account_pattern", "account_role", "platform", "account"):
            vals = {r.get(f) for r in rs}
            if len(vals) != 1:
                bad("%s: several %s values %s" % (a, f, vals))
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        per_rule[pat][role] += 1
        if not 5 <= len(rs) <= 15:
            bad("%s: %d rows (5-15)" % (a, len(rs)))
        post_days = collections.Counter(r["_t"].date() for r in rs
                                         if r["kind"] != "comment" and "_t" in r)
        for d, n in post_days.items():
            if n > 1:
                bad("%s: %d posts on %s" % (a, n, d))
        kors = collections.Counter(r["kind_of_row"] for r in rs)
        if role == "hard_negative" and kors["positive"]:
            bad("%s: positive rows in a hard-negative account" % a)
        if role == "positive" and not kors["positive"]:
            bad("%s: positive account without positive rows" % a)
        if rs[0]["account"] == "personal" and not (pat == MIXED and role == "hard_negative"):
            bad("%s: personal accounts only among mixed-account hard negatives" % a)
        if pat == HARASS and role == "positive":
            hostile = [r for r in rs if r["kind_of_row"] == "positive"]
            if not 2 <= len(hostile) <= 5:
                bad("%s: %d hostile posts (2-5)" % (a, len(hostile)))
            if len({r["_t"].date() for r in hostile}) != len(hostile):
                bad("%s: hostile posts must be on different days" % a)
            if any(r["kind"] == "comment" for r in hostile):
                bad("%s: hostile posts must be the account's own posts" % a)
        if pat == MIXED and role == "positive":
            if not kors["positive"] or not kors["filler"]:
                bad("%s: mixed account needs personal and council posts" % a)
        if pat == MIXED and role == "hard_negative" and kors["filler"]:
            bad("%s: mixed hard-negative rows are all hard negatives" % a)
        if pat == MOD:
            if rs[0]["platform"] != "facebook":
                bad("%s: moderation accounts are facebook pages" % a)
            for r in rs:
                if r["kind_of_row"] == "positive" and (
                        r["kind"] != "comment" or r["comment_by"] == r["author"]):
                    bad("%s: moderation positives are others' comments" % r["id"])

    for rule in ACCOUNT_RULES:
        if per_rule[rule]["positive"] < 6 or per_rule[rule]["hard_negative"] < 2:
            bad("%s: %d positive / %d hard-negative accounts (need 6 / 2)"
                % (rule, per_rule[rule]["positive"], per_rule[rule]["hard_negative"]))
    if not 190 <= len(rows) <= 210:
        bad("%d rows (190-210)" % len(rows))
    if not 28 <= len(accounts) <= 34:
        bad("%d accounts (28-34)" % len(accounts))
    kors = collections.Counter(r.get("kind_of_row") for r in rows)
    if kors["hard_negative"] < kors["positive"]:
        bad("hard negatives (%d) fewer than positives (%d)" % (kors["hard_negative"], kors["positive"]))

    # the folder: no absolute paths, no caches, only the expected files
    expected = {"README.md", "accounts.jsonl", "build.py", "validate.py", "council.toml"}
    for name in os.listdir(HERE):
        if name not in expected:
            bad("unexpected file in the folder: %s" % name)
    abs_path = re.compile(r"(/work/|/home/|/tmp/|/root/|/Users/|[A-Z]:\\\\)")
    for name in sorted(expected & set(os.listdir(HERE))):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            body = f.read()
        if name == "validate.py":
            body = body.replace(abs_path.pattern, "")
        if abs_path.search(body):
            bad("%s: contains an absolute path" % name)

    # build.py reproduces accounts.jsonl byte for byte
    with tempfile.TemporaryDirectory() as td:
        out = os.path.join(td, "accounts.jsonl")
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        res = subprocess.run([sys.executable, "-B", os.path.join(HERE, "build.py"), "--out", out],
                             capture_output=True, text=True, env=env)
        if res.returncode != 0:
            bad("build.py failed: %s" % res.stderr.strip())
        else:
            with open(out, "rb") as f1, open(path, "rb") as f2:
                if f1.read() != f2.read():
                    bad("build.py does not reproduce accounts.jsonl")

    if problems:
        for p in problems:
            print(p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
