"""Check blind set b83 (accounts.jsonl) and print OK, or the problems found.

Run inside this folder: python validate.py
Rule ids and severities come from shared/design/RULES.md, found by walking up from this folder;
if it is not found, the built-in copy below is used.
"""

import collections
import datetime as dt
import json
import os
import re
import sys

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "accounts.jsonl")
COUNCIL = os.path.join(HERE, "council.toml")

BUILTIN_RULES = {
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
ACCOUNT_RULES = ["harassment.repeated-target", "capacity.mixed-account", "moderation.third-party-comments"]
ORDER = ["ok", "advice", "review", "block"]
FIELDS = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect", "family",
          "account_pattern", "account_role", "kind_of_row", "note"]
START, END = dt.date(2026, 1, 5), dt.date(2026, 3, 27)

problems = []


def bad(msg):
    problems.append(msg)


def find_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            return p
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def load_rules():
    path = find_rules()
    if not path:
        return dict(BUILTIN_RULES), "built-in copy"
    rules = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not cells or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                continue
            m = re.search(r"\b(advice|review|block)\b", cells[-1])
            rules[cells[0]] = m.group(1) if m else None
    if not rules:
        return dict(BUILTIN_RULES), "built-in copy (RULES.md had no table)"
    return rules, "shared/design/RULES.md"


def load_handles():
    if tomllib is not None:
        with open(COUNCIL, "rb") as f:
            cfg = tomllib.load(f)
        return set(cfg.get("people", {}).get("handles", {}))
    handles, inside = set(), False
    with open(COUNCIL, encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if s.startswith("["):
                inside = s == "[people.handles]"
            elif inside:
                m = re.match(r'"(@[^"]+)"\s*=', s)
                if m:
                    handles.add(m.group(1))
    return handles


def main():
    rules, rules_src = load_rules()
    for r in ACCOUNT_RULES:
        if r not in rules:
            bad("account rule %s missing from %s" % (r, rules_src))
    handles = load_handles()

    rows = []
    with open(DATA, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad("line %d is empty" % n)
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("line %d does not parse: %s" % (n, e))
    by_id = {}
    for r in rows:
        rid = r.get("id")
        if not isinstance(rid, str) or not re.fullmatch(r"B83-A-\d{4}", rid):
            bad("bad id %r" % rid)
        if rid in by_id:
            bad("duplicate id %s" % rid)
        by_id[rid] = r

    accounts = collections.defaultdict(list)
    for r in rows:
        rid = r.get("id")
        for k in FIELDS:
            if k not in r:
                bad("%s: missing field %s" % (rid, k))
        if any(k not in r for k in FIELDS):
            continue
        if not isinstance(r["text"], str) or not r["text"].strip():
            bad("%s: empty text" % rid)
        if r["author"] not in handles:
            bad("%s: author %s not in council.toml" % (rid, r["author"]))
        if r["platform"] not in ("facebook", "x", "bluesky"):
            bad("%s: platform %r" % (rid, r["platform"]))
        if r["account"] not in ("councillor", "personal"):
            bad("%s: account %r (must be councillor or personal)" % (rid, r["account"]))
        if r["kind"] not in ("post", "comment"):
            bad("%s: kind %r" % (rid, r["kind"]))
        if r["account_pattern"] not in ACCOUNT_RULES:
            bad("%s: account_pattern %r" % (rid, r["account_pattern"]))
        if r["account_role"] not in ("positive", "hard_negative"):
            bad("%s: account_role %r" % (rid, r["account_role"]))
        if r["kind_of_row"] not in ("positive", "hard_negative", "filler"):
            bad("%s: kind_of_row %r" % (rid, r["kind_of_row"]))
        # timestamp
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                bad("%s: offset is not +00:00" % rid)
            if t.weekday() >= 5:
                bad("%s: weekend timestamp" % rid)
            if not (8 <= t.hour <= 18):
                bad("%s: time %s outside 08:00-18:59" % (rid, t.time()))
            if not (START <= t.date() <= END):
                bad("%s: date outside 5 Jan - 27 Mar 2026" % rid)
            r["_t"] = t
        except (TypeError, ValueError):
            bad("%s: created_at %r" % (rid, r["created_at"]))
            r["_t"] = None
        # expectations
        e = r["expect"]
        if not isinstance(e, dict) or set(e) != {"rules", "allowed", "verdict"}:
            bad("%s: expect must have rules, allowed, verdict" % rid)
            continue
        for rule in e["rules"] + e["allowed"]:
            if rule not in rules:
                bad("%s: unknown rule id %s" % (rid, rule))
        if set(e["rules"]) & set(e["allowed"]):
            bad("%s: rule both expected and allowed" % rid)
        if len(set(e["rules"])) != len(e["rules"]) or len(set(e["allowed"])) != len(e["allowed"]):
            bad("%s: repeated rule id" % rid)
        verdict = "ok"
        for rule in e["rules"]:
            sev = rules.get(rule)
            if sev and ORDER.index(sev) > ORDER.index(verdict):
                verdict = sev
        if e["verdict"] != verdict:
            bad("%s: verdict %s, highest expected severity is %s" % (rid, e["verdict"], verdict))
        # row-kind conventions
        pat, kor = r["account_pattern"], r["kind_of_row"]
        if kor == "positive":
            if r["account_role"] != "positive":
                bad("%s: positive row in a hard-negative account" % rid)
            if pat not in e["rules"]:
                bad("%s: positive row does not expect %s" % (rid, pat))
            if r["family"] != pat:
                bad("%s: family should be %s" % (rid, pat))
        elif kor == "hard_negative":
            if e["rules"] or e["allowed"] or e["verdict"] != "ok":
                bad("%s: hard negative must expect nothing, allow nothing, verdict ok" % rid)
            if r["family"] != "hard_negative":
                bad("%s: family should be hard_negative" % rid)
        else:
            want = [pat] if r["account_role"] == "positive" else []
            if e["rules"] or e["allowed"] != want or e["verdict"] != "ok":
                bad("%s: filler must expect nothing, allow %s, verdict ok" % (rid, want))
            if r["family"] != pat:
                bad("%s: family should be %s" % (rid, pat))
        if r["kind"] == "comment":
            if not r.get("comment_by"):
                bad("%s: comment without comment_by" % rid)
            p = by_id.get(r.get("parent_id"))
            if p is None:
                bad("%s: parent_id %r not found" % (rid, r.get("parent_id")))
            else:
                if p.get("kind") != "post":
                    bad("%s: parent is not a post" % rid)
                if p.get("author") != r["author"] or p.get("platform") != r["platform"]:
                    bad("%s: parent has another author or platform" % rid)
            if r["platform"] != "facebook":
                bad("%s: comments are on facebook only in this set" % rid)
        else:
            if "parent_id" in r or "comment_by" in r:
                bad("%s: post with comment fields" % rid)
        # phone numbers and emails
        for m in re.finditer(r"(?<!\d)0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}(?!\d)", r["text"]):
            digits = re.sub(r"\D", "", m.group(0))
            if not (digits.startswith("07700900") or digits.startswith("01632960")) or len(digits) != 11:
                bad("%s: phone number %s outside the drama ranges" % (rid, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.[\w.-]+)", r["text"]):
            if not m.group(1).lower().endswith("example.com"):
                bad("%s: email not on example.com" % rid)
        accounts[r["author"]].append(r)

    # comment parents come earlier, the same day
    for r in rows:
        if r.get("kind") == "comment" and r.get("parent_id") in by_id:
            p = by_id[r["parent_id"]]
            if r.get("_t") and p.get("_t") and not (p["_t"] < r["_t"] and p["_t"].date() == r["_t"].date()):
                bad("%s: comment not after its parent on the same day" % r["id"])

    # per-account checks
    role_count = collections.Counter()
    row_count = collections.Counter()
    for author, rs in accounts.items():
        for key in ("account_pattern", "account_role", "platform", "account"):
            if len({x[key] for x in rs}) != 1:
                bad("%s: more than one %s" % (author, key))
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        role_count[(pat, role)] += 1
        if not (5 <= len(rs) <= 15):
            bad("%s: %d rows (want 5-15)" % (author, len(rs)))
        post_days = [x["_t"].date() for x in rs if x["kind"] == "post" and x.get("_t")]
        if len(post_days) != len(set(post_days)):
            bad("%s: two posts on one day" % author)
        if rs[0]["account"] == "personal" and role != "hard_negative":
            bad("%s: personal account must be a hard negative" % author)
        pos = [x for x in rs if x["kind_of_row"] == "positive"]
        for x in rs:
            row_count[(pat, x["kind_of_row"])] += 1
        if role == "positive" and not pos:
            bad("%s: positive account without positive rows" % author)
        if pat == "harassment.repeated-target" and role == "positive":
            days = {x["_t"].date() for x in pos if x.get("_t")}
            if not (2 <= len(days) <= 4) or len(days) != len(pos):
                bad("%s: hostile posts must be on 2-4 separate days" % author)
        if pat == "capacity.mixed-account" and role == "positive":
            if not any(x["kind_of_row"] == "filler" for x in rs):
                bad("%s: mixed account has no council-business post" % author)
        if pat == "moderation.third-party-comments":
            if any(x["platform"] != "facebook" for x in rs):
                bad("%s: moderation accounts are on facebook" % author)
            if any(x["kind"] != "comment" for x in pos):
                bad("%s: moderation positives must be comments" % author)
        elif any(x["kind"] != "post" for x in pos):
            bad("%s: positives of %s must be posts" % (author, pat))

    for pat in ACCOUNT_RULES:
        if role_count[(pat, "positive")] < 6:
            bad("%s: fewer than 6 positive accounts" % pat)
        if role_count[(pat, "hard_negative")] < 2:
            bad("%s: fewer than 2 hard-negative accounts" % pat)
        if row_count[(pat, "positive")] < 20:
            bad("%s: fewer than 20 positive rows" % pat)
        if row_count[(pat, "hard_negative")] < 20:
            bad("%s: fewer than 20 hard-negative rows" % pat)

    # the file is what build.py writes
    sys.dont_write_bytecode = True
    sys.path.insert(0, HERE)
    try:
        import build
        with open(DATA, encoding="utf-8") as f:
            if f.read().splitlines() != build.generate():
                bad("accounts.jsonl differs from what build.py generates")
    except Exception as e:  # noqa: BLE001
        bad("could not rerun build.generate(): %s" % e)

    # no absolute paths in the folder's files
    roots = ["wo" + "rk", "ho" + "me", "tm" + "p", "Us" + "ers", "ro" + "ot", "mn" + "t"]
    abs_path = re.compile(r"(?:^|[\s\"'(=`])/(?:" + "|".join(roots) + r")/|[A-Za-z]:\\" + "\\\\")
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isfile(p) and name.endswith((".py", ".md", ".toml", ".jsonl")):
            with open(p, encoding="utf-8") as f:
                if abs_path.search(f.read()):
                    bad("%s: contains an absolute path" % name)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s); rules from %s" % (len(problems), rules_src))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
