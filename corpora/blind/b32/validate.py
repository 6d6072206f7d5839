#!/usr/bin/env python3
"""Check blind set b32. Prints OK when every check passes."""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Severity range of each rule as RULES.md gives it: (lowest, highest).
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
    "association.endorsed-content": ("advice", "review"),
    "harassment.repeated-target": ("block", "block"),
    "moderation.third-party-comments": ("review", "review"),
    "capacity.mixed-account": ("advice", "advice"),
}
FAMILIES = {"bullying.intimidation", "defamation.allegation", "respect.personal-attack",
            "equality.discrimination", "respect.abusive-language", "hard_negative"}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
OBFUSCATIONS = {"asterisk", "digit", "zero_width_space", "spaced_letters", "cyrillic_homoglyph", "all_caps"}


def find_rules_md():
    """RULES.md, if the set sits inside the project tree; else None."""
    p = HERE
    for _ in range(8):
        for cand in (p / "shared" / "design" / "RULES.md", p / "design" / "RULES.md"):
            if cand.is_file():
                return cand
        p = p.parent
    return None


def main():
    errors = []
    rules_md = find_rules_md()
    if rules_md:
        ids = set(re.findall(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", rules_md.read_text(encoding="utf-8"), re.M))
        missing = set(SEVERITY) - ids
        if missing:
            errors.append(f"rule ids not in RULES.md tables: {sorted(missing)}")
        known = ids
    else:
        known = set(SEVERITY)

    handles = set(re.findall(r'^"(@\w+)"\s*=', (HERE / "council.toml").read_text(encoding="utf-8"), re.M))
    if not handles:
        errors.append("no handles in council.toml")

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: does not parse: {e}")
    by_id = {}
    for r in rows:
        rid = r.get("id")
        where = f"{rid}:"
        for f in REQUIRED:
            if f not in r:
                errors.append(f"{where} missing {f}")
        if not isinstance(rid, str) or not re.fullmatch(r"b32-\d{3}", rid):
            errors.append(f"{where} bad id")
        if rid in by_id:
            errors.append(f"{where} duplicate id")
        by_id[rid] = r
        if not r.get("text"):
            errors.append(f"{where} empty text")
        if r.get("author") not in handles:
            errors.append(f"{where} author {r.get('author')} not in council.toml")
        if r.get("platform") not in {"x", "facebook", "bluesky"}:
            errors.append(f"{where} bad platform")
        if r.get("account") not in {"councillor", "personal"}:
            errors.append(f"{where} bad account")
        if r.get("kind") != "post":
            errors.append(f"{where} kind must be post")
        if r.get("family") not in FAMILIES:
            errors.append(f"{where} bad family")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if t.utcoffset() != dt.timedelta(0) or not r["created_at"].endswith("+00:00"):
                errors.append(f"{where} offset must be +00:00")
            if t.weekday() >= 5 or not (8 <= t.hour <= 18):
                errors.append(f"{where} not a weekday 08:00-18:59")
            if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
                errors.append(f"{where} date out of range")
        except Exception as e:  # noqa: BLE001
            errors.append(f"{where} bad created_at: {e}")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules"), ex.get("allowed"), ex.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list) or verdict not in ORDER:
            errors.append(f"{where} bad expect")
            continue
        for rule in rules + allowed:
            if rule not in known or rule not in SEVERITY:
                errors.append(f"{where} unknown rule {rule}")
        if set(rules) & set(allowed):
            errors.append(f"{where} rule both expected and allowed")
        if len(set(rules)) != len(rules):
            errors.append(f"{where} duplicate rule")
        if rules:
            lo = max(ORDER[SEVERITY[x][0]] for x in rules if x in SEVERITY)
            hi = max(ORDER[SEVERITY[x][1]] for x in rules if x in SEVERITY)
            if not (lo <= ORDER[verdict] <= hi):
                errors.append(f"{where} verdict {verdict} does not fit {rules}")
        elif verdict != "ok":
            errors.append(f"{where} no rules but verdict {verdict}")
        kor = r.get("kind_of_row")
        if r.get("family") == "hard_negative":
            if rules or verdict != "ok" or kor != "hard_negative":
                errors.append(f"{where} hard negative must expect no rules, ok")
        else:
            if kor != "positive":
                errors.append(f"{where} positive row has kind_of_row {kor}")
            if r["family"] not in rules:
                errors.append(f"{where} family rule not expected")
    for r in rows:
        if "variant_of" in r or "obfuscation" in r:
            o = by_id.get(r.get("variant_of"))
            if o is None or "variant_of" in o:
                errors.append(f"{r['id']}: variant_of does not point at an original")
                continue
            if r.get("obfuscation") not in OBFUSCATIONS:
                errors.append(f"{r['id']}: bad obfuscation")
            if r["author"] != o["author"] or r["family"] != o["family"]:
                errors.append(f"{r['id']}: variant author/family differ from original")
            if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
                errors.append(f"{r['id']}: variant labels differ from original")
            extra = set(r["expect"]["allowed"]) - set(o["expect"]["allowed"])
            if extra - {"haste.pause-before-posting"} or (extra and r["obfuscation"] != "all_caps"):
                errors.append(f"{r['id']}: variant allowed differs from original")
            if r["text"] == o["text"]:
                errors.append(f"{r['id']}: variant text identical to original")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
