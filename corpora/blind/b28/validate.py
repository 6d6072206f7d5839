#!/usr/bin/env python3
"""Check blind set b28. Prints OK when every check passes."""
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["ok", "advice", "review", "block"]
# severities per RULES.md: (lowest, highest)
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
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
MINIMUM = {"respect.personal-attack": 35, "bullying.intimidation": 30, "equality.discrimination": 40,
           "defamation.allegation": 30, "respect.abusive-language": 25}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
OBFUSCATIONS = {"asterisk", "digit", "zero-width-space", "spaced-letters", "cyrillic-homoglyph", "all-caps"}

errors = []


def err(msg):
    errors.append(msg)


def rules_md_ids():
    for p in [HERE, *HERE.parents]:
        f = p / "shared" / "design" / "RULES.md"
        if f.exists():
            ids = set()
            for line in f.read_text(encoding="utf-8").splitlines():
                m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
                if m:
                    ids.add(m.group(1))
            return ids
    return None


def main():
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    assert council["council"]["code"] == "bexley"
    handles = set(council["people"]["handles"])
    councillors = set(council["people"]["councillors"])
    author_handles = {h for h, n in council["people"]["handles"].items() if n in councillors}
    known = rules_md_ids()
    if known is not None:
        for r in SEVERITY:
            if r not in known:
                err(f"severity table rule {r} not in RULES.md")
    valid_ids = known if known is not None else set(SEVERITY)

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON {e}")
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            err(f"duplicate id {i}")
    by_id = {r.get("id"): r for r in rows}
    start = datetime(2026, 1, 5, tzinfo=timezone.utc)
    end = datetime(2026, 3, 28, tzinfo=timezone.utc)
    fam_count = Counter()
    for r in rows:
        rid = r.get("id", "?")
        for k in REQUIRED:
            if k not in r:
                err(f"{rid}: missing {k}")
        if not re.fullmatch(r"b28-\d{3}", str(rid)):
            err(f"{rid}: id pattern")
        if r.get("author") not in author_handles:
            err(f"{rid}: author {r.get('author')} not a councillor handle")
        if r.get("platform") not in {"x", "facebook", "bluesky"}:
            err(f"{rid}: platform")
        if r.get("account") not in {"councillor", "personal"}:
            err(f"{rid}: account")
        if r.get("kind") != "post":
            err(f"{rid}: kind")
        if not r.get("text", "").strip() or not r.get("note", "").strip():
            err(f"{rid}: empty text or note")
        try:
            t = datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                err(f"{rid}: offset must be +00:00")
            if not (start <= t < end) or t.weekday() >= 5 or not (8 <= t.hour <= 18):
                err(f"{rid}: timestamp {r['created_at']} outside weekday 08:00-18:59, 5 Jan-27 Mar 2026")
        except Exception as e:
            err(f"{rid}: created_at {e}")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for x in rules + allowed:
            if x not in valid_ids or x not in SEVERITY:
                err(f"{rid}: unknown rule {x}")
        if set(rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed {set(rules) & set(allowed)}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: duplicate rule in a list")
        if verdict not in ORDER:
            err(f"{rid}: verdict {verdict}")
        elif not rules:
            if verdict != "ok":
                err(f"{rid}: no rules but verdict {verdict}")
        else:
            lo = max(ORDER.index(SEVERITY[x][0]) for x in rules if x in SEVERITY)
            hi = max(ORDER.index(SEVERITY[x][1]) for x in rules if x in SEVERITY)
            if not (lo <= ORDER.index(verdict) <= hi):
                err(f"{rid}: verdict {verdict} does not fit rules {rules}")
        fam, kor = r.get("family"), r.get("kind_of_row")
        if fam == "hard_negative":
            if kor != "hard_negative" or rules or verdict != "ok":
                err(f"{rid}: hard negative must expect no rules and ok")
        elif fam in FAMILIES:
            if kor != "positive" or fam not in rules:
                err(f"{rid}: positive must list its family rule")
            if "variant_of" not in r:
                fam_count[fam] += 1
        else:
            err(f"{rid}: family {fam}")
        if "variant_of" in r:
            o = by_id.get(r["variant_of"])
            if o is None or "variant_of" in o:
                err(f"{rid}: variant_of must point at an original")
            else:
                if o["expect"]["rules"] != rules or o["expect"]["verdict"] != verdict:
                    err(f"{rid}: variant labels differ from original")
                extra = set(allowed) - set(o["expect"]["allowed"])
                if extra - {"haste.pause-before-posting"}:
                    err(f"{rid}: variant allowed differs")
                if o["author"] != r["author"] or o["family"] != fam:
                    err(f"{rid}: variant author/family differs")
                if o["text"] == r["text"]:
                    err(f"{rid}: variant text identical")
            if r.get("obfuscation") not in OBFUSCATIONS:
                err(f"{rid}: obfuscation kind")
    for fam, m in MINIMUM.items():
        if fam_count[fam] < m:
            err(f"{fam}: {fam_count[fam]} positives < {m}")
    hn = sum(1 for r in rows if r.get("family") == "hard_negative")
    if hn < 140:
        err(f"hard negatives {hn} < 140")
    nvar = sum(1 for r in rows if "variant_of" in r)
    if nvar < 30:
        err(f"variants {nvar} < 30")
    if errors:
        print("\n".join(errors[:50]))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
