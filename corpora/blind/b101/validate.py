"""Check blind set b101 (accounts.jsonl) and print OK, or list the problems found.

    python validate.py

Rule ids and severities come from shared/design/RULES.md, found by walking up from this
folder; where it cannot be found, a built-in copy is used.
"""
import collections
import datetime as dt
import importlib.util
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "accounts.jsonl")
PREFIX = "B101-"

BUILTIN_SEVERITY = {
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
ACCOUNT_RULES = ["harassment.repeated-target", "capacity.mixed-account",
                 "moderation.third-party-comments"]
ORDER = ["ok", "advice", "review", "block"]
PLATFORMS = {"facebook", "x", "bluesky"}
KINDS = {"post", "comment"}
ROWKINDS = {"positive", "hard_negative", "filler"}
ROLES = {"positive", "hard_negative"}
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
          "family", "account_pattern", "account_role", "kind_of_row", "note"]

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


def load_severity():
    p = find_rules()
    if not p:
        return dict(BUILTIN_SEVERITY), "built-in copy"
    sev = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not cells or not re.fullmatch(r"[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*", cells[0]):
                continue
            m = re.match(r"(advice|review|block)\b", cells[-1])
            sev[cells[0]] = m.group(1) if m else None
    if not sev:
        return dict(BUILTIN_SEVERITY), "built-in copy"
    return sev, "RULES.md"


def load_handles():
    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        cfg = tomllib.load(f)
    if "council" not in cfg:
        err("council.toml: no [council] table")
    return cfg.get("people", {}).get("handles", {})


def parse_ts(s):
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", s or ""):
        return None
    return dt.datetime.fromisoformat(s)


def main():
    severity, source = load_severity()
    handles = load_handles()
    rows = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d: not JSON (%s)" % (n, e))
    if not 180 <= len(rows) <= 200:
        err("row count %d is outside 180-200" % len(rows))
    byid = {}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "%s%04d" % (PREFIX, i):
            err("row %d: id %r out of sequence" % (i, rid))
        byid[rid] = r
        for k in FIELDS:
            if k not in r:
                err("%s: missing field %s" % (rid, k))
        if not isinstance(r.get("text"), str) or not r.get("text", "").strip():
            err("%s: empty text" % rid)
        if r.get("author") not in handles:
            err("%s: author %r not in council.toml handles" % (rid, r.get("author")))
        if r.get("platform") not in PLATFORMS:
            err("%s: platform %r" % (rid, r.get("platform")))
        if r.get("account") not in ("councillor", "personal"):
            err("%s: account %r" % (rid, r.get("account")))
        if r.get("kind") not in KINDS:
            err("%s: kind %r" % (rid, r.get("kind")))
        ts = parse_ts(r.get("created_at"))
        if ts is None:
            err("%s: created_at %r not ISO with +00:00" % (rid, r.get("created_at")))
        else:
            if ts.weekday() >= 5:
                err("%s: weekend timestamp" % rid)
            if not (8 <= ts.hour <= 18):
                err("%s: time %s outside 08:00-18:59" % (rid, ts.time()))
            if not dt.date(2026, 1, 5) <= ts.date() <= dt.date(2026, 3, 27):
                err("%s: date %s outside 5 Jan-27 Mar 2026" % (rid, ts.date()))
        exp = r.get("expect", {})
        rules, allowed = exp.get("rules", []), exp.get("allowed", [])
        for x in rules + allowed:
            if x not in severity:
                err("%s: unknown rule %s" % (rid, x))
        if set(rules) & set(allowed):
            err("%s: rule both expected and allowed: %s" % (rid, set(rules) & set(allowed)))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err("%s: duplicate rule ids" % rid)
        want = max((severity.get(x) or "ok" for x in rules), key=ORDER.index, default="ok")
        if exp.get("verdict") != want:
            err("%s: verdict %r, highest severity is %r" % (rid, exp.get("verdict"), want))
        pat, role, kor = r.get("account_pattern"), r.get("account_role"), r.get("kind_of_row")
        if pat not in ACCOUNT_RULES:
            err("%s: account_pattern %r" % (rid, pat))
        if role not in ROLES:
            err("%s: account_role %r" % (rid, role))
        if kor not in ROWKINDS:
            err("%s: kind_of_row %r" % (rid, kor))
        if kor == "positive":
            if role != "positive":
                err("%s: positive row in a hard-negative account" % rid)
            if pat not in rules:
                err("%s: positive row does not expect %s" % (rid, pat))
            if r.get("family") != pat:
                err("%s: family should be %s" % (rid, pat))
        elif kor == "filler":
            if rules or exp.get("verdict") != "ok":
                err("%s: filler expects rules" % rid)
            if r.get("family") != pat:
                err("%s: family should be %s" % (rid, pat))
            if role == "positive" and allowed != [pat]:
                err("%s: filler in a positive account should allow only %s" % (rid, pat))
            if role == "hard_negative" and allowed:
                err("%s: filler in a hard-negative account allows rules" % rid)
        elif kor == "hard_negative":
            if r.get("family") != "hard_negative":
                err("%s: family should be hard_negative" % rid)
            if pat in rules or pat in allowed:
                err("%s: hard negative expects or allows the account rule" % rid)
            for x in ACCOUNT_RULES:
                if x in rules:
                    err("%s: hard negative expects an account rule" % rid)
            if rules and not (pat == "harassment.repeated-target" and rules == ["respect.personal-attack"]):
                err("%s: hard negative expects %s" % (rid, rules))
        if pat and kor != "positive" and pat in rules:
            err("%s: non-positive row expects the account rule" % rid)
        if r.get("kind") == "comment":
            if not r.get("comment_by"):
                err("%s: comment without comment_by" % rid)
            par = byid.get(r.get("parent_id")) if r.get("parent_id") in byid else None
            if par is None:
                par = next((x for x in rows if x.get("id") == r.get("parent_id")), None)
            if par is None:
                err("%s: parent_id %r not found" % (rid, r.get("parent_id")))
            else:
                pts = parse_ts(par.get("created_at"))
                if par.get("kind") != "post":
                    err("%s: parent is not a post" % rid)
                if par.get("author") != r.get("author") or par.get("platform") != r.get("platform"):
                    err("%s: parent has another author or platform" % rid)
                if ts and pts and (pts.date() != ts.date() or pts >= ts):
                    err("%s: parent is not an earlier post on the same day" % rid)
        else:
            if "comment_by" in r or "parent_id" in r:
                err("%s: non-comment carries comment_by/parent_id" % rid)
        for x in ("comment_by", "parent_id"):
            if x in r and r.get("kind") != "comment":
                err("%s: %s on a non-comment" % (rid, x))

    # duplicate texts
    c = collections.Counter(r.get("text") for r in rows)
    for t, n in c.items():
        if n > 1:
            err("duplicate text x%d: %.60s" % (n, t))

    # per-account checks
    accts = collections.defaultdict(list)
    for r in rows:
        accts[r.get("author")].append(r)
    per_rule = collections.Counter()
    for h, rs in accts.items():
        for k in ("account_pattern", "account_role", "platform", "account"):
            vals = {r.get(k) for r in rs}
            if len(vals) != 1:
                err("%s: several %s values %s" % (h, k, vals))
        pat, role, account = rs[0].get("account_pattern"), rs[0].get("account_role"), rs[0].get("account")
        per_rule[(pat, role)] += 1
        if not 5 <= len(rs) <= 15:
            err("%s: %d rows (want 5-15)" % (h, len(rs)))
        days = [r["created_at"][:10] for r in rs if r.get("kind") != "comment"]
        if len(days) != len(set(days)):
            err("%s: two posts on one day" % h)
        kors = collections.Counter(r.get("kind_of_row") for r in rs)
        if role == "positive" and kors["positive"] == 0:
            err("%s: positive account without positive rows" % h)
        if role == "hard_negative" and kors["positive"]:
            err("%s: hard-negative account with positive rows" % h)
        if account == "personal" and not (pat == "capacity.mixed-account" and role == "hard_negative"):
            err("%s: personal account outside the mixed-account hard negatives" % h)
        if pat == "harassment.repeated-target" and role == "positive":
            hd = {r["created_at"][:10] for r in rs if r.get("kind_of_row") == "positive"}
            n = len([r for r in rs if r.get("kind_of_row") == "positive"])
            if not 2 <= len(hd) <= 5 or len(hd) != n:
                err("%s: hostile posts on %d days (%d posts), want 2-5 separate days" % (h, len(hd), n))
        if pat == "capacity.mixed-account" and role == "positive":
            if not kors["positive"] or not kors["filler"]:
                err("%s: mixed account lacks personal or council posts" % h)
        if pat == "moderation.third-party-comments":
            if rs[0].get("platform") != "facebook":
                err("%s: moderation account not on facebook" % h)
            if not any(r.get("kind") == "comment" for r in rs):
                err("%s: moderation account without comments" % h)
            for r in rs:
                if r.get("kind_of_row") == "positive":
                    if r.get("kind") != "comment" or r.get("comment_by") == h:
                        err("%s: moderation positive is not someone else's comment" % r["id"])
        for r in rs:
            if r.get("kind") == "comment" and r.get("comment_by", "").startswith("@") and r.get("comment_by") != h:
                err("%s: comment_by handle is not the page owner" % r["id"])
    for p in ACCOUNT_RULES:
        if per_rule[(p, "positive")] < 6:
            err("%s: %d positive accounts (want >= 6)" % (p, per_rule[(p, "positive")]))
        if per_rule[(p, "hard_negative")] < 2:
            err("%s: %d hard-negative accounts (want >= 2)" % (p, per_rule[(p, "hard_negative")]))

    # folder-wide text checks: phones, emails, absolute paths
    phone_re = re.compile(r"(?<![\d£.,])(?:\+44\s?|0)\d(?:[\s-]?\d){8,10}(?![\d])")
    email_re = re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
    abs_re = re.compile(r"(?:^|[\s\"'`(=:,\[])/(?:home|work|tmp|usr|mnt|opt|var|root|Users|srv|data|etc)/")
    win_re = re.compile(r"(?:^|[\s\"'`(=])[A-Z]:\\[A-Za-z]")
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if not os.path.isfile(p) or name.endswith((".pyc",)):
            continue
        try:
            text = open(p, encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        for m in phone_re.finditer(text):
            digits = re.sub(r"\D", "", m.group(0))
            if not (digits.startswith("07700900") or digits.startswith("01632960")):
                err("%s: phone number outside drama ranges: %s" % (name, m.group(0)))
        for m in email_re.finditer(text):
            if not m.group(0).lower().endswith("example.com"):
                err("%s: email not on example.com: %s" % (name, m.group(0)))
        if abs_re.search(text) or win_re.search(text):
            err("%s: looks like an absolute path" % name)

    # build.py reproduces accounts.jsonl byte for byte
    spec = importlib.util.spec_from_file_location("b101_build", os.path.join(HERE, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with open(DATA, encoding="utf-8", newline="") as f:
        if mod.render() != f.read():
            err("build.py does not reproduce accounts.jsonl")

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d problem(s); rules from %s" % (len(errors), source))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
