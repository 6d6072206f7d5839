#!/usr/bin/env python3
"""Check blind set b163 (accounts.jsonl, council.toml, build.py). Prints OK or the problems.

Standard library only. Rule ids and base severities come from shared/design/RULES.md,
found by walking up from this folder; a built-in copy is used when it is not found.
"""
import collections
import datetime
import json
import os
import re
import subprocess
import sys

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B163"
FIRST_DAY = datetime.date(2026, 2, 2)
LAST_DAY = datetime.date(2026, 4, 17)
ACCOUNT_RULES = ("harassment.repeated-target", "moderation.third-party-comments", "capacity.mixed-account")
HAR, MOD, MIX = ACCOUNT_RULES
PA = "respect.personal-attack"
EXPECTED_FILES = {"accounts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}
POST_FIELDS = {"id", "text", "author", "created_at", "platform", "account", "kind", "expect",
               "family", "account_pattern", "account_role", "kind_of_row", "note"}
COMMENT_FIELDS = POST_FIELDS | {"comment_by", "parent_id"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}

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
    "association.endorsed-content": "advice",
    "harassment.repeated-target": "block", "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}

problems = []


def fail(msg):
    problems.append(msg)


def find_rules_md():
    d = HERE
    while True:
        cand = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_severities():
    path = find_rules_md()
    if not path:
        return dict(BUILTIN_SEVERITY), "built-in copy"
    sev = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 2:
                continue
            rid = cells[0]
            if re.fullmatch(r"[a-z-]+\.[a-z-]+", rid):
                m = re.match(r"(advice|review|block)", cells[-1])
                if m:
                    sev[rid] = m.group(1)
                elif "one level lower" in cells[-1]:
                    sev[rid] = "advice"
    if not sev:
        return dict(BUILTIN_SEVERITY), "built-in copy"
    return sev, "RULES.md"


def load_toml():
    path = os.path.join(HERE, "council.toml")
    with open(path, "rb") as f:
        raw = f.read()
    if tomllib is not None:
        return tomllib.loads(raw.decode("utf-8"))
    # minimal fallback: handles only
    handles = dict(re.findall(r'^"(@[^"]+)"\s*=\s*"([^"]+)"', raw.decode("utf-8"), re.M))
    return {"council": {"name": "?"}, "people": {"handles": handles}}


def main():
    sev, sev_source = load_severities()
    for r in ACCOUNT_RULES:
        if r not in sev:
            fail("RULES.md lacks account rule %s" % r)

    # ---- folder contents
    names = set(os.listdir(HERE))
    if names != EXPECTED_FILES:
        fail("folder holds %s, expected exactly %s" % (sorted(names), sorted(EXPECTED_FILES)))
    abs_path = re.compile(r"(?<![\w.])/(?:home|work|tmp|Users|root|mnt|srv|opt|var|data)/")
    win_path = re.compile(r"\b[A-Z]:\\\\")
    for name in sorted(names & EXPECTED_FILES):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            content = f.read()
        if abs_path.search(content) or win_path.search(content):
            fail("%s contains an absolute path" % name)

    # ---- council file
    conf = load_toml()
    allowed_tables = {"council", "people", "self", "registers"}
    for k in conf:
        if k not in allowed_tables:
            fail("council.toml: unknown table [%s]" % k)
    for k in conf.get("council", {}):
        if k not in {"name", "code", "timezone", "late_night"}:
            fail("council.toml: unknown key council.%s" % k)
    people = conf.get("people", {})
    for k in people:
        if k not in {"councillors", "officers", "public_office_holders", "handles"}:
            fail("council.toml: unknown key people.%s" % k)
    handles = people.get("handles", {})
    known = set(people.get("councillors", [])) | set(people.get("officers", [])) | set(
        people.get("public_office_holders", [])) | {conf.get("council", {}).get("name")}
    for h, who in handles.items():
        if who not in known:
            fail("council.toml: handle %s maps to unknown person %s" % (h, who))

    # ---- rows
    path = os.path.join(HERE, "accounts.jsonl")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                fail("line %d does not parse: %s" % (n, e))
    by_id = {}
    for i, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET, i)
        if r.get("id") != want:
            fail("row %d has id %r, expected %s" % (i, r.get("id"), want))
        by_id[r.get("id")] = r

    mention = re.compile(r"(?<![\w.@])@[A-Za-z0-9_]+")
    email = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
    link = re.compile(r"(?:https?://|www\.)([^\s/]+)", re.I)
    phone = re.compile(r"(?<!\d)(?:\+44\s?|0)\d(?:[\s-]?\d){8,10}(?!\d)")
    drama = re.compile(r"^(?:07700900\d{3}|01632960\d{3}|0113496\d{4}|0114496\d{4}|0115496\d{4}|0116496\d{4}|0117496\d{4}|0118496\d{4}|0121496\d{4}|0131496\d{4}|0141496\d{4}|0151496\d{4}|0161496\d{4}|0191498\d{4}|02079460\d{3}|02890180\d{3}|02920180\d{3}|01914980\d{3})$")
    texts = collections.Counter()

    for r in rows:
        rid = r.get("id")
        kind = r.get("kind")
        fields = set(r)
        if kind == "comment":
            if fields != COMMENT_FIELDS:
                fail("%s: fields %s, expected %s" % (rid, sorted(fields), sorted(COMMENT_FIELDS)))
        elif fields != POST_FIELDS:
            fail("%s: fields %s, expected %s" % (rid, sorted(fields), sorted(POST_FIELDS)))
        if kind not in ("post", "reply", "comment"):
            fail("%s: kind %r" % (rid, kind))
        if r.get("platform") not in ("facebook", "x", "bluesky"):
            fail("%s: platform %r" % (rid, r.get("platform")))
        if r.get("account") not in ("councillor", "personal"):
            fail("%s: account %r" % (rid, r.get("account")))
        if kind == "reply" and r.get("platform") != "x":
            fail("%s: replies are x @replies only" % rid)
        text = r.get("text", "")
        if not isinstance(text, str) or not text.strip():
            fail("%s: empty text" % rid)
            continue
        texts[re.sub(r"\W+", " ", text.lower()).strip()] += 1
        if r.get("author") not in handles:
            fail("%s: author %r not in council.toml handles" % (rid, r.get("author")))
        for m in mention.findall(text):
            if m not in handles:
                fail("%s: @mention %s not in council.toml handles" % (rid, m))
        for dom in email.findall(text):
            if dom.lower() not in ("example.com", "example.org", "example.net") and not dom.lower().endswith(
                    (".example.com", ".example.org", ".example.net")):
                fail("%s: email on %s, not an example domain" % (rid, dom))
        for dom in link.findall(text):
            d = dom.lower().rstrip(".,)")
            if not re.search(r"(^|\.)example\.(com|org|net)$", d):
                fail("%s: link to %s, not an example domain" % (rid, dom))
        for ph in phone.findall(text):
            digits = re.sub(r"\D", "", ph)
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if not drama.match(digits):
                fail("%s: phone number %s outside the drama ranges" % (rid, ph))
        # time
        try:
            t = datetime.datetime.fromisoformat(r.get("created_at", ""))
        except ValueError:
            fail("%s: created_at %r" % (rid, r.get("created_at")))
            continue
        if not r["created_at"].endswith("+00:00"):
            fail("%s: created_at not +00:00" % rid)
        if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (FIRST_DAY <= t.date() <= LAST_DAY):
            fail("%s: created_at %s outside weekdays 08:00-18:59, %s to %s" % (rid, r["created_at"], FIRST_DAY, LAST_DAY))
        # labels
        exp = r.get("expect", {})
        if set(exp) != {"rules", "allowed", "verdict"}:
            fail("%s: expect keys %s" % (rid, sorted(exp)))
            continue
        rules, allowed = exp["rules"], exp["allowed"]
        for x in rules + allowed:
            if x not in sev:
                fail("%s: unknown rule id %s" % (rid, x))
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            fail("%s: a rule listed twice" % rid)
        if set(rules) & set(allowed):
            fail("%s: rule both expected and allowed: %s" % (rid, sorted(set(rules) & set(allowed))))
        best = "ok"
        for x in rules:
            if x in sev and RANK[sev[x]] > RANK[best]:
                best = sev[x]
        if exp["verdict"] != best:
            fail("%s: verdict %s, expected %s" % (rid, exp["verdict"], best))
        pat, role, kor, fam = r.get("account_pattern"), r.get("account_role"), r.get("kind_of_row"), r.get("family")
        if pat not in ACCOUNT_RULES:
            fail("%s: account_pattern %r" % (rid, pat))
            continue
        if role not in ("positive", "hard_negative"):
            fail("%s: account_role %r" % (rid, role))
        other = set(ACCOUNT_RULES) - {pat}
        if other & (set(rules) | set(allowed)):
            fail("%s: another account's rule appears" % rid)
        if kor == "positive":
            if role != "positive" or pat not in rules or fam != pat:
                fail("%s: positive row conventions" % rid)
        elif kor == "filler":
            want_allowed = [pat] if role == "positive" else []
            if rules or allowed != want_allowed or fam != pat or exp["verdict"] != "ok":
                fail("%s: filler row conventions" % rid)
        elif kor == "hard_negative":
            if fam != "hard_negative" or pat in rules or pat in allowed or allowed:
                fail("%s: hard-negative row conventions" % rid)
            if pat == HAR and role == "hard_negative":
                if set(rules) - {PA}:
                    fail("%s: harassment hard negatives expect at most the personal-attack rule" % rid)
            elif rules:
                fail("%s: this hard negative should expect nothing" % rid)
        else:
            fail("%s: kind_of_row %r" % (rid, kor))
        if pat == MOD and kor == "positive":
            if kind != "comment" or r.get("platform") != "facebook" or r.get("comment_by") == r.get("author"):
                fail("%s: moderation positives are others' comments on facebook pages" % rid)
            if rules != [MOD]:
                fail("%s: moderation positives expect the moderation rule only" % rid)
        if r.get("account") == "personal" and not (pat == MIX and role == "hard_negative"):
            fail("%s: personal accounts only among mixed-account hard negatives" % rid)
        # comments
        if kind == "comment":
            by = r.get("comment_by")
            par = by_id.get(r.get("parent_id"))
            if not isinstance(by, str) or not by:
                fail("%s: comment_by missing" % rid)
            elif by.startswith("@") and by != r.get("author"):
                fail("%s: a handle in comment_by must be the page owner's" % rid)
            if par is None:
                fail("%s: parent_id %r not found" % (rid, r.get("parent_id")))
            else:
                pt = datetime.datetime.fromisoformat(par["created_at"])
                if (par.get("author") != r.get("author") or par.get("kind") != "post"
                        or par.get("platform") != r.get("platform") or pt.date() != t.date() or pt >= t):
                    fail("%s: parent %s is not the owner's earlier post that day" % (rid, par.get("id")))
            if pat == MOD and r.get("platform") != "facebook":
                fail("%s: moderation accounts are facebook pages" % rid)

    for t, n in texts.items():
        if n > 1:
            fail("duplicate text: %r" % t[:60])

    # ---- accounts
    accounts = collections.defaultdict(list)
    for r in rows:
        accounts[r.get("author")].append(r)
    per_rule = collections.Counter()
    for a, rs in accounts.items():
        for f in ("account_pattern", "account_role", "platform", "account"):
            vals = {r.get(f) for r in rs}
            if len(vals) != 1:
                fail("%s: more than one %s: %s" % (a, f, sorted(map(str, vals))))
        if not 5 <= len(rs) <= 9:
            fail("%s: %d rows, expected 5-9" % (a, len(rs)))
        pat, role = rs[0].get("account_pattern"), rs[0].get("account_role")
        per_rule[(pat, role)] += 1
        days = collections.Counter(r["created_at"][:10] for r in rs if r.get("kind") != "comment")
        for d, n in days.items():
            if n > 1:
                fail("%s: %d posts on %s" % (a, n, d))
        pos = [r for r in rs if r.get("kind_of_row") == "positive"]
        if role == "positive" and not pos:
            fail("%s: positive account without positive rows" % a)
        if role == "hard_negative" and pos:
            fail("%s: hard-negative account with positive rows" % a)
        if pat == HAR and role == "positive":
            if not 2 <= len(pos) <= 5:
                fail("%s: %d hostile posts, expected 2-5" % (a, len(pos)))
            if len({r["created_at"][:10] for r in pos}) != len(pos):
                fail("%s: two hostile posts on one day" % a)
        if pat == MIX and role == "positive":
            if not any(r.get("kind_of_row") == "filler" for r in rs):
                fail("%s: mixed account without council posts" % a)
        if pat == MOD and any(r.get("platform") != "facebook" for r in rs):
            fail("%s: moderation accounts are facebook pages" % a)
    for rule in ACCOUNT_RULES:
        if per_rule[(rule, "positive")] < 6:
            fail("%s: %d positive accounts, expected at least 6" % (rule, per_rule[(rule, "positive")]))
        if per_rule[(rule, "hard_negative")] < 2:
            fail("%s: %d hard-negative accounts, expected at least 2" % (rule, per_rule[(rule, "hard_negative")]))
    if not 190 <= len(rows) <= 210:
        fail("%d rows, expected 190-210" % len(rows))
    if not 28 <= len(accounts) <= 34:
        fail("%d accounts, expected 28-34" % len(accounts))
    kinds = collections.Counter(r.get("kind_of_row") for r in rows)
    if kinds["hard_negative"] < kinds["positive"]:
        fail("fewer hard negatives (%d) than positives (%d)" % (kinds["hard_negative"], kinds["positive"]))

    # ---- reproducibility
    try:
        out = subprocess.run([sys.executable, "-B", os.path.join(HERE, "build.py"), "--stdout"],
                             capture_output=True, check=True).stdout
        with open(path, "rb") as f:
            if f.read() != out:
                fail("build.py does not reproduce accounts.jsonl byte for byte")
    except subprocess.CalledProcessError as e:
        fail("build.py failed: %s" % e.stderr.decode("utf-8", "replace")[-300:])

    if problems:
        for p in problems:
            print("FAIL:", p)
        print("%d problem(s); severities from %s" % (len(problems), sev_source))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
