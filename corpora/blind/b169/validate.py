#!/usr/bin/env python3
"""Check blind set b169 (account-level rules). Standard library only. Prints OK or the problems."""
import collections
import datetime
import json
import os
import re
import subprocess
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B169"
HR = "harassment.repeated-target"
MOD = "moderation.third-party-comments"
MIX = "capacity.mixed-account"
ACCOUNT_RULES = {HR, MOD, MIX}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FIRST_DAY = datetime.date(2026, 3, 2)
LAST_DAY = datetime.date(2026, 5, 29)

# Built-in copy of the rule ids and base severities (used when RULES.md is not found).
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
    HR: "block", MOD: "review", MIX: "advice",
}

FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
          "account_pattern", "account_role", "kind_of_row", "note"]
COMMENT_FIELDS = FIELDS + ["comment_by", "parent_id"]

problems = []


def bad(msg):
    problems.append(msg)


def load_severities():
    d = HERE
    while True:
        path = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(path):
            sev = {}
            with open(path, encoding="utf-8") as f:
                for line in f:
                    m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                    if not m:
                        continue
                    cells = [c.strip() for c in line.strip().strip("|").split("|")]
                    w = re.match(r"(advice|review|block)\b", cells[-1])
                    sev[m.group(1)] = w.group(1) if w else None
            if sev:
                return sev, "RULES.md"
        parent = os.path.dirname(d)
        if parent == d:
            return BUILTIN, "built-in copy"
        d = parent


def main():
    sev, source = load_severities()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    handles = set(council["people"]["handles"])

    path = os.path.join(HERE, "posts.jsonl")
    with open(path, "rb") as f:
        raw = f.read()
    rows = []
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            bad("line %d does not parse: %s" % (n, e))
    by_id = {}
    for n, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "%s-%04d" % (SET, n):
            bad("line %d: id %r out of sequence" % (n, rid))
        by_id[rid] = r
        want = COMMENT_FIELDS if r.get("kind") == "comment" else FIELDS
        if sorted(r) != sorted(want):
            bad("%s: fields %s" % (rid, sorted(r)))
            continue
        if sorted(r["expect"]) != ["allowed", "rules", "verdict"]:
            bad("%s: expect fields %s" % (rid, sorted(r["expect"])))
            continue
        check_row(r, sev, handles)
    if problems:
        return
    check_parents(rows, by_id)
    check_accounts(rows)
    check_set(rows, raw)


def check_row(r, sev, handles):
    rid, text = r["id"], r["text"]
    if not isinstance(text, str) or not text.strip():
        bad("%s: empty text" % rid)
    if r["author"] not in handles:
        bad("%s: author %s not in council.toml" % (rid, r["author"]))
    for m in re.findall(r"(?<![\w.])@\w+", text):
        if m not in handles:
            bad("%s: @mention %s not in council.toml" % (rid, m))
    if r["platform"] not in ("facebook", "x", "bluesky"):
        bad("%s: platform %r" % (rid, r["platform"]))
    if r["account"] not in ("councillor", "personal"):
        bad("%s: account %r" % (rid, r["account"]))
    if r["kind"] not in ("post", "reply", "comment"):
        bad("%s: kind %r" % (rid, r["kind"]))
    try:
        t = datetime.datetime.fromisoformat(r["created_at"])
        if not r["created_at"].endswith("+00:00"):
            bad("%s: offset is not +00:00" % rid)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (FIRST_DAY <= t.date() <= LAST_DAY):
            bad("%s: time %s outside weekdays 08:00-18:59, %s to %s" % (rid, r["created_at"], FIRST_DAY, LAST_DAY))
    except (TypeError, ValueError):
        bad("%s: created_at %r" % (rid, r["created_at"]))
    e = r["expect"]
    for key in ("rules", "allowed"):
        if len(set(e[key])) != len(e[key]):
            bad("%s: repeated rule in %s" % (rid, key))
        for rule in e[key]:
            if rule not in sev:
                bad("%s: unknown rule %s" % (rid, rule))
            elif sev[rule] is None:
                bad("%s: rule %s has no base severity" % (rid, rule))
    if set(e["rules"]) & set(e["allowed"]):
        bad("%s: a rule both expected and allowed" % rid)
    best = "ok"
    for rule in e["rules"]:
        s = sev.get(rule)
        if s and RANK[s] > RANK[best]:
            best = s
    if e["verdict"] != best:
        bad("%s: verdict %s, expected %s" % (rid, e["verdict"], best))
    pat, role, kr = r["account_pattern"], r["account_role"], r["kind_of_row"]
    if pat not in ACCOUNT_RULES or role not in ("positive", "hard_negative"):
        bad("%s: account_pattern/role %s/%s" % (rid, pat, role))
        return
    others = (ACCOUNT_RULES - {pat}) & (set(e["rules"]) | set(e["allowed"]))
    if others:
        bad("%s: another account's rule %s" % (rid, sorted(others)))
    if kr == "positive":
        if role != "positive" or pat not in e["rules"] or r["family"] != pat:
            bad("%s: positive row conventions" % rid)
    elif kr == "filler":
        if e["rules"] or e["verdict"] != "ok" or r["family"] != pat:
            bad("%s: filler must expect nothing" % rid)
        if role == "positive" and e["allowed"] != [pat]:
            bad("%s: filler in a positive account allows exactly the account rule" % rid)
        if role == "hard_negative" and e["allowed"]:
            bad("%s: filler in a hard-negative account allows nothing" % rid)
    elif kr == "hard_negative":
        if pat in e["rules"] or pat in e["allowed"] or r["family"] != "hard_negative":
            bad("%s: hard-negative row conventions" % rid)
    else:
        bad("%s: kind_of_row %r" % (rid, kr))
    if r["kind"] == "comment" and pat != MOD:
        bad("%s: comments only in moderation accounts" % rid)
    if r["kind"] == "reply" and (pat != HR or r["platform"] != "x"):
        bad("%s: replies only in harassment accounts on x" % rid)
    if r["account"] == "personal" and not (pat == MIX and role == "hard_negative"):
        bad("%s: personal accounts only among mixed-account hard negatives" % rid)
    if pat == MOD and kr == "positive" and (r["kind"] != "comment" or r["comment_by"] == r["author"]
                                            or r["platform"] != "facebook"):
        bad("%s: moderation positives are others' comments on facebook pages" % rid)
    if pat == HR and kr == "positive" and r["kind"] == "comment":
        bad("%s: hostile posts are the account's own" % rid)
    for num in re.findall(r"(?<!\d)0\d[\d ]{8,12}\d(?!\d)", text):
        digits = num.replace(" ", "")
        if not (digits.startswith("07700900") or digits.startswith("01632960")
                or digits.startswith("0113496") or digits.startswith("0201946")):
            bad("%s: phone number %s outside the drama ranges" % (rid, num))
    for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text) + \
            re.findall(r"https?://([\w.-]+)", text):
        if not re.search(r"(^|\.)example\.(com|net|org)$", dom):
            bad("%s: domain %s not example.com/.net/.org" % (rid, dom))


def check_parents(rows, by_id):
    for r in rows:
        if r["kind"] != "comment":
            continue
        p = by_id.get(r["parent_id"])
        if p is None or p["kind"] != "post" or p["author"] != r["author"] or p["platform"] != r["platform"]:
            bad("%s: parent %s is not the owner's post on the same platform" % (r["id"], r["parent_id"]))
            continue
        if p["created_at"][:10] != r["created_at"][:10] or p["created_at"] >= r["created_at"]:
            bad("%s: parent %s is not earlier the same day" % (r["id"], r["parent_id"]))
        if not isinstance(r["comment_by"], str) or not r["comment_by"].strip():
            bad("%s: empty comment_by" % r["id"])
        elif r["comment_by"].startswith("@") and r["comment_by"] != r["author"]:
            bad("%s: an @ comment_by must be the owner's handle" % r["id"])


def check_accounts(rows):
    accts = collections.OrderedDict()
    for r in rows:
        accts.setdefault(r["author"], []).append(r)
    per_rule = collections.Counter()
    for handle, rs in accts.items():
        for key in ("account_pattern", "account_role", "platform", "account"):
            if len({r[key] for r in rs}) != 1:
                bad("%s: more than one %s" % (handle, key))
        if not 5 <= len(rs) <= 15:
            bad("%s: %d rows (5-15)" % (handle, len(rs)))
        days = [r["created_at"][:10] for r in rs if r["kind"] != "comment"]
        if len(days) != len(set(days)):
            bad("%s: two posts of the account on one day" % handle)
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        per_rule[(pat, role)] += 1
        kinds = collections.Counter(r["kind_of_row"] for r in rs)
        if role == "positive" and pat == HR:
            hostile = [r for r in rs if r["kind_of_row"] == "positive"]
            if not 2 <= len(hostile) <= 5:
                bad("%s: %d hostile posts (2-5)" % (handle, len(hostile)))
            if len({r["created_at"][:10] for r in hostile}) != len(hostile):
                bad("%s: hostile posts share a day" % handle)
        if role == "positive" and pat == MIX and not (kinds["positive"] and kinds["filler"]):
            bad("%s: a mixed account needs personal and council posts" % handle)
        if role == "positive" and not kinds["positive"]:
            bad("%s: positive account without positive rows" % handle)
        if role == "hard_negative" and kinds["positive"]:
            bad("%s: hard-negative account with positive rows" % handle)
    for pat in sorted(ACCOUNT_RULES):
        if per_rule[(pat, "positive")] < 6 or per_rule[(pat, "hard_negative")] < 2:
            bad("%s: %d positive and %d hard-negative accounts (at least 6 and 2)" % (
                pat, per_rule[(pat, "positive")], per_rule[(pat, "hard_negative")]))
    if not 28 <= len(accts) <= 34:
        bad("%d accounts (28-34)" % len(accts))


def check_set(rows, raw):
    if not 190 <= len(rows) <= 210:
        bad("%d rows (190-210)" % len(rows))
    kr = collections.Counter(r["kind_of_row"] for r in rows)
    if kr["hard_negative"] < kr["positive"]:
        bad("fewer hard negatives (%d) than positives (%d)" % (kr["hard_negative"], kr["positive"]))
    texts = collections.Counter(" ".join(r["text"].lower().split()) for r in rows)
    for t, c in texts.items():
        if c > 1:
            bad("duplicate text: %s" % t[:60])
    forbidden = ["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "C:" + "\\"]
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name == "__pycache__":
            bad("__pycache__ in the folder")
        if not os.path.isfile(p):
            continue
        with open(p, encoding="utf-8", errors="replace") as f:
            body = f.read()
        for s in forbidden:
            if s in body:
                bad("%s contains an absolute path (%s)" % (name, s))
    out = subprocess.run([sys.executable, "-B", os.path.join(HERE, "build.py"), "--stdout"],
                         capture_output=True, check=False)
    if out.returncode != 0 or out.stdout != raw:
        bad("build.py does not reproduce posts.jsonl byte for byte")


if __name__ == "__main__":
    main()
    if problems:
        for p in problems:
            print(p)
        sys.exit(1)
    print("OK")
