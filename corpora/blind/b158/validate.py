#!/usr/bin/env python3
"""Check the blind evaluation set b158 and print OK (standard library only).

Finds shared/design/RULES.md by walking up from this folder for the rule ids
and severities; falls back to the built-in copy below when it is not found.
"""
import json
import re
import sys
import tomllib
from collections import Counter
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET = "B158"
FAMILIES = ["respect.personal-attack", "respect.abusive-language", "bullying.intimidation",
            "equality.discrimination", "defamation.allegation"]
ORIGINALS_PER_FAMILY = 27
VARIANT_KINDS = ["asterisk", "digit", "zero_width", "spaced", "homoglyph", "caps"]
HN_GROUPS = {"HN1": 28, "HN2": 28, "HN3": 28, "HN4": 27, "HN5": 27, "HN6": 27}
TOTAL = 330
FIRST, LAST = date(2026, 10, 26), date(2026, 11, 27)
PLATFORMS = {"x", "facebook", "bluesky"}
CHARACTERISTICS = {"age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"}
RANK = {"ok": 0, "advice": 1, "review": 2, "block": 3}
HASTE = "haste.pause-before-posting"
EXPECTED_FILES = {"posts.jsonl", "council.toml", "build.py", "validate.py", "README.md"}

BUILTIN_SEVERITIES = {  # id: (lowest, highest), copied from shared/design/RULES.md
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
ROLE_WORDS = {
    "Rupert Halliwell": [r"\bthe Leader\b(?! of)", r"\bLeader of the Council\b"],
    "Gillian Parfitt": [r"\bDeputy Leader\b"],
    "Margaret Tuffley": [r"\b(?:the|our|Our|The) Mayor\b", r"\bMadam Mayor\b"],
    "Clive Marchant": [r"\b[Cc]hair of [Pp]lanning\b"],
    "Annabel Fortey": [r"\bCabinet Member for Housing\b"],
    "Hannah Jefferies": [r"\b[Cc]hair of [Ss]crutiny\b"],
}
ALIASES = {"Oliver Pegler": ["Olly"]}

errors = []


def err(msg):
    errors.append(msg)


def load_severities():
    for d in [HERE, *HERE.parents]:
        path = d / "shared" / "design" / "RULES.md"
        if path.is_file():
            sev = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 5 and re.fullmatch(r"[a-z0-9-]+\.[a-z0-9-]+", cells[0]):
                    words = re.findall(r"\b(advice|review|block)\b", cells[-1])
                    if words:
                        ranks = sorted(RANK[w] for w in words)
                        inv = {v: k for k, v in RANK.items()}
                        sev[cells[0]] = (inv[ranks[0]], inv[ranks[-1]])
                    else:
                        sev[cells[0]] = ("advice", "block")
            if sev:
                return sev, "RULES.md"
    return BUILTIN_SEVERITIES, "built-in copy"


def named_people(text, councillors, handles):
    found = set()
    low = text.lower()
    for h, n in handles.items():
        if h.lower() in low:
            found.add(n)
    for n in councillors:
        if n.lower() in low:
            found.add(n)
        for p in [n.split()[0], n.split()[-1]] + ALIASES.get(n, []):
            if re.search(r"(?<![\w@])" + re.escape(p) + r"(?!\w)", text):
                found.add(n)
        for pat in ROLE_WORDS.get(n, []):
            if re.search(pat, text):
                found.add(n)
    return found


def shows(kind, text, orig):
    if kind == "asterisk":
        return "*" in text and "*" not in orig
    if kind == "digit":
        return any(re.search(r"[A-Za-z]" + d + r"[A-Za-z]|[A-Za-z]" + d, text) for d in "01345") and text != orig
    if kind == "zero_width":
        return "\u200b" in text and "\u200b" not in orig
    if kind == "spaced":
        return bool(re.search(r"(?<!\w)\w( \w){2,}(?!\w)", text)) and text.replace(" ", "") == orig.replace(" ", "")
    if kind == "homoglyph":
        return bool(re.search("[\u0400-\u04ff]", text)) and not re.search("[\u0400-\u04ff]", orig)
    if kind == "caps":
        body = re.sub(r"@\w+", "", text)
        letters = [c for c in body if c.isalpha()]
        return letters and sum(c.isupper() for c in letters) / len(letters) > 0.95
    return False


def main():
    sev, source = load_severities()
    council = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    councillors = council["people"]["councillors"]
    handles = {h: n for h, n in council["people"]["handles"].items() if n in councillors}

    rows = []
    for i, line in enumerate((HERE / "posts.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {i}: not JSON ({e})")
    ids = [r.get("id") for r in rows]
    for k, c in Counter(ids).items():
        if c > 1:
            err(f"duplicate id {k}")
    by_id = {r.get("id"): r for r in rows}
    if len(rows) != TOTAL:
        err(f"{len(rows)} rows, expected {TOTAL}")

    required = ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                "family", "kind_of_row", "note"]
    originals = Counter()
    variants = {f: Counter() for f in FAMILIES}
    hn = Counter()
    for r in rows:
        rid = r.get("id", "?")
        for f in required:
            if f not in r:
                err(f"{rid}: missing {f}")
        extra = set(r) - set(required) - {"variant_of", "variant_kind"}
        if extra:
            err(f"{rid}: unknown fields {sorted(extra)}")
        if not re.fullmatch(SET + r"-\d{4}", str(rid)):
            err(f"{rid}: bad id")
        if not isinstance(r.get("text"), str) or not r.get("text", "").strip():
            err(f"{rid}: empty text")
        if r.get("author") not in handles:
            err(f"{rid}: author {r.get('author')} is not a councillor handle in council.toml")
        if r.get("platform") not in PLATFORMS:
            err(f"{rid}: platform {r.get('platform')}")
        if r.get("account") != "councillor" or r.get("kind") != "post":
            err(f"{rid}: account/kind")
        ts = str(r.get("created_at", ""))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", ts):
            err(f"{rid}: timestamp format {ts}")
        else:
            t = datetime.fromisoformat(ts)
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (FIRST <= t.date() <= LAST):
                err(f"{rid}: timestamp {ts} outside weekdays 08:00-18:59, {FIRST} to {LAST}")
        exp = r.get("expect", {})
        rules, allowed, verdict = exp.get("rules", []), exp.get("allowed", []), exp.get("verdict")
        if set(exp) != {"rules", "allowed", "verdict"}:
            err(f"{rid}: expect keys {sorted(exp)}")
        for rule in rules + allowed:
            if rule not in sev:
                err(f"{rid}: unknown rule {rule}")
        if set(rules) & set(allowed):
            err(f"{rid}: rule both expected and allowed: {sorted(set(rules) & set(allowed))}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            err(f"{rid}: duplicate rule")
        if verdict not in RANK:
            err(f"{rid}: verdict {verdict}")
            continue
        kor, fam, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        if rules:
            lo = max(RANK[sev[x][0]] for x in rules if x in sev)
            hi = max(RANK[sev[x][1]] for x in rules if x in sev)
            if not lo <= RANK[verdict] <= hi:
                err(f"{rid}: verdict {verdict} does not fit {rules}")
        elif verdict != "ok":
            err(f"{rid}: no rules but verdict {verdict}")
        if kor == "hard_negative":
            m = re.match(r"(HN[1-6]) ", note)
            if fam != "hard_negative" or rules or verdict != "ok":
                err(f"{rid}: hard negative must expect nothing, verdict ok, family hard_negative")
            if not m or re.match(r"HN[1-6] HN[1-6]", note):
                err(f"{rid}: hard negative note must start with exactly one HN tag")
            else:
                hn[m.group(1)] += 1
            if "variant_of" in r:
                err(f"{rid}: hard negatives have no variants")
        elif kor in ("positive", "variant"):
            if fam not in FAMILIES:
                err(f"{rid}: family {fam}")
                continue
            if fam not in rules:
                err(f"{rid}: family rule {fam} not expected")
            if fam in ("bullying.intimidation", "equality.discrimination") and verdict != "block":
                err(f"{rid}: {fam} must be block")
            names = named_people(r.get("text", ""), councillors, handles)
            if handles.get(r.get("author")) in names:
                err(f"{rid}: written by {handles[r['author']]}, whom it names")
            if kor == "positive":
                originals[fam] += 1
                if "variant_of" in r:
                    err(f"{rid}: positive with variant_of")
            else:
                o = by_id.get(r.get("variant_of"))
                kind = r.get("variant_kind")
                if not o or o.get("kind_of_row") != "positive":
                    err(f"{rid}: variant_of {r.get('variant_of')} is not a positive")
                    continue
                if kind not in VARIANT_KINDS:
                    err(f"{rid}: variant_kind {kind}")
                    continue
                variants[fam][kind] += 1
                oe = o["expect"]
                want_allowed = oe["allowed"] + ([HASTE] if kind == "caps" and HASTE not in oe["allowed"] else [])
                if (o["family"] != fam or oe["rules"] != rules or oe["verdict"] != verdict
                        or sorted(want_allowed) != sorted(allowed)):
                    err(f"{rid}: labels differ from original {o['id']}")
                if o["author"] != r["author"] or o["platform"] != r["platform"]:
                    err(f"{rid}: author/platform differ from original {o['id']}")
                if not shows(kind, r["text"], o["text"]):
                    err(f"{rid}: text does not show {kind} obfuscation")
            if fam == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", note):
                err(f"{rid}: bullying note needs [explicit]/[veiled]/[pressure]")
            if fam == "equality.discrimination":
                m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", note)
                if not m or m.group(2) not in CHARACTERISTICS:
                    err(f"{rid}: equality note needs [explicit|coded; characteristic]")
        else:
            err(f"{rid}: kind_of_row {kor}")
        for cited in re.findall(SET + r"-\d{4}", note):
            if cited not in by_id:
                err(f"{rid}: note cites unknown {cited}")
        text = r.get("text", "")
        for num in re.findall(r"(?<!\d)0\d[\d ]{8,11}\d(?!\d)", text):
            digits = num.replace(" ", "")
            if not (re.fullmatch(r"07700900\d{3}", digits) or re.fullmatch(r"01632960\d{3}", digits)
                    or re.fullmatch(r"0207946\d{4}", digits) or re.fullmatch(r"01134960\d{3}", digits)):
                err(f"{rid}: phone number {num} not in a drama range")
        for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            if not re.fullmatch(r"example\.(com|net|org)", em.lower()):
                err(f"{rid}: email domain {em}")
        for url in re.findall(r"https?://([^/\s]+)", text):
            if not re.fullmatch(r"(www\.)?example\.(com|net|org)", url.lower()):
                err(f"{rid}: link domain {url}")

    for fam in FAMILIES:
        if originals[fam] != ORIGINALS_PER_FAMILY:
            err(f"{fam}: {originals[fam]} originals, expected {ORIGINALS_PER_FAMILY}")
        for kind in VARIANT_KINDS:
            if variants[fam][kind] != 1:
                err(f"{fam}: {variants[fam][kind]} {kind} variants, expected 1")
    for g, n in HN_GROUPS.items():
        if hn[g] != n:
            err(f"{g}: {hn[g]} rows, expected {n}")

    present = {p.name for p in HERE.iterdir()}
    if present != EXPECTED_FILES:
        err(f"folder holds {sorted(present)}, expected {sorted(EXPECTED_FILES)}")
    abs_path = re.compile(r"(?<![\w.~])/(?:home|work|tmp|root|Users|mnt|opt|srv|var)/|\b[A-Za-z]:\\\\")
    for p in sorted(HERE.iterdir()):
        if p.is_file() and abs_path.search(p.read_text(encoding="utf-8")):
            err(f"{p.name}: contains an absolute path")

    if errors:
        for e in errors[:60]:
            print(e)
        print(f"FAILED: {len(errors)} problem(s) (severities from {source})")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
