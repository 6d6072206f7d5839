#!/usr/bin/env python3
"""Checks blind set b58 (accounts.jsonl). Prints OK or the problems found."""
import collections
import datetime as dt
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ORDER = ["ok", "advice", "review", "block"]

# Fallback copy of RULES.md's rule ids and severities (min, max), used only
# when shared/design/RULES.md is not found above this folder.
FALLBACK = {
    "respect.personal-attack": ("review", "block"),
    "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"),
    "equality.discrimination": ("block", "block"),
    "officers.impartiality": ("review", "review"),
    "confidentiality.disclosure": ("review", "block"),
    "confidentiality.insider-advantage": ("review", "review"),
    "data-protection.personal-data": ("review", "block"),
    "predetermination.closed-mind": ("review", "block"),
    "capacity.council-voice": ("review", "review"),
    "resources.political-use": ("review", "review"),
    "position.improper-advantage": ("review", "review"),
    "interests.declared-interest": ("review", "review"),
    "gifts.hospitality": ("advice", "review"),
    "defamation.allegation": ("review", "block"),
    "copyright.third-party-content": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"),
    "meetings.during-meeting": ("advice", "advice"),
    "security.credentials": ("block", "block"),
    "tone.irony-risk": ("advice", "advice"),
    "association.endorsed-content": ("advice", "block"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
ACCOUNT_RULES = ["harassment.repeated-target", "capacity.mixed-account",
                 "moderation.third-party-comments"]


def find_rules_md():
    d = HERE
    for _ in range(8):
        for cand in ("shared/design/RULES.md", "design/RULES.md"):
            p = os.path.join(d, cand)
            if os.path.exists(p):
                return p
        d = os.path.dirname(d)
    return None


def load_rules():
    p = find_rules_md()
    if not p:
        return FALLBACK, "fallback"
    rules = {}
    for line in open(p, encoding="utf-8"):
        m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|(.*)\|\s*$", line)
        if not m:
            continue
        sev_cell = m.group(2).split("|")[-1].lower()
        found = [w for w in re.findall(r"advice|review|block", sev_cell)]
        if found:
            rules[m.group(1)] = (found[0], max(found, key=ORDER.index))
        else:  # e.g. "same as the amplified rule, one level lower"
            rules[m.group(1)] = ("advice", "block")
    return rules, p


def main():
    errs = []
    rules, src = load_rules()
    council = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
    if council["council"].get("code") != "bexley":
        errs.append("council code must be bexley")
    handles = set(council["people"]["handles"])
    rows = []
    for n, line in enumerate(open(os.path.join(HERE, "accounts.jsonl"), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append("line %d does not parse: %s" % (n, e))
    required = ["id", "text", "author", "created_at", "platform", "account", "kind",
                "expect", "family", "account_pattern", "account_role", "kind_of_row", "note"]
    by_id = {}
    first = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
    last = dt.datetime(2026, 3, 28, tzinfo=dt.timezone.utc)
    for r in rows:
        rid = r.get("id", "?")
        for k in required:
            if k not in r or r[k] in (None, ""):
                errs.append("%s: missing %s" % (rid, k))
        if not re.fullmatch(r"B58-A-\d{4}", str(rid)):
            errs.append("%s: bad id" % rid)
        if rid in by_id:
            errs.append("%s: duplicate id" % rid)
        by_id[rid] = r
        if r.get("author") not in handles:
            errs.append("%s: author %s not in council.toml" % (rid, r.get("author")))
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append("%s: platform" % rid)
        if r.get("account") not in ("councillor", "personal"):
            errs.append("%s: account" % rid)
        if r.get("kind") not in ("post", "comment"):
            errs.append("%s: kind" % rid)
        if r.get("kind_of_row") not in ("positive", "hard_negative", "filler"):
            errs.append("%s: kind_of_row" % rid)
        if r.get("account_pattern") not in ACCOUNT_RULES:
            errs.append("%s: account_pattern" % rid)
        if r.get("account_role") not in ("positive", "hard_negative"):
            errs.append("%s: account_role" % rid)
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
                errs.append("%s: offset must be +00:00" % rid)
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (first <= t < last):
                errs.append("%s: timestamp out of window" % rid)
        except Exception:
            errs.append("%s: bad created_at" % rid)
        e = r.get("expect", {})
        ex, al, v = e.get("rules", []), e.get("allowed", []), e.get("verdict")
        for rule in ex + al:
            if rule not in rules:
                errs.append("%s: unknown rule %s" % (rid, rule))
        if set(ex) & set(al):
            errs.append("%s: rule both expected and allowed" % rid)
        if len(set(ex)) != len(ex) or len(set(al)) != len(al):
            errs.append("%s: duplicate rule" % rid)
        if v not in ORDER:
            errs.append("%s: bad verdict" % rid)
        elif all(x in rules for x in ex):
            lo = max([ORDER.index(rules[x][0]) for x in ex], default=0)
            hi = max([ORDER.index(rules[x][1]) for x in ex], default=0)
            if not ex and v != "ok":
                errs.append("%s: verdict must be ok with no rules" % rid)
            if ex and not (lo <= ORDER.index(v) <= hi):
                errs.append("%s: verdict %s does not fit %s" % (rid, v, ex))
        kor, pat, role = r.get("kind_of_row"), r.get("account_pattern"), r.get("account_role")
        if kor == "positive":
            if pat not in ex:
                errs.append("%s: positive without its account rule" % rid)
            if role != "positive":
                errs.append("%s: positive row in a hard-negative account" % rid)
            if r.get("family") != pat:
                errs.append("%s: family" % rid)
        else:
            if ex or v != "ok":
                errs.append("%s: %s must expect nothing and ok" % (rid, kor))
        if kor == "hard_negative" and r.get("family") != "hard_negative":
            errs.append("%s: family of a hard negative" % rid)
        if kor == "filler":
            if r.get("family") != pat:
                errs.append("%s: family of filler" % rid)
            if role == "positive" and pat not in al:
                errs.append("%s: filler of a positive account must allow %s" % (rid, pat))
            if role == "hard_negative" and al:
                errs.append("%s: filler of a hard-negative account allows nothing" % rid)
        for other in ACCOUNT_RULES:
            if other != pat and other in ex:
                errs.append("%s: expects another account rule %s" % (rid, other))
        if r.get("kind") == "comment":
            if not r.get("comment_by") or not r.get("parent_id"):
                errs.append("%s: comment needs comment_by and parent_id" % rid)
        else:
            if "comment_by" in r or "parent_id" in r:
                errs.append("%s: only comments carry comment_by/parent_id" % rid)
    # parents
    for r in rows:
        if r.get("kind") != "comment":
            continue
        p = by_id.get(r.get("parent_id"))
        if not p or p.get("kind") != "post":
            errs.append("%s: parent is not a post" % r["id"])
            continue
        if p["author"] != r["author"] or p["platform"] != r["platform"]:
            errs.append("%s: parent by another author or platform" % r["id"])
        if p["created_at"] >= r["created_at"]:
            errs.append("%s: comment not after its post" % r["id"])
    # accounts
    accs = collections.defaultdict(list)
    for r in rows:
        accs[r["author"]].append(r)
    counts = collections.Counter()
    for a, rs in accs.items():
        pats = {(r["account_pattern"], r["account_role"]) for r in rs}
        if len(pats) != 1:
            errs.append("%s: more than one pattern/role" % a)
            continue
        pat, role = pats.pop()
        counts[(pat, role)] += 1
        if not 5 <= len(rs) <= 10:
            errs.append("%s: %d rows (5-10)" % (a, len(rs)))
        posts = [r for r in rs if r["kind"] == "post"]
        days = [r["created_at"][:10] for r in posts]
        if len(days) != len(set(days)):
            errs.append("%s: two posts on one day" % a)
        if role == "positive" and pat == "harassment.repeated-target":
            hd = {r["created_at"][:10] for r in rs if r["kind_of_row"] == "positive"}
            if not 2 <= len(hd) <= 4:
                errs.append("%s: hostile posts on %d days (2-4)" % (a, len(hd)))
        if role == "positive" and pat == "capacity.mixed-account":
            if not any(r["kind_of_row"] == "positive" for r in rs) or not any(r["kind_of_row"] == "filler" for r in rs):
                errs.append("%s: mixed account needs personal and council posts" % a)
        if role == "positive" and pat == "moderation.third-party-comments":
            if not any(r["kind"] == "comment" and r["kind_of_row"] == "positive" for r in rs):
                errs.append("%s: moderation account needs abusive comments" % a)
            for r in rs:
                if r["kind_of_row"] == "positive" and r["kind"] != "comment":
                    errs.append("%s: moderation positive must be a comment" % r["id"])
    for pat in ACCOUNT_RULES:
        if counts[(pat, "positive")] < 7:
            errs.append("%s: fewer than 7 positive accounts" % pat)
        if counts[(pat, "hard_negative")] < 1:
            errs.append("%s: no hard-negative account" % pat)
    if errs:
        print("\n".join(errs))
        print("%d problem(s)" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
