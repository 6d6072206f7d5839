#!/usr/bin/env python3
"""Check blind set b113 (accounts.jsonl, council.toml, build.py). Prints OK or the problems.

    python3 validate.py
"""
import collections
import datetime
import importlib.util
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "B113"
DATA = os.path.join(HERE, "accounts.jsonl")

HAR = "harassment.repeated-target"
MIX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
PATTERNS = (HAR, MIX, MOD)
PA = "respect.personal-attack"

# Built-in copy of the rule ids and the lowest severity RULES.md gives each,
# used only when RULES.md cannot be found above this folder.
BUILTIN_RULES = {
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

FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind",
          "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"]
COMMENT_FIELDS = ["comment_by", "parent_id"]
PLATFORMS = {"facebook", "x", "bluesky"}
FIRST_DAY = datetime.date(2026, 1, 5)
LAST_DAY = datetime.date(2026, 3, 27)

# Ofcom ranges for drama (digits only).
DRAMA = [("07700900", 3), ("01914980", 3), ("02079460", 3), ("01134960", 3),
         ("01144960", 3), ("01154960", 3), ("01164960", 3), ("01174960", 3),
         ("01184960", 3), ("01214960", 3), ("01314960", 3), ("01414960", 3),
         ("01514960", 3), ("01614960", 3), ("02890180", 3), ("02920180", 3),
         ("0163296", 4), ("03069990", 3), ("08081570", 3), ("09098790", 3)]

problems = []


def bad(msg):
    problems.append(msg)


def find_rules():
    d = HERE
    while True:
        cand = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(cand):
            return cand
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_rules():
    path = find_rules()
    if not path:
        return dict(BUILTIN_RULES), "built-in copy"
    rules = {}
    row = re.compile(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|.*\|\s*([^|]*?)\s*\|\s*$")
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = row.match(line.strip())
            if not m:
                continue
            first = re.match(r"(advice|review|block)\b", m.group(2))
            rules[m.group(1)] = first.group(1) if first else None
    if not rules:
        return dict(BUILTIN_RULES), "built-in copy"
    return rules, "RULES.md"


def phone_ok(digits):
    for prefix, tail in DRAMA:
        if digits.startswith(prefix) and len(digits) == len(prefix) + tail:
            return True
    return False


def main():
    rules_sev, rules_src = load_rules()
    for r in (HAR, MIX, MOD):
        if r not in rules_sev:
            bad("account rule %s missing from %s" % (r, rules_src))

    with open(os.path.join(HERE, "council.toml"), "rb") as f:
        council = tomllib.load(f)
    allowed_top = {"council", "people", "self", "registers"}
    for k in council:
        if k not in allowed_top:
            bad("council.toml: key %s not in the contract" % k)
    if "name" not in council.get("council", {}):
        bad("council.toml: [council] name missing")
    people = council.get("people", {})
    handles = people.get("handles", {})
    named = set(people.get("councillors", [])) | set(people.get("officers", [])) | \
        set(people.get("public_office_holders", [])) | {council["council"]["name"]}
    for h, who in handles.items():
        if who not in named:
            bad("council.toml: handle %s maps to unknown %s" % (h, who))

    rows = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("line %d: not JSON (%s)" % (n, e))
    if not rows:
        bad("no rows")

    by_id = {}
    for n, r in enumerate(rows, 1):
        want = "%s-%04d" % (SET, n)
        rid = r.get("id")
        if rid != want:
            bad("line %d: id %s, expected %s" % (n, rid, want))
        by_id[rid] = r
        keys = list(r.keys())
        need = FIELDS + (COMMENT_FIELDS if r.get("kind") == "comment" else [])
        if sorted(keys) != sorted(need):
            bad("%s: fields %s" % (rid, sorted(set(keys) ^ set(need))))
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad("%s: empty text" % rid)
        if not isinstance(r["note"], str) or not r["note"].strip():
            bad("%s: empty note" % rid)
        if r["author"] not in handles:
            bad("%s: author %s not in council.toml" % (rid, r["author"]))
        if r["platform"] not in PLATFORMS:
            bad("%s: platform %s" % (rid, r["platform"]))
        if r["account"] not in ("councillor", "personal"):
            bad("%s: account %s" % (rid, r["account"]))
        if r["kind"] not in ("post", "comment"):
            bad("%s: kind %s" % (rid, r["kind"]))
        if r["account_pattern"] not in PATTERNS:
            bad("%s: account_pattern %s" % (rid, r["account_pattern"]))
        if r["account_role"] not in ("positive", "hard_negative"):
            bad("%s: account_role %s" % (rid, r["account_role"]))
        if r["kind_of_row"] not in ("positive", "hard_negative", "filler"):
            bad("%s: kind_of_row %s" % (rid, r["kind_of_row"]))
        # timestamp
        try:
            dt = datetime.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                bad("%s: timestamp offset not +00:00" % rid)
            if dt.weekday() > 4:
                bad("%s: weekend timestamp" % rid)
            if not (8 <= dt.hour <= 18):
                bad("%s: time %s outside 08:00-18:59" % (rid, dt.time()))
            if not (FIRST_DAY <= dt.date() <= LAST_DAY):
                bad("%s: date %s outside range" % (rid, dt.date()))
            r["_dt"] = dt
        except (ValueError, TypeError):
            bad("%s: bad created_at %r" % (rid, r["created_at"]))
        # expectations
        e = r["expect"]
        if sorted(e.keys()) != ["allowed", "rules", "verdict"]:
            bad("%s: expect keys %s" % (rid, sorted(e.keys())))
            continue
        for lst in ("rules", "allowed"):
            if len(set(e[lst])) != len(e[lst]):
                bad("%s: duplicate in expect.%s" % (rid, lst))
            for rule in e[lst]:
                if rule not in rules_sev:
                    bad("%s: unknown rule %s" % (rid, rule))
        both = set(e["rules"]) & set(e["allowed"])
        if both:
            bad("%s: rule both expected and allowed: %s" % (rid, sorted(both)))
        v = "ok"
        for rule in e["rules"]:
            s = rules_sev.get(rule)
            if s is None:
                bad("%s: rule %s has no fixed severity" % (rid, rule))
            elif RANK[s] > RANK[v]:
                v = s
        if e["verdict"] != v:
            bad("%s: verdict %s, highest expected severity is %s" % (rid, e["verdict"], v))
        # row-kind and family conventions
        pat, role, k = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if k == "positive":
            if role != "positive":
                bad("%s: positive row in a hard-negative account" % rid)
            if r["family"] != pat:
                bad("%s: positive family %s" % (rid, r["family"]))
            if not e["rules"] or e["rules"][0] != pat:
                bad("%s: positive row does not expect %s first" % (rid, pat))
            if pat in (MIX, MOD) and e["rules"] != [pat]:
                bad("%s: %s positive expects more than the account rule" % (rid, pat))
        elif k == "filler":
            if r["family"] != pat:
                bad("%s: filler family %s" % (rid, r["family"]))
            if e["rules"] or e["verdict"] != "ok":
                bad("%s: filler expects something" % rid)
            want_allowed = [pat] if role == "positive" else []
            if e["allowed"] != want_allowed:
                bad("%s: filler allowed %s, expected %s" % (rid, e["allowed"], want_allowed))
            if r["kind"] != "post":
                bad("%s: filler must be a post" % rid)
        else:
            if r["family"] != "hard_negative":
                bad("%s: hard-negative family %s" % (rid, r["family"]))
            if pat in e["rules"] or pat in e["allowed"]:
                bad("%s: hard negative names the account rule" % rid)
            if e["rules"]:
                if not (pat == HAR and role == "hard_negative" and e["rules"] == [PA]):
                    bad("%s: hard negative expects %s" % (rid, e["rules"]))
            if e["allowed"]:
                bad("%s: hard negative allows %s" % (rid, e["allowed"]))
        if r["account"] == "personal" and not (pat == MIX and role == "hard_negative"):
            bad("%s: personal account outside the mixed-account hard negatives" % rid)
        if r["kind"] == "comment":
            if pat != MOD:
                bad("%s: comment outside a moderation account" % rid)
        if pat == MOD and r["platform"] != "facebook":
            bad("%s: moderation account not on facebook" % rid)
        if pat == MOD and k == "positive":
            if r["kind"] != "comment" or r.get("comment_by") == r["author"]:
                bad("%s: moderation positive is not someone else's comment" % rid)

    # comment parents
    for r in rows:
        if r.get("kind") != "comment" or "_dt" not in r:
            continue
        p = by_id.get(r["parent_id"])
        if p is None:
            bad("%s: parent %s missing" % (r["id"], r["parent_id"]))
            continue
        if p.get("kind") != "post":
            bad("%s: parent is not a post" % r["id"])
        if p.get("author") != r["author"] or p.get("platform") != r["platform"]:
            bad("%s: parent author/platform differ" % r["id"])
        if "_dt" in p and not (p["_dt"].date() == r["_dt"].date() and p["_dt"] < r["_dt"]):
            bad("%s: parent not earlier the same day" % r["id"])
        if not r.get("comment_by"):
            bad("%s: comment_by empty" % r["id"])
        elif r["comment_by"].startswith("@") and r["comment_by"] != r["author"]:
            bad("%s: a handle other than the page owner's as comment_by" % r["id"])

    # per account
    accounts = collections.defaultdict(list)
    for r in rows:
        accounts[r.get("author")].append(r)
    per_rule = collections.Counter()
    for author, rs in accounts.items():
        for field in ("account_pattern", "account_role", "platform", "account"):
            vals = {r.get(field) for r in rs}
            if len(vals) != 1:
                bad("%s: %s not single-valued: %s" % (author, field, vals))
        if not (5 <= len(rs) <= 15):
            bad("%s: %d rows (want 5-15)" % (author, len(rs)))
        days = [r["_dt"].date() for r in rs if r.get("kind") == "post" and "_dt" in r]
        if len(days) != len(set(days)):
            bad("%s: two posts on one day" % author)
        pat, role = rs[0].get("account_pattern"), rs[0].get("account_role")
        per_rule[(pat, role)] += 1
        kinds = collections.Counter(r.get("kind_of_row") for r in rs)
        if role == "positive" and kinds["positive"] == 0:
            bad("%s: positive account without positive rows" % author)
        if pat == HAR and role == "positive":
            hostile = [r for r in rs if r.get("kind_of_row") == "positive"]
            hdays = {r["_dt"].date() for r in hostile if "_dt" in r}
            if not (2 <= len(hostile) <= 5) or len(hdays) != len(hostile):
                bad("%s: %d hostile posts on %d days (want 2-5, separate days)"
                    % (author, len(hostile), len(hdays)))
        if pat == HAR and role == "hard_negative":
            attacks = [r for r in rs if r["expect"]["rules"]]
            if len(attacks) > 1:
                # more than one attack is allowed only at different people
                seen = set()
                for r in attacks:
                    who = {p for p in people.get("councillors", []) + people.get("officers", [])
                           if p in r["text"] or p.split()[-1] in r["text"]}
                    if not who or who & seen:
                        bad("%s: hostile posts at the same (or no named) person" % author)
                    seen |= who
        if pat == MIX and role == "positive":
            if kinds["positive"] == 0 or kinds["filler"] == 0:
                bad("%s: mixed account lacks personal or council posts" % author)
        if pat == MIX and role == "hard_negative" and kinds["positive"]:
            bad("%s: positive row in a mixed hard-negative account" % author)
    for pat in PATTERNS:
        if per_rule[(pat, "positive")] < 6:
            bad("%s: fewer than 6 positive accounts" % pat)
        if per_rule[(pat, "hard_negative")] < 2:
            bad("%s: fewer than 2 hard-negative accounts" % pat)

    # overall counts
    if not (180 <= len(rows) <= 200):
        bad("%d rows (want 180-200)" % len(rows))
    kinds = collections.Counter(r.get("kind_of_row") for r in rows)
    if kinds["hard_negative"] < kinds["positive"]:
        bad("fewer hard negatives (%d) than positives (%d)" % (kinds["hard_negative"], kinds["positive"]))
    texts = collections.Counter(r.get("text") for r in rows)
    for t, n in texts.items():
        if n > 1:
            bad("duplicate text: %s" % t[:60])

    # contact details, mentions
    for r in rows:
        t = r.get("text", "")
        for m in re.finditer(r"(?<![\d£,.])(\+?44\s?|0)(\d[\d ]{7,12}\d)(?!\d)", t):
            digits = re.sub(r"\D", "", m.group(0))
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if len(digits) >= 10 and not phone_ok(digits):
                bad("%s: phone number outside drama ranges: %s" % (r["id"], m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
            if not m.group(1).lower().endswith("example.com"):
                bad("%s: email outside example.com: %s" % (r["id"], m.group(0)))
        for m in re.finditer(r"(?<![\w.])@\w+", t):
            if m.group(0) not in handles:
                bad("%s: @mention %s not in council.toml" % (r["id"], m.group(0)))

    # no absolute or machine paths in the folder
    markers = ["/" + "work/", "/" + "home/", "/" + "tmp/", "/" + "Users/", "/" + "root/",
               "/" + "mnt/", "C:" + "\\"]
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if not os.path.isfile(p):
            continue
        try:
            with open(p, encoding="utf-8") as f:
                body = f.read()
        except UnicodeDecodeError:
            continue
        for mk in markers:
            if mk in body:
                bad("%s: contains an absolute path (%s)" % (name, mk))

    # build.py reproduces accounts.jsonl byte for byte
    spec = importlib.util.spec_from_file_location("b113_build", os.path.join(HERE, "build.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    with open(DATA, "rb") as f:
        current = f.read()
    if mod.render().encode("utf-8") != current:
        bad("build.py does not reproduce accounts.jsonl")
    if mod.render() != mod.render():
        bad("build.py is not deterministic")

    if problems:
        for p in problems:
            print(p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
