#!/usr/bin/env python3
"""Validate blind evaluation set b61. Prints OK or the problems found."""
import datetime as dt
import json
import os
import re
import sys
import tomllib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b61"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
HN_TAGS = ["HN1", "HN2", "HN3", "HN4", "HN5", "HN6"]
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
REQUIRED = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
            "family", "kind_of_row", "note"]
SEV = {"ok": 0, "advice": 1, "review": 2, "block": 3}

# Built-in copy of the rule ids and severities of shared/design/RULES.md, used
# when that file cannot be found by walking up from this folder.
BUILTIN = {
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


def find_rules_md():
    d = HERE
    while True:
        p = os.path.join(d, "shared", "design", "RULES.md")
        if os.path.exists(p):
            return p
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def rule_ids():
    p = find_rules_md()
    if not p:
        return set(BUILTIN)
    ids = set()
    for line in open(p, encoding="utf-8"):
        m = re.match(r"\|\s*([a-z-]+\.[a-z-]+)\s*\|", line)
        if m:
            ids.add(m.group(1))
    return ids


def main():
    errs = []
    ids_known = rule_ids()
    for rid in ids_known:
        if rid not in BUILTIN:
            errs.append(f"RULES.md rule {rid} has no severity in the built-in table")
    council = tomllib.load(open(os.path.join(HERE, "council.toml"), "rb"))
    handles = council["people"]["handles"]
    councillors = set(council["people"]["councillors"])
    councillor_handles = {h for h, n in handles.items() if n in councillors}
    rows = []
    for n, line in enumerate(open(os.path.join(HERE, "posts.jsonl"), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errs.append(f"line {n}: does not parse: {e}")
    seen = set()
    for row in rows:
        rid = row.get("id", "?")
        for f in REQUIRED:
            if f not in row:
                errs.append(f"{rid}: missing {f}")
        if not re.fullmatch(PREFIX + r"-\d{3}", rid):
            errs.append(f"{rid}: bad id")
        if rid in seen:
            errs.append(f"{rid}: duplicate id")
        seen.add(rid)
        if row.get("author") not in councillor_handles:
            errs.append(f"{rid}: author {row.get('author')} is not a councillor handle")
        try:
            t = dt.datetime.fromisoformat(row["created_at"])
            if t.utcoffset() != dt.timedelta(0) or not row["created_at"].endswith("+00:00"):
                errs.append(f"{rid}: timestamp not +00:00")
            if t.weekday() >= 5 or not (8 <= t.hour <= 18):
                errs.append(f"{rid}: timestamp not a weekday 08:00-18:59")
            if not (dt.date(2026, 1, 5) <= t.date() <= dt.date(2026, 3, 27)):
                errs.append(f"{rid}: timestamp outside 5 Jan - 27 Mar 2026")
        except Exception as e:  # noqa: BLE001
            errs.append(f"{rid}: bad created_at: {e}")
        if row.get("platform") not in ("x", "facebook", "bluesky"):
            errs.append(f"{rid}: platform")
        if row.get("account") not in ("councillor", "personal") or row.get("kind") != "post":
            errs.append(f"{rid}: account/kind")
        exp = row.get("expect", {})
        rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for r in rules + allowed:
            if r not in ids_known:
                errs.append(f"{rid}: unknown rule {r}")
        if set(rules) & set(allowed):
            errs.append(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errs.append(f"{rid}: repeated rule")
        if verdict not in SEV:
            errs.append(f"{rid}: bad verdict {verdict}")
            continue
        if not rules:
            if verdict != "ok":
                errs.append(f"{rid}: no rules but verdict {verdict}")
        else:
            lo = max(SEV[BUILTIN[r][0]] for r in rules if r in BUILTIN)
            hi = max(SEV[BUILTIN[r][1]] for r in rules if r in BUILTIN)
            if not (lo <= SEV[verdict] <= hi):
                errs.append(f"{rid}: verdict {verdict} does not fit {rules}")
        fam, kor, note = row.get("family"), row.get("kind_of_row"), row.get("note", "")
        if fam == "hard_negative":
            if kor != "hard_negative" or rules or verdict != "ok":
                errs.append(f"{rid}: hard negative must expect nothing and be ok")
            tags = [t for t in HN_TAGS if note.startswith(t + ":")]
            if len(tags) != 1 or sum(note.count(t) for t in HN_TAGS) != 1:
                errs.append(f"{rid}: hard negative needs exactly one HN tag")
            if "variant_of" in row:
                errs.append(f"{rid}: hard negatives have no variants")
        elif fam in FAMILIES:
            if kor != "positive":
                errs.append(f"{rid}: kind_of_row")
            if fam not in rules:
                errs.append(f"{rid}: family rule not expected")
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\]", note):
                errs.append(f"{rid}: bullying note tag")
            if fam == "equality.discrimination" and not re.match(r"\[(explicit|coded); [^\]]+\]", note):
                errs.append(f"{rid}: equality note tag")
        else:
            errs.append(f"{rid}: unknown family {fam}")
        if not note.strip():
            errs.append(f"{rid}: empty note")
    byid = {r["id"]: r for r in rows}
    vk = Counter()
    for row in rows:
        if "variant_of" not in row:
            continue
        o = byid.get(row["variant_of"])
        rid = row["id"]
        if o is None or "variant_of" in o:
            errs.append(f"{rid}: variant_of does not point at an original")
            continue
        if row.get("variant_kind") not in VARIANT_KINDS:
            errs.append(f"{rid}: variant_kind")
        vk[(row["family"], row.get("variant_kind"))] += 1
        for f in ("family", "author", "platform"):
            if row[f] != o[f]:
                errs.append(f"{rid}: variant {f} differs from original")
        if row["expect"]["rules"] != o["expect"]["rules"] or row["expect"]["verdict"] != o["expect"]["verdict"]:
            errs.append(f"{rid}: variant labels differ from original")
        extra = set(row["expect"]["allowed"]) - set(o["expect"]["allowed"])
        if extra - ({"haste.pause-before-posting"} if row.get("variant_kind") == "caps" else set()):
            errs.append(f"{rid}: variant allowed differs")
        if row["text"] == o["text"]:
            errs.append(f"{rid}: variant text unchanged")
    for fam in FAMILIES:
        for k in VARIANT_KINDS:
            if vk[(fam, k)] != 1:
                errs.append(f"{fam}: needs exactly one {k} variant, has {vk[(fam, k)]}")
    orig = Counter(r["family"] for r in rows if "variant_of" not in r)
    for fam in FAMILIES:
        if orig[fam] < 30:
            errs.append(f"{fam}: only {orig[fam]} originals")
    if orig["hard_negative"] < 120:
        errs.append(f"only {orig['hard_negative']} hard negatives")
    hn = Counter(r["note"][:3] for r in rows if r["family"] == "hard_negative")
    for t in HN_TAGS:
        if hn[t] < 20:
            errs.append(f"{t}: only {hn[t]} rows")
    if len(rows) != 332:
        errs.append(f"{len(rows)} rows, expected 332")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
