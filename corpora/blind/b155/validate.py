#!/usr/bin/env python3
"""Check blind set b155 (posts.jsonl + council.toml). Standard library only; prints OK.

Rule ids and severities come from shared/design/RULES.md, found by walking up from this
folder; where it cannot be found, the built-in copy below is used.
"""
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B155"
N_TOTAL = 330
FIRST_DAY, LAST_DAY = date(2026, 10, 26), date(2026, 11, 27)
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex",
                   "sexual orientation"]
LEVEL = {"ok": 0, "advice": 1, "review": 2, "block": 3}
HASTE = "haste.pause-before-posting"

BUILTIN_SEVERITIES = {
    "respect.personal-attack": {"review", "block"},
    "respect.abusive-language": {"review", "block"},
    "bullying.intimidation": {"block"},
    "equality.discrimination": {"block"},
    "officers.impartiality": {"review"},
    "confidentiality.disclosure": {"review", "block"},
    "confidentiality.insider-advantage": {"review"},
    "data-protection.personal-data": {"review", "block"},
    "predetermination.closed-mind": {"review", "block"},
    "capacity.council-voice": {"review"},
    "resources.political-use": {"review"},
    "position.improper-advantage": {"review"},
    "interests.declared-interest": {"review"},
    "gifts.hospitality": {"advice", "review"},
    "defamation.allegation": {"review", "block"},
    "copyright.third-party-content": {"advice"},
    "haste.pause-before-posting": {"advice"},
    "meetings.during-meeting": {"advice"},
    "security.credentials": {"block"},
    "tone.irony-risk": {"advice"},
    "association.endorsed-content": {"advice", "review", "block"},
    "harassment.repeated-target": {"block"},
    "moderation.third-party-comments": {"review"},
    "capacity.mixed-account": {"advice"},
}

errors = []


def err(msg):
    errors.append(msg)


def load_severities():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.split("|")]
                if len(cells) > 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[1]):
                    found = {w for w in ("advice", "review", "block") if w in cells[-2]}
                    sev[cells[1]] = found or {"advice", "review", "block"}
            if sev:
                return sev, "RULES.md"
    return BUILTIN_SEVERITIES, "built-in copy"


def load_council():
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    people = conf["people"]
    handles = {h: p for h, p in people["handles"].items() if p in people["councillors"]}
    return people["councillors"], handles


def has(text, phrase):
    return re.search(r"(?<![\w@])" + re.escape(phrase) + r"(?!\w)", text, re.I) is not None


def shows(kind, text, orig):
    if kind == "asterisk":
        return "*" in text and "*" not in orig
    if kind == "digit":
        pat = r"[A-Za-z]+\d[A-Za-z\d]*[A-Za-z]|[A-Za-z]\d[A-Za-z]"
        return len(re.findall(pat, text)) > len(re.findall(pat, orig))
    if kind == "zero_width":
        return "\u200b" in text and "\u200b" not in orig
    if kind == "spaced":
        pat = r"(?<!\w)(?:\w ){2,}\w(?!\w)"
        return len(re.findall(pat, text)) > len(re.findall(pat, orig))
    if kind == "homoglyph":
        return any("\u0400" <= c <= "\u04ff" for c in text) and not any(
            "\u0400" <= c <= "\u04ff" for c in orig)
    if kind == "caps":
        body = re.sub(r"@\w+", "", text)
        letters = [c for c in body if c.isalpha()]
        return letters and sum(c.isupper() for c in letters) / len(letters) > 0.9
    return False


def main():
    sev, sev_source = load_severities()
    councillors, handles = load_council()
    rows = []
    for n, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")
    if len(rows) != N_TOTAL:
        err(f"expected {N_TOTAL} rows, found {len(rows)}")
    by_id = {}
    for i, r in enumerate(rows, 1):
        if r.get("id") != f"{SET}-{i:04d}":
            err(f"row {i}: id {r.get('id')} out of order")
        if r.get("id") in by_id:
            err(f"duplicate id {r.get('id')}")
        by_id[r.get("id")] = r
    texts = Counter(r.get("text") for r in rows)
    for t, c in texts.items():
        if c > 1:
            err(f"duplicate text: {t[:60]}")

    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    for r in rows:
        rid = r.get("id")
        for f in required:
            if f not in r:
                err(f"{rid}: missing {f}")
        if not isinstance(r.get("text"), str) or not r.get("text", "").strip():
            err(f"{rid}: empty text")
        if r.get("author") not in handles:
            err(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            err(f"{rid}: platform {r.get('platform')}")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            err(f"{rid}: account/kind")
        ts = r.get("created_at", "")
        m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\+00:00", ts)
        if not m:
            err(f"{rid}: created_at {ts}")
        else:
            t = datetime.fromisoformat(m.group(1))
            if t.weekday() > 4 or not 8 <= t.hour <= 18 or not FIRST_DAY <= t.date() <= LAST_DAY:
                err(f"{rid}: created_at {ts} outside weekdays 08:00-18:59, {FIRST_DAY}..{LAST_DAY}")
        ex = r.get("expect", {})
        rules, allowed, verdict = ex.get("rules", []), ex.get("allowed", []), ex.get("verdict")
        for rule in rules + allowed:
            if rule not in sev:
                err(f"{rid}: unknown rule {rule}")
        if set(rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed: {set(rules) & set(allowed)}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: repeated rule")
        if verdict not in LEVEL:
            err(f"{rid}: verdict {verdict}")
            continue
        if not rules:
            if verdict != "ok":
                err(f"{rid}: verdict {verdict} with no expected rules")
        else:
            possible = set().union(*(sev.get(x, set()) for x in rules))
            if verdict not in possible:
                err(f"{rid}: verdict {verdict} not a severity of {rules}")
            for x in rules:
                if x in sev and min(LEVEL[s] for s in sev[x]) > LEVEL[verdict]:
                    err(f"{rid}: verdict {verdict} below the severity of {x}")
        kind = r.get("kind_of_row")
        note = r.get("note", "")
        if kind == "hard_negative":
            if rules or verdict != "ok" or r.get("family") != "hard_negative":
                err(f"{rid}: hard negative must expect nothing, verdict ok")
            if not re.match(r"HN[1-6] \S", note) or len(re.findall(r"\bHN[1-6]\b", note[:4])) != 1:
                err(f"{rid}: hard negative note must start with one tag HN1..HN6")
        elif kind in ("positive", "variant"):
            fam = r.get("family")
            if fam not in FAMILIES:
                err(f"{rid}: family {fam}")
            elif fam not in rules:
                err(f"{rid}: family rule {fam} not expected")
            if fam in ("bullying.intimidation", "equality.discrimination") and verdict != "block":
                err(f"{rid}: {fam} must be block")
            if kind == "positive":
                if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                    err(f"{rid}: bullying note tag")
                if fam == "equality.discrimination":
                    mt = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                    if not mt or mt.group(2) not in CHARACTERISTICS:
                        err(f"{rid}: equality note tag")
                person = handles.get(r.get("author"))
                if person:
                    h = r["author"]
                    words = [person, person.split()[0], person.split()[-1], h, h.lstrip("@")]
                    if any(has(r["text"], w) for w in words):
                        err(f"{rid}: written by the councillor it names ({person})")
        else:
            err(f"{rid}: kind_of_row {kind}")
        for cited in re.findall(rf"\b{SET}-\d{{4}}\b", note):
            if cited not in by_id:
                err(f"{rid}: note cites unknown {cited}")
        if re.search(r"\b(?:PA|AB|BU|EQ|DF)-V?\d\d\b|\bHN\d-\d\d\b", note):
            err(f"{rid}: unresolved row key in note")

    # variants
    per_family_kinds = {f: [] for f in FAMILIES}
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid, o = r["id"], by_id.get(r.get("variant_of"))
        if not o or o.get("kind_of_row") != "positive":
            err(f"{rid}: variant_of must name a positive original")
            continue
        vk = r.get("variant_kind")
        if vk not in KINDS:
            err(f"{rid}: variant_kind {vk}")
            continue
        for f in ("family", "author", "platform"):
            if r[f] != o[f]:
                err(f"{rid}: {f} differs from original")
        if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
            err(f"{rid}: rules/verdict differ from original")
        want = list(o["expect"]["allowed"])
        if vk == "caps" and HASTE not in want and HASTE not in o["expect"]["rules"]:
            want.append(HASTE)
        if sorted(r["expect"]["allowed"]) != sorted(want):
            err(f"{rid}: allowed differs from original")
        if r["text"] == o["text"] or not shows(vk, r["text"], o["text"]):
            err(f"{rid}: does not show {vk} obfuscation")
        if r["family"] in per_family_kinds:
            per_family_kinds[r["family"]].append(vk)

    # counts
    cnt = Counter((r.get("family"), r.get("kind_of_row")) for r in rows)
    for f in FAMILIES:
        if cnt[(f, "positive")] != 27:
            err(f"{f}: {cnt[(f, 'positive')]} originals, want 27")
        if sorted(per_family_kinds[f]) != sorted(KINDS):
            err(f"{f}: variant kinds {sorted(per_family_kinds[f])}, want one of each")
    if cnt[("hard_negative", "hard_negative")] != 165:
        err(f"{cnt[('hard_negative', 'hard_negative')]} hard negatives, want 165")
    groups = Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    if len(groups) != 6 or min(groups.values()) < 20:
        err(f"hard negative groups {dict(groups)}")

    # contact details and links
    for r in rows:
        t = r["text"]
        for ph in re.findall(r"\b0\d{2,4}[ \d]{6,10}\d\b", t):
            digits = ph.replace(" ", "")
            if not re.fullmatch(r"07700900\d{3}|01632960\d{3}|0113496\d{4}|02079460\d{3}", digits):
                err(f"{r['id']}: phone {ph} outside the drama ranges")
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
            if not re.fullmatch(r"example\.(com|net|org)", em):
                err(f"{r['id']}: email domain {em}")
        for url in re.findall(r"https?://([^/\s]+)", t):
            if not re.search(r"(^|\.)example\.(com|net|org)$", url):
                err(f"{r['id']}: link {url}")

    # the folder: no absolute paths, no caches
    slash = "/"
    bad = re.compile("|".join([
        re.escape(slash + "work" + slash), re.escape(slash + "home" + slash),
        re.escape(slash + "tmp" + slash), re.escape(slash + "Users" + slash),
        r"(?<![\\\w])[A-Z]:" + re.escape("\\") + "[A-Za-z]"]))
    for p in HERE.rglob("*"):
        if "__pycache__" in p.parts:
            err(f"{p.name}: remove __pycache__")
            continue
        if p.is_file() and bad.search(p.read_text(encoding="utf-8", errors="replace")):
            err(f"{p.name}: contains an absolute path")

    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
