#!/usr/bin/env python3
"""Check blind set b166 (account-level rules). Standard library only. Prints OK or the problems."""
import datetime
import json
import os
import re
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B166"
FILES = {"accounts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}
START = datetime.date(2026, 1, 19)
END = datetime.date(2026, 3, 27)

HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MO = "moderation.third-party-comments"
ACCOUNT_RULES = (HR, MX, MO)

# Built-in copy of the catalogue's ids and base severities (used when RULES.md is not found).
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
    MO: "review",
    MX: "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

BASE_FIELDS = {"id", "text", "author", "created_at", "platform", "account", "kind", "expect",
               "family", "account_pattern", "account_role", "kind_of_row", "note"}
COMMENT_FIELDS = BASE_FIELDS | {"comment_by", "parent_id"}

# Ofcom drama ranges (numbers reserved for fiction).
DRAMA = [
    ("07700900", 3), ("01134960", 3), ("01144960", 3), ("01154960", 3), ("01164960", 3),
    ("01174960", 3), ("01184960", 3), ("01214960", 3), ("01314960", 3), ("01414960", 3),
    ("01514960", 3), ("01614960", 3), ("02079460", 3), ("01914980", 3), ("02890180", 3),
    ("02920180", 3), ("01632960", 3), ("03069990", 3), ("08081570", 3), ("09098790", 3),
]

problems = []


def bad(msg):
    problems.append(msg)


def load_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            break
        parent = os.path.dirname(d)
        if parent == d:
            return dict(BUILTIN), "built-in copy"
        d = parent
    rules = {}
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 2 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            m = re.match(r"(advice|review|block)\b", cells[-1])
            rules[cells[0]] = m.group(1) if m else None
    if not rules:
        return dict(BUILTIN), "built-in copy"
    return rules, "RULES.md"


def is_drama(digits):
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    for prefix, rest in DRAMA:
        if digits.startswith(prefix) and len(digits) == len(prefix) + rest:
            return True
    return False


def main():
    rules, source = load_rules()

    # --- folder ---
    names = set(os.listdir(HERE))
    if names != FILES:
        bad("folder holds %s, expected exactly %s" % (sorted(names), sorted(FILES)))
    abs_markers = ["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "C:" + "\\"]
    for name in sorted(names & FILES):
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            body = fh.read()
        for m in abs_markers:
            if m in body:
                bad("%s contains an absolute path (%s)" % (name, m))

    # --- council ---
    with open(os.path.join(HERE, "council.toml"), "rb") as fh:
        council = tomllib.load(fh)
    allowed_tables = {"council", "people", "self", "registers"}
    for k in council:
        if k not in allowed_tables:
            bad("council.toml: unknown table %s" % k)
    for k in council.get("council", {}):
        if k not in {"name", "code", "timezone", "late_night"}:
            bad("council.toml: unknown key council.%s" % k)
    for k in council.get("people", {}):
        if k not in {"councillors", "officers", "public_office_holders", "handles"}:
            bad("council.toml: unknown key people.%s" % k)
    people = council.get("people", {})
    handles = people.get("handles", {})
    known = set(people.get("councillors", [])) | set(people.get("officers", [])) | \
        set(people.get("public_office_holders", [])) | {council["council"]["name"]}
    for h, who in handles.items():
        if who not in known:
            bad("council.toml: handle %s maps to unknown person %s" % (h, who))

    # --- rows ---
    path = os.path.join(HERE, "accounts.jsonl")
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    rows = []
    for n, line in enumerate(raw.splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            bad("line %d does not parse: %s" % (n, e))
    if problems:
        return finish(source)

    by_id = {}
    for i, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET, i)
        if r.get("id") != want:
            bad("row %d: id %r, expected %s" % (i, r.get("id"), want))
        by_id[r.get("id")] = r

    texts = Counter(r["text"] for r in rows if "text" in r)
    for t, c in texts.items():
        if c > 1:
            bad("duplicate text (%dx): %s" % (c, t[:60]))

    acc_rows = defaultdict(list)
    for r in rows:
        rid = r.get("id")
        kind = r.get("kind")
        fields = COMMENT_FIELDS if kind == "comment" else BASE_FIELDS
        if set(r) != fields:
            bad("%s: fields %s, expected %s" % (rid, sorted(r), sorted(fields)))
            continue
        if r["author"] not in handles:
            bad("%s: author %s not in council.toml" % (rid, r["author"]))
        for m in re.findall(r"(?<![\w.])@[A-Za-z0-9_]+", r["text"]):
            if m not in handles:
                bad("%s: @mention %s not in council.toml" % (rid, m))
        if r["platform"] not in {"facebook", "x", "bluesky"}:
            bad("%s: platform %s" % (rid, r["platform"]))
        if r["account"] not in {"councillor", "personal"}:
            bad("%s: account %s" % (rid, r["account"]))
        if kind not in {"post", "reply", "comment"}:
            bad("%s: kind %s" % (rid, kind))
        if not isinstance(r["note"], str) or not r["note"].strip():
            bad("%s: empty note" % rid)
        # time
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r["created_at"])
        if not m:
            bad("%s: created_at %s" % (rid, r["created_at"]))
            continue
        day = datetime.date.fromisoformat(m.group(1))
        hh = int(m.group(2))
        if day.weekday() > 4 or not (START <= day <= END):
            bad("%s: date %s outside the weekday window" % (rid, day))
        if not (8 <= hh <= 18):
            bad("%s: time %s outside 08:00-18:59" % (rid, r["created_at"]))
        # expectations
        ex = r["expect"]
        if set(ex) != {"rules", "allowed", "verdict"}:
            bad("%s: expect fields %s" % (rid, sorted(ex)))
            continue
        for x in ex["rules"] + ex["allowed"]:
            if x not in rules:
                bad("%s: unknown rule %s" % (rid, x))
        for x in ex["rules"]:
            if rules.get(x) is None:
                bad("%s: expected rule %s has no base severity" % (rid, x))
        if set(ex["rules"]) & set(ex["allowed"]):
            bad("%s: rule both expected and allowed" % rid)
        if len(set(ex["rules"])) != len(ex["rules"]) or len(set(ex["allowed"])) != len(ex["allowed"]):
            bad("%s: repeated rule id" % rid)
        verdict = "ok"
        for x in ex["rules"]:
            s = rules.get(x)
            if s and RANK[s] > RANK[verdict]:
                verdict = s
        if ex["verdict"] != verdict:
            bad("%s: verdict %s, expected %s" % (rid, ex["verdict"], verdict))
        # row conventions
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES:
            bad("%s: account_pattern %s" % (rid, pat))
        if role not in {"positive", "hard_negative"}:
            bad("%s: account_role %s" % (rid, role))
        if kor not in {"positive", "hard_negative", "filler"}:
            bad("%s: kind_of_row %s" % (rid, kor))
        for x in ex["rules"] + ex["allowed"]:
            if x in ACCOUNT_RULES and x != pat:
                bad("%s: account rule %s in a %s account" % (rid, x, pat))
        if kor == "positive":
            if role != "positive" or pat not in ex["rules"] or r["family"] != pat:
                bad("%s: positive row must be in a positive account, expect %s, family %s" % (rid, pat, pat))
        elif kor == "filler":
            want_allowed = [pat] if role == "positive" else []
            if ex["rules"] or ex["allowed"] != want_allowed or ex["verdict"] != "ok" or r["family"] != pat:
                bad("%s: filler row conventions" % rid)
        elif kor == "hard_negative":
            if pat in ex["rules"] or pat in ex["allowed"] or r["family"] != "hard_negative":
                bad("%s: hard-negative row must not carry %s; family hard_negative" % (rid, pat))
            if ex["rules"] and not (pat == HR and ex["rules"] == ["respect.personal-attack"]):
                bad("%s: hard-negative row expects %s" % (rid, ex["rules"]))
        # text checks: phone numbers, emails, links
        for num in re.findall(r"(?:\+44\s?|0)\d[\d ]{8,12}\d", r["text"]):
            digits = re.sub(r"\D", "", num)
            if not is_drama(digits):
                bad("%s: phone number %s outside the drama ranges" % (rid, num))
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r["text"]):
            if em.lower() not in {"example.com", "example.net", "example.org"}:
                bad("%s: email domain %s" % (rid, em))
        for host in re.findall(r"https?://([^/\s]+)", r["text"]):
            h = host.lower()
            if not any(h == d or h.endswith("." + d) for d in ("example.com", "example.net", "example.org")):
                bad("%s: link to %s" % (rid, host))
        acc_rows[r["author"]].append(r)

    if problems:
        return finish(source)

    # comments and their parents
    for r in rows:
        if r["kind"] != "comment":
            continue
        p = by_id.get(r["parent_id"])
        if p is None:
            bad("%s: parent %s missing" % (r["id"], r["parent_id"]))
            continue
        if p["kind"] != "post" or p["author"] != r["author"] or p["platform"] != r["platform"] \
                or p["created_at"][:10] != r["created_at"][:10] or p["created_at"] >= r["created_at"]:
            bad("%s: parent must be the owner's earlier post the same day on the same platform" % r["id"])
        by = r["comment_by"]
        if by.startswith("@") and by != r["author"]:
            bad("%s: a handle in comment_by must be the page owner's own" % r["id"])
        if not by.strip():
            bad("%s: empty comment_by" % r["id"])

    # accounts
    per_rule = defaultdict(Counter)
    counts = Counter()
    for author, rs in acc_rows.items():
        for key in ("account_pattern", "account_role", "platform", "account"):
            if len({r[key] for r in rs}) != 1:
                bad("%s: more than one %s" % (author, key))
        pat, role, acct = rs[0]["account_pattern"], rs[0]["account_role"], rs[0]["account"]
        per_rule[pat][role] += 1
        if not (5 <= len(rs) <= 15):
            bad("%s: %d rows (5-15 expected)" % (author, len(rs)))
        heads = [r for r in rs if r["kind"] != "comment"]
        days = Counter(r["created_at"][:10] for r in heads)
        if any(c > 1 for c in days.values()):
            bad("%s: two posts on one day" % author)
        kors = Counter(r["kind_of_row"] for r in rs)
        if role == "positive" and kors["positive"] == 0:
            bad("%s: positive account without positive rows" % author)
        if role == "hard_negative" and kors["positive"]:
            bad("%s: hard-negative account with positive rows" % author)
        if acct == "personal" and not (pat == MX and role == "hard_negative"):
            bad("%s: personal accounts only among the mixed-account hard negatives" % author)
        if pat == HR and role == "positive":
            hostile = [r for r in rs if r["kind_of_row"] == "positive"]
            if not (2 <= len(hostile) <= 5):
                bad("%s: %d hostile posts (2-5)" % (author, len(hostile)))
            if len({r["created_at"][:10] for r in hostile}) != len(hostile):
                bad("%s: hostile posts not each on its own day" % author)
            if any(r["kind"] == "comment" for r in hostile):
                bad("%s: hostile rows must be posts or replies" % author)
        if pat == MX and role == "positive":
            if kors["positive"] == 0 or kors["filler"] == 0:
                bad("%s: mixed account needs personal and council posts" % author)
        if pat == MO:
            if any(r["platform"] != "facebook" for r in rs):
                bad("%s: moderation accounts are facebook pages" % author)
            for r in rs:
                if r["kind_of_row"] == "positive" and (r["kind"] != "comment" or r["comment_by"] == author):
                    bad("%s: moderation positive must be another person's comment" % r["id"])
        for r in rs:
            counts[r["kind_of_row"]] += 1
    for pat in ACCOUNT_RULES:
        if per_rule[pat]["positive"] < 6 or per_rule[pat]["hard_negative"] < 2:
            bad("%s: %d positive and %d hard-negative accounts (need 6 and 2)"
                % (pat, per_rule[pat]["positive"], per_rule[pat]["hard_negative"]))
    if not (190 <= len(rows) <= 210):
        bad("%d rows (190-210 expected)" % len(rows))
    if not (28 <= len(acc_rows) <= 34):
        bad("%d accounts (28-34 expected)" % len(acc_rows))
    if counts["hard_negative"] < counts["positive"]:
        bad("hard-negative rows (%d) fewer than positive rows (%d)" % (counts["hard_negative"], counts["positive"]))

    # reproducibility
    res = subprocess.run([sys.executable, "-B", os.path.join(HERE, "build.py"), "--stdout"],
                         capture_output=True, cwd=HERE)
    if res.returncode != 0:
        bad("build.py failed: %s" % res.stderr.decode("utf-8", "replace")[-400:])
    elif res.stdout != raw.encode("utf-8"):
        bad("build.py does not reproduce accounts.jsonl byte for byte")
    if os.path.exists(os.path.join(HERE, "__pycache__")):
        bad("__pycache__ present")

    return finish(source)


def finish(source):
    if problems:
        for p in problems[:60]:
            print("FAIL:", p)
        if len(problems) > 60:
            print("... and %d more" % (len(problems) - 60))
        print("rules from %s" % source)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
