#!/usr/bin/env python3
"""Check blind set b172 (accounts.jsonl and council.toml) and print OK.

Standard library only. Rule ids and base severities come from
shared/design/RULES.md, found by walking up from this folder; if it is not
found, a built-in copy is used.
"""
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B172"
EXPECTED_FILES = {"accounts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}

HARASS = "harassment.repeated-target"
MOD = "moderation.third-party-comments"
MIXED = "capacity.mixed-account"
ACCOUNT_RULES = {HARASS, MOD, MIXED}

BUILTIN_SEVERITY = {
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
    "association.endorsed-content": None,   # "same as the amplified rule, one level lower"
    HARASS: "block", MOD: "review", MIXED: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

START = dt.date(2026, 1, 26)
END = dt.date(2026, 3, 27)

BASE_FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind",
               "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"]
COMMENT_FIELDS = BASE_FIELDS + ["comment_by", "parent_id"]

# Ofcom drama ranges, as digit prefixes (numbers written with or without spaces)
DRAMA_PREFIXES = ("07700900", "01632960", "02079460", "01134960", "01144960",
                  "01154960", "01164960", "01174960", "01184960", "01214960",
                  "01314960", "01414960", "01514960", "01614960", "02890180",
                  "02920180", "01914980", "08081570", "09098790", "03069990")
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")

ERRORS = []


def err(msg):
    ERRORS.append(msg)


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


def load_severities():
    p = find_rules_md()
    if p is None:
        return dict(BUILTIN_SEVERITY), "built-in copy"
    sev = {}
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 2 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            m = re.match(r"(advice|review|block)\b", cells[-1])
            sev[cells[0]] = m.group(1) if m else None
    if not sev:
        return dict(BUILTIN_SEVERITY), "built-in copy"
    return sev, "RULES.md"


def check_folder():
    names = set(os.listdir(HERE))
    if names != EXPECTED_FILES:
        err("folder holds %s, expected exactly %s" % (sorted(names), sorted(EXPECTED_FILES)))
    # no absolute paths in any file (patterns built so this file does not contain them)
    bad = [re.escape("/" + w + "/") for w in ("work", "home", "Users", "tmp", "root", "mnt", "opt", "var")]
    bad.append(r"[A-Za-z]:" + re.escape("\\") + r"[A-Za-z]{2}")
    pat = re.compile("(?<![\\w.])(" + "|".join(bad) + ")")
    for name in sorted(names & EXPECTED_FILES):
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if pat.search(line):
                    err("%s:%d looks like an absolute path" % (name, n))


def load_council():
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        cfg = tomllib.load(fh)
    allowed_top = {"council", "people", "self", "registers"}
    for k in cfg:
        if k not in allowed_top:
            err("council.toml: unknown table %s" % k)
    if "name" not in cfg.get("council", {}):
        err("council.toml: [council] name missing")
    people = cfg.get("people", {})
    handles = people.get("handles", {})
    names = set(people.get("councillors", [])) | set(people.get("officers", [])) | \
        set(people.get("public_office_holders", []))
    names.add(cfg["council"]["name"])
    for h, who in handles.items():
        if who not in names:
            err("council.toml: handle %s maps to unknown person %s" % (h, who))
    return cfg, handles


def parse_time(s):
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", s):
        return None
    return dt.datetime.fromisoformat(s)


def check_rows(rows, handles, sev):
    platforms = {"facebook", "x", "bluesky"}
    by_id = {}
    texts = set()
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "%s-%04d" % (SET, i):
            err("row %d: id %r out of sequence" % (i, rid))
        by_id[rid] = r
        kind = r.get("kind")
        want = COMMENT_FIELDS if kind == "comment" else BASE_FIELDS
        if set(r) != set(want):
            err("%s: fields %s, expected %s" % (rid, sorted(r), sorted(want)))
            continue
        if set(r["expect"]) != {"rules", "allowed", "verdict"}:
            err("%s: expect fields %s" % (rid, sorted(r["expect"])))
            continue
        if r["author"] not in handles:
            err("%s: author %s not in council.toml" % (rid, r["author"]))
        for m in re.findall(r"(?<![\w.])@\w+", r["text"]):
            if m not in handles:
                err("%s: mention %s not in council.toml" % (rid, m))
        if r["platform"] not in platforms:
            err("%s: platform %r" % (rid, r["platform"]))
        if r["account"] not in {"councillor", "personal", "official"}:
            err("%s: account %r" % (rid, r["account"]))
        if kind not in {"post", "reply", "comment"}:
            err("%s: kind %r" % (rid, kind))
        if kind == "reply" and (r["platform"] != "x" or not r["text"].startswith("@")):
            err("%s: replies are x @replies" % rid)
        t = parse_time(r["created_at"])
        if t is None:
            err("%s: created_at %r not UTC ISO 8601" % (rid, r["created_at"]))
        elif not (START <= t.date() <= END and t.weekday() < 5 and 8 <= t.hour <= 18):
            err("%s: created_at %s outside weekday 08:00-18:59, %s..%s" % (rid, r["created_at"], START, END))
        text = r["text"]
        if text in texts:
            err("%s: duplicate text" % rid)
        texts.add(text)
        for num in re.findall(r"(?:\+44\s?|\b0)\d[\d ]{8,12}\d", text):
            digits = re.sub(r"\D", "", num)
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if not digits.startswith(DRAMA_PREFIXES):
                err("%s: phone number %s not in a drama range" % (rid, num))
        for dom in re.findall(r"[\w.+-]+@((?:[\w-]+\.)+[\w-]+)", text):
            if dom.lower() not in EMAIL_DOMAINS:
                err("%s: email domain %s" % (rid, dom))
        ex = r["expect"]
        for lst in ("rules", "allowed"):
            if len(set(ex[lst])) != len(ex[lst]):
                err("%s: repeated rule in %s" % (rid, lst))
            for rule in ex[lst]:
                if rule not in sev:
                    err("%s: unknown rule %s" % (rid, rule))
                elif lst == "rules" and sev[rule] is None:
                    err("%s: %s has no fixed severity and cannot be expected" % (rid, rule))
        if set(ex["rules"]) & set(ex["allowed"]):
            err("%s: rule both expected and allowed" % rid)
        v = "ok"
        for rule in ex["rules"]:
            s = sev.get(rule)
            if s and RANK[s] > RANK[v]:
                v = s
        if ex["verdict"] != v:
            err("%s: verdict %s, expected %s" % (rid, ex["verdict"], v))
    return by_id


def check_accounts(rows, by_id, cfg):
    councillor_names = set(cfg["people"].get("councillors", []))
    accounts = {}
    for r in rows:
        if "expect" not in r or "account_pattern" not in r:
            continue
        accounts.setdefault(r["author"], []).append(r)
    n_pos = n_hn = 0
    per_rule = {rule: {"positive": 0, "hard_negative": 0} for rule in ACCOUNT_RULES}
    for handle, rs in accounts.items():
        vals = {f: {r[f] for r in rs} for f in ("account_pattern", "account_role", "platform", "account")}
        for f, v in vals.items():
            if len(v) != 1:
                err("%s: more than one %s: %s" % (handle, f, sorted(v)))
        pattern = rs[0]["account_pattern"]
        role = rs[0]["account_role"]
        if pattern not in ACCOUNT_RULES or role not in {"positive", "hard_negative"}:
            err("%s: pattern/role %s/%s" % (handle, pattern, role))
            continue
        per_rule[pattern][role] += 1
        if not 5 <= len(rs) <= 15:
            err("%s: %d rows, expected 5-15" % (handle, len(rs)))
        acct = rs[0]["account"]
        if acct in {"personal", "official"} and not (pattern == MIXED and role == "hard_negative"):
            err("%s: %s accounts only among mixed-account hard negatives" % (handle, acct))
        if pattern == MOD and rs[0]["platform"] != "facebook":
            err("%s: moderation accounts are facebook pages" % handle)
        # one post per day; comments only under moderation pages
        days = {}
        for r in rs:
            if r["kind"] == "comment":
                if pattern != MOD:
                    err("%s: comment outside a moderation account" % r["id"])
                continue
            d = r["created_at"][:10]
            if d in days:
                err("%s: two posts on %s (%s, %s)" % (handle, d, days[d], r["id"]))
            days[d] = r["id"]
        kinds = [r["kind_of_row"] for r in rs]
        if pattern == HARASS and role == "positive":
            hostile = [r for r in rs if r["kind_of_row"] == "positive"]
            if not 2 <= len(hostile) <= 5:
                err("%s: %d hostile posts, expected 2-5" % (handle, len(hostile)))
            if any(r["kind"] == "comment" for r in hostile):
                err("%s: hostile rows must be the account's own posts" % handle)
        if pattern == MIXED and role == "positive":
            if "positive" not in kinds or "filler" not in kinds:
                err("%s: a mixed account needs personal (positive) and council (filler) posts" % handle)
        if role == "positive" and "positive" not in kinds:
            err("%s: positive account without positive rows" % handle)
        if role == "hard_negative" and "positive" in kinds:
            err("%s: hard-negative account with positive rows" % handle)
        for r in rs:
            ex, kor, rid = r["expect"], r["kind_of_row"], r["id"]
            others = (ACCOUNT_RULES - {pattern}) & (set(ex["rules"]) | set(ex["allowed"]))
            if others:
                err("%s: account rule %s in a %s account" % (rid, sorted(others), pattern))
            if kor == "positive":
                n_pos += 1
                if r["family"] != pattern or pattern not in ex["rules"]:
                    err("%s: positive row must expect %s with family %s" % (rid, pattern, pattern))
                if pattern == MOD:
                    if r["kind"] != "comment" or r["comment_by"] == r["author"]:
                        err("%s: moderation positives are others' comments" % rid)
                    if ex["rules"] != [MOD]:
                        err("%s: a moderation positive expects the moderation rule only" % rid)
            elif kor == "filler":
                if r["family"] != pattern or ex["rules"] or ex["verdict"] != "ok":
                    err("%s: filler expects nothing, family %s" % (rid, pattern))
                want = [pattern] if role == "positive" else []
                if ex["allowed"] != want:
                    err("%s: filler allowed should be %s" % (rid, want))
                if r["kind"] == "comment":
                    err("%s: filler rows are the owner's posts" % rid)
            elif kor == "hard_negative":
                n_hn += 1
                if r["family"] != "hard_negative":
                    err("%s: hard-negative family" % rid)
                if pattern in ex["rules"] or pattern in ex["allowed"]:
                    err("%s: hard negative names its account rule" % rid)
                okrules = ["respect.personal-attack"] if pattern == HARASS else []
                if ex["rules"] and ex["rules"] != okrules:
                    err("%s: hard negative expects %s" % (rid, ex["rules"]))
            else:
                err("%s: kind_of_row %r" % (rid, kor))
            if r["kind"] == "comment":
                by = r["comment_by"]
                if by.startswith("@") and by != r["author"]:
                    err("%s: an owner reply's comment_by is the owner's handle" % rid)
                if not by.startswith("@") and (by in councillor_names or not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z'-]+)+", by)):
                    err("%s: comment_by %r should be a member of the public by name" % (rid, by))
                p = by_id.get(r["parent_id"])
                if p is None:
                    err("%s: parent %s missing" % (rid, r["parent_id"]))
                elif not (p["kind"] == "post" and p["author"] == r["author"]
                          and p["platform"] == r["platform"]
                          and p["created_at"][:10] == r["created_at"][:10]
                          and p["created_at"] < r["created_at"]):
                    err("%s: parent %s is not the owner's earlier post that day" % (rid, p["id"]))
    # comment gaps: 4-55 minutes after the row before them under the same post
    threads = {}
    for r in rows:
        if r.get("kind") == "comment" and r.get("parent_id") in by_id:
            threads.setdefault(r["parent_id"], []).append(r)
    for pid, cs in threads.items():
        prev = parse_time(by_id[pid]["created_at"])
        for c in sorted(cs, key=lambda x: x["created_at"]):
            t = parse_time(c["created_at"])
            if prev and t:
                gap = (t - prev).total_seconds() / 60
                if not 4 <= gap <= 55:
                    err("%s: comment %d minutes after the row before it" % (c["id"], gap))
            prev = t
    for rule, c in per_rule.items():
        if c["positive"] < 6 or c["hard_negative"] < 2:
            err("%s: %d positive / %d hard-negative accounts (need 6 / 2)" % (rule, c["positive"], c["hard_negative"]))
    if not 28 <= len(accounts) <= 34:
        err("%d accounts, expected 28-34" % len(accounts))
    if not 190 <= len(rows) <= 210:
        err("%d rows, expected 190-210" % len(rows))
    if n_hn < n_pos:
        err("hard negatives (%d) fewer than positives (%d)" % (n_hn, n_pos))


def check_build():
    with open(os.path.join(HERE, "accounts.jsonl"), "rb") as fh:
        have = fh.read()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "accounts.jsonl")
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        res = subprocess.run([sys.executable, "-B", os.path.join(HERE, "build.py"), "--out", out],
                             capture_output=True, text=True, env=env)
        if res.returncode != 0:
            err("build.py failed: %s" % res.stderr.strip())
            return
        with open(out, "rb") as fh:
            if fh.read() != have:
                err("build.py does not reproduce accounts.jsonl byte for byte")


def main():
    sev, source = load_severities()
    for rule in ACCOUNT_RULES:
        if sev.get(rule) != BUILTIN_SEVERITY[rule]:
            err("severity of %s is %s in %s" % (rule, sev.get(rule), source))
    check_folder()
    cfg, handles = load_council()
    rows = []
    with open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d: %s" % (n, e))
    by_id = check_rows(rows, handles, sev)
    check_accounts(rows, by_id, cfg)
    check_build()
    if ERRORS:
        for e in ERRORS[:50]:
            print("FAIL:", e)
        print("%d problem(s)" % len(ERRORS))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
