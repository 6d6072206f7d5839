#!/usr/bin/env python3
"""Checks blind set b65 (accounts.jsonl). Prints OK or the problems found."""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_RE = re.compile(r"^B65-A-\d{4}$")
ACCOUNT_RULES = ["harassment.repeated-target", "capacity.mixed-account",
                 "moderation.third-party-comments"]
EMBEDDED_RULES = """respect.personal-attack respect.abusive-language bullying.intimidation
equality.discrimination officers.impartiality confidentiality.disclosure
confidentiality.insider-advantage data-protection.personal-data
predetermination.closed-mind capacity.council-voice resources.political-use
position.improper-advantage interests.declared-interest gifts.hospitality
defamation.allegation copyright.third-party-content haste.pause-before-posting
meetings.during-meeting security.credentials tone.irony-risk
association.endorsed-content harassment.repeated-target
moderation.third-party-comments capacity.mixed-account""".split()
# (lowest, highest) severity of each rule, from RULES.md
SEV = {
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
ORDER = ["ok", "advice", "review", "block"]
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "account_pattern", "account_role", "kind_of_row", "note"]


def rule_ids():
    for p in [HERE, *HERE.parents]:
        f = p / "shared" / "design" / "RULES.md"
        if f.is_file():
            ids = set()
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    ids.add(m.group(1))
            if ids:
                return ids
    return set(EMBEDDED_RULES)


def main():
    errs = []
    err = errs.append
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    if council["council"].get("code") != "bexley":
        err("council.toml: code must be bexley")
    handles = set(council["people"]["handles"])
    known = rule_ids()
    for r in SEV:
        if r not in known:
            err(f"severity table names unknown rule {r}")
    rows = []
    for n, line in enumerate((HERE / "accounts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: does not parse: {e}")
    byid = {}
    for r in rows:
        rid = r.get("id", "?")
        for k in REQUIRED:
            if k not in r:
                err(f"{rid}: missing {k}")
        if not ID_RE.match(str(rid)):
            err(f"{rid}: id does not match B65-A-NNNN")
        if rid in byid:
            err(f"{rid}: duplicate id")
        byid[rid] = r
    by_author = defaultdict(list)
    for r in rows:
        rid = r["id"]
        if not r.get("text", "").strip():
            err(f"{rid}: empty text")
        if r["author"] not in handles:
            err(f"{rid}: author {r['author']} not in council.toml")
        if r["platform"] not in ("x", "facebook", "bluesky"):
            err(f"{rid}: platform")
        if r["account"] not in ("councillor", "personal"):
            err(f"{rid}: account")
        if r["kind"] not in ("post", "comment"):
            err(f"{rid}: kind")
        if r["kind_of_row"] not in ("positive", "hard_negative", "filler"):
            err(f"{rid}: kind_of_row")
        if r["account_pattern"] not in ACCOUNT_RULES:
            err(f"{rid}: account_pattern")
        if r["account_role"] not in ("positive", "hard_negative"):
            err(f"{rid}: account_role")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
        except ValueError:
            err(f"{rid}: created_at not ISO 8601")
            continue
        if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
            err(f"{rid}: offset must be +00:00")
        if t.weekday() >= 5 or not (8 <= t.hour <= 18):
            err(f"{rid}: not a weekday 08:00-18:59")
        if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
            err(f"{rid}: outside 5 Jan - 27 Mar 2026")
        ex = r["expect"]
        rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            err(f"{rid}: expect.rules/allowed must be lists")
            continue
        for x in rules + allowed:
            if x not in known or x not in SEV:
                err(f"{rid}: unknown rule {x}")
        if set(rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: duplicate rule")
        if verdict not in ORDER:
            err(f"{rid}: verdict")
            continue
        if not rules:
            if verdict != "ok":
                err(f"{rid}: no rules but verdict {verdict}")
        else:
            lo = max(ORDER.index(SEV[x][0]) for x in rules if x in SEV)
            hi = max(ORDER.index(SEV[x][1]) for x in rules if x in SEV)
            if not (lo <= ORDER.index(verdict) <= hi):
                err(f"{rid}: verdict {verdict} does not fit {rules}")
        pat, kor = r["account_pattern"], r["kind_of_row"]
        if kor == "positive":
            if pat not in rules:
                err(f"{rid}: positive does not expect {pat}")
            if r["family"] != pat:
                err(f"{rid}: family")
            if r["account_role"] != "positive":
                err(f"{rid}: positive row in a hard-negative account")
        else:
            if rules or verdict != "ok":
                err(f"{rid}: {kor} must expect nothing and ok")
            if kor == "hard_negative" and r["family"] != "hard_negative":
                err(f"{rid}: family of a hard negative")
            if kor == "filler":
                if r["family"] != pat:
                    err(f"{rid}: family of filler")
                if r["account_role"] == "positive" and pat not in allowed:
                    err(f"{rid}: filler of a positive account must allow {pat}")
                if r["account_role"] == "hard_negative" and allowed:
                    err(f"{rid}: filler of a hard-negative account allows nothing")
        for other in ACCOUNT_RULES:
            if other != pat and other in rules:
                err(f"{rid}: expects another account rule {other}")
        if pat == "moderation.third-party-comments" and kor == "positive" and r["kind"] != "comment":
            err(f"{rid}: moderation positives must be comments")
        if r["kind"] == "comment":
            if "comment_by" not in r or "parent_id" not in r:
                err(f"{rid}: comment lacks comment_by/parent_id")
        else:
            if "comment_by" in r or "parent_id" in r:
                err(f"{rid}: only comments carry comment_by/parent_id")
        by_author[r["author"]].append(r)
    for r in rows:
        if r["kind"] == "comment" and "parent_id" in r:
            p = byid.get(r["parent_id"])
            if p is None or p["kind"] != "post" or p["author"] != r["author"] or p["platform"] != r["platform"]:
                err(f"{r['id']}: bad parent_id")
            elif p["created_at"] >= r["created_at"]:
                err(f"{r['id']}: comment not after its post")
    count = defaultdict(lambda: defaultdict(int))
    for a, rs in by_author.items():
        pats = {r["account_pattern"] for r in rs}
        roles = {r["account_role"] for r in rs}
        if len(pats) != 1 or len(roles) != 1:
            err(f"{a}: one pattern and role per account")
            continue
        pat, role = pats.pop(), roles.pop()
        count[pat][role] += 1
        if not (5 <= len(rs) <= 10):
            err(f"{a}: {len(rs)} rows, want 5-10")
        posts = [r for r in rs if r["kind"] == "post"]
        days = [r["created_at"][:10] for r in posts]
        if len(days) != len(set(days)):
            err(f"{a}: two posts on one day")
        if len({r["platform"] for r in rs}) != 1:
            err(f"{a}: one platform per account")
        if pat == "harassment.repeated-target" and role == "positive":
            hd = {r["created_at"][:10] for r in rs if r["kind_of_row"] == "positive"}
            if not (2 <= len(hd) <= 4):
                err(f"{a}: hostile posts on {len(hd)} days")
        if pat == "capacity.mixed-account" and role == "positive":
            kinds = {r["kind_of_row"] for r in rs}
            if not {"positive", "filler"} <= kinds:
                err(f"{a}: mixed account needs personal and council posts")
        if pat == "moderation.third-party-comments" and role == "positive":
            if not any(r["kind_of_row"] == "positive" for r in rs):
                err(f"{a}: no comment to moderate")
    for pat in ACCOUNT_RULES:
        if count[pat]["positive"] < 7:
            err(f"{pat}: fewer than 7 positive accounts")
        if count[pat]["hard_negative"] < 1:
            err(f"{pat}: no hard-negative account")
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
