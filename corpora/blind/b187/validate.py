"""Validate blind set b187 (accounts.jsonl, council.toml, build.py). Prints OK.

    python3 validate.py
"""
import sys

sys.dont_write_bytecode = True

import collections
import datetime as dt
import json
import os
import re
import subprocess
import tempfile
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET_ID = "B187"
DATA = os.path.join(HERE, "accounts.jsonl")
START = dt.date(2026, 1, 12)
END = dt.date(2026, 3, 27)

HR = "harassment.repeated-target"
MO = "moderation.third-party-comments"
MX = "capacity.mixed-account"
PA = "respect.personal-attack"
ACCOUNT_RULES = {HR, MO, MX}

# Built-in copy of the rule ids and base severities, used when RULES.md
# cannot be found by walking up to shared/design/RULES.md.
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
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

BASE_FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind",
               "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"]
COMMENT_FIELDS = BASE_FIELDS[:7] + ["comment_by", "parent_id"] + BASE_FIELDS[7:]

errors = []


def err(msg):
    errors.append(msg)


def find_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            return p
        up = os.path.dirname(d)
        if up == d:
            return None
        d = up


def load_rules():
    p = find_rules()
    if not p:
        return BUILTIN, "built-in copy"
    sev = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            m = re.match(r"(advice|review|block)\b", cells[-1])
            sev[cells[0]] = m.group(1) if m else None
    for k, v in BUILTIN.items():
        if sev.get(k, "missing") != v:
            err("RULES.md and the built-in copy differ on %s: %r vs %r" % (k, sev.get(k, "missing"), v))
    return sev, "RULES.md"


def check_folder():
    bad_bits = ["/" + "work/", "/" + "home/", "/" + "tmp/", "C:" + "\\", "/" + "Users/"]
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name == "__pycache__" or name.endswith(".pyc"):
            err("folder holds %s" % name)
            continue
        if not os.path.isfile(p):
            err("unexpected folder %s" % name)
            continue
        with open(p, encoding="utf-8") as f:
            s = f.read()
        for b in bad_bits:
            if b in s:
                err("%s contains an absolute path (%s)" % (name, b))


def main():
    sev, source = load_rules()
    check_folder()

    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    c = council.get("council", {})
    if c.get("code") != "bexley" or c.get("timezone") != "Europe/London":
        err("council.toml: code must be bexley and timezone Europe/London")
    allowed_top = {"council", "people", "self", "registers"}
    for k in council:
        if k not in allowed_top:
            err("council.toml: unknown table %s" % k)
    handles = council.get("people", {}).get("handles", {})
    councillors = set(council.get("people", {}).get("councillors", []))
    officers = set(council.get("people", {}).get("officers", []))
    for h, name in handles.items():
        if name not in councillors and name not in officers and "Council" not in name:
            err("handle %s maps to %s, not on the roster" % (h, name))

    rows = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("line %d does not parse: %s" % (n, e))
    byid = {}
    for n, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET_ID, n)
        if r.get("id") != want:
            err("row %d: id %r, expected %s" % (n, r.get("id"), want))
        byid[r.get("id")] = r

    texts = collections.Counter()
    mention_re = re.compile(r"(?<![\w.])@\w+")
    email_re = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})", re.I)
    domain_re = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|org|net|uk|io|co))(?![\w-])", re.I)
    phone_re = re.compile(r"(?<!\d)(0\d{3,4})[ -]?(\d{3})[ -]?(\d{3,4})(?!\d)")

    for r in rows:
        rid = r.get("id")
        kind = r.get("kind")
        fields = list(r.keys())
        want = COMMENT_FIELDS if kind == "comment" else BASE_FIELDS
        if fields != want:
            err("%s: fields %s, expected %s" % (rid, fields, want))
            continue
        if r["author"] not in handles:
            err("%s: author %s not in council.toml" % (rid, r["author"]))
        for m in mention_re.findall(r["text"]):
            if m not in handles:
                err("%s: @mention %s not in council.toml" % (rid, m))
        if r["platform"] not in ("facebook", "x", "bluesky"):
            err("%s: platform %s" % (rid, r["platform"]))
        if r["account"] not in ("councillor", "personal"):
            err("%s: account %s" % (rid, r["account"]))
        if kind not in ("post", "reply", "comment"):
            err("%s: kind %s" % (rid, kind))
        if kind == "reply" and r["platform"] == "facebook":
            err("%s: replies are x or bluesky @replies" % rid)
        # timestamps
        m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):00\+00:00", r["created_at"])
        if not m:
            err("%s: created_at %s" % (rid, r["created_at"]))
        else:
            d = dt.date.fromisoformat(m.group(1))
            h = int(m.group(2))
            if d.weekday() > 4 or not (START <= d <= END) or not (8 <= h <= 18):
                err("%s: created_at %s outside weekday 08:00-18:59 %s..%s" % (rid, r["created_at"], START, END))
        # expect
        e = r["expect"]
        if list(e.keys()) != ["rules", "allowed", "verdict"]:
            err("%s: expect keys %s" % (rid, list(e.keys())))
            continue
        for rule in e["rules"] + e["allowed"]:
            if rule not in sev:
                err("%s: unknown rule %s" % (rid, rule))
            elif sev[rule] is None:
                err("%s: rule %s has no fixed base severity; not used in this set" % (rid, rule))
        if len(set(e["rules"])) != len(e["rules"]) or len(set(e["allowed"])) != len(e["allowed"]):
            err("%s: duplicate rule in a list" % rid)
        if set(e["rules"]) & set(e["allowed"]):
            err("%s: rule both expected and allowed" % rid)
        best = "ok"
        for rule in e["rules"]:
            s = sev.get(rule)
            if s and RANK[s] > RANK[best]:
                best = s
        if e["verdict"] != best:
            err("%s: verdict %s, expected %s" % (rid, e["verdict"], best))
        # row kind and family conventions
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES:
            err("%s: account_pattern %s" % (rid, pat))
        if role not in ("positive", "hard_negative"):
            err("%s: account_role %s" % (rid, role))
        others = (ACCOUNT_RULES - {pat}) & set(e["rules"] + e["allowed"])
        if others:
            err("%s: carries another account's rule %s" % (rid, others))
        if kor == "positive":
            if pat not in e["rules"] or r["family"] != pat or role != "positive":
                err("%s: positive row conventions" % rid)
        elif kor == "filler":
            want_allowed = [pat] if role == "positive" else []
            if e["rules"] or e["verdict"] != "ok" or e["allowed"] != want_allowed or r["family"] != pat:
                err("%s: filler row conventions" % rid)
        elif kor == "hard_negative":
            if r["family"] != "hard_negative" or pat in e["rules"] + e["allowed"]:
                err("%s: hard-negative row conventions" % rid)
            if e["rules"]:
                if not (e["rules"] == [PA] and pat == HR and role == "hard_negative" and kind == "post"):
                    err("%s: a hard negative may expect only respect.personal-attack, as a single hostile post in a harassment hard-negative account" % rid)
            if e["allowed"] and role == "hard_negative":
                err("%s: hard negatives in hard-negative accounts allow nothing" % rid)
        else:
            err("%s: kind_of_row %s" % (rid, kor))
        # note
        note = r["note"]
        if not re.match(r"\[[^\]]+\] ?", note) or len(note) < 12:
            err("%s: note must start with a [tag] and say why" % rid)
        if re.search(r"\{[a-z_0-9]+\}", note):
            err("%s: unresolved citation in note" % rid)
        for cited in re.findall(r"%s-\d{4}" % SET_ID, note):
            if cited not in byid:
                err("%s: note cites missing row %s" % (rid, cited))
            elif cited == rid:
                err("%s: note cites itself" % rid)
        # text hygiene
        texts[re.sub(r"\s+", " ", r["text"].strip().lower())] += 1
        for m in phone_re.finditer(r["text"]):
            num = m.group(1) + m.group(2) + m.group(3)
            ok = (num.startswith("07700900") and len(num) == 11) or (num.startswith("01632960") and len(num) == 11)
            if not ok:
                err("%s: phone number %s outside the drama ranges" % (rid, m.group(0)))
        for dom in email_re.findall(r["text"]):
            if dom.lower() not in ("example.com", "example.net", "example.org"):
                err("%s: email domain %s" % (rid, dom))
        for dom in domain_re.findall(r["text"]):
            if dom.lower() not in ("example.com", "example.net", "example.org"):
                err("%s: link domain %s" % (rid, dom))

    for t, n in texts.items():
        if n > 1:
            err("duplicate text: %s" % t[:60])

    # comments and parents
    for r in rows:
        if r.get("kind") != "comment":
            continue
        p = byid.get(r.get("parent_id"))
        if p is None:
            err("%s: parent_id %s missing" % (r["id"], r.get("parent_id")))
            continue
        if p["kind"] != "post" or p["author"] != r["author"] or p["platform"] != r["platform"]:
            err("%s: parent must be the page owner's post on the same platform" % r["id"])
        if p["created_at"][:10] != r["created_at"][:10] or p["created_at"] >= r["created_at"]:
            err("%s: parent must be earlier the same day" % r["id"])
        by = r["comment_by"]
        if by.startswith("@"):
            if by != r["author"]:
                err("%s: an @ comment_by must be the page owner" % r["id"])
            if r["kind_of_row"] == "positive":
                err("%s: the owner's own reply cannot be a left-up comment" % r["id"])
        elif not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+", by):
            err("%s: comment_by %r should be an invented full name" % (r["id"], by))

    # accounts
    accts = collections.defaultdict(list)
    for r in rows:
        accts[r["author"]].append(r)
    per_rule = collections.defaultdict(collections.Counter)
    for a, rs in sorted(accts.items()):
        for f in ("account_pattern", "account_role", "platform", "account"):
            vals = {r[f] for r in rs}
            if len(vals) != 1:
                err("%s: more than one %s: %s" % (a, f, vals))
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        per_rule[pat][role] += 1
        if not 5 <= len(rs) <= 15:
            err("%s: %d rows (5-15)" % (a, len(rs)))
        own = [r for r in rs if r["kind"] != "comment"]
        days = collections.Counter(r["created_at"][:10] for r in own)
        for d, n in days.items():
            if n > 1:
                err("%s: %d own posts on %s" % (a, n, d))
        kinds = collections.Counter(r["kind_of_row"] for r in rs)
        if role == "hard_negative" and kinds["positive"]:
            err("%s: positive rows in a hard-negative account" % a)
        if role == "positive" and not kinds["positive"]:
            err("%s: positive account without positive rows" % a)
        if rs[0]["account"] == "personal" and not (pat == MX and role == "hard_negative"):
            err("%s: personal accounts only among mixed-account hard negatives" % a)
        if pat == MO and rs[0]["platform"] != "facebook":
            err("%s: moderation accounts are facebook pages" % a)
        if pat == HR and role == "positive":
            hostile = [r for r in rs if r["kind_of_row"] == "positive"]
            if not 2 <= len(hostile) <= 5:
                err("%s: %d hostile posts (2-5)" % (a, len(hostile)))
            if len({r["created_at"][:10] for r in hostile}) != len(hostile):
                err("%s: hostile posts must be on separate days" % a)
            if any(r["kind"] == "comment" for r in hostile):
                err("%s: hostile posts are the councillor's own" % a)
        if pat == HR and role == "hard_negative":
            singles = [r for r in rs if r["expect"]["rules"]]
            if len(singles) > 2:
                err("%s: more than two single hostile posts in a hard negative" % a)
        if pat == MX and role == "positive":
            if not kinds["positive"] or not kinds["filler"]:
                err("%s: a mixed account needs both personal and council posts" % a)
        if pat == MO and role == "positive":
            for r in rs:
                if r["kind_of_row"] == "positive" and (r["kind"] != "comment" or r["comment_by"] == a):
                    err("%s: moderation positives are others' comments" % r["id"])
        if pat == MO and role == "hard_negative":
            if not any(r["kind"] == "comment" for r in rs):
                err("%s: a moderation hard negative needs comments" % a)
    for rule in sorted(ACCOUNT_RULES):
        if per_rule[rule]["positive"] < 6 or per_rule[rule]["hard_negative"] < 2:
            err("%s: %d positive / %d hard-negative accounts (need 6 / 2)" % (rule, per_rule[rule]["positive"], per_rule[rule]["hard_negative"]))

    kinds = collections.Counter(r["kind_of_row"] for r in rows)
    if not 190 <= len(rows) <= 210:
        err("%d rows (190-210)" % len(rows))
    if not 28 <= len(accts) <= 34:
        err("%d accounts (28-34)" % len(accts))
    if kinds["hard_negative"] < kinds["positive"]:
        err("hard negatives %d < positives %d" % (kinds["hard_negative"], kinds["positive"]))

    # build.py reproduces accounts.jsonl byte for byte
    with tempfile.TemporaryDirectory() as td:
        out = os.path.join(td, "accounts.jsonl")
        res = subprocess.run([sys.executable, "-B", os.path.join(HERE, "build.py"), "--out", out],
                             capture_output=True, text=True)
        if res.returncode != 0:
            err("build.py failed: %s" % res.stderr.strip()[-300:])
        else:
            with open(out, "rb") as f1, open(DATA, "rb") as f2:
                if f1.read() != f2.read():
                    err("build.py does not reproduce accounts.jsonl")
    check_folder_again = [n for n in os.listdir(HERE) if n == "__pycache__"]
    if check_folder_again:
        err("__pycache__ appeared in the folder")

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d errors (rules from %s)" % (len(errors), source))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
