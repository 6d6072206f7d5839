#!/usr/bin/env python3
"""Check accounts.jsonl of blind set b13. Prints OK or the problems found."""
import json
import re
import sys
import tomllib
from collections import defaultdict
from datetime import datetime, date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ID_RE = re.compile(r"^B13-A-\d{4}$")
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# severity range per rule, from the tables in shared/design/RULES.md
RANGE = {
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
    "association.endorsed-content": ("advice", "review"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
ACCOUNT_RULES = {"harassment.repeated-target", "moderation.third-party-comments", "capacity.mixed-account"}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "account_pattern", "account_role", "kind_of_row", "note"]

errors = []


def err(msg):
    errors.append(msg)


def rules_md_ids():
    for base in [HERE, *HERE.parents]:
        p = base / "shared" / "design" / "RULES.md"
        if p.exists():
            return set(re.findall(r"^\| ([a-z-]+\.[a-z-]+) \|", p.read_text(), re.M))
    return None


def main():
    known = rules_md_ids()
    if known is not None and known != set(RANGE):
        err(f"rule ids differ from RULES.md: {sorted(known ^ set(RANGE))}")
    toml = tomllib.loads((HERE / "council.toml").read_text())
    handles = set(toml["people"]["handles"])
    rows, ids = [], set()
    for n, line in enumerate((HERE / "accounts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            err(f"line {n}: does not parse: {e}")
            continue
        rows.append(r)
        for f in REQUIRED:
            if f not in r:
                err(f"line {n}: missing {f}")
        rid = r.get("id", "")
        if not ID_RE.match(rid):
            err(f"{rid}: bad id")
        if rid in ids:
            err(f"{rid}: duplicate id")
        ids.add(rid)
        if r["author"] not in handles:
            err(f"{rid}: author {r['author']} not in council.toml")
        if r["platform"] not in ("x", "facebook", "bluesky"):
            err(f"{rid}: platform")
        if r["account"] not in ("councillor", "personal"):
            err(f"{rid}: account")
        if r["kind"] not in ("post", "comment"):
            err(f"{rid}: kind")
        if not r["text"].strip():
            err(f"{rid}: empty text")
        t = datetime.fromisoformat(r["created_at"])
        if not r["created_at"].endswith("+00:00"):
            err(f"{rid}: offset must be +00:00")
        if t.weekday() > 4 or not 8 <= t.hour <= 18:
            err(f"{rid}: not weekday daytime: {t}")
        if not date(2026, 1, 5) <= t.date() <= date(2026, 3, 27):
            err(f"{rid}: outside 5 Jan - 27 Mar 2026")
        e = r["expect"]
        rules, allowed = e["rules"], e["allowed"]
        for x in rules + allowed:
            if x not in RANGE:
                err(f"{rid}: unknown rule {x}")
        if set(rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: duplicate rule")
        lo = max([SEV[RANGE[x][0]] for x in rules if x in RANGE], default=0)
        hi = max([SEV[RANGE[x][1]] for x in rules if x in RANGE], default=0)
        if e["verdict"] not in SEV or not lo <= SEV[e["verdict"]] <= hi:
            err(f"{rid}: verdict {e['verdict']} does not fit {rules}")
        pat, kor = r["account_pattern"], r["kind_of_row"]
        if pat not in ACCOUNT_RULES:
            err(f"{rid}: account_pattern")
        if kor not in ("positive", "hard_negative", "filler"):
            err(f"{rid}: kind_of_row")
        if kor == "positive":
            if pat not in rules or r["family"] != pat or r["account_role"] != "positive":
                err(f"{rid}: positive must expect its account rule in a positive account")
        else:
            if pat in rules:
                err(f"{rid}: non-positive row expects the account rule")
        if kor == "hard_negative":
            if rules or e["verdict"] != "ok" or r["family"] != "hard_negative":
                err(f"{rid}: hard negative must expect nothing and ok")
        if r["account_role"] in ("hard_negative", "personal") and kor != "hard_negative":
            err(f"{rid}: rows of hard-negative and personal accounts are hard negatives")
        if (set(rules) & ACCOUNT_RULES) - {pat}:
            err(f"{rid}: expects an account rule its account was not written for")
        if r["kind"] == "comment":
            if pat != "moderation.third-party-comments" or "comment_on" not in r:
                err(f"{rid}: comment outside a moderation account or without comment_on")
        elif "moderation.third-party-comments" in rules:
            err(f"{rid}: moderation rule on the councillor's own post")
    byid = {r["id"]: r for r in rows}
    accounts = defaultdict(list)
    for r in rows:
        accounts[r["author"]].append(r)
        if r["kind"] == "comment":
            p = byid.get(r["comment_on"])
            if p is None or p["author"] != r["author"] or p["kind"] != "post":
                err(f"{r['id']}: comment_on must be a post of the same account")
            elif datetime.fromisoformat(p["created_at"]) >= datetime.fromisoformat(r["created_at"]):
                err(f"{r['id']}: comment not after its post")
    tally = defaultdict(int)
    for h, rs in accounts.items():
        one = {(r["platform"], r["account"], r["account_pattern"], r["account_role"]) for r in rs}
        if len(one) != 1:
            err(f"{h}: an account must keep one platform, type, pattern and role")
        if not 5 <= len(rs) <= 15:
            err(f"{h}: {len(rs)} posts, want 5-15")
        plat, acct, pat, role = next(iter(one))
        tally[(pat, role)] += 1
        if role == "personal" and acct != "personal":
            err(f"{h}: personal role must use account personal")
        if role != "personal" and acct != "councillor":
            err(f"{h}: account should be councillor")
        npos = sum(r["kind_of_row"] == "positive" for r in rs)
        if role == "positive" and npos < 2:
            err(f"{h}: positive account with fewer than two positive rows")
        if pat == "capacity.mixed-account" and role == "positive":
            if any(r["kind_of_row"] == "filler" and pat not in r["expect"]["allowed"] for r in rs):
                err(f"{h}: council posts of a mixed account must allow the rule")
            if not any(r["kind_of_row"] == "filler" for r in rs):
                err(f"{h}: a mixed account needs council business too")
        if pat == "moderation.third-party-comments" and role == "positive":
            if not all(r["kind"] == "comment" for r in rs if r["kind_of_row"] == "positive"):
                err(f"{h}: moderation positives must be comments")
    need = {("harassment.repeated-target", "positive"): 6, ("harassment.repeated-target", "hard_negative"): 2,
            ("capacity.mixed-account", "positive"): 6, ("capacity.mixed-account", "hard_negative"): 2,
            ("capacity.mixed-account", "personal"): 2, ("moderation.third-party-comments", "positive"): 4,
            ("moderation.third-party-comments", "hard_negative"): 1}
    for k, v in need.items():
        if tally[k] < v:
            err(f"{k}: {tally[k]} accounts, want at least {v}")
    if len(rows) < 130:
        err(f"{len(rows)} rows, want at least 130")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
