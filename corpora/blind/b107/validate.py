"""Check blind set b107 (accounts.jsonl) and print OK.

    python validate.py

Finds the rule catalogue by walking up from this folder to
shared/design/RULES.md; without it, uses the built-in copy of rule ids and
severities below. Exits 1 with a list of problems otherwise.
"""
import collections
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "accounts.jsonl")
PREFIX = "B107-"

ACCOUNT_RULES = ["harassment.repeated-target", "moderation.third-party-comments",
                 "capacity.mixed-account"]
BUILTIN_SEVERITY = {
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
ORDER = ["ok", "advice", "review", "block"]
PLATFORMS = {"facebook", "x", "bluesky"}
LIMITS = {"x": 280, "bluesky": 300}
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
          "family", "account_pattern", "account_role", "kind_of_row", "note"]
COMMENT_FIELDS = ["comment_by", "parent_id"]
FIRST, LAST = dt.date(2026, 1, 5), dt.date(2026, 3, 27)

problems = []


def bad(msg):
    problems.append(msg)


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
    path = find_rules()
    if not path:
        return dict(BUILTIN_SEVERITY), "built-in copy"
    sev = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3:
                continue
            m = re.fullmatch(r"([a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*)", cells[0])
            if not m:
                continue
            first = re.match(r"(advice|review|block)\b", cells[-1])
            sev[m.group(1)] = first.group(1) if first else None
    if not sev:
        bad("no rules parsed from RULES.md")
    return sev, "RULES.md"


def load_handles():
    path = os.path.join(HERE, "council.toml")
    text = open(path, encoding="utf-8").read()
    if tomllib:
        conf = tomllib.loads(text)
        if "council" not in conf or "name" not in conf["council"]:
            bad("council.toml: [council] name missing")
        return set(conf.get("people", {}).get("handles", {}))
    return set(re.findall(r'^"(@[^"]+)"\s*=', text, re.M))


def main():
    severity, source = load_severity()
    handles = load_handles()
    rows = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("line %d: not JSON (%s)" % (n, e))
    if not 180 <= len(rows) <= 200:
        bad("row count %d not in 180-200" % len(rows))
    byid = {}
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "%s%04d" % (PREFIX, i):
            bad("row %d: id %r out of sequence" % (i, rid))
        byid[rid] = r
        want = FIELDS + (COMMENT_FIELDS if r.get("kind") == "comment" else [])
        if set(r) != set(want):
            bad("%s: fields %s, want %s" % (rid, sorted(r), sorted(want)))
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad("%s: empty text" % rid)
        if r["author"] not in handles:
            bad("%s: author %s not in council.toml" % (rid, r["author"]))
        if r["platform"] not in PLATFORMS:
            bad("%s: platform %r" % (rid, r["platform"]))
        if len(r["text"]) > LIMITS.get(r["platform"], 10 ** 6):
            bad("%s: %d characters, too long for %s" % (rid, len(r["text"]), r["platform"]))
        if r["account"] not in ("councillor", "personal"):
            bad("%s: account %r" % (rid, r["account"]))
        if r["kind"] not in ("post", "comment"):
            bad("%s: kind %r" % (rid, r["kind"]))
        if r["account_pattern"] not in ACCOUNT_RULES:
            bad("%s: account_pattern %r" % (rid, r["account_pattern"]))
        if r["account_role"] not in ("positive", "hard_negative"):
            bad("%s: account_role %r" % (rid, r["account_role"]))
        if r["kind_of_row"] not in ("positive", "hard_negative", "filler"):
            bad("%s: kind_of_row %r" % (rid, r["kind_of_row"]))
        if not r["note"]:
            bad("%s: empty note" % rid)
        m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d):(\d\d)\+00:00", r["created_at"])
        if not m:
            bad("%s: created_at %r" % (rid, r["created_at"]))
        else:
            t = dt.datetime.fromisoformat(r["created_at"])
            if not (FIRST <= t.date() <= LAST) or t.weekday() > 4 or not 8 <= t.hour <= 18:
                bad("%s: created_at %s outside weekdays 08:00-18:59, 5 Jan-27 Mar 2026"
                    % (rid, r["created_at"]))
        # expectations
        e = r["expect"]
        if set(e) != {"rules", "allowed", "verdict"}:
            bad("%s: expect keys %s" % (rid, sorted(e)))
            continue
        for rule in e["rules"] + e["allowed"]:
            if rule not in severity:
                bad("%s: unknown rule %s" % (rid, rule))
        if set(e["rules"]) & set(e["allowed"]):
            bad("%s: rule both expected and allowed" % rid)
        if len(set(e["rules"])) != len(e["rules"]) or len(set(e["allowed"])) != len(e["allowed"]):
            bad("%s: duplicate rule ids" % rid)
        v = "ok"
        for rule in e["rules"]:
            s = severity.get(rule)
            if s and ORDER.index(s) > ORDER.index(v):
                v = s
        if e["verdict"] != v:
            bad("%s: verdict %s, highest expected severity is %s" % (rid, e["verdict"], v))
        # row-kind and family conventions
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if kor == "positive":
            if role != "positive" or pat not in e["rules"] or r["family"] != pat:
                bad("%s: positive row must be in a positive account, expect %s, family %s" % (rid, pat, pat))
        elif kor == "filler":
            if e["rules"] or e["verdict"] != "ok" or r["family"] != pat:
                bad("%s: filler expects nothing, family = account pattern" % rid)
            if role == "positive" and pat not in e["allowed"]:
                bad("%s: filler in a positive account allows the account rule" % rid)
            if role == "hard_negative" and e["allowed"]:
                bad("%s: filler in a hard-negative account allows nothing" % rid)
        else:
            if r["family"] != "hard_negative":
                bad("%s: hard-negative row needs family hard_negative" % rid)
            if pat in e["rules"] or pat in e["allowed"]:
                bad("%s: hard-negative row expects or allows the account rule" % rid)
            if e["rules"] and not (pat == ACCOUNT_RULES[0] and role == "hard_negative"
                                   and e["rules"] == ["respect.personal-attack"]):
                bad("%s: hard-negative row expects %s" % (rid, e["rules"]))
        if pat == ACCOUNT_RULES[1] and kor == "positive":
            if r["kind"] != "comment" or r.get("comment_by") == r["author"]:
                bad("%s: moderation positives are others' comments" % rid)
        if pat != ACCOUNT_RULES[1] and r["kind"] == "comment":
            bad("%s: comments only in moderation accounts" % rid)
        if pat != ACCOUNT_RULES[1] and kor == "positive" and r["kind"] != "post":
            bad("%s: positive rows outside moderation are posts" % rid)
        if r["account"] == "personal" and not (pat == ACCOUNT_RULES[2] and role == "hard_negative"):
            bad("%s: personal accounts only among mixed-account hard negatives" % rid)

    # comment parents and timing
    under = collections.defaultdict(list)
    for r in rows:
        if r.get("kind") != "comment":
            continue
        p = byid.get(r.get("parent_id"))
        if not p or p.get("kind") != "post":
            bad("%s: parent %r is not a post" % (r["id"], r.get("parent_id")))
            continue
        if p["author"] != r["author"] or p["platform"] != r["platform"]:
            bad("%s: parent has another author or platform" % r["id"])
        if p["created_at"][:10] != r["created_at"][:10] or p["created_at"] >= r["created_at"]:
            bad("%s: parent not earlier the same day" % r["id"])
        if not r.get("comment_by"):
            bad("%s: comment_by empty" % r["id"])
        under[p["id"]].append(r)
    for pid, cs in under.items():
        prev = dt.datetime.fromisoformat(byid[pid]["created_at"])
        for c in sorted(cs, key=lambda c: c["created_at"]):
            t = dt.datetime.fromisoformat(c["created_at"])
            gap = (t - prev).total_seconds() / 60
            if not 4 <= gap <= 55:
                bad("%s: %d minutes after the row before it" % (c["id"], gap))
            prev = t

    # accounts
    accounts = collections.defaultdict(list)
    for r in rows:
        accounts[r.get("author")].append(r)
    per_rule = collections.Counter()
    for a, rs in accounts.items():
        for key in ("account_pattern", "account_role", "platform", "account"):
            if len({r[key] for r in rs}) != 1:
                bad("%s: more than one %s" % (a, key))
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        per_rule[(pat, role)] += 1
        if not 5 <= len(rs) <= 15:
            bad("%s: %d rows, want 5-15" % (a, len(rs)))
        days = [r["created_at"][:10] for r in rs if r["kind"] == "post"]
        if len(days) != len(set(days)):
            bad("%s: two posts on one day" % a)
        pos = [r for r in rs if r["kind_of_row"] == "positive"]
        if role == "positive" and not pos:
            bad("%s: positive account without positive rows" % a)
        if role == "hard_negative" and pos:
            bad("%s: hard-negative account with positive rows" % a)
        if pat == ACCOUNT_RULES[0] and role == "positive":
            hd = {r["created_at"][:10] for r in pos}
            if not 2 <= len(hd) <= 5 or len(hd) != len(pos):
                bad("%s: hostile posts on %d days, want 2-5 separate days" % (a, len(hd)))
        if pat == ACCOUNT_RULES[2] and role == "positive":
            if not any(r["kind_of_row"] == "filler" for r in rs):
                bad("%s: mixed account needs council posts too" % a)
        if pat == ACCOUNT_RULES[1] and rs[0]["platform"] != "facebook":
            bad("%s: moderation accounts are facebook pages" % a)
    for rule in ACCOUNT_RULES:
        if per_rule[(rule, "positive")] < 6 or per_rule[(rule, "hard_negative")] < 2:
            bad("%s: %d positive, %d hard-negative accounts (want >= 6 and >= 2)"
                % (rule, per_rule[(rule, "positive")], per_rule[(rule, "hard_negative")]))

    # texts
    seen = {}
    for r in rows:
        k = re.sub(r"\s+", " ", r["text"].strip().lower())
        if k in seen:
            bad("%s: duplicate text of %s" % (r["id"], seen[k]))
        seen[k] = r["id"]
    for r in rows:
        for num in re.findall(r"(?<!\d)(?:\+44\s?|0)\d[\d ]{8,12}\d(?!\d)", r["text"]):
            digits = re.sub(r"\D", "", num)
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if not (re.fullmatch(r"07700900\d{3}", digits) or re.fullmatch(r"01632960\d{3}", digits)):
                bad("%s: phone number %s outside the drama ranges" % (r["id"], num))
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", r["text"]):
            if em.lower() != "example.com" and not em.lower().endswith(".example.com"):
                bad("%s: email domain %s" % (r["id"], em))

    # no absolute paths anywhere in the folder
    roots = ["ho" + "me", "wo" + "rk", "t" + "mp", "Us" + "ers", "ro" + "ot", "m" + "nt", "v" + "ar"]
    pat_abs = re.compile(r"(?:^|[\s\"'(=`])/(?:%s)/|[A-Za-z]:\\\\" % "|".join(roots))
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if not os.path.isfile(p):
            continue
        try:
            text = open(p, encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        if pat_abs.search(text):
            bad("%s: contains an absolute path" % name)

    # build.py reproduces accounts.jsonl byte for byte
    tmp = tempfile.mkdtemp()
    try:
        shutil.copy(os.path.join(HERE, "build.py"), tmp)
        subprocess.run([sys.executable, "build.py"], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        with open(os.path.join(tmp, "accounts.jsonl"), "rb") as f1, open(DATA, "rb") as f2:
            if f1.read() != f2.read():
                bad("build.py does not reproduce accounts.jsonl")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    if problems:
        for p in problems:
            print("FAIL", p)
        print("%d problems (rules from %s)" % (len(problems), source))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
