"""Check blind set b151 (accounts.jsonl). Standard library only. Prints OK or the problems."""
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
SET = "B151"
ACCOUNT_RULES = ["harassment.repeated-target", "moderation.third-party-comments", "capacity.mixed-account"]
BUILTIN = {  # base severities, used when shared/design/RULES.md cannot be found
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
    "harassment.repeated-target": "block", "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
FIELDS = {"id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
          "account_pattern", "account_role", "kind_of_row", "note"}
problems = []


def bad(msg):
    problems.append(msg)


def severities():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            sev = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([a-z][^|]*?)\s*\|\s*$", line)
                if m:
                    sev[m.group(1)] = re.match(r"[a-z]+", m.group(2)).group(0)
            if len(sev) >= 20:
                return sev
            break
        up = os.path.dirname(d)
        if up == d:
            break
        d = up
    return BUILTIN


SEV = severities()
council = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
handles = council["people"]["handles"]
rows = [json.loads(l) for l in open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8")]
byid = {r["id"]: r for r in rows}

for i, r in enumerate(rows, 1):
    rid = r.get("id")
    if rid != "%s-%04d" % (SET, i):
        bad("id out of sequence at line %d" % i)
    extra = {"comment_by", "parent_id"} if r.get("kind") == "comment" else set()
    if set(r) != FIELDS | extra:
        bad("%s: fields %s" % (rid, sorted(set(r) ^ (FIELDS | extra))))
    if set(r["expect"]) != {"rules", "allowed", "verdict"}:
        bad("%s: expect fields" % rid)
    if r["author"] not in handles:
        bad("%s: author not in council.toml" % rid)
    for m in re.findall(r"(?<![\w.])@\w+", r["text"]):
        if m not in handles:
            bad("%s: mention %s not in council.toml" % (rid, m))
    if r["platform"] not in ("facebook", "x", "bluesky"):
        bad("%s: platform" % rid)
    if r["account"] not in ("councillor", "personal"):
        bad("%s: account" % rid)
    if r["kind"] not in ("post", "reply", "comment"):
        bad("%s: kind" % rid)
    t = dt.datetime.fromisoformat(r["created_at"])
    if (t.utcoffset() != dt.timedelta(0) or t.weekday() > 4 or not 8 <= t.hour <= 18
            or not dt.date(2026, 2, 2) <= t.date() <= dt.date(2026, 3, 27)):
        bad("%s: timestamp %s" % (rid, r["created_at"]))
    exp = r["expect"]
    for x in exp["rules"] + exp["allowed"]:
        if x not in SEV:
            bad("%s: unknown rule %s" % (rid, x))
    if set(exp["rules"]) & set(exp["allowed"]):
        bad("%s: rule both expected and allowed" % rid)
    if len(set(exp["rules"])) != len(exp["rules"]) or len(set(exp["allowed"])) != len(exp["allowed"]):
        bad("%s: duplicate rule" % rid)
    v = max([SEV[x] for x in exp["rules"] if x in SEV], key=RANK.get, default="ok")
    if exp["verdict"] != v:
        bad("%s: verdict %s, expected %s" % (rid, exp["verdict"], v))
    pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
    if pat not in ACCOUNT_RULES or role not in ("positive", "hard_negative"):
        bad("%s: pattern or role" % rid)
    if kor not in ("positive", "hard_negative", "filler"):
        bad("%s: kind_of_row" % rid)
    if r["family"] != ("hard_negative" if kor == "hard_negative" else pat):
        bad("%s: family" % rid)
    acct_rules = set(ACCOUNT_RULES) & set(exp["rules"] + exp["allowed"])
    if acct_rules - {pat}:
        bad("%s: another account's rule" % rid)
    if kor == "positive" and (role != "positive" or pat not in exp["rules"]):
        bad("%s: positive row must expect the account rule in a positive account" % rid)
    if kor == "filler":
        if exp["rules"]:
            bad("%s: filler expects something" % rid)
        if (pat in exp["allowed"]) != (role == "positive") or len(exp["allowed"]) > (role == "positive"):
            bad("%s: filler allowed convention" % rid)
    if kor == "hard_negative" and acct_rules:
        bad("%s: hard negative touches the account rule" % rid)
    if r["kind"] == "comment":
        p = byid.get(r.get("parent_id"))
        if (not p or p["author"] != r["author"] or p["kind"] == "comment" or p["platform"] != r["platform"]
                or p["created_at"][:10] != r["created_at"][:10] or p["created_at"] >= r["created_at"]):
            bad("%s: comment parent" % rid)
        if r["comment_by"].startswith("@") and r["comment_by"] != r["author"]:
            bad("%s: an @ comment_by must be the owner" % rid)
    if not r["note"].strip():
        bad("%s: empty note" % rid)
    for ph in re.findall(r"\b0\d[\d ]{8,12}\d\b", r["text"]):
        if not re.fullmatch(r"07700 ?900\d{3}|01632 ?960\d{3}|020 ?7946 ?0\d{3}", ph.strip()):
            bad("%s: phone number outside drama ranges: %s" % (rid, ph))
    for em in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r["text"]):
        if not re.search(r"@(?:[\w-]+\.)*example\.(com|net|org)$", em):
            bad("%s: email not on an example domain" % rid)
    for url in re.findall(r"\b(?:https?://)?(?:[\w-]+\.)+(?:com|org|net|uk)\b", r["text"]):
        if not re.search(r"example\.(com|net|org)$", url):
            bad("%s: link not on an example domain: %s" % (rid, url))

texts = collections.Counter(r["text"] for r in rows)
for t, n in texts.items():
    if n > 1:
        bad("duplicate text: %s" % t[:50])

accounts = collections.defaultdict(list)
for r in rows:
    accounts[r["author"]].append(r)
summary = collections.Counter()
for h, rs in accounts.items():
    for f in ("account_pattern", "account_role", "platform", "account"):
        if len({r[f] for r in rs}) != 1:
            bad("%s: more than one %s" % (h, f))
    pat, role, acc = rs[0]["account_pattern"], rs[0]["account_role"], rs[0]["account"]
    summary[(pat, role)] += 1
    if not 5 <= len(rs) <= 15:
        bad("%s: %d rows" % (h, len(rs)))
    posts = [r for r in rs if r["kind"] != "comment"]
    days = [r["created_at"][:10] for r in posts]
    if len(days) != len(set(days)):
        bad("%s: two posts on one day" % h)
    for r in rs:
        if r["kind"] == "comment" and sum(1 for c in rs if c.get("parent_id") == r["parent_id"]) > 4:
            bad("%s: more than four comments under one post" % h)
    if acc == "personal" and not (pat == "capacity.mixed-account" and role == "hard_negative"):
        bad("%s: personal account outside the mixed-account hard negatives" % h)
    if pat == "harassment.repeated-target" and role == "positive":
        hostile = [r for r in rs if r["kind_of_row"] == "positive"]
        if not 2 <= len(hostile) <= 5 or len({r["created_at"][:10] for r in hostile}) != len(hostile):
            bad("%s: hostile posts must be 2-5, each on its own day" % h)
    if pat == "capacity.mixed-account" and role == "positive":
        if {r["kind_of_row"] for r in rs} != {"positive", "filler"}:
            bad("%s: mixed account needs personal and council posts" % h)
    if pat == "moderation.third-party-comments":
        if rs[0]["platform"] != "facebook":
            bad("%s: moderation accounts are facebook pages" % h)
        for r in rs:
            if r["kind_of_row"] == "positive" and (r["kind"] != "comment" or r["comment_by"] == h):
                bad("%s: moderation positive must be another person's comment" % r["id"])
    if pat != "moderation.third-party-comments" and any(r["kind"] == "comment" for r in rs):
        bad("%s: comments outside moderation accounts" % h)

for pat in ACCOUNT_RULES:
    if summary[(pat, "positive")] < 6 or summary[(pat, "hard_negative")] < 2:
        bad("%s: too few accounts" % pat)
if not 190 <= len(rows) <= 220:
    bad("row count %d" % len(rows))
if not 28 <= len(accounts) <= 34:
    bad("account count %d" % len(accounts))
kinds = collections.Counter(r["kind_of_row"] for r in rows)
if kinds["hard_negative"] < kinds["positive"]:
    bad("fewer hard negatives than positives")

for root, dirs, files in os.walk(HERE):
    if "__pycache__" in dirs:
        bad("__pycache__ present")
    for fn in files:
        txt = open(os.path.join(root, fn), encoding="utf-8", errors="replace").read()
        if re.search(r"(?<![\w.])/(?:work|home|tmp|Users|root|mnt)/", txt):
            bad("%s: absolute path" % fn)

with tempfile.TemporaryDirectory() as tmp:
    src = open(os.path.join(HERE, "build.py"), encoding="utf-8").read()
    open(os.path.join(tmp, "build.py"), "w", encoding="utf-8").write(src)
    subprocess.run([sys.executable, "-B", os.path.join(tmp, "build.py")], check=True, capture_output=True)
    a = open(os.path.join(tmp, "accounts.jsonl"), "rb").read()
    b = open(os.path.join(HERE, "accounts.jsonl"), "rb").read()
    if a != b:
        bad("build.py does not reproduce accounts.jsonl")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
