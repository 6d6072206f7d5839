#!/usr/bin/env python3
"""Checks blind set b44 (account-level rules). Prints OK or the problems found."""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
HR = "harassment.repeated-target"
MX = "capacity.mixed-account"
MOD = "moderation.third-party-comments"
ACCOUNT_RULES = {HR, MX, MOD}
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# (lowest, highest) severity per rule, from RULES.md's tables
SEVERITY = {
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
    HR: ("block", "block"),
    MOD: ("review", "review"),
    MX: ("advice", "advice"),
}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "account_pattern", "account_role", "kind_of_row", "note"]
MIN_POSITIVE_ACCOUNTS = 7
MIN_HARD_NEGATIVE_ACCOUNTS = 5

errors = []


def err(msg):
    errors.append(msg)


def rules_md_ids():
    """Rule ids from RULES.md's tables, when the file can be found above this folder."""
    for base in [HERE, *HERE.parents]:
        p = base / "shared" / "design" / "RULES.md"
        if p.is_file():
            ids = set(re.findall(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", p.read_text(encoding="utf-8"), re.M))
            return ids, p
    return set(SEVERITY), None


def main():
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = set(council["people"]["handles"])
    known_rules, rules_path = rules_md_ids()
    if rules_path is not None:
        missing = set(SEVERITY) - known_rules
        if missing:
            err(f"severity table names rules not in RULES.md: {sorted(missing)}")

    rows = []
    for n, line in enumerate((HERE / "accounts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: does not parse: {e}")
    by_id = {}
    for r in rows:
        rid = r.get("id")
        if rid in by_id:
            err(f"duplicate id {rid}")
        by_id[rid] = r
        if not isinstance(rid, str) or not re.fullmatch(r"B44-A-\d{4}", rid):
            err(f"bad id {rid!r}")

    accounts = defaultdict(list)
    for r in rows:
        rid = r.get("id")
        for f in REQUIRED:
            if f not in r:
                err(f"{rid}: missing field {f}")
        if any(f not in r for f in REQUIRED):
            continue
        if not r["text"].strip():
            err(f"{rid}: empty text")
        if r["author"] not in handles:
            err(f"{rid}: author {r['author']} not a handle in council.toml")
        if r["platform"] not in {"x", "facebook", "bluesky"}:
            err(f"{rid}: bad platform")
        if r["account"] not in {"councillor", "personal"}:
            err(f"{rid}: bad account")
        if r["kind"] not in {"post", "comment"}:
            err(f"{rid}: bad kind")
        if r["kind_of_row"] not in {"positive", "hard_negative", "filler"}:
            err(f"{rid}: bad kind_of_row")
        if r["account_pattern"] not in ACCOUNT_RULES:
            err(f"{rid}: bad account_pattern")
        if r["account_role"] not in {"positive", "hard_negative"}:
            err(f"{rid}: bad account_role")
        # time: weekday, 08:00-18:59, +00:00, 5 Jan - 27 Mar 2026
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
                err(f"{rid}: offset must be +00:00")
            if t.weekday() >= 5 or not (8 <= t.hour <= 18):
                err(f"{rid}: not weekday 08:00-18:59")
            if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
                err(f"{rid}: outside 5 Jan - 27 Mar 2026")
        except (ValueError, TypeError):
            err(f"{rid}: bad created_at")
        # expectations
        e = r["expect"]
        rules, allowed, verdict = e.get("rules"), e.get("allowed"), e.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list) or verdict not in SEV:
            err(f"{rid}: bad expect")
            continue
        for x in rules + allowed:
            if x not in known_rules or x not in SEVERITY:
                err(f"{rid}: rule {x} not in RULES.md tables")
        if set(rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed: {set(rules) & set(allowed)}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: duplicate rule in a list")
        if not rules:
            if verdict != "ok":
                err(f"{rid}: no rules but verdict {verdict}")
        else:
            lo = max(SEV[SEVERITY[x][0]] for x in rules if x in SEVERITY)
            hi = max(SEV[SEVERITY[x][1]] for x in rules if x in SEVERITY)
            if not (lo <= SEV[verdict] <= hi):
                err(f"{rid}: verdict {verdict} does not fit {rules}")
        pat, role, kor = r["account_pattern"], r["account_role"], r["kind_of_row"]
        if kor == "positive":
            if role != "positive":
                err(f"{rid}: positive row in a hard-negative account")
            if pat not in rules:
                err(f"{rid}: positive row does not expect {pat}")
            if r["family"] != pat:
                err(f"{rid}: family should be {pat}")
        else:
            if rules or verdict != "ok":
                err(f"{rid}: {kor} row must expect nothing and ok")
            if kor == "filler" and role == "positive" and pat not in allowed:
                err(f"{rid}: filler in a positive account must allow {pat}")
            if kor == "filler" and role == "hard_negative" and allowed:
                err(f"{rid}: filler in a hard-negative account allows nothing")
            if kor == "hard_negative" and r["family"] != "hard_negative":
                err(f"{rid}: hard_negative row family must be hard_negative")
        for other in ACCOUNT_RULES - {pat}:
            if other in rules:
                err(f"{rid}: expects another account rule {other}")
        if (r["kind"] == "comment") != ("comment_by" in r) or (r["kind"] == "comment") != ("parent_id" in r):
            err(f"{rid}: comment_by and parent_id go with kind comment only")
        if r["kind"] == "comment" and pat != MOD:
            err(f"{rid}: comments only in moderation accounts")
        if pat == MOD and kor == "positive" and r["kind"] != "comment":
            err(f"{rid}: moderation positives must be comments")
        if r["account"] == "personal" and role != "hard_negative":
            err(f"{rid}: personal account must be a hard negative")
        accounts[r["author"]].append(r)

    # comments point at an earlier post by the same author
    for r in rows:
        if r.get("kind") == "comment":
            p = by_id.get(r.get("parent_id"))
            if p is None:
                err(f"{r['id']}: parent_id {r.get('parent_id')} not found")
            elif p["kind"] != "post" or p["author"] != r["author"]:
                err(f"{r['id']}: parent must be a post by the same author")
            elif not p["created_at"] < r["created_at"]:
                err(f"{r['id']}: comment not after its parent")
            elif p["platform"] != r["platform"]:
                err(f"{r['id']}: comment on a different platform from its parent")
            if not str(r.get("comment_by", "")).strip():
                err(f"{r['id']}: empty comment_by")

    # accounts
    counts = defaultdict(int)
    for handle, rs in accounts.items():
        pats = {(r["account_pattern"], r["account_role"]) for r in rs}
        if len(pats) != 1:
            err(f"{handle}: more than one pattern {pats}")
            continue
        pat, role = pats.pop()
        counts[(pat, role)] += 1
        if not 5 <= len(rs) <= 12:
            err(f"{handle}: {len(rs)} rows (want 5-12)")
        if len({r["account"] for r in rs}) != 1:
            err(f"{handle}: mixed account values")
        post_days = [r["created_at"][:10] for r in rs if r["kind"] == "post"]
        if len(post_days) != len(set(post_days)):
            err(f"{handle}: more than one post on a day")
        pos = [r for r in rs if r["kind_of_row"] == "positive"]
        if role == "positive":
            if pat == HR and len({r["created_at"][:10] for r in pos}) < 2:
                err(f"{handle}: hostile posts on fewer than two days")
            if pat == MX:
                if len(pos) < 2 or not any(r["kind_of_row"] == "filler" for r in rs):
                    err(f"{handle}: mixed account needs personal and council posts")
            if pat == MOD and len(pos) < 1:
                err(f"{handle}: no bad comments")
        else:
            if pos:
                err(f"{handle}: hard-negative account has positive rows")
    for rule in ACCOUNT_RULES:
        if counts[(rule, "positive")] < MIN_POSITIVE_ACCOUNTS:
            err(f"only {counts[(rule, 'positive')]} positive accounts for {rule}")
    hn = sum(v for (p, role), v in counts.items() if role == "hard_negative")
    if hn < MIN_HARD_NEGATIVE_ACCOUNTS:
        err(f"only {hn} hard-negative accounts")

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
