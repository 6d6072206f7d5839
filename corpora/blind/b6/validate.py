#!/usr/bin/env python3
"""Checks posts.jsonl and council.toml of blind set b6 (standard library only).

Rule ids are read from the rule catalogue, ../../../../shared/design/RULES.md
(the first column of its tables), so a label that is not a real rule fails.
"""
import collections
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
RULES_MD = Path(__file__).resolve().parents[3].parent / "shared" / "design" / "RULES.md"
SEVERITY = {"ok": 0, "advice": 1, "review": 2, "block": 3}
# (lowest, highest) severity a rule can carry per RULES.md
RANGE = {
    "respect.personal-attack": ("review", "block"),
    "respect.abusive-language": ("review", "block"),
    "bullying.intimidation": ("block", "block"),
    "equality.discrimination": ("block", "block"),
    "defamation.allegation": ("review", "block"),
    "officers.impartiality": ("review", "review"),
    "tone.irony-risk": ("advice", "advice"),
    "haste.pause-before-posting": ("advice", "advice"),
    "data-protection.personal-data": ("review", "block"),
    "security.credentials": ("block", "block"),
}
FAMILIES = {"respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation", "hard_negative"}
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind",
            "expect", "family", "note"]


def main():
    errors = []
    rule_ids = set(re.findall(r"^\|\s*([a-z-]+\.[a-z-]+)\s*\|", RULES_MD.read_text(), re.M))
    cfg = tomllib.loads((HERE / "council.toml").read_text())
    handles = set(cfg["people"]["handles"])
    councillor_names = set(cfg["people"]["councillors"])
    councillor_handles = {h for h, n in cfg["people"]["handles"].items() if n in councillor_names}
    assert cfg["council"]["code"] == "bexley" and cfg["council"]["timezone"] == "Europe/London"

    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: {e}")
    ids = [r.get("id") for r in rows]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup:
        errors.append(f"duplicate ids: {dup}")
    byid = {r["id"]: r for r in rows}
    texts = collections.Counter(r["text"] for r in rows)
    if any(c > 1 for c in texts.values()):
        errors.append("duplicate texts: " + str([t for t, c in texts.items() if c > 1]))

    for r in rows:
        rid = r.get("id")
        for k in REQUIRED:
            if k not in r:
                errors.append(f"{rid}: missing {k}")
        if not re.fullmatch(r"B6-\d{4}", rid or ""):
            errors.append(f"{rid}: bad id")
        if r.get("author") not in councillor_handles:
            errors.append(f"{rid}: author {r.get('author')} is not a councillor handle")
        if r.get("platform") not in {"x", "facebook", "bluesky"}:
            errors.append(f"{rid}: platform")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            errors.append(f"{rid}: account/kind")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            assert r["created_at"].endswith("+00:00")
            assert t.year == 2026 and t.month in (1, 2, 3) and t.weekday() < 5
            assert 8 <= t.hour < 19
            assert t < dt.datetime(2026, 3, 29, 1, tzinfo=dt.timezone.utc)  # GMT period only
        except Exception:
            errors.append(f"{rid}: created_at {r.get('created_at')}")
        e = r.get("expect", {})
        rules, allowed, verdict = e.get("rules"), e.get("allowed"), e.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list) or verdict not in SEVERITY:
            errors.append(f"{rid}: expect malformed")
            continue
        for x in rules + allowed:
            if x not in rule_ids:
                errors.append(f"{rid}: unknown rule id {x}")
        if set(rules) & set(allowed):
            errors.append(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errors.append(f"{rid}: repeated rule")
        fam = r.get("family")
        if fam not in FAMILIES:
            errors.append(f"{rid}: family {fam}")
        elif fam == "hard_negative":
            if rules or verdict != "ok":
                errors.append(f"{rid}: hard negative must expect no rules and ok")
        elif fam not in rules:
            errors.append(f"{rid}: family rule {fam} missing from expect.rules")
        if rules:
            lo = max(SEVERITY[RANGE[x][0]] for x in rules)
            hi = max(SEVERITY[RANGE[x][1]] for x in rules)
            if not lo <= SEVERITY[verdict] <= hi:
                errors.append(f"{rid}: verdict {verdict} outside what {rules} allow")
        if "variant_of" in r:
            o = byid.get(r["variant_of"])
            if o is None:
                errors.append(f"{rid}: variant_of {r['variant_of']} does not exist")
            else:
                if "variant_of" in o:
                    errors.append(f"{rid}: variant of a variant")
                if o["family"] == "hard_negative":
                    errors.append(f"{rid}: variant of a hard negative")
                if (o["expect"]["rules"] != rules or o["expect"]["verdict"] != verdict
                        or o["family"] != fam
                        or [a for a in allowed if a != "haste.pause-before-posting"] != o["expect"]["allowed"]):
                    errors.append(f"{rid}: variant labels differ from {o['id']}")
                if r["text"] == o["text"]:
                    errors.append(f"{rid}: variant text unchanged")
        for h in re.findall(r"@\w+", r["text"]):
            if h not in handles:
                errors.append(f"{rid}: unknown @handle {h} in text")

    counts = collections.Counter((r["family"], "variant" if "variant_of" in r else "original") for r in rows)
    for k in sorted(counts):
        print(f"{k[0]:28s} {k[1]:9s} {counts[k]}")
    print("total", len(rows))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
