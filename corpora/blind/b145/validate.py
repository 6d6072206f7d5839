#!/usr/bin/env python3
"""Check blind set b145 (accounts.jsonl) and print OK. Standard library only."""
import collections
import datetime
import json
import os
import re
import runpy
import sys
import tomllib

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B145"
DATA = "accounts.jsonl"

HAR = "harassment.repeated-target"
MOD = "moderation.third-party-comments"
MIX = "capacity.mixed-account"
ACCOUNT_RULES = {HAR, MOD, MIX}

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
    "association.endorsed-content": "advice",
    HAR: "block", MOD: "review", MIX: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

BASE_FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
               "family", "account_pattern", "account_role", "kind_of_row", "note"]
COMMENT_FIELDS = BASE_FIELDS[:7] + ["comment_by", "parent_id"] + BASE_FIELDS[7:]
PLATFORMS = {"facebook", "x", "bluesky", "instagram"}
FIRST_DAY = datetime.date(2026, 1, 19)
LAST_DAY = datetime.date(2026, 4, 3)

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
                        m = re.match(r"(advice|review|block)\b", cells[-1])
                        if m:
                            sev[cells[0]] = m.group(1)
            if sev:
                # association.endorsed-content has no fixed severity ("one level lower" than the rule amplified)
                sev.setdefault("association.endorsed-content", BUILTIN["association.endorsed-content"])
                return sev, "RULES.md"
        parent = os.path.dirname(d)
        if parent == d:
            return dict(BUILTIN), "built-in copy"
        d = parent


def main():
    sev, source = load_severities()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    people = council.get("people", {})
    handles = people.get("handles", {})
    councillor_names = set(people.get("councillors", []))

    path = os.path.join(HERE, DATA)
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    lines = raw.split("\n")
    if lines[-1] != "":
        err("file does not end with a newline")
    lines = lines[:-1]
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d: bad JSON (%s)" % (n, e))
    by_id = {}
    for i, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET, i)
        if r.get("id") != want:
            err("row %d: id %r, expected %s" % (i, r.get("id"), want))
        by_id[r.get("id")] = r

    mention_re = re.compile(r"(?<![\w.])@(\w+)")
    for r in rows:
        rid = r.get("id")
        fields = COMMENT_FIELDS if r.get("kind") == "comment" else BASE_FIELDS
        if list(r.keys()) != fields:
            err("%s: fields %s, expected %s" % (rid, list(r.keys()), fields))
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            err("%s: empty text" % rid)
        if r["author"] not in handles:
            err("%s: author %s not in council.toml" % (rid, r["author"]))
        for m in mention_re.findall(r["text"]):
            if "@" + m not in handles:
                err("%s: @%s not in council.toml" % (rid, m))
        if r["platform"] not in PLATFORMS:
            err("%s: platform %r" % (rid, r["platform"]))
        if r["account"] not in ("councillor", "personal"):
            err("%s: account %r" % (rid, r["account"]))
        if r["kind"] not in ("post", "reply", "comment"):
            err("%s: kind %r" % (rid, r["kind"]))
        # timestamps
        m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\+00:00", r["created_at"])
        if not m:
            err("%s: created_at %r" % (rid, r["created_at"]))
            continue
        ts = datetime.datetime.fromisoformat(m.group(1))
        if ts.weekday() >= 5 or not (8 <= ts.hour <= 18) or not (FIRST_DAY <= ts.date() <= LAST_DAY):
            err("%s: time %s outside weekdays 08:00-18:59, %s-%s" % (rid, r["created_at"], FIRST_DAY, LAST_DAY))
        # expectations
        ex = r["expect"]
        if list(ex.keys()) != ["rules", "allowed", "verdict"]:
            err("%s: expect keys %s" % (rid, list(ex.keys())))
            continue
        for rule in ex["rules"] + ex["allowed"]:
            if rule not in sev:
                err("%s: unknown rule %s" % (rid, rule))
        if set(ex["rules"]) & set(ex["allowed"]):
            err("%s: rule both expected and allowed" % rid)
        if len(set(ex["rules"])) != len(ex["rules"]) or len(set(ex["allowed"])) != len(ex["allowed"]):
            err("%s: repeated rule" % rid)
        best = "ok"
        for rule in ex["rules"]:
            s = sev.get(rule, "ok")
            if RANK[s] > RANK[best]:
                best = s
        if ex["verdict"] != best:
            err("%s: verdict %s, expected %s" % (rid, ex["verdict"], best))
        # row conventions
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES:
            err("%s: account_pattern %r" % (rid, pat))
        if role not in ("positive", "hard_negative"):
            err("%s: account_role %r" % (rid, role))
        if kor not in ("positive", "hard_negative", "filler"):
            err("%s: kind_of_row %r" % (rid, kor))
        others = ACCOUNT_RULES - {pat}
        if others & set(ex["rules"] + ex["allowed"]):
            err("%s: another account's rule" % rid)
        if kor == "positive":
            if role != "positive" or pat not in ex["rules"]:
                err("%s: positive row must be in a positive account and expect %s" % (rid, pat))
            if r["family"] != pat:
                err("%s: family %r" % (rid, r["family"]))
            if pat == MOD and (ex["rules"] != [MOD] or r["kind"] != "comment"
                               or r["comment_by"] == r["author"] or r["platform"] != "facebook"):
                err("%s: moderation positive must be another's facebook comment expecting only %s" % (rid, MOD))
            if pat == MIX and (r["kind"] != "post" or r["account"] != "councillor"):
                err("%s: mixed positive must be a councillor post" % rid)
            if pat == HAR and r["kind"] not in ("post", "reply"):
                err("%s: hostile row must be a post or reply" % rid)
        elif kor == "filler":
            want_allowed = [pat] if role == "positive" else []
            if ex["rules"] or ex["allowed"] != want_allowed or ex["verdict"] != "ok":
                err("%s: filler must expect nothing and allow %s" % (rid, want_allowed))
            if r["family"] != pat:
                err("%s: family %r" % (rid, r["family"]))
            if r["kind"] == "comment":
                err("%s: filler is the owner's own post" % rid)
        elif kor == "hard_negative":
            if r["family"] != "hard_negative":
                err("%s: family %r" % (rid, r["family"]))
            if pat in ex["rules"] or pat in ex["allowed"]:
                err("%s: hard negative touches the account rule" % rid)
            if ex["rules"] and not (pat == HAR and role == "hard_negative"
                                    and ex["rules"] == ["respect.personal-attack"]):
                err("%s: hard negative expects %s" % (rid, ex["rules"]))
        if r["kind"] == "reply" and r["platform"] != "x":
            err("%s: replies are x @replies" % rid)
        if r["kind"] == "comment":
            p = by_id.get(r["parent_id"])
            if p is None:
                err("%s: parent %r missing" % (rid, r["parent_id"]))
            else:
                if (p["kind"] != "post" or p["author"] != r["author"] or p["platform"] != r["platform"]
                        or p["created_at"][:10] != r["created_at"][:10] or p["created_at"] >= r["created_at"]):
                    err("%s: parent %s is not the owner's earlier post that day" % (rid, p["id"]))
            cb = r["comment_by"]
            if cb.startswith("@"):
                if cb != r["author"]:
                    err("%s: owner reply comment_by %s" % (rid, cb))
                if kor == "positive":
                    err("%s: the owner's own reply cannot be a positive" % rid)
            elif cb in councillor_names or not re.fullmatch(r"[A-Z][a-z]+ [A-Z][A-Za-z'-]+", cb):
                err("%s: comment_by %r should be a member of the public by invented name" % (rid, cb))

    # per account
    accounts = collections.OrderedDict()
    for r in rows:
        accounts.setdefault(r.get("author"), []).append(r)
    per_rule = collections.Counter()
    for handle, rs in accounts.items():
        for key in ("account_pattern", "account_role", "platform", "account"):
            vals = {r.get(key) for r in rs}
            if len(vals) != 1:
                err("%s: several %s values %s" % (handle, key, vals))
        pat, role = rs[0].get("account_pattern"), rs[0].get("account_role")
        per_rule[(pat, role)] += 1
        if not 5 <= len(rs) <= 15:
            err("%s: %d rows" % (handle, len(rs)))
        days = [r["created_at"][:10] for r in rs if r.get("kind") != "comment"]
        if len(days) != len(set(days)):
            err("%s: two posts on one day" % handle)
        kinds = collections.Counter(r.get("kind_of_row") for r in rs)
        if role == "positive" and kinds["positive"] == 0:
            err("%s: positive account without positive rows" % handle)
        if role == "hard_negative" and kinds["positive"]:
            err("%s: hard-negative account with positive rows" % handle)
        if pat == HAR and role == "positive":
            hostile_days = [r["created_at"][:10] for r in rs if r.get("kind_of_row") == "positive"]
            if not 2 <= len(hostile_days) <= 5 or len(set(hostile_days)) != len(hostile_days):
                err("%s: %d hostile posts (need 2-5, each on its own day)" % (handle, len(hostile_days)))
        if pat == MIX and role == "positive" and not (kinds["positive"] and kinds["filler"]):
            err("%s: mixed account needs both personal and council posts" % handle)
        if rs[0].get("account") == "personal" and not (pat == MIX and role == "hard_negative"):
            err("%s: personal accounts only among mixed-account hard negatives" % handle)
        if pat == MOD and rs[0].get("platform") != "facebook":
            err("%s: moderation accounts are facebook pages" % handle)
    for rule in sorted(ACCOUNT_RULES):
        if per_rule[(rule, "positive")] < 6 or per_rule[(rule, "hard_negative")] < 2:
            err("%s: %d positive and %d hard-negative accounts (need 6 and 2)"
                % (rule, per_rule[(rule, "positive")], per_rule[(rule, "hard_negative")]))

    # totals
    if not 190 <= len(rows) <= 210:
        err("%d rows (need 190-210)" % len(rows))
    if not 28 <= len(accounts) <= 34:
        err("%d accounts (need 28-34)" % len(accounts))
    kor_count = collections.Counter(r.get("kind_of_row") for r in rows)
    if kor_count["hard_negative"] < kor_count["positive"]:
        err("fewer hard negatives (%d) than positives (%d)" % (kor_count["hard_negative"], kor_count["positive"]))
    texts = collections.Counter(r.get("text") for r in rows)
    for t, c in texts.items():
        if c > 1:
            err("duplicate text: %r" % t[:60])

    # contact details: phone numbers in drama ranges, emails and links on example domains
    drama = re.compile(r"^(07700900\d{3}|01632960\d{3}|0(113|114|115|116|117|118|121|131|141|151|161)496\d{4}"
                       r"|0191498\d{4}|020794\d{5}|02890180\d{3}|02920180\d{3})$")
    phone_re = re.compile(r"(?<![\d\w])(?:\+44\s?|0)\d(?:[\d ]{8,12})\d(?!\d)")
    email_re = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
    url_re = re.compile(r"(?:https?://|www\.)([^/\s]+)")
    example = re.compile(r"(^|\.)example\.(com|org|net)$")
    for r in rows:
        t = r.get("text", "")
        for m in phone_re.finditer(t):
            digits = re.sub(r"\D", "", m.group(0)).replace("44", "0", 1) if m.group(0).startswith("+") \
                else re.sub(r"\D", "", m.group(0))
            if len(digits) >= 10 and not drama.match(digits):
                err("%s: phone number %r not in a drama range" % (r.get("id"), m.group(0)))
        for m in email_re.finditer(t):
            if not example.search(m.group(1).lower()):
                err("%s: email domain %s" % (r.get("id"), m.group(1)))
        for m in url_re.finditer(t):
            if not example.search(m.group(1).lower().rstrip(".,")):
                err("%s: link host %s" % (r.get("id"), m.group(1)))

    # the folder: no absolute paths, no bytecode caches
    abs_markers = ["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "/" + "root/",
                   "C:" + "\\", "/" + "mnt/"]
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name == "__pycache__":
            err("remove __pycache__")
            continue
        if os.path.isfile(p):
            with open(p, encoding="utf-8", errors="replace") as f:
                content = f.read()
            for mk in abs_markers:
                if mk in content:
                    err("%s: contains an absolute path (%s)" % (name, mk))

    # reproducibility
    build = runpy.run_path(os.path.join(HERE, "build.py"), run_name="b145_build")
    if build["render"]() != raw:
        err("build.py does not reproduce %s byte for byte" % DATA)

    if errors:
        for e in errors[:60]:
            print("ERROR:", e)
        print("%d errors (severities from %s)" % (len(errors), source))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
