#!/usr/bin/env python3
"""Check blind set b178 (account-level rules) and print OK. Standard library only."""
import collections
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "accounts.jsonl")
SET = "B178"
FIRST, LAST = datetime.date(2026, 9, 14), datetime.date(2026, 11, 27)

HARASS = "harassment.repeated-target"
MODER = "moderation.third-party-comments"
MIXED = "capacity.mixed-account"
ACCOUNT_RULES = (HARASS, MODER, MIXED)

# Built-in copy of rule ids and base severities (the lower one where the
# catalogue says "review; block when severe"), used when RULES.md is not found.
BUILTIN = {
    "respect.personal-attack": "review", "respect.abusive-language": "review",
    "bullying.intimidation": "block", "equality.discrimination": "block",
    "officers.impartiality": "review", "confidentiality.disclosure": "review",
    "confidentiality.insider-advantage": "review",
    "data-protection.personal-data": "review",
    "predetermination.closed-mind": "review", "capacity.council-voice": "review",
    "resources.political-use": "review", "position.improper-advantage": "review",
    "interests.declared-interest": "review", "gifts.hospitality": "advice",
    "defamation.allegation": "review", "copyright.third-party-content": "advice",
    "haste.pause-before-posting": "advice", "meetings.during-meeting": "advice",
    "security.credentials": "block", "tone.irony-risk": "advice",
    "association.endorsed-content": None,   # severity follows the amplified rule
    HARASS: "block", MODER: "review", MIXED: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    d = HERE
    while True:
        cand = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(cand):
            break
        parent = os.path.dirname(d)
        if parent == d:
            return BUILTIN, "built-in copy"
        d = parent
    sev = {}
    with open(cand, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]+?)\s*\|\s*$", line)
            if m:
                first = re.match(r"[a-z]*", m.group(2).strip()).group()
                sev[m.group(1)] = first if first in RANK else None
    if not sev:
        err("no rules parsed from RULES.md")
        return BUILTIN, "built-in copy"
    return sev, "RULES.md"


SEV, SOURCE = load_rules()

with open(os.path.join(HERE, "council.toml"), "rb") as fh:
    council = tomllib.load(fh)
handles = set(council.get("people", {}).get("handles", {}))

rows = []
with open(DATA, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            err("line %d: bad JSON: %s" % (n, e))

BASE = ["id", "text", "author", "created_at", "platform", "account", "kind",
        "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"]
COMMENT = BASE[:7] + ["comment_by", "parent_id"] + BASE[7:]
by_id = {}
texts = collections.Counter()
mention = re.compile(r"(?<![\w.])@\w+")

for i, r in enumerate(rows, 1):
    rid = r.get("id")
    want = "%s-%04d" % (SET, i)
    if rid != want:
        err("row %d: id %r, expected %s" % (i, rid, want))
    by_id[rid] = r
    keys = list(r)
    if keys not in (BASE, COMMENT) or (r.get("kind") == "comment") != (keys == COMMENT):
        err("%s: field set/order %s" % (rid, keys))
    texts[r.get("text")] += 1
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        err("%s: empty text" % rid)
    if r.get("author") not in handles:
        err("%s: author %r not in council.toml" % (rid, r.get("author")))
    for h in mention.findall(r.get("text", "")):
        if h not in handles:
            err("%s: @mention %s not in council.toml" % (rid, h))
    if r.get("platform") not in ("facebook", "x", "bluesky"):
        err("%s: platform %r" % (rid, r.get("platform")))
    if r.get("account") not in ("councillor", "personal"):
        err("%s: account %r" % (rid, r.get("account")))
    if r.get("kind") not in ("post", "reply", "comment"):
        err("%s: kind %r" % (rid, r.get("kind")))
    try:
        ts = datetime.datetime.fromisoformat(r["created_at"])
        if not r["created_at"].endswith("+00:00"):
            err("%s: offset not +00:00" % rid)
        if ts.weekday() >= 5 or not (FIRST <= ts.date() <= LAST):
            err("%s: date %s outside weekdays %s..%s" % (rid, ts.date(), FIRST, LAST))
        if not (8 <= ts.hour <= 18):
            err("%s: time %s outside 08:00-18:59" % (rid, ts.time()))
    except (KeyError, ValueError, TypeError):
        err("%s: bad created_at" % rid)
    ex = r.get("expect", {})
    rules, allowed = ex.get("rules", []), ex.get("allowed", [])
    for x in rules + allowed:
        if x not in SEV:
            err("%s: unknown rule %s" % (rid, x))
    if set(rules) & set(allowed):
        err("%s: rule both expected and allowed" % rid)
    if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
        err("%s: duplicate rule" % rid)
    v = "ok"
    for x in rules:
        s = SEV.get(x)
        if s is None:
            err("%s: rule %s has no fixed base severity" % (rid, x))
        elif RANK[s] > RANK[v]:
            v = s
    if ex.get("verdict") != v:
        err("%s: verdict %r, expected %r" % (rid, ex.get("verdict"), v))
    pat, role, kor = r.get("account_pattern"), r.get("account_role"), r.get("kind_of_row")
    if pat not in ACCOUNT_RULES or role not in ("positive", "hard_negative") \
            or kor not in ("positive", "hard_negative", "filler"):
        err("%s: pattern/role/kind_of_row values" % rid)
        continue
    for x in ACCOUNT_RULES:
        if x != pat and (x in rules or x in allowed):
            err("%s: account rule %s not the account's own" % (rid, x))
    if kor == "positive":
        if role != "positive" or pat not in rules or r.get("family") != pat:
            err("%s: positive row conventions" % rid)
    elif kor == "filler":
        if rules or r.get("family") != pat:
            err("%s: filler row must expect nothing, family = pattern" % rid)
        if role == "positive" and allowed != [pat]:
            err("%s: filler in a positive account allows exactly the account rule" % rid)
        if role == "hard_negative" and allowed:
            err("%s: filler in a hard-negative account allows nothing" % rid)
    else:
        if r.get("family") != "hard_negative" or pat in rules or pat in allowed:
            err("%s: hard-negative row conventions" % rid)
        if rules and rules != ["respect.personal-attack"]:
            err("%s: a hard-negative row may only expect respect.personal-attack" % rid)
        if rules and pat != HARASS:
            err("%s: only harassment hard negatives expect anything" % rid)
    for m in re.finditer(r"\b0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}\b", r.get("text", "")):
        digits = re.sub(r"\D", "", m.group())
        if not (digits.startswith("07700900") or digits.startswith("01632960")
                or digits.startswith("01134960") or digits.startswith("02079460")):
            err("%s: phone number %s outside drama ranges" % (rid, m.group()))
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r.get("text", "")):
        if m.group(1).lower() not in ("example.com", "example.net", "example.org"):
            err("%s: email domain %s" % (rid, m.group(1)))
    for m in re.finditer(r"https?://([^/\s]+)", r.get("text", "")):
        if m.group(1).lower() not in ("example.com", "example.net", "example.org"):
            err("%s: link domain %s" % (rid, m.group(1)))

for t, c in texts.items():
    if c > 1:
        err("duplicate text: %r" % t[:60])

# comments
for r in rows:
    if r.get("kind") != "comment":
        continue
    p = by_id.get(r.get("parent_id"))
    if not p or p.get("kind") != "post" or p.get("author") != r["author"] \
            or p.get("platform") != r["platform"]:
        err("%s: parent must be the owner's post on the same platform" % r["id"])
        continue
    if p["created_at"][:10] != r["created_at"][:10] or p["created_at"] >= r["created_at"]:
        err("%s: comment must follow its parent the same day" % r["id"])
    if r["platform"] != "facebook":
        err("%s: comments only on facebook pages" % r["id"])
    if not r.get("comment_by"):
        err("%s: empty comment_by" % r["id"])
    elif r["comment_by"].startswith("@") and r["comment_by"] != r["author"]:
        err("%s: a handle in comment_by must be the owner's" % r["id"])

# accounts
accounts = collections.defaultdict(list)
for r in rows:
    accounts[r.get("author")].append(r)
per_rule = collections.Counter()
for a, rs in accounts.items():
    for f in ("account_pattern", "account_role", "platform", "account"):
        if len({r.get(f) for r in rs}) != 1:
            err("%s: more than one %s" % (a, f))
    pat, role = rs[0].get("account_pattern"), rs[0].get("account_role")
    per_rule[(pat, role)] += 1
    if not 5 <= len(rs) <= 15:
        err("%s: %d rows (5-15)" % (a, len(rs)))
    own = [r for r in rs if r.get("kind") != "comment"]
    days = [r["created_at"][:10] for r in own]
    if len(days) != len(set(days)):
        err("%s: more than one post on a day" % a)
    kinds = collections.Counter(r.get("kind_of_row") for r in rs)
    if rs[0].get("account") == "personal" and not (pat == MIXED and role == "hard_negative"):
        err("%s: personal accounts only among mixed-account hard negatives" % a)
    if role == "positive" and kinds["hard_negative"] and pat != MODER:
        err("%s: hard-negative rows in a positive %s account" % (a, pat))
    if role == "hard_negative" and kinds["positive"]:
        err("%s: positive rows in a hard-negative account" % a)
    if pat == HARASS and role == "positive":
        if not 2 <= kinds["positive"] <= 5:
            err("%s: %d hostile posts (2-5)" % (a, kinds["positive"]))
        targets_days = [r["created_at"][:10] for r in rs if r["kind_of_row"] == "positive"]
        if len(targets_days) != len(set(targets_days)):
            err("%s: two hostile posts on one day" % a)
        if any(r["kind"] == "comment" for r in rs):
            err("%s: comments in a harassment account" % a)
    if pat == MIXED and role == "positive" and not (kinds["positive"] and kinds["filler"]):
        err("%s: a mixed account needs both personal and council posts" % a)
    if pat == MODER:
        if rs[0]["platform"] != "facebook":
            err("%s: moderation accounts are facebook pages" % a)
        for r in rs:
            if r["kind_of_row"] == "positive" and (r["kind"] != "comment" or r["comment_by"] == a):
                err("%s: moderation positives are others' comments" % r["id"])
        if role == "positive" and not kinds["positive"]:
            err("%s: moderation positive account with no bad comment" % a)
for pat in ACCOUNT_RULES:
    if per_rule[(pat, "positive")] < 6 or per_rule[(pat, "hard_negative")] < 2:
        err("%s: need at least 6 positive and 2 hard-negative accounts" % pat)

allk = collections.Counter(r.get("kind_of_row") for r in rows)
if not 190 <= len(rows) <= 210:
    err("%d rows (190-210)" % len(rows))
if not 28 <= len(accounts) <= 34:
    err("%d accounts (28-34)" % len(accounts))
if allk["hard_negative"] < allk["positive"]:
    err("fewer hard negatives (%d) than positives (%d)" % (allk["hard_negative"], allk["positive"]))

# no absolute paths or stray files in the folder
bad_prefixes = ["/" + p + "/" for p in ("home", "work", "tmp", "Users", "root", "mnt", "var")]
for name in sorted(os.listdir(HERE)):
    path = os.path.join(HERE, name)
    if name == "__pycache__":
        err("__pycache__ present")
        continue
    if not os.path.isfile(path):
        err("unexpected entry %s" % name)
        continue
    with open(path, encoding="utf-8", errors="replace") as fh:
        body = fh.read()
    for p in bad_prefixes:
        if p in body:
            err("%s contains an absolute path (%s)" % (name, p))
    if re.search(r"[A-Za-z]:\\\\", body):
        err("%s contains a Windows path" % name)

# build.py reproduces accounts.jsonl byte for byte
with open(DATA, "rb") as fh:
    before = fh.read()
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "build.py")
    with open(os.path.join(HERE, "build.py"), "rb") as a, open(src, "wb") as b:
        b.write(a.read())
    subprocess.run([sys.executable, "-B", src], check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(tmp, "accounts.jsonl"), "rb") as fh:
        if fh.read() != before:
            err("build.py does not reproduce accounts.jsonl")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print("OK")
