#!/usr/bin/env python3
"""Validate blind set b181 (accounts.jsonl). Prints OK or the problems found."""
import collections
import datetime as dt
import importlib.util
import json
import os
import re
import sys
import tomllib

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B181"
FIRST_DAY = dt.date(2026, 9, 14)
LAST_DAY = dt.date(2026, 11, 27)
ACCOUNT_RULES = ("harassment.repeated-target", "moderation.third-party-comments",
                 "capacity.mixed-account")
RT, MOD, MIX = ACCOUNT_RULES
PLATFORMS = {"facebook", "x", "bluesky"}
KINDS = {"post", "reply", "comment"}
BASE_FIELDS = {"id", "text", "author", "created_at", "platform", "account", "kind",
               "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"}
COMMENT_FIELDS = BASE_FIELDS | {"comment_by", "parent_id"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Built-in copy of the rule ids and base severities, used when RULES.md is not found.
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
            return BUILTIN, "built-in"
        d = up
    sev = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            m = re.match(r"(advice|review|block)\b", cells[-1])
            sev[cells[0]] = m.group(1) if m else None
    if not sev:
        return BUILTIN, "built-in"
    for k, v in BUILTIN.items():
        if sev.get(k, "missing") != v:
            err("RULES.md and the built-in copy disagree on %s" % k)
    return sev, "RULES.md"


def main():
    severity, source = load_rules()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    if council.get("council", {}).get("code") != "bexley":
        err("council.toml: code is not bexley")
    if council.get("council", {}).get("timezone") != "Europe/London":
        err("council.toml: timezone is not Europe/London")
    handles = set(council.get("people", {}).get("handles", {}))

    path = os.path.join(HERE, "accounts.jsonl")
    with open(path, "rb") as f:
        raw = f.read()
    rows = []
    for n, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err("line %d: bad JSON (%s)" % (n, e))
    if errors:
        return finish(rows, source)

    byid = {}
    for n, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET, n)
        if r.get("id") != want:
            err("line %d: id %r, expected %s" % (n, r.get("id"), want))
        byid[r.get("id")] = r

    mention = re.compile(r"(?<![\w.])@(\w+)")
    ts_re = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00$")
    email_re = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
    phone_re = re.compile(r"(?<![\d£])(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\d)")
    ref_re = re.compile(r"\b%s-\d{4}\b" % SET)
    texts = collections.Counter()

    for r in rows:
        rid = r["id"]
        fields = set(r)
        want = COMMENT_FIELDS if r.get("kind") == "comment" else BASE_FIELDS
        if fields != want:
            err("%s: fields %s" % (rid, sorted(fields ^ want)))
            continue
        if set(r["expect"]) != {"rules", "allowed", "verdict"}:
            err("%s: expect fields" % rid)
            continue
        text = r["text"]
        if not isinstance(text, str) or not text.strip():
            err("%s: empty text" % rid)
        texts[re.sub(r"\s+", " ", text.strip().lower())] += 1
        if r["author"] not in handles:
            err("%s: author %s not in council.toml" % (rid, r["author"]))
        for m in mention.finditer(text):
            if "@" + m.group(1) not in handles:
                err("%s: @%s not in council.toml" % (rid, m.group(1)))
        if r["platform"] not in PLATFORMS:
            err("%s: platform %r" % (rid, r["platform"]))
        if r["account"] not in ("councillor", "personal"):
            err("%s: account %r" % (rid, r["account"]))
        if r["kind"] not in KINDS:
            err("%s: kind %r" % (rid, r["kind"]))
        m = ts_re.match(r["created_at"])
        if not m:
            err("%s: created_at %r" % (rid, r["created_at"]))
        else:
            day = dt.date.fromisoformat(m.group(1))
            hour = int(m.group(2))
            if day.weekday() > 4 or not (FIRST_DAY <= day <= LAST_DAY) or not (8 <= hour <= 18):
                err("%s: created_at %s outside weekday 08:00-18:59 %s..%s"
                    % (rid, r["created_at"], FIRST_DAY, LAST_DAY))
        for em in email_re.finditer(text):
            if em.group(1).lower() not in ("example.com", "example.net", "example.org"):
                err("%s: email domain %s" % (rid, em.group(1)))
        for pm in phone_re.finditer(text):
            digits = re.sub(r"\D", "", pm.group(0))
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            ok = ("07700900000" <= digits <= "07700900999" and len(digits) == 11) or \
                 ("01632960000" <= digits <= "01632960999" and len(digits) == 11)
            if not ok:
                err("%s: phone number %s outside the drama ranges" % (rid, pm.group(0)))

        # comments
        if r["kind"] == "comment":
            p = byid.get(r["parent_id"])
            if p is None:
                err("%s: parent %s missing" % (rid, r["parent_id"]))
            else:
                if p["kind"] == "comment" or p["author"] != r["author"]:
                    err("%s: parent is not the owner's post" % rid)
                if p["platform"] != r["platform"]:
                    err("%s: parent on another platform" % rid)
                if p["created_at"][:10] != r["created_at"][:10] or not p["created_at"] < r["created_at"]:
                    err("%s: parent not earlier the same day" % rid)
            by = r["comment_by"]
            if by.startswith("@") and by != r["author"]:
                err("%s: comment_by is a handle other than the owner's" % rid)
            if not by.strip():
                err("%s: empty comment_by" % rid)

        # rules and verdict
        ex = r["expect"]
        rules, allowed = ex["rules"], ex["allowed"]
        for rule in rules + allowed:
            if rule not in severity:
                err("%s: unknown rule %s" % (rid, rule))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s: duplicate rule ids" % rid)
        if set(rules) & set(allowed):
            err("%s: rule both expected and allowed" % rid)
        best = "ok"
        for rule in rules:
            s = severity.get(rule)
            if s is None:
                err("%s: rule %s has no base severity" % (rid, rule))
            elif RANK[s] > RANK[best]:
                best = s
        if ex["verdict"] != best:
            err("%s: verdict %s, expected %s" % (rid, ex["verdict"], best))

        # conventions
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES:
            err("%s: account_pattern %r" % (rid, pat))
        if role not in ("positive", "hard_negative"):
            err("%s: account_role %r" % (rid, role))
        for rule in set(rules + allowed) & set(ACCOUNT_RULES):
            if rule != pat:
                err("%s: account rule %s in an account of %s" % (rid, rule, pat))
        if kor == "positive":
            if role != "positive" or r["family"] != pat or pat not in rules:
                err("%s: positive row conventions" % rid)
        elif kor == "filler":
            if r["family"] != pat or rules or ex["verdict"] != "ok":
                err("%s: filler row expects something" % rid)
            if allowed != ([pat] if role == "positive" else []):
                err("%s: filler allowed should be %s" % (rid, [pat] if role == "positive" else []))
        elif kor == "hard_negative":
            if r["family"] != "hard_negative":
                err("%s: hard negative family" % rid)
            if pat in rules or pat in allowed:
                err("%s: hard negative carries the account rule" % rid)
            if rules and not (pat == RT and role == "hard_negative"
                              and rules == ["respect.personal-attack"]):
                err("%s: hard negative expects %s" % (rid, rules))
        else:
            err("%s: kind_of_row %r" % (rid, kor))
        note = r["note"]
        if not re.match(r"^\[(RT|MOD|MIX)[+-] [^\]]+\] \S", note):
            err("%s: note lacks a tag" % rid)
        tag_sign = "+" if role == "positive" else "-"
        if not note.startswith("[%s%s" % ({RT: "RT", MOD: "MOD", MIX: "MIX"}.get(pat, "?"), tag_sign)):
            err("%s: note tag does not match the account" % rid)
        for ref in ref_re.findall(note):
            if ref not in byid or ref == rid:
                err("%s: note cites %s" % (rid, ref))
        if "{" in note or "}" in note:
            err("%s: unresolved reference in note" % rid)

    for t, c in texts.items():
        if c > 1:
            err("duplicate text: %s" % t[:60])

    # accounts
    accounts = collections.OrderedDict()
    for r in rows:
        accounts.setdefault(r["author"], []).append(r)
    per = collections.Counter()
    for author, rs in accounts.items():
        vals = {(r["account_pattern"], r["account_role"], r["platform"], r["account"]) for r in rs}
        if len(vals) != 1:
            err("%s: mixed pattern/role/platform/account values %s" % (author, vals))
            continue
        pat, role, plat, acct = vals.pop()
        per[(pat, role)] += 1
        if not 5 <= len(rs) <= 15:
            err("%s: %d rows" % (author, len(rs)))
        posts = [r for r in rs if r["kind"] != "comment"]
        days = [r["created_at"][:10] for r in posts]
        if len(days) != len(set(days)):
            err("%s: two posts on one day" % author)
        if acct == "personal":
            if not (pat == MIX and role == "hard_negative"):
                err("%s: personal account outside the mixed-account hard negatives" % author)
            if any(r["kind_of_row"] != "hard_negative" for r in rs):
                err("%s: personal account row not a hard negative" % author)
        if pat == MOD and plat != "facebook":
            err("%s: moderation account not on facebook" % author)
        kinds = collections.Counter(r["kind_of_row"] for r in rs)
        if role == "positive" and kinds["positive"] == 0:
            err("%s: positive account without positive rows" % author)
        if role == "hard_negative" and kinds["positive"]:
            err("%s: hard-negative account with positive rows" % author)
        if pat == RT and role == "positive":
            hostile = [r for r in rs if r["kind_of_row"] == "positive"]
            hd = {r["created_at"][:10] for r in hostile}
            if not 2 <= len(hostile) <= 5 or len(hd) != len(hostile):
                err("%s: %d hostile posts on %d days" % (author, len(hostile), len(hd)))
            if any(r["kind"] == "comment" for r in hostile):
                err("%s: hostile row is a comment" % author)
        if pat == MIX and role == "positive":
            if not (kinds["positive"] and kinds["filler"]):
                err("%s: mixed account lacks both kinds of post" % author)
        if pat == MOD and role == "positive":
            for r in rs:
                if r["kind_of_row"] == "positive":
                    if r["kind"] != "comment" or r["comment_by"] == author or r["platform"] != "facebook":
                        err("%s: moderation positive is not another's facebook comment" % r["id"])
    for rule in ACCOUNT_RULES:
        if per[(rule, "positive")] < 6:
            err("%s: %d positive accounts" % (rule, per[(rule, "positive")]))
        if per[(rule, "hard_negative")] < 2:
            err("%s: %d hard-negative accounts" % (rule, per[(rule, "hard_negative")]))
    if not 190 <= len(rows) <= 210:
        err("%d rows" % len(rows))
    if not 28 <= len(accounts) <= 34:
        err("%d accounts" % len(accounts))
    kinds = collections.Counter(r["kind_of_row"] for r in rows)
    if kinds["hard_negative"] < kinds["positive"]:
        err("fewer hard negatives (%d) than positives (%d)" % (kinds["hard_negative"], kinds["positive"]))

    # folder hygiene: no absolute paths, no caches
    abs_re = re.compile(r"(?<![\w.])/(?:" + "|".join(["work", "home", "Users", "tmp", "root", "mnt"]) + r")/")
    win_re = re.compile(r"\b[A-Z]:\\\\")
    for name in sorted(os.listdir(HERE)):
        full = os.path.join(HERE, name)
        if name == "__pycache__" or name.endswith(".pyc"):
            err("%s in the folder" % name)
            continue
        if os.path.isfile(full):
            with open(full, encoding="utf-8", errors="replace") as f:
                content = f.read()
            if abs_re.search(content) or win_re.search(content):
                err("%s contains an absolute path" % name)

    # reproducibility
    spec = importlib.util.spec_from_file_location("b181_build", os.path.join(HERE, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if mod.render().encode("utf-8") != raw:
        err("build.py does not reproduce accounts.jsonl byte for byte")

    return finish(rows, source)


def finish(rows, source):
    if errors:
        for e in errors:
            print(e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK (%d rows, rule severities from %s)" % (len(rows), source))
    return 0


if __name__ == "__main__":
    sys.exit(main())
