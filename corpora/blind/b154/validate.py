#!/usr/bin/env python3
"""Check blind set b154 (accounts.jsonl and council.toml) and print OK.

Standard library only. Finds shared/design/RULES.md by walking up from this
folder; if it is not there, uses the built-in copy of rule ids and base
severities below.
"""
import collections
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B154"
HR = "harassment.repeated-target"
MO = "moderation.third-party-comments"
MX = "capacity.mixed-account"
ACCOUNT_RULES = (HR, MO, MX)

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
    "association.endorsed-content": "advice",
    HR: "block", MO: "review", MX: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

START = dt.date(2026, 10, 5)
END = dt.date(2026, 11, 27)
BST_END = dt.date(2026, 10, 25)

BASE_FIELDS = {"id", "text", "author", "created_at", "platform", "account", "kind",
               "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"}
COMMENT_FIELDS = BASE_FIELDS | {"comment_by", "parent_id"}

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            break
        up = os.path.dirname(d)
        if up == d:
            return dict(BUILTIN)
        d = up
    rules = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]+?)\s*\|\s*$", line)
            if not m:
                continue
            sev = m.group(2).lower()
            if sev.startswith("same as"):
                sev = "advice"      # one level lower than the amplified rule; never expected here
            else:
                sev = re.split(r"[;:,\s]", sev)[0]
            if sev in RANK:
                rules[m.group(1)] = sev
    if not rules:
        return dict(BUILTIN)
    for r in ACCOUNT_RULES:
        if r not in rules:
            err("RULES.md lacks account rule %s" % r)
    for r, sev in BUILTIN.items():
        if rules.get(r) != sev:
            err("RULES.md and the built-in copy disagree on %s" % r)
    return rules


def local_ok(ts):
    """Parse created_at; check weekday, window, offset for the date, 08:00-18:59 local."""
    try:
        t = dt.datetime.fromisoformat(ts)
    except ValueError:
        return None, "bad timestamp %r" % ts
    if t.tzinfo is None:
        return None, "timestamp without offset %r" % ts
    day = t.date()
    want = dt.timedelta(hours=1) if day < BST_END else dt.timedelta(0)
    if t.utcoffset() != want:
        return None, "offset of %s is not Europe/London's" % ts
    if not (START <= day <= END) or day.weekday() > 4:
        return None, "%s is not a weekday in the window" % ts
    if not (8 <= t.hour <= 18):
        return None, "%s is outside 08:00-18:59" % ts
    return t, None


PHONE = re.compile(r"(?<!\d)(?:\+44\s?|0)\d[\d ]{8,12}\d(?!\d)")
DRAMA = [re.compile(r"^07700 ?900\d{3}$"), re.compile(r"^01632 ?960\d{3}$"),
         re.compile(r"^0113 ?496 ?0\d{3}$"), re.compile(r"^020 ?7946 ?0\d{3}$")]
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+[a-z]{2,}", re.I)
URL = re.compile(r"https?://([^/\s]+)")
SAFE_DOMAIN = re.compile(r"(^|\.)example\.(com|net|org)$")
MENTION = re.compile(r"(?<![\w@])@\w+")


def main():
    rules_sev = load_rules()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    handles = council["people"]["handles"]
    people = set(council["people"]["councillors"]) | set(council["people"]["officers"]) | \
        set(council["people"].get("public_office_holders", []))
    for h, who in handles.items():
        if who not in people and who != council["council"]["name"]:
            err("handle %s maps to unknown person %s" % (h, who))

    rows = []
    with open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
    byid = {}
    texts = collections.Counter()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "%s-%04d" % (SET, i):
            err("id out of sequence at row %d: %r" % (i, rid))
        byid[rid] = r
        want = COMMENT_FIELDS if r.get("kind") == "comment" else BASE_FIELDS
        if set(r) != want:
            err("%s: fields %s" % (rid, sorted(set(r) ^ want)))
            continue
        texts[r["text"]] += 1
        if r["author"] not in handles:
            err("%s: author %s not in council.toml" % (rid, r["author"]))
        for m in MENTION.findall(r["text"]):
            if m not in handles:
                err("%s: mention %s not in council.toml" % (rid, m))
        if r["platform"] not in ("facebook", "x", "bluesky"):
            err("%s: platform %r" % (rid, r["platform"]))
        if r["account"] not in ("councillor", "personal"):
            err("%s: account %r" % (rid, r["account"]))
        if r["kind"] not in ("post", "reply", "comment"):
            err("%s: kind %r" % (rid, r["kind"]))
        if r["kind"] == "reply" and r["platform"] != "x":
            err("%s: replies are x replies" % rid)
        t, problem = local_ok(r["created_at"])
        if problem:
            err("%s: %s" % (rid, problem))
        r["_t"] = t
        # expectations
        ex = r["expect"]
        if set(ex) != {"rules", "allowed", "verdict"}:
            err("%s: expect fields %s" % (rid, sorted(ex)))
            continue
        for rule in ex["rules"] + ex["allowed"]:
            if rule not in rules_sev:
                err("%s: unknown rule %s" % (rid, rule))
        if set(ex["rules"]) & set(ex["allowed"]):
            err("%s: rule both expected and allowed" % rid)
        if len(set(ex["rules"])) != len(ex["rules"]) or len(set(ex["allowed"])) != len(ex["allowed"]):
            err("%s: repeated rule" % rid)
        best = "ok"
        for rule in ex["rules"]:
            s = rules_sev.get(rule, "ok")
            if RANK[s] > RANK[best]:
                best = s
        if ex["verdict"] != best:
            err("%s: verdict %s, expected %s" % (rid, ex["verdict"], best))
        # row conventions
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES or role not in ("positive", "hard_negative") or \
                kor not in ("positive", "hard_negative", "filler"):
            err("%s: pattern/role/kind_of_row %r %r %r" % (rid, pat, role, kor))
            continue
        others = set(ACCOUNT_RULES) - {pat}
        if others & (set(ex["rules"]) | set(ex["allowed"])):
            err("%s: another account's rule" % rid)
        if kor == "positive":
            if role != "positive" or pat not in ex["rules"] or r["family"] != pat:
                err("%s: positive row conventions" % rid)
        elif kor == "filler":
            want_allowed = [pat] if role == "positive" else []
            if ex["rules"] or ex["allowed"] != want_allowed or ex["verdict"] != "ok" or r["family"] != pat:
                err("%s: filler row conventions" % rid)
        else:
            if pat in ex["rules"] or pat in ex["allowed"] or r["family"] != "hard_negative":
                err("%s: hard-negative row conventions" % rid)
        if r["account"] == "personal" and not (pat == MX and role == "hard_negative"):
            err("%s: personal accounts only among the mixed-account hard negatives" % rid)
        if pat == HR and kor == "hard_negative" and ex["rules"] and ex["rules"] != ["respect.personal-attack"]:
            err("%s: harassment hard negatives expect at most a personal attack" % rid)
        if pat == MO and kor == "positive":
            if r["kind"] != "comment" or r["comment_by"] == r["author"] or r["platform"] != "facebook":
                err("%s: moderation positives are others' comments on facebook pages" % rid)
            if ex["rules"] != [MO]:
                err("%s: moderation positives expect the account rule only" % rid)
        if pat == MO and kor == "filler" and r["kind"] == "comment":
            err("%s: comments in moderation accounts are positive or hard negative" % rid)
        if pat == MX and kor == "positive" and r["kind"] == "comment":
            err("%s: mixed positives are the owner's posts" % rid)
        # privacy details in the text
        for m in PHONE.finditer(r["text"]):
            num = m.group(0).strip()
            if not any(p.match(num) for p in DRAMA):
                err("%s: phone number %r outside the drama ranges" % (rid, num))
        for m in EMAIL.finditer(r["text"]):
            dom = m.group(0).split("@", 1)[1].lower()
            if not SAFE_DOMAIN.search(dom):
                err("%s: email domain %s" % (rid, dom))
        for m in URL.finditer(r["text"]):
            if not SAFE_DOMAIN.search(m.group(1).lower()):
                err("%s: link domain %s" % (rid, m.group(1)))

    for text, n in texts.items():
        if n > 1:
            err("duplicate text: %s" % text[:60])

    # comments and their parents
    for r in rows:
        if r.get("kind") != "comment" or "parent_id" not in r:
            continue
        p = byid.get(r["parent_id"])
        if p is None:
            err("%s: parent %s missing" % (r["id"], r["parent_id"]))
            continue
        if p["kind"] != "post" or p["author"] != r["author"] or p["platform"] != r["platform"]:
            err("%s: parent is not the owner's post on the same platform" % r["id"])
        if r["_t"] and p["_t"] and (r["_t"].date() != p["_t"].date() or r["_t"] <= p["_t"]):
            err("%s: comment not later the same day as its post" % r["id"])
        by = r["comment_by"]
        if by.startswith("@"):
            if by != r["author"]:
                err("%s: an owner reply's comment_by is the owner's handle" % r["id"])
            if r["kind_of_row"] != "hard_negative":
                err("%s: owner replies are hard negatives" % r["id"])
        elif by in handles or not re.match(r"^[A-Z][a-z]+( [A-Z][A-Za-z'-]+)+$", by):
            err("%s: commenter %r should be an invented member of the public" % (r["id"], by))

    # accounts
    accounts = collections.defaultdict(list)
    for r in rows:
        if "author" in r:
            accounts[r["author"]].append(r)
    per_rule = collections.Counter()
    for h, rs in accounts.items():
        for key in ("account_pattern", "account_role", "platform", "account"):
            vals = {r[key] for r in rs}
            if len(vals) != 1:
                err("%s: more than one %s: %s" % (h, key, sorted(vals)))
        if not 5 <= len(rs) <= 15:
            err("%s: %d rows (5-15 wanted)" % (h, len(rs)))
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        per_rule[(pat, role)] += 1
        days = collections.Counter(r["_t"].date() for r in rs if r["kind"] != "comment" and r["_t"])
        for d, n in days.items():
            if n > 1:
                err("%s: %d posts on %s" % (h, n, d))
        kinds = collections.Counter(r["kind_of_row"] for r in rs)
        if pat == HR and role == "positive":
            hostile = [r for r in rs if r["kind_of_row"] == "positive"]
            if not 2 <= len(hostile) <= 5:
                err("%s: %d hostile posts (2-5 wanted)" % (h, len(hostile)))
            if len({r["_t"].date() for r in hostile}) != len(hostile):
                err("%s: hostile posts share a day" % h)
            if any(r["kind"] == "comment" for r in hostile):
                err("%s: hostile rows are the owner's posts or replies" % h)
        if pat == HR and role == "hard_negative":
            attacks = [r for r in rs if r["expect"]["rules"]]
            if len(attacks) > 2:
                err("%s: too many attacks for a hard negative" % h)
            targets = collections.Counter()
            for r in attacks:
                for name in council["people"]["councillors"] + council["people"]["officers"]:
                    if name.split()[-1] in r["text"]:
                        targets[name] += 1
            if any(n > 1 for n in targets.values()):
                err("%s: two attacks on one person in a hard-negative account" % h)
        if pat == MX and role == "positive" and not (kinds["positive"] and kinds["filler"]):
            err("%s: a mixed account needs both personal and council posts" % h)
        if pat == MO and role == "positive" and not kinds["positive"]:
            err("%s: no comment left up" % h)
        if pat == MO and any(r["platform"] != "facebook" for r in rs):
            err("%s: moderation accounts are facebook pages" % h)
        if role == "hard_negative" and kinds["positive"]:
            err("%s: positive rows in a hard-negative account" % h)

    for rule in ACCOUNT_RULES:
        if per_rule[(rule, "positive")] < 6 or per_rule[(rule, "hard_negative")] < 2:
            err("%s: %d positive and %d hard-negative accounts" % (
                rule, per_rule[(rule, "positive")], per_rule[(rule, "hard_negative")]))
    if not 190 <= len(rows) <= 210:
        err("%d rows (190-210 wanted)" % len(rows))
    if not 28 <= len(accounts) <= 34:
        err("%d accounts (28-34 wanted)" % len(accounts))
    kor = collections.Counter(r.get("kind_of_row") for r in rows)
    if kor["hard_negative"] < kor["positive"]:
        err("fewer hard negatives (%d) than positives (%d)" % (kor["hard_negative"], kor["positive"]))

    # nothing in the folder names an absolute path
    bad = re.compile("(" + "|".join([
        r"/" + "work" + r"/", r"/" + "home" + r"/", r"/" + "Users" + r"/", r"/" + "tmp" + r"/",
        r"/" + "root" + r"/", r"[A-Za-z]:\\\\",
    ]) + ")")
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if name == "__pycache__":
            err("__pycache__ in the folder")
            continue
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            m = bad.search(f.read())
        if m:
            err("%s contains an absolute path (%s)" % (name, m.group(0)))
    expected_files = {"accounts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}
    present = {n for n in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, n))}
    if present != expected_files:
        err("folder files: %s" % sorted(present ^ expected_files))

    # build.py reproduces accounts.jsonl byte for byte
    fd, tmp = tempfile.mkstemp(suffix=".jsonl")
    os.close(fd)
    try:
        subprocess.run([sys.executable, "-B", os.path.join(HERE, "build.py"), tmp],
                       check=True, stdout=subprocess.DEVNULL)
        with open(tmp, "rb") as a, open(os.path.join(HERE, "accounts.jsonl"), "rb") as b:
            if a.read() != b.read():
                err("build.py does not reproduce accounts.jsonl")
    finally:
        os.remove(tmp)

    if errors:
        for e in errors[:60]:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
