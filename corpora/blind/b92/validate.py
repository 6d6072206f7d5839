"""Check blind set b92 (accounts.jsonl) and print OK.

Finds the rule catalogue by walking up from this folder to
shared/design/RULES.md; if it is not there, uses the embedded copy of the rule
ids and base severities below.
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ACCOUNT_RULES = {
    "harassment.repeated-target": "block",
    "moderation.third-party-comments": "review",
    "capacity.mixed-account": "advice",
}
EMBEDDED = {
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
    "association.endorsed-content": None, **ACCOUNT_RULES,
}
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
PATTERN_MIN_POS, PATTERN_MIN_HN = 7, 1

errors = []


def err(msg):
    errors.append(msg)


def load_rules():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.isfile(p):
            rules = {}
            for line in open(p, encoding="utf-8"):
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    last = [c.strip() for c in line.strip().strip("|").split("|")][-1]
                    mw = re.match(r"[a-z]+", last)
                    w = mw.group(0) if mw else ""
                    rules[m.group(1)] = w if w in SEV else None
            return rules, "RULES.md"
        parent = os.path.dirname(d)
        if parent == d:
            return dict(EMBEDDED), "embedded copy"
        d = parent


def main():
    rules, source = load_rules()
    for r, s in EMBEDDED.items():
        if r not in rules:
            err("rule %s missing from %s" % (r, source))
    council = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
    handles = set(council["people"]["handles"])

    rows, ids = [], set()
    for n, line in enumerate(open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8"), 1):
        try:
            row = json.loads(line)
        except ValueError as e:
            err("line %d: bad JSON (%s)" % (n, e))
            continue
        rows.append(row)
    by_id = {}
    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "account_pattern", "account_role", "kind_of_row", "note"]
    for i, row in enumerate(rows, 1):
        rid = row.get("id", "?")
        for k in required:
            if k not in row:
                err("%s: missing %s" % (rid, k))
        if not re.fullmatch(r"B92-A-\d{4}", str(rid)) or rid != "B92-A-%04d" % i:
            err("%s: bad or out-of-order id" % rid)
        if rid in ids:
            err("%s: duplicate id" % rid)
        ids.add(rid)
        by_id[rid] = row
    if errors:
        return

    times = {}
    for row in rows:
        rid = row["id"]
        if not row["text"].strip():
            err("%s: empty text" % rid)
        if row["author"] not in handles:
            err("%s: author %s not in council.toml" % (rid, row["author"]))
        if row["platform"] not in ("facebook", "x", "bluesky"):
            err("%s: platform" % rid)
        if row["account"] not in ("councillor", "personal"):
            err("%s: account" % rid)
        if row["kind"] not in ("post", "comment"):
            err("%s: kind" % rid)
        if row["account_pattern"] not in ACCOUNT_RULES:
            err("%s: account_pattern" % rid)
        if row["account_role"] not in ("positive", "hard_negative"):
            err("%s: account_role" % rid)
        if row["kind_of_row"] not in ("positive", "hard_negative", "filler"):
            err("%s: kind_of_row" % rid)
        if not row["note"].strip():
            err("%s: empty note" % rid)
        # time
        m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\+00:00", row["created_at"])
        if not m:
            err("%s: created_at must end +00:00" % rid)
            continue
        t = dt.datetime.fromisoformat(m.group(1))
        times[rid] = t
        if t.weekday() >= 5 or not (8 <= t.hour <= 18):
            err("%s: not weekday 08:00-18:59" % rid)
        if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
            err("%s: date out of range" % rid)
        # expectations
        e = row["expect"]
        rr, al = e.get("rules"), e.get("allowed")
        if not isinstance(rr, list) or not isinstance(al, list):
            err("%s: expect.rules/allowed must be lists" % rid)
            continue
        for r in rr + al:
            if r not in rules:
                err("%s: unknown rule %s" % (rid, r))
        if set(rr) & set(al):
            err("%s: rule both expected and allowed" % rid)
        if len(set(rr)) != len(rr) or len(set(al)) != len(al):
            err("%s: duplicate rule" % rid)
        want = max((rules.get(r) or "ok" for r in rr), key=SEV.get, default="ok")
        if e.get("verdict") != want:
            err("%s: verdict %s, highest severity is %s" % (rid, e.get("verdict"), want))
        pat, role, kor = row["account_pattern"], row["account_role"], row["kind_of_row"]
        if kor == "positive":
            if role != "positive" or pat not in rr or row["family"] != pat:
                err("%s: positive row conventions" % rid)
        elif kor == "filler":
            if rr or e["verdict"] != "ok" or row["family"] != pat:
                err("%s: filler row conventions" % rid)
            if al != ([pat] if role == "positive" else []):
                err("%s: filler allowed must be the account rule in positive accounts only" % rid)
        else:
            if rr or al or e["verdict"] != "ok" or row["family"] != "hard_negative":
                err("%s: hard-negative row conventions" % rid)
        for r in ACCOUNT_RULES:
            if r in rr and r != pat:
                err("%s: expects another account rule" % rid)
        # comments
        if row["kind"] == "comment":
            p = by_id.get(row.get("parent_id"))
            if not row.get("comment_by"):
                err("%s: comment without comment_by" % rid)
            if p is None or p["kind"] != "post":
                err("%s: parent_id must name a post" % rid)
            elif p["author"] != row["author"] or p["platform"] != row["platform"]:
                err("%s: parent by another author or platform" % rid)
        elif "parent_id" in row or "comment_by" in row:
            err("%s: only comments carry parent_id/comment_by" % rid)
        # phones and emails
        for num in re.findall(r"(?<!\d)0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}(?!\d)", row["text"]):
            digits = re.sub(r"\D", "", num)
            if not (re.fullmatch(r"07700900\d{3}", digits) or re.fullmatch(r"01632960\d{3}", digits)):
                err("%s: phone number %s outside drama ranges" % (rid, num))
        for mail in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", row["text"]):
            if not mail.lower().endswith("example.com"):
                err("%s: email %s not on example.com" % (rid, mail))
    if errors:
        return
    for row in rows:
        if row["kind"] == "comment" and times[row["parent_id"]] >= times[row["id"]]:
            err("%s: comment not after its post" % row["id"])
        if row["kind"] == "comment" and times[row["parent_id"]].date() != times[row["id"]].date():
            err("%s: comment on another day than its post" % row["id"])

    # per account
    accounts = collections.defaultdict(list)
    for row in rows:
        accounts[row["author"]].append(row)
    per_rule = collections.defaultdict(lambda: collections.Counter())
    for a, rs in accounts.items():
        for f in ("account_pattern", "account_role", "platform", "account"):
            if len({r[f] for r in rs}) != 1:
                err("%s: more than one %s" % (a, f))
        if not 5 <= len(rs) <= 10:
            err("%s: %d rows (want 5-10)" % (a, len(rs)))
        days = collections.Counter(times[r["id"]].date() for r in rs if r["kind"] == "post")
        if any(v > 1 for v in days.values()):
            err("%s: two posts on one day" % a)
        pat, role = rs[0]["account_pattern"], rs[0]["account_role"]
        per_rule[pat][role] += 1
        kinds = collections.Counter(r["kind_of_row"] for r in rs)
        if role == "positive" and not kinds["positive"]:
            err("%s: positive account without positive rows" % a)
        if role == "hard_negative" and kinds["positive"]:
            err("%s: hard-negative account with positive rows" % a)
        if rs[0]["account"] == "personal" and role != "hard_negative":
            err("%s: personal account must be a hard negative" % a)
        if pat == "harassment.repeated-target" and role == "positive":
            hd = {times[r["id"]].date() for r in rs if r["kind_of_row"] == "positive"}
            if not 2 <= len(hd) <= 4 or len(hd) != kinds["positive"]:
                err("%s: hostile posts must fall on 2-4 separate days" % a)
        if pat == "capacity.mixed-account" and role == "positive":
            if not (kinds["positive"] and kinds["filler"]):
                err("%s: mixed account needs personal and council posts" % a)
        if pat == "moderation.third-party-comments":
            if rs[0]["platform"] != "facebook":
                err("%s: moderation accounts are on facebook" % a)
            for r in rs:
                if r["kind_of_row"] == "positive" and r["kind"] != "comment":
                    err("%s: moderation positive must be a comment" % r["id"])
    for pat in ACCOUNT_RULES:
        if per_rule[pat]["positive"] < PATTERN_MIN_POS or per_rule[pat]["hard_negative"] < PATTERN_MIN_HN:
            err("%s: needs >=%d positive and >=%d hard-negative accounts" % (pat, PATTERN_MIN_POS, PATTERN_MIN_HN))

    # no absolute paths in the set's files
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isfile(p) and name.endswith((".py", ".md", ".toml", ".jsonl")):
            txt = open(p, encoding="utf-8").read()
            if re.search(r"(?<![\w.])/(home|work|tmp|Users|root|mnt)/", txt) or re.search(r"[A-Z]:\\\\", txt):
                err("%s: contains an absolute path" % name)

    if not errors:
        c = collections.Counter(r["kind_of_row"] for r in rows)
        v = collections.Counter(r["expect"]["verdict"] for r in rows)
        print("%d rows, %d accounts; %s; verdicts %s (rules from %s)" % (
            len(rows), len(accounts), dict(c), dict(v), source))


if __name__ == "__main__":
    main()
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")
