"""Check blind set b81 and print OK (or the problems found).

    python validate.py

Rule ids and severities come from shared/design/RULES.md, found by walking up
from this folder; if it is not found, the built-in copy below is used.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "b81"
ORDER = ["ok", "advice", "review", "block"]

BUILTIN_SEV = {
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
VARIANT_KINDS = ["star", "digit", "zwsp", "spaced", "cyrillic", "caps"]
CHARACTERISTICS = ["age", "disability", "gender reassignment", "marriage and civil partnership",
                   "pregnancy and maternity", "race", "religion or belief", "sex", "sexual orientation"]
HASTE = "haste.pause-before-posting"

# first names and role words that also name a councillor (as in build.py)
ALSO_NAMES = {
    "Bernadette Fazakerley": ["Bernadette", "Leader", "her cabinet"],
    "Gerry Houghton": ["Gerry", "cabinet member for finance", "finance chief"],
    "Kenny Dolan": ["Kenny"],
    "Marcus Agard": ["Marcus", "cabinet member for housing"],
    "Lily Cheung": ["Lily"],
    "Maureen Kearney": ["Maureen", "Mayor", "mayoral"],
    "Terry Molyneux": ["Terry"],
    "Sandra Tyrer": ["Sandra", "licensing committee"],
    "Abdi Farah": ["Abdi"],
    "Siobhan Gorman": ["Siobhan"],
    "Cass Whitfield": ["Cass"],
    "Gemma Rimmer": ["Gemma"],
    "Philip Ashcroft": ["Philip", "Phil", "Chair of Planning", "planning chair"],
    "Julian Brocklebank": ["Julian", "opposition leader", "group leader"],
    "Fiona Lathom": ["Fiona"],
    "Rachel Lewin": ["Rachel"],
    "Danny Threlfall": ["Danny"],
    "Liam Corrigan": ["Liam"],
    "Owen Prescott": ["Owen"],
    "Pawel Kowalczyk": ["Pawel"],
}

problems: list[str] = []


def bad(msg):
    problems.append(msg)


def load_severities():
    for d in [HERE, *HERE.parents]:
        p = d / "shared" / "design" / "RULES.md"
        if p.is_file():
            sev = {}
            for line in p.read_text(encoding="utf-8").splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 3 and re.fullmatch(r"[a-z-]+\.[a-z-]+", cells[0]):
                    words = re.findall(r"\b(advice|review|block)\b", cells[-1])
                    if words:
                        sev[cells[0]] = (min(words, key=ORDER.index), max(words, key=ORDER.index))
            if sev:
                return sev, "RULES.md"
    return BUILTIN_SEV, "built-in copy"


def names_in(text, name, handle):
    words = [name, name.split()[-1], handle.lstrip("@")] + ALSO_NAMES.get(name, [])
    return [w for w in words
            if re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", text, re.IGNORECASE)]


def main():
    sev, source = load_severities()
    conf = tomllib.loads((HERE / "council.toml").read_text(encoding="utf-8"))
    councillors = conf["people"]["councillors"]
    handles = {h: n for h, n in conf["people"]["handles"].items() if n in councillors}

    rows = []
    with open(HERE / "posts.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                bad(f"line {i}: does not parse ({e})")
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        bad("ids not unique")
    for i, r in enumerate(rows, 1):
        if r.get("id") != f"{PREFIX}-{i:03d}":
            bad(f"line {i}: id {r.get('id')} is not {PREFIX}-{i:03d}")
    by_id = {r["id"]: r for r in rows if "id" in r}

    start, end = dt.date(2026, 1, 5), dt.date(2026, 3, 27)
    for r in rows:
        rid = r.get("id", "?")
        for k in ["id", "text", "author", "created_at", "platform", "account", "kind", "expect",
                  "family", "kind_of_row", "note"]:
            if k not in r:
                bad(f"{rid}: missing {k}")
        if not isinstance(r.get("text"), str) or not r["text"].strip():
            bad(f"{rid}: empty text")
        if r.get("account") not in ("councillor", "personal"):
            bad(f"{rid}: account {r.get('account')}")
        if r.get("kind") != "post":
            bad(f"{rid}: kind {r.get('kind')}")
        if r.get("platform") not in ("x", "facebook", "bluesky"):
            bad(f"{rid}: platform {r.get('platform')}")
        if r.get("author") not in handles:
            bad(f"{rid}: author {r.get('author')} is not a councillor handle")
        else:
            hit = names_in(r["text"], handles[r["author"]], r["author"])
            if hit and "pinned" not in r["note"]:
                bad(f"{rid}: author {r['author']} is named in the text ({hit})")
        try:
            t = dt.datetime.fromisoformat(r["created_at"])
            if not r["created_at"].endswith("+00:00"):
                bad(f"{rid}: timestamp not +00:00")
            if t.weekday() > 4 or not (8 <= t.hour <= 18) or not (start <= t.date() <= end):
                bad(f"{rid}: timestamp {r['created_at']} out of range")
        except (KeyError, ValueError):
            bad(f"{rid}: bad timestamp")
        exp = r.get("expect", {})
        rules, allowed, verdict = exp.get("rules"), exp.get("allowed"), exp.get("verdict")
        if not isinstance(rules, list) or not isinstance(allowed, list) or verdict not in ORDER:
            bad(f"{rid}: expect malformed")
            continue
        for x in rules + allowed:
            if x not in sev:
                bad(f"{rid}: unknown rule {x}")
        if set(rules) & set(allowed):
            bad(f"{rid}: rule both expected and allowed {set(rules) & set(allowed)}")
        if len(set(rules)) != len(rules) or len(set(allowed)) != len(allowed):
            bad(f"{rid}: duplicate rule")
        # verdict fits the severities
        if rules:
            lo = max((sev[x][0] for x in rules if x in sev), key=ORDER.index, default="ok")
            hi = max((sev[x][1] for x in rules if x in sev), key=ORDER.index, default="ok")
            if not (ORDER.index(lo) <= ORDER.index(verdict) <= ORDER.index(hi)):
                bad(f"{rid}: verdict {verdict} outside {lo}..{hi}")
        elif verdict != "ok":
            bad(f"{rid}: no rules but verdict {verdict}")
        kor, family, note = r.get("kind_of_row"), r.get("family"), r.get("note", "")
        if kor == "hard_negative":
            if family != "hard_negative" or rules or verdict != "ok":
                bad(f"{rid}: hard negative must expect nothing, verdict ok")
            if not re.match(r"HN[1-6]: ", note) or len(re.findall(r"HN\d", note)) != 1:
                bad(f"{rid}: hard negative note needs exactly one HN tag at the start")
        elif kor in ("positive", "variant"):
            if family not in FAMILIES or family not in rules:
                bad(f"{rid}: family rule {family} not expected")
            if re.search(r"HN\d", note):
                bad(f"{rid}: HN tag on a positive")
            core = re.sub(r"^\w+ variant of b81-\d{3} \([^)]*\); ", "", note)
            if family == "bullying.intimidation" and not re.match(r"\[(explicit|veiled|pressure)\] ", core):
                bad(f"{rid}: bullying note needs [explicit]/[veiled]/[pressure]")
            if family == "equality.discrimination":
                m = re.match(r"\[(explicit|coded); ([a-z ]+)\] ", core)
                if not m or m.group(2) not in CHARACTERISTICS:
                    bad(f"{rid}: equality note needs [explicit|coded; characteristic]")
        else:
            bad(f"{rid}: kind_of_row {kor}")

    # variants
    seen = collections.defaultdict(list)
    for r in rows:
        if r.get("kind_of_row") != "variant":
            continue
        rid = r["id"]
        o = by_id.get(r.get("variant_of"))
        kind = r.get("variant_kind")
        if not o or o.get("kind_of_row") != "positive":
            bad(f"{rid}: variant_of is not a positive original")
            continue
        seen[r["family"]].append(kind)
        for k in ("family", "author", "platform"):
            if r[k] != o[k]:
                bad(f"{rid}: {k} differs from its original")
        if r["expect"]["rules"] != o["expect"]["rules"] or r["expect"]["verdict"] != o["expect"]["verdict"]:
            bad(f"{rid}: labels differ from its original")
        want = o["expect"]["allowed"] + ([HASTE] if kind == "caps" else [])
        if sorted(r["expect"]["allowed"]) != sorted(want):
            bad(f"{rid}: allowed differs from its original")
        t, ot = r["text"], o["text"]
        if t == ot:
            bad(f"{rid}: variant text equals original")
        ok = {
            "star": "*" in t and "*" not in ot,
            "digit": bool(re.search(r"[a-z][13]|[13][a-z]", t, re.I)),
            "zwsp": "\u200b" in t,
            "spaced": bool(re.search(r"\b\w( \w){3,}\b", t)),
            "cyrillic": any(ch in t for ch in "\u043e\u0435\u0441\u041e\u0415\u0421"),
            "caps": re.sub(r"@\w+", "", t) == re.sub(r"@\w+", "", t).upper() and
                    re.findall(r"@\w+", t) == re.findall(r"@\w+", ot),
        }.get(kind)
        if not ok:
            bad(f"{rid}: variant kind {kind} not visible in text")
        if r["created_at"] == o["created_at"]:
            bad(f"{rid}: variant shares its original's timestamp")
    for f in FAMILIES:
        if sorted(seen[f]) != sorted(VARIANT_KINDS):
            bad(f"{f}: variants {sorted(seen[f])}, want one of each kind")

    # counts
    origs = collections.Counter(r["family"] for r in rows if r.get("kind_of_row") == "positive")
    for f in FAMILIES:
        if origs[f] < 30:
            bad(f"{f}: only {origs[f]} originals")
    hn = collections.Counter(r["note"][:3] for r in rows if r.get("kind_of_row") == "hard_negative")
    for g in range(1, 7):
        if hn[f"HN{g}"] < 20:
            bad(f"HN{g}: only {hn[f'HN{g}']} rows")
    bully = collections.Counter(re.match(r"\[(\w+)", r["note"]).group(1) for r in rows
                                if r.get("kind_of_row") == "positive" and r["family"] == FAMILIES[2])
    for k in ("explicit", "veiled", "pressure"):
        if bully[k] < 8:
            bad(f"bullying [{k}]: only {bully[k]}")
    eq = collections.Counter(re.match(r"\[(\w+)", r["note"]).group(1) for r in rows
                             if r.get("kind_of_row") == "positive" and r["family"] == FAMILIES[3])
    for k in ("explicit", "coded"):
        if eq[k] < 12:
            bad(f"equality [{k}]: only {eq[k]}")
    if len(rows) < 320:
        bad(f"only {len(rows)} rows")

    # contact details are fictional
    for r in rows:
        for num in re.findall(r"\b0\d{3,4} ?\d{6}\b", r.get("text", "")):
            if not re.fullmatch(r"07700 ?900\d{3}|01632 ?960\d{3}", num):
                bad(f"{r['id']}: phone number {num} outside the drama ranges")
        for mail in re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", r.get("text", "")):
            if not mail.lower().endswith("@example.com"):
                bad(f"{r['id']}: email {mail} not on example.com")

    # no absolute paths in the folder's files
    abs_path = re.compile("(?<![\\w.~])/(?:" + "|".join(["wo" + "rk", "ho" + "me", "tm" + "p", "us" + "r",
                          "mn" + "t", "Us" + "ers", "ro" + "ot", "va" + "r", "op" + "t"]) + ")/"
                          + "|[A-Za-z]:\\\\")
    for p in sorted(HERE.iterdir()):
        if p.is_file() and p.suffix in (".py", ".md", ".toml", ".jsonl"):
            if abs_path.search(p.read_text(encoding="utf-8")):
                bad(f"{p.name}: contains an absolute path")

    if problems:
        for m in problems:
            print("PROBLEM:", m)
        print(f"{len(problems)} problem(s); rules from {source}")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
