#!/usr/bin/env python3
"""Checks blind set b12. Prints OK when every check passes, else the problems found."""
import csv
import datetime as dt
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["ok", "advice", "review", "block"]
FAMILIES = ["officers.impartiality", "capacity.council-voice", "resources.political-use",
            "position.improper-advantage", "copyright.third-party-content", "tone.irony-risk"]
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
problems = []


def bad(msg):
    problems.append(msg)


def find_rules_md():
    for p in [HERE, *HERE.parents]:
        for cand in (p / "shared" / "design" / "RULES.md", p / "design" / "RULES.md"):
            if cand.is_file():
                return cand
    sys.exit("RULES.md not found (looked for shared/design/RULES.md above this folder)")


def rule_severities(md):
    """rule id -> (lowest, highest) severity, from the tables in RULES.md."""
    out = {}
    for line in md.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
        if not m:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        sev_cell = cells[-1].lower()
        found = [s for s in ORDER[1:] if re.search(r"\b" + s + r"\b", sev_cell)]
        if not found:  # e.g. "same as the amplified rule, one level lower"
            found = ORDER[1:]
        idx = [ORDER.index(s) for s in found]
        out[m.group(1)] = (min(idx), max(idx))
    return out


def refers_to(text, handle, name):
    """Does the post name this councillor (handle, full name, Cllr Surname or first name)?"""
    low = text.lower()
    first, last = name.lower().split(" ", 1)
    return (handle.lower() in low or name.lower() in low or f"cllr {last}" in low
            or re.search(r"\b" + re.escape(first) + r"\b", low) is not None)


def main():
    sev = rule_severities(find_rules_md())
    for f in FAMILIES:
        if f not in sev:
            bad(f"family rule {f} not in RULES.md")

    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    councillors = set(council["people"]["councillors"])
    handles = council["people"]["handles"]
    by_person = Counter(handles.values())
    names = {h: p for h, p in handles.items() if p in councillors}
    meetings = []
    with open(HERE / council["registers"]["meetings"], encoding="utf-8") as f:
        for m in csv.DictReader(f):
            meetings.append((dt.datetime.fromisoformat(m["start"]), dt.datetime.fromisoformat(m["end"])))
    with open(HERE / council["registers"]["pending_matters"], encoding="utf-8") as f:
        assert list(csv.DictReader(f)), "pending.csv is empty"

    ids = set()
    fam_count = Counter()
    lines = (HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            bad(f"line {n}: does not parse: {e}")
            continue
        rid = r.get("id", f"line {n}")
        for k in REQUIRED:
            if k not in r:
                bad(f"{rid}: missing {k}")
        if not re.fullmatch(r"B12-\d{4}", str(r.get("id"))):
            bad(f"{rid}: id does not match B12-NNNN")
        if rid in ids:
            bad(f"{rid}: duplicate id")
        ids.add(rid)
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            bad(f"{rid}: empty text")
        # author
        a = r.get("author")
        if a not in handles or handles[a] not in councillors:
            bad(f"{rid}: author {a} is not a councillor handle in council.toml")
        elif r.get("account") == "personal" and by_person[handles[a]] < 2:
            bad(f"{rid}: personal account but {a}'s owner has only one handle")
        elif a in names and refers_to(r["text"], a, names[a]):
            bad(f"{rid}: author {a} is named in the post")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            bad(f"{rid}: bad platform")
        if r.get("platform") == "x" and len(r["text"]) > 280 or r.get("platform") == "bluesky" and len(r["text"]) > 300:
            bad(f"{rid}: text too long for {r['platform']}")
        if r.get("account") not in ("councillor", "personal"):
            bad(f"{rid}: bad account")
        if r.get("kind") != "post":
            bad(f"{rid}: kind must be post")
        # timestamp
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
                bad(f"{rid}: offset must be +00:00")
            if t.weekday() >= 5:
                bad(f"{rid}: weekend timestamp")
            if not (8 <= t.hour <= 18):
                bad(f"{rid}: outside 08:00-18:59")
            if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
                bad(f"{rid}: outside 5 Jan - 27 Mar 2026")
            if any(s <= t < e for s, e in meetings):
                bad(f"{rid}: inside a meeting on meetings.csv")
        except (KeyError, TypeError, ValueError) as e:
            bad(f"{rid}: bad created_at: {e}")
        # labels
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list):
            bad(f"{rid}: expect.rules / expect.allowed must be lists")
            continue
        for x in rules + allowed:
            if x not in sev:
                bad(f"{rid}: rule {x} not in RULES.md tables")
        if set(rules) & set(allowed):
            bad(f"{rid}: rule both expected and allowed: {set(rules) & set(allowed)}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            bad(f"{rid}: duplicate rule in a list")
        if verdict not in ORDER:
            bad(f"{rid}: bad verdict {verdict}")
        elif not rules:
            if verdict != "ok":
                bad(f"{rid}: no rules expected but verdict {verdict}")
        elif all(x in sev for x in rules):
            lo = max(sev[x][0] for x in rules)
            hi = max(sev[x][1] for x in rules)
            if not lo <= ORDER.index(verdict) <= hi:
                bad(f"{rid}: verdict {verdict} does not fit severities of {rules}")
        fam, kor = r.get("family"), r.get("kind_of_row")
        if kor == "positive":
            if fam not in FAMILIES:
                bad(f"{rid}: positive with family {fam}")
            elif fam not in rules:
                bad(f"{rid}: family {fam} not in expect.rules")
            fam_count[fam] += 1
        elif kor == "hard_negative":
            if fam != "hard_negative":
                bad(f"{rid}: hard negative must have family hard_negative")
            if rules or verdict != "ok":
                bad(f"{rid}: hard negative must expect no rules and ok")
            if r.get("near_miss_of") not in FAMILIES:
                bad(f"{rid}: near_miss_of must name one of the six rules")
            else:
                if r["near_miss_of"] in rules:
                    bad(f"{rid}: hard negative expects its own rule")
                fam_count["hn:" + r["near_miss_of"]] += 1
        else:
            bad(f"{rid}: bad kind_of_row {kor}")

    for f in FAMILIES:
        if fam_count[f] < 15 or fam_count["hn:" + f] < 15:
            bad(f"{f}: needs 15+15, has {fam_count[f]}+{fam_count['hn:' + f]}")
    if len(ids) < 180:
        bad(f"only {len(ids)} rows (need 180)")

    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
