#!/usr/bin/env python3
"""Checks blind set b75 and prints OK (or the problems found).

    python validate.py

Rule ids and severities come from shared/design/RULES.md, found by walking up
from this folder; if it is not found, a built-in copy is used.
"""
import datetime
import json
import re
import sys
from collections import Counter
from pathlib import Path

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

HERE = Path(__file__).resolve().parent
PREFIX = "b75"
ORDER = {"ok": 0, "advice": 1, "review": 2, "block": 3}

BUILTIN = {
    "respect.personal-attack": ["review", "block"],
    "respect.abusive-language": ["review", "block"],
    "bullying.intimidation": ["block"],
    "equality.discrimination": ["block"],
    "officers.impartiality": ["review"],
    "confidentiality.disclosure": ["review", "block"],
    "confidentiality.insider-advantage": ["review"],
    "data-protection.personal-data": ["review", "block"],
    "predetermination.closed-mind": ["review", "block"],
    "capacity.council-voice": ["review"],
    "resources.political-use": ["review"],
    "position.improper-advantage": ["review"],
    "interests.declared-interest": ["review"],
    "gifts.hospitality": ["advice", "review"],
    "defamation.allegation": ["review", "block"],
    "copyright.third-party-content": ["advice"],
    "haste.pause-before-posting": ["advice"],
    "meetings.during-meeting": ["advice"],
    "security.credentials": ["block"],
    "tone.irony-risk": ["advice"],
    "association.endorsed-content": ["advice", "review", "block"],
    "harassment.repeated-target": ["block"],
    "moderation.third-party-comments": ["review"],
    "capacity.mixed-account": ["advice"],
}

FAMILY_RULE = {
    "respect.personal-attack": "respect.personal-attack",
    "respect.abusive-language": "respect.abusive-language",
    "bullying.intimidation": "bullying.intimidation",
    "equality.discrimination": "equality.discrimination",
    "defamation.allegation": "defamation.allegation",
}
VARIANT_KINDS = {"asterisk", "digit", "zwsp", "spaced", "homoglyph", "caps"}
HASTE = "haste.pause-before-posting"
MIN_ORIGINALS = 30
MIN_HN_GROUP = 20
MIN_TOTAL = 320


def find_rules():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                if not line.startswith("| "):
                    continue
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) < 3 or not re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    continue
                words = [w for w in re.findall(r"[a-z]+", cells[-1]) if w in ORDER]
                sev[cells[0]] = sorted(set(words), key=ORDER.get) or ["advice", "review", "block"]
            if sev:
                return sev, "RULES.md"
    return BUILTIN, "built-in copy"


def load_people():
    text = (HERE / "council.toml").read_text(encoding="utf-8")
    if tomllib:
        cfg = tomllib.loads(text)
        handles = cfg["people"]["handles"]
        councillors = cfg["people"]["councillors"]
    else:
        councillors = re.findall(r'^\s*"([^"]+)",\s*#', text.split("officers")[0], re.M)
        handles = dict(re.findall(r'^"(@\w+)"\s*=\s*"([^"]+)"', text, re.M))
    return councillors, handles


def main():
    errs = []
    sev, source = find_rules()
    councillors, handles = load_people()
    cllr_handles = {h: n for h, n in handles.items() if n in councillors}

    rows = []
    with open(HERE / "posts.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: does not parse: {e}")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    by_id = {r.get("id"): r for r in rows}
    start, end = datetime.date(2026, 1, 5), datetime.date(2026, 3, 27)

    for r in rows:
        rid = r.get("id", "?")
        for k in ("id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"):
            if k not in r:
                errs.append(f"{rid}: missing {k}")
        if not re.fullmatch(PREFIX + r"-\d{3}", str(rid)):
            errs.append(f"{rid}: bad id")
        if r.get("author") not in cllr_handles:
            errs.append(f"{rid}: author {r.get('author')} is not a councillor handle")
        if r.get("platform") not in {"x", "facebook", "bluesky"}:
            errs.append(f"{rid}: platform")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            errs.append(f"{rid}: account/kind")
        try:
            ts = datetime.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                errs.append(f"{rid}: offset not +00:00")
            if ts.weekday() > 4 or not (8 <= ts.hour <= 18) or not (start <= ts.date() <= end):
                errs.append(f"{rid}: timestamp out of window {r['created_at']}")
        except Exception as e:  # noqa: BLE001
            errs.append(f"{rid}: created_at {e}")
        exp = r.get("expect", {})
        rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        for rule in rules + allowed:
            if rule not in sev:
                errs.append(f"{rid}: unknown rule {rule}")
        if set(rules) & set(allowed):
            errs.append(f"{rid}: rule both expected and allowed")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            errs.append(f"{rid}: repeated rule")
        kor, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        if kor == "hard_negative":
            if fam != "hard_negative" or rules or verdict != "ok":
                errs.append(f"{rid}: hard negative must expect nothing and be ok")
            tags = re.findall(r"\bHN[1-6]\b", note)
            if len(tags) != 1 or not re.match(r"HN[1-6] ", note):
                errs.append(f"{rid}: hard negative needs exactly one HN tag at the start")
        elif kor in ("positive", "variant"):
            if fam not in FAMILY_RULE or FAMILY_RULE[fam] not in rules:
                errs.append(f"{rid}: family rule not expected")
            lows = [sev[x][0] for x in rules if x in sev]
            highs = [sev[x][-1] for x in rules if x in sev]
            possible = {s for x in rules if x in sev for s in sev[x]}
            if (verdict not in possible or ORDER[verdict] < max(ORDER[s] for s in lows)
                    or ORDER[verdict] > max(ORDER[s] for s in highs)):
                errs.append(f"{rid}: verdict {verdict} does not fit {rules}")
            if fam == "bullying.intimidation" and not re.match(r"(variant \(.*?\) of: )?\[(explicit|veiled|pressure)\]", note):
                errs.append(f"{rid}: bullying note tag")
            if fam == "equality.discrimination" and not re.match(r"(variant \(.*?\) of: )?\[(explicit|coded); ", note):
                errs.append(f"{rid}: equality note tag")
            # the author of a positive is never a councillor the post names
            name = cllr_handles.get(r.get("author"), "")
            low = r.get("text", "").lower().replace("\u200b", "")
            if name and (name.lower() in low or re.search(r"\b" + re.escape(name.split()[-1].lower()) + r"\b", low)
                         or r.get("author", "").lower() in low):
                errs.append(f"{rid}: author is named in the post")
        else:
            errs.append(f"{rid}: kind_of_row {kor}")
        if kor == "variant":
            o = by_id.get(r.get("variant_of"))
            vk = r.get("variant_kind")
            if not o or o.get("kind_of_row") != "positive":
                errs.append(f"{rid}: variant_of missing or not a positive")
                continue
            oe = o["expect"]
            want_allowed = list(oe["allowed"]) + ([HASTE] if vk == "caps" and HASTE not in oe["allowed"] else [])
            if (oe["rules"] != rules or oe["verdict"] != verdict or sorted(want_allowed) != sorted(allowed)
                    or o["family"] != fam or o["author"] != r["author"] or o["platform"] != r["platform"]):
                errs.append(f"{rid}: variant labels/author/platform differ from {o['id']}")
            t, ot = r["text"], o["text"]
            ok = {
                "asterisk": "*" in t and t.count("*") > ot.count("*"),
                "digit": bool(re.search(r"[A-Za-z][13]|[13][A-Za-z]", t)),
                "zwsp": "\u200b" in t,
                "spaced": bool(re.search(r"\b(\w \w )+\w\b", t)),
                "homoglyph": any(c in t for c in "\u043e\u0435\u0441"),
                "caps": t.upper() == t or re.sub(r"@\w+", "", t).upper() == re.sub(r"@\w+", "", t),
            }.get(vk, False)
            if not ok or t == ot:
                errs.append(f"{rid}: variant kind {vk} not applied")
        # contact details must be fictional
        for m in re.finditer(r"\b0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}\b", r.get("text", "")):
            if not re.match(r"07700 ?900\d{3}|01632 ?960\d{3}", m.group(0)):
                errs.append(f"{rid}: phone number outside Ofcom drama ranges")
        for m in re.finditer(r"[\w.+-]+@([\w-]+\.[\w.]+)", r.get("text", "")):
            if m.group(1).lower() != "example.com":
                errs.append(f"{rid}: email not on example.com")

    # counts
    c = Counter((r.get("family"), r.get("kind_of_row")) for r in rows)
    for fam in FAMILY_RULE:
        if c[(fam, "positive")] < MIN_ORIGINALS:
            errs.append(f"{fam}: only {c[(fam, 'positive')]} originals")
        kinds = [r.get("variant_kind") for r in rows if r.get("kind_of_row") == "variant" and r.get("family") == fam]
        if sorted(kinds) != sorted(VARIANT_KINDS):
            errs.append(f"{fam}: variants must be one of each kind, got {sorted(kinds)}")
    hn = Counter(re.match(r"HN[1-6]", r["note"]).group(0) for r in rows
                 if r.get("kind_of_row") == "hard_negative" and re.match(r"HN[1-6]", r.get("note", "")))
    for g in ("HN1", "HN2", "HN3", "HN4", "HN5", "HN6"):
        if hn[g] < MIN_HN_GROUP:
            errs.append(f"{g}: only {hn[g]} hard negatives")
    if len(rows) < MIN_TOTAL:
        errs.append(f"only {len(rows)} rows")
    expected_ids = [f"{PREFIX}-{i:03d}" for i in range(1, len(rows) + 1)]
    if sorted(ids) != expected_ids:
        errs.append("ids are not a contiguous run from 001")

    # no absolute paths or machine names in any file of the set
    abs_pat = re.compile(r"(?<![\w.])/(?:" + "|".join(["wo" + "rk", "ho" + "me", "Us" + "ers", "t" + "mp", "ro" + "ot"]) + r")/|[A-Za-z]:\\\\")
    for p in sorted(HERE.iterdir()):
        if p.is_file() and p.suffix in {".py", ".md", ".toml", ".jsonl"}:
            if abs_pat.search(p.read_text(encoding="utf-8")):
                errs.append(f"{p.name}: contains an absolute path")

    if errs:
        for e in errs:
            print(e)
        print(f"{len(errs)} problem(s); rules from {source}")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
