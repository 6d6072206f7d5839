#!/usr/bin/env python3
"""Check accounts.jsonl of blind set b15. Prints OK or the problems found."""
import datetime as dt
import json
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}
ACCOUNT_RULES = {"harassment.repeated-target", "moderation.third-party-comments", "capacity.mixed-account"}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "account_pattern", "kind_of_row", "note"]


def find_rules_md():
    for base in [HERE, *HERE.parents]:
        cand = base / "shared" / "design" / "RULES.md"
        if cand.exists():
            return cand
    sys.exit("RULES.md not found (looked for shared/design/RULES.md above this folder)")


def rule_severities(path):
    """rule id -> (lowest, highest) severity, from the tables of RULES.md."""
    sev = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
            s = cells[-1]
            found = [w for w in ("advice", "review", "block") if w in s]
            if not found:
                found = ["advice", "block"]  # "same as the amplified rule, one level lower"
            lo = min(found, key=ORDER.get)
            hi = max(found, key=ORDER.get)
            sev[cells[0]] = (lo, hi)
    return sev


def main():
    problems = []
    sev = rule_severities(find_rules_md())
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    handles = set(council["people"]["handles"])
    rows = []
    for n, line in enumerate((HERE / "accounts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: does not parse: {e}")
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    by_id = {r.get("id"): r for r in rows}
    by_author = defaultdict(list)
    start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        rid = r.get("id")
        for k in REQUIRED:
            if k not in r:
                problems.append(f"{rid}: missing {k}")
        if not re.fullmatch(r"B15-A-\d{4}", str(rid)):
            problems.append(f"{rid}: id not in pattern B15-A-NNNN")
        if r.get("author") not in handles:
            problems.append(f"{rid}: author {r.get('author')} not in council.toml handles")
        by_author[r.get("author")].append(r)
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            problems.append(f"{rid}: platform")
        if r.get("account") not in ("councillor", "personal"):
            problems.append(f"{rid}: account")
        if r.get("kind") not in ("post", "comment"):
            problems.append(f"{rid}: kind")
        if r.get("kind_of_row") not in ("positive", "hard_negative", "filler"):
            problems.append(f"{rid}: kind_of_row")
        if not str(r.get("text", "")).strip():
            problems.append(f"{rid}: empty text")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != dt.timedelta(0):
                problems.append(f"{rid}: offset not +00:00")
            if t.weekday() >= 5 or not (8 <= t.hour <= 18) or not (start <= t.date() <= end):
                problems.append(f"{rid}: timestamp {r['created_at']} outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        except Exception as e:  # noqa: BLE001
            problems.append(f"{rid}: created_at: {e}")
        e = r.get("expect", {})
        rules, allowed, verdict = e.get("rules", []), e.get("allowed", []), e.get("verdict")
        for rule in rules + allowed:
            if rule not in sev:
                problems.append(f"{rid}: rule {rule} not in RULES.md tables")
        if set(rules) & set(allowed):
            problems.append(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            problems.append(f"{rid}: duplicate rule")
        if verdict not in ORDER:
            problems.append(f"{rid}: verdict {verdict}")
        elif not rules:
            if verdict != "ok":
                problems.append(f"{rid}: no rules but verdict {verdict}")
        else:
            lo = max(ORDER[sev[x][0]] for x in rules if x in sev)
            hi = max(ORDER[sev[x][1]] for x in rules if x in sev)
            if not lo <= ORDER[verdict] <= hi:
                problems.append(f"{rid}: verdict {verdict} does not fit {rules}")
        pattern, kor = r.get("account_pattern"), r.get("kind_of_row")
        if pattern not in ACCOUNT_RULES:
            problems.append(f"{rid}: account_pattern {pattern}")
        if kor == "positive":
            if pattern not in rules:
                problems.append(f"{rid}: positive without its account rule")
            if r.get("family") != pattern:
                problems.append(f"{rid}: positive family should be {pattern}")
        else:
            if pattern in rules:
                problems.append(f"{rid}: {kor} expects the account rule")
        if kor == "hard_negative" and (rules or verdict != "ok" or r.get("family") != "hard_negative"):
            problems.append(f"{rid}: hard negative must expect no rules, ok, family hard_negative")
        if r.get("kind") == "comment":
            if not r.get("commenter"):
                problems.append(f"{rid}: comment without commenter")
            parent = by_id.get(r.get("in_reply_to"))
            if parent is None or parent.get("kind") != "post":
                problems.append(f"{rid}: in_reply_to does not name a post")
            elif parent.get("author") != r.get("author") or parent["created_at"] >= r["created_at"] \
                    or parent["created_at"][:10] != r["created_at"][:10]:
                problems.append(f"{rid}: comment not after its post on the same page and day")
        elif "in_reply_to" in r or "commenter" in r:
            problems.append(f"{rid}: post with comment fields")
        if r.get("account") == "personal" and kor != "hard_negative":
            problems.append(f"{rid}: personal account rows are hard negatives")
    # account-level checks
    for author, rs in by_author.items():
        patterns = {r["account_pattern"] for r in rs}
        accounts = {r["account"] for r in rs}
        posts = [r for r in rs if r["kind"] == "post"]
        if len(patterns) != 1 or len(accounts) != 1:
            problems.append(f"{author}: mixed patterns or account types")
        if not 5 <= len(rs) <= 15:
            problems.append(f"{author}: {len(rs)} rows, expected 5-15")
        days = {r["created_at"][:10] for r in posts}
        if len(posts) > 1 and len(days) < 2:
            problems.append(f"{author}: posts not spread over days")
        pos = [r for r in rs if r["kind_of_row"] == "positive"]
        pattern = next(iter(patterns))
        if pattern == "harassment.repeated-target" and pos and len(pos) < 2:
            problems.append(f"{author}: harassment positive account with fewer than 2 hostile posts")
        if pattern == "moderation.third-party-comments" and any(r["kind"] == "post" and r["kind_of_row"] == "positive" for r in rs):
            problems.append(f"{author}: moderation positives must be comments")
    if len(rows) < 140:
        problems.append(f"only {len(rows)} rows")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
