#!/usr/bin/env python3
"""Check blind set b175 (account-level rules). Prints OK or the problems found.

Standard library only. Finds shared/design/RULES.md by walking up from this
folder; otherwise uses the built-in copy of the rule ids and base severities.
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
DATA = os.path.join(HERE, "accounts.jsonl")
SET = "B175"
FIRST_DAY = dt.date(2026, 9, 14)
LAST_DAY = dt.date(2026, 11, 27)

HR = "harassment.repeated-target"
MOD = "moderation.third-party-comments"
MIX = "capacity.mixed-account"
ACCOUNT_RULES = {HR, MOD, MIX}
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
    HR: "block",
    MOD: "review",
    MIX: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

BASE_FIELDS = {"id", "text", "author", "created_at", "platform", "account", "kind", "expect",
               "family", "account_pattern", "account_role", "kind_of_row", "note"}
COMMENT_FIELDS = BASE_FIELDS | {"comment_by", "parent_id"}

problems = []


def bad(msg):
    problems.append(msg)


def load_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            break
        up = os.path.dirname(d)
        if up == d:
            return dict(BUILTIN), "built-in copy"
        d = up
    sev = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            m = re.match(r"(advice|review|block)\b", cells[-1])
            sev[cells[0]] = m.group(1) if m else None
    if not sev:
        return dict(BUILTIN), "built-in copy"
    for rid, s in BUILTIN.items():
        if rid not in sev:
            bad("rule %s missing from RULES.md" % rid)
        elif sev[rid] != s:
            bad("built-in severity of %s (%s) differs from RULES.md (%s)" % (rid, s, sev[rid]))
    return sev, "RULES.md"


def main():
    sev, _source = load_rules()
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    people = council.get("people", {})
    handles = people.get("handles", {})
    councillors = set(people.get("councillors", []))
    for h, who in handles.items():
        if who not in councillors and who != council["council"]["name"]:
            bad("handle %s names %s, who is not a councillor" % (h, who))

    rows = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("line %d does not parse: %s" % (n, e))
    if problems:
        return
    by_id = {}
    for n, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET, n)
        if r.get("id") != want:
            bad("row %d has id %r, expected %s" % (n, r.get("id"), want))
        by_id[r.get("id")] = r

    texts = collections.Counter()
    accounts = collections.defaultdict(list)
    for r in rows:
        rid = r.get("id")
        kind = r.get("kind")
        fields = set(r)
        want = COMMENT_FIELDS if kind == "comment" else BASE_FIELDS
        if fields != want:
            bad("%s: fields %s, expected %s" % (rid, sorted(fields), sorted(want)))
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad("%s: empty text" % rid)
        texts[" ".join(r["text"].lower().split())] += 1
        if r["author"] not in handles:
            bad("%s: author %s not in council.toml handles" % (rid, r["author"]))
        for m in re.findall(r"(?<![\w.])@\w+", r["text"]):
            if m not in handles:
                bad("%s: @mention %s not in council.toml handles" % (rid, m))
        if r["platform"] not in {"x", "bluesky", "facebook"}:
            bad("%s: platform %r" % (rid, r["platform"]))
        if r["account"] not in {"councillor", "personal"}:
            bad("%s: account %r" % (rid, r["account"]))
        if kind not in {"post", "reply", "comment"}:
            bad("%s: kind %r" % (rid, kind))
        # time
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
        except (TypeError, ValueError):
            bad("%s: created_at %r" % (rid, r["created_at"]))
            continue
        if not r["created_at"].endswith("+00:00"):
            bad("%s: created_at not +00:00" % rid)
        if t.weekday() >= 5 or not (8 <= t.hour <= 18):
            bad("%s: created_at %s outside weekday 08:00-18:59" % (rid, r["created_at"]))
        if not (FIRST_DAY <= t.date() <= LAST_DAY):
            bad("%s: created_at %s outside the window" % (rid, r["created_at"]))
        # expect
        e = r["expect"]
        if set(e) != {"rules", "allowed", "verdict"}:
            bad("%s: expect fields %s" % (rid, sorted(e)))
            continue
        for rule in e["rules"] + e["allowed"]:
            if rule not in sev:
                bad("%s: unknown rule %s" % (rid, rule))
        if len(set(e["rules"])) != len(e["rules"]) or len(set(e["allowed"])) != len(e["allowed"]):
            bad("%s: duplicate rule ids" % rid)
        if set(e["rules"]) & set(e["allowed"]):
            bad("%s: rule both expected and allowed" % rid)
        best = "ok"
        for rule in e["rules"]:
            s = sev.get(rule)
            if s and RANK[s] > RANK[best]:
                best = s
        if e["verdict"] != best:
            bad("%s: verdict %s, expected %s" % (rid, e["verdict"], best))
        # row conventions
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES:
            bad("%s: account_pattern %r" % (rid, pat))
        if role not in {"positive", "hard_negative"}:
            bad("%s: account_role %r" % (rid, role))
        if kor not in {"positive", "hard_negative", "filler"}:
            bad("%s: kind_of_row %r" % (rid, kor))
        other = (ACCOUNT_RULES - {pat}) & set(e["rules"] + e["allowed"])
        if other:
            bad("%s: carries another account's rule %s" % (rid, sorted(other)))
        if kor == "positive":
            if role != "positive" or pat not in e["rules"] or r["family"] != pat:
                bad("%s: positive row must sit in a positive account, expect %s, family %s" % (rid, pat, pat))
        elif kor == "filler":
            if e["rules"] or e["verdict"] != "ok" or r["family"] != pat:
                bad("%s: filler must expect nothing, verdict ok, family %s" % (rid, pat))
            if role == "positive" and e["allowed"] != [pat]:
                bad("%s: filler in a positive account allows exactly the account rule" % rid)
            if role == "hard_negative" and e["allowed"]:
                bad("%s: filler in a hard-negative account allows nothing" % rid)
        elif kor == "hard_negative":
            if r["family"] != "hard_negative":
                bad("%s: hard_negative row must have family hard_negative" % rid)
            if pat in e["rules"] or pat in e["allowed"]:
                bad("%s: hard_negative row carries the account rule" % rid)
            if pat == HR and role == "hard_negative":
                if set(e["rules"]) - {PA}:
                    bad("%s: harassment hard negatives expect at most %s" % (rid, PA))
            elif e["rules"] or e["allowed"]:
                bad("%s: this hard_negative row must expect and allow nothing" % rid)
        if r["account"] == "personal" and not (pat == MIX and role == "hard_negative"):
            bad("%s: personal account outside the mixed-account hard negatives" % rid)
        if kind == "comment":
            p = by_id.get(r["parent_id"])
            if p is None:
                bad("%s: parent_id %r not found" % (rid, r["parent_id"]))
            else:
                pt = dt.datetime.fromisoformat(p["created_at"])
                if (p["kind"] != "post" or p["author"] != r["author"] or p["platform"] != r["platform"]
                        or pt.date() != t.date() or pt >= t):
                    bad("%s: parent %s must be the owner's earlier post the same day on the same platform"
                        % (rid, p["id"]))
            cb = r["comment_by"]
            if not isinstance(cb, str) or not cb.strip():
                bad("%s: empty comment_by" % rid)
            elif cb.startswith("@") and cb != r["author"]:
                bad("%s: an owner reply's comment_by must be the owner's handle" % rid)
            if pat == MOD and kor == "positive" and cb == r["author"]:
                bad("%s: a moderation positive must be someone else's comment" % rid)
        if pat == MOD and kor == "positive" and (kind != "comment" or r["platform"] != "facebook"):
            bad("%s: moderation positives are others' comments on facebook pages" % rid)
        if pat in (HR, MIX) and kind == "comment":
            bad("%s: comments only in moderation accounts" % rid)
        if pat == MIX and kor == "positive" and kind != "post":
            bad("%s: mixed-account positives are posts" % rid)
        accounts[r["author"]].append(r)

    # text-level checks
    for text, c in texts.items():
        if c > 1:
            bad("duplicate text: %s" % text[:60])
    for r in rows:
        for m in re.findall(r"\+?\d[\d ]{8,}\d", r["text"]):
            digits = m.replace(" ", "")
            if len(digits) >= 10 and not re.fullmatch(r"07700900\d{3}|01632960\d{3}|0207946\d{4}|0\d{2,4}(?:960|000)\d{3,4}", digits):
                bad("%s: phone-like number %s outside the drama ranges" % (r["id"], m))
        for m in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r["text"]):
            if m.lower() not in {"example.com", "example.net", "example.org"}:
                bad("%s: email on %s" % (r["id"], m))

    # account-level checks
    per_rule = collections.Counter()
    for author, rs in accounts.items():
        for field in ("account_pattern", "account_role", "platform", "account"):
            vals = {r[field] for r in rs}
            if len(vals) != 1:
                bad("%s: more than one %s: %s" % (author, field, sorted(vals)))
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        per_rule[(pat, role)] += 1
        if not 5 <= len(rs) <= 15:
            bad("%s: %d rows, expected 5-15" % (author, len(rs)))
        days = collections.Counter(dt.datetime.fromisoformat(r["created_at"]).date()
                                   for r in rs if r["kind"] != "comment")
        for d, c in days.items():
            if c > 1:
                bad("%s: %d posts on %s" % (author, c, d))
        kors = collections.Counter(r["kind_of_row"] for r in rs)
        if role == "positive" and not kors["positive"]:
            bad("%s: positive account without a positive row" % author)
        if role == "hard_negative" and kors["positive"]:
            bad("%s: hard-negative account with a positive row" % author)
        if pat == HR and role == "positive":
            hostile = [r for r in rs if r["kind_of_row"] == "positive"]
            if not 2 <= len(hostile) <= 5:
                bad("%s: %d hostile posts, expected 2-5" % (author, len(hostile)))
            hd = {r["created_at"][:10] for r in hostile}
            if len(hd) != len(hostile):
                bad("%s: hostile posts must each be on their own day" % author)
            if any(r["kind"] not in ("post", "reply") for r in hostile):
                bad("%s: hostile rows must be posts or replies" % author)
        if pat == MIX and role == "positive" and not (kors["positive"] and kors["filler"]):
            bad("%s: mixed account needs both personal and council posts" % author)
        if pat == MOD and rs[0]["platform"] != "facebook":
            bad("%s: moderation accounts are facebook pages" % author)
    for rule in sorted(ACCOUNT_RULES):
        if per_rule[(rule, "positive")] < 6:
            bad("%s: %d positive accounts, expected at least 6" % (rule, per_rule[(rule, "positive")]))
        if per_rule[(rule, "hard_negative")] < 2:
            bad("%s: %d hard-negative accounts, expected at least 2" % (rule, per_rule[(rule, "hard_negative")]))
    if not 190 <= len(rows) <= 210:
        bad("%d rows, expected 190-210" % len(rows))
    if not 28 <= len(accounts) <= 34:
        bad("%d accounts, expected 28-34" % len(accounts))
    kor = collections.Counter(r.get("kind_of_row") for r in rows)
    if kor["hard_negative"] < kor["positive"]:
        bad("fewer hard negatives (%d) than positives (%d)" % (kor["hard_negative"], kor["positive"]))

    # the folder
    abs_path = re.compile(r"(?<![\w.~])/(?:work|home|tmp|Users|root|mnt|opt|srv|var)/|\b[A-Za-z]:\\\\")
    for dirpath, dirnames, filenames in os.walk(HERE):
        if "__pycache__" in dirnames:
            bad("__pycache__ present in %s" % os.path.relpath(dirpath, HERE))
        for fn in filenames:
            with open(os.path.join(dirpath, fn), encoding="utf-8", errors="replace") as f:
                if abs_path.search(f.read()):
                    bad("absolute path in %s" % fn)
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as f:
        if not f.readline().startswith("Written on 2026-12-05 by an independent writer for the project"):
            bad("README.md must start with the 'Written on ...' line")

    # build.py reproduces the file byte for byte
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "accounts.jsonl")
        subprocess.run([sys.executable, "-B", os.path.join(HERE, "build.py"), "--out", out],
                       check=True, stdout=subprocess.DEVNULL)
        with open(out, "rb") as a, open(DATA, "rb") as b:
            if a.read() != b.read():
                bad("build.py does not reproduce accounts.jsonl")


if __name__ == "__main__":
    main()
    if problems:
        for p in problems:
            print(p)
        sys.exit(1)
    print("OK")
