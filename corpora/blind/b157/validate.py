"""Check blind set b157 (account-level rules) and print OK.

Standard library only. Finds shared/design/RULES.md by walking up from this
folder; if it is not found, uses the built-in copy of the rule ids and base
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
SET = "B157"
HARASS = "harassment.repeated-target"
MODER = "moderation.third-party-comments"
MIXED = "capacity.mixed-account"
ACCOUNT_RULES = {HARASS, MODER, MIXED}
PLATFORMS = {"facebook", "x", "bluesky", "instagram"}
FIRST_DAY = dt.date(2026, 9, 14)
LAST_DAY = dt.date(2026, 11, 27)
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

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
    HARASS: "block",
    MODER: "review",
    MIXED: "advice",
}

BASE_FIELDS = {"id", "text", "author", "created_at", "platform", "account", "kind",
               "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"}
COMMENT_FIELDS = BASE_FIELDS | {"comment_by", "parent_id"}

errors = []


def err(msg):
    errors.append(msg)


def load_severities():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            sev = {}
            with open(p, encoding="utf-8") as f:
                for line in f:
                    cells = [c.strip() for c in line.strip().strip("|").split("|")]
                    if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                        word = re.match(r"[a-z]+", cells[-1])
                        if word and word.group(0) in RANK:
                            sev[cells[0]] = word.group(0)
                        elif "one level lower" in cells[-1]:
                            sev[cells[0]] = "advice"
            if len(sev) >= 20:
                return sev, "RULES.md"
        up = os.path.dirname(d)
        if up == d:
            return dict(BUILTIN), "built-in copy"
        d = up


def uk_offset(day):
    def last_sunday(year, month):
        d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
        while d.weekday() != 6:
            d -= dt.timedelta(days=1)
        return d
    start, end = last_sunday(day.year, 3), last_sunday(day.year, 10)
    return dt.timedelta(hours=1) if start <= day < end else dt.timedelta(0)


def drama_phone(digits):
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    prefixes = ("07700900", "01632960", "02079460", "01134960", "01144960", "01154960",
                "01164960", "01174960", "01184960", "01314960", "01414960", "01614960",
                "02890180", "02920180", "01914980")
    return digits.startswith(prefixes)


def main():
    sev, source = load_severities()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    handles = set(council.get("people", {}).get("handles", {}))
    if not council.get("council", {}).get("name"):
        err("council.toml: no [council] name")

    path = os.path.join(HERE, "accounts.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d: bad JSON (%s)" % (n, e))
    by_id = {}
    for n, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET, n)
        if r.get("id") != want:
            err("line %d: id %r, expected %s" % (n, r.get("id"), want))
        by_id[r.get("id")] = r

    texts = collections.Counter()
    accounts = collections.defaultdict(list)
    for r in rows:
        rid = r.get("id")
        fields = COMMENT_FIELDS if r.get("kind") == "comment" else BASE_FIELDS
        if set(r) != fields:
            err("%s: fields %s" % (rid, sorted(set(r) ^ fields)))
            continue
        accounts[r["author"]].append(r)
        texts[r["text"]] += 1
        if r["author"] not in handles:
            err("%s: author %s not in council.toml" % (rid, r["author"]))
        for m in re.findall(r"(?<![\w.])@[A-Za-z0-9_]+", r["text"]):
            if m not in handles:
                err("%s: @mention %s not in council.toml" % (rid, m))
        if r["platform"] not in PLATFORMS:
            err("%s: platform %s" % (rid, r["platform"]))
        if r["account"] not in ("councillor", "personal"):
            err("%s: account %s" % (rid, r["account"]))
        if r["kind"] not in ("post", "reply", "comment"):
            err("%s: kind %s" % (rid, r["kind"]))

        # time
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
        except ValueError:
            err("%s: created_at %r" % (rid, r["created_at"]))
            continue
        r["_t"] = t
        if t.utcoffset() != uk_offset(t.date()):
            err("%s: offset %s wrong for Europe/London on %s" % (rid, t.utcoffset(), t.date()))
        if t.weekday() > 4 or not (8 <= t.hour <= 18):
            err("%s: not a weekday 08:00-18:59 local time" % rid)
        if not (FIRST_DAY <= t.date() <= LAST_DAY):
            err("%s: date outside %s..%s" % (rid, FIRST_DAY, LAST_DAY))

        # labels
        ex = r["expect"]
        if set(ex) != {"rules", "allowed", "verdict"}:
            err("%s: expect keys %s" % (rid, sorted(ex)))
            continue
        for rule in ex["rules"] + ex["allowed"]:
            if rule not in sev:
                err("%s: unknown rule %s" % (rid, rule))
        if len(set(ex["rules"])) != len(ex["rules"]) or len(set(ex["allowed"])) != len(ex["allowed"]):
            err("%s: duplicate rule in a list" % rid)
        if set(ex["rules"]) & set(ex["allowed"]):
            err("%s: rule both expected and allowed" % rid)
        v = "ok"
        for rule in ex["rules"]:
            if RANK[sev.get(rule, "ok")] > RANK[v]:
                v = sev[rule]
        if ex["verdict"] != v:
            err("%s: verdict %s, expected %s" % (rid, ex["verdict"], v))

        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES or role not in ("positive", "hard_negative"):
            err("%s: pattern/role %s/%s" % (rid, pat, role))
        listed = set(ex["rules"]) | set(ex["allowed"])
        if (listed & ACCOUNT_RULES) - {pat}:
            err("%s: an account rule other than the account's own" % rid)
        if kor == "positive":
            if role != "positive" or pat not in ex["rules"] or r["family"] != pat:
                err("%s: positive row conventions" % rid)
        elif kor == "filler":
            want = [pat] if role == "positive" else []
            if ex["rules"] or ex["verdict"] != "ok" or ex["allowed"] != want or r["family"] != pat:
                err("%s: filler row conventions" % rid)
        elif kor == "hard_negative":
            if r["family"] != "hard_negative" or listed & ACCOUNT_RULES:
                err("%s: hard-negative row conventions" % rid)
        else:
            err("%s: kind_of_row %s" % (rid, kor))

        # contact details and links
        for m in re.finditer(r"(?<![\d£.])(?:\+44\s?|0)\d[\d -]{8,13}\d", r["text"]):
            digits = re.sub(r"\D", "", m.group(0))
            if 10 <= len(digits) <= 12 and not drama_phone(digits):
                err("%s: phone number outside the drama ranges: %s" % (rid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r["text"]):
            if not re.search(r"(^|\.)example\.(com|net|org)$", m.group(1)):
                err("%s: email not on an example domain" % rid)
        for m in re.finditer(r"(?:https?://)?((?:[\w-]+\.)+(?:com|org|net|uk|io))(?:/\S*)?", r["text"]):
            if "@" in r["text"][max(0, m.start() - 1):m.start()]:
                continue
            if not re.search(r"(^|\.)example\.(com|net|org)$", m.group(1)):
                err("%s: link not on an example domain: %s" % (rid, m.group(0)))

    # comments
    for r in rows:
        if r.get("kind") != "comment" or "_t" not in r:
            continue
        p = by_id.get(r["parent_id"])
        if not p or p.get("kind") != "post" or p["author"] != r["author"] or p["platform"] != r["platform"]:
            err("%s: parent_id must be the page owner's post on the same platform" % r["id"])
            continue
        if p["_t"].date() != r["_t"].date() or p["_t"] >= r["_t"]:
            err("%s: comment not later the same day as its parent" % r["id"])
        if r["comment_by"].startswith("@") and r["comment_by"] != r["author"]:
            err("%s: an owner reply must carry the owner's handle" % r["id"])
        if not r["comment_by"].strip():
            err("%s: empty comment_by" % r["id"])

    for text, c in texts.items():
        if c > 1:
            err("duplicate text: %.60s" % text)

    # accounts
    per_rule = collections.defaultdict(lambda: collections.Counter())
    for author, rs in accounts.items():
        for key in ("account_pattern", "account_role", "platform", "account"):
            if len({r[key] for r in rs}) != 1:
                err("%s: more than one %s" % (author, key))
        pat, role, acct = rs[0]["account_pattern"], rs[0]["account_role"], rs[0]["account"]
        per_rule[pat][role] += 1
        if not 5 <= len(rs) <= 15:
            err("%s: %d rows (5-15)" % (author, len(rs)))
        days = collections.Counter(r["_t"].date() for r in rs if r["kind"] != "comment" and "_t" in r)
        if any(c > 1 for c in days.values()):
            err("%s: two posts on one day" % author)
        pos = [r for r in rs if r["kind_of_row"] == "positive"]
        if role == "hard_negative" and pos:
            err("%s: positive rows in a hard-negative account" % author)
        if acct == "personal" and not (pat == MIXED and role == "hard_negative"):
            err("%s: personal accounts belong only among the mixed-account hard negatives" % author)
        if pat == HARASS and role == "positive":
            if not 2 <= len(pos) <= 5:
                err("%s: %d hostile posts (2-5)" % (author, len(pos)))
            if any(r["kind"] == "comment" for r in pos):
                err("%s: hostile rows must be the owner's posts or replies" % author)
            if len({r["_t"].date() for r in pos}) != len(pos):
                err("%s: hostile posts must fall on different days" % author)
        if pat == MIXED and role == "positive":
            if not pos or not [r for r in rs if r["kind_of_row"] == "filler"]:
                err("%s: a mixed account needs personal and council posts" % author)
        if pat == MODER:
            if rs[0]["platform"] != "facebook":
                err("%s: moderation accounts are facebook pages" % author)
            for r in pos:
                if r["kind"] != "comment" or r["comment_by"] == author:
                    err("%s: moderation positives are others' comments" % r["id"])
        if pat != MODER and any(r["kind"] == "comment" for r in rs):
            err("%s: comments outside moderation accounts" % author)
    for rule in ACCOUNT_RULES:
        if per_rule[rule]["positive"] < 6 or per_rule[rule]["hard_negative"] < 2:
            err("%s: needs >= 6 positive and >= 2 hard-negative accounts, has %s" % (rule, dict(per_rule[rule])))
    if not 190 <= len(rows) <= 210:
        err("%d rows (190-210)" % len(rows))
    if not 28 <= len(accounts) <= 34:
        err("%d accounts (28-34)" % len(accounts))
    kinds = collections.Counter(r.get("kind_of_row") for r in rows)
    if kinds["hard_negative"] < kinds["positive"]:
        err("fewer hard negatives (%d) than positives (%d)" % (kinds["hard_negative"], kinds["positive"]))

    # the folder: no absolute paths, no caches
    abs_path = re.compile(r"(?<![\w.~])/(?:home|work|tmp|root|Users|mnt|opt|var|srv|usr|data)/|[A-Za-z]:\\\\")
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p):
            err("unexpected folder in the set: %s" % name)
            continue
        with open(p, encoding="utf-8", errors="replace") as f:
            if abs_path.search(f.read()):
                err("%s: contains an absolute path" % name)

    # build.py reproduces accounts.jsonl byte for byte
    fd, tmp = tempfile.mkstemp(suffix=".jsonl")
    os.close(fd)
    try:
        subprocess.run([sys.executable, "-B", os.path.join(HERE, "build.py"), "--out", tmp],
                       check=True, stdout=subprocess.DEVNULL)
        with open(tmp, "rb") as a, open(path, "rb") as b:
            if a.read() != b.read():
                err("build.py does not reproduce accounts.jsonl")
    except subprocess.CalledProcessError:
        err("build.py failed")
    finally:
        os.remove(tmp)

    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print("%d errors (rule severities from %s)" % (len(errors), source))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
